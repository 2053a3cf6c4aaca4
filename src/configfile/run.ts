/**
 * A batch with configuration files: each file's settings come from its config (and the CLI's --rule and
 * --date over it); files that share settings are linted together as one batch (in-process or on
 * workers, as src/batch decides: plugins, `define`d rules and knowledge overrides run in-process).
 */
import { ConfigError } from '../config.js';
import { loadReference } from '../compare/reference.js';
import { builtinRules } from '../../rules/index.js';
import { runBatchWithStats, type BatchOptions, type BatchReport } from '../batch/run.js';
import { readFile } from 'node:fs/promises';
import { applyDirectives, parseDirectives, unusedDirectivesSeverity } from '../directives.js';
import { summarise } from '../linter.js';
import { decodeText } from '../load/decode.js';
import type { LintMessage, LintOptions, LintResult, RuleMeta, RuleSetting } from '../types.js';
import type { ConfigResolver, EffectiveConfig } from './index.js';
import { mergeRuleSettings } from './resolve.js';

export interface ConfiguredBatchOptions extends Omit<BatchOptions, 'rules' | 'date' | 'plugins' | 'guidance' | 'reportUnusedDisableDirectives' | 'kind'> {
  /** --rule settings: over every file's config. */
  rules?: Record<string, RuleSetting>;
  /** --date: wins over a config's asOf. */
  date?: string;
  /** --kind: wins over the kind a config's override sets. */
  kind?: BatchOptions['kind'];
  /** Report inline disable directives that suppressed nothing (checked after the batch, wherever it ran). */
  reportUnusedDisableDirectives?: LintOptions['reportUnusedDisableDirectives'];
}

export interface ConfiguredBatchReport extends BatchReport {
  /** Meta of every rule any file's config knows (built-in, plugins', defined), for formatters. */
  rulesMeta: Record<string, RuleMeta>;
}

/** Lints files, each with the settings of its configuration. Results in the order of `files`. */
export async function runConfiguredBatch(files: readonly string[], resolver: ConfigResolver, options: ConfiguredBatchOptions = {}): Promise<ConfiguredBatchReport> {
  const groups = new Map<string, { config: EffectiveConfig; indexes: number[] }>();
  for (const [i, file] of files.entries()) {
    const config = await resolver.forFile(file);
    let group = groups.get(config.key);
    if (!group) groups.set(config.key, (group = { config, indexes: [] }));
    group.indexes.push(i);
  }

  // The models the configs name (`model`), read once each before any policy is linted: one that cannot be
  // read stops the run here. --model (options.model) wins over them all.
  const models = new Map<string, Awaited<ReturnType<typeof loadReference>>>();
  if (!options.model) {
    for (const { config } of groups.values()) {
      if (config.model && !models.has(config.model)) {
        try {
          models.set(config.model, await loadReference(config.model));
        } catch (error) {
          throw new ConfigError(`${config.configFile ?? 'the configuration'}: model: ${(error as Error).message.replace(/^--model: /, '')}`);
        }
      }
    }
  }

  const results = new Array<LintResult>(files.length);
  const report: ConfiguredBatchReport = {
    results,
    stats: { files: files.length, linted: 0, cached: 0, workers: 0, warnings: [] },
    rulesMeta: Object.fromEntries(builtinRules.map((r) => [r.meta.id, r.meta])),
  };
  let offset = 0;
  for (const { config, indexes } of groups.values()) {
    for (const rule of config.plugins) report.rulesMeta[rule.meta.id] = rule.meta;
    const base = offset;
    const batchOptions: ConfiguredBatchOptions = { ...options };
    delete batchOptions.reportUnusedDisableDirectives;
    const batch = await runBatchWithStats(
      indexes.map((i) => files[i]),
      {
        ...batchOptions,
        rules: mergeRuleSettings(config.rules, options.rules),
        date: options.date ?? config.asOf,
        plugins: config.plugins.length > 0 ? config.plugins : undefined,
        guidance: config.guidance,
        kind: options.kind ?? config.kind,
        ...(!options.model && config.model ? { reference: models.get(config.model)!.reference, model: { file: config.model, sha1: models.get(config.model)!.sha1 } } : {}),
        onProgress: options.onProgress && ((done) => options.onProgress!(base + done, files.length)),
      },
    );
    offset += indexes.length;
    for (const [j, i] of indexes.entries()) results[i] = batch.results[j];
    report.stats.linted += batch.stats.linted;
    report.stats.cached += batch.stats.cached;
    report.stats.workers = Math.max(report.stats.workers, batch.stats.workers);
    for (const w of batch.stats.warnings) if (!report.stats.warnings.includes(w)) report.stats.warnings.push(w);
  }
  const severity = unusedDirectivesSeverity(options.reportUnusedDisableDirectives);
  if (severity) for (const [i, result] of results.entries()) results[i] = await reportUnusedDirectives(result, severity);
  return report;
}

/**
 * Adds "unused directive" problems to a result linted without them (on a worker thread, or taken from
 * the cache): the directives are read again from the file and applied to everything the rules reported.
 */
export async function reportUnusedDirectives(result: LintResult, severity: 1 | 2): Promise<LintResult> {
  if (result.format !== 'markdown' && result.format !== 'text') return result;
  const bytes = await readFile(result.filePath).catch(() => undefined);
  if (!bytes) return result;
  let text = decodeText(bytes).text;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const directives = parseDirectives(text.replace(/\r\n?/g, '\n'));
  if (directives.length === 0) return result;
  const reported: LintMessage[] = [
    ...result.messages.filter((m) => m.ruleId !== null),
    ...(result.suppressedMessages ?? [])
      .filter((m) => m.suppressions.some((s) => s.kind === 'directive'))
      .map((m) => {
        const plain: LintMessage & { suppressions?: unknown } = { ...m };
        delete plain.suppressions;
        return plain;
      }),
  ];
  const { problems } = applyDirectives(reported, directives, { reportUnused: severity });
  if (problems.length === 0) return result;
  const messages = [...result.messages, ...problems].sort((a, b) => (a.page ?? 0) - (b.page ?? 0) || a.line - b.line || a.column - b.column);
  const out = summarise(result.filePath, messages, result.format, result.school);
  if (result.kind) out.kind = result.kind;
  if (result.kindEvidence) out.kindEvidence = result.kindEvidence;
  if (result.suppressedMessages) out.suppressedMessages = result.suppressedMessages;
  return out;
}
