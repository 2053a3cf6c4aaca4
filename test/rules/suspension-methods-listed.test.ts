import { lintSeed, lintWith } from '../helpers/lint.js';

const RULE = 'suspension-methods-listed';
const lint = (text: string, filePath?: string) => lintWith(RULE, text, { filePath });

describe('suspension-methods-listed on the seeds', () => {
  it('hartsfield-jmi.md: the lead-in on line 231 has no list', async () => {
    const messages = await lintSeed('hartsfield-jmi.md', RULE);
    expect(messages.map((m) => m.line)).toEqual([231]);
    expect(messages[0].excerpt).toMatch(/^We will use the following methods/);
  });

  it('hartsfield from PDF: the lead-in on line 496 has no list', async () => {
    expect((await lintSeed('hartsfield-jmi-from-pdf.txt', RULE)).map((m) => m.line)).toEqual([496]);
  });

  it.each(['edwinstree-middle.md', 'bushey-st-james-trust.md', 'windermere-primary.md'])('%s lists its methods', async (file) => {
    expect(await lintSeed(file, RULE)).toEqual([]);
  });
});

describe('suspension-methods-listed: synthetic', () => {
  const leadIn = '- We will use the following methods to avoid suspending or excluding a child known to a Social Worker;';

  it('accepts nested methods', () => {
    expect(lint(`${leadIn}\n   - Mentoring support\n   - Individual support plan\n`)).toEqual([]);
  });

  it('accepts a lead-in paragraph followed by a list', () => {
    expect(lint('Strategies we use to prevent exclusion include:\n\n- Restorative meetings\n- A key adult\n')).toEqual([]);
  });

  it('accepts flattened sub-bullets (short enumerated siblings)', () => {
    expect(lint(`${leadIn}\n- Mentoring support\n- Counselling\n`)).toEqual([]);
  });

  it('reports a lead-in followed by a paragraph', () => {
    const messages = lint(`${leadIn}\n\nWe understand that the Equality Act 2010 requires schools to make reasonable adjustments.\n`);
    expect(messages.map((m) => m.line)).toEqual([1]);
    expect(messages[0].message).toMatch(/no methods follow/);
  });

  it('reports a list of placeholders', () => {
    const messages = lint(`${leadIn}\n   - ...\n   - \u2026\n   - [insert methods]\n`);
    expect(messages).toHaveLength(1);
    expect(messages[0].message).toMatch(/only placeholders/);
  });

  it('reports a lead-in at the end of the document', () => {
    expect(lint('We will use the following methods to avoid suspension:\n')).toHaveLength(1);
  });

  it('a lead-in stated twice, with the list under the second, is fine', () => {
    const text = [
      '- We will use the following methods to avoid suspending a child known to a Social Worker;',
      '- We will make every effort to avoid suspending a child known to a Social Worker.',
      '- We will use the following methods to avoid suspension:',
      '   - Work with external agencies.',
      '',
    ].join('\n');
    expect(lint(text)).toEqual([]);
  });

  it('reads the lead-in from plain text with bullets', () => {
    const text = '\u2022 We will use the following methods to avoid suspending or excluding a child known to a Social Worker; \n\nWe understand that the Equality Act 2010 requires schools to make reasonable adjustments for disabled \n\npupils.\n';
    expect(lint(text, 'policy.txt').map((m) => [m.line, m.column])).toEqual([[1, 1]]);
  });

  it('ignores sentences about avoiding exclusion that introduce no list', () => {
    expect(lint('We will make every effort to avoid excluding a child looked after.\n')).toEqual([]);
  });
});
