/**
 * `markdown`: a report for `$GITHUB_STEP_SUMMARY` or a pull-request comment (GitHub-flavoured Markdown).
 *
 *   ## policy-lint report
 *   a summary line
 *   | File | Errors | Warnings | Status |         one row per file: ✅ clean, ❌ errors, ⚠️ warnings, ⛔ unreadable
 *   ### `file`                                     per file with findings:
 *   | Where | Severity | Rule | Message | Excerpt |  where = "line 12", "p. 4, line 12", "paragraph 40"
 *   <details> Rules checked                        every rule that ran, linked to its docs, with its description
 *
 * The rule links to its docs (from rulesMeta). Cell text is escaped: `|` and Markdown punctuation with
 * a backslash, `&` `<` `>` as entities, newlines as `<br>`; the excerpt is a code span.
 */
import type { LintResult } from '../types.js';
import type { Formatter, FormatterContext } from './types.js';
import { displayPath, isError, isUnreadable, longPosition, pluralise, totals, whereOf } from './util.js';

/** Longest excerpt shown; longer ones are cut with an ellipsis. */
const EXCERPT_MAX = 120;

/** Escapes text for a table cell (or any inline Markdown). */
export function escapeCell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replace(/\r\n|\r|\n/g, '<br>');
}

/** A code span for a table cell: a fence longer than any run of backticks inside, `|` escaped, one line. */
export function codeCell(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const shown = oneLine.length > EXCERPT_MAX ? `${oneLine.slice(0, EXCERPT_MAX - 1).trimEnd()}…` : oneLine;
  if (shown === '') return '';
  const longestRun = Math.max(0, ...(shown.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = shown.startsWith('`') || shown.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${shown.replace(/\|/g, '\\|')}${pad}${fence}`;
}

/** A file path shown as code (in a heading or a cell). */
function pathCode(file: string): string {
  return codeCell(file) || '`?`';
}

function link(text: string, url: string | undefined): string {
  if (!url) return escapeCell(text);
  return `[${escapeCell(text)}](${url.replace(/[\s()|<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)})`;
}

function status(result: LintResult, errors: number, warnings: number): string {
  if (isUnreadable(result)) return '⛔ unreadable';
  if (errors > 0) return '❌ errors';
  if (warnings > 0) return '⚠️ warnings';
  return '✅ clean';
}

const markdown: Formatter = (results, context) => {
  const sum = totals(results);
  const out: string[] = ['## policy-lint report', ''];
  const asOf = context.asOf ? `, as of ${context.asOf}` : '';
  if (results.length === 0) {
    out.push(`No files were linted${asOf}.`);
    return `${out.join('\n')}\n`;
  }
  const unreadable = results.filter(isUnreadable).length;
  out.push(
    sum.problems === 0
      ? `✅ No problems in ${pluralise(sum.files, 'file')}${asOf}.`
      : `**${pluralise(sum.problems, 'problem')}** (${pluralise(sum.errors, 'error')}, ${pluralise(sum.warnings, 'warning')}) in ${pluralise(sum.files, 'file')}${asOf}` +
          (unreadable > 0 ? `; ${unreadable} could not be read.` : '.'),
    '',
    '| File | Errors | Warnings | Status |',
    '| --- | ---: | ---: | --- |',
  );
  for (const result of results) {
    const errors = result.messages.filter(isError).length;
    const warnings = result.messages.length - errors;
    out.push(`| ${pathCode(displayPath(result.filePath, context.cwd))} | ${errors} | ${warnings} | ${status(result, errors, warnings)} |`);
  }

  for (const result of results) {
    if (result.messages.length === 0) continue;
    out.push('', `### ${pathCode(displayPath(result.filePath, context.cwd))}`, '');
    // The school's own document with the findings on it, when --annotate wrote one.
    if (result.reviewedFile) out.push(`Reviewed copy, with each finding as a comment: ${pathCode(displayPath(result.reviewedFile, context.cwd))}`, '');
    out.push('| Where | Severity | Rule | Message | Excerpt |', '| --- | --- | --- | --- | --- |');
    for (const m of result.messages) out.push(row(result, m, context));
  }
  out.push(...rulesChecked(context));
  return `${out.join('\n')}\n`;
};

/** A folded list of the rules that ran, each linked to its docs (so a clean report still says what was checked). */
function rulesChecked(context: FormatterContext): string[] {
  const metas = Object.entries(context.rulesMeta);
  if (metas.length === 0) return [];
  const out = ['', `<details><summary>Rules checked (${metas.length})</summary>`, ''];
  for (const [id, meta] of metas) out.push(`- ${link(meta.id || id, meta.docs)}: ${escapeCell(meta.description)}`);
  out.push('', '</details>');
  return out;
}

function row(result: LintResult, m: LintResult['messages'][number], context: FormatterContext): string {
  const where = longPosition(whereOf(result, m));
  const severity = isError(m) ? '❌ error' : '⚠️ warning';
  const rule = m.ruleId ? link(m.ruleId, context.rulesMeta[m.ruleId]?.docs) : '—';
  const excerpt = m.excerpt ? codeCell(m.excerpt) : '';
  return `| ${where} | ${severity} | ${rule} | ${escapeCell(m.message)} | ${excerpt} |`;
}

export default markdown;
