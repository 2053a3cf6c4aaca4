/**
 * policy-lint's programmatic API. The CLI is a thin shell over these functions.
 *
 *   import { lintFiles, lintText } from 'policy-lint';
 *   const [result] = await lintFiles(['policy.md'], { date: '2026-11-23' });
 */
import { runBatch } from './batch/run.js';
import type { Shard } from './batch/shard.js';
import { shareInputs } from './batch/list.js';
import type { Concurrency } from './batch/options.js';
import { ConfigResolver } from './configfile/index.js';
import { runConfiguredBatch } from './configfile/run.js';
import type { PolicyLintConfig as PolicyLintConfigType } from './configfile/types.js';
import { expandInputs } from './files.js';
import { Linter, resolveAsOf, type LinterOptions } from './linter.js';
import { toIsoDate } from './model/dates.js';
import type { LintResult, LintTextOptions } from './types.js';

export type * from './types.js';
export type { PolicyModel, Block, Field, LeadInList, PolicyDate, Citation, Section, DateValue } from './model/types.js';
export type { Guidance, GuidanceDocument, Edition, SchoolWeekFact } from './guidance/types.js';
export type { Formatter, FormatterContext } from './formatters/types.js';
export { Linter, type LinterOptions } from './linter.js';
export { loadReference } from './compare/reference.js';
export type { Comparison, ReferencePolicy } from './compare/align.js';
export { ConfigError } from './config.js';
export { defineRule } from './kit/define.js';
export { ConfigResolver, defineConfig, definePlugin, printableConfig, CONFIG_FILES, PRESETS, type ConfigResolverOptions } from './configfile/index.js';
export type { PolicyLintConfig, PolicyLintPlugin, ConfigOverride, KnowledgeConfig, RuleDefinition, RuleSettings } from './configfile/types.js';
export { runConfiguredBatch, type ConfiguredBatchOptions, type ConfiguredBatchReport } from './configfile/run.js';
export { compileDefinition, DEFINITION_KINDS } from './declarative/index.js';
export { parseDirectives, applyDirectives, type Directive } from './directives.js';
export {
  applySuppressions,
  recordSuppressions,
  pruneSuppressions,
  loadSuppressions,
  saveSuppressions,
  DEFAULT_SUPPRESSIONS_FILE,
  type SuppressedViolations,
} from './suppressions.js';
export { builtinRules } from '../rules/index.js';
export {
  defaultGuidance,
  mergeGuidance,
  editionInForce,
  guidanceStaleness,
  guidanceStalenessNotice,
  GUIDANCE_DATA_AS_OF,
  GUIDANCE_STALE_AFTER_MONTHS,
  type GuidanceStaleness,
} from './guidance/index.js';
export { loadFormatter, builtinFormatters } from './formatters/index.js';
export { runBatch, runBatchWithStats, type BatchOptions, type BatchReport, type BatchStats, type Concurrency } from './batch/run.js';
export { parseShard, shardFiles, type Shard } from './batch/shard.js';

export interface LintFilesOptions extends LinterOptions {
  /** Directory that relative patterns are resolved from (default: process.cwd()). */
  cwd?: string;
  /**
   * 'auto' (default): worker threads, one per core, for batches big enough to gain from them; 'off':
   * in-process; N: N workers. Plugins or custom guidance always run in-process.
   */
  concurrency?: Concurrency;
  /** Reuse results of unchanged files (see README, "Batch audits"). */
  cache?: boolean;
  /** Cache file, or a directory to keep `.policylintcache` in (default: `.policylintcache` in cwd). */
  cacheLocation?: string;
  /** Lint only shard i of n ("i/n" or { index, count }): round-robin over the sorted files. */
  shard?: string | Shard;
  /** Called after each file. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Follow links met in a folder or glob that lead outside it (for a glob, outside cwd). Default false:
   * such a link is not read, and is one fatal result (which says so, and how to lint it). A file named
   * in `patterns` is always read.
   */
  followSymlinks?: boolean;
  /** Told once per folder link skipped as a loop while expanding `patterns` (its files are linted by their own paths). */
  onNotice?: (message: string) => void;
  /** Each worker's young generation in MB (default 64: the speed; 32 uses ~70 MB less, a quarter slower). */
  workerYoungGenerationMb?: number;
  /** Each worker's old-generation heap limit in MB (default 2048; 0: Node's); a file past it gets one fatal message. */
  workerMemoryLimitMb?: number;
  /**
   * The most seconds one file may take (default 15; 0: no limit): a file past it is stopped and gets one
   * fatal message. With a limit, a file over 4 MB is linted on a worker even when the run is in-process;
   * given explicitly with concurrency 'auto', every file of a small batch is too.
   */
  maxFileSeconds?: number;
}

/** Lints a string. `filePath`'s extension picks the loader (.txt: extracted text; otherwise Markdown). */
export async function lintText(text: string, options: LintTextOptions & LinterOptions = {}): Promise<LintResult> {
  return new Linter(options).lintText(text, options.filePath);
}

/** Lints files, directories and globs. Results come back in a stable (sorted path) order. */
export async function lintFiles(patterns: string[], options: LintFilesOptions = {}): Promise<LintResult[]> {
  new Linter(options); // checks the settings before any file is read
  const shared = await shareFiles(patterns, options);
  const results = await runBatch(shared.files, {
    rules: options.rules,
    date: options.date === undefined ? undefined : toIsoDate(resolveAsOf(options.date)),
    reportUnusedDisableDirectives: options.reportUnusedDisableDirectives,
    plugins: options.plugins,
    guidance: options.guidance,
    timings: options.timings,
    concurrency: options.concurrency,
    cache: options.cache,
    cacheLocation: options.cacheLocation,
    cwd: options.cwd,
    onProgress: options.onProgress,
    workerYoungGenerationMb: options.workerYoungGenerationMb,
    workerMemoryLimitMb: options.workerMemoryLimitMb,
    maxTextMb: options.maxTextMb,
    maxFileSeconds: options.maxFileSeconds,
  });
  return shared.merge(results);
}

/** The files of `patterns` to lint (of the shard asked for), and what puts the skipped inputs' fatal results among theirs. */
async function shareFiles(patterns: string[], options: Pick<LintFilesOptions, 'cwd' | 'followSymlinks' | 'onNotice' | 'shard'>): Promise<ReturnType<typeof shareInputs>> {
  const inputs = await expandInputs(patterns, options.cwd, { followSymlinks: options.followSymlinks, onNotice: options.onNotice });
  return shareInputs(inputs, options.shard);
}

export interface LintFilesWithConfigOptions extends Omit<LintFilesOptions, 'plugins' | 'guidance'> {
  /** Use only this config file (as --config). */
  configFile?: string;
  /** A config object for every file instead of lookup (paths in it resolve from cwd). */
  config?: PolicyLintConfigType;
  /** false: no config files (as --no-config-lookup). Default true. */
  configLookup?: boolean;
}

/**
 * Lints files as the CLI does: each with the configuration nearest to it (see README, "Configuration");
 * `rules` and `date` here win over the config files.
 */
export async function lintFilesWithConfig(patterns: string[], options: LintFilesWithConfigOptions = {}): Promise<LintResult[]> {
  const resolver = new ConfigResolver({ cwd: options.cwd, configFile: options.configFile, config: options.config, lookup: options.configLookup });
  const shared = await shareFiles(patterns, options);
  const batch: LintFilesWithConfigOptions = { ...options };
  delete batch.configFile;
  delete batch.config;
  delete batch.configLookup;
  const date = options.date === undefined ? undefined : toIsoDate(resolveAsOf(options.date));
  return shared.merge((await runConfiguredBatch(shared.files, resolver, { ...batch, date })).results);
}
