/**
 * Markdown (in practice: Word documents converted to Markdown) to the Markdown remark-parse reads.
 * Lines that need nothing are copied byte for byte, so the map is the identity wherever the document
 * was already fine. What changes:
 *
 * - running headers, page numbers and lines that are only a URL are kept out (as Artifacts), and the
 *   list items or the sentence they interrupted join up again;
 * - Word bullets ("•", "▪", …) become "- " items; Word's sub-bullets, which the conversion writes as
 *   " - o text" one space in (CommonMark would make them siblings), become items nested under the item
 *   before them, without the "o";
 * - a paragraph that a page break split mid-sentence ("…those who" / "" / "have lost…") is joined;
 * - a line indented like code outside a list loses its indentation, and a tab-table or "Label: value"
 *   line directly under a list item is moved out of the list with a blank line.
 */
import type { Artifact, LoadedDocument } from './types.js';
import { frontMatterLines } from './front-matter.js';
import { MappedTextBuilder, TextLocator } from './position-map.js';
import {
  BULLET_CHARS,
  endsWithFunctionWord,
  endsWithTerminal,
  findArtifacts,
  findGluedOMarkers,
  isKnownSectionName,
  lineContent,
  oMarkerLength,
  sortedArtifacts,
  splitLines,
  startsWithLowercase,
  type SourceLine,
} from './normalise.js';

type Kind = 'code' | 'blank' | 'artifact' | 'item' | 'bullet' | 'o' | 'text';

interface MdLine {
  line: SourceLine;
  kind: Kind;
  /** Width of the leading indentation in columns (a tab counts to the next multiple of 4). */
  indent: number;
  /** List marker offset (item, bullet, o). */
  marker: number;
  /** Where the item's text starts, after the marker and its spaces. */
  textStart: number;
  /** item: the column where the item's content starts when the line is copied as it is. */
  contentCol: number;
}

const MD_ITEM_RE = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/;
const THEMATIC_RE = /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const WORD_BULLET_RE = new RegExp(`^[${BULLET_CHARS}](?:[ \\t\\u00a0]+|$)`);
const FENCE_RE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_RE = /^#{1,6}(?:[ \t]|$)/;
/** "Label: value" — a field line that must not be pulled into a list item above it. */
const LABEL_RE = /^\p{Lu}[^:\t]{0,40}:[ \t]+\S/u;

export function loadMarkdown(original: string): LoadedDocument {
  const lines = splitLines(original);
  const fenced = fencedLines(original, lines);
  const found = findArtifacts(original, lines, { skip: (l) => fenced[l.index] });
  const classified = lines.map((l) => classify(original, l, fenced[l.index], found));
  const { text, map } = emit(original, classified);
  const artifacts: Artifact[] = sortedArtifacts(found);
  return {
    format: 'markdown',
    original,
    markdown: text,
    map,
    locator: new TextLocator(original),
    artifacts,
  };
}

/**
 * Lines copied as they are: fenced code, and YAML front matter ("---" on the first line, closed by
 * "---" or "..."), which remark-frontmatter reads and the model takes its fields from.
 */
function fencedLines(original: string, lines: SourceLine[]): boolean[] {
  const out: boolean[] = [];
  let fence: string | null = null;
  const frontMatter = frontMatterLines(original);
  for (const l of lines) {
    if (l.index < frontMatter) {
      out.push(true);
      continue;
    }
    const m = FENCE_RE.exec(original.slice(l.start, l.end));
    if (fence === null) {
      if (m) fence = m[1];
      out.push(m !== null);
    } else {
      out.push(true);
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length) fence = null;
    }
  }
  return out;
}

function indentWidth(original: string, line: SourceLine): number {
  let col = 0;
  for (let i = line.start; i < line.contentStart; i++) col = original[i] === '\t' ? col + 4 - (col % 4) : col + 1;
  return col;
}

function classify(original: string, line: SourceLine, fenced: boolean, found: Map<number, Artifact>): MdLine {
  const base = { line, indent: 0, marker: line.contentStart, textStart: line.contentStart, contentCol: 0 };
  if (fenced) return { ...base, kind: 'code' };
  if (line.contentStart === line.contentEnd) return { ...base, kind: 'blank' };
  if (found.has(line.index)) return { ...base, kind: 'artifact' };
  const indent = indentWidth(original, line);
  const content = original.slice(line.contentStart, line.end);
  if (THEMATIC_RE.test(content)) return { ...base, indent, kind: 'text' };
  const item = MD_ITEM_RE.exec(content);
  if (item) {
    const markerEnd = line.contentStart + item[0].length;
    let textStart = markerEnd;
    while (textStart < line.end && (original[textStart] === ' ' || original[textStart] === '\t')) textStart++;
    const spaces = textStart - markerEnd;
    const contentCol = indent + item[0].length + (spaces >= 1 && spaces <= 4 ? spaces : 1);
    return { ...base, indent, kind: 'item', textStart, contentCol };
  }
  const bullet = WORD_BULLET_RE.exec(content);
  if (bullet) return { ...base, indent, kind: 'bullet', textStart: line.contentStart + bullet[0].length };
  const o = oMarkerLength(content);
  if (o > 0) return { ...base, indent, kind: 'o', textStart: line.contentStart + o };
  return { ...base, indent, kind: 'text' };
}

/** A line of ordinary paragraph text: not a heading, quote, table or HTML line, not indented like code. */
function isPlainText(original: string, l: MdLine): boolean {
  if (l.kind !== 'text' || l.indent >= 4) return false;
  const content = lineContent(original, l.line);
  return !ATX_RE.test(content) && !/^[>|<]/.test(content) && !content.includes('\t') && !THEMATIC_RE.test(content);
}

/** A line whose text can run on into the next line: paragraph text or a list item's text. */
function isProse(original: string, l: MdLine): boolean {
  if (l.kind === 'item' || l.kind === 'bullet' || l.kind === 'o') return !original.slice(l.textStart, l.line.end).includes('\t');
  return isPlainText(original, l);
}

/**
 * The sentence in P goes on in N across blank lines (or a removed running header): P does not end with
 * terminal punctuation and N starts with a lowercase letter, or P ends on a word no sentence ends on.
 */
function sentenceContinues(original: string, p: MdLine, n: MdLine): boolean {
  if (!isProse(original, p) || !isPlainText(original, n)) return false;
  const pText = lineContent(original, p.line);
  const nText = lineContent(original, n.line);
  if (endsWithTerminal(pText) || (!startsWithLowercase(nText) && isKnownSectionName(nText))) return false;
  return startsWithLowercase(nText) || endsWithFunctionWord(pText);
}

interface ListContext {
  /** Indentation of the open top-level item's marker. */
  markerIndent: number;
  /** Content column of the open top-level item: sub-items are indented to it. */
  contentCol: number;
}

function emit(original: string, lines: MdLine[]) {
  const b = new MappedTextBuilder(original);
  const copyLine = (l: MdLine, from = l.line.start): void => {
    b.copy(from, l.line.end < original.length ? l.line.end + 1 : l.line.end);
  };
  const newline = (l: MdLine): void => {
    if (l.line.end < original.length) b.copy(l.line.end, l.line.end + 1);
  };

  let ctx: ListContext | null = null;
  let prev: MdLine | null = null; // previous line with content that was emitted
  let blankBefore = true; // a blank line was emitted since `prev` (true at the start)

  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.kind === 'blank' || l.kind === 'artifact') {
      // A run of blank lines and artifacts: decide what to do with it as a whole.
      let j = i;
      while (j < lines.length && (lines[j].kind === 'blank' || lines[j].kind === 'artifact')) j++;
      const run = lines.slice(i, j);
      const next = lines[j];
      const hasArtifact = run.some((r) => r.kind === 'artifact');
      const hasBlank = run.some((r) => r.kind === 'blank');
      let dropBlanks = false;
      let insertBlank = false;
      if (prev && next && prev.kind !== 'code' && next.kind !== 'code') {
        const nextStartsItem = next.kind === 'item' || next.kind === 'bullet' || (next.kind === 'o' && ctx !== null);
        if (hasArtifact && ctx !== null && nextStartsItem) dropBlanks = true;
        else if (sentenceContinues(original, prev, next)) dropBlanks = true;
        else if (hasArtifact && !hasBlank) insertBlank = true;
      }
      for (const r of run) {
        if (r.kind === 'blank' && !dropBlanks) {
          copyLine(r);
          blankBefore = true;
        }
      }
      if (insertBlank) {
        b.insert('\n', run[0].line.contentStart);
        blankBefore = true;
      }
      i = j - 1;
      continue;
    }

    if (l.kind === 'code') {
      copyLine(l);
      ctx = null;
    } else if ((l.kind === 'item' || l.kind === 'bullet' || l.kind === 'o') && ctx !== null && isSubItem(l, ctx)) {
      emitSubItem(b, original, l, ctx);
      newline(l);
    } else if (l.kind === 'item') {
      copyLine(l);
      if (ctx === null || l.indent < ctx.contentCol) ctx = { markerIndent: l.indent, contentCol: l.contentCol };
    } else if (l.kind === 'bullet') {
      // "• text" -> "- text"; indentation that would make it code is dropped.
      const keep = l.indent < 4 ? l.line.contentStart - l.line.start : 0;
      b.copy(l.line.start, l.line.start + keep);
      b.insert('- ', l.marker);
      copyLine(l, l.textStart);
      const markerIndent = keep > 0 ? l.indent : 0;
      ctx = { markerIndent, contentCol: markerIndent + 2 };
    } else {
      // Text (or an "o" line with no list above it).
      if (blankBefore) {
        if (ctx !== null && l.indent < ctx.contentCol) ctx = null;
        if (ctx === null && l.indent >= 4) copyLine(l, l.line.contentStart); // would be indented code
        else copyLine(l);
      } else if (ctx !== null && l.indent === 0 && isFieldLine(original, l)) {
        b.insert('\n', l.line.start);
        ctx = null;
        copyLine(l);
      } else {
        copyLine(l);
      }
    }
    prev = l;
    blankBefore = false;
  }
  return b.build();
}

/** A tab-table row or a "Label: value" line. */
function isFieldLine(original: string, l: MdLine): boolean {
  const content = lineContent(original, l.line);
  return content.includes('\t') || LABEL_RE.test(content);
}

/**
 * A bullet that belongs under the open item: a Markdown marker indented by fewer columns than the
 * item's content (CommonMark would make it a sibling), any indented Word bullet, or an "o" bullet.
 */
function isSubItem(l: MdLine, ctx: ListContext): boolean {
  if (l.kind === 'o') return true;
  if (l.kind === 'bullet') return l.indent > ctx.markerIndent;
  return l.indent > ctx.markerIndent && l.indent < ctx.contentCol;
}

function emitSubItem(b: MappedTextBuilder, original: string, l: MdLine, ctx: ListContext): void {
  const indent = ' '.repeat(ctx.contentCol);
  let textStart = l.textStart;
  let hadO = l.kind === 'o';
  if (l.kind !== 'o') {
    const o = oMarkerLength(original.slice(textStart, l.line.end));
    if (o > 0) {
      textStart += o;
      hadO = true;
    }
  }
  b.insert(`${indent}- `, l.marker);
  let from = textStart;
  if (hadO) {
    // "o [A](#) o [B](#) o [C](#)": Word's sub-bullets glued on one line.
    for (const [wsStart, oAt, next] of findGluedOMarkers(original, textStart, l.line.end)) {
      b.copy(from, wsStart);
      b.insert(`\n${indent}- `, oAt);
      from = next;
    }
  }
  b.copy(from, l.line.end);
}
