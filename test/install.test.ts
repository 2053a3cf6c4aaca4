/**
 * Issue 16, item 8: a newcomer's first install. Every installed package (dev ones included) accepts the
 * oldest Node.js that package.json's `engines` and the README promise, and `npm install` leaves the
 * committed lock file as it is.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers/lint.js';

const require = createRequire(import.meta.url);
const semver = require('semver') as {
  minVersion(range: string): { version: string } | null;
  satisfies(version: string, range: string): boolean;
};
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

interface Manifest {
  name?: string;
  version?: string;
  engines?: { node?: string };
}
const ownManifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Manifest;

/** Every package.json under node_modules, nested ones included. */
function installed(dir: string, out: Array<{ where: string; manifest: Manifest }> = []): typeof out {
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || !entry.isDirectory()) continue;
    const at = join(dir, entry.name);
    if (entry.name.startsWith('@')) {
      installed(at, out);
      continue;
    }
    const file = join(at, 'package.json');
    if (existsSync(file)) out.push({ where: at, manifest: JSON.parse(readFileSync(file, 'utf8')) as Manifest });
    installed(join(at, 'node_modules'), out);
  }
  return out;
}

describe("a newcomer's install", () => {
  const oldest = semver.minVersion(ownManifest.engines!.node!)!.version;

  it('the README promises the Node.js that package.json does', () => {
    const [major, minor] = oldest.split('.');
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(`Node.js ${major}.${minor} or later`);
    expect(readme).not.toMatch(/Node\.js \d+ or later/);
  });

  it(`no installed package, dev ones included, declares a newer Node.js than the oldest promised`, () => {
    const packages = installed(join(ROOT, 'node_modules'));
    expect(packages.length).toBeGreaterThan(100);
    const tooNew = packages
      .filter(({ manifest }) => manifest.engines?.node && !semver.satisfies(oldest, manifest.engines.node))
      .map(({ manifest }) => `${manifest.name}@${manifest.version} wants node ${manifest.engines!.node}`);
    expect(tooNew).toEqual([]);
  });

  it('npm install leaves the committed lock file as it is', () => {
    const work = mkdtempSync(join(tmpdir(), 'policy-lint-lock-'));
    copyFileSync(join(ROOT, 'package.json'), join(work, 'package.json'));
    copyFileSync(join(ROOT, 'package-lock.json'), join(work, 'package-lock.json'));
    execFileSync(npm, ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: work, stdio: 'pipe' });
    expect(readFileSync(join(work, 'package-lock.json'), 'utf8')).toBe(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));
  }, 120_000);
});
