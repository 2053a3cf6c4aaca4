/**
 * model-section-missing: a section of the model policy (--model) that the school's copy leaves out. A
 * copy of which almost nothing aligns with the model is reported once as not based on it, and nothing
 * else is compared. Sections the configuration lists as required are errors; the others warnings.
 */
import { defineRule, docsUrl, type Block } from '../src/kit/index.js';

const ID = 'model-section-missing';
const MODEL_BASIS = 'the model policy the copy is based on (--model)';

export default defineRule({
  meta: {
    id: ID,
    title: 'Model section kept',
    description: "Every section of the model policy given with --model is in the school's copy.",
    docs: docsUrl(ID),
    schema: {
      type: 'object',
      properties: {
        required: {
          type: 'array',
          items: { type: 'string' },
          default: [],
          description: 'Titles (or words of titles) of the model sections that must be kept: their absence is an error, any other a warning.',
        },
      },
      additionalProperties: false,
    },
    messages: {
      missing: {
        message: 'The model\'s section "{{section}}" is not in this copy.',
        reason: 'The school adopted the model policy, and this copy leaves out a section of it; governors, staff and the Virtual School may rely on what it said.',
        action: 'Put back the section "{{section}}" from the model, adapted to the school, or record why the school left it out',
        basis: MODEL_BASIS,
      },
      unrelated: {
        message: 'This document does not follow the model policy ({{model}}): {{percent}}% of the model\'s words are in it, so it was not compared paragraph by paragraph.',
        reason: 'The document is compared with a model policy it is not based on (or is based on a very different version of it), so a paragraph-by-paragraph comparison would only list noise.',
        action: 'Check that this is the policy the school was asked to base on the model, and compare it by hand if so',
        basis: MODEL_BASIS,
      },
    },
  },
  check(context) {
    const comparison = context.comparison;
    if (!comparison) return;
    const model = comparison.reference.filePath.split(/[\\/]/).pop() ?? 'the model';
    if (comparison.unrelated) {
      context.report({ messageId: 'unrelated', at: 'document', severity: 'warn', data: { model, percent: Math.round(comparison.aligned * 100) } });
      return;
    }
    const required = (context.options.required as string[]).map((r) => r.toLowerCase());
    for (const { section, after } of comparison.missingSections) {
      const title = section.title || comparison.reference.paragraphs[section.paragraphs[0]]?.text.slice(0, 80) || 'untitled';
      const isRequired = required.some((r) => title.toLowerCase().includes(r));
      const at: Block | 'document' = after !== null ? context.model.blocks[after] : 'document';
      context.report({ messageId: 'missing', at, severity: isRequired ? 'error' : 'warn', data: { section: title, required: isRequired } });
    }
  },
});
