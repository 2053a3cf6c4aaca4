/**
 * `--stdin` and `--stdin-filename`: the document comes from standard input (a function or a stream in
 * CliIO, process.stdin in the bin); its name picks the loader and is what reports show.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { runCli } from '../../src/cli.js';
import { MAX_INPUT_BYTES } from '../../src/load/index.js';
import type { StdinSource } from '../../src/stdin.js';
import type { LintResult } from '../../src/types.js';
import { ROOT, SEEDS } from '../helpers/lint.js';
import { makeDocx, Paragraph } from '../helpers/make-docx.js';
import { column, makePdf } from '../helpers/make-pdf.js';
import { validateSarif } from '../formatters/sarif-schema.js';

const STALE = 'Name of the Designated Teacher for CLA and PLA\n\nJo Gant\n\nReview: June 2026\n';
const CORPUS = join(ROOT, '..', 'shared', 'corpus');

async function cliWithStdin(args: string[], stdin: StdinSource | undefined, cwd = ROOT) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    cwd,
    env: {},
    stdin,
  });
  return { code, stdout, stderr };
}

const json = (out: string) => JSON.parse(out) as LintResult[];
const summary = (r: LintResult) => r.messages.map((m) => `${m.ruleId}@${m.page ? `p${m.page}:` : ''}${m.line}`);

describe('--stdin', () => {
  it('lints Markdown from stdin; with no name the result is "<text>"', async () => {
    const run = await cliWithStdin(['--stdin', '--date', '2026-11-23', '-f', 'json'], () => STALE);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const [result] = json(run.stdout);
    expect(result.filePath).toBe('<text>');
    expect(summary(result)).toEqual(['review-date-current@5']);
  });

  it('--stdin-filename names the document (resolved against cwd) and its extension picks the loader', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'policy-lint-stdin-'));
    const seed = readFileSync(join(SEEDS, 'hartsfield-jmi-from-pdf.txt'));
    const asText = await cliWithStdin(['--stdin', '--stdin-filename', 'policies/hartsfield.txt', '--date', '2026-11-23', '-f', 'json'], () => seed, cwd);
    const [text] = json(asText.stdout);
    expect(text.filePath).toBe(join(cwd, 'policies', 'hartsfield.txt'));
    expect(text.format).toBe('text');
    // The same findings as the file itself gives (see the CLI's seeds test).
    expect(summary(text)).toEqual(['kcsie-current@446', 'kcsie-current@475', 'suspension-methods-listed@496', 'review-date-current@531']);

    const asMarkdown = await cliWithStdin(['--stdin', '--stdin-filename', 'hartsfield.md', '--date', '2026-11-23', '-f', 'json'], () => seed, cwd);
    expect(json(asMarkdown.stdout)[0].format).toBe('markdown');
  });

  it('reads a stream (as process.stdin is) chunk by chunk', async () => {
    const bytes = Buffer.from(STALE);
    const stream = Readable.from([bytes.subarray(0, 10), bytes.subarray(10)]);
    const run = await cliWithStdin(['--stdin', '--stdin-filename', 'p.md', '--date', '2026-11-23', '-f', 'compact'], stream);
    expect(run.stdout).toMatch(/^p\.md: line 5, col 9, Error - The policy's next review date, June 2026, has passed/m);
  });

  it('reads a Word document as bytes, by its name or by its bytes alone', async () => {
    const docx = await makeDocx([
      new Paragraph('Designated Teacher for Looked After Children: Jo Gant'),
      new Paragraph('Review: June 2026'),
    ]);
    for (const args of [['--stdin-filename', 'policy.docx'], []]) {
      const run = await cliWithStdin(['--stdin', ...args, '--date', '2026-11-23', '-f', 'json'], () => docx);
      const [result] = json(run.stdout);
      expect(result.format).toBe('docx');
      expect(summary(result)).toEqual(['review-date-current@2']);
    }
  });

  it('reads a PDF as bytes', async () => {
    const pdf = await makePdf([
      {
        texts: column(
          [
            'Our policy for children looked after and previously looked after.',
            'It is read with the Virtual School guidance for the county.',
            '\nName of the Designated Teacher for CLA and PLA: Jo Gant',
            '\nReview: June 2026',
          ],
          72,
          700,
        ),
      },
    ]);
    const run = await cliWithStdin(['--stdin', '--stdin-filename', 'policy.pdf', '--date', '2026-11-23', '-f', 'json'], () => pdf);
    const [result] = json(run.stdout);
    expect(result.format).toBe('pdf');
    expect(result.messages.find((m) => m.ruleId === 'review-date-current')).toMatchObject({ page: 1, line: 4, message: expect.stringMatching(/June 2026, has passed/) });
  });

  (existsSync(CORPUS) ? it : it.skip)('a real Word file and PDF from ../shared/corpus give the findings they give as files', async () => {
    for (const name of ['windermere.docx', 'windermere.pdf']) {
      const file = join(CORPUS, name);
      const fromFile = await cliWithStdin([file, '--date', '2026-11-23', '-f', 'json'], undefined);
      const fromStdin = await cliWithStdin(['--stdin', '--stdin-filename', file, '--date', '2026-11-23', '-f', 'json'], () => readFileSync(file));
      expect(json(fromStdin.stdout)).toEqual(json(fromFile.stdout));
    }
  });

  it('unreadable input is one fatal message, exit 1; SARIF of it validates', async () => {
    const run = await cliWithStdin(['--stdin', '--stdin-filename', 'broken.docx', '-f', 'json'], () => Buffer.from('PK\u0003\u0004 not really a zip'));
    expect(run.code).toBe(1);
    const [result] = json(run.stdout);
    expect(result.messages).toEqual([expect.objectContaining({ ruleId: null, fatal: true, message: expect.stringMatching(/not a readable \.docx/i) })]);
    const sarif = await cliWithStdin(['--stdin', '--stdin-filename', 'broken.docx', '-f', 'sarif'], () => Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
    expect(validateSarif(sarif.stdout)).toEqual([]);
    const unnamed = await cliWithStdin(['--stdin', '-f', 'sarif', '--date', '2026-11-23'], () => STALE);
    expect(validateSarif(unnamed.stdout)).toEqual([]);
  });

  it('usage errors (exit 2): files with --stdin, --stdin-filename without --stdin, no stdin to read', async () => {
    const both = await cliWithStdin(['--stdin', 'policy.md'], () => STALE);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/^policy-lint: --stdin .*cannot be combined with files \(policy\.md\)/);
    const nameOnly = await cliWithStdin(['--stdin-filename', 'p.md', 'p.md'], () => STALE);
    expect(nameOnly.code).toBe(2);
    expect(nameOnly.stderr).toMatch(/--stdin-filename .*add --stdin/);
    const none = await cliWithStdin(['--stdin'], undefined);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no standard input/);
  });

  it('standard input has the same size cap as a file: an endless stream (`yes |`) stops at it with one fatal finding', async () => {
    const chunk = Buffer.from('y\n'.repeat(512 * 1024));
    let read = 0;
    async function* yes(): AsyncGenerator<Uint8Array> {
      // Past twice the cap the test has failed: stop rather than run out of memory.
      while (read < 2 * MAX_INPUT_BYTES) {
        read += chunk.length;
        yield chunk;
      }
      throw new Error('read past the cap');
    }
    const run = await cliWithStdin(['--stdin', '-f', 'json'], yes());
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const [result] = json(run.stdout);
    expect(result.messages.map((m) => [m.fatal, m.message])).toEqual([[true, 'Not read: standard input is more than the 50 MB limit for one document']]);
    expect(read).toBeLessThanOrEqual(MAX_INPUT_BYTES + chunk.length);
    // Bytes handed over at once are held to the same cap.
    const big = await cliWithStdin(['--stdin', '-f', 'json'], () => Buffer.alloc(MAX_INPUT_BYTES + 1, 0x79));
    expect(json(big.stdout)[0].messages.map((m) => m.message)).toEqual(['Not read: standard input is more than the 50 MB limit for one document']);
  });

  it('the bin reads process.stdin', () => {
    if (!existsSync(join(ROOT, 'dist', 'src', 'cli.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
    const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'policy-lint.js'), '--stdin', '--stdin-filename', 'piped.md', '--date', '2026-11-23', '-f', 'json'], {
      input: STALE,
      encoding: 'utf8',
      cwd: ROOT,
    });
    expect(run.status).toBe(1);
    const [result] = json(run.stdout);
    expect(result.filePath).toBe(join(ROOT, 'piped.md'));
    expect(summary(result)).toEqual(['review-date-current@5']);
  });
});

describe('size cap of a file', () => {
  it('a file over the cap is one fatal finding, read no further than its size', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-lint-big-'));
    const path = join(dir, 'big.md');
    // Sparse: nothing large is written to disk.
    truncateSync(openAndClose(path), MAX_INPUT_BYTES + 1024 * 1024);
    const run = await cliWithStdin([path, '-f', 'json'], undefined, dir);
    expect(run.code).toBe(1);
    expect(json(run.stdout)[0].messages.map((m) => m.message)).toEqual(['Not read: the file is 51 MB, more than the 50 MB limit for one document']);
  });
});

function openAndClose(path: string): string {
  writeFileSync(path, '');
  return path;
}
