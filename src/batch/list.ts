/**
 * The CLI's (and lintFiles') list of inputs. When every argument names an existing file (the usual
 * one-file run), the list is those files, sorted, exactly as expandInputs would give it, without loading
 * the glob engine (fast-glob and micromatch cost about as much to load as linting a short policy).
 * Anything else (a directory, a glob, a missing path) goes to expandInputs.
 *
 * Every input appears in the results, none dropped: a path a walk met but did not read (a link out of
 * the folder being linted) is one fatal result, placed among the others by path, and shared out by
 * --shard with them (so each input is in exactly one shard).
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ExpandedInputs, ExpandOptions } from '../files.js';
import { fatalResult } from '../linter.js';
import { LoadError } from '../load/types.js';
import type { LintResult } from '../types.js';
import { shardFiles, type Shard } from './shard.js';

export async function listInputs(patterns: readonly string[], cwd: string, options: ExpandOptions = {}): Promise<ExpandedInputs> {
  const named = await Promise.all(
    patterns.map(async (pattern) => {
      const absolute = resolve(cwd, pattern);
      const info = await stat(absolute).catch(() => null);
      return info?.isFile() ? absolute : null;
    }),
  );
  if (named.length > 0 && named.every((file) => file !== null)) return { files: [...new Set(named as string[])].sort(), skipped: [] };
  const { expandInputs } = await import('../files.js');
  return expandInputs([...patterns], cwd, options);
}

/** The files to lint (of one shard, if given), and `merge`, which puts the skipped inputs' results among theirs. */
export interface SharedInputs {
  /** Sorted. */
  files: string[];
  /** Takes the results of `files`, in their order; gives them with a fatal result for each skipped input of the shard, in path order. */
  merge(results: readonly LintResult[]): LintResult[];
}

export function shareInputs(inputs: ExpandedInputs, shard?: Shard | string): SharedInputs {
  const reasons = new Map(inputs.skipped.map((s) => [s.path, s.reason]));
  let all = [...new Set([...inputs.files, ...reasons.keys()])].sort();
  if (shard !== undefined) all = shardFiles(all, shard);
  const files = reasons.size === 0 ? all : all.filter((path) => !reasons.has(path));
  return {
    files,
    merge(results) {
      if (reasons.size === 0) return [...results];
      const merged: LintResult[] = [];
      let next = 0;
      for (const path of all) {
        const reason = reasons.get(path);
        if (reason !== undefined) merged.push(fatalResult(path, new LoadError(reason)));
        else if (next < results.length) merged.push(results[next++]);
      }
      return merged;
    },
  };
}
