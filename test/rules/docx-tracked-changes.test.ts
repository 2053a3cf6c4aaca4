/**
 * docx-tracked-changes on real Word bytes: the loader hands over counts (tested in docx-loader.test.ts);
 * this rule words them, once, on the paragraph with the first one. Run through RuleTester with the
 * .docx bytes themselves, as a plugin author would test a rule on Word files.
 */
import { CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, InsertedTextRun, Paragraph, TextRun } from 'docx';
import docxTrackedChanges from '../../rules/docx-tracked-changes.js';
import { Linter } from '../../src/linter.js';
import { RuleTester } from '../../src/testing.js';
import { makeDocx } from '../helpers/make-docx.js';

const AT = { author: 'Head', date: '2024-01-15T10:00:00Z' };
const changed = await makeDocx(
  [
    new Paragraph('Policy for Children Looked After'),
    new Paragraph('The Designated Teacher is named below.'),
    new Paragraph({
      children: [new TextRun('Review date: '), new DeletedTextRun({ id: 1, ...AT, text: 'September 2023' }), new InsertedTextRun({ id: 2, ...AT, text: 'September 2025' })],
    }),
    new Paragraph({
      children: [
        new CommentRangeStart(0),
        new TextRun('Ms A. Patel'),
        new CommentRangeEnd(0),
        new TextRun({ children: [new CommentReference(0)] }),
        new InsertedTextRun({ id: 3, ...AT, text: ' (from January)' }),
      ],
    }),
  ],
  { comments: [{ id: 0, author: 'Governor', text: 'Is this still right?' }] },
);
const commented = await makeDocx(
  [new Paragraph('First.'), new Paragraph({ children: [new CommentRangeStart(5), new TextRun('Second.'), new CommentRangeEnd(5), new TextRun({ children: [new CommentReference(5)] })] })],
  { comments: [{ id: 5, author: 'Clerk', text: 'Check' }] },
);
const onlyChanges = await makeDocx([new Paragraph('Alpha'), new Paragraph({ children: [new TextRun('Beta'), new InsertedTextRun({ id: 4, ...AT, text: ' Gamma' })] })]);
const clean = await makeDocx([new Paragraph('Clean.')]);

new RuleTester({ date: '2026-11-23', filePath: 'policy.docx' }).run('docx-tracked-changes', docxTrackedChanges, {
  valid: [
    { name: 'a clean document', code: clean },
    { name: 'Markdown has no tracked changes to report', code: '# Policy\n\nText with <ins>an insertion</ins>.\n', filePath: 'policy.md' },
  ],
  invalid: [
    {
      name: 'changes and a comment: one finding, on the paragraph with the first change',
      code: changed,
      errors: [
        {
          messageId: 'tracked-changes-and-comments',
          message:
            'The document still contains 3 tracked changes (2 insertions, 1 deletion) and 1 comment; accept or reject the changes and resolve the comments in Word before it is signed off (policy-lint read the text as it would be if every change were accepted: insertions included, deletions dropped)',
          line: 3,
          column: 1,
          excerpt: 'Review date: September 2025',
          data: { insertions: 2, deletions: 1, commentCount: 1 },
        },
      ],
    },
    {
      name: 'a comment alone',
      code: commented,
      errors: [{ messageId: 'comments', message: 'The document still contains 1 comment; resolve or delete them in Word before it is signed off (policy-lint does not read comments)', line: 2 }],
    },
    { name: 'an insertion alone', code: onlyChanges, errors: [{ messageId: 'tracked-changes', message: /^The document still contains 1 tracked change \(1 insertion\); accept or reject them/, line: 2 }] },
  ],
});

describe('docx-tracked-changes severity', () => {
  it('is a warning by default and an error when configured so (the loader no longer caps it at a warning)', async () => {
    const warned = await new Linter({ date: '2026-11-23' }).lintBytes(commented, 'policy.docx');
    expect(warned.messages.filter((m) => m.ruleId === 'docx-tracked-changes').map((m) => m.severity)).toEqual([1]);
    const errored = await new Linter({ date: '2026-11-23', rules: { 'docx-tracked-changes': 'error' } }).lintBytes(commented, 'policy.docx');
    expect(errored.messages.filter((m) => m.ruleId === 'docx-tracked-changes').map((m) => m.severity)).toEqual([2]);
  });
});
