/**
 * Helpers the built-in formatters share: paths relative to cwd, where a finding is in its document
 * (a line of a text file, a line on a PDF page, a Word paragraph), severities and escaping.
 */
import path from 'node:path';
import type { LintMessage, LintResult } from '../types.js';

/** The project's home, for SARIF's informationUri. */
export const HOMEPAGE = 'https://github.com/policy-lint/policy-lint';

/** Tool name used where a format wants one (SARIF driver, GitHub title of fatal messages, junit). */
export const TOOL_NAME = 'policy-lint';

/** `filePath` relative to `cwd` with forward slashes (kept as given when it is not absolute). */
export function displayPath(filePath: string, cwd: string): string {
  let shown = filePath;
  if (path.isAbsolute(filePath)) {
    const rel = path.relative(cwd, filePath);
    // Another drive on Windows: relative() returns an absolute path; keep it.
    shown = rel === '' ? path.basename(filePath) : rel;
  }
  return path.sep === '\\' ? shown.replace(/\\/g, '/') : shown;
}

/**
 * Where a finding is, in the terms its document uses.
 * - `text`: line and column of the file (Markdown, plain text).
 * - `pdf`: `line` is the line within `page`.
 * - `docx`: `line` is the paragraph number; `column` is within that paragraph.
 * - `file`: about the whole file (a fatal message with no rule: the file could not be read).
 */
export type Where =
  | { kind: 'text'; line: number; column: number; endLine?: number; endColumn?: number }
  | { kind: 'pdf'; page: number | undefined; line: number; column: number }
  | { kind: 'docx'; paragraph: number; column: number }
  | { kind: 'file' };

export function documentKind(result: LintResult): 'text' | 'pdf' | 'docx' {
  if (result.format === 'pdf') return 'pdf';
  if (result.format === 'docx') return 'docx';
  if (result.format === 'markdown' || result.format === 'text') return 'text';
  const ext = path.extname(result.filePath).toLowerCase();
  if (ext === '.pdf') return 'pdf';
  if (ext === '.docx') return 'docx';
  return 'text';
}

export function whereOf(result: LintResult, message: LintMessage): Where {
  if (message.fatal && message.ruleId === null) return { kind: 'file' };
  const kind = message.page !== undefined ? 'pdf' : documentKind(result);
  if (kind === 'pdf') return { kind, page: message.page, line: message.line, column: message.column };
  if (kind === 'docx') return { kind, paragraph: message.line, column: message.column };
  return { kind, line: message.line, column: message.column, endLine: message.endLine, endColumn: message.endColumn };
}

/** True when the finding's line is a line of the file itself (so CI annotations can point at it). */
export function hasFileLines(where: Where): where is Extract<Where, { kind: 'text' }> {
  return where.kind === 'text';
}

/** Short position for columns: `12:5`, `p. 4 12:5`, `para 40:5`, or '' for the whole file. */
export function shortPosition(where: Where): string {
  switch (where.kind) {
    case 'text':
      return `${where.line}:${where.column}`;
    case 'pdf':
      return where.page === undefined ? `${where.line}:${where.column}` : `p. ${where.page} ${where.line}:${where.column}`;
    case 'docx':
      return `para ${where.paragraph}:${where.column}`;
    case 'file':
      return '';
  }
}

/** Position in words: `line 12`, `p. 4, line 12`, `paragraph 40`, `whole file`. */
export function longPosition(where: Where, withColumn = false): string {
  const col = (c: number): string => (withColumn ? `, col ${c}` : '');
  switch (where.kind) {
    case 'text':
      return `line ${where.line}${col(where.column)}`;
    case 'pdf':
      return where.page === undefined ? `line ${where.line}${col(where.column)}` : `p. ${where.page}, line ${where.line}${col(where.column)}`;
    case 'docx':
      return `paragraph ${where.paragraph}${col(where.column)}`;
    case 'file':
      return 'whole file';
  }
}

/** A fatal message counts as an error whatever its severity, as in ESLint. */
export function isError(message: LintMessage): boolean {
  return message.fatal === true || message.severity === 2;
}

/** Whether the file could not be read at all (one fatal message with no rule). */
/** A fatal message for a failure of policy-lint itself (messageId "internal-error"), not of the file. */
export function isInternalError(message: LintMessage): boolean {
  return message.fatal === true && message.messageId === 'internal-error';
}

export function isUnreadable(result: LintResult): boolean {
  return result.messages.some((m) => m.fatal === true && m.ruleId === null);
}

export function pluralise(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export interface Totals {
  errors: number;
  warnings: number;
  problems: number;
  files: number;
  fatal: number;
}

/** Totals counted from the messages (not from the results' counters, which a caller may have filtered). */
export function totals(results: LintResult[]): Totals {
  let errors = 0;
  let warnings = 0;
  let fatal = 0;
  for (const r of results) {
    for (const m of r.messages) {
      if (isError(m)) errors++;
      else warnings++;
      if (m.fatal) fatal++;
    }
  }
  return { errors, warnings, problems: errors + warnings, files: results.length, fatal };
}

// What a terminal would act on rather than show: C0 controls but TAB (LF and CR are handled apart), DEL,
// C1 controls (CSI, OSC, NEL, …), and the bidirectional marks, embeddings, overrides and isolates that
// reorder what is shown.
// eslint-disable-next-line no-control-regex
const TERMINAL_UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Text from a policy (a message, an excerpt, a file name) made safe to print to a terminal: every
 * control character is shown as an ESLint-style escape (`\u001b`) instead of being obeyed, so a file
 * cannot clear the screen, set the window title, plant a link or hide text with backspaces. With
 * `lineBreaks: 'keep'`, LF and CRLF stay as they are (a message's lines) and a lone CR is escaped;
 * otherwise (file names, one-line formats) CR and LF are escaped too. Every terminal format
 * (stylish, compact, github) prints untrusted text through this.
 */
export function terminalText(value: unknown, lineBreaks: 'keep' | 'escape' = 'escape'): string {
  const escape = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  const text = String(value).replace(TERMINAL_UNSAFE, escape);
  return lineBreaks === 'keep' ? text.replace(/\r(?!\n)/g, escape) : text.replace(/[\r\n]/g, escape);
}

// Characters XML 1.0 cannot carry at all: C0 controls but TAB, LF, CR; U+FFFE, U+FFFF; lone surrogates.
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for XML element content: control characters removed; LF kept, CR as a reference. */
export function xmlText(value: unknown): string {
  return String(value)
    .replace(XML_INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;');
}

/** Escapes text for an XML attribute value (quoted with "): as xmlText, and TAB and LF as references too (a parser would fold them to spaces). */
export function xmlAttr(value: unknown): string {
  return xmlText(value).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

/** The package's version (SARIF's driver.version, ...). */
export { packageVersion as toolVersion } from '../version.js';
