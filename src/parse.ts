/** The one parser: every format arrives here as Markdown. */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';
import { EditMap } from 'micromark-util-edit-map';
import { frontMatterLines } from './load/front-matter.js';
import { LoadError } from './load/types.js';
import { megabytes, RAISE_TEXT_LIMIT } from './load/limits.js';

/**
 * micromark's EditMap.consume rebuilds the WHOLE event list on every call (it copies the events
 * before the first edit too), and micromark calls it each time a container closes (a list item, a
 * quote): the parse of a document with many list items is quadratic. Real policies concatenated to
 * 0.26, 0.52 and 1.0 MB of Markdown took 3.4, 7.2 and 25 s to parse (on a busy machine); with this
 * one 3.5, 3.6 and 5.6 s (CPU 1.4, 2.0, 3.0 s; 2.5 MB 6.4 s), and 6,000 short lists (0.3 MB) take
 * 2.6 s of CPU, not 57 s. It is the same edit, done from the first edit on: the events before it stay where
 * they are, the result is the same array with the same events in the same order. It replaces only
 * the consume we know (read from its source), so a micromark that changes it keeps its own.
 */
export const linearEditMap = installLinearConsume();

function installLinearConsume(): boolean {
  type Event = unknown;
  type Change = [number, number, Event[]];
  const proto = EditMap.prototype as unknown as { consume: (events: Event[]) => void; linear?: true };
  if (proto.linear) return true;
  const known = proto.consume.toString().replace(/\s+/g, '');
  if (!known.includes('vecs.push(events.slice())') || !known.includes('this.index.clear()')) return false;
  proto.consume = function consume(this: { map: Change[]; index: Map<number, Change> }, events: Event[]): void {
    const map = this.map;
    if (map.length === 0) return;
    map.sort((a, b) => a[0] - b[0]);
    const first = Math.min(map[0][0], events.length);
    const tail: Event[] = [];
    for (let i = 0; i < map.length; i++) {
      const [at, remove, add] = map[i];
      for (const event of add) tail.push(event);
      const end = Math.min(i + 1 < map.length ? map[i + 1][0] : events.length, events.length);
      for (let j = at + remove; j < end; j++) tail.push(events[j]);
    }
    events.length = first;
    for (const event of tail) events.push(event);
    map.length = 0;
    this.index.clear();
  };
  proto.linear = true;
  return true;
}

const processor = unified().use(remarkParse).freeze();
// YAML front matter ("---\nreview_date: 2014-11-25\n---" at the very start) is a `yaml` node, not a
// thematic break and a setext heading; the model reads its keys as fields (see model/fields.ts). Only a
// document that opens with real YAML is parsed so: a converted document that starts with a horizontal
// rule keeps its text.
const withFrontMatter = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();

/**
 * The deepest nesting a document may have. remark-parse's time grows faster than the text with nesting
 * (1,000 lines each quoted one level deeper take it 6 s, 2,000 take 38 s), and no policy nests quotes
 * beyond a handful of levels, nor lists beyond a dozen.
 */
export const MAX_QUOTE_DEPTH = 50;
export const MAX_INDENT_COLUMNS = 200;

/**
 * Refuses, before parsing, a text nested deeper than a policy ever is: a LoadError that says how deep.
 * One pass over the line starts; nothing measurable on a real policy.
 */
export function checkNesting(markdown: string): void {
  let lineStart = 0;
  while (lineStart < markdown.length) {
    let i = lineStart;
    let columns = 0;
    let quotes = 0;
    // List markers opened on the same line ("- - - item", "1. - > - item"): each is a list inside the
    // last, as deep as indentation makes one, and as slow (10,000 on one line took 100 s).
    let markers = 0;
    for (; i < markdown.length; i++) {
      const c = markdown.charCodeAt(i);
      // Indentation before the first marker; spaces after one are its content's offset, not nesting.
      if (c === 32) columns += markers === 0 ? 1 : 0;
      else if (c === 9) columns += markers === 0 ? 4 - (columns % 4) : 0;
      else if (c === 62) quotes++; // '>'
      else {
        const after = listMarkerEnd(markdown, i);
        if (after < 0) break;
        markers++;
        i = after - 1;
      }
    }
    if (quotes > MAX_QUOTE_DEPTH) {
      throw new LoadError(`the text nests quotations ${quotes} levels deep, more than any policy (policy-lint reads up to ${MAX_QUOTE_DEPTH}); it looks generated, not written`);
    }
    // Markers with nothing after them are a thematic break ("- - - - -", a rule drawn with spaced dashes) or empty items: quick.
    const content = i < markdown.length && markdown.charCodeAt(i) !== 10;
    if (content && markers > 0 && quotes + markers > MAX_QUOTE_DEPTH) {
      throw new LoadError(
        `a line opens ${quotes + markers} lists and quotations nested one inside another, more than any policy (policy-lint reads up to ${MAX_QUOTE_DEPTH}); it looks generated, not written`,
      );
    }
    if (columns > MAX_INDENT_COLUMNS && i < markdown.length && markdown.charCodeAt(i) !== 10) {
      throw new LoadError(`a line is indented ${columns} columns, nesting lists deeper than any policy (policy-lint reads up to ${MAX_INDENT_COLUMNS} columns); it looks generated, not written`);
    }
    const end = markdown.indexOf('\n', i);
    if (end < 0) break;
    lineStart = end + 1;
  }
}

/**
 * Where a list marker at `i` ends ("-", "*", "+", or up to nine digits and "." or ")"), when a space or
 * tab follows it, as CommonMark requires; -1 when there is none.
 */
function listMarkerEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  let j = i;
  if (c === 45 || c === 42 || c === 43) j = i + 1; // - * +
  else {
    while (j < text.length && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
    if (j === i || (text.charCodeAt(j) !== 46 && text.charCodeAt(j) !== 41)) return -1; // . )
    j++;
  }
  const next = text.charCodeAt(j);
  return next === 32 || next === 9 ? j : -1;
}

/**
 * A LoadError about one place in the text: `offset` is in the Markdown handed to the parser; the
 * Linter turns it into the original file's line (or page and line, or paragraph) for the finding.
 */
export class TextLimitError extends LoadError {
  constructor(
    /** The message, given the place in words ("the paragraph at line 12", "paragraph 40 of the document"). */
    readonly messageAt: (place: string) => string,
    readonly offset: number,
  ) {
    super(messageAt(`the paragraph at character ${offset + 1} of the text`));
  }
}

/**
 * The most Markdown text one document may have, in MB (2^20 bytes of UTF-8) of the text handed to the
 * parser, whatever the format (.md and .txt as loaded; the text extracted from .docx and .pdf). Real
 * policies are 20-200 KB of text. Linting prose is linear in the text once micromark's edit map is
 * (above): real policies concatenated to 0.5 MB and 1.0 MB of Markdown lint in 3.5 s and 5.5 s of CPU
 * (GC threads included; 7 s and 11.5 s of wall time on a machine shared four ways) with a peak of 180
 * and 290 MB. At 1 MB a file lints well inside the per-file time limit of 15 s and the workers' heap,
 * and five times the largest real policy still fits. Linter option maxTextMb; 0: no limit.
 */
export const DEFAULT_MAX_TEXT_MB = 1;

export { RAISE_TEXT_LIMIT } from './load/limits.js';

export interface ParseLimits {
  /** The most text, in MB of UTF-8 (default DEFAULT_MAX_TEXT_MB; 0: no limit). */
  maxTextMb?: number;
}

/** UTF-8 bytes of a string, without encoding it (a lone surrogate counts 3, as TextEncoder writes it). */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 2; // 4 bytes for the two code units of the pair
      i++;
    } else bytes += 2;
  }
  return bytes;
}


/** Refuses a text longer than the limit before any work is done on it: a LoadError with both sizes. */
export function checkTextSize(markdown: string, maxTextMb: number = DEFAULT_MAX_TEXT_MB): void {
  if (!(maxTextMb > 0)) return;
  const cap = maxTextMb * 2 ** 20;
  // A UTF-8 byte per code unit at least, three at most: only a text in between is counted.
  if (markdown.length * 3 <= cap) return;
  const bytes = utf8Length(markdown);
  if (bytes <= cap) return;
  throw new LoadError(
    `not checked: its text is ${megabytes(bytes)}, more than the ${megabytes(cap)} policy-lint reads from one document (a policy is rarely more than 0.2 MB); if this really is one policy, ${RAISE_TEXT_LIMIT}`,
  );
}

/**
 * Limits on inline delimiters, checked before parsing. micromark's inline parsing is quadratic in
 * some of them, measured on generated paragraphs (CPU seconds for N = 1k / 5k / 20k, unguarded):
 *   `*a_ ` repeated 0.31 / 3.5 / over 40       alternating `*a_b*c…` 0.11 / 0.52 / 3.1
 *   `a* ` (closers) 0.08 / 0.41 / 3.2          `a**b` then `c* `×N   0.10 / 0.60 / 4.4
 *   `[`×N a `]`×N   0.06 / 0.42 / 2.3          `[a](b`×N             0.14 / 0.83 / 3.7
 *   `a <!-- `×N     0.19 / 1.8 / over 40       backtick runs of lengths 1…N: N = 1k, 7.2
 * (unclosed `[`, `![`, `<a`, autolinks, `**` left open and backslashes are linear). Two ways in:
 * many delimiters in one paragraph (each closer looks back through the openers), and openers that
 * each scan to the end of their paragraph for a closer (a code span's backticks, `<!--`): 50 backtick
 * runs before 1 MB of words in one paragraph take 56 s. So, per paragraph (a block between blank
 * lines), at most `paragraph` of each kind; per document, at most `document` in all (each costs
 * about 30 us to parse, over 20 times a letter of prose); and for backticks and `<`, at most `scan`
 * characters scanned in all (openers in a paragraph times its length, summed).
 * The most any real policy has (seeds, realworld, fixtures, the .docx and .pdf corpus as loaded):
 * in one paragraph 29 emphasis runs, 5 `[`, 4 `<`, 12 backtick runs (in a README: no policy has one);
 * in a document 68, 23, 26 and 12; scanned 23,322 for `<` and 17,136 for backticks.
 * A text past a limit is refused, not rewritten: text like this is generated, not written, and
 * rewriting it (same length, so every offset holds) would still change what rules read there;
 * refusing says plainly why the file was not checked, as checkNesting does. One pass over the text:
 * nothing measurable against the parse of a real policy.
 */
export const INLINE_LIMITS = {
  emphasis: { paragraph: 500, document: 20_000, scan: 0, words: 'runs of emphasis marks (* or _)' },
  brackets: { paragraph: 500, document: 20_000, scan: 0, words: 'link or image openers ([)' },
  angles: { paragraph: 500, document: 20_000, scan: 20_000_000, words: 'angle brackets (<)' },
  backticks: { paragraph: 100, document: 2_000, scan: 1_000_000, words: 'runs of backticks (`)' },
} as const;

type InlineKind = keyof typeof INLINE_LIMITS;
const KINDS = Object.keys(INLINE_LIMITS) as InlineKind[];

/** Refuses, before parsing, a text with more inline delimiters than any policy (see INLINE_LIMITS). */
export function checkInlineDelimiters(markdown: string): void {
  const inParagraph: Record<InlineKind, number> = { emphasis: 0, brackets: 0, angles: 0, backticks: 0 };
  const inDocument: Record<InlineKind, number> = { emphasis: 0, brackets: 0, angles: 0, backticks: 0 };
  const scanned: Record<InlineKind, number> = { emphasis: 0, brackets: 0, angles: 0, backticks: 0 };
  let blockStart = 0;
  let lineBlank = true;
  let previous = 10;
  const n = markdown.length;
  const count = (kind: InlineKind): void => {
    const limits = INLINE_LIMITS[kind];
    const here = ++inParagraph[kind];
    const all = ++inDocument[kind];
    if (here > limits.paragraph) throw inlineError(blockStart, `has more ${limits.words} than the ${limits.paragraph.toLocaleString('en-GB')} policy-lint reads in one paragraph`);
    if (all > limits.document) throw inlineError(blockStart, `takes the document past the ${limits.document.toLocaleString('en-GB')} ${limits.words} policy-lint reads in one document`);
  };
  const endParagraph = (end: number): void => {
    for (const kind of KINDS) {
      const limit = INLINE_LIMITS[kind].scan;
      if (limit > 0 && inParagraph[kind] > 0) {
        scanned[kind] += inParagraph[kind] * (end - blockStart);
        if (scanned[kind] > limit) {
          throw inlineError(blockStart, `has ${inParagraph[kind].toLocaleString('en-GB')} ${INLINE_LIMITS[kind].words} in ${(end - blockStart).toLocaleString('en-GB')} characters, more than the parser can search in good time`);
        }
      }
      inParagraph[kind] = 0;
    }
  };
  for (let i = 0; i < n; i++) {
    const c = markdown.charCodeAt(i);
    if (c === 10) {
      if (lineBlank) {
        endParagraph(i);
        blockStart = i + 1;
      }
      lineBlank = true;
    } else if (c !== 32 && c !== 9) {
      lineBlank = false;
      if (c === 42 || c === 95) {
        if (previous !== c) count('emphasis'); // '*' '_': a run counts once
      } else if (c === 91) count('brackets');
      else if (c === 96) {
        if (previous !== 96) count('backticks');
      } else if (c === 60) count('angles');
    }
    previous = c;
  }
  endParagraph(n);
}

function inlineError(blockStart: number, what: string): TextLimitError {
  return new TextLimitError((place) => `not checked: ${place} ${what}; no policy comes near, it looks generated, not written`, blockStart);
}

export function parseMarkdown(markdown: string, limits: ParseLimits = {}): Root {
  checkTextSize(markdown, limits.maxTextMb);
  checkNesting(markdown);
  checkInlineDelimiters(markdown);
  return (frontMatterLines(markdown) > 0 ? withFrontMatter : processor).parse(markdown);
}
