import kcsieCurrent from '../../rules/kcsie-current.js';
import { RuleTester } from '../../src/testing.js';
import { lintSeed } from '../helpers/lint.js';

const RULE = 'kcsie-current';

describe('kcsie-current on the seeds', () => {
  it('edwinstree: the September 2022 citation on line 210', async () => {
    const messages = await lintSeed('edwinstree-middle.md', RULE);
    expect(messages.map((m) => m.line)).toEqual([210]);
    expect(messages[0].message).toBe(
      'Cites KCSIE 2022; the edition in force on 23 November 2026 is KCSIE 2026 (in force from 1 September 2026).',
    );
  });

  it('hartsfield from PDF: the text citation and the dropped KCSIE_2022_revised.pdf URL', async () => {
    const messages = await lintSeed('hartsfield-jmi-from-pdf.txt', RULE);
    expect(messages.map((m) => [m.line, m.column])).toEqual([
      [446, 1],
      [475, 1],
    ]);
    expect(messages[1].message).toMatch(/^Links to KCSIE 2022 \(KCSIE_2022_revised\.pdf\)/);
  });

  it('bushey cites KCSIE with no year: fine', async () => {
    expect(await lintSeed('bushey-st-james-trust.md', RULE)).toEqual([]);
  });

  it('depends on the as-of date', async () => {
    expect(await lintSeed('windermere-primary.md', RULE, '2025-08-31')).toEqual([]);
    expect((await lintSeed('windermere-primary.md', RULE, '2025-09-01')).map((m) => m.line)).toEqual([199]);
  });
});

// The synthetic cases, with the RuleTester rule authors use (policy-lint/testing).
new RuleTester({ date: '2026-11-23' }).run(RULE, kcsieCurrent, {
  valid: [
    'Staff read KCSIE 2026.\n',
    'Staff read the current KCSIE guidance.\n',
    'Staff read Keeping Children Safe in Education.\n',
    // A year that belongs to another document is not taken.
    'We follow KCSIE and Working Together to Safeguard Children 2018.\n',
    // A year newer than the data knows is not questioned.
    'Staff read KCSIE 2027.\n',
    // A year that belongs to legislation or another title on the line is not an edition.
    'We follow Keeping Children Safe in Education and the Children Act 1989.\n',
    'Staff read KCSIE and the Equality Act 2010.\n',
    'Under the Children Act 1989 and KCSIE, staff must act.\n',
    'Under the Children Act 1989 KCSIE applies.\n',
    'Keeping Children Safe in Education and Working Together to Safeguard Children 2018 guide us.\n',
    // A year in a clause about the guidance, not naming its edition.
    'We follow KCSIE, which was first published in 2014, and update the policy annually.\n',
    'The policy was reviewed in line with KCSIE in September 2023 by governors.\n',
    // A next line that is not only a year.
    'Keeping Children Safe in Education\n\n2019 was a year of change for the school.\n',
  ],
  invalid: [
    // KCSIE 2025 applied until 31 August 2026.
    { code: 'Staff read KCSIE 2025.\n', errors: [{ message: /^Cites KCSIE 2025; the edition in force on 23 November 2026 is KCSIE 2026 / }] },
    { code: 'Staff read KCSIE 2023.\n', errors: 1 },
    { code: 'Staff read Keeping Children Safe in Education (2021).\n', errors: 1 },
    { code: 'Staff read KCSiE September 2022.\n', errors: 1 },
    { code: 'Staff read Keeping Children Safe in Education, DfE (2021).\n', errors: 1 },
    { code: 'Staff read Part one of KCSIE 2024.\n', errors: 1 },
    { code: 'Staff read the 2023 KCSIE guidance.\n', errors: 1 },
    // Words glued together by extraction.
    { code: 'Inlinewith\u2018KeepingChildrenSafeinEducation\u20192019\n', filePath: 'policy.txt', errors: [{ line: 1, column: 12 }] },
    { code: 'KeepingChildrenSafeinEducation2016\n', filePath: 'policy.txt', errors: 1 },
    { code: 'All staff have read KCSIE2023.\n', errors: [{ message: /Cites KCSIE 2023/ }] },
    // Abbreviated months.
    { code: 'Staff read Keeping Children Safe in Education (Sept 2016).\n', errors: 1 },
    { code: "Staff read 'Keeping Children Safe in Education', DfE, Sept. 2022. Governors check it.\n", errors: [{ message: /Cites KCSIE 2022/ }] },
    // The words an edition is named with.
    { code: 'Keeping children safe in education: statutory guidance for schools and colleges, September 2016.\n', errors: 1 },
    { code: 'Keeping Children Safe in Education (KCSIE) 2023 applies.\n', errors: 1 },
    { code: 'KCSIE guidance, which came into force on 1 September 2023, applies.\n', errors: 1 },
    { code: 'The 2023 edition of KCSIE applies.\n', errors: 1 },
    // The year on the next line of a flattened table, in its own paragraph or the same one.
    { code: 'Keeping Children Safe in Education\n\n2019\n\nWorking Together to Safeguard Children\n', errors: [{ line: 1, endLine: 3 }] },
    { code: 'Guidance\nKeeping Children Safe in Education\nSeptember 2019\n', errors: [{ line: 2 }] },
    // One passage extracted twice (a document site's summary above its transcript, spaces lost the
    // second time) is one finding; a passage the document repeats, or two passages, are two.
    {
      code: "Page 1 summary: In line with 'Keeping Children Safe in Education' 2019 Brize Primary School\n\nInlinewith\u2018KeepingChildrenSafeinEducation\u20192019\n",
      filePath: 'policy.txt',
      errors: [{ line: 1 }],
    },
    { code: 'Staff read KCSIE 2022.\n\nStaff read KCSIE 2022.\n', errors: [{ line: 1 }, { line: 3 }] },
    { code: 'Staff read KCSIE 2022.\n\nGovernors check the school follows KCSIE 2022.\n', errors: [{ line: 1 }, { line: 3 }] },
    // Reads the year from a link target.
    { code: 'Staff read the [guidance](https://example.org/KCSIE_2022_revised.pdf).\n', errors: [{ message: /Links to KCSIE 2022/ }] },
    // One finding when the link and its text name the same year.
    { code: 'See [KCSIE 2022](https://example.org/KCSIE_2022.pdf).\n', errors: 1 },
    // Points at the original line of a hard-wrapped citation in plain text.
    {
      code: 'School staff will be vigilant by familiarising themselves with the school policy and the current\n\nKCSIE guidance September 2023, if there are any\n\nconcerns.\n',
      filePath: 'policy.txt',
      errors: [{ line: 3, column: 1, messageId: 'outdated', severity: 'error' }],
    },
  ],
});

describe('kcsie-current: a year between two mentions of KCSIE', () => {
  it("reads \u2018Keeping Children Safe in Education\u2019 2022 (KCSIE)", async () => {
    const { lintWith } = await import('../helpers/lint.js');
    const messages = lintWith(RULE, 'Our policy follows \u2018Keeping Children Safe in Education\u2019 2022 (KCSIE), \u2018Teaching Online Safety in Schools\u2019 and the RSHE guidance.\n');
    expect(messages.map((m) => [m.line, m.data?.cited])).toEqual([[1, 2022]]);
  });
});

describe('kcsie-current: years that are not editions', () => {
  it('a year long before the first edition, or in a list of years after an Act, is not an edition; KCSIE 2015 still is', async () => {
    const { lintWith } = await import('../helpers/lint.js');
    expect(lintWith(RULE, 'The Children Act 1989 and 2004, Keeping Children Safe in Education and Working Together set out our duties.\n')).toEqual([]);
    expect(lintWith(RULE, 'The Education Act 2002 and 2011 and KCSIE set out our duties.\n')).toEqual([]);
    expect(lintWith(RULE, 'Staff follow Keeping Children Safe in Education 2015.\n').map((m) => m.data?.cited)).toEqual([2015]);
  });
});
