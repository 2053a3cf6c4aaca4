/**
 * Things named on the command line that are there but are not files to read: a dangling link, a link
 * loop, a FIFO. Each is one fatal finding that says what it is, and the run goes on (a FIFO is never
 * opened: reading one could wait for ever). A path that is not there at all stays a usage error.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './helpers/cli.js';

const POLICY = '# Looked After Children Policy\n\nDesignated teacher: Jo Gant\n\nNext review: June 2028\n';

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'policy-lint-special-'));
  writeFileSync(join(dir, 'ok.md'), POLICY);
  symlinkSync('nowhere.md', join(dir, 'dangling.md'));
  symlinkSync('loop-b.md', join(dir, 'loop-a.md'));
  symlinkSync('loop-a.md', join(dir, 'loop-b.md'));
  execFileSync('mkfifo', [join(dir, 'pipe.md')]);
  return dir;
}

describe('special files named on the command line', () => {
  it('a dangling link, a link loop and a FIFO are one fatal finding each, and the policy beside them is linted', async () => {
    const dir = folder();
    const run = await cli(['dangling.md', 'loop-a.md', 'pipe.md', 'ok.md', '--date', '2026-11-23', '-f', 'json', '--concurrency', 'off'], { cwd: dir });
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ fatal?: boolean; message: string }> }>;
    const byName = Object.fromEntries(results.map((r) => [r.filePath.slice(dir.length + 1), r.messages.map((m) => [m.fatal === true, m.message])]));
    expect(byName).toEqual({
      'dangling.md': [[true, 'Cannot read the file: it is a link to a file that does not exist']],
      'loop-a.md': [[true, 'Cannot read the file: it is a symbolic link that loops back on itself']],
      'pipe.md': [[true, 'Cannot read the file: it is not a regular file but a named pipe (FIFO)']],
      'ok.md': [],
    });
  }, 20_000);

  it('the same on worker threads', async () => {
    const dir = folder();
    const run = await cli(['dangling.md', 'pipe.md', 'ok.md', '--date', '2026-11-23', '-f', 'json', '--concurrency', '2'], { cwd: dir });
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout) as Array<{ messages: Array<{ fatal?: boolean }> }>;
    expect(results.map((r) => r.messages.filter((m) => m.fatal).length)).toEqual([1, 0, 1]);
  }, 30_000);

  it('a path that is not there at all is still a usage error', async () => {
    const run = await cli(['missing.md'], { cwd: folder() });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/No files matching the pattern "missing.md"/);
  });
});
