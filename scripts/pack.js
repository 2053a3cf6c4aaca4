/**
 * `npm run pack`: the package as a tarball to hand round or install (`npm install ./policy-lint-x.tgz`),
 * with the files `npm pack` would ship but no `prepare` script. `prepare` builds dist/ for an install
 * from git (pre-commit, `npm install github:…`), which needs it; in a tarball, dist/ is already built,
 * and npm would list the script as one of the package's own install scripts to approve (an install
 * from a tarball is not from the registry, so npm counts `prepare`).
 *
 *   node scripts/pack.js [--no-build] [--pack-destination DIR]
 *
 * Builds first (as `prepack` does) unless --no-build. Prints the tarball's path. Nothing in the
 * checkout is changed: the package is staged in a temporary folder.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const args = process.argv.slice(2);
const at = args.indexOf('--pack-destination');
const destination = at >= 0 ? resolve(args[at + 1]) : process.cwd();

if (!args.includes('--no-build')) execFileSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit' });

const listing = JSON.parse(execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }));
const files = listing[0].files.map((f) => f.path);

const stage = mkdtempSync(join(tmpdir(), 'policy-lint-pack-stage-'));
try {
  for (const file of files) {
    mkdirSync(dirname(join(stage, file)), { recursive: true });
    copyFileSync(join(root, file), join(stage, file));
  }
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  delete manifest.scripts.prepare;
  writeFileSync(join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  mkdirSync(destination, { recursive: true });
  const packed = JSON.parse(execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', destination], { cwd: stage, encoding: 'utf8' }));
  console.log(join(destination, packed[0].filename));
} finally {
  rmSync(stage, { recursive: true, force: true });
}
