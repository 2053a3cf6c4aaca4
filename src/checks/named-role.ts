/**
 * The machinery behind designated-teacher-named (and any "is this role held by a named person?" check,
 * such as a declarative `require-named-role` for the Designated Safeguarding Lead): the labelled fields
 * for the role must hold a person's name, judged by judgeName (blanks, dots, "[name]", TBC, XXXX are not
 * names). Where there is no labelled field, a sentence may name the person ("… is currently led by Jo
 * Gant"); a sentence holding a placeholder, or no mention at all, is reported.
 */
import type { Block, Field } from '../model/types.js';
import { judgeName, PERSON_NAME } from '../model/names.js';
import { sentences } from '../model/text.js';
import { excerptAround, spanOf } from '../rule-kit.js';
import type { RuleContext } from '../types.js';

export interface NamedRoleSpec {
  /** Matches a field label (or a sentence) about the role. */
  label: RegExp;
  /** Labels that match `label` but are about another role ("Designated Safeguarding Lead" for the teacher). */
  exclude?: RegExp;
  /** The role in messages: "The designated teacher is not named". */
  role: string;
  /** The role in full, for "The policy does not name its …" (default: `role`). */
  roleLong?: string;
  /** The role for the placeholder-sentence message (default: `role`). */
  roleShort?: string;
  /** Whether a sentence may name the person when there is no labelled field (default true). */
  sentences?: boolean;
}

/** "… is currently led by Jo Gant", "our Designated Teacher is Mrs A. Patel". */
const SENTENCE_NAMING = /\b(?:is|are|will be)\s+(?:currently\s+)?(?:led by\s+|held by\s+|carried out by\s+)?|\bled by\s+|\bheld by\s+/gi;

/** A label pattern for a role's words: "Designated Safeguarding Lead" -> /\bdesignated\s+safeguarding\s+leads?\b/i. */
export function roleLabelPattern(role: string): RegExp {
  const words = role
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`\\b${words.join('\\s+')}s?\\b`, 'i');
}

/** Reports the role's unnamed fields, or its absence. */
export function checkNamedRole(context: RuleContext, spec: NamedRoleSpec): void {
  const matches = (text: string) => spec.label.test(text) && !(spec.exclude && spec.exclude.test(text));
  const fields = context.model.fields.filter((f) => matches(f.label));
  const perSchool = fields.filter((f) => f.layout === 'list');
  const single = fields.filter((f) => f.layout !== 'list');

  const unnamed: Field[] = [];
  for (const field of single) if (!judgeName(field.value).isName) unnamed.push(field);
  for (const field of perSchool) {
    // "Bushey Meads School: Sara Ash, Head of Standards": the school, then the person.
    const colon = field.value.indexOf(':');
    const person = colon >= 0 ? field.value.slice(colon + 1) : field.value;
    if (!judgeName(person).isName) unnamed.push(field);
  }

  for (const field of unnamed) reportField(context, spec, field);
  if (fields.length > 0) return;

  // No labelled field: a sentence may name the person.
  const mentions = context.model.blocks.filter((b) => spec.label.test(b.text));
  if (spec.sentences !== false && mentions.some((b) => namesInSentence(b, spec.label))) return;
  const placeholder = mentions.find((b) => /\[[^\]]*\]|\.{3,}|_{3,}|\b(?:TBC|TBA|XXXX+)\b/.test(b.text));
  if (placeholder) {
    context.report({
      message: `The ${spec.roleShort ?? spec.role} is not named: the sentence holds a placeholder, not a name.`,
      span: spanOf(placeholder),
      excerpt: excerptAround(placeholder),
      messageId: 'placeholder',
    });
    return;
  }
  context.report({
    message: `The policy does not name its ${spec.roleLong ?? spec.role}.`,
    span: { start: 0, end: 0 },
    messageId: 'missing',
  });
}

function reportField(context: RuleContext, spec: NamedRoleSpec, field: Field): void {
  const judgement = judgeName(field.value.includes(':') && field.layout === 'list' ? field.value.slice(field.value.indexOf(':') + 1) : field.value);
  const where = field.layout === 'list' ? ` for ${field.value.split(':')[0].trim() || 'one school'}` : '';
  const blank = judgement.reason === 'blank';
  // Point at the dots or underscores where there are some; at the label when nothing follows it.
  const empty = field.value.trim() === '';
  context.report({
    message: blank
      ? `The ${spec.role}${where} is not named: "${field.label}" is left blank.`
      : `The ${spec.role}${where} is not named: "${field.label}" holds ${judgement.reason}.`,
    span: empty ? field.labelSpan : field.valueSpan,
    excerpt: empty ? field.label : `${field.label}: ${field.value}`,
    messageId: blank ? 'blank' : 'placeholder',
    data: { label: field.label, value: field.value },
  });
}

/** Whether a sentence about the role names a person. */
function namesInSentence(block: Block, label: RegExp): boolean {
  for (const sentence of sentences(block.text)) {
    if (!label.test(sentence.text)) continue;
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
