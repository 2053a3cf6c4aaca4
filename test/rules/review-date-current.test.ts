import type { RuleSetting } from '../../src/types.js';
import { lintSeed, lintWith } from '../helpers/lint.js';

const RULE = 'review-date-current';
const lint = (text: string, opts: { date?: string; filePath?: string; setting?: RuleSetting } = {}) => lintWith(RULE, text, opts);

describe('review-date-current on the seeds', () => {
  it.each([
    ['edwinstree-middle.md', [19], /June 2026/],
    ['bushey-st-james-trust.md', [13], /December 2025/],
    ['hartsfield-jmi.md', [15, 239], /September 2024/],
    ['hartsfield-jmi-from-pdf.txt', [531], /September 2024/],
    ['windermere-primary.md', [10], /November 2025/],
  ])('%s: one error for the governing date', async (file, lines, text) => {
    const messages = await lintSeed(file, RULE);
    expect(messages).toHaveLength(1);
    expect(lines).toContain(messages[0].line);
    expect(messages[0].message).toMatch(text);
    expect(messages[0].severity).toBe(2);
  });

  it('edwinstree is not yet overdue in June 2026', async () => {
    expect(await lintSeed('edwinstree-middle.md', RULE, '2026-06-30')).toEqual([expect.objectContaining({ severity: 1 })]);
    expect(await lintSeed('edwinstree-middle.md', RULE, '2026-03-01')).toEqual([]);
  });
});

describe('review-date-current: phrasings', () => {
  it.each([
    ['Date of next review: 14/03/2027', '2027-03-15', true],
    ['Date of next review: 14/03/2027', '2027-03-14', false],
    ['Policy to be reviewed annually \u2014 next: Spring Term 2026', '2026-05-01', true],
    ['Policy to be reviewed annually \u2014 next: Spring Term 2026', '2026-04-30', false],
    ['Next review due 31st July 2026', '2026-08-01', true],
    ['Review date September 2025', '2025-10-01', true],
    ['Next Review:\tDecember 2025', '2026-01-01', true],
    ['Review: Summer Term 2026', '2026-09-01', true],
    ['Review: Summer Term 2026', '2026-08-31', false],
    ['Next review: 2025/26', '2026-09-01', true],
    // As other schools write them.
    ['This policy will be reviewed in September 2025.', '2025-10-01', true],
    ['The governing body will review this policy in March 2025.', '2025-04-01', true],
    ['To be reviewed: October 2025', '2025-11-01', true],
    ['Review due: Sept 2025', '2025-10-01', true],
    ['Annual review date:October 2017', '2017-11-01', true],
    ['Date for review: Spring Term 18/19', '2019-05-01', true],
    ['Date for review: Spring Term 18/19', '2019-04-30', false],
    ['Next review date -March 2025', '2025-04-01', true],
    ['Review Date \u2013 Sept 2024', '2024-10-01', true],
    ['Dateofnextreview:September2017', '2017-10-01', true],
    ['Review Date: Oct-25', '2025-11-01', true],
    ['Approved: 10/07/2024 Next review: 10/07/2025', '2025-07-11', true],
    ['Approved: 10/07/2024 Next review: 10/07/2025', '2025-07-10', false],
    ['Date of Agreement: April 2017 Date for Review: April 2018', '2018-05-01', true],
    ['Next review date\n\nAugust 2024', '2024-09-01', true],
    ['This policy will be reviewed by the governing body in September 2025.', '2025-10-01', true],
  ])('"%s" as of %s: passed = %s', (line, date, passed) => {
    const messages = lint(`# Policy\n\n${line}\n`, { date });
    expect(messages.some((m) => m.severity === 2 && /has passed/.test(m.message))).toBe(passed);
  });

  it('"next" in a label is about the review only with review words ("Next Ofsted inspection" is not)', () => {
    expect(lint('# Policy\n\nNext Ofsted inspection: September 2025\n')).toEqual([expect.objectContaining({ severity: 1, messageId: 'missing' })]);
    expect(lint('# Policy\n\nNext Ofsted inspection due September 2025\n')).toEqual([expect.objectContaining({ severity: 1, messageId: 'missing' })]);
    expect(lint('# Policy\n\nNext: Spring 2026\n')).toEqual([expect.objectContaining({ severity: 2 })]);
  });

  it('"Review" labels the policy\'s review, not the review of something else', () => {
    expect(lint('# Policy\n\nReview of PEP September 2025\n')).toEqual([expect.objectContaining({ severity: 1, messageId: 'missing' })]);
    expect(lint('# Policy\n\nReview of this policy: September 2025\n')).toEqual([expect.objectContaining({ severity: 2 })]);
    expect(lint('# Policy\n\nAnnual review: Sept 2025\n')).toEqual([expect.objectContaining({ severity: 2 })]);
  });

  it('what will be reviewed must be the policy, and a past review is not the next', () => {
    expect(lint('# Policy\n\nThe PEP will be reviewed in September 2025 at the meeting.\n')).toEqual([
      expect.objectContaining({ severity: 1, messageId: 'missing' }),
    ]);
    const past = lint('# Policy\n\nThe policy was last reviewed by the full governing body on 5 May 2023.\n');
    expect(past).toEqual([expect.objectContaining({ severity: 1, message: expect.stringMatching(/last reviewed 5 May 2023/) })]);
  });

  it('a "last reviewed" date is not a next review date', () => {
    const messages = lint('# Policy\n\nLast reviewed: December 2021\n');
    expect(messages).toHaveLength(1);
    expect(messages[0].severity).toBe(1);
    expect(messages[0].message).toMatch(/No next review date found \(the policy says it was last reviewed December 2021\)/);
  });

  it('warns when the review is due within 30 days, configurable', () => {
    const text = '# Policy\n\nNext review: December 2026\n';
    expect(lint(text)).toEqual([expect.objectContaining({ severity: 1, message: 'The policy is due for review in 8 days (December 2026).' })]);
    expect(lint(text, { setting: ['error', { dueSoonDays: 5 }] })).toEqual([]);
  });

  it('warns when there is no review date, unless told not to', () => {
    expect(lint('# Policy\n\nNothing dated here.\n')).toEqual([expect.objectContaining({ severity: 1, line: 1 })]);
    expect(lint('# Policy\n\nNothing dated here.\n', { setting: ['error', { requireReviewDate: false }] })).toEqual([]);
  });

  it('the latest of several next review dates governs', () => {
    const messages = lint('# Policy\n\nPolicy review date: November 2025\n\nREVIEW DATE:\tSeptember 2025\n', { date: '2025-10-15' });
    expect(messages).toEqual([expect.objectContaining({ severity: 1, line: 3 })]);
  });

  it("a county model's own review date (in its publication block) does not govern the school's copy", () => {
    const model = [
      'PUBLICATION SCHEDULE NUMBER:\tCSF4093',
      'PUBLICATION DATE: September 2024\tIssue No. 13',
      'AUTHOR OF PUBLICATION:\tA. Person',
      'REVIEW DATE:\tSeptember 2027',
      'TARGET AUDIENCE:\tSchool Head Teachers',
    ].join('\n');
    // The school's own date has passed; the model's later one does not save it.
    const before = lint(`# Policy\n\nNext review: September 2025\n\n${model}\n`);
    expect(before).toEqual([expect.objectContaining({ severity: 2, line: 3, message: expect.stringMatching(/September 2025, has passed/) })]);
    // Wherever the school's date stands.
    const after = lint(`# Policy\n\n${model}\n\nText of the policy.\n\nReview date: September 2025\n`);
    expect(after).toEqual([expect.objectContaining({ severity: 2, line: 11 })]);
    // The same block as extracted text, its lines joined into one paragraph.
    const flat = lint(`Policy\n\nNext review: September 2025\n\n${model.replace(/\t/g, ' ')}\n`, { filePath: 'policy.txt' });
    expect(flat).toEqual([expect.objectContaining({ severity: 2, line: 3 })]);
    // With no date of its own, the model's is all there is: it governs.
    expect(lint(`# Policy\n\n${model}\n`)).toEqual([]);
    expect(lint(`# Policy\n\n${model}\n`, { date: '2027-10-01' })).toEqual([expect.objectContaining({ severity: 2, line: 6 })]);
  });

  it('reads YAML front matter, and points at its line', () => {
    const messages = lint('---\ntitle: Looked after children\nreview_date: 2025-09-01\n---\n\n# Policy\n\nText.\n');
    expect(messages).toEqual([expect.objectContaining({ severity: 2, line: 3, column: 14, message: expect.stringMatching(/1 September 2025, has passed/) })]);
  });

  it("a school's own header table (version, owner) is not a model's publication block", () => {
    const text = '# Policy\n\nVersion Number: 2.0\nOwner: Jane Smith\nNext review date: September 2027\n\nBody.\n\nReview date: September 2020\n';
    expect(lint(text)).toEqual([]);
    // An author and an issue number alone are a school's header too.
    const own = '# Policy\n\nAuthor: J. Smith, Business Manager\nIssue No. 3\nNext review date: September 2027\n\nBody.\n\nReview date: September 2020\n';
    expect(lint(own)).toEqual([]);
  });

  it('configured as warn, a passed date is a warning', () => {
    expect(lint('Review: June 2020\n', { setting: 'warn' })).toEqual([expect.objectContaining({ severity: 1 })]);
  });
});

describe('review-date-current: tables flattened below their header, and other review wordings', () => {
  const found = (text: string, filePath = 'p.txt') => lint(text, { filePath }).map((m) => [m.line, m.messageId, m.data?.reviewDate]);

  it('reads the date under a next-review label that ends its line, past a signature cell', () => {
    const text = 'Anti-bullying Policy Date policy was adopted June 2019 Next review date\n\nSignature of the Chair of Governors\n\nJune 2020\n\nThe school takes bullying seriously and acts on every report.\n';
    expect(found(text)).toEqual([[5, 'passed', 'June 2020']]);
  });

  it('reads a version table whose header ends in "Next Review Due", its cells glued by extraction: the latest row governs', () => {
    const text = 'Charging Policy\n\nDate CreatedDate ReviewedVersionNext Review Due\n\nMarch 2021March 2022\n\nMarch 2022 3March 2023\n\nThis policy sets out when the school may charge for activities.\n';
    expect(found(text)).toEqual([[7, 'passed', 'March 2023']]);
  });

  it('does not read a line of prose under such a label', () => {
    const text = 'Policy owner: Head of Pastoral Next review date\n\nThe policy will be looked at by governors when the law changes, as it did in March 2021.\n';
    expect(found(text)).toEqual([[1, 'missing', undefined]]);
  });

  it('"Revision Date:" in a header line is the next review', () => {
    expect(found('2 Anti-bullying Policy Owner: Pastoral Team Effective From: May 2018 Revision Date: May 2019\n')).toEqual([[1, 'passed', 'May 2019']]);
  });

  it('"To be reviewed by the Senior Leadership Team by 1st July 2023"', () => {
    expect(found('Who reviews it\n\nTo be reviewed by the Senior Leadership Team by 1st July 2023\n')).toEqual([[3, 'passed', '1 July 2023']]);
  });
});

describe('review-date-current: whose review it is', () => {
  const found = (sentence: string) => lint(`# Behaviour Policy\n\n${sentence}\n`).map((m) => [m.messageId, m.data?.reviewDate]);

  it.each([
    'The PEP will be reviewed every six months, next in March 2024.',
    'The next PEP review is due in March 2024.',
    'The care plan is reviewed at the next LAC review, in June 2024.',
    'Review meetings for each looked after child are held in July 2025.',
  ])('a pupil\'s or a plan\'s review is not the policy\'s: "%s"', (sentence) => {
    expect(found(sentence)).toEqual([['missing', undefined]]);
  });

  it('"This policy was reviewed in … and will be reviewed again in …": the policy is the subject', () => {
    expect(found('This policy was reviewed in September 2023 and will be reviewed again in September 2025.')).toEqual([['passed', 'September 2025']]);
  });

  it('"next:" alone is still a label', () => {
    expect(found('The policy is reviewed every year (next: Spring Term 2026).')).toEqual([['passed', 'Spring term 2026']]);
  });
});
