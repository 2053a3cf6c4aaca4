/**
 * The CLI's file list. When every argument names an existing file (the usual one-file run), the list is
 * those files, sorted, exactly as expandPatterns would give it, without loading the glob engine
 * (fast-glob and micromatch cost about as much to load as linting a short policy). Anything else (a
 * directory, a glob, a missing path) goes to expandPatterns.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ExpandOptions } from '../files.js';

export async function listFiles(patterns: readonly string[], cwd: string, options: ExpandOptions = {}): Promise<string[]> {
  const named = await Promise.all(
    patterns.map(async (pattern) => {
      const absolute = resolve(cwd, pattern);
      const info = await stat(absolute).catch(() => null);
      return info?.isFile() ? absolute : null;
    }),
  );
  if (named.length > 0 && named.every((file) => file !== null)) return [...new Set(named as string[])].sort();
  const { expandPatterns } = await import('../files.js');
  return expandPatterns([...patterns], cwd, options);
}
