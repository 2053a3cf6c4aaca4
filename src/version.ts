/** The package's version, read once from the nearest package.json named policy-lint above this module. */
import { readFileSync } from 'node:fs';

let cached: string | undefined;

export function packageVersion(): string {
  if (cached !== undefined) return cached;
  // src/version.ts under ts-jest sits one level below the root; dist/src/version.js two.
  for (const up of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(up, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'policy-lint' && pkg.version) return (cached = pkg.version);
    } catch {
      // not there: try the next level up
    }
  }
  return (cached = '0.0.0');
}
