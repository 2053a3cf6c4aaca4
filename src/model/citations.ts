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
const YEAR = /\b((?:19|20)\d\d)\b/g;
/** A URL in running text; one glued to the next ("…revised.pdfhttps://…") ends where the next begins. */
const BARE_URL = /(?:https?:\/\/|www\.)[^\s<>"']+?(?=https?:\/\/|[\s<>"')\]]|[.,;]?$|[.,;]\s)/gi;

interface Mention {
  doc: GuidanceDocument;
  start: number;
  end: number;
}

function global(re: RegExp): RegExp {
  return new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
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
      any: all.length ? new RegExp(all.map((re) => `(?:${re.source})`).join('|'), unicode ? 'iu' : 'i') : /(?!)/,
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
  const doc = group[0].doc;
  const end = Math.max(...group.map((m) => m.end));
  // After the mention, up to the next mention of another document.
  let limit = Math.min(sentence.end, end + YEAR_AFTER);
  for (const other of all) if (other.doc !== doc && other.start >= end && other.start < limit) limit = other.start;
  YEAR.lastIndex = 0;
  const after = text.slice(end, limit);
  const a = YEAR.exec(after);
  if (a) return { value: Number(a[1]), index: end + a.index };
  // Just before it ("the 2023 KCSIE"), when nothing else stands between.
  const start = group[0].start;
  const from = Math.max(sentence.start, start - YEAR_BEFORE);
  const before = text.slice(from, start);
  const b = /\b((?:19|20)\d\d)\b[^\d]{0,12}$/.exec(before);
  if (b && !all.some((o) => o.doc !== doc && o.end <= start && o.start >= from)) return { value: Number(b[1]), index: from + b.index };
  return null;
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
