/**
 * designated-teacher-named: the designated teacher for looked-after and previously looked-after
 * children must be named. Reads the model's labelled fields; sentences count when there is no field.
 */
import type { Block, Field } from '../src/model/types.js';
import { judgeName, PERSON_NAME } from '../src/model/names.js';
import { sentences } from '../src/model/text.js';
import { defineRule, docsUrl, excerptAround, spanOf } from '../src/rule-kit.js';
import type { RuleContext } from '../src/types.js';

const ID = 'designated-teacher-named';
const DT_LABEL = /\bdesignated\s+teachers?\b/i;
const NOT_DT = /\b(?:safeguarding|governors?|dsl)\b/i;
/** "… is currently led by Jo Gant", "our Designated Teacher is Mrs A. Patel", "Kathryn Dearn is the named teacher". */
const SENTENCE_NAMING = /\b(?:is|are|will be)\s+(?:currently\s+)?(?:led by\s+|held by\s+|carried out by\s+)?|\bled by\s+|\bheld by\s+/gi;

export default defineRule({
  meta: {
    id: ID,
    description: 'The designated teacher for looked-after and previously looked-after children is named (one per school in a trust policy).',
    docs: docsUrl(ID),
    defaultSeverity: 'error',
    fixable: false,
    schema: { type: 'object', properties: {}, additionalProperties: false },
  },
  create(context) {
    const fields = context.model.fields.filter((f) => DT_LABEL.test(f.label) && !NOT_DT.test(f.label));
    const perSchool = fields.filter((f) => f.layout === 'list');
    const single = fields.filter((f) => f.layout !== 'list');

    let named = false;
    const unnamed: Field[] = [];
    for (const field of single) {
      if (judgeName(field.value).isName) named = true;
      else unnamed.push(field);
    }
    for (const field of perSchool) {
      // "Bushey Meads School: Sara Ash, Head of Standards": the school, then the person.
      const colon = field.value.indexOf(':');
      const person = colon >= 0 ? field.value.slice(colon + 1) : field.value;
      if (judgeName(person).isName) named = true;
      else unnamed.push(field);
    }

    for (const field of unnamed) reportField(context, field);
    if (fields.length > 0) return;

    // No labelled field: a sentence may name the designated teacher.
    const mentions = context.model.blocks.filter((b) => DT_LABEL.test(b.text));
    for (const block of mentions) if (namesInSentence(block)) named = true;
    if (named) return;
    const placeholder = mentions.find((b) => /\[[^\]]*\]|\.{3,}|_{3,}|\b(?:TBC|TBA|XXXX+)\b/.test(b.text));
    if (placeholder) {
      context.report({
        message: 'The designated teacher for CLA and PLA is not named: the sentence holds a placeholder, not a name.',
        span: spanOf(placeholder),
        excerpt: excerptAround(placeholder),
        messageId: 'placeholder',
      });
      return;
    }
    context.report({
      message: 'The policy does not name its designated teacher for looked-after and previously looked-after children.',
      span: { start: 0, end: 0 },
      messageId: 'missing',
    });
  },
});

function reportField(context: RuleContext, field: Field): void {
  const judgement = judgeName(field.value.includes(':') && field.layout === 'list' ? field.value.slice(field.value.indexOf(':') + 1) : field.value);
  const where = field.layout === 'list' ? ` for ${field.value.split(':')[0].trim() || 'one school'}` : '';
  const blank = judgement.reason === 'blank';
  // Point at the dots or underscores where there are some; at the label when nothing follows it.
  const empty = field.value.trim() === '';
  context.report({
    message: blank
      ? `The designated teacher${where} is not named: "${field.label}" is left blank.`
      : `The designated teacher${where} is not named: "${field.label}" holds ${judgement.reason}.`,
    span: empty ? field.labelSpan : field.valueSpan,
    excerpt: empty ? field.label : `${field.label}: ${field.value}`,
    messageId: blank ? 'blank' : 'placeholder',
    data: { label: field.label, value: field.value },
  });
}

/** Whether a sentence about the designated teacher names a person. */
function namesInSentence(block: Block): boolean {
  for (const sentence of sentences(block.text)) {
    if (!DT_LABEL.test(sentence.text)) continue;
    const text = sentence.text;
    // A name right after "is", "led by", …
    SENTENCE_NAMING.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = SENTENCE_NAMING.exec(text)) !== null) {
      // Skip a dot-leader blank and an academic year before the name ("in ...2024-2025 is Sarah Gilliver").
      const rest = text.slice(m.index + m[0].length).replace(/^(?:in\s+)?[.\u2026_\s\d/-]*(?:\(academic year\)\s*)?(?:is\s+)?/i, '');
      PERSON_NAME.lastIndex = 0;
      const name = PERSON_NAME.exec(rest);
      if (name && name.index === 0 && judgeName(name[0]).isName) return true;
    }
    // "Kathryn Dearn is the named teacher"
    PERSON_NAME.lastIndex = 0;
    while ((m = PERSON_NAME.exec(text)) !== null) {
      const after = text.slice(m.index + m[0].length);
      if (/^\s+is\s+(?:the|our)\s+(?:named|designated)\b/i.test(after) && judgeName(m[0]).isName) return true;
    }
  }
  return false;
}
