/**
 * The GitHub Action (action.yml at the repository root runs bin/policy-lint-action.js, which calls
 * runAction with the process's environment). Everything the runner gives an action comes in through
 * `env`, so a test can simulate a run:
 *
 * - inputs: INPUT_FILES, INPUT_DATE, INPUT_FAIL-ON, INPUT_CONFIG, INPUT_SARIF-FILE (GitHub upper-cases
 *   input names and keeps their hyphens; the same names with underscores are read too, since a
 *   composite action passes them as ordinary environment variables);
 * - GITHUB_WORKSPACE: the checkout, that patterns are resolved from and paths are shown relative to;
 * - GITHUB_STEP_SUMMARY, GITHUB_OUTPUT: files the job summary and the outputs are appended to.
 *
 * What it writes:
 * - annotations (workflow commands on stdout): one per finding in a Markdown or text file, on its line;
 *   one per Word or PDF document with findings, on the file (their lines are not lines of the file, and
 *   GitHub shows only the first 10 errors and 10 warnings of a step: the summary is where they are
 *   listed); one per file that could not be read;
 * - the job summary: the markdown report, every file with its findings;
 * - outputs `errors` and `warnings`;
 * - the SARIF log to `sarif-file`, when given;
 * - the stylish report in a folded log group.
 *
 * Exit code: 1 when `fail-on` says so (error: any error; warning: any error or warning; never: never),
 * 2 for a bad input (an unknown fail-on, a bad date, patterns that match nothing, a config the CLI
 * rejects), or when the CLI itself exits 2 (as with bulk suppressions that no longer occur, after its
 * report, so the annotations and the summary are still written).
 *
 * The linting is the CLI's (runCli, writing json-with-metadata), so the action lints as `policy-lint`
 * does in the workspace: config files, inline directives, bulk suppressions.
 */
import { randomUUID } from 'node:crypto';
import { appendFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { runCli } from './cli.js';
import { ConfigError } from './config.js';
import { builtinFormatters } from './formatters/index.js';
import { escapeData, escapeProperty } from './formatters/github.js';
import { ruleMetaFromEslint as ruleMetaFrom, type EslintStyleRuleMeta } from './formatters/json-with-metadata.js';
import type { FormatterContext } from './formatters/types.js';
import { TOOL_NAME, displayPath, documentKind, isError, isUnreadable, pluralise } from './formatters/util.js';
import type { LintResult, RuleMeta } from './types.js';

export type Env = Record<string, string | undefined>;

export interface ActionIO {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
  /** Used when GITHUB_WORKSPACE is not set (default: process.cwd()). */
  cwd?: string;
}

export type FailOn = 'error' | 'warning' | 'never';
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'never'];

/** What runAction found, besides its exit code (for tests and callers). */
export interface ActionReport {
  exitCode: number;
  errors: number;
  warnings: number;
  results: LintResult[];
}

class InputError extends ConfigError {}

/** An input as the runner passes it: INPUT_<NAME> (upper-cased, hyphens kept), or with underscores. Trimmed; '' when unset. */
export function getInput(env: Env, name: string): string {
  const upper = name.replace(/ /g, '_').toUpperCase();
  const value = env[`INPUT_${upper}`] ?? env[`INPUT_${upper.replace(/-/g, '_')}`] ?? '';
  return value.trim();
}

/**
 * The `files` input: globs, files or directories separated by newlines or spaces. A pattern with spaces
 * in it can be quoted ("My Policies/*.docx") or put on a line of its own in a multi-line input.
 */
export function parseFiles(input: string): string[] {
  const patterns: string[] = [];
  for (const line of input.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    for (const m of trimmed.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) {
      const token = m[1] ?? m[2] ?? m[3];
      if (token) patterns.push(token);
    }
  }
  return patterns;
}

export function parseFailOn(input: string): FailOn {
  const value = (input || 'error').toLowerCase() as FailOn;
  if (!FAIL_ON.includes(value)) throw new InputError(`fail-on must be one of ${FAIL_ON.join(', ')}, not "${input}".`);
  return value;
}

/** Runs the action; returns the process's exit code. */
export async function runAction(env: Env, io: ActionIO): Promise<number> {
  return (await runActionWithReport(env, io)).exitCode;
}

export async function runActionWithReport(env: Env, io: ActionIO): Promise<ActionReport> {
  try {
    return await run(env, io);
  } catch (error) {
    const message = error instanceof ConfigError ? error.message : `internal error: ${(error as Error)?.message ?? String(error)}`;
    io.stdout.write(`::error title=${escapeProperty(TOOL_NAME)}::${escapeData(message)}\n`);
    io.stderr.write(`policy-lint: ${message}\n`);
    return { exitCode: 2, errors: 0, warnings: 0, results: [] };
  }
}

async function run(env: Env, io: ActionIO): Promise<ActionReport> {
  const workspace = resolve(env.GITHUB_WORKSPACE || io.cwd || process.cwd());
  const failOn = parseFailOn(getInput(env, 'fail-on'));
  const patterns = parseFiles(getInput(env, 'files') || '.');
  if (patterns.length === 0) patterns.push('.');
  const date = getInput(env, 'date');
  const config = getInput(env, 'config');
  const sarifFile = getInput(env, 'sarif-file');
  const annotateDir = getInput(env, 'annotate');

  // The CLI does the linting, so the action lints exactly as `policy-lint` would in the workspace
  // (its options, its file expansion, and whatever it reads besides). It writes json-with-metadata
  // (results, rule meta, as-of date) to a temporary file; every report below is made from that.
  const args: string[] = [];
  if (date) args.push('--date', date);
  if (config) {
    if (!(await cliSupports('--config'))) {
      // A CLI without --config (before config files) cannot honour the input: never ignore it silently.
      throw new InputError(
        `the config input is reserved: this version of policy-lint does not read configuration files (no --config option), so "${config}" would be ignored. Remove the input, or use a policy-lint version that has --config.`,
      );
    }
    args.push('--config', config);
  }
  // The action's own folder of reviewed copies: a re-run of the job replaces them.
  if (annotateDir) args.push('--annotate', annotateDir, '--annotate-force');
  const scratch = await mkdtemp(join(tmpdir(), 'policy-lint-action-'));
  const reportFile = join(scratch, 'report.json');
  let stderr = '';
  let report: JsonWithMetadata;
  /** The CLI's complaint when it exits 2 after writing its report (bulk suppressions that no longer occur). */
  let cliFailure: string | undefined;
  try {
    const code = await runCli([...args, '--format', 'json-with-metadata', '--output-file', reportFile, '--', ...patterns], {
      stdout: { write: (s: string) => io.stdout.write(s) },
      stderr: { write: (s: string) => (stderr += s) },
      cwd: workspace,
      env: { ...env, NO_COLOR: '1' },
    });
    if (stderr) io.stderr.write(stderr);
    const complaint = stderr.replace(/^policy-lint: /gm, '').trim() || 'policy-lint could not run (exit code 2).';
    const written = await readFile(reportFile, 'utf8').catch(() => undefined);
    // A usage or configuration error: the CLI said what is wrong in one line, and wrote no report.
    if (code === 2 && written === undefined) throw new InputError(complaint);
    if (code === 2) cliFailure = complaint;
    report = JSON.parse(written ?? '') as JsonWithMetadata;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }

  const results = report.results;
  const asOf = report.metadata.asOf;
  const context: FormatterContext = { cwd: workspace, rulesMeta: ruleMetaFromEslint(report.metadata.rulesMeta), color: false, asOf };

  // The report in the log, folded; policy text (excerpts) is never read as workflow commands.
  const stylish = builtinFormatters.stylish(results, context);
  if (stylish) {
    const token = randomUUID();
    io.stdout.write(`::group::policy-lint report\n::stop-commands::${token}\n${stylish.trimEnd()}\n::${token}::\n::endgroup::\n`);
  }

  const annotations = annotate(results, context);
  if (annotations) io.stdout.write(`${annotations}\n`);

  const summary = fitSummary(builtinFormatters.markdown(results, context));
  if (env.GITHUB_STEP_SUMMARY) await appendFile(env.GITHUB_STEP_SUMMARY, `${summary}\n`);

  if (sarifFile) {
    const target = resolve(workspace, sarifFile);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, builtinFormatters.sarif(results, context));
  }

  let errors = 0;
  let warnings = 0;
  for (const r of results) {
    for (const m of r.messages) {
      if (isError(m)) errors++;
      else warnings++;
    }
  }
  if (env.GITHUB_OUTPUT) await appendFile(env.GITHUB_OUTPUT, `errors=${errors}\nwarnings=${warnings}\n`);

  io.stdout.write(
    `policy-lint: ${pluralise(errors, 'error')} and ${pluralise(warnings, 'warning')} in ${pluralise(results.length, 'file')} (as of ${asOf}; fail-on: ${failOn}).\n`,
  );
  if (cliFailure) {
    // The reports are out, but the run itself failed (as `policy-lint` would exit 2), whatever fail-on says.
    io.stdout.write(`::error title=${escapeProperty(TOOL_NAME)}::${escapeData(cliFailure)}\n`);
    return { exitCode: 2, errors, warnings, results };
  }
  const fails = failOn === 'error' ? errors > 0 : failOn === 'warning' ? errors + warnings > 0 : false;
  return { exitCode: fails ? 1 : 0, errors, warnings, results };
}

interface JsonWithMetadata {
  results: LintResult[];
  metadata: { cwd: string; asOf: string; rulesMeta: Record<string, EslintStyleRuleMeta> };
}

/** Rule meta back from json-with-metadata's ESLint shape, for the formatters. */
export function ruleMetaFromEslint(rulesMeta: Record<string, EslintStyleRuleMeta>): Record<string, RuleMeta> {
  const out: Record<string, RuleMeta> = {};
  for (const [id, m] of Object.entries(rulesMeta)) out[id] = ruleMetaFrom(id, m);
  return out;
}

let helpText: Promise<string> | undefined;

/** Whether the CLI has an option (read from its --help, so the action follows the CLI it ships with). */
export async function cliSupports(option: string): Promise<boolean> {
  helpText ??= (async () => {
    let out = '';
    await runCli(['--help'], { stdout: { write: (s: string) => (out += s) }, stderr: { write: () => true }, cwd: process.cwd(), env: {} });
    return out;
  })();
  return new RegExp(`(^|[\\s,])${option.replace(/[-]/g, '\\$&')}\\b`, 'm').test(await helpText);
}

/** GitHub refuses a step summary over 1 MiB: a longer report is cut at a line, saying so. */
export const SUMMARY_LIMIT = 1024 * 1024 - 4096;

export function fitSummary(markdown: string, limit = SUMMARY_LIMIT): string {
  if (Buffer.byteLength(markdown) <= limit) return markdown;
  const note = '\n\n_The report was cut here: GitHub keeps a job summary under 1 MiB. The full report is in the log (and the SARIF file, with `sarif-file`)._\n';
  let cut = Buffer.from(markdown).subarray(0, limit - Buffer.byteLength(note)).toString('utf8');
  cut = cut.slice(0, cut.lastIndexOf('\n'));
  return cut + note;
}

/**
 * Annotations: the github formatter's, for Markdown and text files (on their lines) and for files that
 * could not be read; one per Word or PDF document with findings, on the file, pointing to the summary.
 */
export function annotate(results: LintResult[], context: FormatterContext): string {
  const lines: string[] = [];
  for (const result of results) {
    if (result.messages.length === 0) continue;
    if (documentKind(result) === 'text' || isUnreadable(result)) {
      lines.push(builtinFormatters.github([result], context));
      continue;
    }
    const errors = result.messages.filter(isError).length;
    const warnings = result.messages.length - errors;
    const kind = documentKind(result) === 'docx' ? 'Word document' : 'PDF';
    const where = documentKind(result) === 'docx' ? 'paragraph' : 'page and line';
    const message =
      `${pluralise(errors + warnings, 'problem')} (${pluralise(errors, 'error')}, ${pluralise(warnings, 'warning')}) in this ${kind}: ` +
      `see the job summary for each finding with its ${where} and a quotation.` +
      result.messages.map((m) => `\n- ${m.ruleId ?? TOOL_NAME}: ${m.message}`).join('');
    const file = displayPath(result.filePath, context.cwd);
    lines.push(`::${errors > 0 ? 'error' : 'warning'} file=${escapeProperty(file)},title=${escapeProperty(`${TOOL_NAME}: ${kind}`)}::${escapeData(message)}`);
  }
  return lines.filter(Boolean).join('\n');
}
