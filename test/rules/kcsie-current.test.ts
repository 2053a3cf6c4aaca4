import { lintSeed, lintWith } from '../helpers/lint.js';

const RULE = 'kcsie-current';
const lint = (text: string, date?: string) => lintWith(RULE, text, { date });

describe('kcsie-current on the seeds', () => {
  it('edwinstree: the September 2022 citation on line 210', async () => {
    const messages = await lintSeed('edwinstree-middle.md', RULE);
    expect(messages.map((m) => m.line)).toEqual([210]);
    expect(messages[0].message).toBe(
      'Cites KCSIE 2022; the edition in force on 23 November 2026 is KCSIE 2025 (in force from 1 September 2025).',
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

describe('kcsie-current: phrasings', () => {
  it.each([
    ['KCSIE 2023', 1],
    ['Keeping Children Safe in Education (2021)', 1],
    ['KCSiE September 2022', 1],
    ['Keeping Children Safe in Education, DfE (2021)', 1],
    ['Part one of KCSIE 2024', 1],
    ['the 2023 KCSIE guidance', 1],
    ['KCSIE 2025', 0],
    ['the current KCSIE guidance', 0],
    ['Keeping Children Safe in Education', 0],
  ])('"Staff read %s."', (phrase, count) => {
    expect(lint(`Staff read ${phrase}.\n`)).toHaveLength(count);
  });

  it('reads the year from a link target', () => {
    const messages = lint('Staff read the [guidance](https://example.org/KCSIE_2022_revised.pdf).\n');
    expect(messages).toHaveLength(1);
    expect(messages[0].message).toMatch(/Links to KCSIE 2022/);
  });

  it('reports one finding when the link and its text name the same year', () => {
    expect(lint('See [KCSIE 2022](https://example.org/KCSIE_2022.pdf).\n')).toHaveLength(1);
  });

  it('does not take a year that belongs to another document', () => {
    expect(lint('We follow KCSIE and Working Together to Safeguard Children 2018.\n')).toEqual([]);
  });

  it('a year newer than the data knows is not questioned', () => {
    expect(lint('Staff read KCSIE 2026.\n')).toEqual([]);
  });

  it('points at the original line of a hard-wrapped citation in plain text', () => {
    const text = 'School staff will be vigilant by familiarising themselves with the school policy and the current\n\nKCSIE guidance September 2023, if there are any\n\nconcerns.\n';
    const messages = lintWith(RULE, text, { filePath: 'policy.txt' });
    expect(messages.map((m) => [m.line, m.column])).toEqual([[3, 1]]);
  });
});
