/**
 * The worker thread's task: lint one file with a Linter rebuilt from plain settings (one Linter per
 * distinct settings, reused across tasks). It imports only the engine, never the CLI, formatters or
 * the pool, so a worker starts quickly.
 *
 * An error thrown while linting comes back as a value (`{ error }`), not a rejection, so the pool can
 * tell "this file made the linter throw" from "the worker died" (exit, out of memory, uncaught error).
 */
import { basename } from 'node:path';
import { Linter } from '../linter.js';
import { loadReference } from '../compare/reference.js';
import type { LintResult } from '../types.js';
import type { WorkerSettings } from './options.js';

export interface WorkerTask {
  file: string;
  settings: WorkerSettings;
}

export type WorkerReply = { result: LintResult } | { error: string };

const linters = new Map<string, Promise<Linter>>();

/** One Linter per distinct settings; the model policy (--model) is read once per worker. */
function linterFor(settings: WorkerSettings): Promise<Linter> {
  const key = JSON.stringify(settings);
  let linter = linters.get(key);
  if (!linter) {
    if (linters.size >= 8) linters.clear();
    linter = (async () => {
      const reference = settings.model ? (await loadReference(settings.model.file)).reference : undefined;
      return new Linter({ ...settings, reference });
    })();
    linters.set(key, linter);
  }
  return linter;
}

export default async function lintInWorker(task: WorkerTask): Promise<WorkerReply> {
  try {
    if (TEST_HOOKS) await testCrash(task.file);
    return { result: await (await linterFor(task.settings)).lintFile(task.file) };
  } catch (error) {
    return { error: (error as Error)?.message ?? String(error) };
  }
}

/**
 * Test-only crash injection, so the tests can check that a dying worker costs one file, not the batch.
 * Active only under NODE_ENV=test with POLICY_LINT_TEST_HOOKS=1, for files named
 * `__policy-lint-test-crash-<kind>__…` (throw, exit, oom, uncaught, hang).
 */
const TEST_HOOKS = process.env.NODE_ENV === 'test' && process.env.POLICY_LINT_TEST_HOOKS === '1';
const CRASH = /^__policy-lint-test-crash-(throw|exit|oom|uncaught|hang)__/;

async function testCrash(file: string): Promise<void> {
  const kind = CRASH.exec(basename(file))?.[1];
  if (kind === 'throw') throw new TypeError('test hook: the linter threw');
  if (kind === 'exit') process.exit(3);
  if (kind === 'uncaught') {
    await new Promise(() => {
      setImmediate(() => {
        throw new Error('test hook: uncaught error in the worker');
      });
    });
  }
  if (kind === 'hang') for (;;); // a parser gone quadratic, as far as the pool can tell
  if (kind === 'oom') {
    const keep: number[][] = [];
    for (;;) keep.push(new Array<number>(1e5).fill(keep.length));
  }
}
