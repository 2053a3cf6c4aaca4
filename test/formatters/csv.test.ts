/**
 * `csv` (one row per finding) and `csv-summary` (one row per file): RFC 4180 quoting, CRLF, a UTF-8 BOM,
 * the guard against formula injection, the columns.
 */
import path from 'node:path';
import csv, { BOM, CSV_HEADER, csvCell, csvRow } from '../../src/formatters/csv.js';
import csvSummary from '../../src/formatters/csv-summary.js';
import { builtinFormatters } from '../../src/formatters/index.js';
import type { LintResult } from '../../src/types.js';
import { ALL, CWD, FATAL, MD, RULES_META, TRICKY, context } from './fixtures.js';

/** An RFC 4180 reader (what a spreadsheet does), strict about CRLF between records. */
function parseCsv(text: string): string[][] {
  expect(text.startsWith(BOM)).toBe(true);
  const s = text.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < s.length) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else {
        field += c;
        i++;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
      i++;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r' && s[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else {
      if (c === '\r' || c === '\n' || c === '"') throw new Error(`bare ${JSON.stringify(c)} outside quotes at ${i}`);
      field += c;
      i++;
    }
  }
  if (field !== '' || row.length > 0) throw new Error('the last record has no CRLF');
  return rows;
}

const AWKWARD: LintResult = {
  filePath: path.join(CWD, 'policies/st mary, "the" school.md'),
  school: '=cmd|\'/c calc\'!A1',
  kind: 'looked-after',
  format: 'markdown',
  messages: [
    {
      ruleId: 'kcsie-current',
      severity: 2,
      message: 'Says "KCSIE 2022",\r\nnot 2025',
      line: 3,
      column: 1,
      excerpt: '=HYPERLINK("http://evil.example/","click")',
    },
    { ruleId: 'review-date-current', severity: 1, message: '+1 day', line: 4, column: 1, excerpt: '-2+3' },
    { ruleId: 'review-date-current', severity: 1, message: '@SUM(A1)', line: 5, column: 1, excerpt: '\t=1' },
  ],
  errorCount: 1,
  warningCount: 2,
  fatalErrorCount: 0,
  fixableErrorCount: 0,
  fixableWarningCount: 0,
};

describe('csv', () => {
  const out = csv(ALL, context());
  const rows = parseCsv(out);

  it('is UTF-8 with a BOM and CRLF line ends, with the header first', () => {
    expect(out.charCodeAt(0)).toBe(0xfeff);
    expect(out.endsWith('\r\n')).toBe(true);
    expect(out.replace(/"[^"]*"/g, '').match(/(?<!\r)\n/g)).toBeNull();
    expect(rows[0]).toEqual(['file', 'school', 'kind', 'rule', 'severity', 'line', 'page', 'where', 'message', 'excerpt']);
    expect(CSV_HEADER).toEqual(rows[0]);
  });

  it('has one row per finding, with where in words and the page for a PDF only', () => {
    expect(rows).toHaveLength(1 + ALL.reduce((n, r) => n + r.messages.length, 0));
    expect(rows.slice(1)).toEqual([
      ['policies/looked-after.md', '', '', 'kcsie-current', 'error', '12', '', 'line 12', 'Cites KCSIE 2022; the edition in force on 23 November 2026 is KCSIE 2025.', 'Keeping Children Safe in Education 2022'],
      ['policies/looked-after.md', '', '', 'review-date-current', 'warning', '40', '', 'line 40', TRICKY, 'Review date: June 2026'],
      ['policies/scan.pdf', '', '', 'designated-teacher-named', 'error', '12', '4', 'p. 4, line 12', 'No designated teacher is named.', 'The designated teacher is ..........'],
      ['policies/trust.docx', '', '', 'suspension-methods-listed', 'warning', '40', '', 'paragraph 40', 'Does not say how parents are told of a suspension.', ''],
      ['policies/broken.pdf', '', '', '(unreadable)', 'error', '', '', 'whole file', 'Could not read this PDF: it is encrypted', ''],
    ]);
  });

  it('names the school the policy gives, and the kind of policy', () => {
    const named = parseCsv(csv([{ ...MD, school: 'Oakfield Primary School', kind: 'safeguarding' }], context()));
    expect(named[1].slice(0, 4)).toEqual(['policies/looked-after.md', 'Oakfield Primary School', 'safeguarding', 'kcsie-current']);
  });

  it('quotes fields with a comma, a quote, CR or LF, doubling the quotes', () => {
    const text = csv([AWKWARD], context());
    expect(text).toContain('"policies/st mary, ""the"" school.md"');
    expect(text).toContain('"Says ""KCSIE 2022"",\r\nnot 2025"');
    expect(csv(ALL, context())).toContain('"50% done, see: a\nb,c"');
    const back = parseCsv(text);
    expect(back[1][0]).toBe('policies/st mary, "the" school.md');
    expect(back[1][8]).toBe('Says "KCSIE 2022",\r\nnot 2025');
  });

  it('guards against formula injection: a text cell starting with = + - @ (or TAB, CR) gets a leading apostrophe', () => {
    const back = parseCsv(csv([AWKWARD], context()));
    expect(back[1][1]).toBe("'=cmd|'/c calc'!A1");
    expect(back[1][9]).toBe('\'=HYPERLINK("http://evil.example/","click")');
    expect(back[2][8]).toBe("'+1 day");
    expect(back[2][9]).toBe("'-2+3");
    expect(back[3][8]).toBe("'@SUM(A1)");
    expect(back[3][9]).toBe("'\t=1");
    // Numbers are numbers; ordinary text is untouched.
    expect(csvCell(-1)).toBe('-1');
    expect(csvCell('Review: June 2026')).toBe('Review: June 2026');
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('csvCell and csvRow', () => {
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell('')).toBe('');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('a\rb')).toBe('"a\rb"');
    expect(csvCell('=1,2')).toBe('"\'=1,2"');
    expect(csvRow(['x', 1, undefined, 'y,z'])).toBe('x,1,,"y,z"');
  });

  it('is the header alone when nothing was found', () => {
    expect(csv([ALL[4]], context())).toBe(`${BOM}${CSV_HEADER.join(',')}\r\n`);
  });
});

describe('csv-summary', () => {
  const out = csvSummary(ALL, context());
  const rows = parseCsv(out);
  const rules = Object.keys(RULES_META);

  it('has file, school, kind, status, errors, warnings and a column per rule, with a BOM and CRLF', () => {
    expect(out.charCodeAt(0)).toBe(0xfeff);
    expect(out.endsWith('\r\n')).toBe(true);
    expect(rows[0]).toEqual(['file', 'school', 'kind', 'status', 'errors', 'warnings', ...rules]);
  });

  it('has one row per file with its counts; an unreadable file has no rule counts', () => {
    const byRule = (counts: Record<string, number>): string[] => rules.map((id) => String(counts[id] ?? 0));
    expect(rows.slice(1)).toEqual([
      ['policies/looked-after.md', '', '', 'errors', '1', '1', ...byRule({ 'kcsie-current': 1, 'review-date-current': 1 })],
      ['policies/scan.pdf', '', '', 'errors', '1', '0', ...byRule({ 'designated-teacher-named': 1 })],
      ['policies/trust.docx', '', '', 'warnings', '0', '1', ...byRule({ 'suspension-methods-listed': 1 })],
      ['policies/broken.pdf', '', '', 'unreadable', '1', '0', ...rules.map(() => '')],
      ['policies/clean.md', '', '', 'clean', '0', '0', ...byRule({})],
    ]);
    expect(rows).toHaveLength(1 + ALL.length);
  });

  it('adds a column for a rule that reported but is not in rulesMeta, and quotes and guards like csv', () => {
    const back = parseCsv(csvSummary([AWKWARD, FATAL], { ...context(), rulesMeta: { 'kcsie-current': RULES_META['kcsie-current'] } }));
    expect(back[0]).toEqual(['file', 'school', 'kind', 'status', 'errors', 'warnings', 'kcsie-current', 'review-date-current']);
    expect(back[1]).toEqual(['policies/st mary, "the" school.md', "'=cmd|'/c calc'!A1", 'looked-after', 'errors', '1', '2', '1', '2']);
    expect(back[2]).toEqual(['policies/broken.pdf', '', '', 'unreadable', '1', '0', '', '']);
  });

  it('both are built-in formatters', () => {
    expect(builtinFormatters.csv).toBe(csv);
    expect(builtinFormatters['csv-summary']).toBe(csvSummary);
  });
});
