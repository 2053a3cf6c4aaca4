import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import reviewCycleConsistent from '../../rules/review-cycle-consistent.js';
import { RuleTester } from '../../src/testing.js';
import { lintSeed, lintWith, SEEDS } from '../helpers/lint.js';

const RULE = 'review-cycle-consistent';
const seed = (name: string) => readFileSync(join(SEEDS, name), 'utf8');

describe('review-cycle-consistent on the seeds', () => {
  it('is a warning by default', () => {
    expect(reviewCycleConsistent.meta.defaultSeverity).toBe('warn');
  });

  it.each(['edwinstree-middle.md', 'hartsfield-jmi.md', 'hartsfield-jmi-from-pdf.txt', 'windermere-primary.md'])('%s states no review cycle: quiet', async (file) => {
    expect(await lintSeed(file, RULE)).toEqual([]);
  });

  it('bushey: "every 2 years", approved December 2023, next review December 2025: consistent (the 2021 last review is older)', async () => {
    expect(await lintSeed('bushey-st-james-trust.md', RULE)).toEqual([]);
  });

  it("bushey's own text with its next review moved: a mismatch, and a next review before the last review", () => {
    const text = seed('bushey-st-james-trust.md');
    const later = lintWith(RULE, text.replace('Next Review:\tDecember 2025', 'Next Review:\tDecember 2027'));
    expect(later.map((m) => [m.line, m.messageId])).toEqual([[13, 'cycle-mismatch']]);
    expect(later[0].message).toBe('The policy says it is reviewed every 2 years, but its next review (December 2027) is 6 years after it was last reviewed (December 2021).');
    const earlier = lintWith(RULE, text.replace('Next Review:\tDecember 2025', 'Next Review:\tDecember 2020'));
    expect(earlier.map((m) => [m.line, m.messageId])).toEqual([[13, 'before-base']]);
    expect(earlier[0].message).toBe('The next review date (December 2020) comes before the policy was last reviewed (December 2021).');
  });
});

describe('review-cycle-consistent: what it counts from', () => {
  const lint = (text: string) => lintWith(RULE, text, { filePath: 'policy.txt' }).map((m) => [m.messageId, m.data?.baseRole, m.data?.baseDate]);

  it('a revision the model gives no role ("Revised Date")', () => {
    const header = 'Date of Approval: May 2010\nRevised Date: April 2016\nReview by Date: April 2017\n\nThis policy will be implemented in accordance with the School Mission Statement and will be reviewed annually.\n';
    expect(lint(header)).toEqual([]);
    expect(lint(header.replace('April 2017', 'April 2019'))).toEqual([['cycle-mismatch', 'revised', 'April 2016']]);
  });

  it('a sentence about this policy, not one about another policy', () => {
    const own = 'This policy will be reviewed in full by the Governing Body annually.\n\nThe policy was last reviewed and agreed by the Governing Body on 24 November 2016 It is due for review on November 2019.\n';
    expect(lint(own)).toEqual([['cycle-mismatch', 'last reviewed', '24 November 2016']]);
    const other = 'This policy will be reviewed annually.\n\nOur behaviour policy was last reviewed in March 2023.\n\nNext review: September 2026\n';
    expect(lint(other)).toEqual([]);
  });

  it("the county model's own dates are not the school's", () => {
    const model = 'PUBLICATION SCHEDULE NUMBER: CSF4093\nPUBLICATION DATE: September 2024 Issue No. 13\nAUTHOR OF PUBLICATION: Virtual School\nREVIEW DATE: September 2027\n';
    expect(lintWith(RULE, `# Policy\n\nApproved: October 2024\n\n${model}\nThis policy is reviewed annually.\n`)).toEqual([]);
  });
});

new RuleTester({ date: '2026-11-23' }).run(RULE, reviewCycleConsistent, {
  valid: [
    // No cycle, or no next review, or nothing to count from.
    'Approved: September 2023\n\nNext review: September 2026\n',
    'This policy will be reviewed annually.\n\nApproved: September 2023\n',
    'This policy will be reviewed annually.\n\nNext review: September 2026\n',
    // Within a term either side.
    'Approved: 10 October 2023\n\nNext review: September 2024\n\nThis policy is reviewed annually.\n',
    'Approved: September 2023\n\nNext review: January 2025\n\nThis policy is reviewed annually.\n',
    'Approved: 10/07/2025\n\nNext review: 10/07/2027\n\nThis policy will be reviewed every two years.\n',
    'Approved: July 2022\n\nNext review: Summer 2025\n\nThis policy will be reviewed triennially.\n',
    // A longest interval: an earlier review fits.
    'Approved: 1 September 2024\n\nNext review: March 2025\n\nThe policy must be reviewed at least every 12 months.\n',
    'Approved: 1 September 2024\n\nNext review: March 2025\n\nThis policy will be reviewed annually, or sooner if legislation changes.\n',
    // Any date it could count from fits: quiet.
    'Reviewed by the Local Governing Body: Spring 2017\nTo be reviewed: Annually\nNext review: Spring 2018\nDate Approved by the Trust Board: Summer 2017\n',
    // Ambiguous: "bi-annual", cycles that differ, several next reviews.
    'Last Reviewed: September 2014\n\nReview Cycle: Bi-Annual\n\nNext Review: September 2018\n',
    'Approved: September 2023\n\nNext review: September 2026\n\nThis policy is reviewed annually. Frequency of review: every three years.\n',
    'Approved: September 2023\n\nNext review: September 2026\n\nReview date: September 2024\n\nThis policy is reviewed annually.\n',
    // Other things reviewed on a cycle are not the policy.
    'Approved: September 2023\n\nNext review: September 2026\n\nThe policy requires that each PEP is reviewed annually.\n\nStaff training is refreshed every 2 years.\n',
    // Another policy's cycle is not this one's.
    '# Children Looked After Policy\n\nApproved: September 2023\n\nNext review: September 2026\n\nOur safeguarding policy is reviewed annually.\n',
    // Several different approvals, next review before the latest: which is right is a guess.
    'Approved: September 2023\n\nApproved: September 2025\n\nNext review: September 2024\n',
  ],
  invalid: [
    {
      code: 'Approved by governors: September 2023\n\nNext review: September 2026\n\nThis policy will be reviewed annually by the governing body.\n',
      errors: [
        {
          messageId: 'cycle-mismatch',
          line: 3,
          column: 14,
          message: 'The policy says it is reviewed annually, but its next review (September 2026) is 3 years after it was approved (September 2023).',
          data: { expected: 'September 2024', cycleSpan: 'a year' },
        },
      ],
    },
    { code: 'Adopted: March 2024\n\nNext review: March 2025\n\nThe policy is reviewed every three years by the board.\n', errors: [{ messageId: 'cycle-mismatch', message: /reviewed every 3 years, but its next review \(March 2025\) is 1 year after it was adopted/ }] },
    { code: 'Frequency of Review: Annually\n\nDate of Governor Approval: 5th November 2014\n\nNext review: November 2016\n', errors: [{ messageId: 'cycle-mismatch', data: { cycle: 'annually' } }] },
    { code: 'Policy approved: 4th October 2016\n\nAnnual review date: October 2019\n', errors: [{ messageId: 'cycle-mismatch', line: 3 }] },
    { code: 'Approved: June 2024\n\nNext review: June 2025\n\nThis policy will be reviewed on a three-year cycle.\n', errors: [{ messageId: 'cycle-mismatch', data: { cycle: 'every 3 years' } }] },
    { code: 'Review cycle: 2 years\n\nApproved: June 2024\n\nNext review: June 2025\n', errors: [{ messageId: 'cycle-mismatch', data: { cycle: 'every 2 years' } }] },
    { code: 'Approved: June 2022\n\nNext review: June 2025\n\nThis policy will be reviewed on an annual basis by the headteacher.\n', errors: [{ messageId: 'cycle-mismatch', data: { cycle: 'annually' } }] },
    { code: 'Approved: September 2023\n\nNext review: March 2026\n\nThe policy must be reviewed at least every 12 months.\n', errors: [{ messageId: 'cycle-mismatch', data: { cycle: 'at least annually' } }] },
    { code: 'Date created: 08/11/2024\n\nNext review date: 08/11/2027\n\nThis policy is subject to full annual review.\n', errors: [{ messageId: 'cycle-mismatch', data: { baseRole: 'created' } }] },
    { code: '# Behaviour Policy\n\nApproved: September 2023\n\nNext review: September 2026\n\nThe Behaviour Policy will be reviewed annually.\n', errors: [{ messageId: 'cycle-mismatch', line: 5 }] },
    // Before the approval it should follow: cycle or no cycle.
    { code: 'Approved: 10/07/2025\n\nNext review: 10/07/2024\n', errors: [{ messageId: 'before-base', data: { baseRole: 'approved', baseDate: '10 July 2025' } }] },
    { code: 'Last reviewed: September 2025\n\nNext review: September 2024\n\nThis policy is reviewed annually.\n', errors: [{ messageId: 'before-base' }] },
  ],
});
