/**
 * placeholder-left: template text that was never filled in. A model policy leaves gaps for the school
 * ("[School name]", "<insert date>", "XXXX", "Insert date", "Date: ……………"), choices to make ("(delete as
 * appropriate)") and notes to the school ("This is a model policy that schools may adapt or adopt",
 * "Schools should insert their own procedures here"); a school's copy that still holds them was adopted
 * unfinished. One finding per placeholder, at it.
 *
 * Left alone, because they are not forgotten template text: real references in brackets ("[1]",
 * "[2023]", "[sic]", "[Grange]" after a name, "[email protected]" where a web page hid an address), a "<"
 * in text, dot leaders in a table of contents ("Introduction ........ 3"), dots around a value that was
 * filled in (".....Sarah Gilliver....."), and signature lines ("Signed: ____ Date: ____"), which are a
 * form for a person to sign on the printed copy. A blank or placeholder where a named role belongs
 * (designated teacher, designated safeguarding lead and deputy, the governor for looked-after children or
 * safeguarding, the virtual school head) is left to the rules that check those roles.
 */
import { defineRule, docsUrl, sentences, wordCount, type Block, type MessageSpec, type TextRange } from '../src/kit/index.js';

const ID = 'placeholder-left';

/** The roles whose blanks the named-role rules report (designated-teacher-named, dsl-named, …). */
const NAMED_ROLE =
  /\bdesignated\s*teachers?\b|\bdesignated\s+members?\s+of\s+staff\b|\b(?:deputy\s+)?designated\s+safeguarding\s+(?:leads?|officers?|persons?)\b|\bD?DSLs?\b|\bdesignated\s+(?:senior\s+)?persons?\b|\bchild\s+protection\s+(?:leads?|officers?|co-?ordinators?)\b|\b(?:designated|nominated|named|link|safeguarding)\s+(?:school\s+)?governors?\b|\bgovernors?\s+(?:for|with\s+responsibility\s+for|responsible\s+for)\s+(?:looked|children|cla\b|lac\b|cic\b|safeguarding|child\s+protection)|\bvirtual\s+school\s+head(?:\s*teacher)?s?\b|\bVSH\b/i;

/** Text in brackets: [School name], <insert date>, «School Name», {{school_name}}. */
const BRACKETED = /\[([^[\]]{1,120})\]|<(?![\s/!])([^<>]{1,80})>|\u00ab([^\u00ab\u00bb]{1,80})\u00bb|\{\{?([^{}]{1,80})\}?\}/g;
/** A placeholder that tells the school what to do: "[Insert …]", "[School to add …]", "<enter date>". */
const INSTRUCTION_START =
  /^(?:please\s+)?(?:insert|add|enter|type|include|state|specify|delete|remove|amend|edit|complete|fill\s+in|select|choose|list|give|provide|describe|detail|update|replace|attach|outline|(?:school|academy|setting|trust)s?\s+(?:to|should|must|may|can)|if\s+(?:applicable|appropriate|relevant)|optional|e\.g\.|tbc|tba)\b/i;
/** Words a placeholder is made of ("[Name of school]", "[Date of approval]", "<School Name>"). */
const CORE = new Set([
  'name', 'names', 'date', 'dates', 'school', 'academy', 'trust', 'setting', 'la', 'authority', 'address', 'number', 'no',
  'tel', 'telephone', 'phone', 'email', 'year', 'term', 'month', 'day', 'details', 'logo', 'url', 'website', 'headteacher',
  'governor', 'chair', 'title', 'postcode', 'signature', 'time', 'code', 'ref', 'reference', 'nursery', 'college', 'federation',
  'author', 'company', 'subtitle',
]);
const GENERIC = new Set([
  ...CORE, 'of', 'the', 'a', 'an', 'for', 'and', 'or', 'to', 'your', 'our', 'this', 'local', 'full', 'job', 'contact', 'relevant',
  'appropriate', 'here', 'text', 'insert', 'add', 'e', 'g', 'eg', 'etc', 'new', 'current', 'approval', 'review', 'adoption',
  'next', 'last', 'meeting', 'policy', 'version', 'staff', 'member', 'person', 'head', 'teacher', 'principal', 'ceo', 'clerk',
  'body', 'governing', 'board', 'council', 'county', 'borough', 'area', 'organisation', 'organization', 'team', 'officer',
  'committee', 'office', 'mobile', 'hours', 'post', 'position', 'role', 'responsible', 'line', 'manager', 'ratified', 'issue',
  'document', 'heading',
]);
/** "XXXX", "20XX", "XX/XX/XXXX": letters standing for what was never written. */
const X_PLACEHOLDER = /(?<![\w/.@-])(?:X{3,}|(?:19|20)[Xx]{2}|XX\/XX\/(?:XX)?XX|XX\.XX\.(?:XX)?XX)(?![\w/@])/g;
/** Word's own placeholders and filler: "Click or tap here to enter text.", "Lorem ipsum", "Type text here". */
const WORD_PLACEHOLDER = /\bclick\s+(?:or\s+tap\s+)?(?:here\s+)?to\s+enter\s+(?:text|a\s+date)\b|\blorem\s+ipsum\b|\b(?:enter|type)\s+(?:text|date|name)\s+here\b/gi;
/**
 * What is filled in afresh for each child or case ("[child's name]", "Date of birth: ____", "[reason]"):
 * a form or letter template, not a gap the school left in its policy.
 */
const PER_CASE = /\b(?:child|pupil|student|learner|parent|carer|guardian|young\s+person|incident|son|daughter|his|her|he|she|birth|dob|d\.o\.b|reason)(?:['\u2019]s)?\b/i;
/** A section of forms or letters to fill in each time: "Appendix 3: letter templates", "Referral form" (not "Forms of abuse", not a contents line). */
const FORM_TITLE = /\b(?:templates?|letters?|pro-?formas?|record\s+sheets?|logs?|checklists?)\b|\bforms?\b(?!\s+of\b)/i;
/** "Insert date", "insert school name here": at the start, after a label, or with "here". */
const INSERT_PHRASE = /\binsert\s+(?:[\w'\u2019]+\s+){0,3}?(?:name|date|details|logo|address|number|year|text|title|information)\b(?:\s+here\b)?/gi;
/** "(delete as appropriate)", "amend as applicable", "delete whichever does not apply". */
const CHOICE =
  /\(?\b(?:delete|strike\s+out|cross\s+out|amend|select|choose)\s+(?:as\s+(?:appropriate|applicable|necessary|required|relevant)|where\s+(?:not\s+)?(?:appropriate|applicable|relevant)|if\s+not\s+(?:applicable|appropriate|relevant)|whichever\s+(?:does\s+not|doesn't)\s+apply)\b\)?/gi;

/** A document that calls itself a model: "This is a 'model' policy", "This policy is intended as a guide". */
const SELF_MODEL =
  /\bthis\s+is\s+an?\s+['\u2018"\u201c]?(?:model|template|exemplar|sample)\b|\b(?:this|the)\s+['\u2018"\u201c]?(?:model|template|exemplar|sample)['\u2019"\u201d]?\s*(?:policy|document|statement)?\b|\bthis\s+(?:policy|document|template)\s+(?:is|has\s+been)\s+(?:intended|designed|provided|offered|written|produced)\s+(?:as|to\s+(?:be|serve\s+as))\s+an?\s+(?:guide|model|template|framework|starting\s+point|example|exemplar)\b/i;
/** What schools are to do with it: "schools may adapt or adopt", "for schools to adapt". */
const SCHOOLS_TO =
  /\b(?:schools?|settings?|academies|headteachers|you)\b[^.]{0,30}?\b(?:may|can|should|must|will\s+need\s+to|need\s+to|wish\s+to|want\s+to|are\s+(?:asked|advised|encouraged|expected|invited|free)\s+to|to)\s+(?:(?:then|also|either|simply)\s+)?(?:adapt|adopt|amend|personalise|personalize|tailor|customise|customize|edit|modify|change|insert|add|delete|remove|complete|fill\s+in|include|replace|use|localise|localize)\b/i;
/** What a model must have done to it: "designed to be easily adapted", "must be amended to reflect …". */
const TO_BE_ADAPTED =
  /\b(?:designed|intended|written|meant)\s+to\s+be\s+(?:easily\s+)?(?:adapted|amended|personali[sz]ed|tailored|customi[sz]ed|edited|adopted)\b|\b(?:must|should|can|may|will\s+need\s+to)\s+be\s+(?:adapted|amended|personali[sz]ed|tailored|customi[sz]ed|edited|locali[sz]ed)\b/i;
/** "Schools should insert their own procedures here", "each school should adapt to fit its own needs". */
const DIRECT_INSTRUCTION =
  /\b(?:schools|settings|academies|(?:each|every|your)\s+(?:school|setting|academy))\s+(?:should|must|will\s+need\s+to|need\s+to|may\s+wish\s+to|might\s+wish\s+to|are\s+asked\s+to|are\s+advised\s+to|can)\s+(?:insert|add|include|complete|fill\s+in|amend|delete|remove|personalise|personalize|tailor|adapt|edit|customise|customize|replace)\b[^.]{0,80}?\b(?:here|below|above|this\s+(?:section|paragraph|box|template|policy|model|document|text|page)|(?:their|its|the\s+school'?s|the\s+academy'?s)\s+own\b)/i;
/** A template addressed to the school: "designed to … be integrated into your school's … policy". */
const YOUR_SCHOOL =
  /\b(?:integrat|incorporat|insert|adapt|personalis|personaliz|tailor|customis|customiz)\w*\s+(?:(?:it|this(?:\s+\w+)?)\s+)?(?:in|into|to|for|within)\s+(?:the\s+needs\s+of\s+)?your\s+(?:own\s+)?(?:school|setting|academy|trust|organisation|organization)\b|\b(?:drawing\s+up|writing|adapting|agreeing)\s+your\s+(?:[\w-]+\s+){0,2}policy\b/i;
/** "Note to schools:", "Delete this box before publishing", "Text in red should be amended". */
const NOTE =
  /^\W*(?:(?:guidance\s+)?notes?|instructions?)\s+(?:to|for)\s+(?:schools|settings|academies)\b|\b(?:delete|remove)\s+this\s+(?:note|box|text|guidance|page|paragraph|section|instruction|comment)s?\b[^.]{0,40}\b(?:before|once|when|prior)\b|\btext\s+(?:in|highlighted\s+in)\s+(?:red|blue|green|yellow|italics?|bold|grey)\b[^.]{0,40}\b(?:should|must|can|may|needs?\s+to)\s+be\s+(?:deleted|removed|amended|changed|replaced|personali[sz]ed|updated|completed|edited)\b/i;

/** What a placeholder, blank, choice or note needs at least one of (X's are checked apart, with case). */
const MAY_HOLD =
  /[[<\u00ab{_\u2026]|\.{4}|\b(?:insert|delete|amend|select|choose|strike|cross|click|lorem|enter|type|model|template|exemplar|sample|guide|framework|starting|example|your|notes?|instructions?|remove|text)\b|\b(?:schools|settings|academies|each\s+school|every\s+school)\b/i;
/** A run of dots, ellipses or underscores (no spaces inside: "... …" is an ellipsis, not a blank). */
const RUN = /[._\u2026]{2,}/g;
/** Signing a printed copy: "Signed", "Signature", "Authorised", "Print name". */
const SIGNATURE = /\b(?:sign(?:ed|ature)?|countersign\w*|authori[sz]ed(?:\s+by)?|print(?:ed)?\s+name)\b/i;
/** Who signs a printed copy: "Headteacher: …………", "Chair of Governors ……". */
const SIGNATORY = /^\W*(?:head\s*teacher|headteacher|principal|chair(?:man)?(?:\s+of\s+(?:the\s+)?(?:governors|governing\s+body|trustees))?|clerk(?:\s+to\s+(?:the\s+)?governors)?|ceo|executive\s+head(?:teacher)?)\s*:?\s*$/i;
/** A signatory's blank: "Headteacher: …………", "Chair of Governors ________". */
const SIGNATORY_BLANK = /\b(?:head\s*teacher|headteacher|principal|chair(?:man)?(?:\s+of\s+(?:the\s+)?(?:governors|governing\s+body|trustees))?|clerk(?:\s+to\s+(?:the\s+)?governors)?)\s*:?\s*(?:[._\u2026]{4,}|_{3,})/i;
/** A line that asks for something: "Date approved:", "Name of school", "Telephone". */
const LABEL_LINE = /:\s*$|^(?:name|date|school|academy|setting|address|telephone|tel|email|contact|title|position|role)\b/i;
/** A role printed under a signature line: "Head Teacher", "(Chair of Governors)". */
const ROLE_UNDER = /^\(?\s*(?:head\s*teacher|headteacher|principal|chair(?:\s+of\s+(?:the\s+)?governors)?|chairman(?:\s+of\s+governors)?|governor|clerk(?:\s+to\s+(?:the\s+)?governors)?)\s*\)?$/i;

type MessageId = 'placeholder' | 'blank' | 'gap' | 'instruction' | 'choice';

interface Finding {
  messageId: MessageId;
  from: number;
  to: number;
  data: Record<string, string>;
}

const BASIS = "The policy's own text: a policy the governing body approves and publishes should be complete, with the model's gaps filled in and its notes removed.";
const WHY =
  'A published policy that still holds template text was adopted without being finished: parents, carers, social workers and inspectors cannot tell what the school actually does, and governors approved an incomplete document.';

function advice(action: string): Omit<MessageSpec, 'message'> {
  return { reason: WHY, action, basis: BASIS };
}

export default defineRule({
  meta: {
    id: ID,
    title: 'No template text left',
    description: 'No placeholder, blank, choice or note to schools from a model policy is left unfilled ("[School name]", "XXXX", "Date: ……", "(delete as appropriate)").',
    docs: docsUrl(ID),
    // The adviser's pack (policy-lint:adviser), off by default: see README, "Presets".
    recommended: false,
    messages: {
      placeholder: { message: 'Template text left in: the placeholder "{{placeholder}}" was never filled in.', ...advice('Replace "{{placeholder}}" with what it stands for') },
      blank: { message: '"{{label}}" is left blank ("{{blank}}").', ...advice('Fill in "{{label}}", or remove the line if it does not apply') },
      gap: { message: 'A gap ("{{blank}}") was left in the text: "{{excerpt}}".', ...advice('Fill in the gap in "{{excerpt}}"') },
      instruction: {
        message: 'The model policy\'s note to schools is still in the text: "{{quote}}".',
        ...advice('Do what the note asks, then delete it: the school\'s policy should read as the school\'s own'),
      },
      choice: { message: '"{{phrase}}" is still in the text: the choice it asks for was never made.', ...advice('Make the choice "{{phrase}}" asks for and delete the instruction') },
    },
  },
  check(context) {
    const blocks = context.model.blocks;
    const roleValues = new Map<Block, Array<[number, number]>>();
    for (const f of context.model.fields) {
      if (!NAMED_ROLE.test(f.label)) continue;
      const list = roleValues.get(f.block) ?? [];
      list.push([f.valueOffset, f.valueOffset + Math.max(1, f.value.length)]);
      roleValues.set(f.block, list);
    }
    const forms = formBlocks(blocks, context.model.sections.map((s) => s.title));
    for (const block of blocks) {
      if (block.kind === 'code' || block.kind === 'html' || !block.text.trim() || forms.has(block)) continue;
      for (const f of findingsIn(block, blocks, roleValues.get(block) ?? [])) {
        context.report({ messageId: f.messageId, at: block, from: f.from, to: f.to, data: f.data });
      }
    }
  },
});

/**
 * Blocks that are forms or letters to fill in each time: a section titled so ("Appendix 2: letter
 * templates"), and a letter from "Dear …" to "Yours sincerely".
 */
function formBlocks(blocks: Block[], titles: string[]): Set<Block> {
  const out = new Set<Block>();
  for (let i = 0; i < blocks.length; i++) {
    const title = titles[blocks[i].section] ?? '';
    if (title && FORM_TITLE.test(title) && !/\d\s*$/.test(title)) out.add(blocks[i]);
    if (!/^\W*dear\b/i.test(blocks[i].text)) continue;
    for (let j = i; j < blocks.length && j <= i + 25; j++) {
      out.add(blocks[j]);
      if (/\byours\s+(?:sincerely|faithfully)\b|\bkind\s+regards\b/i.test(blocks[j].text)) break;
    }
  }
  return out;
}

/** The placeholders of one block, one finding each, in order; none where a named-role rule looks. */
function findingsIn(block: Block, blocks: Block[], roleValues: Array<[number, number]>): Finding[] {
  const text = block.text;
  // Most paragraphs hold nothing a placeholder is made of: skip them cheaply.
  if (!MAY_HOLD.test(text) && !/X{2}/.test(text)) return [];
  const sentenceList = sentences(text);
  const found: Finding[] = instructions(sentenceList);
  const aboutRole = (from: number) => {
    if (roleValues.some(([a, b]) => from >= a && from < b)) return true;
    const s = sentenceList.find((r) => from >= r.start && from < r.end);
    return !!s && NAMED_ROLE.test(s.text);
  };
  let formMemo: boolean | undefined;
  const isFormBlock = () => (formMemo ??= isForm(block, blocks));
  const add = (f: Finding) => {
    if (aboutRole(f.from)) return;
    found.push(f);
  };
  for (const m of text.matchAll(BRACKETED)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
    // "[The Local Authority]" inside a quotation is an editor's word, unless it says what to do.
    if (isPlaceholderText(inner) && !PER_CASE.test(inner) && (INSTRUCTION_START.test(inner.trim()) || !inQuotation(text, m.index, sentenceList))) add({ messageId: 'placeholder', from: m.index, to: m.index + m[0].length, data: { placeholder: m[0] } });
  }
  for (const m of text.matchAll(WORD_PLACEHOLDER)) add({ messageId: 'placeholder', from: m.index, to: m.index + m[0].length, data: { placeholder: m[0] } });
  for (const m of text.matchAll(X_PLACEHOLDER)) add({ messageId: 'placeholder', from: m.index, to: m.index + m[0].length, data: { placeholder: m[0] } });
  for (const m of text.matchAll(INSERT_PHRASE)) {
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    if (m.index === 0 || /[:(\-\u2013\u2014]\s*$/.test(before) || /\bhere$/i.test(m[0])) {
      add({ messageId: 'placeholder', from: m.index, to: m.index + m[0].length, data: { placeholder: m[0] } });
    }
  }
  if (text.search(CHOICE) >= 0 && !isFormBlock()) {
    for (const m of text.matchAll(CHOICE)) add({ messageId: 'choice', from: m.index, to: m.index + m[0].length, data: { phrase: m[0] } });
  }
  if (/[._\u2026]{2}/.test(text) && !isFormBlock()) for (const f of blanks(block, blocks)) add(f);
  // One finding per placeholder: what lies inside a reported note (or another finding) is not reported again.
  found.sort((a, b) => a.from - b.from || b.to - b.from - (a.to - a.from));
  const kept: Finding[] = [];
  for (const f of found) if (!kept.some((k) => f.from < k.to && k.from < f.to)) kept.push(f);
  return kept;
}

/** Whether offset `at` is inside a quotation within its sentence. */
function inQuotation(text: string, at: number, list: Array<{ start: number; end: number }>): boolean {
  const s = list.find((r) => at >= r.start && at < r.end) ?? { start: 0, end: text.length };
  const before = text.slice(s.start, at);
  const after = text.slice(at, s.end);
  const opens = (before.match(/[\u2018\u201c]|(?:^|\s)["']/g) ?? []).length;
  const closes = (before.match(/[\u2019\u201d](?!\w)|\w["'](?!\w)/g) ?? []).length;
  return opens > closes && /[\u2019\u201d"']/.test(after);
}

/** Whether the words in brackets stand for something to fill in. */
function isPlaceholderText(inner: string): boolean {
  const c = inner.trim();
  if (!c) return false; // "[ ]": a tick box
  if (/^[.\u2026_\s-]+$/.test(c)) return c.replace(/\s/g, '').length >= 3 && !/^\.{3}$|^\u2026$/.test(c.replace(/\s/g, ''));
  if (/^x{2,}$/i.test(c)) return true; // "[XX]"; "[x]" is a ticked box
  if (INSTRUCTION_START.test(c)) return wordCount(c) <= 30;
  const words = c
    .toLowerCase()
    .replace(/['\u2019]s\b/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (words.length === 0 || words.length > 8 || !words.every((w) => GENERIC.has(w))) return false;
  // "[the school]" in a quotation is an editor's word; "[School]", "[name]" and "[date]" are gaps.
  const core = words.filter((w) => CORE.has(w));
  if (core.length === 0) return false;
  return /^[A-Z<[{]/.test(c) || core.some((w) => !['school', 'academy', 'trust', 'setting', 'college', 'nursery', 'federation'].includes(w));
}

/** Sentences in which a model speaks to the schools that adopt it. */
function instructions(list: TextRange[]): Finding[] {
  const out: Finding[] = [];
  for (const s of list) {
    const t = s.text;
    const isNote = (SELF_MODEL.test(t) && (SCHOOLS_TO.test(t) || TO_BE_ADAPTED.test(t))) || DIRECT_INSTRUCTION.test(t) || YOUR_SCHOOL.test(t) || NOTE.test(t);
    // A note about a named role that holds a blank is for that role's rule.
    if (!isNote || (NAMED_ROLE.test(t) && /\[[^\]]*\]|\.{3,}|\u2026{2,}|_{3,}/.test(t))) continue;
    out.push({ messageId: 'instruction', from: s.start, to: s.end, data: { quote: t.length > 160 ? `${t.slice(0, 157).replace(/\s+\S*$/, '')}\u2026` : t } });
  }
  return out;
}

/** Whether the block is part of a form to sign: a signature line, or beside one. */
function isForm(block: Block, blocks: Block[]): boolean {
  for (let i = Math.max(0, block.index - 2); i <= Math.min(blocks.length - 1, block.index + 2); i++) {
    const t = blocks[i].text;
    if (SIGNATURE.test(t) && (i === block.index || /[._\u2026]{4,}|_{3,}/.test(t))) return true;
    if (SIGNATORY_BLANK.test(t)) return true;
  }
  return /\btick\b/i.test(block.text);
}

/** Dots, ellipses or underscores where something should have been written. */
function blanks(block: Block, blocks: Block[]): Finding[] {
  const text = block.text;
  const runs = [...text.matchAll(RUN)].filter((m) => isBlankRun(m[0])).map((m) => ({ from: m.index, to: m.index + m[0].length, run: m[0] }));
  const out: Finding[] = [];
  for (let i = 0; i < runs.length; i++) {
    const { from, to, run } = runs[i];
    const before = text.slice(i > 0 ? runs[i - 1].to : 0, from);
    const after = text.slice(to, i + 1 < runs.length ? runs[i + 1].from : text.length);
    const blank = run.length > 8 ? `${run.slice(0, 8)}\u2026` : run;
    // A table of contents: "Introduction ........ 3".
    if (/^\s*(?:(?:page|p\.)\s*|\u00a3|\$)?\d|^\s*[ivxl]{1,5}\b/i.test(after)) continue;
    const label = lastClause(before);
    // Dots around a value that was filled in: ".....Sarah Gilliver.....", ".....Claire Marles".
    if (i > 0 && before.trim() && !labelLike(label) && wordCount(before) <= 6) continue;
    if (!before.trim() && after.trim() && !isLabel(after)) continue;
    if (!before.trim() && !after.trim()) {
      // A line of its own: blank if the line above asks for something.
      const above = blocks[block.index - 1];
      const below = blocks[block.index + 1];
      if (!above || !LABEL_LINE.test(above.text.trim()) || wordCount(above.text) > 12 || NAMED_ROLE.test(above.text)) continue;
      if (SIGNATURE.test(above.text) || (below && ROLE_UNDER.test(below.text.trim()))) continue;
      out.push({ messageId: 'blank', from, to, data: { label: above.text.trim().replace(/:$/, ''), blank } });
      continue;
    }
    if (label && labelLike(label)) {
      // "Date approved: ……" with nothing, or another label, after it; "Date adopted ……… June 2023" is filled in.
      if (after.trim() && !isLabel(after)) continue;
      if (NAMED_ROLE.test(label) || PER_CASE.test(label) || SIGNATORY.test(label)) continue;
      if (after.trim() && ROLE_UNDER.test(after.trim())) continue;
      out.push({ messageId: 'blank', from, to, data: { label: label.trim().replace(/\s*:$/, ''), blank } });
      continue;
    }
    // A gap in a sentence: "At …………… School we believe …", "It was approved on ………" (a title
    // before dots, with nothing after, is a leader or a label: unsure, quiet).
    if (!after.trim() && !/\b(?:is|are|was|were|at|of|the|on|by|to|in|for|and|from|dated|called|named)\s*$/i.test(before)) continue;
    if (run.replace(/[^._\u2026]/g, '').length >= 5 || /\u2026{3,}|_{4,}/.test(run)) {
      const a = Math.max(0, from - 40);
      const excerpt = `${a > 0 ? '\u2026' : ''}${text.slice(a, Math.min(text.length, to + 40)).trim()}${to + 40 < text.length ? '\u2026' : ''}`;
      out.push({ messageId: 'gap', from, to, data: { blank, excerpt } });
    }
  }
  return out;
}

/** A blank: five dots or more, two ellipses or more, three underscores or more. */
function isBlankRun(run: string): boolean {
  const underscores = (run.match(/_/g) ?? []).length;
  const dots = (run.match(/\./g) ?? []).length + 3 * (run.match(/\u2026/g) ?? []).length;
  return underscores >= 3 || dots >= 5;
}

/** The words just before a blank, after the last sentence end or bracket: the label it belongs to. */
function lastClause(before: string): string {
  const parts = before.split(/[.;!?)](?=\s)|\t/);
  return (parts[parts.length - 1] ?? '').trim();
}

/** Whether the words before a blank ask for something: "Date approved:", "Name of school". */
function labelLike(label: string): boolean {
  return /:\s*$/.test(label) || (wordCount(label) <= 6 && LABEL_LINE.test(label.trim()));
}

/** Whether text after a blank is the next label ("Date:", "(Headteacher)", "Position"), not a value. */
function isLabel(after: string): boolean {
  const t = after.trim();
  return /:\s*$/.test(t) || ROLE_UNDER.test(t) || (/^(?:date|name|signed|signature|position|role|title|print\s+name|tel|telephone|email)\b/i.test(t) && wordCount(t) <= 4);
}
