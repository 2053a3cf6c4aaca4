/**
 * Things that are there but are not files to read: a dangling link, a link loop, a FIFO. Each is one
 * fatal finding that says what it is, and the run goes on (a FIFO is never opened: reading one could
 * wait for ever), whether named on the command line or met in a folder or a glob (issue 15: every input
 * appears in the results, none dropped; in a walk, when its name is one the walk would lint). A path
 * that is not there at all stays a usage error.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandInputs } from '../src/files.js';
import { cli } from './helpers/cli.js';

const POLICY = '# Looked After Children Policy\n\nDesignated teacher: Jo Gant\n\nNext review: June 2028\n';

function folder(): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'policy-lint-special-')));
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

const DANGLING = 'Cannot read the file: it is a link to a file that does not exist';
const LOOP = 'Cannot read the file: it is a symbolic link that loops back on itself';
const PIPE = 'Cannot read the file: it is not a regular file but a named pipe (FIFO)';

/** The folder above, with a link to itself, a socket, and special files whose names a walk would not lint. */
async function walkedFolder(): Promise<{ dir: string; close: () => Promise<void> }> {
  const dir = folder();
  symlinkSync('self.md', join(dir, 'self.md'));
  symlinkSync('nowhere', join(dir, 'dangling'));
  execFileSync('mkfifo', [join(dir, 'pipe')]);
  const server = createServer();
  await new Promise<void>((done) => server.listen(join(dir, 'socket.md'), done));
  return { dir, close: () => new Promise((done) => server.close(() => done())) };
}

function byName(stdout: string, dir: string): Record<string, Array<[boolean, string]>> {
  const results = JSON.parse(stdout) as Array<{ filePath: string; messages: Array<{ fatal?: boolean; message: string }> }>;
  return Object.fromEntries(results.map((r) => [r.filePath.slice(dir.length + 1), r.messages.map((m) => [m.fatal === true, m.message] as [boolean, string])]));
}

describe('special files met in a folder or a glob (issue 15)', () => {
  it('a folder walk lists each with a name it would lint, for one fatal finding each; exit 1; no notice', async () => {
    const { dir, close } = await walkedFolder();
    try {
      const run = await cli(['.', '--date', '2026-11-23', '-f', 'json', '--concurrency', 'off'], { cwd: dir });
      expect(run.code).toBe(1);
      expect(run.stderr).toBe('');
      expect(byName(run.stdout, dir)).toEqual({
        'dangling.md': [[true, DANGLING]],
        'loop-a.md': [[true, LOOP]],
        'loop-b.md': [[true, LOOP]],
        'ok.md': [],
        'pipe.md': [[true, PIPE]],
        'self.md': [[true, LOOP]],
        'socket.md': [[true, 'Cannot read the file: it is not a regular file but a socket']],
      });
    } finally {
      await close();
    }
  }, 20_000);

  it('the same on worker threads, and by a glob; a name the walk would not lint is left out, as a file of that name would be', async () => {
    const { dir, close } = await walkedFolder();
    try {
      const run = await cli(['**/*.md', '--date', '2026-11-23', '-f', 'json', '--concurrency', '2'], { cwd: dir });
      expect(run.code).toBe(1);
      expect(Object.keys(byName(run.stdout, dir))).toEqual(['dangling.md', 'loop-a.md', 'loop-b.md', 'ok.md', 'pipe.md', 'self.md', 'socket.md']);
      expect((await expandInputs(['.'], dir)).files.map((f) => f.slice(dir.length + 1))).not.toContain('pipe');
      // A glob that names them by name lists them too: `*` matches `pipe` and `dangling`.
      const star = await expandInputs(['p*', 'd*'], dir);
      expect(star.files.map((f) => f.slice(dir.length + 1))).toEqual(['dangling', 'dangling.md', 'pipe', 'pipe.md']);
    } finally {
      await close();
    }
  }, 30_000);
});
