/**
 * `npx policy-lint` works from the packed package: pack it, install the tarball into an empty folder,
 * run the installed bin on an example policy. Slow (an npm install), so it runs once, here.
 * `npm test` builds dist/ first; the pack reuses that build.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers/lint.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

describe('the packed package', () => {
  const work = mkdtempSync(join(tmpdir(), 'policy-lint-pack-'));
  let installDir = '';
  let installWarnings = '';

  beforeAll(() => {
    if (!existsSync(join(ROOT, 'dist', 'src', 'cli.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
    // As `npm run pack` makes it (scripts/pack.js): `npm pack`'s files, no `prepare` script; dist/ is already built.
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'pack.js'), '--no-build', '--pack-destination', work], { cwd: ROOT, stdio: 'pipe' });
    const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
    if (!tarball) throw new Error('npm pack wrote no tarball');
    installDir = join(work, 'consumer');
    execFileSync('mkdir', ['-p', installDir]);
    writeFileSync(join(installDir, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
    const install = spawnSync(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', join(work, tarball)], { cwd: installDir, encoding: 'utf8' });
    if (install.status !== 0) throw new Error(`npm install of the tarball failed:\n${install.stderr}`);
    installWarnings = install.stderr;
  }, 240_000);

  it("installing the tarball prints no warning about the package's own scripts", () => {
    expect(installWarnings).not.toMatch(/policy-lint@/);
    expect(installWarnings).not.toMatch(/install scripts/);
  });

  it('ships the built code, the rule docs and no tests or sources', () => {
    const files = execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
    const paths = (JSON.parse(files) as Array<{ files: Array<{ path: string }> }>)[0].files.map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining(['bin/policy-lint.js', 'dist/src/cli.js', 'dist/cli/cli.js', 'dist/cli/worker.js', 'dist/rules/kcsie-current.js', 'rules/kcsie-current.md', 'README.md']),
    );
    expect(paths.filter((p) => p.startsWith('test/') || p.startsWith('src/') || p.endsWith('.ts') && !p.endsWith('.d.ts'))).toEqual([]);
  });

  it('npx policy-lint --version', () => {
    const run = spawnSync('npx', ['--no-install', 'policy-lint', '--version'], { cwd: installDir, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('npx policy-lint lints a policy and exits 1 on errors', () => {
    const policy = join(installDir, 'policy.md');
    writeFileSync(policy, 'Name of the Designated Teacher for CLA and PLA\n\nTBC\n\nReview: June 2026\n');
    const run = spawnSync('npx', ['--no-install', 'policy-lint', 'policy.md', '--date', '2026-11-23', '--format', 'json'], { cwd: installDir, encoding: 'utf8' });
    // npm itself may warn on stderr (about this machine's npm config); policy-lint must not complain.
    expect(run.stderr).not.toMatch(/policy-lint:/);
    expect(run.status).toBe(1);
    const [result] = JSON.parse(run.stdout);
    expect(result.messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['designated-teacher-named', 'review-date-current']);
  });

  it('the bundled CLI lints on worker threads and reads .docx from the installed package', () => {
    for (let i = 0; i < 3; i++) writeFileSync(join(installDir, `p${i}.md`), 'Designated teacher: TBC\n');
    copyFileSync(join(ROOT, '..', 'shared', 'corpus', 'bushey-st-james.docx'), join(installDir, 'bushey.docx'));
    const run = spawnSync('npx', ['--no-install', 'policy-lint', 'p0.md', 'p1.md', 'p2.md', 'bushey.docx', '--concurrency', '2', '--date', '2026-11-23', '-f', 'json'], {
      cwd: installDir,
      encoding: 'utf8',
    });
    expect(run.stderr).not.toMatch(/policy-lint:/);
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string | null; fatal?: boolean }> }>;
    const byName = new Map(results.map((r) => [r.filePath.split(/[\\/]/).pop(), r]));
    expect([...byName.keys()].sort()).toEqual(['bushey.docx', 'p0.md', 'p1.md', 'p2.md']);
    for (const r of results) expect(r.messages.filter((m) => m.fatal)).toEqual([]);
    expect(byName.get('p1.md')!.messages.map((m) => m.ruleId)).toContain('designated-teacher-named');
    expect(byName.get('bushey.docx')!.messages.length).toBeGreaterThan(0);
  });
});
