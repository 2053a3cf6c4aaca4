import suspensionMethodsListed from '../../rules/suspension-methods-listed.js';
import { RuleTester } from '../../src/testing.js';
import { lintSeed } from '../helpers/lint.js';

const RULE = 'suspension-methods-listed';

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

// The synthetic cases, with the RuleTester rule authors use (policy-lint/testing).
const leadIn = '- We will use the following methods to avoid suspending or excluding a child known to a Social Worker;';

new RuleTester({ date: '2026-11-23' }).run(RULE, suspensionMethodsListed, {
  valid: [
    { name: 'accepts nested methods', code: `${leadIn}\n   - Mentoring support\n   - Individual support plan\n` },
    { name: 'accepts a lead-in paragraph followed by a list', code: 'Strategies we use to prevent exclusion include:\n\n- Restorative meetings\n- A key adult\n' },
    { name: 'accepts flattened sub-bullets (short enumerated siblings)', code: `${leadIn}\n- Mentoring support\n- Counselling\n` },
    {
      name: 'a lead-in stated twice, with the list under the second, is fine',
      code: [
        '- We will use the following methods to avoid suspending a child known to a Social Worker;',
        '- We will make every effort to avoid suspending a child known to a Social Worker.',
        '- We will use the following methods to avoid suspension:',
        '   - Work with external agencies.',
        '',
      ].join('\n'),
    },
    { name: 'ignores sentences about avoiding exclusion that introduce no list', code: 'We will make every effort to avoid excluding a child looked after.\n' },
  ],
  invalid: [
    {
      name: 'reports a lead-in followed by a paragraph',
      code: `${leadIn}\n\nWe understand that the Equality Act 2010 requires schools to make reasonable adjustments.\n`,
      errors: [{ line: 1, message: /no methods follow/ }],
    },
    { name: 'reports a list of placeholders', code: `${leadIn}\n   - ...\n   - \u2026\n   - [insert methods]\n`, errors: [{ message: /only placeholders/ }] },
    { name: 'reports a lead-in at the end of the document', code: 'We will use the following methods to avoid suspension:\n', errors: 1 },
    {
      name: 'reads the lead-in from plain text with bullets',
      code: '\u2022 We will use the following methods to avoid suspending or excluding a child known to a Social Worker; \n\nWe understand that the Equality Act 2010 requires schools to make reasonable adjustments for disabled \n\npupils.\n',
      filePath: 'policy.txt',
      errors: [{ line: 1, column: 1 }],
    },
  ],
});
