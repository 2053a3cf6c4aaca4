/**
 * A formatter turns results into text, as ESLint's do: `format(results, context)`. A third-party
 * formatter (a package or a path) exports the same function as its default export.
 */
import type { LintResult, RuleMeta } from '../types.js';

export interface FormatterContext {
  /** Directory file paths are shown relative to. */
  cwd: string;
  /** Meta of every rule that ran, by id (docs links for SARIF, markdown, ...). */
  rulesMeta: Record<string, RuleMeta>;
  /** Whether to colour output (stylish only). */
  color: boolean;
  /** The "as of" date of the run, YYYY-MM-DD. */
  asOf: string;
}

export type Formatter = (results: LintResult[], context: FormatterContext) => string;
