/** Small text helpers shared by the model builders and rules. */
import { trimRange } from '../common/text.js';

export { isSpace, trimRange, wordCount } from '../common/text.js';

export interface TextRange {
  start: number;
  end: number;
  text: string;
}

/** Folds runs of whitespace (including newlines and tabs) to one space and trims. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const MONTH_ABBREVIATION = /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$/i;
const ABBREVIATIONS = /\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|St|No|e\.g|i\.e|etc|vs|approx|para|cf)\.$/i;

/**
 * Splits text into sentences: after . ! ? when followed by space and a capital, quote or bracket, and
 * at line breaks that follow terminal punctuation. Abbreviations ("Mrs A. Patel", "e.g.") do not end one.
 */
export function sentences(text: string): TextRange[] {
  const out: TextRange[] = [];
  let start = 0;
  const re = /[.!?](?=["'\u2019\u201d)\]]*\s+["'\u2018\u201c(]*[A-Z0-9])/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const end = m.index + 1;
    const head = text.slice(start, end);
    if (ABBREVIATIONS.test(head) || /\b[A-Z]\.$/.test(head)) continue;
    // "Sept. 2022", "Dec. 2025": an abbreviated month before a number does not end a sentence.
    if (MONTH_ABBREVIATION.test(head) && /^\s+\d/.test(text.slice(end))) continue;
    push(out, text, start, end);
    start = end;
  }
  push(out, text, start, text.length);
  return out;
}

function push(out: TextRange[], text: string, from: number, to: number): void {
  const [start, end] = trimRange(text, from, to);
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}

/** The sentence of `text` that contains offset `index`. */
export function sentenceAt(text: string, index: number): TextRange {
  for (const s of sentences(text)) if (index >= s.start && index < s.end) return s;
  return { start: 0, end: text.length, text };
}

/** Lines of a block's text with their offsets. */
export function lines(text: string): TextRange[] {
  const out: TextRange[] = [];
  let start = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    out.push({ start, end, text: text.slice(start, end) });
    if (newline < 0) return out;
    start = newline + 1;
  }
}

/** Shortens text for an excerpt, on a word boundary. */
export function excerptOf(text: string, max = 100): string {
  const t = collapse(text);
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut) + '\u2026';
}
