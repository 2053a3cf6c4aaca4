/** Batch test helpers: small corpora written to a temporary directory. */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEEDS } from '../helpers/lint.js';

export function tempDir(prefix = 'policy-lint-batch-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * `count` policies made from the seeds (each with its own school name and reference, so no two are
 * the same bytes), written to `dir`; returns their paths in the order written.
 */
export function writeCorpus(dir: string, count: number): string[] {
  const seeds = readdirSync(SEEDS)
    .filter((f) => /\.(md|txt)$/.test(f))
    .sort()
    .map((f) => ({ ext: f.slice(f.lastIndexOf('.')), text: readFileSync(join(SEEDS, f), 'utf8') }));
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const seed = seeds[i % seeds.length];
    const file = join(dir, `policy-${String(i).padStart(3, '0')}${seed.ext}`);
    writeFileSync(file, `${seed.text}\n\nDocument reference ${i}.\n`);
    files.push(file);
  }
  return files;
}

/** A deterministic shuffle (so "input order" is not sorted order). */
export function shuffle<T>(items: readonly T[], seed = 7): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
