/**
 * Issue 15: a pull request could add a link to a secret (`policy.md -> /etc/passwd`, a folder link to
 * ~/.ssh). In a walk (a folder, or a glob), a link whose real path is outside the folder being linted
 * (for a glob, cwd or the glob's fixed start) is skipped with one notice, unless followSymlinks is set.
 * A file named on the command line is still read; loops are still skipped once.
 */
import { existsSync, mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandPatterns } from '../src/files.js';
import { lintFiles } from '../src/index.js';
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

const outsideNotice = (link: string, target: string, what: 'file' | 'folder'): string =>
  `skipped the ${what === 'folder' ? 'folder ' : ''}link "${link}", which leads outside the folder being linted (to "${target}"): name the ${what} itself to lint it, or use --follow-symlinks`;

describe('links that lead outside the folder being linted', () => {
  it('a folder walk skips a file link and a folder link out of it, one notice each; links inside and loops as before', async () => {
    const root = repo();
    const notices: string[] = [];
    const files = await expandPatterns(['policies'], root, { onNotice: (n) => notices.push(n) });
    expect(files).toEqual([join(root, 'policies', 'a.md'), join(root, 'policies', 'sub', 'b.md')]);
    expect(notices).toHaveLength(3);
    expect(notices).toEqual(
      expect.arrayContaining([
        outsideNotice(join('policies', 'keys'), join(root, 'private'), 'folder'),
        outsideNotice(join('policies', 'secret.md'), join(root, 'secret.md'), 'file'),
        expect.stringMatching(/^skipped the folder link "policies\/self": it leads back into a folder already being linted \(a loop\)/),
      ]),
    );
  });

  it('followSymlinks: true follows them (by their real paths); the loop is still skipped', async () => {
    const root = repo();
    const notices: string[] = [];
    const files = await expandPatterns(['policies'], root, { onNotice: (n) => notices.push(n), followSymlinks: true });
    expect(files).toEqual([join(root, 'policies', 'a.md'), join(root, 'policies', 'sub', 'b.md'), join(root, 'private', 'key.md'), join(root, 'secret.md')]);
    expect(notices).toEqual([expect.stringMatching(/^skipped the folder link "policies\/self".*loop/)]);
  });

  it('a link named on the command line is read: the user named it', async () => {
    const root = repo();
    const notices: string[] = [];
    expect(await expandPatterns(['policies/secret.md'], root, { onNotice: (n) => notices.push(n) })).toEqual([join(root, 'policies', 'secret.md')]);
    expect(await expandPatterns(['policies/keys'], root, { onNotice: (n) => notices.push(n) })).toEqual([join(root, 'policies', 'keys', 'key.md')]);
    expect(notices).toEqual([]);
  });

  it('a glob judges links by the current folder, or by its fixed start when that is outside it', async () => {
    const root = repo();
    const notices: string[] = [];
    // From inside policies: the link to root/secret.md leads out of cwd.
    expect(await expandPatterns(['**/*.md'], join(root, 'policies'), { onNotice: (n) => notices.push(n) })).toEqual([
      join(root, 'policies', 'a.md'),
      join(root, 'policies', 'sub', 'b.md'),
    ]);
    expect(notices.filter((n) => n.includes('"secret.md", which leads outside'))).toHaveLength(1);
    // From the root, everything the links lead to is inside cwd.
    expect(await expandPatterns(['policies/**/*.md'], root, { followSymlinks: false })).toEqual([
      join(root, 'policies', 'a.md'),
      join(root, 'policies', 'sub', 'b.md'),
      join(root, 'private', 'key.md'),
      join(root, 'secret.md'),
    ]);
    // From a sibling folder, `../policies/**`: the walk is of ../policies; root/secret.md is outside it.
    mkdirSync(join(root, 'elsewhere'));
    expect(await expandPatterns(['../policies/**/*.md'], join(root, 'elsewhere'))).toEqual([join(root, 'policies', 'a.md'), join(root, 'policies', 'sub', 'b.md')]);
  });

  it('a folder holding only a link out of it has no files to lint, and the usage error says why', async () => {
    const root = repo();
    mkdirSync(join(root, 'only-links'));
    symlinkSync(join(root, 'secret.md'), join(root, 'only-links', 'policy.md'));
    await expect(expandPatterns(['only-links'], root)).rejects.toThrow('No policy files (.md, .markdown, .txt, .text, .docx, .pdf) were found in "only-links" (1 link that leads outside it was not followed).');
  });

  it('the CLI does not read a link to /etc/passwd in the folder, and warns once', async () => {
    const root = repo();
    expect(existsSync('/etc/passwd')).toBe(true);
    symlinkSync('/etc/passwd', join(root, 'policies', 'passwd.md'));
    const run = await cli(['policies', '--date', '2026-11-23', '-f', 'json', '--concurrency', 'off'], { cwd: root });
    expect(run.code).toBe(0);
    const results = JSON.parse(run.stdout) as Array<{ filePath: string }>;
    expect(results.map((r) => r.filePath)).toEqual([join(root, 'policies', 'a.md'), join(root, 'policies', 'sub', 'b.md')]);
    expect(run.stdout).not.toContain('root:');
    expect(run.stderr.split('\n').filter((l) => l.includes('passwd'))).toEqual([`policy-lint: warning: ${outsideNotice(join('policies', 'passwd.md'), realpathSync('/etc/passwd'), 'file')}`]);
  }, 20_000);

  it('CLI: --follow-symlinks follows the links out of the folder, with no warning about them', async () => {
    const root = repo();
    const run = await cli(['policies', '--follow-symlinks', '--date', '2026-11-23', '-f', 'json', '--concurrency', 'off'], { cwd: root });
    expect(run.code).toBe(0);
    const results = JSON.parse(run.stdout) as Array<{ filePath: string }>;
    expect(results.map((r) => r.filePath)).toEqual([join(root, 'policies', 'a.md'), join(root, 'policies', 'sub', 'b.md'), join(root, 'private', 'key.md'), join(root, 'secret.md')]);
    expect(run.stderr).not.toContain('leads outside');
  }, 20_000);

  it('lintFiles takes followSymlinks and onNotice', async () => {
    const root = repo();
    const notices: string[] = [];
    const skipped = await lintFiles(['policies'], { cwd: root, date: '2026-11-23', concurrency: 'off', onNotice: (n) => notices.push(n) });
    expect(skipped.map((r) => r.filePath)).toEqual([join(root, 'policies', 'a.md'), join(root, 'policies', 'sub', 'b.md')]);
    expect(notices).toHaveLength(3);
    const followed = await lintFiles(['policies'], { cwd: root, date: '2026-11-23', concurrency: 'off', followSymlinks: true });
    expect(followed.map((r) => r.filePath)).toContain(join(root, 'private', 'key.md'));
  }, 20_000);
});
