/**
 * The machinery behind designated-teacher-named (and any "is this role held by a named person?" check,
 * such as a declarative `require-named-role` for the Designated Safeguarding Lead).
 *
 * What IS there is checked in every kind of policy: a label for the role left blank or holding a
 * placeholder ("Designated Teacher: ……", "[name]", TBC), a line that asks for the name with nothing
 * under it, a sentence with a placeholder. What is ABSENT (no person named at all, or only a role such as
 * "the SENCO") is reported only where the document must name the person (context.required): a
 * looked-after-children policy must, a behaviour policy need not.
 *
 * Not every line that mentions the role is a label: "Designated Teacher Policy", "Roles and
 * responsibilities of the designated teacher" and "The designated teacher will:" head prose or a list of
 * duties; only a label that asks for the person ("Designated Teacher:", "Name of the Designated
 * Teacher", "Identity of the Designated Teacher") expects a name.
 */
import type { Block, Field } from '../model/types.js';
import { judgeName, PERSON_NAME } from '../model/names.js';
import { sentences, wordCount } from '../model/text.js';
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
  /**
   * Read more ways of naming the person, and more strictly (default false: reads as before): see
   * plainQualifier, masked, nameBeforeRole, peopleUnder; a name after "is" only when the role comes first.
   */
  nearby?: boolean;
}

/** How a check reads text about its role: the spec's label and exclusions, and whether `nearby` is on. */
type Reading = { label: RegExp; exclude?: RegExp; nearby: boolean };

/** With `nearby`: another role's mentions blanked ("Deputy DSL: Jo Bloggs", "the link governor for safeguarding is …"). */
function masked(text: string, reading: Reading): string {
  if (!reading.nearby || !reading.exclude) return text;
  const exclude = reading.exclude;
  const re = new RegExp(reading.label.source, reading.label.flags.includes('g') ? reading.label.flags : `${reading.label.flags}g`);
  return text.replace(re, (match: string, ...rest: unknown[]) => {
    const at = rest.find((x) => typeof x === 'number') as number;
    const before = text.slice(Math.max(0, at - 40), at).split(/[\s(]+/).filter(Boolean).slice(-2).join(' ');
    const forWhat = /^\s+(?:for|with\s+(?:\w+\s+)?responsibility\s+for)\s+(\S+(?:\s+\S+)?)/i.exec(text.slice(at + match.length));
    return exclude.test(before) || (forWhat && exclude.test(forWhat[1])) ? match.replace(/\S/g, 'x') : match;
  });
}

/** With `nearby`: "with responsibility for …", "at Oak School" read as "for …"; "is:" and footnote marks ("(DSL)*\/**") dropped. */
function plainQualifier(after: string, nearby: boolean): string {
  if (!nearby) return after;
  return after
    .replace(/\s*[*\u2020\u2021]+(?:\s*\/\s*[*\u2020\u2021]+)*(?=\s*[:\-\u2013\u2014]?\s*$)/, '')
    .replace(/^(\s*(?:\([^()]*\))?)\s+(?:with\s+(?:\w+\s+)?responsibility\s+for|responsible\s+for|at)\s+/i, '$1 for ')
    .replace(/\s+(?:is|are|will\s+be)(?=\s*[:\-\u2013\u2014]?\s*$)/i, '');
}

/** A label pattern for a role's words: "Designated Safeguarding Lead" -> /\bdesignated\s+safeguarding\s+leads?\b/i. */
export function roleLabelPattern(role: string): RegExp {
  const words = role
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`\\b${words.join('\\s*')}s?\\b`, 'i');
}

/** Words before the role in a label that asks for the person: "Name of the", "Our", "Contact details:". */
const ASKING_BEFORE = /^(?:(?:the|our|school'?s|academy'?s|name|names|of|contact|details|identity|who|is|current|nominated|appointed|acting|and|\/|&|-|\d+\.?|[a-z]\))\s*)*$/i;
/** After the role: nothing, "(DT)", "for CLA and PLA", "for Children Looked After", a colon or a dash. */
const ASKING_AFTER = /^(?:s|\s*\([^()]*\))?(?:\s+(?:for|of)\s+[^:]*?)?\s*(?:\([^()]*\))?\s*[:\-\u2013\u2014]?\s*$/i;
/** A qualifier that makes the line a topic: "… for looked after children training", "… policy". */
const TOPIC_WORDS = /\b(?:polic(?:y|ies)|training|responsib\w*|roles?|duties|duty|will|should|must|shall|can|may|has|have|works?|ensures?|support\w*|procedures?)\b/i;

/** Whether a field's label asks for the person who holds the role (rather than heading a topic). */
export function labelAsksForPerson(label: string, role: RegExp, nearby = false): boolean {
  const re = new RegExp(role.source, role.flags.replace('g', ''));
  const m = re.exec(label);
  if (!m) return false;
  const before = label.slice(0, m.index);
  const after = plainQualifier(label.slice(m.index + m[0].length), nearby);
  if (!ASKING_BEFORE.test(before)) return false;
  if (!ASKING_AFTER.test(after) || TOPIC_WORDS.test(after)) return false;
  return true;
}

/** Job-title words that may stand between "is" and the name ("is Deputy Head Teacher Rob Cameron"). */
const JOB_TITLE_WORDS = new Set([
  'our', 'the', "school's", "academy's", 'current', 'currently', 'deputy', 'assistant', 'associate', 'vice', 'head',
  'headteacher', 'head-teacher', 'teacher', 'principal', 'senco', 'sendco', 'dsl', 'inclusion', 'pastoral', 'manager',
  'lead', 'leader', 'co-ordinator', 'coordinator', 'director', 'of', 'and', 'for', 'key', 'stage', 'phase', 'year',
  'learning', 'learner', 'student', 'pupil', 'wellbeing', 'welfare', 'safeguarding', 'senior', 'mentor', 'class',
]);

/** `text` without the job title at its start: "Deputy Head Teacher Rob Cameron" -> "Rob Cameron". */
function withoutJobTitle(text: string): string {
  let rest = text;
  for (;;) {
    const m = /^([\p{L}'\u2019-]+|\d+)[\s,\u2013-]*/u.exec(rest);
    if (!m) return rest;
    const word = m[1];
    const isTitleWord = JOB_TITLE_WORDS.has(word.toLowerCase()) || /^[A-Z]{2,6}$/.test(word);
    // A name may follow directly: stop at a title of address or at the name itself.
    if (!isTitleWord || /^(?:Mr|Mrs|Ms|Miss|Mx|Dr)$/.test(word)) return rest;
    rest = rest.slice(m[0].length);
  }
}

/** A verb phrase before a name: "is", "will be", "is currently", "led by", "held by". */
const SENTENCE_NAMING = /\b(?:is|are|will be)\s+(?:currently\s+|presently\s+|now\s+)?(?:led by\s+|held by\s+|carried out by\s+)?|\bled by\s+|\bheld by\s+/gi;

/** "Mrs A Patel is the designated teacher", "Rob Cameron has been appointed as our Designated Teacher". */
const NAME_THEN_ROLE = /^\s*(?:\([^()]*\)\s*)?(?:,[^,.;()]{1,60},?)?\s*(?:is|acts as|has been (?:appointed|nominated|named) (?:as )?|was appointed (?:as )?|will act as|is appointed (?:as )?)\s*(?:the|our)\s+(?:school'?s\s+|academy'?s\s+|named\s+|designated\s+|current\s+)/i;

/** A sentence that goes on about the role of the sentence before: "The named teacher in this school is …". */
const REFERS_BACK = /\b(?:named|nominated)\s+(?:teacher|person|member of staff)\b|^(?:this|he|she|they)\s+(?:is|will be)\b|^(?:in|at)\s+(?:this|our)\s+(?:school|academy)\b/i;
/** Another role: a sentence naming it does not name this one. */
const OTHER_ROLE = /\bsafeguarding\b|\bDSL\b|\bchild protection\b|\bgovernor\b|\bSENC?Os?\b/i;

/** "The governing body appoint(s) Mrs A Patel as the designated teacher." */
const APPOINT = /\b(?:appoints?|appointed|nominates?|nominated|names)\s+$/i;

/** "is the Deputy Headteacher", "is our SENCO": a role given where a person's name belongs. */
const ROLE_ONLY =
  /\b(?:is|will be|are)\s+(?:currently\s+)?(?:the|our)\s+((?:school'?s\s+|academy'?s\s+)?(?:(?:deputy|assistant|vice|associate|executive)\s+)?(?:head\s*teacher|headteacher|head(?:\s+of\s+(?:school|centre|year|inclusion|pastoral))?|principal|senco|sendco|inclusion\s+(?:manager|lead(?:er)?)|pastoral\s+(?:manager|lead(?:er)?)|dsl)\b)/i;
/** "The headteacher is the DSL": a role as the subject of a sentence that gives the role sought. */
const ROLE_SUBJECT =
  /\b(?:the|our)\s+((?:school'?s\s+)?(?:(?:deputy|assistant|vice|associate|executive)\s+)?(?:head\s*teacher|headteacher|head\s+of\s+school|principal|senco|sendco|inclusion\s+(?:manager|lead(?:er)?)|pastoral\s+(?:manager|lead(?:er)?)))\s+(?:is|will be|acts as)\s+(?:also\s+)?(?:the|our)\s/i;
/** "this is the CLPO": an acronym for a role (case matters: "the LAC" are children, checked apart). */
const ROLE_ONLY_ACRONYM = /\b(?:is|will be|are)\s+(?:currently\s+)?(?:the|our)\s+([A-Z]{3,6})\b/;

/** A sentence that points elsewhere for the name ("named in Appendix 1", "can be found on the school website"). */
const REFERENCE_SENTENCE =
  /\b(?:named|listed|set\s+out|given|found|shown|detailed|displayed|identified|published)\s+(?:(?:in|on|at)\s+(?:the\s+)?(?:appendix|annex|page|section|front|back|table|key\s+contacts|contacts|school|academy|staff\s*room|website|notice|poster|reception)|below|above|overleaf)\b|\bsee\s+(?:the\s+)?(?:appendix|annex|page|section|key\s+contacts)\b/i;
/** A value that points elsewhere for the name. */
const REFERENCE_VALUE = /^(?:please\s+)?(?:see|refer to|as (?:listed|set out|shown|named) (?:in|on|below|above)|listed (?:in|on|below)|details (?:in|on)|contact details (?:in|on))\b/i;

interface FieldJudgement {
  field: Field;
  /** 'value': a label that expects the name; 'topic': a heading or lead-in that only mentions the role. */
  kind: 'value' | 'topic';
}

/** Reports the role's unnamed fields, or its absence. */
export function checkNamedRole(context: RuleContext, spec: NamedRoleSpec): void {
  const about = (text: string) => spec.label.test(text) && !(spec.exclude && spec.exclude.test(text));
  const reading: Reading = { label: spec.label, exclude: spec.exclude, nearby: spec.nearby === true };
  const judged: FieldJudgement[] = context.model.fields
    .filter((f) => about(f.label))
    .map((field) => ({ field, kind: labelAsksForPerson(field.label, spec.label, reading.nearby) ? 'value' : 'topic' }));
  const fields = judged.filter((j) => j.kind === 'value').map((j) => j.field);

  // "Designated Teacher - Jessica Field", or a name glued onto the label by extraction
  // ("Name of the Designated Teacher for Children Looked AfterJessica Field"): the label holds the name.
  let named = judged.some((j) => labelEndsWithName(j.field.label, spec.label, reading.nearby));
  // A label whose value is a sentence ("Designated Teacher: The designated teacher is Mrs X …") is prose.
  const proseValues: Field[] = [];
  const unnamed: Array<{ field: Field; reason: 'blank' | 'placeholder' | 'role' | 'unanswered' }> = [];
  for (const field of fields) {
    const value = field.layout === 'list' ? personPart(field.value) : field.value;
    if (field.layout === 'list' && wordCount(value) > 8) continue; // a duty in a list, not a person
    // "See Appendix A", "refer to the school website": the name is given elsewhere, which this rule
    // cannot see; unsure, it stays quiet.
    if (REFERENCE_VALUE.test(value.trim())) {
      named = true;
      continue;
    }
    const judgement = judgeName(value);
    if (judgement.isName || (wordCount(value) <= 10 && nameInShortValue(value))) {
      // (A role and then the person: "Headteacher \u2013 Mr A Brown", "Headteacher (Mrs P Wilson)".)
      named = true;
      continue;
    }
    if (field.layout === 'next-block' && /^(?:the\s+)?names?\s+of\b/i.test(field.value.trim())) {
      // The value is the next label ("The Name of the Designated Governor"): nothing answers this one.
      unnamed.push({ field: { ...field, value: '', valueSpan: field.labelSpan }, reason: 'blank' });
      continue;
    }
    if (field.layout === 'next-block' && field.value.trim() === '') {
      // "Identity of the Designated Teacher" with a paragraph under it: the paragraph may name the person.
      const under = context.model.blocks[field.block.index + 1];
      if (under && (under.kind === 'paragraph' || under.kind === 'list-item') && readsAsProse(under.text)) {
        if (namesInText(under.text, reading, true)) named = true;
        else unnamed.push({ field, reason: 'unanswered' });
        continue;
      }
    }
    if (readsAsProse(value) || judgement.reason?.includes('reads as a sentence') || judgement.reason?.includes('is not a name')) {
      // A label whose value is a sentence: the sentence may name the person.
      if (field.layout === 'next-block') {
        if (namesInText(field.value, reading, true)) named = true;
        else unnamed.push({ field, reason: 'unanswered' });
      } else proseValues.push(field);
      continue;
    }
    unnamed.push({ field, reason: judgement.reason === 'blank' ? 'blank' : judgement.reason?.includes('names a role') ? 'role' : 'placeholder' });
  }

  const mentions = context.model.blocks.filter((b) => spec.label.test(masked(b.text, reading)));
  if (!named && spec.sentences !== false) {
    named = mentions.some((b) => namesInText(b.text, reading, false)) || proseValues.some((f) => namesInText(f.value, reading, true));
  }
  if (!named && reading.nearby) named = mentions.some((b) => peopleUnder(context.model.blocks, b));

  // What IS there, in any kind of policy: blanks and placeholders in labels.
  for (const { field, reason } of unnamed) {
    if (reason === 'blank' || reason === 'placeholder') reportField(context, spec, field);
  }
  if (named) return;
  const placeholder = mentions.find((b) => /\[[^\]]*\]|\.{3,}|\u2026{2,}|_{3,}|\b(?:TBC|TBA|XXXX+)\b/.test(b.text) && !b.text.includes('\n'));
  if (placeholder && !unnamed.some((u) => u.field.block === placeholder)) {
    context.report({ messageId: 'placeholder-sentence', at: placeholder, data: { role: spec.roleShort ?? spec.role } });
    return;
  }
  if (unnamed.some((u) => u.reason === 'blank' || u.reason === 'placeholder')) return;

  // What is ABSENT: only where the policy must name the person.
  if (!context.required) return;
  const roleField = unnamed.find((u) => u.reason === 'role');
  if (roleField) {
    reportField(context, spec, roleField.field, 'role-not-name');
    return;
  }
  const unanswered = unnamed.find((u) => u.reason === 'unanswered');
  if (unanswered) {
    const { field } = unanswered;
    context.report({
      messageId: 'unanswered',
      span: field.labelSpan,
      excerpt: field.label,
      data: { role: spec.role, label: field.label, value: field.value },
    });
    return;
  }
  const role = roleOnlySentence(mentions, spec.label);
  if (role) {
    context.report({ messageId: 'role-in-sentence', at: role.block, from: role.start, to: role.end, data: { role: spec.role, roleGiven: role.role } });
    return;
  }
  // Nowhere names the person: point at the heading about the role, or its first mention, if there is one.
  const topic = judged.find((j) => j.kind === 'topic');
  const where = topic ? null : mentions[0];
  const data = { role: spec.roleLong ?? spec.role };
  if (topic) context.report({ messageId: 'missing', span: topic.field.labelSpan, excerpt: topic.field.label, data });
  else context.report({ messageId: 'missing', at: where ?? 'document', data });
}

/** "Bushey Meads School: Sara Ash, Head of Standards": the person after the school. */
function personPart(value: string): string {
  const colon = value.indexOf(':');
  return colon >= 0 ? value.slice(colon + 1) : value;
}

/** Whether a value reads as a sentence of prose rather than a name (long, or ends like a sentence). */
function readsAsProse(text: string): boolean {
  const t = text.replace(/[.\u2026_]{2,}/g, ' ').trim();
  return wordCount(t) > 12 || (wordCount(t) > 3 && /[.!?]$/.test(t) && !/\b[A-Z]\.$/.test(t));
}

function reportField(context: RuleContext, spec: NamedRoleSpec, field: Field, messageId?: 'role-not-name'): void {
  const judgement = judgeName(field.layout === 'list' ? personPart(field.value) : field.value);
  const forSchool = field.layout === 'list' && field.value.includes(':') ? ` for ${field.value.split(':')[0].trim() || 'one school'}` : '';
  const id = messageId ?? (judgement.reason === 'blank' ? 'blank' : 'placeholder');
  // Point at the dots or underscores where there are some; at the label when nothing follows it.
  context.report({
    messageId: id,
    at: field,
    data: {
      role: spec.role,
      forSchool,
      label: field.label,
      value: field.value,
      ...(id === 'role-not-name' ? { problem: judgement.name } : id === 'placeholder' ? { problem: judgement.reason } : {}),
    },
  });
}

/** A person's name at the start of `text`, after any job title ("Deputy Head Teacher Rob Cameron"). */
function nameAtStart(text: string): boolean {
  const rest = text
    // A dot-leader blank and an academic year before the name ("in ...2024-2025 is Sarah Gilliver").
    .replace(/^(?:in\s+)?[.\u2026_\s\d/-]*(?:\(academic year\)\s*)?(?:is\s+)?/i, '');
  return personAt(rest) || personAt(withoutJobTitle(rest));
}

function personAt(rest: string, strict = false): boolean {
  PERSON_NAME.lastIndex = 0;
  const name = PERSON_NAME.exec(rest);
  return !!name && name.index === 0 && judgeName(name[0]).isName && (!strict || eachWordAName(name[0]));
}

/** With `nearby`, every word of a name must be one ("Head Teachers" and "The National" are not). */
function eachWordAName(name: string): boolean {
  return name.split(/\s+/).every((w) => /^(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?|[A-Z]\.?)$/.test(w) || judgeName(w).isName);
}

/**
 * Whether text about the role names a person. `anySentence`: the text sits under a label about the
 * role, so its sentences need not repeat the role's words.
 */
function namesInText(text: string, reading: Reading, anySentence: boolean): boolean {
  const { label, nearby } = reading;
  const list = sentences(text);
  for (let i = 0; i < list.length; i++) {
    const s = masked(unglue(list[i].text), reading);
    // "The Designated Teacher … should be a senior member of staff. The named teacher in this school is Mrs E Smart."
    // "The DSL is named in Appendix 1": the name is given elsewhere, which this check cannot see.
    if (nearby && label.test(s) && REFERENCE_SENTENCE.test(s)) return true;
    const refersBack = i > 0 && label.test(masked(list[i - 1].text, reading)) && REFERS_BACK.test(s) && !OTHER_ROLE.test(s);
    if (!anySentence && !refersBack && !label.test(s)) continue;
    // A name right after "is", "led by", …
    SENTENCE_NAMING.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = SENTENCE_NAMING.exec(s)) !== null) {
      // "… the Virtual School Head, who is Jane Smith": the name belongs to someone else.
      if (/\bwho\s+$/i.test(s.slice(Math.max(0, m.index - 6), m.index))) continue;
      // (With `nearby`, the role must come first: "… is Mr Boothe, Deputy Head … with the DSL" names no DSL.)
      if (nearby && !anySentence && !refersBack && !label.test(s.slice(0, m.index))) continue;
      if (nameAtStart(s.slice(m.index + m[0].length))) return true;
    }
    PERSON_NAME.lastIndex = 0;
    while ((m = PERSON_NAME.exec(s)) !== null) {
      if (!judgeName(m[0]).isName) continue;
      // "Kathryn Dearn is the named teacher", "Rob Cameron has been appointed as our Designated Teacher"
      const after = s.slice(m.index + m[0].length);
      if (NAME_THEN_ROLE.test(after) && label.test(after)) return true;
      if (nearby && eachWordAName(m[0]) && nameBeforeRole(after, reading)) return true;
      // "The governing body appoint Mrs A Patel as the designated teacher"
      if (APPOINT.test(s.slice(0, m.index)) && /^\s*(?:\([^()]*\)\s*)?,?\s*as\s+(?:the|our)\b/i.test(after) && label.test(after)) return true;
      // "Designated Teacher – Mrs A Patel", "Name of Designated Teacher for CLA: Dr M Clarke",
      // "the Designated Teacher (Mrs A Patel)" inside a sentence.
      const before = s.slice(0, m.index);
      const sep = nearby ? /(?:\s[-\u2013\u2014]|:|\(|\||\t)\s*$/ : /(?:\s[-\u2013\u2014]|:|\()\s*$/; // (and a table's cell: "| DSL | Jo Bloggs |")
      if (sep.test(before) && roleLabelEndsAt(before.replace(sep, ''), label)) return true;
      // (A table row run together: "Designated Safeguarding Lead (DSL) Mrs Kim Baker kim.baker@…".)
      if (nearby && /^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\b/.test(m[0]) && roleLabelEndsAt(before.trimEnd().replace(/\s*\([^()]*\)$/, ''), label)) return true;
      // "The Designated Teacher, Mrs Jones, will …": the name in apposition to the role.
      if (/,\s*$/.test(before) && /^\s*,/.test(after) && roleLabelEndsAt(before.replace(/,\s*$/, ''), label)) return true;
      // "identify a designated teacher to co-ordinate … – Gill Robinson": the name closes the sentence.
      if (/\s[-\u2013\u2014]\s*$/.test(before) && label.test(before) && /^\s*(?:,[^,.;]{0,60})?\s*(?:\([^()]*\))?\s*[.;]?\s*$/.test(after)) return true;
    }
    if ((anySentence || refersBack) && nameAtStart(s)) return true;
    // "Designated Teacher for Children Looked After Jessica Field" as a line of its own.
    if (labelEndsWithName(s, label, nearby)) return true;
  }
  return false;
}

/**
 * "Darren Currie, School Designated Safeguarding Lead", "David Aldred, Pastoral Deputy Head (lead
 * DSP/CPO)", "Mr P Jones is the link governor": after a name, only "is the" and a job title before the
 * role, and not a deputy's title ("Jo Bloggs, Deputy DSL").
 */
function nameBeforeRole(after: string, reading: Reading): boolean {
  const re = new RegExp(reading.label.source, reading.label.flags.replace('g', ''));
  const m = re.exec(after);
  if (!m || m.index > 60) return false;
  const between = after.slice(0, m.index);
  if (!/^[\s,:(\u2013\u2014-]*(?:(?:is|acts\s+as|has\s+been\s+(?:appointed|nominated|named)(?:\s+as)?)\s+(?:the|our)\s+)?(?:(?:[A-Z][\w'\u2019&/.-]*|lead|link|of|the|our|\()[\s,()\u2013\u2014-]*){0,7}$/.test(between)) return false;
  const lastWords = between.replace(/[\s,()\u2013\u2014-]+$/, '').split(/[\s,()\u2013\u2014-]+/).slice(-2).join(' ');
  return !(reading.exclude && reading.exclude.test(`${lastWords} ${m[0]}`));
}

/** A short label ("Senior DSL:") or a lead-in that says people follow ("The Designated Persons are:"), then a person ("Name: Jo Bloggs"). */
function peopleUnder(blocks: Block[], block: Block): boolean {
  if (!/:\s*$/.test(block.text) || (wordCount(block.text) > 12 && !/\b(?:are|is)\s*:\s*$/i.test(block.text))) return false;
  const next = blocks[block.index + 1];
  const text = next ? unglue(next.text.trim().replace(/^names?\s*[:\u2013-]\s*/i, '')) : '';
  return personAt(text, true) && !/^(?:the|a|an|our|this|these|all|each|every|any|no|its|their)\b/i.test(text);
}

/** A person's name anywhere in a short value: "Headteacher \u2013 Mr A Brown", "Headteacher (Mrs P Wilson)". */
function nameInShortValue(value: string): boolean {
  PERSON_NAME.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PERSON_NAME.exec(value)) !== null) if (/\p{Ll}/u.test(m[0]) && judgeName(m[0]).isName) return true;
  return false;
}

/** Words glued by extraction ("Looked AfterJessica Field") split again, for finding names only. */
function unglue(text: string): string {
  // Three lower-case letters at least before the capital: "McAleavy" and "MacDonald" stay whole.
  return text.replace(/([a-z\u00df-\u00ff]{3})([A-Z][a-z])/g, '$1 $2');
}

/** Whether a label about the role ends with a person's name: "Designated Teacher \u2013 Jessica Field". */
function labelEndsWithName(label: string, role: RegExp, nearby = false): boolean {
  const re = new RegExp(role.source, role.flags.replace('g', ''));
  const m = re.exec(label);
  if (!m) return false;
  const after = unglue(label.slice(m.index + m[0].length)).replace(/[\s:;,.]+$/, '');
  const name = NAME_AT_END.exec(after);
  // (An acronym such as "PLA" is not a name: a name has lower-case letters.)
  if (!name || !/\p{Ll}{2}/u.test(name[0]) || !judgeName(name[0]).isName) return false;
  // Between the role and the name only a qualifier ("for Children Looked After") or a dash.
  const between = plainQualifier(after.slice(0, name.index), nearby);
  if (nearby && (between.length > 60 || !eachWordAName(name[0]))) return false; // not "… for the school so that … with Social Care"
  return ASKING_AFTER.test(between) && !TOPIC_WORDS.test(between);
}

/** A person's name closing a text: "… Looked After Jessica Field", "… \u2013 Mr M A Brunker". */
const NAME_AT_END = /(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?(?:[A-Z]\.?\s+)*[A-Z][\p{L}'\u2019-]+(?:\s+[A-Z][\p{L}'\u2019-]+)?$/u;

/** Whether `text` ends with a label for the role: "… Name of the Designated Teacher for CLA". */
function roleLabelEndsAt(text: string, role: RegExp): boolean {
  const re = new RegExp(role.source, role.flags.includes('g') ? role.flags : `${role.flags}g`);
  let last: RegExpExecArray | null = null;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) last = m;
  if (!last) return false;
  const after = text.slice(last.index + last[0].length);
  return ASKING_AFTER.test(after) && !TOPIC_WORDS.test(after) && after.length <= 60;
}

/**
 * The sentence that gives a role instead of the person ("At Clarendon, this is the CLPO.", "The
 * designated teacher is the SENCO."): in a block about the role, the sentence that says so or the one
 * right after it.
 */
function roleOnlySentence(mentions: Block[], label: RegExp): { block: Block; start: number; end: number; role: string } | null {
  for (const block of mentions) {
    const list = sentences(block.text);
    for (let i = 0; i < list.length; i++) {
      const s = list[i];
      const aboutRole = label.test(s.text) || (i > 0 && label.test(list[i - 1].text) && /^(?:at [^,]+,\s*)?(?:this|they|he|she|that)\s+(?:is|will be)\b/i.test(s.text));
      if (!aboutRole) continue;
      const m = ROLE_ONLY.exec(s.text) ?? ROLE_ONLY_ACRONYM.exec(s.text);
      if (!m) continue;
      // "the LAC" / "the CLA" are the children, not a role.
      if (/^(?:P?LAC|P?CLA|PLAC|DT|DfE|LA|VSH?|PEP)$/.test(m[1])) continue;
      if (label.test(m[1])) {
        // "The headteacher is the DSL": the role given is the subject's.
        const subject = ROLE_SUBJECT.exec(s.text);
        if (subject) return { block, start: s.start, end: s.end, role: subject[1] };
        continue;
      }
      return { block, start: s.start, end: s.end, role: m[1] };
    }
  }
  return null;
}
