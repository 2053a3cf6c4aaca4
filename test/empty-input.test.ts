/**
 * Issue 16, item 4: an empty input has nothing to lint. A 0-byte or whitespace-only .md/.txt, empty
 * standard input and a 0-byte .docx/.pdf are one fatal finding "The file is empty (0 bytes)" (the
 * byte count said honestly when there is only whitespace), not "names no designated teacher" and not
 * "damaged".
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../src/cli.js';
import { feedbackFor } from '../src/formatters/advice.js';
import { Linter } from '../src/linter.js';
import { lintStdin } from '../src/stdin.js';
import type { LintResult } from '../src/types.js';

const dir = mkdtempSync(join(tmpdir(), 'policy-lint-empty-'));
const linter = new Linter({ date: '2026-11-23' });

function fatalOnly(result: LintResult): string[] {
  expect(result.fatalErrorCount).toBe(1);
  expect(result.messages.every((m) => m.fatal === true && m.ruleId === null)).toBe(true);
  return result.messages.map((m) => m.message);
}

describe('empty inputs are one fatal finding', () => {
  it.each(['empty.md', 'empty.txt', 'empty.docx', 'empty.pdf', 'empty.markdown'])('a 0-byte %s', async (name) => {
    writeFileSync(join(dir, name), '');
    expect(fatalOnly(await linter.lintFile(join(dir, name)))).toEqual(['The file is empty (0 bytes)']);
  });

  it.each([
    ['spaces.md', '   \n\n\t\n', 7],
    ['crlf.txt', '\r\n\r\n  \r\n', 8],
    ['bom.md', '\uFEFF\n', 4],
    ['blank.docx', '\n', 1],
  ])('a whitespace-only %s says how many bytes', async (name, content, size) => {
    writeFileSync(join(dir, name), content);
    expect(fatalOnly(await linter.lintFile(join(dir, name)))).toEqual([`The file is empty (${size} ${size === 1 ? 'byte' : 'bytes'}, only whitespace)`]);
  });

  it('a whitespace-only UTF-16 file is empty too', async () => {
    writeFileSync(join(dir, 'utf16.md'), Buffer.from('\uFEFF  \n', 'utf16le'));
    expect(fatalOnly(await linter.lintFile(join(dir, 'utf16.md')))).toEqual(['The file is empty (8 bytes, only whitespace)']);
  });

  it('empty standard input, named or not', async () => {
    expect(fatalOnly(await lintStdin(linter, new Uint8Array(0), { cwd: dir }))).toEqual(['The file is empty (0 bytes)']);
    expect(fatalOnly(await lintStdin(linter, new Uint8Array(0), { cwd: dir, filename: 'policy.pdf' }))).toEqual(['The file is empty (0 bytes)']);
    expect(fatalOnly(await lintStdin(linter, Buffer.from(' \n'), { cwd: dir, filename: 'policy.txt' }))).toEqual(['The file is empty (2 bytes, only whitespace)']);
  });

  it('on the command line: exit 1, and the school is told the file is empty, not asked to name its teacher', async () => {
    writeFileSync(join(dir, 'cli.md'), '');
    let stdout = '';
    const code = await runCli(['cli.md', '--date', '2026-11-23', '-f', 'json'], {
      stdout: { write: (s: string) => (stdout += s), isTTY: false },
      stderr: { write: () => true, isTTY: false },
      cwd: dir,
      env: {},
      stdin: async () => '',
    });
    expect(code).toBe(1);
    const [result] = JSON.parse(stdout) as LintResult[];
    expect(fatalOnly(result)).toEqual(['The file is empty (0 bytes)']);
    const email = feedbackFor(result, { asOf: '2026-11-23' });
    expect(email).toMatch(/the file is empty \(0 bytes\)/);
    expect(email).not.toMatch(/designated teacher/i);
  });

  it('a file with a word in it is not empty', async () => {
    writeFileSync(join(dir, 'word.md'), ' \nx\n');
    expect((await linter.lintFile(join(dir, 'word.md'))).messages.some((m) => m.fatal)).toBe(false);
  });
});
