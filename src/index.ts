/**
 * policy-lint's programmatic API. The CLI is a thin shell over these functions.
 *
 *   import { lintFiles, lintText } from 'policy-lint';
 *   const [result] = await lintFiles(['policy.md'], { date: '2026-11-23' });
 */
import { expandPatterns } from './files.js';
import { Linter, type LinterOptions } from './linter.js';
import type { LintResult, LintTextOptions } from './types.js';

export type * from './types.js';
export type { PolicyModel, Block, Field, LeadInList, PolicyDate, Citation, Section, DateValue } from './model/types.js';
export type { Guidance, GuidanceDocument, Edition, SchoolWeekFact } from './guidance/types.js';
export type { Formatter, FormatterContext } from './formatters/types.js';
export { Linter, type LinterOptions } from './linter.js';
export { ConfigError } from './config.js';
export { defineRule } from './rule-kit.js';
export { builtinRules } from '../rules/index.js';
export { defaultGuidance, mergeGuidance } from './guidance/index.js';
export { loadFormatter, builtinFormatters } from './formatters/index.js';

export interface LintFilesOptions extends LinterOptions {
  /** Directory that relative patterns are resolved from (default: process.cwd()). */
  cwd?: string;
}

/** Lints a string. `filePath`'s extension picks the loader (.txt: extracted text; otherwise Markdown). */
export async function lintText(text: string, options: LintTextOptions & LinterOptions = {}): Promise<LintResult> {
  return new Linter(options).lintText(text, options.filePath);
}

/** Lints files, directories and globs. Results come back in a stable (sorted path) order. */
export async function lintFiles(patterns: string[], options: LintFilesOptions = {}): Promise<LintResult[]> {
  const linter = new Linter(options);
  const files = await expandPatterns(patterns, options.cwd);
  const results: LintResult[] = [];
  for (const file of files) results.push(await linter.lintFile(file));
  return results;
}
