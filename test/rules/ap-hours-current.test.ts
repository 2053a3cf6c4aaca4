import { lintSeed, lintWith } from '../helpers/lint.js';

const RULE = 'ap-hours-current';
const lint = (text: string, date?: string) => lintWith(RULE, text, { date });
const AP = 'Alternative Provision: To be read in conjunction with the 2022 Behaviour in Schools guidance\n\nWe will make every effort to ensure that any arrangements for provision alternative to daily attendance at school will be:\n\n';

describe('ap-hours-current on the seeds', () => {
  it('edwinstree: "25 hours or 32.5 by September 2023" on line 334', async () => {
    const messages = await lintSeed('edwinstree-middle.md', RULE);
    expect(messages.map((m) => [m.line, m.column])).toEqual([[334, 14]]);
    expect(messages[0].message).toMatch(/25 hours, below the 32\.5-hour school week/);
    expect(messages[0].message).toMatch(/ties 32\.5 hours to September 2023, a target date that has passed/);
  });

  it.each(['hartsfield-jmi.md', 'hartsfield-jmi-from-pdf.txt', 'bushey-st-james-trust.md', 'windermere-primary.md'])('%s is fine', async (file) => {
    expect(await lintSeed(file, RULE)).toEqual([]);
  });
});

describe('ap-hours-current: synthetic', () => {
  it('accepts 32.5 hours', () => {
    expect(lint(`${AP}- full time (32.5 hours) or contribute to full time attendance\n`)).toEqual([]);
  });

  it('reports fewer hours', () => {
    const messages = lint(`${AP}- full-time (25 hrs a week)\n`);
    expect(messages).toHaveLength(1);
    expect(messages[0].message).toMatch(/25 hours/);
  });

  it('reports a target date that has passed, and not one still ahead', () => {
    expect(lint(`${AP}- full time: 32.5 hours by September 2023\n`)).toHaveLength(1);
    expect(lint(`${AP}- full time: 32.5 hours by September 2027\n`)).toEqual([]);
  });

  it('does not apply the 32.5-hour week before it was expected', () => {
    expect(lint(`${AP}- full time (25 hours)\n`, '2024-08-31')).toEqual([]);
    expect(lint(`${AP}- full time (25 hours)\n`, '2024-09-01')).toHaveLength(1);
  });

  it('leaves part-time timetables alone', () => {
    expect(lint(`${AP}- a part-time timetable of 15 hours agreed with the Virtual School\n`)).toEqual([]);
  });

  it('takes the expected hours from the guidance data, not the rule', async () => {
    const { Linter } = await import('../../src/linter.js');
    const { defaultGuidance } = await import('../../src/guidance/index.js');
    const { only } = await import('../helpers/lint.js');
    const guidance = { ...defaultGuidance, schoolWeek: { ...defaultGuidance.schoolWeek, hours: 35 } };
    const linter = new Linter({ rules: only(RULE), date: '2026-11-23', guidance });
    expect(linter.lintText(`${AP}- full time (32.5 hours)\n`).messages).toHaveLength(1);
  });
});
