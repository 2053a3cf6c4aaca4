/**
 * model-instructions-left: the model policy's notes to the schools that adopt it ("Schools should
 * insert …", "Guidance note: …", "[Delete as appropriate]") still in the school's copy (--model).
 */
import { defineRule, docsUrl } from '../src/kit/index.js';

const ID = 'model-instructions-left';

export default defineRule({
  meta: {
    id: ID,
    title: "Model's notes removed",
    description: "The model policy's notes to schools (given with --model) are not left in the school's copy.",
    docs: docsUrl(ID),
    messages: {
      left: {
        message: 'The model\'s note to schools is still here: "{{note}}".',
        reason: 'The model policy tells each school what to write here; left in, the note shows the policy was not finished, and the school\'s own text is missing.',
        action: 'Do what the note asks, then delete the note',
        basis: 'the model policy the copy is based on (--model)',
      },
    },
  },
  check(context) {
    const comparison = context.comparison;
    if (!comparison || comparison.unrelated) return;
    for (const pc of comparison.paragraphs) {
      if (!pc.paragraph.instruction || pc.copyBlock === null || pc.status === 'missing' || pc.similarity < 0.6) continue;
      const words = pc.paragraph.text.split(/\s+/);
      context.report({ messageId: 'left', at: context.model.blocks[pc.copyBlock], data: { note: words.length > 16 ? `${words.slice(0, 16).join(' ')}…` : pc.paragraph.text } });
    }
  },
});
