/** Issue 16, item 7: `-o` naming a directory, and a missing file named on the command line. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../helpers/cli.js';
import { ROOT } from '../helpers/lint.js';

const CLEAN = 'Name of the Designated Teacher for CLA and PLA\n\nJo Gant\n\nReview: June 2028\n';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'policy-lint-small-'));
}

describe('-o, --output-file', () => {
  it('naming a directory is a usage error (exit 2) that says so, before anything is linted', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'p.md'), CLEAN);
    mkdirSync(join(dir, 'reports'));
    for (const target of ['reports', 'reports/', '.']) {
      const run = await cli(['p.md', '--date', '2026-11-23', '-o', target], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^policy-lint: -o, --output-file: ".*" is a directory/);
      expect(run.stderr).not.toMatch(/internal error|EISDIR/);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stdout).toBe('');
    }
  });

  it('a report that cannot be written is a usage error that names the path, not an internal error', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'p.md'), CLEAN);
    writeFileSync(join(dir, 'a-file'), '');
    const run = await cli(['p.md', '--date', '2026-11-23', '-o', 'a-file/report.txt'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^policy-lint: -o, --output-file: cannot write the report to "a-file\/report.txt"/);
    expect(run.stderr).not.toMatch(/internal error/);
  });

  it('still writes to a file, making its folder', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'p.md'), CLEAN);
    const run = await cli(['p.md', '--date', '2026-11-23', '-f', 'json', '-o', 'new/report.json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'new', 'report.json'), 'utf8'))).toHaveLength(1);
  });
});

describe('a missing file named on the command line', () => {
  it('is a usage error, as in ESLint: exit 2, "No files matching the pattern", nothing linted', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'good.md'), CLEAN);
    for (const args of [['missing.md'], ['good.md', 'missing.md'], ['missing.pdf', 'good.md']]) {
      const run = await cli([...args, '--date', '2026-11-23', '-f', 'json'], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`policy-lint: No files matching the pattern "${args.find((a) => a.startsWith('missing'))}" were found.\n`);
      expect(run.stdout).toBe('');
    }
  });

  it('is what the README says', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const badInput = readme.slice(readme.indexOf('## Bad input'), readme.indexOf('## Batch audits'));
    expect(badInput).not.toMatch(/\| a missing or unreadable file \| cannot read the file/);
    expect(badInput).toMatch(/a file named on the command line that does not exist[^\n]*(\n[^\n]+)*No files matching the pattern/i);
  });
});
