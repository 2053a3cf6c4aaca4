import markdown, { codeCell, escapeCell } from '../../src/formatters/markdown.js';
import type { LintResult } from '../../src/types.js';
import { ALL, CLEAN, DOCS, MD, context } from './fixtures.js';

/** Reads a cell back as text (what GitHub renders, for the characters escapeCell touches). */
function unescapeCell(cell: string): string {
  return cell
    .replace(/<br>/g, '\n')
    .replace(/\\([\\`*_[\]|~])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Splits a table row into cells on unescaped pipes. */
function cells(row: string): string[] {
  return row
    .replace(/^\| /, '')
    .replace(/ \|$/, '')
    .split(/(?<!\\) \| /);
}

describe('markdown', () => {
  const out = markdown(ALL, context());
  const lines = out.split('\n');

  it('has a title, a summary and a table of files with status', () => {
    expect(lines[0]).toBe('## policy-lint report');
    expect(out).toContain('**5 problems** (3 errors, 2 warnings) in 5 files, as of 2026-11-23; 1 could not be read.');
    const start = lines.indexOf('| File | Errors | Warnings | Status |');
    expect(start).toBeGreaterThan(0);
    expect(lines.slice(start, start + 7)).toEqual([
      '| File | Errors | Warnings | Status |',
      '| --- | ---: | ---: | --- |',
      '| `policies/looked-after.md` | 1 | 1 | ❌ errors |',
      '| `policies/scan.pdf` | 1 | 0 | ❌ errors |',
      '| `policies/trust.docx` | 0 | 1 | ⚠️ warnings |',
      '| `policies/broken.pdf` | 1 | 0 | ⛔ unreadable |',
      '| `policies/clean.md` | 0 | 0 | ✅ clean |',
    ]);
  });

  it('has a table of findings per file with where, severity, linked rule, message and excerpt', () => {
    expect(out).toContain('### `policies/looked-after.md`\n\n| Where | Severity | Rule | Message | Excerpt |\n| --- | --- | --- | --- | --- |\n');
    expect(lines).toContain(
      `| line 12 | ❌ error | [kcsie-current](${DOCS('kcsie-current')}) | Cites KCSIE 2022; the edition in force on 23 November 2026 is KCSIE 2025. | \`Keeping Children Safe in Education 2022\` |`,
    );
    expect(lines).toContain(`| line 40 | ⚠️ warning | [review-date-current](${DOCS('review-date-current')}) | 50% done, see: a<br>b,c | \`Review date: June 2026\` |`);
    expect(lines).toContain(
      `| p. 4, line 12 | ❌ error | [designated-teacher-named](${DOCS('designated-teacher-named')}) | No designated teacher is named. | \`The designated teacher is ..........\` |`,
    );
    expect(lines).toContain(
      `| paragraph 40 | ⚠️ warning | [suspension-methods-listed](${DOCS('suspension-methods-listed')}) | Does not say how parents are told of a suspension. |  |`,
    );
    expect(lines).toContain('| whole file | ❌ error | — | Could not read this PDF: it is encrypted |  |');
    expect(out).not.toContain('### `policies/clean.md`');
  });

  it('escapes pipes, newlines, markup and backticks in cells', () => {
    const message = 'a | b\r\nc <script> & *d* `e` [f](g) \\ h';
    const odd: LintResult = {
      ...MD,
      messages: [{ ruleId: 'not-in-meta', severity: 2, message, line: 1, column: 1, excerpt: 'x | `y` ``z``' }],
    };
    const row = markdown([odd], context()).split('\n').find((l) => l.startsWith('| line 1 |'))!;
    const [where, severity, rule, text, excerpt] = cells(row);
    expect([where, severity, rule]).toEqual(['line 1', '❌ error', 'not-in-meta']);
    expect(text).not.toMatch(/<script>|\n/);
    expect(unescapeCell(text)).toBe(message.replace('\r\n', '\n'));
    expect(excerpt).toBe('``` x \\| `y` ``z`` ```');
    expect(escapeCell('|')).toBe('\\|');
    expect(codeCell('`start')).toBe('`` `start ``');
  });

  it('says so when there is nothing to report', () => {
    expect(markdown([CLEAN], context())).toBe(
      [
        '## policy-lint report',
        '',
        '✅ No problems in 1 file, as of 2026-11-23.',
        '',
        '| File | Errors | Warnings | Status |',
        '| --- | ---: | ---: | --- |',
        '| `policies/clean.md` | 0 | 0 | ✅ clean |',
        '',
        '<details><summary>Rules checked (5)</summary>',
        '',
        `- [designated-teacher-named](${DOCS('designated-teacher-named')}): The policy names its designated teacher.`,
        `- [kcsie-current](${DOCS('kcsie-current')}): Cites the edition of KCSIE in force.`,
        `- [review-date-current](${DOCS('review-date-current')}): The review date has not passed.`,
        `- [suspension-methods-listed](${DOCS('suspension-methods-listed')}): Says how a suspension is told to parents and carers.`,
        `- [ap-hours-current](${DOCS('ap-hours-current')}): Alternative provision hours follow the current guidance.`,
        '',
        '</details>',
        '',
      ].join('\n'),
    );
    expect(markdown([CLEAN], context({ rulesMeta: {} }))).not.toContain('Rules checked');
    expect(markdown([], context())).toBe('## policy-lint report\n\nNo files were linted, as of 2026-11-23.\n');
  });
});
