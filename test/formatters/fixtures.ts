/**
 * Small hand-built results for the formatter tests: a Markdown file with an error and a warning (the
 * warning's message has `%`, `:`, `,` and a newline), a PDF finding with a page, a Word finding (line =
 * paragraph), an unreadable file (one fatal message) and a clean file.
 */
import path from 'node:path';
import { builtinRules } from '../../rules/index.js';
import type { LintMessage, LintResult, RuleMeta } from '../../src/types.js';
import type { FormatterContext } from '../../src/formatters/types.js';

export const CWD = path.resolve('/tmp/policy-lint-formatter-tests');
export const AS_OF = '2026-11-23';

/** A message that every format must carry intact. */
export const TRICKY = '50% done, see: a\nb,c';

export const DOCS = (id: string): string => `https://github.com/policy-lint/policy-lint/blob/main/rules/${id}.md`;

/** A rule's meta as the formatters get it, with the built-in rule's title and declared messages (where its advice comes from). */
function meta(id: string, description: string, defaultSeverity: RuleMeta['defaultSeverity'] = 'error'): RuleMeta {
  const builtin = builtinRules.find((r) => r.meta.id === id)?.meta;
  return { id, description, docs: DOCS(id), defaultSeverity, fixable: false, ...(builtin ? { title: builtin.title, messages: builtin.messages } : {}) };
}

export const RULES_META: Record<string, RuleMeta> = {
  'designated-teacher-named': meta('designated-teacher-named', 'The policy names its designated teacher.'),
  'kcsie-current': meta('kcsie-current', 'Cites the edition of KCSIE in force.'),
  'review-date-current': { ...meta('review-date-current', 'The review date has not passed.', 'warn'), usesDate: true },
  'suspension-methods-listed': meta('suspension-methods-listed', 'Says how a suspension is told to parents and carers.', 'warn'),
  'ap-hours-current': meta('ap-hours-current', 'Alternative provision hours follow the current guidance.'),
};

function result(file: string, messages: LintMessage[], format?: LintResult['format']): LintResult {
  const errors = messages.filter((m) => m.fatal || m.severity === 2).length;
  return {
    filePath: path.join(CWD, file),
    messages,
    errorCount: errors,
    warningCount: messages.length - errors,
    fatalErrorCount: messages.filter((m) => m.fatal).length,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    ...(format ? { format } : {}),
  };
}

export const MD = result(
  'policies/looked-after.md',
  [
    {
      ruleId: 'kcsie-current',
      severity: 2,
      message: 'Cites KCSIE 2022; the edition in force on 23 November 2026 is KCSIE 2025.',
      messageId: 'outdated',
      data: {
        document: 'kcsie',
        shortName: 'KCSIE',
        cited: 2022,
        current: 2026,
        citedEdition: 'KCSIE 2022',
        currentEdition: 'KCSIE 2026',
        inForce: '1 September 2026',
        asOf: '23 November 2026',
        via: 'text',
      },
      line: 12,
      column: 5,
      endLine: 12,
      endColumn: 44,
      excerpt: 'Keeping Children Safe in Education 2022',
    },
    {
      ruleId: 'review-date-current',
      severity: 1,
      message: TRICKY,
      messageId: 'passed',
      data: { reviewDate: 'June 2026' },
      line: 40,
      column: 1,
      excerpt: 'Review date: June 2026',
    },
  ],
  'markdown',
);

export const PDF = result(
  'policies/scan.pdf',
  [
    {
      ruleId: 'designated-teacher-named',
      severity: 2,
      message: 'No designated teacher is named.',
      line: 12,
      column: 3,
      page: 4,
      excerpt: 'The designated teacher is ..........',
    },
  ],
  'pdf',
);

export const DOCX = result(
  'policies/trust.docx',
  [
    {
      ruleId: 'suspension-methods-listed',
      severity: 1,
      message: 'Does not say how parents are told of a suspension.',
      line: 40,
      column: 1,
    },
  ],
  'docx',
);

export const FATAL = result('policies/broken.pdf', [
  { ruleId: null, fatal: true, severity: 2, message: 'Could not read this PDF: it is encrypted', line: 1, column: 1 },
]);

export const CLEAN = result('policies/clean.md', [], 'markdown');

export const ALL: LintResult[] = [MD, PDF, DOCX, FATAL, CLEAN];

export function context(overrides: Partial<FormatterContext> = {}): FormatterContext {
  return { cwd: CWD, rulesMeta: RULES_META, color: false, asOf: AS_OF, ...overrides };
}
