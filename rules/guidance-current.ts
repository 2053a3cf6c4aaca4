/**
 * guidance-current: every citation of a guidance document that names a year cites the edition in force
 * on the as-of date, for every document of the guidance data but KCSIE (kcsie-current's) and the length
 * of the school week (a figure, which ap-hours-current checks); and a title that guidance replaced under
 * another name ("Use of reasonable force", "Family and Friends Care", "Exclusion from maintained schools,
 * academies and pupil referral units"), or the Local Safeguarding Children Board that the safeguarding
 * partners replaced, is reported as replaced. The editions, the old names and what replaced them come
 * from the guidance data module; this rule only decides where the policy cites them.
 */
import {
  checkCitationsCurrent,
  CITE_CURRENT_MESSAGES,
  defineRule,
  docsUrl,
  editionInForce,
  formatDay,
  formatInForce,
  parseIsoDate,
  sentences,
  type Block,
  type Citation,
  type Edition,
  type GuidanceDocument,
  type MessageSpec,
  type ReportDescriptor,
  type RuleContext,
  type Section,
  type TextRange,
} from '../src/kit/index.js';

const ID = 'guidance-current';

/**
 * Documents this rule leaves alone: KCSIE's editions are kcsie-current's (one finding per citation, not
 * two); the length of the school week is an expectation (32.5 hours) that ap-hours-current checks through
 * the school-week fact, and its "editions" (a white paper, a note of July 2023) are not guidance a policy
 * cites by edition. Old names (LSCB) are checked for every document, KCSIE's included: kcsie-current
 * does not look at them.
 */
const EDITIONS_CHECKED_ELSEWHERE = new Set(['kcsie', 'length-of-school-week']);

type ReplacedName = NonNullable<GuidanceDocument['replacedNames']>[number];

/** What each finding rests on: the document it cites (its edition in force, link, sources); failing that, this. */
const CITED = ['{{document}}'];
const BASIS = '{{title}}, {{currentEdition}} (in force from {{inForce}}): {{url}}';
const OUTDATED_REASON =
  'The policy cites {{citedEdition}}, but {{currentEdition}} ({{standing}}) has applied since {{inForce}}: a policy that points staff to an older edition can miss duties and advice added since.';

const MESSAGES = {
  outdated: { ...CITE_CURRENT_MESSAGES.outdated, reason: OUTDATED_REASON, guidance: CITED, basis: BASIS },
  'outdated-link': {
    ...CITE_CURRENT_MESSAGES['outdated-link'],
    reason: 'The policy links to {{citedEdition}}, but {{currentEdition}} ({{standing}}) has applied since {{inForce}}: staff who follow the link read an edition that has been replaced.',
    guidance: CITED,
    basis: BASIS,
  },
  replaced: {
    message: 'Cites {{citedAs}}, replaced by “{{replacement}}” from {{since}}; the edition in force on {{asOf}} is {{currentEdition}} (in force from {{inForce}}).',
    reason:
      'The policy cites {{citedAs}}, guidance that has been replaced under another name: “{{replacement}}” ({{standing}}) has applied since {{since}}. Staff who look for the old title find withdrawn guidance, and the policy can miss duties added since.',
    action: 'Replace the reference to {{citedAs}} with “{{replacement}}” ({{currentEdition}}), or refer to “the current edition of {{shortName}}” so the policy does not date',
    guidance: CITED,
    basis: BASIS,
  },
  'replaced-body': {
    message: 'Refers to the {{found}} ({{times}} in the policy) as a body that still exists; it has been replaced by {{replacement}}, the terms of {{replacedBy}} (in force from {{since}}) and later editions.',
    reason:
      'The policy gives the {{name}} a part in its procedures, but it has been replaced by {{replacement}}, the terms schools have used since {{replacedBy}}. Staff following the policy would look for arrangements that no longer exist.',
    action: 'Replace the references to the {{found}} with your local safeguarding partners and their arrangements (name the local safeguarding children partnership and its procedures)',
    guidance: CITED,
    basis: BASIS,
  },
} satisfies Record<string, MessageSpec>;

/** How binding the document is, in a few words, from its status in the data ("statutory guidance ..."). */
function standingOf(doc: GuidanceDocument): string {
  const status = doc.status.toLowerCase();
  if (/^statutory\s+code/.test(status)) return 'a statutory code';
  if (/^statutory/.test(status)) return 'statutory guidance';
  if (/^non-statutory\s+advice/.test(status)) return 'non-statutory advice';
  if (/^non-statutory/.test(status)) return 'non-statutory guidance';
  return 'guidance that is statutory in part';
}

// ---------------------------------------------------------------------------------------------------
// A policy's own history: a change-log entry records what was done then, not the guidance in force.

/** A heading over a change log: "Version history", "Summary of changes", "Amendments". */
const CHANGE_LOG_HEADING =
  /\b(?:version|revision|review|document|change|amendment|update)s?\s+(?:history|log|record|control|summary|details)\b|\bsummary\s+of\s+(?:the\s+)?(?:changes|amendments|updates|revisions)\b|\b(?:changes|amendments|updates)\s+(?:made|since|to\s+(?:this|the)\s+(?:policy|document))\b|\bwhat['\u2019]?s\s+(?:new|changed)\b|^\W*(?:amendments?|changes|updates|revisions)\W*$/i;
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/**
 * The words before a citation in a change entry: "Updated in line with", "This policy has been amended
 * to reflect", "Sept 2023: revised following". A sentence with a subject of its own ("We have reviewed
 * the policy alongside …") is the policy's claim about what it follows now, and is not one.
 */
const CHANGE_ENTRY = new RegExp(
  `^[^A-Za-z]*(?:${MONTH}\\s+(?:19|20)\\d\\d\\W*)?(?:(?:this|the)\\s+)?(?:policy\\s+|document\\s+)?(?:(?:has|have)\\s+been\\s+|was\\s+|were\\s+)?` +
    '(?:updated|amended|revised|rewritten|changed|refreshed)\\b[^.;]*?\\b(?:in\\s+line\\s+with|to\\s+reflect|following|in\\s+light\\s+of|to\\s+include|to\\s+align\\s+with|in\\s+accordance\\s+with|for)\\b',
  'i',
);

/** Per document: which sections are a change log, or sit in one (worked out once, in one pass). */
const changeLogSections = new WeakMap<Section[], boolean[]>();

function underChangeLogHeading(context: RuleContext, block: Block): boolean {
  const sections = context.model.sections;
  let flags = changeLogSections.get(sections);
  if (!flags) {
    flags = [];
    // The headings open around each section: a heading closes those of its depth or deeper.
    const open: Array<{ depth: number; log: boolean }> = [];
    for (const s of sections) {
      if (s.depth > 0) while (open.length && open[open.length - 1].depth >= s.depth) open.pop();
      const log = CHANGE_LOG_HEADING.test(s.title) || (open.length > 0 && open[open.length - 1].log);
      if (s.depth > 0) open.push({ depth: s.depth, log });
      flags.push(log);
    }
    changeLogSections.set(sections, flags);
  }
  return flags[block.section] ?? false;
}

/** Per block: its sentences (worked out once, however many citations or mentions it holds). */
const blockSentences = new WeakMap<Block, TextRange[]>();

function sentenceAt(block: Block, index: number): TextRange {
  let list = blockSentences.get(block);
  if (!list) {
    list = sentences(block.text);
    blockSentences.set(block, list);
  }
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (index < list[mid].start) hi = mid - 1;
    else if (index >= list[mid].end) lo = mid + 1;
    else return list[mid];
  }
  return { start: 0, end: block.text.length, text: block.text };
}

/** How far around a mention its sentence is read (a longer "sentence" is usually text whose full stops extraction lost). */
const AROUND = 240;

/** The words of the sentence around text[start, end), at most AROUND characters either side. */
function around(block: Block, start: number, end: number): string {
  const sentence = sentenceAt(block, start);
  return block.text.slice(Math.max(sentence.start, start - AROUND), Math.min(sentence.end, end + AROUND));
}

/**
 * Whether the cell or sentence that holds `index` (a pipe table's cells, a tab-separated row's) opens
 * as a change entry before it. An entry's opening is short: only the last AROUND characters are read.
 */
function changeEntryBefore(block: Block, index: number): boolean {
  const sentence = sentenceAt(block, index);
  const from = Math.max(sentence.start, index - AROUND);
  const before = block.text.slice(from, index);
  const cut = Math.max(before.lastIndexOf('|'), before.lastIndexOf('\t'), before.lastIndexOf('\n'));
  if (cut < 0 && from > sentence.start) return false;
  return CHANGE_ENTRY.test(before.slice(cut + 1));
}

function inChangeLog(context: RuleContext, block: Block, index: number): boolean {
  return underChangeLogHeading(context, block) || changeEntryBefore(block, index);
}

// ---------------------------------------------------------------------------------------------------
// Old names.

/** A sentence that tells the history of an old title ("which replaced …", "formerly …"). */
const TITLE_HISTORY = /\b(?:formerly|previously|former|replac(?:ed|es|ing)|supersed(?:ed|es|ing)|abolished|withdrawn|renamed|successors?|no\s+longer|now\s+(?:known\s+as|called))\b|\(now\b/i;
/** … and of a body: past tense too ("the LSCB was responsible until 2019"). */
const BODY_HISTORY = new RegExp(`${TITLE_HISTORY.source}|\\b(?:was|were|had|until|prior\\s+to|before|earlier)\\b`, 'i');
/** A sentence that gives the body a part now: a duty, a referral, procedures followed. */
const PRESENT_DUTY =
  /\b(?:must|will|should|shall|is|are|can|may|has|have|refers?|reports?\s+to|contacts?|follows?|notif(?:y|ies)|informs?|works?|provides?|attends?|receives?|seeks?|shares?|liaises?|sets?\s+out|in\s+(?:line|accordance)\s+with|according\s+to|as\s+required\s+by|as\s+directed\s+by)\b/i;

/** An opening quotation mark: after a space, a bracket or nothing (not a plural's apostrophe: "pupils' use of reasonable force"). */
const OPEN_QUOTE = /(?:^|[\s([])[\u2018\u201c'"\u00ab]\s*$/;
const PUBLISHER_BEFORE = /\b(?:DfE|DfES|DCSF|Department\s+for\s+Education)(?:['\u2019]s)?\s*[:,(\u2013\u2014-]?\s*$/i;
const OWN_BEFORE = /\b(?:our|school['\u2019]?s|trust['\u2019]?s|academy['\u2019]?s)\s*$/i;

/** "guidance", "advice", "statutory guidance" or "DfE" after a title. */
const TITLE_WORD_AFTER = new RegExp(
  '^\\s*(?:[:\\u2013\\u2014-]\\s*)?\\(?\\s*(?:advice|guidance|statutory\\s*guidance)\\b' +
    '|^\\s*[,:\\u2013\\u2014-]?\\s*\\(?\\s*(?:DfE|DfES|DCSF|Department\\s+for\\s+Education)\\b',
  'i',
);
/** … or a year, with its month ("Use of Reasonable Force (July 2013)"). */
const YEAR_AFTER = new RegExp(`^\\s*[,:\\u2013\\u2014-]?\\s*\\(?\\s*(?:(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?${MONTH}\\s+)?(?:19|20)\\d\\d(?!\\d)`, 'i');

/**
 * Whether words that are also ordinary prose ("the use of reasonable force") stand as a title here:
 * opening a quotation, after "DfE", or before "guidance", "advice" or "DfE"; written with a capital, a
 * year after them is enough ("Use of Reasonable Force (2013)"), in lower case it is not ("pupils' use of
 * reasonable force (2024 figures)").
 */
function writtenAsTitle(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  if (OWN_BEFORE.test(before)) return false;
  if (/\b(?:advice|guidance)\b/i.test(text.slice(start, end))) return true;
  if (OPEN_QUOTE.test(before) || PUBLISHER_BEFORE.test(before)) return true;
  const after = text.slice(end, end + 40);
  return TITLE_WORD_AFTER.test(after) || (capitalisedAsTitle(text, start, end) && YEAR_AFTER.test(after));
}

/**
 * Words written as a title: two of them with a capital ("Use of Reasonable Force"), or the first one
 * where a sentence does not start ("staff follow Use of reasonable force (2013)").
 */
function capitalisedAsTitle(text: string, start: number, end: number): boolean {
  const words = text.slice(start, end).split(/\s+/).filter((w) => w.length > 3);
  const capitals = words.filter((w) => /^[A-Z]/.test(w)).length;
  if (capitals >= 2) return true;
  const sentenceStart = /(?:^|[.!?:;\u2022]\s*|\n\s*)$/.test(text.slice(Math.max(0, start - 3), start));
  return /^[A-Z]/.test(text.slice(start, start + 1)) && !sentenceStart;
}

/** A pattern that also matches text whose spaces extraction lost ("FamilyandFriendsCare"), every match. */
function scanner(re: RegExp): RegExp {
  const flags = re.flags.includes('g') ? re.flags : `${re.flags}g`;
  return new RegExp(re.source.replace(/(?<!\\)\\s\+/g, '\\s*'), flags);
}

/** The edition from which an old name is out of date: the one that replaced it, or the first later one with an in-force day. */
function replacedFrom(doc: GuidanceDocument, replaced: ReplacedName): Edition | undefined {
  return doc.editions
    .filter((e) => e.verified && e.year >= replaced.edition && parseIsoDate(e.inForce) !== null)
    .sort((a, b) => a.year - b.year)[0];
}

interface Match {
  block: Block;
  start: number;
  end: number;
}

function matchesOf(blocks: Block[], replaced: ReplacedName): Match[] {
  const out: Match[] = [];
  const scanners = replaced.patterns.map(scanner);
  for (const block of blocks) {
    if (block.kind === 'code') continue;
    const found: Match[] = [];
    for (const re of scanners) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(block.text)) !== null) {
        if (m[0].length === 0) re.lastIndex++;
        else found.push({ block, start: m.index, end: m.index + m[0].length });
      }
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    // Two patterns of one name on the same words ("Local Safeguarding Children Board (LSCB)" is one mention).
    let last: Match | undefined;
    for (const f of found) {
      if (last && f.start < last.end) continue;
      out.push(f);
      last = f;
    }
  }
  return out;
}

/** The document's citations in the prose, by block. */
function citationsByBlock(context: RuleContext, doc: GuidanceDocument): Map<Block, Citation[]> {
  const byBlock = new Map<Block, Citation[]>();
  for (const c of context.model.citations) {
    if (c.documentId !== doc.id || !c.block || c.index === undefined) continue;
    const list = byBlock.get(c.block);
    if (list) list.push(c);
    else byBlock.set(c.block, [c]);
  }
  return byBlock;
}

function citationsAt(byBlock: Map<Block, Citation[]>, match: Match): Citation[] {
  return (byBlock.get(match.block) ?? []).filter((c) => (c.index as number) < match.end && match.start < (c.index as number) + c.text.length);
}

/** The data every message shares: the document and the edition in force. */
function docData(context: RuleContext, doc: GuidanceDocument, current: Edition): Record<string, unknown> {
  return {
    document: doc.id,
    title: doc.title,
    shortName: doc.shortName,
    standing: standingOf(doc),
    current: current.year,
    currentEdition: current.label,
    inForce: formatInForce(current),
    asOf: formatDay(context.asOf),
    url: doc.url,
  };
}

/** Where in its block a citation's year stands (undefined when it is not at either end of its words). */
function yearIndex(c: Citation): number | undefined {
  if (c.year === null || c.index === undefined) return undefined;
  const year = String(c.year);
  if (c.text.endsWith(year)) return c.index + c.text.length - 4;
  if (c.text.startsWith(year)) return c.index;
  return undefined;
}

/**
 * Reports a replaced title where the policy cites it, and returns the citations of the document that
 * stand on those words (handled here, so not reported again as an old edition).
 */
function checkReplacedTitle(context: RuleContext, doc: GuidanceDocument, replaced: ReplacedName, handled: Set<Citation>): void {
  const from = replacedFrom(doc, replaced);
  const since = from && parseIsoDate(from.inForce);
  const current = editionInForce(doc, context.asOf);
  const byBlock = citationsByBlock(context, doc);
  for (const match of matchesOf(context.model.blocks, replaced)) {
    const text = match.block.text;
    const citations = citationsAt(byBlock, match);
    if (replaced.plain && !writtenAsTitle(text, match.start, match.end)) {
      // Ordinary words ("the use of reasonable force (2024 figures)"): no citation of the guidance either.
      for (const c of citations) handled.add(c);
      continue;
    }
    const years = citations.map((c) => c.year).filter((y): y is number => y !== null);
    const year = years.length ? Math.max(...years) : null;
    // The edition that replaced it, or a later one, called by an older name: not the old guidance.
    if (year !== null && year >= replaced.edition) continue;
    for (const c of citations) handled.add(c);
    // Told as history, or logged as a change: not a citation of the old title.
    if (TITLE_HISTORY.test(around(match.block, match.start, match.end)) || inChangeLog(context, match.block, match.start)) continue;
    if (!from || !since || !current || since.getTime() > context.asOf.getTime()) continue;
    const found = text.slice(match.start, match.end).replace(/\s+/g, ' ');
    // The finding covers the old title and the year it is cited with, where that year stands next to it.
    let spanStart = match.start;
    let spanEnd = match.end;
    for (const c of citations.filter((x) => x.year === year && year !== null)) {
      const at = yearIndex(c);
      if (at === undefined) continue;
      if (at >= match.end && at - match.end <= 80) spanEnd = Math.max(spanEnd, at + 4);
      if (at < match.start && match.start - at <= 20) spanStart = Math.min(spanStart, at);
    }
    context.report({
      messageId: 'replaced',
      at: match.block,
      from: spanStart,
      to: spanEnd,
      data: {
        ...docData(context, doc, current),
        name: replaced.name,
        found,
        cited: year,
        citedAs: `“${found}”${year !== null ? ` (${year})` : ''}`,
        replacement: replaced.replacement,
        replacedBy: from.label,
        since: formatInForce(from),
      },
    });
  }
}

/** Reports a replaced body (the LSCB) once, where the policy first gives it a part now. */
function checkReplacedBody(context: RuleContext, doc: GuidanceDocument, replaced: ReplacedName): void {
  const from = replacedFrom(doc, replaced);
  const since = from && parseIsoDate(from.inForce);
  const current = editionInForce(doc, context.asOf);
  if (!from || !since || !current || since.getTime() > context.asOf.getTime()) return;
  const present: Match[] = [];
  const sentencesSeen = new Set<string>();
  for (const match of matchesOf(context.model.blocks, replaced)) {
    const sentence = sentenceAt(match.block, match.start);
    const words = around(match.block, match.start, match.end);
    if (BODY_HISTORY.test(words) || !PRESENT_DUTY.test(words) || inChangeLog(context, match.block, match.start)) continue;
    // "the Local Safeguarding Children Board (LSCB)" and a second mention in the same sentence are one.
    const key = `${match.block.index}:${sentence.start}`;
    if (sentencesSeen.has(key)) continue;
    sentencesSeen.add(key);
    present.push(match);
  }
  if (present.length === 0) return;
  const first = present[0];
  context.report({
    messageId: 'replaced-body',
    at: first.block,
    from: first.start,
    to: first.end,
    data: {
      ...docData(context, doc, current),
      name: replaced.name,
      found: first.block.text.slice(first.start, first.end).replace(/\s+/g, ' '),
      count: present.length,
      times: present.length === 1 ? 'once' : `${present.length} times`,
      replacement: replaced.replacement,
      replacedBy: from.label,
      since: formatInForce(from),
    },
  });
}

// ---------------------------------------------------------------------------------------------------
// Editions.

const LIST_YEAR = /^\s*(?:,|and|&|\/|or)\s*((?:19|20)\d\d)(?!\d)/i;

/**
 * A citation as the edition check should read it: a list of editions ("… 2022 and 2024") cites the
 * latest of them.
 */
function latestOfList(c: Citation): Citation {
  if (c.via !== 'text' || c.year === null || !c.block || c.index === undefined) return c;
  const from = c.index + c.text.length;
  let rest = c.block.text.slice(from, from + 60);
  let year = c.year;
  let m: RegExpExecArray | null;
  while ((m = LIST_YEAR.exec(rest)) !== null) {
    year = Math.max(year, Number(m[1]));
    rest = rest.slice(m[0].length);
  }
  return year === c.year ? c : { ...c, year };
}

/**
 * Between a title and a year, words that make the title a role and the year a person's ("Designated
 * teacher for looked-after children: Mrs Smith (2015)", "… appointed 2015").
 */
const ROLE_HOLDER = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\b\.?\s+[A-Z]|\b(?:appointed|elected|nominated|in\s+post|joined|started|became|took\s+(?:up|over))\b/i;
/** Words that mark lower-case words as a title: "the DfE's behaviour in schools guidance (2022)". */
const TITLE_WORDS = /\b(?:guidance|advice|code|statutory|DfE)\b/i;

/**
 * Whether the year a citation reads is not an edition: one that starts an academic year ("Designated
 * Teacher for Looked After Children 2016-17"); a year after a person's name or appointment (the title is
 * a role); or a year after words in lower case that nothing marks as a title ("Ofsted's review of
 * behaviour in schools (2014)": the words, not the guidance).
 */
function notAnEdition(c: Citation): boolean {
  if (c.via !== 'text' || c.year === null || !c.block || c.index === undefined) return false;
  if (ROLE_HOLDER.test(c.text)) return true;
  const year = String(c.year);
  const yearAfter = c.text.endsWith(year) && !c.text.startsWith(year);
  if (yearAfter && /^[a-z]/.test(c.text) && !TITLE_WORDS.test(c.text)) {
    const before = c.block.text.slice(Math.max(0, c.index - 40), c.index);
    if (!OPEN_QUOTE.test(before) && !PUBLISHER_BEFORE.test(before)) return true;
  }
  const yearEnd = c.text.endsWith(year) ? c.index + c.text.length : c.text.startsWith(year) ? c.index + 4 : -1;
  if (yearEnd < 0) return false;
  const next = /^\s*[-/\u2013]\s*(\d{4}|\d{2})(?!\d)/.exec(c.block.text.slice(yearEnd, yearEnd + 12));
  return next !== null && Number(next[1]) % 100 === (c.year + 1) % 100;
}

/** The dated citations of `doc` the edition check reads: not handled as an old name, not in a change log. */
function citationsToCheck(context: RuleContext, doc: GuidanceDocument, handled: Set<Citation>): Citation[] {
  const kept: Citation[] = [];
  for (const c of context.model.citations) {
    if (c.documentId !== doc.id || c.year === null || handled.has(c) || notAnEdition(c)) continue;
    if (c.block && c.index !== undefined && inChangeLog(context, c.block, c.index)) continue;
    // A link that a PDF breaks across two lines keeps its target twice, one line after the other: one link.
    const last = kept[kept.length - 1];
    if (last && c.via === 'url' && last.via === 'url' && last.url === c.url && c.span.start >= last.span.end && c.span.start - last.span.end <= 2) continue;
    kept.push(latestOfList(c));
  }
  return kept;
}

export default defineRule({
  meta: {
    id: ID,
    title: 'Current guidance cited',
    description:
      'Citations of guidance that name a year cite the edition in force (every document the guidance data knows, KCSIE aside); titles and bodies that guidance replaced under another name are not cited as current.',
    docs: docsUrl(ID),
    // The adviser's pack (policy-lint:adviser), off by default: see README, "Presets".
    recommended: false,
    usesDate: true,
    messages: MESSAGES,
  },
  check(context) {
    const handled = new Set<Citation>();
    for (const doc of Object.values(context.guidance.documents)) {
      for (const replaced of doc.replacedNames ?? []) {
        if (replaced.kind === 'body') checkReplacedBody(context, doc, replaced);
        else checkReplacedTitle(context, doc, replaced, handled);
      }
    }
    for (const doc of Object.values(context.guidance.documents)) {
      if (EDITIONS_CHECKED_ELSEWHERE.has(doc.id)) continue;
      const citations = citationsToCheck(context, doc, handled);
      if (citations.length === 0) continue;
      const extra = { standing: standingOf(doc), url: doc.url };
      // The shared check, on the citations this rule keeps, with the facts this rule's advice adds. The
      // context's other properties are read through it as they are (some are computed when first read).
      const view = Object.create(context, {
        model: { value: { ...context.model, citations } },
        report: { value: (descriptor: ReportDescriptor) => context.report({ ...descriptor, data: { ...descriptor.data, ...extra } }) },
      }) as RuleContext;
      checkCitationsCurrent(view, doc.id);
    }
  },
});
