/**
 * docx-tracked-changes: a Word file still holding tracked changes or comments is not the text governors
 * will sign. The Word loader counts them while reading the file (it sees the XML); this rule reports
 * what it found, once per document, so the finding can be switched off or made an error like any other.
 */
import { defineRule, docsUrl } from '../src/rule-kit.js';

const ID = 'docx-tracked-changes';

export default defineRule({
  meta: {
    id: ID,
    description: 'A Word document has no tracked changes or comments left in it.',
    docs: docsUrl(ID),
    defaultSeverity: 'warn',
    fixable: false,
    schema: { type: 'object', properties: {}, additionalProperties: false },
  },
  create(context) {
    for (const notice of context.loaderNotices) {
      if (notice.ruleId !== ID) continue;
      context.report({
        message: notice.message,
        span: { start: notice.start, end: notice.end, space: 'original' },
        severity: notice.severity === 2 ? 'error' : 'warn',
        messageId: 'tracked-changes',
      });
    }
  },
});
