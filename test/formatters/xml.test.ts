import { XMLParser, XMLValidator } from 'fast-xml-parser';
import checkstyle from '../../src/formatters/checkstyle.js';
import junit from '../../src/formatters/junit.js';
import type { LintResult } from '../../src/types.js';
import { ALL, CLEAN, MD, TRICKY, context } from './fixtures.js';

type Node = Record<string, unknown>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  htmlEntities: true,
  parseAttributeValue: false,
  isArray: (name) => ['testsuite', 'testcase', 'file', 'error', 'failure'].includes(name),
});
const parse = (xml: string): Node => {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml) as Node;
};

/** Characters XML 1.0 forbids (those the hostile message holds). */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\uFFFE]/;

/** Every character XML 1.0 forbids, plus the five it must escape. */
const HOSTILE = `bell\u0007 nul\u0000 esc\u001b vt\u000b ff\u000c fffe\uFFFE & < > " ' ]]> tab\there`;
const HOSTILE_CLEAN = `bell nul esc vt ff fffe & < > " ' ]]> tab\there`;
const hostile: LintResult = {
  ...MD,
  messages: [{ ruleId: 'kcsie-current', severity: 2, message: HOSTILE, line: 3, column: 7, excerpt: `<b>${HOSTILE}</b>` }],
};

describe('junit', () => {
  const doc = parse(junit(ALL, context()));
  const root = doc.testsuites as Node;
  const suites = root.testsuite as Node[];

  it('counts tests, failures and errors', () => {
    expect(root).toMatchObject({ name: 'policy-lint', tests: '6', failures: '4', errors: '1' });
    expect(suites.map((s) => [s.name, s.tests, s.failures, s.errors])).toEqual([
      ['policies/looked-after.md', '2', '2', '0'],
      ['policies/scan.pdf', '1', '1', '0'],
      ['policies/trust.docx', '1', '1', '0'],
      ['policies/broken.pdf', '1', '0', '1'],
      ['policies/clean.md', '1', '0', '0'],
    ]);
  });

  it('has a failed testcase per finding, named by rule and position', () => {
    const cases = suites.flatMap((s) => s.testcase as Node[]);
    expect(cases.map((c) => c.name)).toEqual([
      'kcsie-current 12:5',
      'review-date-current 40:1',
      'designated-teacher-named p. 4 12:3',
      'suspension-methods-listed para 40:1',
      'policy-lint',
      'policy-lint',
    ]);
    expect(cases.map((c) => c.classname)).toEqual(suites.flatMap((s) => (s.testcase as Node[]).map(() => s.name)));
    const [kcsie, review, pdf] = cases;
    const failure = (kcsie.failure as Node[])[0];
    expect(failure.type).toBe('kcsie-current');
    expect(failure.message).toBe(MD.messages[0].message);
    expect(failure['#text']).toContain('line 12, col 5, Error - Cites KCSIE 2022');
    expect(failure['#text']).toContain('Keeping Children Safe in Education 2022');
    expect((review.failure as Node[])[0].message).toBe(TRICKY);
    expect((review.failure as Node[])[0]['#text']).toContain(`Warning - ${TRICKY} (review-date-current)`);
    expect((pdf.failure as Node[])[0]['#text']).toMatch(/^p\. 4, line 12, col 3, Error - /);
  });

  it('an unreadable file is an <error>, a clean file one passing testcase', () => {
    const broken = (suites[3].testcase as Node[])[0];
    expect(broken.failure).toBeUndefined();
    expect((broken.error as Node[])[0]).toMatchObject({ type: 'fatal', message: 'Could not read this PDF: it is encrypted' });
    const clean = parse(junit([CLEAN], context()));
    const cleanCases = ((clean.testsuites as Node).testsuite as Node[])[0].testcase as Node[];
    expect(cleanCases).toHaveLength(1);
    expect(cleanCases[0].failure).toBeUndefined();
    expect(cleanCases[0].error).toBeUndefined();
  });

  it('escapes markup and drops characters XML cannot hold', () => {
    const out = junit([hostile], context());
    expect(out).not.toMatch(FORBIDDEN);
    const tc = (((parse(out).testsuites as Node).testsuite as Node[])[0].testcase as Node[])[0];
    expect((tc.failure as Node[])[0].message).toBe(HOSTILE_CLEAN);
    expect((tc.failure as Node[])[0]['#text']).toContain(`<b>${HOSTILE_CLEAN}</b>`);
  });
});

describe('checkstyle', () => {
  const doc = parse(checkstyle(ALL, context()));
  const root = doc.checkstyle as Node;
  const files = root.file as Node[];

  it('has a <file> per result and an <error> per finding', () => {
    expect(root.version).toBe('4.3');
    expect(files.map((f) => [f.name, ((f.error as Node[] | undefined) ?? []).length])).toEqual([
      ['policies/looked-after.md', 2],
      ['policies/scan.pdf', 1],
      ['policies/trust.docx', 1],
      ['policies/broken.pdf', 1],
      ['policies/clean.md', 0],
    ]);
  });

  it('gives line, column, severity, message and source', () => {
    const [kcsie, review] = files[0].error as Node[];
    expect(kcsie).toEqual({ line: '12', column: '5', severity: 'error', message: MD.messages[0].message, source: 'policy-lint.kcsie-current' });
    expect(review).toEqual({ line: '40', column: '1', severity: 'warning', message: TRICKY, source: 'policy-lint.review-date-current' });
    expect((files[1].error as Node[])[0]).toEqual({
      severity: 'error',
      message: 'p. 4, line 12: No designated teacher is named.',
      source: 'policy-lint.designated-teacher-named',
    });
    expect((files[2].error as Node[])[0]).toMatchObject({ severity: 'warning', message: 'paragraph 40: Does not say how parents are told of a suspension.' });
    expect((files[3].error as Node[])[0]).toEqual({
      line: '1',
      column: '1',
      severity: 'error',
      message: 'Could not read this PDF: it is encrypted',
      source: 'policy-lint',
    });
  });

  it('escapes markup and drops characters XML cannot hold', () => {
    const out = checkstyle([hostile], context());
    expect(out).not.toMatch(FORBIDDEN);
    const error = (((parse(out).checkstyle as Node).file as Node[])[0].error as Node[])[0];
    expect(error.message).toBe(HOSTILE_CLEAN);
  });
});
