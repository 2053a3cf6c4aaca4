/**
 * Lints many files: from the cache where it still holds, then in-process or on a pool of worker
 * threads (tinypool). Results come back in the order of `files`, whatever the scheduling. A file that
 * makes the linter throw, or kills its worker (process.exit, out of memory, an uncaught error), becomes
 * one fatal message for that file, and the batch goes on.
 *
 * Each file has a budget: a time (maxFileSeconds) and, on a worker, a heap (workerMemoryLimitMb). A file
 * past either is stopped (its worker is ended and replaced) and gets one fatal finding. Nothing can stop
 * a file linted in-process, so with a time budget a file that could be slow (see mayBeSlow) is linted on
 * a worker even when the rest of the batch is linted in-process; and when the budget is given explicitly
 * (maxFileSeconds) with concurrency 'auto', a small batch goes to one worker too, so that it holds for every file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Tinypool as TinypoolType } from 'tinypool';
import { INTERNAL_ERROR, Linter, summarise } from '../linter.js';
import { toIsoDate } from '../model/dates.js';
import type { LintResult } from '../types.js';
import { cacheKey, hash, LintCache, resolveCacheLocation } from './cache.js';
import { BatchOptionError, parseConcurrency, workerSettings, type BatchOptions, type BatchReport, type BatchStats, type WorkerSettings } from './options.js';
import type { WorkerReply, WorkerTask } from './worker.js';

export type { BatchOptions, BatchReport, BatchStats, Concurrency, WorkerSettings } from './options.js';

/**
 * With concurrency 'auto', batches of fewer files than this are linted in-process: starting the
 * workers (each loads the engine, about 0.5 s today) costs more than it saves below it. Measured with
 * `node bench/run.js --break-even-only` on 2 cores: in-process wins at 32 files, the two are even at
 * about 64, 2 workers win at 128 (4.7 s against 3.5 s). Re-measure when start-up gets cheaper.
 */
export const AUTO_MIN_FILES = 64;

/**
 * Each worker's young generation, in MB. remark-parse keeps a large short-lived working set while it
 * parses a document (its events and tokens), and whether that fits in a semi-space decides how much is
 * copied and promoted: measured on 2 cores, 1,000 generated policies of ~32 KB, 2 workers:
 *   16 MB: ~37 s, 225 MB peak;  32 MB: ~23-27 s, 260-290 MB;  48 MB: ~30 s, 260 MB;
 *   64 MB: ~17-22 s, 325-360 MB; 128 MB: no faster, 460 MB.
 * Capping the old generation (resourceLimits.maxOldGenerationSizeMb, even at 256 MB) saved ~70 MB but
 * cost a third more time. 64 MB is the speed; the API's workerYoungGenerationMb trades it for memory.
 */
export const WORKER_YOUNG_GENERATION_MB = 64;

/**
 * The default time budget of one file, in seconds. The slowest real policy we know (a 300-page PDF)
 * takes about 3 s on one core of a small machine, the seeds 0.1-0.4 s; 15 s is five times the slowest.
 */
export const DEFAULT_MAX_FILE_SECONDS = 15;

/**
 * The default old-generation heap of each worker, in MB: a last resort against a file that builds a
 * runaway syntax tree (decompression bombs are stopped earlier, by the loaders' caps, and their buffers
 * are outside the heap anyway). Not lower: V8 scales how fast it lets the heap grow with the limit
 * (Heap::MaxGrowingFactor; the fastest from about 2 GB on 64-bit), so a lower limit means more collections:
 * 300 policies on 2 workers took ~30% more CPU at 512 or 1024 MB than at 2048 MB or Node's default
 * (`/usr/bin/time node bin/policy-lint.js bench/.corpus/300 --max-file-memory N`).
 */
export const DEFAULT_WORKER_MEMORY_LIMIT_MB = 2048;

/**
 * With a time budget, a file larger than this is linted on a worker even in an in-process run (a
 * one-file run, a small batch, --concurrency off), where it can be stopped. Below it, the loaders'
 * caps and the parser's guards bound the time, and a worker's start-up (about 0.5 s) would cost more
 * than the file. Real policies: Markdown and text 20-200 KB, Word 30 KB-3 MB, PDF 100 KB-5 MB.
 */
export const IN_PROCESS_MAX_BYTES = 4 * 1024 * 1024;

/** Lints `files` (paths, relative to options.cwd) and returns their results in the same order. */
export async function runBatch(files: readonly string[], options: BatchOptions = {}): Promise<LintResult[]> {
  return (await runBatchWithStats(files, options)).results;
}

/** As runBatch, with counts (linted, from the cache, workers) and TIMING figures. */
export async function runBatchWithStats(files: readonly string[], options: BatchOptions = {}): Promise<BatchReport> {
  const cwd = options.cwd ?? process.cwd();
  const paths = files.map((f) => resolve(cwd, f));
  const total = paths.length;
  const concurrency = parseConcurrency(options.concurrency);
  const timing = options.timings;

  // Check the settings once, before reading any file (a bad rule or date throws ConfigError here).
  // The as-of date is fixed here, so a run that crosses midnight uses one date throughout.
  const linter = new Linter({ ...workerSettings(options, options.date), plugins: options.plugins, guidance: options.guidance, timings: timing, reference: options.reference });
  const settings = workerSettings(options, toIsoDate(linter.asOf));

  const results = new Array<LintResult>(total);
  const stats: BatchStats = { files: total, linted: 0, cached: 0, workers: 0, warnings: [] };
  let done = 0;
  const progress = () => options.onProgress?.(++done, total);

  // 1. The cache: a hash of each file's bytes, looked up under this run's key.
  let cache: LintCache | undefined;
  const hashes = new Array<string | undefined>(total);
  let todo = paths.map((_, i) => i);
  if (options.cache && total > 0) {
    const start = timing ? performance.now() : 0;
    cache = await LintCache.open(
      resolveCacheLocation(options.cacheLocation, cwd),
      cacheKey({ settings, asOf: linter.asOf, plugins: options.plugins, guidance: options.guidance }),
    );
    await forEachLimited(paths, 32, async (file, i) => {
      const bytes = await readFile(file).catch(() => undefined);
      if (!bytes) return; // unreadable: the linter reports it
      hashes[i] = hash(bytes);
      const hit = cache!.get(file, hashes[i]!);
      if (hit) {
        results[i] = hit;
        stats.cached++;
        progress();
      }
    });
    todo = todo.filter((i) => results[i] === undefined);
    if (timing) timing.set('[cache]', (timing.get('[cache]') ?? 0) + performance.now() - start);
  }

  // 2. Lint what is left, in-process or on workers.
  const workers = workerCount(concurrency, todo.length, inProcessOnly(options));
  const finish = (i: number, result: LintResult) => {
    results[i] = result;
    stats.linted++;
    if (cache && hashes[i] !== undefined) cache.set(paths[i], hashes[i]!, result);
    progress();
  };
  if (workers === 0) {
    // A file that could be slow goes to one worker, where the time budget can stop it; every file does
    // when the budget was asked for (maxFileSeconds given) and the concurrency left to 'auto'.
    const budget = maxFileMilliseconds(options);
    const everyFile = options.maxFileSeconds !== undefined && concurrency === 'auto';
    const guarded = budget > 0 && !inProcessOnly(options) ? (everyFile ? todo : await filterAsync(todo, (i) => mayBeSlow(paths[i]))) : [];
    if (guarded.length > 0) {
      stats.workers = 1;
      await lintOnWorkers(guarded, paths, settings, 1, options, finish);
      const onWorker = new Set(guarded);
      todo = todo.filter((i) => !onWorker.has(i));
    }
    for (const i of todo) {
      let result: LintResult;
      try {
        // A copy, as a worker's result is: the linter's excerpts are slices of the document's text, and
        // a slice keeps the whole text alive; a batch must hold results, not every document.
        result = structuredClone(await linter.lintFile(paths[i]));
      } catch (error) {
        result = crashResult(paths[i], internalErrorMessage((error as Error)?.message ?? String(error)));
      }
      finish(i, result);
    }
  } else {
    stats.workers = workers;
    await lintOnWorkers(todo, paths, settings, workers, options, finish);
  }

  // 3. Keep what was linted for next time.
  if (cache) {
    const warning = await cache.save();
    if (warning) stats.warnings.push(warning);
  }
  return { results, stats };
}

/** Plugins and custom guidance are not serialisable, and TIMING measures one thread: in-process. */
function inProcessOnly(options: BatchOptions): boolean {
  return Boolean(options.plugins?.length || options.guidance || options.timings);
}

/** The time budget of one file in milliseconds; 0 for none. Throws BatchOptionError for a bad value. */
export function maxFileMilliseconds(options: Pick<BatchOptions, 'maxFileSeconds'>): number {
  const seconds = options.maxFileSeconds ?? DEFAULT_MAX_FILE_SECONDS;
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) {
    throw new BatchOptionError(`maxFileSeconds must be a number of seconds, 0 or more (0: no limit), not ${String(seconds)}.`);
  }
  return Math.round(seconds * 1000);
}

/** A file over IN_PROCESS_MAX_BYTES (one that cannot be read is not: its load error is quick). */
async function mayBeSlow(file: string): Promise<boolean> {
  const info = await stat(file).catch(() => undefined);
  return info !== undefined && info.isFile() && info.size > IN_PROCESS_MAX_BYTES;
}

async function filterAsync<T>(items: readonly T[], keep: (item: T) => Promise<boolean>): Promise<T[]> {
  const kept = await Promise.all(items.map(keep));
  return items.filter((_, i) => kept[i]);
}

/** 0 = in-process. */
export function workerCount(concurrency: BatchOptions['concurrency'], files: number, inProcessOnly: boolean): number {
  if (inProcessOnly || files === 0) return 0;
  const c = parseConcurrency(concurrency);
  if (c === 'off') return 0;
  if (c === 'auto') {
    if (files < AUTO_MIN_FILES) return 0;
    const cores = availableParallelism();
    return cores < 2 ? 0 : Math.min(cores, files);
  }
  return Math.min(c, files);
}

function internalErrorMessage(message: string): string {
  return `Internal error while linting this file: ${message}. The file was not linted; please report it with the file that caused it.`;
}

/** One fatal message (ruleId null) for a file the engine could not finish. */
export function crashResult(filePath: string, message: string): LintResult {
  // A failure of policy-lint, not of the file: marked so that no report tells the school its file is at fault.
  return summarise(filePath, [{ ruleId: null, fatal: true, severity: 2, message, messageId: INTERNAL_ERROR, line: 1, column: 1 }]);
}

class WorkerExitError extends Error {
  constructor(readonly exitCode: number) {
    super(`the worker thread exited with code ${exitCode}`);
  }
}

/** The file's time budget ran out: it was stopped, which says something about the file, not a fault of ours. */
export function overTimeResult(filePath: string, milliseconds: number): LintResult {
  const seconds = formatSeconds(milliseconds);
  return summarise(filePath, [
    {
      ruleId: null,
      fatal: true,
      severity: 2,
      message:
        `This file took longer than ${seconds} to check, so it was stopped and not checked: it is far larger or more complex than a policy ` +
        `(a whole folder merged into one file, or text generated to be slow?). If it is a real policy, check it on its own with a longer limit (--max-file-seconds ${Math.max(60, Math.ceil((milliseconds / 1000) * 4))}).`,
      line: 1,
      column: 1,
    },
  ]);
}

function formatSeconds(milliseconds: number): string {
  const s = milliseconds / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}

function workerDiedMessage(error: unknown, memoryLimitMb: number | undefined): string {
  const e = error as (Error & { code?: string }) | undefined;
  if (e instanceof WorkerExitError) {
    return `The worker thread linting this file stopped (it exited with code ${e.exitCode}) before it finished; the file was not linted.`;
  }
  if (e?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return (
      `The worker thread linting this file ran out of memory${memoryLimitMb ? ` (more than the ${memoryLimitMb} MB one file may use)` : ''}, so it was stopped; the file was not linted. ` +
      'A policy needs a small part of that: if this one is real, send it in a simpler form (Word or text rather than a scanned PDF).'
    );
  }
  return `The worker thread linting this file crashed (${e?.message ?? String(error)}); the file was not linted.`;
}

async function lintOnWorkers(
  todo: number[],
  paths: string[],
  settings: WorkerSettings,
  workers: number,
  options: BatchOptions,
  finish: (i: number, result: LintResult) => void,
): Promise<void> {
  const { Tinypool } = await import('tinypool');
  const memoryLimitMb = options.workerMemoryLimitMb ?? DEFAULT_WORKER_MEMORY_LIMIT_MB;
  const budget = maxFileMilliseconds(options);
  const pool: TinypoolType = new Tinypool({
    filename: workerScript().href,
    minThreads: workers,
    maxThreads: workers,
    // Workers see this thread's environment (under Jest, the test's process.env).
    env: { ...process.env } as Record<string, string>,
    resourceLimits: {
      maxOldGenerationSizeMb: memoryLimitMb || undefined,
      maxYoungGenerationSizeMb: (options.workerYoungGenerationMb ?? WORKER_YOUNG_GENERATION_MB) || undefined,
    },
  });

  // tinypool notices a worker that throws or runs out of memory, but not one that exits (process.exit
  // in a worker thread ends the thread quietly) and its task would wait for ever. So: a worker still
  // in the pool that exits is turned into a worker error, which fails the task it was running.
  let broken: ((error: Error) => void) | undefined;
  const poolBroken = new Promise<never>((_, reject) => (broken = reject));
  poolBroken.catch(() => undefined);
  const hooked = new WeakSet<object>();
  const watch = () => {
    for (const thread of pool.threads) {
      if (hooked.has(thread)) continue;
      hooked.add(thread);
      thread.on('exit', (code: number) => {
        if (pool.threads.includes(thread)) thread.emit('error', new WorkerExitError(code));
      });
    }
  };
  // A worker that fails with no task (at start-up) is reported here; when none is left, nothing
  // would ever run the queued files: stop the batch with the reason.
  pool.on('error', (error: Error) => {
    if (pool.threads.length === 0) broken?.(new Error(`the worker threads could not start: ${error.message}`));
  });
  watch();

  // One task per worker at a time, so that a file's time budget starts when its worker takes it, not
  // when it joins a queue. A file past its budget is aborted: tinypool ends its worker and starts another.
  const lintOne = async (i: number): Promise<void> => {
    const task: WorkerTask = { file: paths[i], settings };
    const signal = budget > 0 ? AbortSignal.timeout(budget) : undefined;
    try {
      const reply = (await pool.run(task, signal ? { signal } : {})) as WorkerReply;
      finish(i, 'result' in reply ? reply.result : crashResult(paths[i], internalErrorMessage(reply.error)));
    } catch (error) {
      finish(i, signal?.aborted ? overTimeResult(paths[i], budget) : crashResult(paths[i], workerDiedMessage(error, memoryLimitMb)));
    } finally {
      watch();
    }
  };

  try {
    await Promise.race([forEachLimited(todo, workers, lintOne), poolBroken]);
  } finally {
    await pool.destroy();
  }
}

/**
 * The compiled worker: dist/src/batch/worker.js beside this module, or, when this module runs from the
 * TypeScript sources (ts-jest), the package's dist/ (`npm test` builds first).
 */
export function workerScript(): URL {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.js')) return new URL('./worker.js', import.meta.url);
  let dir = dirname(here);
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'policy-lint') {
      const compiled = join(dir, 'dist', 'src', 'batch', 'worker.js');
      if (!existsSync(compiled)) throw new Error(`the worker threads need the compiled worker ${compiled}: run npm run build.`);
      return pathToFileURL(compiled);
    }
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the policy-lint package to start the worker threads from.');
    dir = up;
  }
}

/** Runs fn over items with at most `limit` at a time. */
async function forEachLimited<T>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}
