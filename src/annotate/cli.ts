/** The command line's side of --annotate: its flags checked before linting, and what it says after. */
import { relative } from 'node:path';
import { ConfigError } from '../config.js';
import type { LintResult } from '../types.js';
import { annotateResults, checkAnnotateDir, reviewedBytes, type AnnotateOptions } from './index.js';

export interface AnnotateFlags {
  annotate?: string;
  'annotate-force'?: boolean;
  'annotate-author'?: string;
  stdin?: boolean;
}

/** Checks the --annotate flags against each other and the inputs, before anything is linted. */
export async function checkAnnotateFlags(flags: AnnotateFlags, cwd: string, inputs: string[]): Promise<void> {
  if (flags.annotate === undefined) {
    if (flags['annotate-force']) throw new ConfigError('--annotate-force replaces reviewed documents that --annotate writes: add --annotate DIR.');
    if (flags['annotate-author'] !== undefined) throw new ConfigError('--annotate-author names the author of --annotate\'s comments: add --annotate DIR.');
    return;
  }
  if (flags.annotate === '-' && !flags.stdin) throw new ConfigError('--annotate - writes the reviewed document to standard output: it needs --stdin (for files, name a folder).');
  await checkAnnotateDir({ dir: flags.annotate, cwd, inputs });
}

/**
 * Writes the reviewed copies and records each one on its result (reviewedFile), so the reports can link
 * to them; tells stderr how many were written. For --stdin with "-", writes the one document to stdout.
 */
export async function runAnnotate(
  results: LintResult[],
  flags: AnnotateFlags,
  options: Omit<AnnotateOptions, 'dir' | 'force' | 'author'>,
  io: { stdout: { write(s: string | Uint8Array): unknown }; stderr: { write(s: string): unknown } },
  stdinBytes?: Uint8Array,
): Promise<void> {
  if (flags.annotate === undefined) return;
  const author = flags['annotate-author'];
  if (flags.annotate === '-') {
    const [result] = results;
    if (!result || result.messages.some((m) => m.fatal)) {
      io.stderr.write('policy-lint: --annotate -: the document could not be read, so there is no reviewed copy.\n');
      return;
    }
    io.stdout.write(await reviewedBytes(result, { ...options, author }, stdinBytes));
    return;
  }
  const done = await annotateResults(results, { ...options, dir: flags.annotate, force: flags['annotate-force'], author });
  const written = done.filter((d) => d.reviewed);
  for (const d of done) {
    const result = results.find((r) => r.filePath === d.filePath);
    if (result && d.reviewed) result.reviewedFile = d.reviewed;
  }
  const failed = done.filter((d) => d.skipped?.startsWith('it could not be annotated'));
  for (const d of failed) io.stderr.write(`policy-lint: warning: no reviewed copy of ${relative(options.cwd, d.filePath)}: ${d.skipped}.\n`);
  const clean = done.filter((d) => d.skipped === 'nothing was found in it').length;
  io.stderr.write(
    `policy-lint: wrote ${written.length} reviewed document${written.length === 1 ? '' : 's'} to ${flags.annotate}${clean ? ` (${clean} without findings need none)` : ''}.\n`,
  );
}
