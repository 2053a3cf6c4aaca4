/**
 * The command line: parse arguments, lint, format, choose the exit code. Exit 0 when clean, 1 when
 * errors were found (or --max-warnings was exceeded), 2 on a usage, configuration or internal error.
 * Usage errors print one line naming what is wrong, never a stack trace.
 */
import { packageVersion } from './version.js';
import { readFileSync } from 'node:fs';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { listInputs, shareInputs } from './batch/list.js';
import { parseConcurrency } from './batch/options.js';
import { ProgressDisplay, shouldShowProgress } from './batch/progress.js';
import { parseShard } from './batch/shard.js';
import { formatTiming, timingRows } from './batch/timing.js';
import { ConfigResolver, printableConfig } from './configfile/index.js';
import { writeStarterConfig } from './configfile/init.js';
import { mergeRuleSettings } from './configfile/resolve.js';
import { runConfiguredBatch } from './configfile/run.js';
import { countUnused, handleBulkSuppressions, suppressionsPath } from './suppressions.js';
import { ConfigError, unknownRuleError } from './config.js';
import { builtinFormatterNames, loadFormatter } from './formatters/load.js';
import { terminalText } from './formatters/util.js';
import { Linter } from './linter.js';
import { toIsoDate } from './model/dates.js';
import { formatRuleDocs, formatRuleList, ruleDocsFile } from './rule-docs.js';
import { defaultGuidance } from './guidance/index.js';
import { formatGuidanceList, staleGuidanceLine } from './guidance/print.js';
import { lintStdin, readStdin, type StdinSource } from './stdin.js';
import { checkAnnotateFlags, runAnnotate } from './annotate/cli.js';
import { loadReference } from './compare/reference.js';
import { autoReference } from './compare/auto.js';
import type { LintResult, RuleSetting } from './types.js';
import type { ReferencePolicy } from './compare/align.js';
import type { PolicyKind } from './model/types.js';

export interface CliIO {
  stdout: { write(s: string | Uint8Array): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  cwd: string;
  env: Record<string, string | undefined>;
  /** Standard input, for --stdin: a stream (process.stdin), or a function returning the bytes (tests). */
  stdin?: StdinSource;
}

/** The built-in formats for --help, the default first (the README's table says what each is for). */
function formatNames(): string {
  return ['stylish (default)', ...builtinFormatterNames.filter((name) => name !== 'stylish')].join(', ');
}

/** Wraps an option's description to the help's description column. */
function wrapHelp(text: string, width = 60, indent = 27): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.join(`\n${' '.repeat(indent)}`);
}

const HELP = `policy-lint [options] [file | dir | glob]...

Lint school policies for children looked after (CLA), previously looked after (PLA) and
with a social worker: .md, .txt (text extracted from Word or PDF), .docx and .pdf.

Options:
  -f, --format NAME        ${wrapHelp(`Output format: ${formatNames()}, or a formatter package or path`)}
  -o, --output-file PATH   Write the report to a file instead of standard output
      --date YYYY-MM-DD    The "as of" date every date-based rule uses (default: today)
      --kind KIND          Treat every file as this kind of policy (looked-after,
                           safeguarding, behaviour, …; default: read from each document)
      --rule ID:SEVERITY   Set a rule's severity (off, warn, error); repeatable.
                           Options as JSON: --rule 'review-date-current:["warn",{"dueSoonDays":60}]'
      --quiet              Report errors only
      --max-warnings N     Exit 1 when there are more than N warnings
      --color, --no-color  Force colour on or off (default: on for a terminal)
      --stdin              Lint the document read from standard input
      --stdin-filename NAME
                           Name the --stdin document: its extension picks the reader
                           (.md, .txt, .docx, .pdf) and reports show it
      --list-rules         List the rules with their default severities and docs links
      --print-rule-docs ID Print a rule's description, options and docs
      --print-guidance     List the guidance documents known, with the edition in force
                           on the --date (with the config's knowledge overrides)
      --model FILE         Compare each policy with the model policy it is based on
                           (.docx, .pdf, .md, .txt): sections left out, paragraphs
                           rewritten, blanks and notes to schools left in; "auto":
                           infer the model from the copies (what most of them share)
      --print-model        With --model auto: print the inferred model and stop
      --annotate DIR       Write each policy with findings back as a reviewed copy in DIR:
                           Word comments (.docx), PDF notes (.pdf), footnotes (.md, .txt);
                           with --stdin, "-" writes it to standard output
      --annotate-force     Replace reviewed copies already in DIR
      --annotate-author NAME
                           The reviewer named on the comments (default: policy-lint)
  -h, --help               Show this help
  -v, --version            Show the version

Configuration:
  -c, --config PATH        Use this config file only (no lookup)
      --no-config-lookup   Use no config file: built-in defaults, --rule and --date only
      --print-config FILE  Print the configuration FILE gets, as JSON
      --init               Write a commented starter .policylintrc.yaml here
      --report-unused-disable-directives
                           Warn about policy-lint-disable comments that disable nothing
      --report-unused-disable-directives-severity off|warn|error
      --suppress-all       Accept every error found now (policy-lint-suppressions.json)
      --suppress-rule ID   Accept the errors of one rule found now; repeatable
      --suppressions-location PATH
                           The suppressions file (default: policy-lint-suppressions.json)
      --prune-suppressions Remove accepted errors that no longer occur
      --pass-on-unpruned-suppressions
                           Do not fail when accepted errors no longer occur

Batch audits:
      --concurrency N      Worker threads: auto (default: one per core, but in-process
                           for a small batch), off (in-process), or a number of workers
      --cache              Lint only files that changed since the last --cache run
      --cache-location PATH
                           The cache file, or a directory to keep it in
                           (default: .policylintcache in the current directory)
      --shard i/n          Lint only the i-th of n shares of the files (parallel CI jobs)
      --no-progress        No progress line (shown on a terminal for long batches)
      --follow-symlinks    Follow links that lead outside the folder being linted
                           (skipped by default, with a warning)
      --max-file-seconds N Stop a file that takes longer than N seconds: it gets one fatal
                           finding and the batch goes on (default 15, for files linted
                           on workers and files over 4 MB; given, for every file; 0: none)
      --max-text-mb N      The most text one document may have, in MB (default 1; 0: no
                           limit): a longer one gets one fatal finding
      --max-file-memory MB Stop a file whose worker needs more than MB megabytes of heap
                           (default 2048; 0: Node's own limit)

Exit codes: 0 no errors, 1 errors found (or too many warnings), 2 usage or internal error.
TIMING=1 prints the time spent in each rule to standard error.
`;

/** The package's version. */
export function version(): string {
  return packageVersion();
}

class UsageError extends ConfigError {}

function parseRuleFlag(flag: string): [string, RuleSetting] {
  const colon = flag.indexOf(':');
  if (colon <= 0) throw new UsageError(`--rule expects ID:SEVERITY (e.g. kcsie-current:warn), not "${flag}".`);
  const id = flag.slice(0, colon).trim();
  const value = flag.slice(colon + 1).trim();
  if (value.startsWith('[')) {
    try {
      return [id, JSON.parse(value) as RuleSetting];
    } catch {
      throw new UsageError(`--rule ${id}: options must be JSON such as ["warn",{"dueSoonDays":60}], not ${value}.`);
    }
  }
  return [id, value as RuleSetting];
}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr.write(`policy-lint: ${error.message}\n`);
      return 2;
    }
    io.stderr.write(`policy-lint: internal error: ${(error as Error)?.message ?? String(error)}\n`);
    if (io.env.DEBUG) io.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
    return 2;
  }
}

async function run(argv: string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        'output-file': { type: 'string', short: 'o' },
        date: { type: 'string' },
        kind: { type: 'string' },
        rule: { type: 'string', multiple: true },
        quiet: { type: 'boolean' },
        'max-warnings': { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        'list-rules': { type: 'boolean' },
        'print-rule-docs': { type: 'string' },
        'print-guidance': { type: 'boolean' },
        stdin: { type: 'boolean' },
        'stdin-filename': { type: 'string' },
        concurrency: { type: 'string' },
        cache: { type: 'boolean' },
        'cache-location': { type: 'string' },
        shard: { type: 'string' },
        'no-progress': { type: 'boolean' },
        'follow-symlinks': { type: 'boolean' },
        'max-file-seconds': { type: 'string' },
        'max-file-memory': { type: 'string' },
        'max-text-mb': { type: 'string' },
        config: { type: 'string', short: 'c' },
        'no-config-lookup': { type: 'boolean' },
        'print-config': { type: 'string' },
        init: { type: 'boolean' },
        'report-unused-disable-directives': { type: 'boolean' },
        'report-unused-disable-directives-severity': { type: 'string' },
        'suppress-all': { type: 'boolean' },
        'suppress-rule': { type: 'string', multiple: true },
        'suppressions-location': { type: 'string' },
        'prune-suppressions': { type: 'boolean' },
        'pass-on-unpruned-suppressions': { type: 'boolean' },
        annotate: { type: 'string' },
        model: { type: 'string' },
        'print-model': { type: 'boolean' },
        'annotate-force': { type: 'boolean' },
        'annotate-author': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.replace(/\. To specify .*$/, '')}. Run policy-lint --help for the options.`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (values.version) {
    io.stdout.write(`${version()}\n`);
    return 0;
  }
  if (values.init) {
    const written = await writeStarterConfig(io.cwd);
    io.stdout.write(`Wrote ${relative(io.cwd, written)}: a starter configuration with comments. Check it with policy-lint --print-config <policy>.\n`);
    return 0;
  }

  let maxWarnings = -1;
  if (values['max-warnings'] !== undefined) {
    const raw = values['max-warnings'];
    if (!/^\d+$/.test(raw)) throw new UsageError(`--max-warnings expects a whole number, not "${raw}".`);
    maxWarnings = Number(raw);
  }

  const rules: Record<string, RuleSetting> = {};
  for (const flag of values.rule ?? []) {
    const [id, setting] = parseRuleFlag(flag);
    rules[id] = setting;
  }
  // Configuration files (see README, "Configuration"): the nearest to each file; --rule and --date win.
  const configs = new ConfigResolver({ cwd: io.cwd, configFile: values.config, lookup: !values['no-config-lookup'] });
  const here = await configs.forFile(resolve(io.cwd, values['stdin-filename'] ?? 'policy.md'));
  const maxTextMb = parseLimitFlag('--max-text-mb', values['max-text-mb'], 'a number of megabytes');
  const linterOptions = {
    rules: mergeRuleSettings(here.rules, rules),
    date: values.date ?? here.asOf,
    plugins: here.plugins,
    guidance: here.guidance,
    kind: (values.kind as PolicyKind | undefined) ?? here.kind,
    maxTextMb,
  };
  const linter = new Linter(linterOptions);
  const unusedDirectives = parseUnusedDirectivesFlags(values['report-unused-disable-directives'], values['report-unused-disable-directives-severity']);
  for (const id of values['suppress-rule'] ?? []) if (!linter.rules.has(id)) throw new UsageError(`--suppress-rule: ${unknownRuleError(id, linter.rules.keys()).message}`);
  if (values['print-config'] !== undefined) {
    const effective = await configs.forFile(resolve(io.cwd, values['print-config']));
    new Linter({ rules: mergeRuleSettings(effective.rules, rules), date: values.date ?? effective.asOf, plugins: effective.plugins, guidance: effective.guidance });
    io.stdout.write(`${JSON.stringify(printableConfig(effective, io.cwd, { rules, date: values.date }), null, 2)}\n`);
    return 0;
  }
  const concurrency = parseConcurrency(values.concurrency);
  const maxFileSeconds = parseLimitFlag('--max-file-seconds', values['max-file-seconds'], 'a number of seconds');
  const maxFileMemory = parseLimitFlag('--max-file-memory', values['max-file-memory'], 'a whole number of megabytes', true);
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);

  if (values['list-rules']) {
    io.stdout.write(formatRuleList(linter.rules.values()));
    return 0;
  }
  if (values['print-guidance']) {
    // The guidance the run would use: the built-in facts with the nearest config's knowledge overrides.
    const configFile = here.guidance && here.configFile ? relative(io.cwd, here.configFile) || here.configFile : null;
    io.stdout.write(formatGuidanceList(here.guidance ?? defaultGuidance, linter.asOf, { configFile }));
    const stale = staleGuidanceLine(linter.asOf);
    if (stale) io.stderr.write(stale);
    return 0;
  }
  const docsFor = values['print-rule-docs'];
  if (docsFor !== undefined) {
    const rule = linter.rules.get(docsFor);
    if (!rule) throw new UsageError(unknownRuleError(docsFor, linter.rules.keys()).message);
    const file = ruleDocsFile(rule.meta.id);
    const color = values['no-color'] ? false : values.color ? true : Boolean(io.stdout.isTTY) && !io.env.NO_COLOR;
    io.stdout.write(formatRuleDocs(rule, { color, markdown: file ? readFileSync(file, 'utf8') : undefined }));
    return 0;
  }
  if (values.stdin && positionals.length > 0) {
    throw new UsageError(`--stdin lints standard input: it cannot be combined with files (${positionals.join(' ')}).`);
  }
  if (values['stdin-filename'] !== undefined && !values.stdin) throw new UsageError('--stdin-filename names the --stdin document: add --stdin.');
  if (values['stdin-filename'] === '') throw new UsageError('--stdin-filename needs a file name such as policy.md.');
  if (positionals.length === 0 && !values.stdin) {
    throw new UsageError('no files given. Usage: policy-lint [options] [file | dir | glob]... (see --help)');
  }
  // -o naming a folder is the user's mistake: say so before linting anything.
  if (values['output-file'] && (await stat(resolve(io.cwd, values['output-file'])).catch(() => null))?.isDirectory()) {
    throw new UsageError(`-o, --output-file: "${values['output-file']}" is a directory: name a file to write the report to, such as ${join(values['output-file'], 'report.txt')}.`);
  }

  await checkAnnotateFlags(values, io.cwd, positionals);
  // The model policy is read once, before any policy is linted: one that cannot be read stops the run (exit 2).
  if (values['print-model'] && values.model !== 'auto') throw new UsageError('--print-model prints the model inferred by --model auto: add --model auto.');
  if (values.model === 'auto' && values.stdin) throw new UsageError('--model auto infers the model from the files being linted: it cannot be used with --stdin.');
  const model = values.model !== undefined && values.model !== 'auto' ? await loadReference(values.model, io.cwd) : undefined;
  let modelSettings: { reference?: ReferencePolicy; model?: { file: string; sha1: string } } = model && values.model ? { reference: model.reference, model: { file: resolve(io.cwd, values.model), sha1: model.sha1 } } : {};

  const color = values['no-color'] ? false : values.color ? true : Boolean(io.stdout.isTTY) && !values['output-file'] && !io.env.NO_COLOR;
  const formatter = await loadFormatter(values.format ?? 'stylish', io.cwd).catch((error: Error) => {
    throw new UsageError(error.message);
  });

  // --stdin: one document from standard input; there are no file arguments then, so no files below.
  let stdinResult: LintResult | undefined;
  let stdinBytes: Uint8Array | undefined;
  if (values.stdin) {
    if (!io.stdin) throw new UsageError('--stdin: there is no standard input to read.');
    // The bytes are kept when --annotate - needs them again; reading errors become the fatal result.
    if (values.annotate === '-') stdinBytes = await readStdin(io.stdin).catch(() => undefined);
    const stdinModel = model ?? (here.model ? await loadReference(here.model, io.cwd) : undefined);
    const stdinLinter = stdinModel ? new Linter({ ...linterOptions, reference: stdinModel.reference }) : linter;
    stdinResult = await lintStdin(stdinLinter, stdinBytes ?? io.stdin, { filename: values['stdin-filename'], cwd: io.cwd });
  }

  const notices: string[] = [];
  const inputs = await listInputs(positionals, io.cwd, { onNotice: (notice) => notices.push(notice), followSymlinks: values['follow-symlinks'] });
  // Notices and warnings name files: their control characters are shown as escapes (terminalText).
  for (const notice of notices.sort()) io.stderr.write(`policy-lint: warning: ${terminalText(notice)}\n`);
  // What the walk met but did not read (a link out of the folder) is one fatal result each, in its shard.
  const shared = shareInputs(inputs, shard);
  const files = shared.files;
  if (values.model === 'auto') {
    const auto = await autoReference(inputs.files);
    if (values['print-model']) {
      io.stdout.write(auto.inferred.markdown);
      io.stderr.write(`policy-lint: the model inferred from ${auto.inferred.copies} copies: ${auto.inferred.paragraphs} paragraphs that at least half of them share. Save it and check it, then use it with --model FILE.\n`);
      return 0;
    }
    modelSettings = { reference: auto.reference, model: auto.model };
  }
  // TIMING (as ESLint's): time each rule; the batch then runs in-process.
  const timings = io.env.TIMING ? new Map<string, number>() : undefined;
  const progress = shouldShowProgress({ stream: io.stderr, total: files.length, env: io.env, enabled: !values['no-progress'] })
    ? new ProgressDisplay(io.stderr, files.length)
    : undefined;
  let batch;
  try {
    batch = await runConfiguredBatch(files, configs, {
      rules,
      date: values.date,
      kind: values.kind as PolicyKind | undefined,
      reportUnusedDisableDirectives: unusedDirectives === 'off' ? undefined : unusedDirectives,
      concurrency,
      cache: values.cache,
      cacheLocation: values['cache-location'],
      cwd: io.cwd,
      timings,
      maxFileSeconds,
      workerMemoryLimitMb: maxFileMemory,
      maxTextMb,
      ...modelSettings,
      onProgress: progress && ((done) => progress.update(done)),
    });
  } finally {
    progress?.clear();
  }
  for (const warning of batch.stats.warnings) io.stderr.write(`policy-lint: warning: ${terminalText(warning)}\n`);
  // Once per run, never per file: the built-in guidance facts are more than six months older than the as-of date.
  const staleGuidance = staleGuidanceLine(linter.asOf);
  if (staleGuidance) io.stderr.write(staleGuidance);
  let results: LintResult[] = shared.merge(batch.results);
  if (stdinResult) results = [stdinResult];
  // Bulk suppressions (ESLint's model): record, prune, then accept the recorded errors.
  const bulk = await handleBulkSuppressions(results, {
    cwd: io.cwd,
    location: values['suppressions-location'],
    suppressAll: values['suppress-all'],
    suppressRules: values['suppress-rule'],
    prune: values['prune-suppressions'],
  });
  results = bulk.results;
  if (values.quiet) results = results.map(onlyErrors);

  const rulesMeta = { ...linter.rulesMeta, ...batch.rulesMeta };
  await runAnnotate(results, values, { cwd: io.cwd, asOf: toIsoDate(linter.asOf), rulesMeta, guidance: here.guidance, inputs: positionals }, io, stdinBytes);
  const output = formatter(results, { cwd: io.cwd, rulesMeta, color, asOf: toIsoDate(linter.asOf) });
  if (values['output-file']) {
    const target = resolve(io.cwd, values['output-file']);
    try {
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, output);
    } catch (error) {
      const { code, message } = error as NodeJS.ErrnoException;
      if (!code) throw error;
      const why = code === 'EEXIST' || code === 'ENOTDIR' ? 'part of that path is a file, not a folder' : code === 'EISDIR' ? 'it is a directory' : message.replace(/^\w+: /, '').replace(/, \w+ '.*'$/, '');
      throw new UsageError(`-o, --output-file: cannot write the report to "${values['output-file']}": ${why}.`);
    }
  } else if (output && values.annotate !== '-') {
    // With --annotate -, standard output is the reviewed document: the report goes only to -o.
    io.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
  }
  if (timings) io.stderr.write(formatTiming(timings, timingRows(io.env.TIMING)));

  if (countUnused(bulk.unused) > 0 && !values['pass-on-unpruned-suppressions'] && !values['prune-suppressions']) {
    io.stderr.write(
      `policy-lint: ${countUnused(bulk.unused)} suppression${countUnused(bulk.unused) === 1 ? '' : 's'} in ${relative(io.cwd, suppressionsPath(values['suppressions-location'], io.cwd))} no longer occur${countUnused(bulk.unused) === 1 ? 's' : ''}: run again with --prune-suppressions to remove ${countUnused(bulk.unused) === 1 ? 'it' : 'them'} (or --pass-on-unpruned-suppressions to ignore this).\n`,
    );
    return 2;
  }
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return 1;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    io.stderr.write(`policy-lint found too many warnings (maximum: ${maxWarnings}).\n`);
    return 1;
  }
  return 0;
}

function onlyErrors(result: LintResult): LintResult {
  const messages = result.messages.filter((m) => m.severity === 2);
  return { ...result, messages, warningCount: 0, fixableWarningCount: 0 };
}

/** A limit flag: a number >= 0 (0: no limit), or undefined when not given. */
function parseLimitFlag(flag: string, raw: string | undefined, what: string, whole = false): number | undefined {
  if (raw === undefined) return undefined;
  const value = raw.trim();
  if (!(whole ? /^\d+$/ : /^\d+(\.\d+)?$/).test(value)) throw new UsageError(`${flag} expects ${what}, 0 or more (0: no limit), not "${raw}".`);
  return Number(value);
}

/** --report-unused-disable-directives (as a warning) and --report-unused-disable-directives-severity. */
function parseUnusedDirectivesFlags(flag: boolean | undefined, severity: string | undefined): 'off' | 'warn' | 'error' {
  if (severity === undefined) return flag ? 'warn' : 'off';
  const map: Record<string, 'off' | 'warn' | 'error'> = { off: 'off', warn: 'warn', error: 'error', '0': 'off', '1': 'warn', '2': 'error' };
  const value = map[severity.trim().toLowerCase()];
  if (value === undefined) throw new UsageError(`--report-unused-disable-directives-severity expects off, warn or error, not "${severity}".`);
  return value;
}
