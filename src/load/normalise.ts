/**
 * Helpers shared by the Markdown and plain-text loaders: splitting into lines, recognising what is not
 * prose (running headers, page numbers, URLs a PDF dropped between lines), bullets, the punctuation tests
 * the joining rules use, and copying text into a MappedTextBuilder with the escapes Markdown needs.
 *
 * Everything here works on offsets into the ORIGINAL text, so whatever the loaders emit keeps its exact
 * original position.
 */
import type { Artifact } from './types.js';
import type { MappedTextBuilder } from './position-map.js';
export { endsWithTerminal, wordCount } from '../common/text.js';

/** One line of the original: [start, end) excludes the '\n'; content is the line without surrounding space. */
export interface SourceLine {
  index: number;
  start: number;
  end: number;
  contentStart: number;
  contentEnd: number;
}

/** Whitespace that is not content: spaces, tabs, non-breaking and other Unicode spaces, BOM. */
const WS = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/;

export function isWs(ch: string | undefined): boolean {
  return ch !== undefined && WS.test(ch);
}

export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  let index = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    let cs = start;
    while (cs < end && isWs(text[cs])) cs++;
    let ce = end;
    while (ce > cs && isWs(text[ce - 1])) ce--;
    lines.push({ index, start, end, contentStart: cs, contentEnd: ce });
    if (nl === -1) break;
    start = nl + 1;
    index++;
  }
  return lines;
}

export function lineContent(text: string, line: SourceLine): string {
  return text.slice(line.contentStart, line.contentEnd);
}

export function isBlank(line: SourceLine): boolean {
  return line.contentStart === line.contentEnd;
}

// ---------------------------------------------------------------------------------------------------
// Things that are not prose

/** A line that is only a URL. `<...>` autolinks count only when `angle` is set (plain text). */
export function isUrlLine(content: string, angle = false): boolean {
  const s = angle && content.startsWith('<') && content.endsWith('>') ? content.slice(1, -1) : content;
  return /^(?:https?:\/\/|www\.|mailto:)\S+$/i.test(s);
}

const PAGE_NUMBER_PATTERNS = [
  /^\d{1,3}$/, // "5" (not a year)
  /^page\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i, // "Page 3", "Page 3 of 12"
  /^\d{1,4}\s*(?:of|\/)\s*\d{1,4}$/i, // "3 of 12"
  /^[-–—]\s*\d{1,4}\s*[-–—]$/, // "- 3 -"
  /^\d{1,4}\s*\|\s*page$/i, // "3 | Page"
  /^page\s*\|\s*\d{1,4}$/i, // "Page | 3"
];

export function isPageNumberLine(content: string): boolean {
  return PAGE_NUMBER_PATTERNS.some((re) => re.test(content));
}

/** Characters a list item can start with in Word/PDF text (besides Markdown's own - * +). */
export const BULLET_CHARS = '•▪●◦§\uf0b7–‣■□➢∙';

const BULLET_RE = new RegExp(`^[${BULLET_CHARS}*\\-][ \\t\\u00a0]+(?=\\S)`);
const BULLET_ALONE_RE = new RegExp(`^[${BULLET_CHARS}]$`);

export interface BulletMatch {
  /** Offset of the marker character. */
  marker: number;
  /** Offset where the item's text starts (== content end for a marker alone on its line). */
  text: number;
}

/** A bullet at the start of the line's content: "• text", "▪ text", "- text", "– text", "* text". */
export function matchBullet(text: string, line: SourceLine): BulletMatch | null {
  const content = lineContent(text, line);
  const m = BULLET_RE.exec(content);
  if (m) return { marker: line.contentStart, text: line.contentStart + m[0].length };
  if (BULLET_ALONE_RE.test(content)) return { marker: line.contentStart, text: line.contentEnd };
  return null;
}

const O_BULLET_RE = /^(?:o|\*\*o\*\*)[ \t\u00a0]+(?=\S)/;

/** Length of an "o " (or Word-bold "**o** ") sub-bullet marker at the start of `s`, or 0. */
export function oMarkerLength(s: string): number {
  const m = O_BULLET_RE.exec(s);
  return m ? m[0].length : 0;
}

/**
 * Glued sub-items: " o [Item](#) o Other" on one line. Returns [start of the whitespace, start of the
 * next item's text) for each " o " that sits before a capital, a link or a quote.
 */
export function findGluedOMarkers(text: string, start: number, end: number): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  const re = /[ \t\u00a0]+(o|\*\*o\*\*)[ \t\u00a0]+(?=[\p{Lu}[*_'"‘“(])/gu;
  const s = text.slice(start, end);
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    const oAt = m.index + m[0].indexOf(m[1]);
    out.push([start + m.index, start + oAt, start + m.index + m[0].length]);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Section names of the county model policy (CSF4093) and of the schools' versions of it

const KNOWN_SECTIONS = new Set(
  [
    'policy objective',
    'intention',
    'implementation',
    'impact',
    'rationale',
    'aims',
    'practice',
    'review',
    'equality and diversity',
    'statutory educational planning for all children looked after',
    'statutory personal education plans (epep)',
    'attendance',
    'admissions/ transitions',
    'admissions/transitions',
    'admissions and transitions',
    'additional educational needs',
    'non-eligible pupils',
    'examples',
    'special educational needs & disabilities',
    'special educational needs and disabilities',
    'safeguarding',
    'suspensions and exclusion',
    'suspensions and exclusions',
    'who are cwsw?',
    'the new strategic role of the vsh',
    'identify needs and address barriers',
    'elective home education',
    'mental health and well-being',
    'mental health and wellbeing',
    'recovery programmes',
    'sen',
    'advice and guidance',
    'research',
    'alternative provision',
    'multi-agency working',
    'the importance of effective pupil assessment',
    'children and young people who are excluded on multiple occasions',
    'hertfordshire steps',
    'what is hertfordshire steps?',
    'hertfordshire therapeutic thinking',
    'what is hertfordshire therapeutic thinking?',
  ],
);

const KNOWN_SECTION_PREFIXES = [/^appendix\s+\d+\b/, /^roles? and responsibilities\b/, /^the new duty update\b/];

function normaliseName(s: string): string {
  return s
    .toLowerCase()
    .replace(/[*_]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s:.]+$/, '')
    .trim();
}

/** Whether a line is one of the section names these policies use ("Safeguarding:", "Appendix 2", ...). */
export function isKnownSectionName(s: string): boolean {
  if (s.length > 120) return false;
  const n = normaliseName(s);
  if (KNOWN_SECTIONS.has(n)) return true;
  return KNOWN_SECTION_PREFIXES.some((re) => re.test(n));
}

// ---------------------------------------------------------------------------------------------------
// Running headers and the other artifacts

export interface ArtifactOptions {
  /** Plain text: "<https://…>" on its own line is a stray URL too. Markdown keeps autolinks. */
  angleUrls?: boolean;
  /** Lines not to look at (fenced code in Markdown). */
  skip?: (line: SourceLine) => boolean;
}

function looksLikeListItem(content: string): boolean {
  return (
    BULLET_RE.test(content) ||
    BULLET_ALONE_RE.test(content) ||
    O_BULLET_RE.test(content) ||
    /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/.test(content)
  );
}

/**
 * Lines kept out of the prose, by line index. A running header is a line of at least 12 characters and
 * two words, not a list item nor a section name, that occurs (trimmed) 3 or more times.
 */
export function findArtifacts(text: string, lines: SourceLine[], options: ArtifactOptions = {}): Map<number, Artifact> {
  const found = new Map<number, Artifact>();
  const counts = new Map<string, number[]>();
  for (const line of lines) {
    if (isBlank(line) || options.skip?.(line)) continue;
    const content = lineContent(text, line);
    const artifact = (kind: Artifact['kind']): Artifact => ({
      kind,
      text: content,
      start: line.contentStart,
      end: line.contentEnd,
    });
    if (isUrlLine(content, options.angleUrls)) {
      found.set(line.index, artifact('url'));
    } else if (isPageNumberLine(content)) {
      found.set(line.index, artifact('page-number'));
    } else if (content.length >= 12) {
      const list = counts.get(content);
      if (list) list.push(line.index);
      else counts.set(content, [line.index]);
    }
  }
  for (const [content, indexes] of counts) {
    // The costlier tests only for lines that repeat (most lines occur once).
    if (indexes.length < 3 || looksLikeListItem(content) || isKnownSectionName(content)) continue;
    if ((content.match(/\p{L}{2,}/gu)?.length ?? 0) < 2) continue;
    for (const i of indexes) {
      const line = lines[i];
      found.set(i, { kind: 'running-header', text: content, start: line.contentStart, end: line.contentEnd });
    }
  }
  return found;
}

export function sortedArtifacts(found: Map<number, Artifact>): Artifact[] {
  return [...found.values()].sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------------------------------------------
// Punctuation and word tests for the joining rules (endsWithTerminal and wordCount: src/common/text.ts)

/** "school-" at a line end: a word broken at its hyphen (not a spaced dash " -"). */
export function endsWithWordHyphen(s: string): boolean {
  return /[\p{L}\p{N}]-$/u.test(s);
}

function stripLeadingQuotes(s: string): string {
  return s.replace(/^['"‘“*_]+/u, '');
}

export function startsWithUppercase(s: string): boolean {
  return /^\p{Lu}/u.test(stripLeadingQuotes(s));
}

export function startsWithLowercase(s: string): boolean {
  return /^\p{Ll}/u.test(stripLeadingQuotes(s));
}

const FUNCTION_WORDS = new Set(
  (
    'a an the and or but nor of to for with in on at by from into onto as than that which who whom whose ' +
    'this these those their our its his her your is are was were be been being will would can could should ' +
    'may might must shall has have had not we they it he she if when where while so such including between ' +
    'under within about also both either all any each every'
  ).split(' '),
);

/** The last word is one a sentence cannot end on ("…looked after and", "…the", "We"). */
export function endsWithFunctionWord(s: string): boolean {
  const m = /([\p{L}]+)[\s'"’”]*$/u.exec(s);
  return m !== null && FUNCTION_WORDS.has(m[1].toLowerCase());
}

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DATE_LINE_RE = new RegExp(
  `^(?:(?:review\\s+)?dated?\\s*:?\\s*)?(?:(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?${MONTH}\\.?,?\\s+\\d{4}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4})$`,
  'i',
);

/** "September 2024", "Date October 2023", "01/09/2024". */
export function isDateLine(s: string): boolean {
  return DATE_LINE_RE.test(s.trim());
}

// ---------------------------------------------------------------------------------------------------
// Copying text with the escapes Markdown needs

export interface EmitOptions {
  /** The text starts a block: escape what would make it a heading, quote, list or rule. */
  blockStart?: boolean;
}

/**
 * Copies original[start, end) so that remark-parse reads it as literal text: a backslash is inserted
 * (mapped to the character it protects) before inline syntax characters, and before block syntax at
 * the start of a block. Copied characters keep their exact original offsets.
 */
export function copyLiteral(b: MappedTextBuilder, text: string, start: number, end: number, options: EmitOptions = {}): void {
  let from = start;
  if (options.blockStart && start < end) {
    const rest = text.slice(start, Math.min(end, start + 200));
    const ordered = /^\d{1,9}([.)])(?=[ \t]|$)/.exec(rest);
    if (ordered) {
      const at = start + ordered[0].length - 1;
      b.copy(start, at).insert('\\', at);
      from = at;
    } else if (/^(?:[#>+=]|~~~|-(?=[ \t]|$)|-[-\s]*$)/.test(rest)) {
      b.insert('\\', start);
    }
  }
  for (let i = from; i < end; i++) {
    const ch = text[i];
    let escape = false;
    if (ch === '\\' || ch === '`' || ch === '*' || ch === '_' || ch === '[' || ch === ']' || ch === '<') escape = true;
    else if (ch === '&') escape = /^&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i.test(text.slice(i, i + 34));
    if (escape) {
      b.copy(from, i).insert('\\', i);
      from = i;
    }
  }
  b.copy(from, end);
}
