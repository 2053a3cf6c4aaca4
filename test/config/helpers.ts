/** Temporary projects for configuration tests. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cli, type CliRun } from '../helpers/cli.js';

export const AS_OF = '2026-11-23';

/** A policy with one error (review date passed) and nothing else on 2026-11-23. */
export const STALE = 'Name of the Designated Teacher for CLA and PLA\n\nJo Gant\n\nReview: June 2026\n';
/** A clean policy on 2026-11-23. */
export const CLEAN = 'Name of the Designated Teacher for CLA and PLA\n\nJo Gant\n\nReview: June 2028\n';

/** Writes files (relative path -> content) into a new temporary directory; returns it. */
export function project(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'policy-lint-config-'));
  for (const [path, content] of Object.entries(files)) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return dir;
}

export interface JsonResult {
  filePath: string;
  messages: Array<{ ruleId: string | null; severity: number; message: string; line: number; column: number }>;
  suppressedMessages?: Array<{ ruleId: string | null; suppressions: Array<{ kind: string; justification: string }> }>;
  errorCount: number;
  warningCount: number;
}

/** Runs the CLI in `dir` with JSON output as of 2026-11-23 and in-process linting. */
export async function lintJson(dir: string, args: string[], opts: { date?: string | null } = {}): Promise<CliRun & { results: JsonResult[] }> {
  const date = opts.date === null ? [] : ['--date', opts.date ?? AS_OF];
  const run = await cli([...args, ...date, '-f', 'json', '--concurrency', 'off'], { cwd: dir });
  let results: JsonResult[] = [];
  try {
    results = JSON.parse(run.stdout) as JsonResult[];
  } catch {
    // not JSON: the caller looks at stderr
  }
  return { ...run, results };
}

/** "rule@line" per file name, for compact assertions. */
export function summary(results: JsonResult[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const r of results) out[r.filePath.split(/[\\/]/).slice(-2).join('/')] = r.messages.map((m) => `${m.ruleId}@${m.line}`);
  return out;
}

export { cli };
