/**
 * Issue 15: what a walk cannot read does not stop the run. A folder that cannot be read (permission
 * denied), in a walk or named, is one fatal finding for that folder; a file or folder whose name is not
 * valid UTF-8 is one fatal finding, shown with \xNN escapes. The other files are linted; exit 1. The
 * same walk's dangling links, link loops, FIFOs and links out of the folder are findings of their own
 * beside these (see special-files and links-outside): nothing the walk meets is dropped.
 *
 * Root reads any folder whatever its mode, and CI runs as root: the permission tests run the built CLI
 * (npm test builds first) in a child process as the unprivileged user 65534 when this runs as root, and
 * as the current user otherwise.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandPatterns } from '../src/files.js';
import { escapeFileName, invalidFileNameBytes } from '../src/load/file-name.js';
import { cli } from './helpers/cli.js';
import { ROOT } from './helpers/lint.js';

const POLICY = '# Looked After Children Policy\n\nDesignated teacher: Jo Gant\n\nNext review: June 2028\n';
const FOLDER_DENIED = 'Cannot read the folder: permission denied; the files in it were not linted';

interface Result {
  filePath: string;
  messages: Array<{ fatal?: boolean; message: string }>;
}

/** Runs bin/policy-lint.js as a user who cannot read a folder of mode 000. */
function runUnprivileged(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const asRoot = process.getuid?.() === 0;
  const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'policy-lint.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
    ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
  });
  if (run.error) throw run.error;
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** policies/{a.md, open/c.md, locked/b.md}, with `locked` mode 000; the temp folder open to all. */
function lockedFolder(): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'policy-lint-walk-')));
  chmodSync(root, 0o755);
  mkdirSync(join(root, 'policies', 'open'), { recursive: true });
  mkdirSync(join(root, 'policies', 'locked'));
  writeFileSync(join(root, 'policies', 'a.md'), POLICY);
  writeFileSync(join(root, 'policies', 'open', 'c.md'), POLICY);
  writeFileSync(join(root, 'policies', 'locked', 'b.md'), POLICY);
  chmodSync(join(root, 'policies', 'locked'), 0o000);
  return root;
}

function byPath(stdout: string, root: string): Record<string, Array<[boolean, string]>> {
  const results = JSON.parse(stdout) as Result[];
  return Object.fromEntries(results.map((r) => [r.filePath.slice(root.length + 1), r.messages.map((m) => [m.fatal === true, m.message] as [boolean, string])]));
}

describe('a folder that cannot be read', () => {
  it('in a directory walk: one fatal finding for the folder, the rest linted, exit 1', () => {
    const root = lockedFolder();
    const run = runUnprivileged(['policies', '--date', '2026-11-23', '-f', 'json', '--concurrency', 'off'], root);
    expect(run.stderr).not.toMatch(/internal error|EACCES/);
    expect(run.code).toBe(1);
    expect(byPath(run.stdout, root)).toEqual({
      'policies/a.md': [],
      'policies/locked': [[true, FOLDER_DENIED]],
      'policies/open/c.md': [],
    });
  }, 30_000);

  it('named on the command line, reached by a glob, or on the path of a named file; on worker threads', () => {
    const root = lockedFolder();
    const run = runUnprivileged(['policies/locked', 'policies/**/*.md', 'policies/locked/b.md', '--date', '2026-11-23', '-f', 'json', '--concurrency', '2'], root);
    expect(run.stderr).not.toMatch(/internal error|EACCES/);
    expect(run.code).toBe(1);
    // The folder named and the folder the glob met are one finding.
    expect(byPath(run.stdout, root)).toEqual({
      'policies/a.md': [],
      'policies/locked': [[true, FOLDER_DENIED]],
      'policies/locked/b.md': [[true, 'Cannot read the file: permission denied (a folder on its path cannot be opened)']],
      'policies/open/c.md': [],
    });
  }, 30_000);

  it('the stylish report names the folder', () => {
    const root = lockedFolder();
    const run = runUnprivileged(['policies', '--date', '2026-11-23', '--concurrency', 'off'], root);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/policies\/locked\n\s+error\s+Cannot read the folder: permission denied; the files in it were not linted/);
    expect(run.stdout).toMatch(/1 problem \(1 error, 0 warnings\)/);
  }, 30_000);
});

/** Names as bytes: Linux allows any byte but / and NUL. */
const name = (...parts: Array<string | number[]>): Buffer => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

/** A folder with a good policy and names that are not valid UTF-8 (a Latin-1 'ë', a lone 0xFF). */
function badNames(): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'policy-lint-names-')));
  const at = (n: Buffer): Buffer => Buffer.concat([Buffer.from(dir + '/'), n]);
  writeFileSync(join(dir, 'ok.md'), POLICY);
  writeFileSync(at(name('Zo', [0xeb], "'s policy.md")), POLICY);
  writeFileSync(at(name('bad', [0x1b, 0xff], '.md')), POLICY);
  writeFileSync(at(name('notes', [0xff], '.bin')), 'not a policy');
  mkdirSync(at(name('Archiv', [0xe9])));
  writeFileSync(Buffer.concat([at(name('Archiv', [0xe9])), Buffer.from('/inside.md')]), POLICY);
  return dir;
}

describe('a file or folder name that is not valid UTF-8', () => {
  it('the walk lists it by a printable name, with each bad byte (and control character) as \\xNN', async () => {
    const dir = badNames();
    expect(readdirSync(dir).filter((n) => n.includes('\uFFFD')).length).toBe(4);
    expect(await expandPatterns(['.'], dir)).toEqual([
      join(dir, 'Archiv\\xE9'),
      join(dir, "Zo\\xEB's policy.md"),
      join(dir, 'bad\\x1B\\xFF.md'),
      join(dir, 'ok.md'),
    ]);
    // A glob finds the same file names; the folder with the bad name only when the glob would enter it.
    expect(await expandPatterns(['*.md'], dir)).toEqual([join(dir, "Zo\\xEB's policy.md"), join(dir, 'bad\\x1B\\xFF.md'), join(dir, 'ok.md')]);
    expect(await expandPatterns(['**/*.md'], dir)).toEqual(await expandPatterns([dir], dir));
  });

  it('is one fatal finding that says to rename it; the report carries no raw control character; exit 1', async () => {
    const dir = badNames();
    const run = await cli(['.', '--date', '2026-11-23', '-f', 'json', '--concurrency', 'off'], { cwd: dir });
    expect(run.code).toBe(1);
    const fileMessage = 'The file name is not valid UTF-8 (shown here with \\xNN for each byte that is not): rename the file to lint it';
    expect(byPath(run.stdout, dir)).toEqual({
      'Archiv\\xE9': [[true, 'The folder name is not valid UTF-8 (shown here with \\xNN for each byte that is not): rename the folder; the files in it were not linted']],
      "Zo\\xEB's policy.md": [[true, fileMessage]],
      'bad\\x1B\\xFF.md': [[true, fileMessage]],
      'ok.md': [],
    });
    const stylish = await cli(['.', '--date', '2026-11-23', '--concurrency', 'off'], { cwd: dir });
    expect(stylish.stdout).toContain('bad\\x1B\\xFF.md\n');
    // eslint-disable-next-line no-control-regex
    expect(stylish.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\uFFFD]/);
  }, 20_000);

  it('beside a dangling link, a link loop and a link out of the folder: every one is a finding, none dropped, none twice', async () => {
    const dir = badNames();
    const outside = realpathSync(mkdtempSync(join(tmpdir(), 'policy-lint-names-outside-')));
    writeFileSync(join(outside, 'secret.md'), POLICY);
    symlinkSync(join(outside, 'secret.md'), join(dir, 'secret.md'));
    symlinkSync('nowhere.md', join(dir, 'dangling.md'));
    symlinkSync('loop.md', join(dir, 'loop.md'));
    const run = await cli(['.', '--date', '2026-11-23', '-f', 'json', '--concurrency', 'off'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const found = byPath(run.stdout, dir);
    expect(Object.keys(found)).toEqual(['Archiv\\xE9', "Zo\\xEB's policy.md", 'bad\\x1B\\xFF.md', 'dangling.md', 'loop.md', 'ok.md', 'secret.md']);
    expect(found['dangling.md']).toEqual([[true, 'Cannot read the file: it is a link to a file that does not exist']]);
    expect(found['loop.md']).toEqual([[true, 'Cannot read the file: it is a symbolic link that loops back on itself']]);
    expect(found['secret.md']).toEqual([[true, expect.stringMatching(/^Not read: this link leads outside the folder being linted \(to ".*secret\.md"\).*--follow-symlinks$/)]]);
  }, 20_000);

  it('the printable name turns back into the bytes of the name, and only for a name that is not UTF-8', () => {
    const bytes = name('a\\b', [0x1b, 0xc3, 0xa9, 0xff, 0xc2, 0x85], 'x.md');
    const shown = escapeFileName(bytes);
    expect(shown).toBe('a\\x5Cb\\x1B\u00e9\\xFF\\xC2\\x85x.md');
    expect(invalidFileNameBytes(`/srv/p/${shown}`)).toEqual(Buffer.concat([Buffer.from('/srv/p/'), bytes]));
    // Escapes that come out as valid UTF-8 are a name of their own (a literal backslash), not ours.
    expect(invalidFileNameBytes('/srv/p/a\\x41.md')).toBeNull();
    expect(invalidFileNameBytes('/srv/p/plain.md')).toBeNull();
  });
});
