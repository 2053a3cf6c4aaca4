/**
 * The command line: parse arguments, lint, format, choose the exit code. Exit 0 when clean, 1 when
 * errors were found (or --max-warnings was exceeded), 2 on a usage, configuration or internal error.
 * Usage errors print one line naming what is wrong, never a stack trace.
 */
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError } from './config.js';
import { expandPatterns } from './files.js';
import { loadFormatter } from './formatters/index.js';
import { Linter } from './linter.js';
import { toIsoDate } from './model/dates.js';
import type { LintResult, RuleSetting } from './types.js';

export interface CliIO {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  cwd: string;
  env: Record<string, string | undefined>;
}

const HELP = `policy-lint [options] [file | dir | glob]...

Lint school policies for children looked after (CLA), previously looked after (PLA) and
with a social worker: .md, .txt (text extracted from Word or PDF), .docx and .pdf.

Options:
  -f, --format NAME        Output format: stylish (default), json, json-with-metadata,
                           github, sarif, junit, checkstyle, markdown, or a formatter
                           package or path
  -o, --output-file PATH   Write the report to a file instead of standard output
      --date YYYY-MM-DD    The "as of" date every date-based rule uses (default: today)
      --rule ID:SEVERITY   Set a rule's severity (off, warn, error); repeatable.
                           Options as JSON: --rule 'review-date-current:["warn",{"dueSoonDays":60}]'
      --quiet              Report errors only
      --max-warnings N     Exit 1 when there are more than N warnings
      --color, --no-color  Force colour on or off (default: on for a terminal)
      --list-rules         List the rules with their default severities
  -h, --help               Show this help
  -v, --version            Show the version

Exit codes: 0 no errors, 1 errors found (or too many warnings), 2 usage or internal error.
`;

/** The package's version, from the nearest package.json above this module (dist/src or src). */
export function version(): string {
  for (const up of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(up, import.meta.url), 'utf8')) as { name?: string; version: string };
      if (pkg.name === 'policy-lint') return pkg.version;
    } catch {
      // not there: try the next level up
    }
  }
  return '0.0.0';
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
        rule: { type: 'string', multiple: true },
        quiet: { type: 'boolean' },
        'max-warnings': { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        'list-rules': { type: 'boolean' },
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
  const linter = new Linter({ rules, date: values.date });

  if (values['list-rules']) {
    for (const [id, rule] of linter.rules) {
      io.stdout.write(`${id.padEnd(28)} ${rule.meta.defaultSeverity.padEnd(6)} ${rule.meta.description}\n`);
    }
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('no files given. Usage: policy-lint [options] [file | dir | glob]... (see --help)');

  const color = values['no-color'] ? false : values.color ? true : Boolean(io.stdout.isTTY) && !values['output-file'] && !io.env.NO_COLOR;
  const formatter = await loadFormatter(values.format ?? 'stylish', io.cwd).catch((error: Error) => {
    throw new UsageError(error.message);
  });

  const files = await expandPatterns(positionals, io.cwd);
  let results: LintResult[] = [];
  for (const file of files) results.push(await linter.lintFile(file));
  if (values.quiet) results = results.map(onlyErrors);

  const output = formatter(results, { cwd: io.cwd, rulesMeta: linter.rulesMeta, color, asOf: toIsoDate(linter.asOf) });
  if (values['output-file']) {
    const target = resolve(io.cwd, values['output-file']);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, output);
  } else if (output) {
    io.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
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
