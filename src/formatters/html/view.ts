/**
 * The HTML report's view model: what the page says about the run and about each file, worked out once
 * from the results, before any markup. The rendering (./render.ts, ./page.ts) and the browser script's
 * data (reportData) both read from it, so the table, the sections and the filters agree.
 */
import { KIND_TITLES } from '../../model/kind.js';
import type { LintMessage, LintResult } from '../../types.js';
import { feedbackFor, schoolOf, titleFor } from '../advice.js';
import type { FormatterContext } from '../types.js';
import { displayPath, documentKind, isError, isUnreadable } from '../util.js';

export type FileStatus = 'clean' | 'errors' | 'warnings' | 'unreadable';

export function statusOf(result: LintResult): FileStatus {
  if (isUnreadable(result)) return 'unreadable';
  if (result.messages.some(isError)) return 'errors';
  if (result.messages.length > 0) return 'warnings';
  return 'clean';
}

export const STATUS_LABEL: Record<FileStatus, string> = {
  clean: 'Clean',
  errors: 'Errors',
  warnings: 'Warnings',
  unreadable: 'Unreadable',
};

export function severityName(m: LintMessage): 'error' | 'warning' {
  return isError(m) ? 'error' : 'warning';
}

function formatName(result: LintResult): string {
  switch (result.format) {
    case 'markdown':
      return 'Markdown';
    case 'text':
      return 'Text';
    case 'docx':
      return 'Word';
    case 'pdf':
      return 'PDF';
    default: {
      const kind = documentKind(result);
      if (kind === 'pdf') return 'PDF';
      if (kind === 'docx') return 'Word';
      const ext = /\.([A-Za-z0-9]{1,8})$/.exec(result.filePath)?.[1];
      return ext ? ext.toLowerCase() : '—';
    }
  }
}

export interface RuleCount {
  ruleId: string;
  title: string;
  errors: number;
  warnings: number;
}

/** Findings per rule: every rule that ran (in its order), then any other rule that reported. Fatal messages are not a rule's. */
export function ruleCounts(results: LintResult[], context: Pick<FormatterContext, 'rulesMeta'>): RuleCount[] {
  const counts = new Map<string, RuleCount>();
  const entry = (id: string): RuleCount => {
    let c = counts.get(id);
    if (!c) {
      c = { ruleId: id, title: titleFor(id, context.rulesMeta), errors: 0, warnings: 0 };
      counts.set(id, c);
    }
    return c;
  };
  for (const id of Object.keys(context.rulesMeta ?? {})) entry(id);
  for (const r of results) {
    for (const m of r.messages) {
      if (m.ruleId === null) continue;
      const c = entry(m.ruleId);
      if (isError(m)) c.errors++;
      else c.warnings++;
    }
  }
  return [...counts.values()];
}

export interface ReportTotals {
  files: number;
  clean: number;
  errors: number;
  warnings: number;
  unreadable: number;
  findings: number;
}

/** Files by status (each file has exactly one: unreadable, else errors, else warnings, else clean). */
export function reportTotals(results: LintResult[]): ReportTotals {
  const t: ReportTotals = { files: results.length, clean: 0, errors: 0, warnings: 0, unreadable: 0, findings: 0 };
  for (const r of results) {
    t[statusOf(r)]++;
    t.findings += r.messages.length;
  }
  return t;
}

/** One file as the report shows it: in the table, in its own section, and in the script's data. */
export interface FileView {
  /** The id of its section (`f1`, `f2`...); its table row is `row-` and the id. */
  id: string;
  result: LintResult;
  school: string;
  schoolFromDocument: boolean;
  file: string;
  format: string;
  /** The kind of policy in words ('' for a file that could not be read). */
  kind: string;
  status: FileStatus;
  errors: number;
  warnings: number;
  feedback: string;
  /** The reviewed copy --annotate wrote (a path from cwd, with /), when there is one. */
  reviewed?: string;
}

export function fileViews(results: LintResult[], context: FormatterContext): FileView[] {
  return results.map((result, i) => {
    const { name, fromDocument } = schoolOf(result);
    const errors = result.messages.filter(isError).length;
    return {
      id: `f${i + 1}`,
      result,
      school: name,
      schoolFromDocument: fromDocument,
      file: displayPath(result.filePath, context.cwd),
      format: formatName(result),
      kind: result.kind ? KIND_TITLES[result.kind] : '',
      status: statusOf(result),
      errors,
      warnings: result.messages.length - errors,
      feedback: feedbackFor(result, { asOf: context.asOf, cwd: context.cwd, rulesMeta: context.rulesMeta }),
      ...(result.reviewedFile ? { reviewed: displayPath(result.reviewedFile, context.cwd).replace(/\\/g, '/') } : {}),
    };
  });
}

/**
 * What the browser script (report.js) reads from <script id="report-data">: per file, its status and
 * counts for sorting, its findings as [rule, severity] in the order of its section's list (the filters
 * hide list items by index), its feedback for the Copy button, and one lower-case text to search.
 */
export function reportData(views: FileView[], counts: RuleCount[], asOf: string) {
  return {
    asOf,
    rules: counts.map((c) => c.ruleId),
    files: views.map((v) => ({
      id: v.id,
      school: v.school,
      file: v.file,
      status: v.status,
      errors: v.errors,
      warnings: v.warnings,
      total: v.errors + v.warnings,
      findings: v.result.messages.map((m) => [m.ruleId ?? '(unreadable)', severityName(m)]),
      feedback: v.feedback,
      search: [v.school, v.file, v.format, v.kind, ...v.result.messages.flatMap((m) => [m.ruleId ?? '', m.message, m.excerpt ?? ''])]
        .join('\n')
        .toLowerCase(),
    })),
  };
}
