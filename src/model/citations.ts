/**
 * Citations of guidance documents with the edition year they name: in the prose ("'Keeping Children
 * Safe in Education' (September 2024)"), in a link's target (`[guidance](…/KCSIE_2022_revised.pdf)`), or
 * in a URL kept out of the prose (a PDF's dropped link target).
 */
import type { Guidance, GuidanceDocument } from '../guidance/types.js';
import type { Artifact } from '../load/types.js';
import { sentences, type TextRange } from './text.js';
import type { Block, Citation, Link } from './types.js';

/** How far after a mention its year may stand ("… Education' (All staff) September 2022"). */
const YEAR_AFTER = 70;
/** How far before ("the 2023 KCSIE"). */
const YEAR_BEFORE = 16;
/** A year not inside a longer number; letters may touch it ("KCSIE2023", "Education'2019"). */
const YEAR = /(?<!\d)((?:19|20)\d\d)(?!\d)/g;
const MONTH_WORD = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;
/**
 * Words that, between a title and a year after it, say the year is not the title's edition: the year
 * ends another title ("KCSIE and the Children Act 1989", "… and the Ofsted framework 2019"), or a clause
 * about the guidance or the school ("KCSIE, which was first published in 2014", "reviewed in line with
 * KCSIE by governors in 2023"). A subtitle, a publisher, a part or a month may stand there ("'Behaviour
 * in schools' Advice for headteachers and school staff September 2022", "KCSIE, DfE, Sept. 2022").
 */
const NOT_EDITION_GAP_WORDS = new Set([
  'act', 'acts', 'regulation', 'regulations', 'order', 'bill', 'measure', 'rules', 'code', 'framework', 'handbook',
  'strategy', 'plan', 'report', 'census', 'survey', 'inspection', 'ofsted', 'policy', 'policies', 'procedures',
  'protocol', 'convention', 'charter',
  'that', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'first', 'since', 'until', 'when', 'while', 'during',
  'reviewed', 'approved', 'adopted', 'agreed', 'ratified', 'signed', 'trained', 'training', 'read',
  'received', 'completed', 'attended',
]);
/** A preposition right before the year makes it a time ("… KCSIE in September 2023"), unless it follows these. */
const TIME_PREPOSITIONS = new Set(['in', 'on', 'by', 'at', 'since', 'until', 'during']);
const EDITION_VERBS = new Set(['updated', 'revised', 'published', 'issued', 'dated', 'effective', 'force', 'amended']);
/** Between an edition year and the title after it ("the 2023 edition of KCSIE"). */
const EDITION_BEFORE_WORDS = new Set(['edition', 'version', 'update', 'updated', 'revised', 'of', 'the', 'new', 'statutory', 'guidance', 'dfe']);
/** A URL in running text; one glued to the next ("…revised.pdfhttps://…") ends where the next begins. */
const BARE_URL = /(?:https?:\/\/|www\.)[^\s<>"']+?(?=https?:\/\/|[\s<>"')\]]|[.,;]?$|[.,;]\s)/gi;

interface Mention {
  doc: GuidanceDocument;
  start: number;
  end: number;
}

function global(re: RegExp): RegExp {
  return new RegExp(loosen(re.source), re.flags.includes('g') ? re.flags : re.flags + 'g');
}

/**
 * A mention pattern that also matches text whose spaces extraction lost ("KeepingChildrenSafeinEducation",
 * "KCSIE2023"): spaces between words may be missing, and a word boundary at the end of the pattern is
 * one between a letter and what is not a letter (a year may touch the title; an underscore, as in a file
 * name, may not). A boundary elsewhere stays \b, which keeps the pattern fast to scan for.
 */
function loosen(source: string): string {
  return source.replace(/(?<!\\)\\s\+/g, '\\s*').replace(/(?<!\\)\\b(?=\)*$)/, '(?![A-Za-z_])');
}

interface CompiledPatterns {
  docs: GuidanceDocument[];
  patterns: Array<{ doc: GuidanceDocument; res: RegExp[] }>;
  /** Every mention pattern in one expression: most blocks cite nothing, and one test says so. */
  any: RegExp;
}

/** Compiled once per guidance object (documents do not change during a run). */
const compiled = new WeakMap<Guidance, CompiledPatterns>();

function compile(guidance: Guidance): CompiledPatterns {
  let c = compiled.get(guidance);
  if (!c) {
    const docs = Object.values(guidance.documents);
    const all = docs.flatMap((doc) => doc.mentionPatterns);
    const unicode = all.some((re) => re.flags.includes('u'));
    c = {
      docs,
      patterns: docs.map((doc) => ({ doc, res: doc.mentionPatterns.map(global) })),
      any: all.length ? new RegExp(all.map((re) => `(?:${loosen(re.source)})`).join('|'), unicode ? 'iu' : 'i') : /(?!)/,
    };
    compiled.set(guidance, c);
  }
  return c;
}

export function extractCitations(blocks: Block[], links: Link[], artifacts: Artifact[], guidance: Guidance): Citation[] {
  const { docs, patterns, any } = compile(guidance);
  const citations: Citation[] = [];

  for (const block of blocks) {
    if (block.kind === 'code') continue;
    const text = block.text;
    // The combined test is case-insensitive; a pattern that is case-sensitive on its own is still
    // checked exactly below, so the prefilter only ever skips blocks that cannot match.
    if (!any.test(text)) continue;
    const mentions: Mention[] = [];
    for (const { doc, res } of patterns) {
      for (const re of res) {
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(text)) !== null) {
          if (m[0].length === 0) {
            re.lastIndex++;
            continue;
          }
          mentions.push({ doc, start: m.index, end: m.index + m[0].length });
        }
      }
    }
    if (mentions.length === 0) continue;
    mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    for (const sentence of sentences(text)) {
      const inSentence = mentions.filter((m) => m.start >= sentence.start && m.start < sentence.end);
      for (const group of groupByDocument(inSentence)) {
        const year = yearNear(text, sentence, group, inSentence);
        const start = group[0].start;
        const end = Math.max(...group.map((m) => m.end));
        if (!year) {
          // A table flattened by extraction: the title ends its line, the year is the next line alone.
          const next = yearOnNextLine(blocks, block, end);
          if (next) {
            citations.push({
              documentId: group[0].doc.id,
              year: next.value,
              via: 'text',
              text: text.slice(start, end),
              span: { start: block.offsetAt(start), end: next.end },
              block,
              index: start,
            });
            continue;
          }
        }
        const yearEnd = year ? Math.max(end, year.index + 4) : end;
        const from = year ? Math.min(start, year.index) : start;
        citations.push({
          documentId: group[0].doc.id,
          year: year ? year.value : null,
          via: 'text',
          text: text.slice(from, yearEnd),
          span: { start: block.offsetAt(from), end: block.offsetAt(yearEnd - 1) + 1 },
          block,
          index: from,
        });
      }
    }
  }

  // Bare URLs in the prose (a Word file made from a PDF keeps them as text, sometimes glued together).
  for (const block of blocks) {
    if (!/https?:\/\/|www\./i.test(block.text)) continue;
    BARE_URL.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = BARE_URL.exec(block.text)) !== null) {
      for (const doc of docs) {
        const year = yearFromUrl(m[0], doc);
        if (year === undefined) continue;
        citations.push({
          documentId: doc.id,
          year,
          via: 'url',
          text: m[0],
          span: { start: block.offsetAt(m.index), end: block.offsetAt(m.index + m[0].length - 1) + 1 },
          url: m[0],
        });
      }
    }
  }

  for (const link of links) {
    for (const doc of docs) {
      const year = yearFromUrl(link.url, doc);
      if (year === undefined) continue;
      citations.push({ documentId: doc.id, year, via: 'link', text: link.text || link.url, span: link.span, url: link.url });
    }
  }

  for (const artifact of artifacts) {
    if (artifact.kind !== 'url') continue;
    for (const doc of docs) {
      const year = yearFromUrl(artifact.text, doc);
      if (year === undefined) continue;
      citations.push({
        documentId: doc.id,
        year,
        via: 'url',
        text: artifact.text,
        span: { start: artifact.start, end: artifact.end, space: 'original' },
        url: artifact.text,
      });
    }
  }
  return citations;
}

/** Mentions of one document close together in a sentence ("KCSIE guidance 'DfE: Keeping Children Safe in Education'") are one citation. */
function groupByDocument(mentions: Mention[]): Mention[][] {
  const groups: Mention[][] = [];
  for (const m of mentions) {
    const last = groups.find((g) => g[0].doc === m.doc && m.start - g[g.length - 1].end <= 60);
    if (last) {
      // A later mention that overlaps the last one but reaches further ("Suspension and Permanent
      // Exclusion from Maintained Schools, Academies and Pupil Referral Units") extends the citation.
      if (m.start >= last[last.length - 1].end || m.end > last[last.length - 1].end) last.push(m);
    } else groups.push([m]);
  }
  return groups;
}

function yearNear(
  text: string,
  sentence: TextRange,
  group: Mention[],
  all: Mention[],
): { value: number; index: number } | null {
  const found = yearNearAnyAge(text, sentence, group, all);
  // A year long before the document's first known edition is not an edition of it ("The Children Act
  // 1989 and 2004, Keeping Children Safe in Education"); two years' grace for editions the data lacks.
  const first = Math.min(...group[0].doc.editions.map((e) => e.year));
  return found && Number.isFinite(first) && found.value < first - 2 ? null : found;
}

function yearNearAnyAge(
  text: string,
  sentence: TextRange,
  group: Mention[],
  all: Mention[],
): { value: number; index: number } | null {
  const doc = group[0].doc;
  const end = Math.max(...group.map((m) => m.end));
  // After the mention, up to the next mention of another document.
  let limit = Math.min(sentence.end, end + YEAR_AFTER);
  for (const other of all) if (other.doc !== doc && other.start >= end && other.start < limit) limit = other.start;
  YEAR.lastIndex = 0;
  const after = text.slice(end, limit);
  const a = YEAR.exec(after);
  if (a) return editionGap(after.slice(0, a.index)) ? { value: Number(a[1]), index: end + a.index } : null;
  // Between two mentions of the document ("'Keeping Children Safe in Education' 2023 (KCSIE)").
  for (let k = 0; k + 1 < group.length; k++) {
    const gap = text.slice(group[k].end, group[k + 1].start);
    YEAR.lastIndex = 0;
    const g = YEAR.exec(gap);
    if (g && editionGap(gap.slice(0, g.index))) return { value: Number(g[1]), index: group[k].end + g.index };
  }
  // Just before it ("the 2023 KCSIE"), when nothing else stands between.
  const start = group[0].start;
  const from = Math.max(sentence.start, start - YEAR_BEFORE);
  const before = text.slice(from, start);
  const b = /(?<!\d)((?:19|20)\d\d)(?!\d)(\D{0,12})$/.exec(before);
  if (!b || all.some((o) => o.doc !== doc && o.end <= start && o.start >= from)) return null;
  if (!gapOf(b[2]).every((w) => EDITION_BEFORE_WORDS.has(w))) return null;
  // One of a list of years that belongs to what comes before it ("the Children Act 1989 and 2004, KCSIE").
  if (/(?:19|20)\d\d\s*(?:,|and|&)\s*$/.test(text.slice(Math.max(sentence.start, from + b.index - 12), from + b.index))) return null;
  // The year ends another title ("the Children Act 1989 KCSIE"): a capitalised word before it that is
  // not a month.
  const word = /([A-Za-z]+)[\s,]*$/.exec(text.slice(Math.max(sentence.start, from + b.index - 30), from + b.index));
  if (word && /^[A-Z]/.test(word[1]) && !MONTH_WORD.test(word[1]) && !/^the$/i.test(word[1])) return null;
  return { value: Number(b[1]), index: from + b.index };
}

/** The words of a gap, lower case, without punctuation, quotes, brackets, day numbers and months. */
function gapOf(gap: string): string[] {
  return gap
    .replace(/\([^()\d]{0,30}\)/g, ' ') // "(All staff)", "(KCSIE)"
    .split(/[\s,.;:()[\]'"\u2018\u2019\u201c\u201d/\u2013\u2014-]+/)
    .map((w) => w.toLowerCase())
    .filter((w) => w && !/^\d{1,2}(?:st|nd|rd|th)?$/.test(w) && !MONTH_WORD.test(w));
}

/** Whether the words between a title and a year after it may name its edition (see NOT_EDITION_GAP_WORDS). */
function editionGap(gap: string): boolean {
  const words = gapOf(gap);
  if (words.some((w) => NOT_EDITION_GAP_WORDS.has(w))) return false;
  const last = words[words.length - 1];
  return !(last && TIME_PREPOSITIONS.has(last) && !(words.length > 1 && EDITION_VERBS.has(words[words.length - 2])));
}

/** A line that is only a year, or a month and a year ("2019", "(September 2019)"). */
const YEAR_LINE = /^[\s("'\u2018\u201c]*(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?[A-Za-z]{3,9}\.?,?\s+)?((?:19|20)\d\d)[)"'\u2019\u201d.,\s]*$/;

/**
 * The year on the line after a title that ends its own line (a flattened table: "Keeping Children Safe
 * in Education" / "2019"): the next line of the same block, or the next block when it is that line.
 */
function yearOnNextLine(blocks: Block[], block: Block, end: number): { value: number; end: number } | null {
  const text = block.text;
  const newline = text.indexOf('\n', end);
  // The title must end its line.
  if (!/^[\s'"\u2019\u201d)]*$/.test(text.slice(end, newline < 0 ? text.length : newline))) return null;
  let lineBlock = block;
  let lineStart = newline + 1;
  if (newline < 0) {
    const next = blocks[block.index + 1];
    if (!next || (next.kind !== 'paragraph' && next.kind !== 'heading' && next.kind !== 'table-row')) return null;
    lineBlock = next;
    lineStart = 0;
  }
  const lineEnd = lineBlock.text.indexOf('\n', lineStart);
  const line = lineBlock.text.slice(lineStart, lineEnd < 0 ? lineBlock.text.length : lineEnd);
  const m = YEAR_LINE.exec(line);
  if (!m) return null;
  const month = /([A-Za-z]{3,9})\.?,?\s+(?:19|20)\d\d/.exec(line);
  if (month && !MONTH_WORD.test(month[1])) return null;
  const yearAt = lineStart + m.index + m[0].lastIndexOf(m[1]);
  return { value: Number(m[1]), end: lineBlock.offsetAt(yearAt + 3) + 1 };
}

/** The edition year a URL or file name names for `doc`, or undefined when it does not cite it. */
export function yearFromUrl(url: string, doc: GuidanceDocument): number | undefined {
  for (const re of doc.urlPatterns) {
    if (re.global || re.sticky) re.lastIndex = 0;
    const m = re.exec(url);
    if (m && m[1]) return Number(m[1]);
  }
  return undefined;
}
