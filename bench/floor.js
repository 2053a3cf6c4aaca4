/**
 * The floor the benchmark compares policy-lint with, run as its own process:
 *   node bench/floor.js read DIR    read every corpus file (UTF-8)
 *   node bench/floor.js parse DIR   read and remark-parse every corpus file: what any mdast linter pays
 *   node bench/floor.js parse DIR i/n   the same for every n-th file from the i-th (1-based): n of these
 *                                       at once are the floor split perfectly over n cores
 */
import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { listCorpus } from './corpus.js';

const [mode, dir, shard] = process.argv.slice(2);
const [index, count] = shard ? shard.split('/').map(Number) : [1, 1];
const files = listCorpus(dir).filter((_, i) => i % count === index - 1);
const processor = unified().use(remarkParse);
let bytes = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  bytes += text.length;
  if (mode === 'parse') processor.parse(text);
}
if (!['read', 'parse'].includes(mode)) throw new Error(`unknown mode ${mode}`);
process.stdout.write(`${files.length} files, ${bytes} characters\n`);
