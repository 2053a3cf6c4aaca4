/**
 * Words for comparing a school's copy with its model: what a reader would call the same text whatever
 * Word or PDF extraction did to it. Case, punctuation, spacing, line wrapping, list numbering and bullets
 * do not count; a blank for the school to fill in ("……", "____", "[name]", "<school>", "Insert date",
 * "XXXX") is one BLANK word, whatever its length.
 */

export const BLANK = '\u2423';

export interface Token {
  /** The word, normalised (lower case; BLANK for a blank). */
  word: string;
  /** Offsets of the word in the block's text. */
  start: number;
  end: number;
}

/** A blank in a model: dots, underscores, a bracketed slot, "insert …", XXXX. */
const BLANK_PATTERN = /\.{3,}|\u2026+|_{3,}|\[[^\]\n]{1,60}\]|<[^>\n]{1,40}>|\b(?:insert|enter|add)\s+(?:the\s+)?(?:name|date|school(?:'s)?\s+name|details?)\b|\bX{3,}\b|\bTBC\b|\bTBA\b/gi;
const WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*/gu;
/** "1.", "2.3", "a)", "(iv)", "•" at the start of a block: numbering, not words. */
const NUMBERING = /^\s*(?:(?:\d+(?:\.\d+)*|[a-z]|[ivxlc]+)[.)]|\(\s*(?:\d+|[a-z]|[ivxlc]+)\s*\)|[\u2022\u25aa\u25cf\u2013\u2014o*-])\s+/i;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const numbering = NUMBERING.exec(text);
  const from = numbering ? numbering[0].length : 0;
  const blanks: Array<[number, number]> = [];
  for (const m of text.matchAll(BLANK_PATTERN)) if ((m.index ?? 0) >= from) blanks.push([m.index!, m.index! + m[0].length]);
  let b = 0;
  for (const m of text.slice(from).matchAll(WORD)) {
    const start = from + m.index!;
    const end = start + m[0].length;
    while (b < blanks.length && blanks[b][1] <= start) {
      pushBlank(tokens, blanks[b]);
      b++;
    }
    if (b < blanks.length && start >= blanks[b][0] && end <= blanks[b][1]) continue;
    tokens.push({ word: m[0].toLowerCase().replace(/\u2019/g, "'"), start, end });
  }
  for (; b < blanks.length; b++) pushBlank(tokens, blanks[b]);
  return tokens;
}

function pushBlank(tokens: Token[], [start, end]: [number, number]): void {
  const last = tokens[tokens.length - 1];
  if (last?.word === BLANK && last.end >= start - 1) {
    last.end = end;
    return;
  }
  tokens.push({ word: BLANK, start, end });
}

/** Whether a text holds a blank for the school to fill in. */
export function hasBlank(text: string): boolean {
  return tokenize(text).some((t) => t.word === BLANK);
}

const MONTHS = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|autumn|term)$/;

/** A word a school is expected to change: a date's parts, a number, an ordinal. */
export function isDateWord(word: string): boolean {
  return /^\d/.test(word) || MONTHS.test(word);
}

/** Two words that are one word spelt differently (a typing slip fixed): same start, at most two edits. */
export function spellingVariant(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 4 || Math.abs(a.length - b.length) > 2 || a[0] !== b[0]) return false;
  return editDistance(a, b, 2) <= 2;
}

function editDistance(a: string, b: string, limit: number): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, row[j]);
    }
    if (best > limit) return best;
    prev = row;
  }
  return prev[b.length];
}
