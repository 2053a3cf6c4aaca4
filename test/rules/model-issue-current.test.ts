import { join } from 'node:path';
import { Linter } from '../../src/linter.js';
import { RuleTester } from '../../src/testing.js';
import modelIssueCurrent from '../../rules/model-issue-current.js';
import { cli } from '../helpers/cli.js';
import { AS_OF, only, ROOT, SEEDS } from '../helpers/lint.js';

const RULE = 'model-issue-current';
/** Hertfordshire's model, as the example authority config states it: issue 13, September 2024. */
const HERTS = {
  id: 'herts-cwsw',
  title: 'the Hertfordshire model policy (CSF4093)',
  name: 'CSF4093|\\b(?:Herts|Hertfordshire|HCC)\\b[^.]{0,40}\\bmodel\\b',
  issue: 13,
  date: '2024-09',
};
const OPTIONS = { models: [HERTS] };
/** The same model, configured by its issue only. */
const HERTS_ISSUE_ONLY = { id: HERTS.id, title: HERTS.title, name: HERTS.name, issue: HERTS.issue };

async function lintSeedWith(name: string, options: Record<string, unknown> | undefined) {
  const linter = new Linter({ rules: only(RULE, options ? ['warn', options] : 'warn'), date: AS_OF });
  return (await linter.lintFile(join(SEEDS, name))).messages;
}

describe('model-issue-current on the seeds, with the Hertfordshire model configured', () => {
  it("reports Edwinstree's issue 11 base at its issue number", async () => {
    const messages = await lintSeedWith('edwinstree-middle.md', OPTIONS);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ line: 246, severity: 1, messageId: 'older' });
    expect(messages[0].message).toBe(
      'The policy is based on issue 11 (August 2022) of the Hertfordshire model policy (CSF4093); the current issue is issue 13 (September 2024).',
    );
  });

  it("reports Hartsfield's September 2023 base (no issue number) by its date", async () => {
    const messages = await lintSeedWith('hartsfield-jmi.md', OPTIONS);
    expect(messages).toEqual([expect.objectContaining({ line: 11, message: expect.stringMatching(/based on the September 2023 issue of/) })]);
  });

  it.each(['windermere-primary.md', 'bushey-st-james-trust.md', 'hartsfield-jmi-from-pdf.txt'])('%s: nothing (issue 13 kept, or no base stated)', async (file) => {
    expect(await lintSeedWith(file, OPTIONS)).toEqual([]);
  });

  it('reports nothing without configured models', async () => {
    expect(await lintSeedWith('edwinstree-middle.md', undefined)).toEqual([]);
    expect(await lintSeedWith('hartsfield-jmi.md', { models: [] })).toEqual([]);
  });

  it('Edwinstree is current when the authority says issue 11 is', async () => {
    expect(await lintSeedWith('edwinstree-middle.md', { models: [{ ...HERTS, issue: 11, date: '2022-08' }] })).toEqual([]);
    // Hartsfield's September 2023 base is not older than a current issue of September 2023.
    expect(await lintSeedWith('hartsfield-jmi.md', { models: [{ ...HERTS, issue: 12, date: '2023-09' }] })).toEqual([]);
  });
});

describe('the example authority config (examples/adviser)', () => {
  it("reports Edwinstree's and Hartsfield's old bases through the CLI", async () => {
    const run = await cli(['fixtures/seeds', '--config', 'examples/adviser/.policylintrc.yaml', '--date', '2026-11-23', '-f', 'json', '--concurrency', 'off'], { cwd: ROOT });
    expect(run.stderr).toBe('');
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; line: number; severity: number; message: string }> }>;
    const found = Object.fromEntries(
      results.map((r) => [r.filePath.split('/').pop(), r.messages.filter((m) => m.ruleId === RULE).map((m) => `${m.line}:${m.severity}`)]),
    );
    expect(found).toEqual({
      'bushey-st-james-trust.md': [],
      'edwinstree-middle.md': ['246:1'],
      'hartsfield-jmi-from-pdf.txt': [],
      'hartsfield-jmi.md': ['11:1'],
      'windermere-primary.md': [],
    });
    const edwinstree = results.find((r) => r.filePath.endsWith('edwinstree-middle.md'))!;
    expect(edwinstree.messages.find((m) => m.ruleId === RULE)!.message).toMatch(/issue 11 .* the current issue is issue 13 \(September 2024\)/);
  });
});

// The synthetic cases, with the RuleTester rule authors use (policy-lint/testing).
const CREDIT = 'Taken from HCC Model School Policy for Children with a Social Worker (CSF4093) dated August 2022';
new RuleTester({ date: '2026-11-23' }).run(RULE, modelIssueCurrent, {
  valid: [
    // No models configured: nothing to compare with.
    `# Policy\n\n${CREDIT}\nIssue No. 11\n`,
    { code: `# Policy\n\n${CREDIT}\nIssue No. 13\n`, options: OPTIONS },
    // A newer issue than the configuration knows is not questioned.
    { code: `# Policy\n\n${CREDIT}\nIssue No. 14\n`, options: OPTIONS },
    // The newest base the copy states governs: a cover kept from issue 13 and an old credit at the end.
    { code: `# Policy\n\nPUBLICATION SCHEDULE NUMBER: CSF4093\nPUBLICATION DATE: September 2024 Issue No. 13\n\nText.\n\n${CREDIT}\nIssue No. 11\n`, options: OPTIONS },
    // An issue number without the model's name near it is not tied to the model.
    { code: '# Policy\n\nIssue No. 2\n\nThis policy follows the county model.\n', options: OPTIONS },
    // Another authority's model is not configured.
    { code: '# Policy\n\nBased on the Kent model policy, Issue 4 (2019).\n', options: OPTIONS },
    // The model's name without words of a model: "CSF4093" in a list of references with an issue of a newsletter.
    { code: '# Policy\n\nSee CSF4093 in the newsletter, issue 7.\n', options: OPTIONS },
    // A review or approval date next to the model's name is not the model's date.
    { code: '# Policy\n\nBased on the HCC model policy (CSF4093). Reviewed September 2023.\n', options: OPTIONS },
    { code: '# Policy\n\nBased on the HCC model policy (CSF4093) and the DfE guidance of February 2018.\n', options: OPTIONS },
    // Only a date stated, and the authority gives no date for its current issue: nothing to compare.
    { code: '# Policy\n\n(based on Model Policy \u2013 September 2023 CSF4093)\n', options: { models: [HERTS_ISSUE_ONLY] } },
    // "Issue 2024" is not an issue number.
    { code: '# Policy\n\nHCC model policy CSF4093, issue 2024.\n', options: { models: [HERTS_ISSUE_ONLY] } },
  ],
  invalid: [
    {
      code: `# Policy\n\n${CREDIT}\nIssue No. 11\n`,
      options: OPTIONS,
      errors: [{ messageId: 'older', line: 4, column: 1, severity: 'error', data: { stated: 'issue 11 (August 2022)', current: 'issue 13 (September 2024)' } }],
    },
    // The issue on a line of its own next to the credit (as a PDF extraction leaves it).
    { code: `Policy\n\n${CREDIT}\n\nIssue No. 11\n`, filePath: 'policy.txt', options: OPTIONS, errors: [{ line: 5, data: { stated: 'issue 11 (August 2022)' } }] },
    // A county model's publication block, its rows as a table.
    {
      code: '# Policy\n\n| PUBLICATION SCHEDULE NUMBER: | CSF4093 |\n| --- | --- |\n| PUBLICATION DATE: September 2023 | Issue No. 12 |\n| REVIEW DATE: | September 2027 |\n',
      options: OPTIONS,
      errors: [{ line: 5, data: { stated: 'issue 12 (September 2023)' } }],
    },
    // Only the date: "based on Model Policy – September 2023".
    {
      code: '# Policy\n\nChildren Looked After (based on Model Policy \u2013 September 2023 CSF4093)\n',
      options: OPTIONS,
      errors: [{ line: 3, column: 48, data: { stated: 'the September 2023 issue' }, message: /based on the September 2023 issue of the Hertfordshire model policy \(CSF4093\); the current issue is issue 13/ }],
    },
    // The name in capitals, the issue in the same parenthesis.
    { code: 'CHILDREN LOOKED AFTER POLICY\n(BASED ON HERTS MODEL POLICY AUGUST 2015 ISSUE 6)\n', filePath: 'policy.txt', options: OPTIONS, errors: [{ data: { stated: 'issue 6 (August 2015)' } }] },
    // A model configured by date only; the name taken literally when it is not a valid expression.
    {
      code: '# Policy\n\nAdapted from the Model Policy (CLA [v2]) dated March 2021.\n',
      options: { models: [{ id: 'cla', name: 'CLA [v2', date: '2023-09-01' }] },
      errors: [{ data: { stated: 'the March 2021 issue', current: 'the 1 September 2023 issue' } }],
    },
  ],
});
