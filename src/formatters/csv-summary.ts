/**
 * `csv-summary`: one row per file, for a spreadsheet of the whole batch.
 *
 *   file,school,kind,status,errors,warnings,<rule id>,<rule id>,...
 *
 * status is clean, errors, warnings (warnings and no errors) or unreadable; errors and warnings count
 * the file's findings (the fatal message of an unreadable file is an error); each rule column counts
 * that rule's findings in the file: every rule that ran (in the order the linter knows them), then any
 * other rule that reported. An unreadable file was not checked, so its rule columns are empty, not 0.
 *
 * Same encoding as `csv`: UTF-8 with a BOM, CRLF, RFC 4180 quoting, and the guard against formula
 * injection (csvCell).
 */
import type { Formatter } from './types.js';
import { csvDocument } from './csv.js';
import { displayPath, isError, isUnreadable } from './util.js';

export const SUMMARY_HEADER = ['file', 'school', 'kind', 'status', 'errors', 'warnings'];

const csvSummary: Formatter = (results, context) => {
  const rules = Object.keys(context.rulesMeta ?? {});
  for (const r of results) for (const m of r.messages) if (m.ruleId !== null && !rules.includes(m.ruleId)) rules.push(m.ruleId);

  const rows = results.map((result) => {
    const unreadable = isUnreadable(result);
    const errors = result.messages.filter(isError).length;
    const warnings = result.messages.length - errors;
    const status = unreadable ? 'unreadable' : errors > 0 ? 'errors' : warnings > 0 ? 'warnings' : 'clean';
    const perRule = rules.map((id) => (unreadable ? '' : result.messages.filter((m) => m.ruleId === id).length));
    return [displayPath(result.filePath, context.cwd), result.school ?? '', result.kind ?? '', status, errors, warnings, ...perRule];
  });
  return csvDocument([...SUMMARY_HEADER, ...rules], rows);
};

export default csvSummary;
