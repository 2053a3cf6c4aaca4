/**
 * `csv`: one row per finding, for a spreadsheet.
 *
 *   file,school,kind,rule,severity,line,page,where,message,excerpt
 *
 * - file: relative to cwd; school: the policy's own name for its school (empty when it does not say);
 * - kind: the kind of policy ("looked-after", "safeguarding", …, "unknown"; empty for an unreadable file);
 * - rule: the rule id, or "(unreadable)" for a file that could not be read (its one fatal message);
 * - severity: error or warning; line: the line (for a .docx, the paragraph number; empty for a whole
 *   file); page: the PDF page (empty for every other format); where: the position in words ("line 12",
 *   "p. 4, line 12", "paragraph 40", "whole file").
 *
 * The file is what Excel opens right: UTF-8 with a byte-order mark, CRLF line ends, RFC 4180 quoting
 * (a field with a comma, a double quote, CR or LF is quoted, its quotes doubled). Policy text is
 * untrusted, so cells are guarded against CSV formula injection (see csvCell). A clean file has no
 * rows; `csv-summary` has one row per file.
 */
import type { LintMessage, LintResult } from '../types.js';
import type { Formatter } from './types.js';
import { displayPath, isError, longPosition, whereOf } from './util.js';

export const BOM = '\ufeff';
export const CRLF = '\r\n';

/** The rule column of a file that could not be read. */
export const UNREADABLE_RULE = '(unreadable)';

/**
 * One field, RFC 4180 quoted, safe to open in a spreadsheet.
 *
 * Formula injection: a spreadsheet runs a cell that starts with = + - or @ as a formula (and some also
 * treat a leading TAB or CR that way), so text from a policy such as `=HYPERLINK("http://…")` could run
 * when the adviser opens the file. Such a string cell gets a leading apostrophe, which Excel and
 * LibreOffice read as "this is text" and do not show. Numbers (line, page, counts) are written as they
 * are.
 */
export function csvCell(value: string | number | undefined | null): string {
  if (value === undefined || value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record: fields joined by commas (no line end). */
export function csvRow(fields: Array<string | number | undefined | null>): string {
  return fields.map(csvCell).join(',');
}

/** The whole document: BOM, header, rows, each ended by CRLF. */
export function csvDocument(header: string[], rows: Array<Array<string | number | undefined | null>>): string {
  return BOM + [header, ...rows].map((r) => csvRow(r) + CRLF).join('');
}

export const CSV_HEADER = ['file', 'school', 'kind', 'rule', 'severity', 'line', 'page', 'where', 'message', 'excerpt'];

function findingRow(result: LintResult, m: LintMessage, cwd: string): Array<string | number | undefined> {
  const where = whereOf(result, m);
  const wholeFile = where.kind === 'file';
  return [
    displayPath(result.filePath, cwd),
    result.school ?? '',
    result.kind ?? '',
    m.ruleId ?? UNREADABLE_RULE,
    isError(m) ? 'error' : 'warning',
    wholeFile ? '' : m.line,
    where.kind === 'pdf' ? where.page : '',
    longPosition(where),
    m.message,
    m.excerpt ?? '',
  ];
}

const csv: Formatter = (results, context) => {
  const rows: Array<Array<string | number | undefined>> = [];
  for (const result of results) for (const m of result.messages) rows.push(findingRow(result, m, context.cwd));
  return csvDocument(CSV_HEADER, rows);
};

export default csv;
