/**
 * Bulk suppressions, ESLint's model (https://eslint.org/docs/latest/use/suppressions): accept the
 * findings a policy has today, keep failing on new ones. For Word and PDF policies, which have no place
 * for an inline comment, this is the way to accept a finding.
 *
 * The file (default `policy-lint-suppressions.json` in the current directory) holds counts of errors per
 * file (path relative to the current directory, with "/") and rule:
 *
 *   { "policies/oakfield.docx": { "kcsie-current": { "count": 2 } } }
 *
 * - `--suppress-all` / `--suppress-rule ID` record the errors of this run (all rules, or those named);
 * - a later run moves a file's errors for a rule to `suppressedMessages` when there are at most as many
 *   as recorded; when there are more, all of them are reported (a new finding cannot hide among old ones);
 * - entries recorded for more errors than there now are are "unused": the run says so and exits 2
 *   (unless `--pass-on-unpruned-suppressions`); `--prune-suppressions` lowers or removes them.
 * Only errors are suppressed, never warnings, as in ESLint.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { ConfigError } from './config.js';
import type { LintResult, SuppressedLintMessage } from './types.js';

export const DEFAULT_SUPPRESSIONS_FILE = 'policy-lint-suppressions.json';

/** File (relative, "/") -> rule -> accepted count. */
export type SuppressedViolations = Record<string, Record<string, { count: number }>>;

export function suppressionsPath(location: string | undefined, cwd: string): string {
  return resolve(cwd, location ?? DEFAULT_SUPPRESSIONS_FILE);
}

function relativeKey(filePath: string, cwd: string): string {
  const rel = relative(cwd, filePath);
  return (rel && !isAbsolute(rel) ? rel : filePath).split(sep).join('/');
}

/** Reads the suppressions file; a missing one is empty; a broken one is a ConfigError. */
export async function loadSuppressions(file: string): Promise<SuppressedViolations> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new ConfigError(`cannot read the suppressions file ${file}: ${(error as Error).message}.`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`the suppressions file ${file} is not valid JSON: ${(error as Error).message.split('\n')[0]}.`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new ConfigError(`the suppressions file ${file} must hold an object of files.`);
  for (const [path, rules] of Object.entries(data)) {
    if (!rules || typeof rules !== 'object') throw new ConfigError(`the suppressions file ${file}: "${path}" must hold an object of rules.`);
    for (const [rule, entry] of Object.entries(rules as Record<string, unknown>)) {
      const count = (entry as { count?: unknown })?.count;
      if (!Number.isInteger(count) || (count as number) < 0) {
        throw new ConfigError(`the suppressions file ${file}: "${path}" > "${rule}" must be { "count": N } with a whole number N.`);
      }
    }
  }
  return data as SuppressedViolations;
}

/** Writes the file with sorted keys (stable diffs), atomically. */
export async function saveSuppressions(file: string, data: SuppressedViolations): Promise<void> {
  const sorted: SuppressedViolations = {};
  for (const path of Object.keys(data).sort()) {
    const rules = data[path];
    const ids = Object.keys(rules).sort();
    if (ids.length === 0) continue;
    sorted[path] = Object.fromEntries(ids.map((id) => [id, { count: rules[id].count }]));
  }
  await mkdir(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, `${JSON.stringify(sorted, null, 2)}\n`);
  await rename(temp, file);
}

/** Errors per rule in a result (the ones a suppression can accept). */
function errorCounts(result: LintResult): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of result.messages) {
    if (m.severity !== 2 || !m.ruleId || m.fatal) continue;
    counts.set(m.ruleId, (counts.get(m.ruleId) ?? 0) + 1);
  }
  return counts;
}

/**
 * Records this run's errors: every rule (`rules` undefined) or the rules named. Other entries are kept;
 * an entry for a rule being recorded is replaced by today's count (and removed when there are none).
 */
export function recordSuppressions(existing: SuppressedViolations, results: LintResult[], cwd: string, rules?: string[]): SuppressedViolations {
  const out: SuppressedViolations = structuredClone(existing);
  for (const result of results) {
    const key = relativeKey(result.filePath, cwd);
    const counts = errorCounts(result);
    const entry = (out[key] ??= {});
    for (const id of Object.keys(entry)) if ((!rules || rules.includes(id)) && !counts.has(id)) delete entry[id];
    for (const [id, count] of counts) if (!rules || rules.includes(id)) entry[id] = { count };
    if (Object.keys(entry).length === 0) delete out[key];
  }
  return out;
}

export interface AppliedSuppressions {
  results: LintResult[];
  /** Entries recorded for more errors than there are now: file -> rule -> how many too many. */
  unused: SuppressedViolations;
}

/** Moves accepted errors to suppressedMessages (only where a file has at most the accepted count). */
export function applySuppressions(results: LintResult[], suppressions: SuppressedViolations, cwd: string): AppliedSuppressions {
  const unused: SuppressedViolations = {};
  const out = results.map((result) => {
    const key = relativeKey(result.filePath, cwd);
    const accepted = suppressions[key];
    if (!accepted) return result;
    const counts = errorCounts(result);
    const suppressedRules = new Set<string>();
    for (const [rule, { count }] of Object.entries(accepted)) {
      const now = counts.get(rule) ?? 0;
      if (now <= count) {
        if (now > 0) suppressedRules.add(rule);
        if (now < count && !result.fatalErrorCount) (unused[key] ??= {})[rule] = { count: count - now };
      }
    }
    if (suppressedRules.size === 0) return result;
    const kept = [];
    const suppressed: SuppressedLintMessage[] = [...(result.suppressedMessages ?? [])];
    for (const m of result.messages) {
      if (m.severity === 2 && m.ruleId && !m.fatal && suppressedRules.has(m.ruleId)) {
        suppressed.push({ ...m, suppressions: [{ kind: 'file', justification: '' }] });
      } else kept.push(m);
    }
    const errorCount = kept.filter((m) => m.severity === 2).length;
    return { ...result, messages: kept, errorCount, warningCount: kept.length - errorCount, suppressedMessages: suppressed };
  });
  // A file recorded but not linted this run is not judged (it may simply not have been named).
  return { results: out, unused };
}

/** Lowers each entry to the errors there are now (removing the ones with none) for the files linted. */
export function pruneSuppressions(existing: SuppressedViolations, results: LintResult[], cwd: string): SuppressedViolations {
  const out: SuppressedViolations = structuredClone(existing);
  for (const result of results) {
    const key = relativeKey(result.filePath, cwd);
    const entry = out[key];
    if (!entry || result.fatalErrorCount) continue;
    const counts = errorCounts(result);
    for (const [rule, { count }] of Object.entries(entry)) {
      const now = counts.get(rule) ?? 0;
      if (now === 0) delete entry[rule];
      else if (now < count) entry[rule] = { count: now };
    }
    if (Object.keys(entry).length === 0) delete out[key];
  }
  return out;
}

export function countUnused(unused: SuppressedViolations): number {
  return Object.values(unused).reduce((n, rules) => n + Object.keys(rules).length, 0);
}

export interface BulkSuppressionOptions {
  cwd: string;
  /** --suppressions-location */
  location?: string;
  /** --suppress-all */
  suppressAll?: boolean;
  /** --suppress-rule (repeatable) */
  suppressRules?: string[];
  /** --prune-suppressions */
  prune?: boolean;
}

export interface BulkSuppressionOutcome {
  results: LintResult[];
  /** Entries that accept more errors than there are now (after any pruning). */
  unused: SuppressedViolations;
  /** The file, when this run wrote it. */
  wrote?: string;
}

/** The CLI's part: record (--suppress-all / --suppress-rule), prune, then apply the suppressions file. */
export async function handleBulkSuppressions(results: LintResult[], options: BulkSuppressionOptions): Promise<BulkSuppressionOutcome> {
  const file = suppressionsPath(options.location, options.cwd);
  let data = await loadSuppressions(file);
  let wrote: string | undefined;
  if (options.suppressAll || (options.suppressRules && options.suppressRules.length > 0)) {
    data = recordSuppressions(data, results, options.cwd, options.suppressAll ? undefined : options.suppressRules);
    await saveSuppressions(file, data);
    wrote = file;
  }
  if (options.prune) {
    data = pruneSuppressions(data, results, options.cwd);
    await saveSuppressions(file, data);
    wrote = file;
  }
  const applied = applySuppressions(results, data, options.cwd);
  return { results: applied.results, unused: applied.unused, wrote };
}
