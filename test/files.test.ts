import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandPatterns } from '../src/files.js';
import { cli } from './helpers/cli.js';

const CLEAN = 'Name of the Designated Teacher for CLA and PLA\n\nJo Gant\n\nReview: June 2028\n';

/** A folder of policies with directory links back into itself: `self -> .`, `up -> ..`, `sub/back -> ..`. */
function loopyFolder(): { root: string; dir: string } {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'policy-lint-links-')));
  const dir = join(root, 'policies');
  mkdirSync(join(dir, 'sub'), { recursive: true });
  writeFileSync(join(dir, 'a.md'), CLEAN);
  writeFileSync(join(dir, 'sub', 'b.md'), CLEAN);
  writeFileSync(join(root, 'outside-the-folder.md'), CLEAN);
  symlinkSync('.', join(dir, 'self'));
  symlinkSync('..', join(dir, 'up'));
  symlinkSync('..', join(dir, 'sub', 'back'));
  return { root, dir };
}

describe('directory links in a linted folder', () => {
  it('a folder with `self -> .` and `up -> ..` lints each real file once, by its real path, in under 2 s', async () => {
    const { dir } = loopyFolder();
    const started = Date.now();
    const run = await cli(['policies', '--date', '2026-11-23', '-f', 'json', '--concurrency', 'off'], { cwd: join(dir, '..') });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(run.code).toBe(0);
    const results = JSON.parse(run.stdout) as Array<{ filePath: string }>;
    expect(results.map((r) => r.filePath)).toEqual([join(dir, 'a.md'), join(dir, 'sub', 'b.md')]);
    // Each loop is at most one notice, naming the link.
    const notices = run.stderr.split('\n').filter(Boolean);
    expect(notices.length).toBe(3);
    for (const link of ['self', 'up', join('sub', 'back')]) expect(notices.filter((n) => n.includes(`"${join('policies', link)}"`)).length).toBe(1);
    for (const notice of notices) expect(notice).toMatch(/^policy-lint: warning: .*link.*loop/);
  }, 10_000);

  it('a glob over the folder gives the same files', async () => {
    const { dir } = loopyFolder();
    const files = await expandPatterns(['policies/**/*.md'], join(dir, '..'));
    expect(files).toEqual([join(dir, 'a.md'), join(dir, 'sub', 'b.md')]);
  }, 10_000);

  it('with followSymlinks, a link to a folder outside is followed; a file reached twice is linted once', async () => {
    const root = realpathSync(mkdtempSync(join(tmpdir(), 'policy-lint-links-')));
    mkdirSync(join(root, 'policies', 'sub'), { recursive: true });
    mkdirSync(join(root, 'shared'));
    writeFileSync(join(root, 'policies', 'sub', 'b.md'), CLEAN);
    writeFileSync(join(root, 'shared', 'c.md'), CLEAN);
    symlinkSync(join(root, 'shared'), join(root, 'policies', 'shared'));
    symlinkSync('sub', join(root, 'policies', 'alias'));
    symlinkSync(join('sub', 'b.md'), join(root, 'policies', 'b-link.md'));
    const notices: string[] = [];
    const files = await expandPatterns(['policies'], root, { onNotice: (n) => notices.push(n), followSymlinks: true });
    expect(files).toEqual([join(root, 'policies', 'sub', 'b.md'), join(root, 'shared', 'c.md')]);
    expect(notices).toEqual([]);
    // Without it, the link out of the folder is not followed but given back as skipped (no notice); the links inside are followed.
    const skipped: string[] = [];
    const byDefault = await expandPatterns(['policies'], root, { onNotice: (n) => notices.push(n), onSkipped: (path, reason) => skipped.push(`${path}: ${reason}`) });
    expect(byDefault).toEqual([join(root, 'policies', 'sub', 'b.md')]);
    expect(notices).toEqual([]);
    expect(skipped).toEqual([expect.stringMatching(/^.*\/policies\/shared: not read: this folder link leads outside the folder being linted/)]);
  });
});
