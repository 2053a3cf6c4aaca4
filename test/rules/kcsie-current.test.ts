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
