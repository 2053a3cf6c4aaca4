/**
 * Issue 15: a pull request could add a link to a secret (`policy.md -> /etc/passwd`, a folder link to
 * ~/.ssh). In a walk (a folder, or a glob), a link whose real path is outside the folder being linted
 * (for a glob, cwd or the glob's fixed start) is not followed, unless followSymlinks is set; but it is
 * not dropped either: it is one fatal finding for the link's path, which says where it leads and how to
 * lint it (expandInputs gives it back in `skipped`). A file named on the command line is still read;
 * loops are still skipped with one notice (their files are linted by their own paths).
 */
import { existsSync, mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandInputs, expandPatterns } from '../src/files.js';
import { lintFiles, lintFilesWithConfig } from '../src/index.js';
import { cli } from './helpers/cli.js';

const POLICY = '# Looked After Children Policy\n\nDesignated teacher: Jo Gant\n\nNext review: June 2028\n';

/**
 * root/{secret.md, private/key.md} and root/policies/{a.md, sub/b.md} with links: secret.md ->
 * ../secret.md, keys -> ../private (outside); b-link.md -> sub/b.md, alias -> sub (inside); self -> . (a loop).
 */
function repo(): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'policy-lint-outside-')));
  mkdirSync(join(root, 'policies', 'sub'), { recursive: true });
  mkdirSync(join(root, 'private'));
  writeFileSync(join(root, 'secret.md'), POLICY);
  writeFileSync(join(root, 'private', 'key.md'), POLICY);
  writeFileSync(join(root, 'policies', 'a.md'), POLICY);
  writeFileSync(join(root, 'policies', 'sub', 'b.md'), POLICY);
  symlinkSync(join('..', 'secret.md'), join(root, 'policies', 'secret.md'));
  symlinkSync(join(root, 'private'), join(root, 'policies', 'keys'));
  symlinkSync(join('sub', 'b.md'), join(root, 'policies', 'b-link.md'));
  symlinkSync('sub', join(root, 'policies', 'alias'));
  symlinkSync('.', join(root, 'policies', 'self'));
  return root;
}

const notRead = (target: string, what: 'file' | 'folder'): string =>
  what === 'folder'
    ? `not read: this folder link leads outside the folder being linted (to "${target}"), and links out of it are not followed; name the folder itself to lint the files in it, or use --follow-symlinks`
    : `not read: this link leads outside the folder being linted (to "${target}"), and links out of it are not followed; name the file itself to lint it, or use --follow-symlinks`;
const fatal = (message: string): string => message.charAt(0).toUpperCase() + message.slice(1);

interface Result {
  filePath: string;
  messages: Array<{ fatal?: boolean; message: string }>;
}

describe('links that lead outside the folder being linted', () => {
  it('a folder walk does not follow a file link or a folder link out of it, and gives each back as skipped; links inside and loops as before', async () => {
    const root = repo();
    const notices: string[] = [];
    const inputs = await expandInputs(['policies'], root, { onNotice: (n) => notices.push(n) });
    expect(inputs).toEqual({
      files: [join(root, 'policies', 'a.md'), join(root, 'policies', 'sub', 'b.md')],
      skipped: [
        { path: join(root, 'policies', 'keys'), reason: notRead(join(root, 'private'), 'folder') },
        { path: join(root, 'policies', 'secret.md'), reason: notRead(join(root, 'secret.md'), 'file') },
      ],
    });
    // Only the loop is a notice.
    expect(notices).toEqual([expect.stringMatching(/^skipped the folder link "policies\/self": it leads back into a folder already being linted \(a loop\)/)]);
    // expandPatterns gives the files, and tells onSkipped the rest.
    const told: string[] = [];
    expect(await expandPatterns(['policies'], root, { onSkipped: (path) => told.push(path) })).toEqual(inputs.files);
    expect(told).toEqual(inputs.skipped.map((s) => s.path));
  });

  it('a link reached by two paths (through a folder link inside) is given back once, by its real place', async () => {
    const root = repo();
    symlinkSync(join('..', '..', 'secret.md'), join(root, 'policies', 'sub', 'deep-secret.md'));
    const { skipped } = await expandInputs(['policies'], root);
    // policies/alias/deep-secret.md is the same link as policies/sub/deep-secret.md.
    expect(skipped.map((s) => s.path)).toEqual([join(root, 'policies', 'keys'), join(root, 'policies', 'secret.md'), join(root, 'policies', 'sub', 'deep-secret.md')]);
  });

  it('a link with a name the walk would not lint, or a folder link the glob would not enter, is not reported', async () => {
    const root = repo();
    symlinkSync(join(root, 'secret.md'), join(root, 'policies', 'secret.bin'));
    expect((await expandInputs(['policies'], root)).skipped.map((s) => s.path)).toEqual([join(root, 'policies', 'keys'), join(root, 'policies', 'secret.md')]);
    // `*.md` in policies/ does not go into folders: the folder link out of it is not its business.
    expect(await expandInputs(['*.md'], join(root, 'policies'))).toEqual({
      files: [join(root, 'policies', 'a.md'), join(root, 'policies', 'sub', 'b.md')],
      skipped: [{ path: join(root, 'policies', 'secret.md'), reason: notRead(join(root, 'secret.md'), 'file') }],
    });
  });

  it('followSymlinks: true follows them (by their real paths); the loop is still skipped', async () => {
    const root = repo();
    const notices: string[] = [];
    const inputs = await expandInputs(['policies'], root, { onNotice: (n) => notices.push(n), followSymlinks: true });
    expect(inputs).toEqual({
      files: [join(root, 'policies', 'a.md'), join(root, 'policies', 'sub', 'b.md'), join(root, 'private', 'key.md'), join(root, 'secret.md')],
      skipped: [],
    });
    expect(notices).toEqual([expect.stringMatching(/^skipped the folder link "policies\/self".*loop/)]);
  });

  it('a link named on the command line is read: the user named it, and it is not also reported as skipped', async () => {
    const root = repo();
    const notices: string[] = [];
    expect(await expandInputs(['policies/secret.md'], root, { onNotice: (n) => notices.push(n) })).toEqual({ files: [join(root, 'policies', 'secret.md')], skipped: [] });
    expect(await expandInputs(['policies/keys'], root, { onNotice: (n) => notices.push(n) })).toEqual({ files: [join(root, 'policies', 'keys', 'key.md')], skipped: [] });
    expect(notices).toEqual([]);
    // Named beside its folder: read, not reported; the folder link, which nothing else reaches, is.
    expect(await expandInputs(['policies', 'policies/secret.md'], root)).toEqual({
      files: [join(root, 'policies', 'a.md'), join(root, 'policies', 'secret.md'), join(root, 'policies', 'sub', 'b.md')],
      skipped: [{ path: join(root, 'policies', 'keys'), reason: notRead(join(root, 'private'), 'folder') }],
    });
    // A link whose file another pattern lints anyway is not reported either.
    expect((await expandInputs(['policies', 'secret.md'], root)).skipped.map((s) => s.path)).toEqual([join(root, 'policies', 'keys')]);
  });

  it('a glob judges links by the current folder, or by its fixed start when that is outside it', async () => {
    const root = repo();
    // From inside policies: the link to root/secret.md and the folder link to root/private lead out of cwd.
    expect(await expandInputs(['**/*.md'], join(root, 'policies'))).toEqual({
      files: [join(root, 'policies', 'a.md'), join(root, 'policies', 'sub', 'b.md')],
      skipped: [
        { path: join(root, 'policies', 'keys'), reason: notRead(join(root, 'private'), 'folder') },
        { path: join(root, 'policies', 'secret.md'), reason: notRead(join(root, 'secret.md'), 'file') },
      ],
    });
    // From the root, everything the links lead to is inside cwd.
    expect(await expandInputs(['policies/**/*.md'], root, { followSymlinks: false })).toEqual({
      files: [join(root, 'policies', 'a.md'), join(root, 'policies', 'sub', 'b.md'), join(root, 'private', 'key.md'), join(root, 'secret.md')],
      skipped: [],
    });
    // From a sibling folder, `../policies/**`: the walk is of ../policies; root/secret.md is outside it.
    mkdirSync(join(root, 'elsewhere'));
    expect(await expandInputs(['../policies/**/*.md'], join(root, 'elsewhere'))).toEqual({
      files: [join(root, 'policies', 'a.md'), join(root, 'policies', 'sub', 'b.md')],
      skipped: [
        { path: join(root, 'policies', 'keys'), reason: notRead(join(root, 'private'), 'folder') },
        { path: join(root, 'policies', 'secret.md'), reason: notRead(join(root, 'secret.md'), 'file') },
      ],
    });
  });

  it('a folder holding only a link out of it is not a usage error: the link is its one input', async () => {
    const root = repo();
    mkdirSync(join(root, 'only-links'));
    symlinkSync(join(root, 'secret.md'), join(root, 'only-links', 'policy.md'));
    expect(await expandInputs(['only-links'], root)).toEqual({
      files: [],
      skipped: [{ path: join(root, 'only-links', 'policy.md'), reason: notRead(join(root, 'secret.md'), 'file') }],
    });
    const run = await cli(['only-links', '--date', '2026-11-23', '-f', 'json', '--concurrency', 'off'], { cwd: root });
    expect(run.code).toBe(1);
    expect((JSON.parse(run.stdout) as Result[]).map((r) => r.filePath)).toEqual([join(root, 'only-links', 'policy.md')]);
  }, 20_000);

  it('the CLI does not read a link to /etc/passwd in the folder: one fatal finding for it, no warning, exit 1', async () => {
    const root = repo();
    expect(existsSync('/etc/passwd')).toBe(true);
    symlinkSync('/etc/passwd', join(root, 'policies', 'passwd.md'));
    const run = await cli(['policies', '--date', '2026-11-23', '-f', 'json', '--concurrency', 'off'], { cwd: root });
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout) as Result[];
    expect(results.map((r) => [r.filePath, r.messages.map((m) => [m.fatal === true, m.message])])).toEqual([
      [join(root, 'policies', 'a.md'), []],
      [join(root, 'policies', 'keys'), [[true, fatal(notRead(join(root, 'private'), 'folder'))]]],
      [join(root, 'policies', 'passwd.md'), [[true, fatal(notRead(realpathSync('/etc/passwd'), 'file'))]]],
      [join(root, 'policies', 'secret.md'), [[true, fatal(notRead(join(root, 'secret.md'), 'file'))]]],
      [join(root, 'policies', 'sub', 'b.md'), []],
    ]);
    expect(run.stdout).not.toContain('root:');
    // Reported once: as a finding, not also on stderr.
    expect(run.stderr).not.toContain('passwd');
    expect(run.stderr).not.toContain('leads outside');
    // The stylish report names the link and says what to do.
    const stylish = await cli(['policies', '--date', '2026-11-23', '--concurrency', 'off'], { cwd: root });
    expect(stylish.code).toBe(1);
    expect(stylish.stdout).toMatch(/policies\/passwd\.md\n\s+error\s+Not read: this link leads outside the folder being linted \(to "\/etc\/passwd"\).*--follow-symlinks/);
  }, 20_000);

  it('CLI --shard: the skipped links are shared out with the files, each in exactly one shard, in path order', async () => {
    const root = repo();
    const all: string[] = [];
    for (const i of [1, 2, 3]) {
      const run = await cli(['policies', '--shard', `${i}/3`, '--date', '2026-11-23', '-f', 'json', '--concurrency', 'off'], { cwd: root });
      const paths = (JSON.parse(run.stdout) as Result[]).map((r) => r.filePath);
      expect(paths).toEqual([...paths].sort());
      all.push(...paths);
    }
    expect(all.sort()).toEqual([join(root, 'policies', 'a.md'), join(root, 'policies', 'keys'), join(root, 'policies', 'secret.md'), join(root, 'policies', 'sub', 'b.md')]);
  }, 30_000);

  it('CLI: --follow-symlinks follows the links out of the folder, with no warning or finding about them', async () => {
    const root = repo();
    const run = await cli(['policies', '--follow-symlinks', '--date', '2026-11-23', '-f', 'json', '--concurrency', 'off'], { cwd: root });
    expect(run.code).toBe(0);
    const results = JSON.parse(run.stdout) as Result[];
    expect(results.map((r) => r.filePath)).toEqual([join(root, 'policies', 'a.md'), join(root, 'policies', 'sub', 'b.md'), join(root, 'private', 'key.md'), join(root, 'secret.md')]);
    expect(run.stderr).not.toContain('leads outside');
  }, 20_000);

  it('lintFiles and lintFilesWithConfig give the links as fatal results among the others, and take followSymlinks, onNotice and shard', async () => {
    const root = repo();
    const notices: string[] = [];
    const skipped = await lintFiles(['policies'], { cwd: root, date: '2026-11-23', concurrency: 'off', onNotice: (n) => notices.push(n) });
    expect(skipped.map((r) => [r.filePath, r.fatalErrorCount])).toEqual([
      [join(root, 'policies', 'a.md'), 0],
      [join(root, 'policies', 'keys'), 1],
      [join(root, 'policies', 'secret.md'), 1],
      [join(root, 'policies', 'sub', 'b.md'), 0],
    ]);
    expect(skipped[2].messages[0].message).toBe(fatal(notRead(join(root, 'secret.md'), 'file')));
    expect(notices).toHaveLength(1);
    const configured = await lintFilesWithConfig(['policies'], { cwd: root, date: '2026-11-23', concurrency: 'off', configLookup: false });
    expect(configured.map((r) => [r.filePath, r.fatalErrorCount])).toEqual(skipped.map((r) => [r.filePath, r.fatalErrorCount]));
    const shard = await lintFiles(['policies'], { cwd: root, date: '2026-11-23', concurrency: 'off', shard: '2/2' });
    expect(shard.map((r) => r.filePath)).toEqual([join(root, 'policies', 'keys'), join(root, 'policies', 'sub', 'b.md')]);
    const followed = await lintFiles(['policies'], { cwd: root, date: '2026-11-23', concurrency: 'off', followSymlinks: true });
    expect(followed.map((r) => r.filePath)).toContain(join(root, 'private', 'key.md'));
    expect(followed.every((r) => r.fatalErrorCount === 0)).toBe(true);
  }, 30_000);
});
