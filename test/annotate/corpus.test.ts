/**
 * The ten documents of ../shared/corpus (five .docx, five .pdf) annotated in one run: a reviewed copy of
 * each, every input unchanged, each reviewed PDF's first page rendered by poppler's pdftoppm (an
 * independent renderer) and each reviewed .docx read by mammoth with the same text and one comment
 * per finding on the words it is about.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { cli } from '../helpers/cli.js';
import { ROOT } from '../helpers/lint.js';

const CORPUS = join(ROOT, '..', 'shared', 'corpus');
const files = existsSync(CORPUS) ? readdirSync(CORPUS).sort() : [];
const pdftoppm = spawnSync('pdftoppm', ['-v']).error === undefined;
if (!pdftoppm) {
  if (process.env.CI) throw new Error('pdftoppm (Debian\'s poppler-utils) is needed for the reviewed-PDF rendering test; .ci/run installs it');
  process.stderr.write('test/annotate/corpus.test.ts: pdftoppm is not installed (apt-get install poppler-utils): the rendering check is skipped\n');
}
const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

(files.length ? describe : describe.skip)('--annotate over ../shared/corpus', () => {
  const out = mkdtempSync(join(tmpdir(), 'policy-lint-reviewed-'));
  let results: Array<{ filePath: string; messages: Array<{ ruleId: string; line: number; excerpt?: string }>; reviewedFile?: string }> = [];
  const before = Object.fromEntries(files.map((f) => [f, hash(join(CORPUS, f))]));

  beforeAll(async () => {
    const run = await cli([CORPUS, '--date', '2026-11-23', '--annotate', out, '--format', 'json'], { cwd: ROOT });
    expect(run.stderr).toMatch(/wrote 10 reviewed documents/);
    results = JSON.parse(run.stdout);
  }, 120_000);

  it('writes a reviewed copy of each of the ten and changes no input', () => {
    expect(results).toHaveLength(10);
    for (const r of results) expect(r.reviewedFile && existsSync(r.reviewedFile)).toBe(true);
    expect(Object.fromEntries(files.map((f) => [f, hash(join(CORPUS, f))]))).toEqual(before);
  });

  it.each(files.filter((f) => f.endsWith('.pdf')))('%s: page one of the reviewed PDF renders (pdftoppm)', (name) => {
    if (!pdftoppm) return;
    const reviewed = results.find((r) => r.filePath.endsWith(name))!.reviewedFile!;
    const run = spawnSync('pdftoppm', ['-r', '30', '-f', '1', '-l', '1', '-png', reviewed, join(out, `${name}-page`)], { encoding: 'utf8' });
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(readdirSync(out).some((f) => f.startsWith(`${name}-page`) && f.endsWith('.png'))).toBe(true);
  });

  it.each(files.filter((f) => f.endsWith('.docx')))('%s: the reviewed .docx reads the same, with one comment per finding', async (name) => {
    const result = results.find((r) => r.filePath.endsWith(name))!;
    const reviewed = readFileSync(result.reviewedFile!);
    const text = async (b: Buffer) => (await mammoth.extractRawText({ buffer: b })).value;
    expect(await text(reviewed)).toBe(await text(readFileSync(join(CORPUS, name))));
    const zip = await JSZip.loadAsync(reviewed);
    const comments = (await zip.file('word/comments.xml')!.async('string')).match(/<w:comment\b[^>]*w:author="policy-lint"/g) ?? [];
    expect(comments).toHaveLength(result.messages.length);
  });
});
