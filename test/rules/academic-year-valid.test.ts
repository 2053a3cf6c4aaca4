import academicYearValid from '../../rules/academic-year-valid.js';
import { RuleTester } from '../../src/testing.js';
import { lintSeed } from '../helpers/lint.js';

const RULE = 'academic-year-valid';

describe('academic-year-valid on the seeds', () => {
  it("windermere: the '2024-2024' academic year the school filled into the model's blank", async () => {
    const messages = await lintSeed('windermere-primary.md', RULE);
    expect(messages.map((m) => [m.line, m.messageId])).toEqual([[131, 'same-year']]);
    expect(messages[0].message).toBe('The academic year "2024-2024" starts and ends in the same year; an academic year runs into the next year ("2024-25").');
    expect(messages[0].severity).toBe(2);
  });

  it('hartsfield: "the named teacher for 2023-34", in the Word copy and the PDF copy', async () => {
    const md = await lintSeed('hartsfield-jmi.md', RULE);
    expect(md.map((m) => [m.line, m.messageId, m.data?.text])).toEqual([[134, 'not-consecutive', '2023-34']]);
    expect(md[0].message).toMatch(/runs from 2023 to 2034; an academic year is two consecutive years \("2023-24"\)/);
    const pdf = await lintSeed('hartsfield-jmi-from-pdf.txt', RULE);
    expect(pdf.map((m) => [m.line, m.messageId])).toEqual([[282, 'not-consecutive']]);
  });

  it.each(['edwinstree-middle.md', 'bushey-st-james-trust.md'])(
    '%s: its academic years ("in 2023/2024", "the 2020/21 academic year", statistics 2012/13 to 2017/18) are real ones',
    async (file) => {
      expect(await lintSeed(file, RULE)).toEqual([]);
    },
  );
});

new RuleTester({ date: '2026-11-23' }).run(RULE, academicYearValid, {
  valid: [
    // The forms an academic year takes.
    'In the academic year 2023-24 the school grew.\n',
    'In the academic year 2023/24 the school grew.\n',
    'Academic Year 2022-2023 KCSIE September 2022.\n',
    'In academic year 2023 \u2013 2024 the school grew.\n',
    'In the 2020/21 academic year pupils lost learning.\n',
    'Across the 1999-00 academic year the school grew.\n',
    '# Behaviour Policy 2024-25\n',
    '# SEND Policy 2025-2026\n',
    // Ranges of years that are not academic years.
    'Our 2019-2023 strategy continues.\n',
    'The Children Acts 1989-2004 apply.\n',
    'Between 2012/13 and 2017/18 the number rose.\n',
    'Funding for 2022-2025 is confirmed.\n',
    'Over the academic years 2019-2023 outcomes rose.\n',
    'See pages 2019-2023 of the report.\n',
    'Call 0207 364 3444 or 2019 - 20 pupils.\n',
    // Dates are not ranges.
    'The policy was approved on 2024-09-01 and on 01/09/2024.\n',
    // "for" a span of years: a two-year appointment, or a slip? Unsure, quiet.
    'She is the named teacher for 2023-25.\n',
  ],
  invalid: [
    {
      code: 'in ...2024-2024 (academic year) is Sarah Gilliver.\n',
      errors: [{ messageId: 'same-year', line: 1, column: 7, data: { text: '2024-2024', example: '2024-25' } }],
    },
    { code: 'The named teacher for 2023-34.\n', errors: [{ messageId: 'not-consecutive', column: 23, message: /runs from 2023 to 2034/ }] },
    { code: 'During the academic year 2025-2024 we review.\n', errors: [{ messageId: 'backwards', column: 26 }] },
    { code: 'In the school year 2024/2026 we review.\n', errors: [{ messageId: 'not-consecutive', message: /runs from 2024 to 2026/ }] },
    { code: 'In academic year 2023-25 we review.\n', errors: [{ messageId: 'not-consecutive' }] },
    { code: '# Behaviour Policy 2024/2026\n', errors: [{ messageId: 'not-consecutive', line: 1 }] },
    { code: '# Behaviour Policy 2024-2024\n', errors: [{ messageId: 'same-year' }] },
    { code: '# 2024-2023 Behaviour Policy\n', errors: [{ messageId: 'backwards' }] },
    { code: 'Policy document 2017-28\n', filePath: 'policy.txt', errors: [{ messageId: 'not-consecutive' }] },
    // Two in one line, each at its place.
    {
      code: 'In the academic year 2024-2024, and for 2023-34.\n',
      errors: [
        { messageId: 'same-year', column: 22 },
        { messageId: 'not-consecutive', column: 41 },
      ],
    },
  ],
});
