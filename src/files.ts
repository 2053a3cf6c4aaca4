/**
 * Turns the CLI's [files | dirs | globs] into a sorted list of files. A directory expands to the
 * supported files in it; a named file is always linted (an unsupported format then gets a clear fatal
 * message); a pattern that matches nothing is a usage error, as in ESLint.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import fg from 'fast-glob';
import { ConfigError } from './config.js';
import { SUPPORTED_EXTENSIONS } from './load/index.js';

const EXT_GLOB = `**/*.{${SUPPORTED_EXTENSIONS.map((e) => e.slice(1)).join(',')}}`;
const IGNORE = ['**/node_modules/**', '**/.git/**'];

export class NoFilesError extends ConfigError {}

export async function expandPatterns(patterns: string[], cwd = process.cwd()): Promise<string[]> {
  const files = new Set<string>();
  for (const pattern of patterns) {
    const absolute = resolve(cwd, pattern);
    const info = await stat(absolute).catch(() => null);
    if (info?.isFile()) {
      files.add(absolute);
      continue;
    }
    const matches = info?.isDirectory()
      ? await fg(EXT_GLOB, { cwd: absolute, absolute: true, ignore: IGNORE, caseSensitiveMatch: false, dot: false })
      : await fg(pattern.replace(/\\/g, '/'), { cwd, absolute: true, ignore: IGNORE, caseSensitiveMatch: false, onlyFiles: true });
    if (matches.length === 0) {
      throw new NoFilesError(
        info?.isDirectory()
          ? `No policy files (${SUPPORTED_EXTENSIONS.join(', ')}) were found in "${pattern}".`
          : `No files matching the pattern "${pattern}" were found.`,
      );
    }
    for (const m of matches) files.add(resolve(m));
  }
  return [...files].sort();
}
