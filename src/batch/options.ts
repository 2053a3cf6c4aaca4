/**
 * Options of a batch run (many files at once) and the parsing of the CLI's --concurrency. The part a
 * worker needs to rebuild a Linter (rules, date) is plain JSON, so it can cross a thread boundary.
 */
import { ConfigError } from '../config.js';
import type { Guidance } from '../guidance/types.js';
import type { LinterOptions } from '../linter.js';
import type { LintResult, RuleModule } from '../types.js';

/** A usage error in a batch option (--concurrency, --shard, --cache-location): exit 2, one line. */
export class BatchOptionError extends ConfigError {}

/** 'auto': one worker per core, but in-process for a small batch; 'off' (or 1): in-process; N: N workers. */
export type Concurrency = 'auto' | 'off' | number;

/**
 * What a worker needs to rebuild the Linter: Linter options that are plain JSON. Every key here is
 * sent to the workers and is part of the cache key; a new JSON Linter option that should work in a
 * batch is added here and to WORKER_SETTINGS.
 */
export interface WorkerSettings {
  rules?: LinterOptions['rules'];
  /** The "as of" date, YYYY-MM-DD (default: today). */
  date?: string;
  reportUnusedDisableDirectives?: LinterOptions['reportUnusedDisableDirectives'];
  /** The policy kind set by configuration (every file of the batch is of it). */
  kind?: LinterOptions['kind'];
  /** The most text one document may have, in MB of the Markdown the parser reads (0: no limit). */
  maxTextMb?: LinterOptions['maxTextMb'];
  /** The model policy to compare with (--model): its absolute path and the SHA-1 of its bytes (for the cache key). */
  model?: { file: string; sha1: string };
}

export const WORKER_SETTINGS = ['rules', 'date', 'reportUnusedDisableDirectives', 'kind', 'maxTextMb', 'model'] as const satisfies ReadonlyArray<keyof WorkerSettings>;

export interface BatchOptions extends WorkerSettings {
  /** Default 'auto'. */
  concurrency?: Concurrency;
  /** Reuse results of files whose content, settings, rule set and as-of date have not changed. */
  cache?: boolean;
  /** Cache file, or a directory to keep `.policylintcache` in (default: `.policylintcache` in `cwd`). */
  cacheLocation?: string;
  /** Directory the default cache location and a relative cacheLocation are resolved from (default: process.cwd()). */
  cwd?: string;
  /** Called after each file (linted or taken from the cache), in completion order. */
  onProgress?: (done: number, total: number) => void;
  /**
   * TIMING: milliseconds spent in loading, parsing, the model and each rule are added to this map
   * (the batch then runs in-process, so the figures are one thread's).
   */
  timings?: Map<string, number>;
  /** Extra rules and guidance: not serialisable, so they make the run in-process. */
  plugins?: RuleModule[];
  guidance?: Guidance;
  /** The model policy, read (settings.model says which file; workers read it once each). */
  reference?: LinterOptions['reference'];
  /**
   * Longest one file may take, in seconds (default DEFAULT_MAX_FILE_SECONDS in run.ts; 0: no limit). A
   * file that takes longer is stopped (its worker is ended and replaced) and gets one fatal finding.
   * With a limit, a file that could be slow is never linted in-process, where nothing could stop it.
   */
  maxFileSeconds?: number;
  /**
   * Heap limit of each worker in MB (worker_threads resourceLimits.maxOldGenerationSizeMb); default
   * DEFAULT_WORKER_MEMORY_LIMIT_MB in run.ts, 0 for Node's own. A file that needs more gets one fatal finding.
   */
  workerMemoryLimitMb?: number;
  /**
   * Young generation of each worker's heap in MB (resourceLimits.maxYoungGenerationSizeMb). Parsing
   * makes short-lived garbage; a larger young generation means fewer scavenges. Default:
   * WORKER_YOUNG_GENERATION_MB in run.ts; 0 for Node's own default.
   */
  workerYoungGenerationMb?: number;
}

export interface BatchStats {
  /** Files in the batch. */
  files: number;
  /** Files linted in this run (not taken from the cache). */
  linted: number;
  /** Files whose result came from the cache. */
  cached: number;
  /** Worker threads used (0: in-process). */
  workers: number;
  /** Problems that did not stop the run (an unwritable cache). */
  warnings: string[];
}

export interface BatchReport {
  results: LintResult[];
  stats: BatchStats;
}

/** Parses --concurrency: auto, off, or a whole number of workers (1 = one worker thread, as ESLint's). */
/** The Linter settings of a batch, for the workers and the cache key (the date as given). */
export function workerSettings(options: BatchOptions, isoDate: string | undefined): WorkerSettings {
  const settings: Record<string, unknown> = {};
  for (const key of WORKER_SETTINGS) if (options[key] !== undefined) settings[key] = options[key];
  if (isoDate === undefined) delete settings.date;
  else settings.date = isoDate;
  return settings as WorkerSettings;
}

export function parseConcurrency(value: string | number | undefined): Concurrency {
  if (value === undefined) return 'auto';
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 1) return value;
    throw new BatchOptionError(`concurrency must be "auto", "off" or a whole number of workers of 1 or more, not ${value}.`);
  }
  const v = value.trim().toLowerCase();
  if (v === 'auto' || v === 'off') return v;
  if (/^\d+$/.test(v) && Number(v) >= 1) return Number(v);
  throw new BatchOptionError(`--concurrency expects auto, off or a whole number of workers of 1 or more, not "${value}".`);
}
