/**
 * docx-tracked-changes: a Word file still holding tracked changes or comments is not the text governors
 * will sign. The Word loader counts them while reading the file (it sees the XML) and hands the counts
 * over as facts (context.revisions); this rule words the finding, once per document, on the paragraph
 * with the first one, so it can be switched off or made an error like any other.
 */
import { defineRule, docsUrl, type MessageSpec, type RevisionFacts } from '../src/kit/index.js';

const ID = 'docx-tracked-changes';
const HOW_CHANGES_READ = '(policy-lint read the text as it would be if every change were accepted: insertions included, deletions dropped)';
const ADVICE: Omit<MessageSpec, 'message'> = {
  reason: 'The Word document still contains tracked changes or comments, so it is not yet the final text governors will sign.',
  action: 'Accept or reject the tracked changes and resolve the comments in Word, then send the clean copy',
  basis: 'the document itself',
};

export default defineRule({
  meta: {
    id: ID,
    title: 'No tracked changes left in Word',
    description: 'A Word document has no tracked changes or comments left in it.',
    docs: docsUrl(ID),
    defaultSeverity: 'warn',
    messages: {
      'tracked-changes': { message: `The document still contains {{changes}}; accept or reject them in Word before it is signed off ${HOW_CHANGES_READ}`, ...ADVICE },
      comments: { message: 'The document still contains {{comments}}; resolve or delete them in Word before it is signed off (policy-lint does not read comments)', ...ADVICE },
      'tracked-changes-and-comments': {
        message: `The document still contains {{changes}} and {{comments}}; accept or reject the changes and resolve the comments in Word before it is signed off ${HOW_CHANGES_READ}`,
        ...ADVICE,
      },
    },
  },
  check(context) {
    const facts = context.revisions;
    if (!facts) return;
    const changes = facts.insertions + facts.deletions + facts.moves + facts.formatting;
    if (changes === 0 && facts.comments === 0) return;
    const messageId = changes > 0 && facts.comments > 0 ? 'tracked-changes-and-comments' : changes > 0 ? 'tracked-changes' : 'comments';
    context.report({
      messageId,
      span: { start: facts.start, end: facts.end, space: 'original' },
      data: { ...counts(facts), changes: describeChanges(facts, changes), comments: plural(facts.comments, 'comment') },
    });
  },
});

function counts(facts: RevisionFacts): Record<string, number> {
  return { insertions: facts.insertions, deletions: facts.deletions, moves: facts.moves, formatting: facts.formatting, commentCount: facts.comments };
}

/** "3 tracked changes (2 insertions, 1 deletion)". */
function describeChanges(facts: RevisionFacts, changes: number): string {
  const kinds: string[] = [];
  if (facts.insertions) kinds.push(plural(facts.insertions, 'insertion'));
  if (facts.deletions) kinds.push(plural(facts.deletions, 'deletion'));
  if (facts.moves) kinds.push(plural(facts.moves, 'move'));
  if (facts.formatting) kinds.push(plural(facts.formatting, 'formatting change'));
  return `${plural(changes, 'tracked change')} (${kinds.join(', ')})`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
