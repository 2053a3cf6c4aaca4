/**
 * model-blank-unfilled: a blank the model policy leaves for the school to fill in (dots, underscores,
 * "[name]", "Insert date") still blank in the school's copy (--model), at the blank.
 */
import { defineRule, docsUrl } from '../src/kit/index.js';

const ID = 'model-blank-unfilled';

export default defineRule({
  meta: {
    id: ID,
    title: "Model's blanks filled in",
    description: 'The blanks the model policy (given with --model) leaves for the school are filled in.',
    docs: docsUrl(ID),
    messages: {
      blank: {
        message: 'A blank the model leaves for the school is still blank: "{{blank}}".',
        reason: 'The model policy leaves this for each school to fill in (a name, a date, a detail of its own); left blank, the policy does not say what the school does.',
        action: 'Fill in the blank with the school\'s own detail',
        basis: 'the model policy the copy is based on (--model)',
      },
    },
  },
  check(context) {
    const comparison = context.comparison;
    if (!comparison || comparison.unrelated) return;
    for (const pc of comparison.paragraphs) {
      // A note to schools ("insert the name …") is model-instructions-left's, not a blank.
      if (pc.paragraph.instruction) continue;
      for (const gap of pc.unfilled) {
        const block = context.model.blocks[gap.copyBlock];
        if (!block) continue;
        context.report({ messageId: 'blank', at: block, from: gap.start, to: gap.end, data: { blank: block.text.slice(gap.start, gap.end) } });
      }
    }
  },
});
