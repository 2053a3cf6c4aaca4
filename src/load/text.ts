/**
 * Plain text (extracted from a PDF or a Word file) to Markdown. The text is hard-wrapped, often with
 * blank lines in the middle of sentences; bullets are "•", "▪" and "o"; URLs of hyperlinks and page
 * numbers sit between the lines. The loader rebuilds logical blocks (paragraphs, list items, likely
 * headings) and writes each as Markdown, copying every character of the text from the original so that
 * positions map back exactly. The PDF loader calls this with the text lines of a PDF, so it stays a pure
 * function of a string.
 */
import type { SourceFormat } from '../types.js';
import type { Artifact, LoadedDocument } from './types.js';
import { MappedTextBuilder, TextLocator, type PositionMap } from './position-map.js';
import {
  copyLiteral,
  endsWithFunctionWord,
  endsWithTerminal,
  endsWithWordHyphen,
  findArtifacts,
  findGluedOMarkers,
  isBlank,
  isDateLine,
  isKnownSectionName,
  lineContent,
  matchBullet,
  oMarkerLength,
  sortedArtifacts,
  splitLines,
  startsWithLowercase,
  startsWithUppercase,
  wordCount,
  type SourceLine,
} from './normalise.js';

export interface PlainTextOptions {
  /** What to report the document as: 'text' (default), or 'pdf' when the PDF loader calls. */
  format?: SourceFormat;
}

/** The part of one source line that belongs to a block. */
interface Piece {
  line: SourceLine;
  start: number;
  end: number;
}

interface TextBlock {
  type: 'paragraph' | 'item';
  /** List level of an item: 0 top, 1 under the item before it ("o" bullets). */
  level: number;
  /** Offset of the bullet character (items). */
  marker: number;
  pieces: Piece[];
  /** Set after blocks are built. */
  role?: 'heading' | 'toc-entry';
}

type LineKind = 'blank' | 'artifact' | 'bullet' | 'o' | 'text';

interface ClassifiedLine {
  line: SourceLine;
  kind: LineKind;
  /** Bullet character offset (bullet/o). */
  marker: number;
  /** Where the line's text starts (after a bullet marker). */
  textStart: number;
}

export function loadPlainText(original: string, options: PlainTextOptions = {}): LoadedDocument {
  const format = options.format ?? 'text';
  const lines = splitLines(original);
  const found = findArtifacts(original, lines, { angleUrls: true });
  const classified = lines.map((line) => classify(original, line, found));
  const width = wrapWidth(classified);
  const blocks = buildBlocks(original, classified, width);
  markTableOfContents(original, blocks);
  markHeadings(original, blocks);
  const { text, map } = emit(original, blocks);
  const artifacts: Artifact[] = sortedArtifacts(found);
  return { format, original, markdown: text, map, locator: new TextLocator(original), artifacts };
}

function classify(original: string, line: SourceLine, found: Map<number, Artifact>): ClassifiedLine {
  if (isBlank(line)) return { line, kind: 'blank', marker: line.contentStart, textStart: line.contentStart };
  if (found.has(line.index)) return { line, kind: 'artifact', marker: line.contentStart, textStart: line.contentStart };
  const bullet = matchBullet(original, line);
  if (bullet) return { line, kind: 'bullet', marker: bullet.marker, textStart: bullet.text };
  const o = oMarkerLength(lineContent(original, line));
  if (o > 0) return { line, kind: 'o', marker: line.contentStart, textStart: line.contentStart + o };
  return { line, kind: 'text', marker: line.contentStart, textStart: line.contentStart };
}

/** The wrap width: the 90th percentile of the lengths of the lines with text. */
function wrapWidth(lines: ClassifiedLine[]): number {
  const lengths = lines
    .filter((l) => l.kind === 'text' || l.kind === 'bullet' || l.kind === 'o')
    .map((l) => l.line.contentEnd - l.line.contentStart)
    .sort((a, b) => a - b);
  if (lengths.length === 0) return 80;
  return lengths[Math.ceil(0.9 * (lengths.length - 1))];
}

function lineLength(line: SourceLine): number {
  return line.contentEnd - line.contentStart;
}

/**
 * Whether `next` continues the block whose last piece is `prev`. `gap` says blank lines (or lines kept
 * out of the prose) came between them.
 */
function continues(original: string, prev: Piece, next: ClassifiedLine, gap: boolean, width: number): boolean {
  const prevText = original.slice(prev.start, prev.end);
  if (prevText.length === 0) return true; // a bullet alone on its line: its text follows
  const nextText = original.slice(next.textStart, next.line.contentEnd);
  if (endsWithWordHyphen(prevText)) return true;
  if (startsWithUppercase(nextText) && isKnownSectionName(nextText) && wordCount(nextText) <= 12) return false;
  const prevLength = lineLength(prev.line);
  const nextUpper = startsWithUppercase(nextText);
  const prevTerminal = endsWithTerminal(prevText);
  if (!gap) {
    if (nextUpper && (prevTerminal || next.line.contentStart > next.line.start)) return false;
    // A line that stops well short of the wrap width ended there on purpose (a heading, a label).
    if (nextUpper && prevLength < 0.6 * width) return false;
    return true;
  }
  if (prevTerminal) {
    // "…a declared disability;" + "looked after children…": a list inside a sentence, or "e.g." wrapped.
    return startsWithLowercase(nextText) && (/[;:]$/.test(prevText) || /\b(?:e\.g|i\.e|etc|incl)\.$/i.test(prevText));
  }
  if (startsWithLowercase(nextText) || /^[\d(]/.test(nextText)) return true;
  if (endsWithFunctionWord(prevText)) return true;
  // A long line ran to the margin, so the sentence goes on ("…the Deaton" + "Review, …") — unless the line
  // is a "Section name: …" label of its own.
  return prevLength >= 0.9 * width && !startsWithSectionLabel(original.slice(prev.line.contentStart, prev.end));
}

/** "Alternative Provision:  To be read…": a line that opens with a section name and a colon. */
function startsWithSectionLabel(text: string): boolean {
  const m = /^([^:]{3,60}):/.exec(text);
  return m !== null && isKnownSectionName(m[1]);
}

function buildBlocks(original: string, lines: ClassifiedLine[], width: number): TextBlock[] {
  const blocks: TextBlock[] = [];
  let current: TextBlock | null = null;
  let gap = false;
  const piece = (l: ClassifiedLine): Piece => ({ line: l.line, start: l.textStart, end: l.line.contentEnd });
  for (const l of lines) {
    if (l.kind === 'blank' || l.kind === 'artifact') {
      gap = true;
      continue;
    }
    const last = blocks[blocks.length - 1];
    if (l.kind === 'bullet' || (l.kind === 'o' && last?.type === 'item')) {
      current = { type: 'item', level: l.kind === 'o' ? 1 : 0, marker: l.marker, pieces: [piece(l)] };
      blocks.push(current);
    } else {
      // Text, or an "o" line with no list to belong to (then the "o" is a word).
      const asText: ClassifiedLine = l.kind === 'o' ? { ...l, kind: 'text', textStart: l.line.contentStart } : l;
      if (current && continues(original, current.pieces[current.pieces.length - 1], asText, gap, width)) {
        current.pieces.push(piece(asText));
      } else {
        current = { type: 'paragraph', level: 0, marker: asText.line.contentStart, pieces: [piece(asText)] };
        blocks.push(current);
      }
    }
    gap = false;
  }
  return blocks.filter((b) => b.pieces.some((p) => p.end > p.start));
}

function blockText(original: string, block: TextBlock): string {
  return block.pieces
    .map((p) => original.slice(p.start, p.end))
    .filter((s) => s.length > 0)
    .join(' ');
}

function isSingleLine(block: TextBlock): boolean {
  return block.type === 'paragraph' && block.pieces.length === 1;
}

function isShortLine(text: string): boolean {
  return wordCount(text) <= 8 && text.length <= 70;
}

/**
 * "Content:" followed by short lines: a table of contents. Its entries become a list rather than a run
 * of headings; the last short line before real prose is the first section's heading, not an entry.
 */
function markTableOfContents(original: string, blocks: TextBlock[]): void {
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (!isSingleLine(block) || !/^(?:table of )?contents?\s*:?$/i.test(blockText(original, block))) continue;
    let j = i + 1;
    for (; j < blocks.length; j++) {
      const entry = blocks[j];
      const next = blocks[j + 1];
      const text = blockText(original, entry);
      if (!isSingleLine(entry) || !isShortLine(text) || /[.;,]$/.test(text)) break;
      if (!next || !isSingleLine(next) || !isShortLine(blockText(original, next))) break;
      entry.role = 'toc-entry';
    }
    i = j - 1;
  }
}

/**
 * Likely headings: a short line on its own that starts with a capital or digit, does not end with
 * . , ; and is followed by prose of at least 8 words or by a list (unless it ends with ':' — then it is
 * a lead-in); or a section name the model policy uses. Never a "Name of the …" label or the name after
 * it, a "Label: value" line, or a date.
 */
function markHeadings(original: string, blocks: TextBlock[]): void {
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i];
    if (block.role || !isSingleLine(block)) continue;
    const text = blockText(original, block);
    const prev = blocks[i - 1];
    if (/^name of\b/i.test(text) || !/^[\p{Lu}\d]/u.test(text)) continue;
    if (isKnownSectionName(text) && wordCount(text) <= 16) {
      block.role = 'heading';
      continue;
    }
    // The name that answers a "Name of the Designated Teacher…" label.
    if (prev && prev.type === 'paragraph' && /^name of\b/i.test(blockText(original, prev))) continue;
    if (!isShortLine(text) || /[.,;]$/.test(text)) continue;
    if (/:\s*\S/.test(text) || isDateLine(text)) continue;
    const next = blocks[i + 1];
    if (!next || next.role === 'heading') continue;
    const lead = text.endsWith(':');
    if (next.type === 'item' || next.role === 'toc-entry') {
      if (!lead) block.role = 'heading';
    } else if (wordCount(blockText(original, next)) >= 8 || lead) {
      block.role = 'heading';
    }
  }
}

function emit(original: string, blocks: TextBlock[]): { text: string; map: PositionMap } {
  const b = new MappedTextBuilder(original);
  let prev: TextBlock | null = null;
  for (const block of blocks) {
    const first = block.pieces.find((p) => p.end > p.start) as Piece;
    if (prev) {
      const anchor = prev.pieces[prev.pieces.length - 1].line.end;
      const inList = isListBlock(prev) && isListBlock(block);
      b.insert(inList ? '\n' : '\n\n', anchor);
    }
    if (block.role === 'heading') {
      b.insert('## ', first.start);
      emitHeadingText(b, original, first.start, first.end);
    } else if (block.role === 'toc-entry') {
      b.insert('- ', first.start);
      copyLiteral(b, original, first.start, first.end, { blockStart: true });
    } else {
      const indent = block.type === 'item' ? '  '.repeat(block.level) : '';
      if (block.type === 'item') b.insert(`${indent}- `, block.marker);
      let started = false;
      let prevPiece: Piece | null = null;
      for (const p of block.pieces) {
        if (p.end <= p.start) {
          prevPiece = p;
          continue;
        }
        if (started && prevPiece) {
          const prevText = original.slice(prevPiece.start, prevPiece.end);
          if (!endsWithWordHyphen(prevText)) b.insert(' ', prevPiece.line.end);
        }
        if (block.type === 'item' && block.level > 0) {
          emitWithGluedItems(b, original, p.start, p.end, !started, `\n${indent}- `);
        } else {
          copyLiteral(b, original, p.start, p.end, { blockStart: !started });
        }
        started = true;
        prevPiece = p;
      }
    }
    prev = block;
  }
  if (prev) b.insert('\n', prev.pieces[prev.pieces.length - 1].line.end);
  return b.build();
}

function isListBlock(block: TextBlock): boolean {
  return block.type === 'item' || block.role === 'toc-entry';
}

function emitHeadingText(b: MappedTextBuilder, original: string, start: number, end: number): void {
  // A closing run of '#' would be read as the ATX closing sequence.
  const trailing = /(^|\s)#+$/.exec(original.slice(start, end));
  if (!trailing) {
    copyLiteral(b, original, start, end);
    return;
  }
  const at = end - (trailing[0].length - trailing[1].length);
  copyLiteral(b, original, start, at);
  b.insert('\\', at);
  copyLiteral(b, original, at, end);
}

/** "o A o B" glued on one line: each further "o" starts another item at the same level. */
function emitWithGluedItems(
  b: MappedTextBuilder,
  original: string,
  start: number,
  end: number,
  blockStart: boolean,
  itemBreak: string,
): void {
  let from = start;
  let first = blockStart;
  for (const [wsStart, oAt, textStart] of findGluedOMarkers(original, start, end)) {
    copyLiteral(b, original, from, wsStart, { blockStart: first });
    b.insert(itemBreak, oAt);
    from = textStart;
    first = true;
  }
  copyLiteral(b, original, from, end, { blockStart: first });
}
