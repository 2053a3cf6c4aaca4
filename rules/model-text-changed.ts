/**
 * model-text-changed: a paragraph of the model policy (--model) that the school's copy rewrote beyond
 * filling in its blanks, its name and its dates (or a spelling fix), or left out of a section it kept.
 * Headings are not compared (a renamed or renumbered heading is the school's choice); nor are the
 * model's notes to schools (model-instructions-left), its publication details (schedule number, authorising
 * officer), or sections missing as a whole (model-section-missing).
 */
import { defineRule, docsUrl, type DiffPart } from '../src/kit/index.js';

const ID = 'model-text-changed';
const MODEL_BASIS = 'the model policy the copy is based on (--model)';

/** "… the designated teacher [-will-] {+may+} attend …": the changed words with a little of what is kept around them. */
export function describeDifference(parts: DiffPart[], context = 4, max = 240): string {
  const out: string[] = [];
  parts.forEach((part, i) => {
    if (part.kind === 'removed') out.push(`[-${part.text}-]`);
    else if (part.kind === 'added') out.push(`{+${part.text}+}`);
    else {
      const words = part.text.split(' ');
      const first = i === 0;
      const last = i === parts.length - 1;
      if (words.length <= context * 2 || (first && words.length <= context) || (last && words.length <= context)) out.push(part.text);
      else out.push(`${first ? '' : words.slice(0, context).join(' ')} … ${last ? '' : words.slice(-context).join(' ')}`.trim());
    }
  });
  const text = out.join(' ').replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export default defineRule({
  meta: {
    id: ID,
    title: 'Model text kept',
    description: "The school's copy keeps the model policy's paragraphs (given with --model), apart from filling in its blanks, name and dates.",
    docs: docsUrl(ID),
    defaultSeverity: 'warn',
    messages: {
      changed: {
        message: 'This paragraph differs from the model\'s: {{difference}}',
        reason: 'The school changed a paragraph of the model policy it adopted; a change to a duty ("must" to "may", a step left out) weakens what the model promised.',
        action: 'Check the change against the model: keep it only if it says what the school really does and still meets the duty',
        basis: MODEL_BASIS,
      },
      deleted: {
        message: 'The model\'s paragraph "{{paragraph}}" is not in this copy.',
        reason: 'A paragraph of the model policy is missing from the copy, in a section the school kept.',
        action: 'Put the paragraph back from the model, or record why the school left it out',
        basis: MODEL_BASIS,
      },
    },
  },
  check(context) {
    const comparison = context.comparison;
    if (!comparison || comparison.unrelated) return;
    const missingSections = new Set(comparison.missingSections.map((m) => m.section.index));
    let lastPlace: number | null = null;
    for (const pc of comparison.paragraphs) {
      const p = pc.paragraph;
      if (pc.copyBlock !== null && pc.status !== 'missing') lastPlace = pc.copyBlock;
      if (p.heading || p.instruction || p.publication || missingSections.has(p.section) || p.tokens.length < 3) continue;
      if (pc.status === 'changed' && pc.copyBlock !== null && pc.diff) {
        context.report({
          messageId: 'changed',
          at: context.model.blocks[pc.copyBlock],
          data: { difference: describeDifference(pc.diff), parts: pc.diff },
        });
      } else if (pc.status === 'missing' && p.tokens.length >= 6) {
        const words = p.text.split(/\s+/);
        const excerpt = words.length > 14 ? `${words.slice(0, 14).join(' ')}…` : p.text;
        context.report({ messageId: 'deleted', at: lastPlace !== null ? context.model.blocks[lastPlace] : 'document', data: { paragraph: excerpt } });
      }
    }
  },
});
