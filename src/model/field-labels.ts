/**
 * What a field's label is, for every reader of fields: the words and shapes of a label ("Next review
 * date", "Designated Teacher", a short line ending in ":"), what makes a line a sentence instead, the
 * colon that can end a label, and where a second label starts inside a value ("April 2017 Date for
 * Review:"). Separate from the readers because they all share one idea of a label: a change to it
 * changes every layout at once, and should be made in one place.
 */
import { findDates } from './dates.js';
import { roleOfLabel } from './policy-dates.js';
import { trimRange, wordCount } from './text.js';

export const MAX_LABEL_WORDS = 8;
/** Labels that stand alone on a line, with the value in the next block. */
export const STANDALONE_LABEL = /^(?:name of\b|names of\b)|\b(?:designated (?:teacher|governor|safeguarding lead|school governor)s?|review date|next review|date of (?:next )?review|policy review)\b/i;
/** A sentence, not a label: a verb, or a last word that needs more after it. */
export const SENTENCE_VERB = /\b(?:is|are|was|were|will|has|have|should|must|shall|can|may|would)\b/i;
export const ENDS_WITH_FUNCTION_WORD = /\b(?:a|an|the|of|and|or|to|for|with|by|in|on|at|from|as)$/i;
export const DIGIT = /\d/;
/** Cheap: the words a date label is made of, before a label's role is worked out. */
export const DATE_WORDS = /dat|review|approv|adopt|ratif|agree|sign|next|renew|issue|publi|creat|updat|effect/i;

/**
 * The first colon in [from, to) that can end a label: not in a URL ("https://"), not between digits
 * (a time, "10:30", or a verse, "1:26"). -1 when there is none.
 */
export function firstLabelColon(text: string, from: number, to: number): number {
  for (let i = text.indexOf(':', from); i >= 0 && i < to; i = text.indexOf(':', i + 1)) {
    if (isLabelColon(text, i)) return i;
  }
  return -1;
}

function isLabelColon(text: string, i: number): boolean {
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i + 1);
  if (text[i + 1] === '/' || text[i + 1] === ':' || text[i - 1] === ':') return false;
  const digit = (c: number) => c >= 48 && c <= 57;
  return !(digit(before) && digit(after));
}

export function isLabel(label: string): boolean {
  return /^[A-Za-z(]/.test(label) && wordCount(label) <= MAX_LABEL_WORDS && !/[.;!?]$/.test(label);
}

/**
 * Words that labels in policy header tables are made of, for finding where a second label on a line
 * starts ("… Jane Smith Chair of Governors: …"). Lower case.
 */
const LABEL_WORDS = new Set([
  'date', 'dated', 'dates', 'next', 'last', 'review', 'reviewed', 'reviewer', 'revision', 'approved', 'approval', 'adopted',
  'adoption', 'agreed', 'agreement', 'ratified', 'signed', 'signature', 'created', 'updated', 'effective',
  'issued', 'issue', 'version', 'author', 'owner', 'owners', 'published', 'publication', 'chair', 'headteacher',
  'head', 'deputy', 'assistant', 'teacher', 'designated', 'governor', 'governors', 'governing', 'body', 'board', 'policy', 'document',
  'status', 'committee', 'lead', 'safeguarding', 'number', 'no', 'no.', 'name', 'due', 'renewal', 'annual',
  'of', 'for', 'by', 'the', 'on', 'from', 'to', 'be', 'and', 'in',
]);
/** Words a date label starts with: in "… Lead Approved by", the label is "Approved by". */
const DATE_LABEL_HEADS = new Set([
  'date', 'dated', 'next', 'last', 'review', 'reviewed', 'approved', 'approval', 'adopted', 'agreed', 'ratified',
  'signed', 'created', 'updated', 'effective', 'issued', 'published', 'renewal', 'revision', 'due', 'policy', 'annual',
]);
/** Words that may stand before a date label's first word in one label ("Publication date"). */
const DATE_LABEL_PREFIXES = new Set(['publication', 'issue', 'adoption', 'governors', 'review', 'approval', 'policy', 'annual', 'next', 'last']);
const FUNCTION_WORDS = new Set(['of', 'for', 'by', 'the', 'on', 'from', 'to', 'be', 'and', 'in']);
/** Separators a header table leaves between cells when it is flattened to one line. */
const CELL_SEPARATOR = /(?:\s[|\u2022\u00b7/;]\s|\s{2,}|\s[-\u2013\u2014]\s)(?=\S)/g;

/**
 * Where a second label ending at `colon` starts, in a value that starts at `from`; -1 if unsure. With
 * `afterLastDate`, the label is the words after the last date ("Last Reviewed December 2021 Next Review").
 */
export function nextLabelStart(text: string, from: number, colon: number, afterLastDate = false): number {
  const [vs] = trimRange(text, from, colon);
  if (afterLastDate) {
    const dates = findDates(text.slice(vs, colon));
    const last = dates[dates.length - 1];
    if (!last) return -1;
    let s = vs + last.index + last.text.length;
    while (s < colon && /[\s,;|/\u2022\u00b7\u2013\u2014-]/.test(text[s])) s++;
    const label = text.slice(s, colon).trim();
    return s > vs && label.length > 0 && isLabel(label) && wordCount(label) <= 6 && !/\d/.test(label) ? s : -1;
  }
  const isGoodLabel = (start: number) => {
    const label = text.slice(start, colon).trim();
    return start > vs && label.length > 0 && isLabel(label) && wordCount(label) <= 6 && !/\d/.test(label);
  };
  // 1. The value is a date: the label starts after it ("April 2017 Date for Review:").
  const date = findDates(text.slice(vs, colon), { bareYears: true })[0];
  if (date && date.index === 0) {
    let s = vs + date.text.length;
    while (s < colon && /[\s,;|/\u2022\u00b7\u2013\u2014-]/.test(text[s])) s++;
    if (isGoodLabel(s)) return s;
  }
  // 2. A separator between cells ("Jane Smith | Chair of Governors:").
  CELL_SEPARATOR.lastIndex = vs;
  let sep = -1;
  let m: RegExpExecArray | null;
  while ((m = CELL_SEPARATOR.exec(text)) !== null && m.index < colon) sep = m.index + m[0].length;
  if (sep > vs && isGoodLabel(sep)) return sep;
  // 3. The words labels are made of, back from the colon ("… Woodkirk Academy Version Number:").
  const words: Array<{ start: number; word: string }> = [];
  for (let end = colon; end > vs && words.length < 6; ) {
    let start = end;
    while (start > vs && !/\s/.test(text[start - 1])) start--;
    const word = text.slice(start, end).toLowerCase();
    if (!LABEL_WORDS.has(word)) break;
    words.unshift({ start, word });
    end = start;
    while (end > vs && /\s/.test(text[end - 1])) end--;
  }
  while (words.length && FUNCTION_WORDS.has(words[0].word)) words.shift();
  if (words.length === 0) return -1;
  // A date label within the words starts the label ("… Lead Approved by:"), with the words that make
  // it one name ("PUBLICATION DATE", "Annual review date"); otherwise all the words do.
  let head = words.findIndex((w) => DATE_LABEL_HEADS.has(w.word));
  const first = Math.max(0, head);
  while (head > 0 && DATE_LABEL_PREFIXES.has(words[head - 1].word)) head--;
  const start = words[Math.max(0, head)].start;
  if (isGoodLabel(start)) return start;
  // The words took the whole value ("Reviewed by: Governors Date:"): the date label alone.
  return first > 0 && isGoodLabel(words[first].start) ? words[first].start : -1;
}

/** A label of a few words that is not a sentence. */
export function isFieldLabel(label: string): boolean {
  const l = label.trim();
  return isLabel(l) && !SENTENCE_VERB.test(l) && !ENDS_WITH_FUNCTION_WORD.test(l) && !/[,:]$/.test(l);
}

/** Whether a line alone is a label, and whether of a date ('date') or of something else ('other'). */
export function tableLabelRole(text: string): 'date' | 'other' | null {
  const colon = text.endsWith(':');
  // Cheap first: a label ends with a colon, or has a date label's or a designated role's words.
  if (!colon && !DATE_WORDS.test(text) && !STANDALONE_LABEL.test(text)) return null;
  if (DIGIT.test(text) || !isLabel(text) || SENTENCE_VERB.test(text)) return null;
  const bare = text.replace(/:$/, '').trim();
  if (bare.includes(':')) return null;
  if (DATE_WORDS.test(bare) && roleOfLabel(bare) !== null) return 'date';
  if (colon || STANDALONE_LABEL.test(bare)) return 'other';
  return null;
}
