/**
 * The PDF's document, built from its pages' lines: `original` (every line of every page), the text the
 * plain-text normaliser reads (headers and footers left out, a blank line at a paragraph gap, URLs
 * that wrapped at the margin joined), the composed position map, the page/line locator and the
 * artifacts (running lines, link annotations). Separate from pdf.ts, which talks to pdf.js, because
 * this is all offsets and maps: it never sees pdf.js.
 */
import type { Artifact, LoadedDocument } from './types.js';
import { LoadError } from './types.js';
import { MappedTextBuilder, PositionMap, type Locator } from './position-map.js';
import { loadPlainText } from './text.js';
import { trimRange } from '../common/text.js';
import type { SourcePoint } from '../types.js';
import type { OriginalLine, PageLine, PageText } from './pdf-lines.js';
import { markRunningLines } from './pdf-headers-footers.js';

const NO_TEXT = 'no text layer: this PDF is scanned images; run OCR or send the Word file';

/** Markdown offsets to normaliser-input offsets to `original` offsets. */
class ComposedMap extends PositionMap {
  constructor(
    private readonly outer: PositionMap,
    private readonly inner: PositionMap,
  ) {
    super([], outer.outputLength);
  }

  override toOriginal(offset: number): number {
    return this.inner.toOriginal(this.outer.toOriginal(offset));
  }
}

/** Where a line of a PDF page is drawn, for what is written onto the page (review notes). */
export interface LineGeometry {
  start: number;
  page: number;
  lineInPage: number;
  line?: PageLine;
  /** The page's viewport transform (user space -> device space, in which `line` is measured). */
  transform?: number[];
}

/** A box on a page in PDF user space: [x0, y0, x1, y1], bottom-left origin. */
export type UserBox = [number, number, number, number];

/** Original offset -> page, line within the page, column; and where a line is drawn. */
export class PdfLocator implements Locator {
  constructor(private readonly lines: LineGeometry[]) {}

  /**
   * The box in user space around columns [fromColumn, toColumn] (1-based, inclusive) of a page's line,
   * from the text items' positions; undefined when the geometry is not known (a rotated text item).
   */
  box(page: number, lineInPage: number, fromColumn = 1, toColumn = Number.MAX_SAFE_INTEGER): UserBox | undefined {
    const geometry = this.lines.find((l) => l.page === page && l.lineInPage === lineInPage);
    const line = geometry?.line;
    const m = geometry?.transform;
    if (!line || !m) return undefined;
    const from = Math.max(0, fromColumn - 1);
    const to = Math.min(line.text.length, toColumn);
    const xAt = (i: number, edge: 'start' | 'end'): number => {
      const span = line.spans.find((s) => s.start <= i && i <= s.end) ?? (edge === 'start' ? line.spans[0] : line.spans[line.spans.length - 1]);
      if (!span) return edge === 'start' ? line.x0 : line.x1;
      const chars = Math.max(1, span.end - span.start);
      return span.x0 + ((span.x1 - span.x0) * Math.max(0, Math.min(chars, i - span.start))) / chars;
    };
    const x0 = xAt(from, 'start');
    const x1 = Math.max(x0 + 1, xAt(to, 'end'));
    // Device space has y downwards from the top; the glyphs sit on the baseline, a little below it for descenders.
    const top = line.y - line.size * 0.85;
    const bottom = line.y + line.size * 0.25;
    const det = m[0] * m[3] - m[1] * m[2];
    if (!det) return undefined;
    const toUser = (x: number, y: number): [number, number] => {
      const dx = x - m[4];
      const dy = y - m[5];
      return [(m[3] * dx - m[2] * dy) / det, (-m[1] * dx + m[0] * dy) / det];
    };
    const [ax, ay] = toUser(x0, top);
    const [bx, by] = toUser(x1, bottom);
    return [Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by)];
  }

  locate(offset: number): SourcePoint {
    const lines = this.lines;
    if (lines.length === 0) return { line: 1, column: 1, page: 1 };
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lines[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    const line = lines[lo];
    return { page: line.page, line: line.lineInPage, column: Math.max(0, offset - line.start) + 1 };
  }
}

const URL_START = /^(?:https?:\/\/|ftp:\/\/|mailto:|www\.)\S+$/i;
const URL_PART = /^[\w\-.~%/?#=&+:;@!$,'()*]+$/;

export function buildDocument(pages: PageText[]): LoadedDocument {
  const lines: OriginalLine[] = [];
  let offset = 0;
  for (const page of pages) {
    page.lines.forEach((line, i) => {
      lines.push({ page: page.number, lineInPage: i + 1, start: offset, end: offset + line.text.length, line, transform: page.transform });
      offset += line.text.length + 1;
    });
  }
  const original = lines.map((l) => l.line.text).join('\n');
  markRunningLines(pages, lines);

  const bodyLetters = lines.filter((l) => !l.artifact).reduce((n, l) => n + (l.line.text.match(/\p{L}/gu)?.length ?? 0), 0);
  if (bodyLetters < 20 * Math.max(1, pages.length)) throw new LoadError(NO_TEXT);

  // What the normaliser reads.
  const b = new MappedTextBuilder(original);
  const spacing = lineSpacing(lines);
  const pitch = (a: PageLine, b: PageLine): number => spacing * Math.max(a.size, b.size);
  const rightMargin = new Map<number, number>();
  for (const page of pages) rightMargin.set(page.number, Math.max(0, ...page.lines.map((l) => l.x1)));
  let prev: OriginalLine | undefined;
  let inUrl = false;
  for (const line of lines) {
    if (line.artifact) continue;
    if (prev) {
      const text = line.line.text;
      const sameColumn = prev.page === line.page && line.line.y > prev.line.y;
      const urlGoesOn =
        sameColumn &&
        (inUrl || URL_START.test(prev.line.text)) &&
        !URL_START.test(text) &&
        URL_PART.test(text) &&
        (!/[.,;:!?)]$/.test(text) || /\.\w{2,5}$/.test(text)) &&
        line.line.y - prev.line.y <= 1.6 * pitch(prev.line, line.line) &&
        (/[/\-_.=&?#]$/.test(prev.line.text) || forcedWrap(prev.line, line.line, rightMargin.get(prev.page) ?? 0));
      if (urlGoesOn) {
        inUrl = true;
      } else {
        inUrl = false;
        if (line.start === prev.end + 1) b.copy(prev.end, line.start);
        else b.insert('\n', prev.end);
        const gap = line.line.y - prev.line.y;
        if (sameColumn && gap > 1.3 * pitch(prev.line, line.line) + 0.5) b.insert('\n', prev.end);
      }
    }
    b.copy(line.start, line.end);
    prev = line;
  }
  const { text: input, map: inputMap } = b.build();
  const inner = loadPlainText(input, { format: 'pdf' });

  const toOriginal = (start: number, end: number): [number, number] => {
    const s = inputMap.toOriginal(start);
    const e = end > start ? inputMap.toOriginal(end - 1) + 1 : s;
    return [s, Math.max(s, e)];
  };
  const artifacts: Artifact[] = inner.artifacts.map((a) => {
    const [start, end] = toOriginal(a.start, a.end);
    return { ...a, start, end };
  });
  for (const line of lines) {
    if (line.artifact) artifacts.push({ kind: line.artifact, text: line.line.text, start: line.start, end: line.end });
  }
  artifacts.push(...linkArtifacts(pages, lines));
  artifacts.sort((x, y) => x.start - y.start || x.end - y.end);

  return {
    format: 'pdf',
    original,
    markdown: inner.markdown,
    map: new ComposedMap(inner.map, inputMap),
    locator: new PdfLocator(lines.map((l) => ({ start: l.start, page: l.page, lineInPage: l.lineInPage, line: l.line, transform: l.transform }))),
    artifacts,
  };
}

/**
 * Whether `line` went to a new line only because its first piece (up to a '/' or '-', where a URL may
 * break) did not fit after `prev` within the right margin.
 */
function forcedWrap(prev: PageLine, line: PageLine, margin: number): boolean {
  const piece = /^[^/-]*[/-]?/.exec(line.text)?.[0] ?? line.text;
  const perChar = (line.x1 - line.x0) / Math.max(1, line.text.length);
  return prev.x1 + perChar * (piece.length + 1) > margin - 1;
}

/**
 * The usual distance from one baseline to the next, as a multiple of the font size, over the whole
 * document: a low quantile, so that the extra space between paragraphs stands out.
 */
function lineSpacing(lines: OriginalLine[]): number {
  const ratios: number[] = [];
  let prev: OriginalLine | undefined;
  for (const line of lines) {
    if (prev && prev.page === line.page && !line.artifact && !prev.artifact) {
      const d = line.line.y - prev.line.y;
      const size = Math.max(line.line.size, prev.line.size);
      if (d >= 0.5 * size) ratios.push(d / size);
    }
    prev = line;
  }
  ratios.sort((a, b) => a - b);
  return ratios.length ? ratios[Math.floor(0.1 * (ratios.length - 1))] : 1.2;
}

/** A 'url' artifact for each link annotation, over the text the link covers. */
function linkArtifacts(pages: PageText[], lines: OriginalLine[]): Artifact[] {
  const out: Artifact[] = [];
  const byPage = new Map<number, OriginalLine[]>();
  for (const line of lines) {
    const list = byPage.get(line.page);
    if (list) list.push(line);
    else byPage.set(line.page, [line]);
  }
  for (const page of pages) {
    const pageLines = byPage.get(page.number) ?? [];
    for (const link of page.links) {
      let start = -1;
      let end = -1;
      for (const l of pageLines) {
        const top = l.line.y - 0.8 * l.line.size;
        const bottom = l.line.y + 0.25 * l.line.size;
        const overlap = Math.min(bottom, link.bottom + 1) - Math.max(top, link.top - 1);
        if (overlap < 0.4 * (bottom - top)) continue;
        for (const span of l.line.spans) {
          if (span.x1 <= link.left + 1 || span.x0 >= link.right - 1) continue;
          // The part of the item under the link, by proportion of its width.
          const w = span.x1 - span.x0 || 1;
          const n = span.end - span.start;
          const [a, z] = trimRange(
            l.line.text,
            span.start + Math.max(0, Math.floor(((link.left - span.x0) / w) * n)),
            span.start + Math.min(n, Math.ceil(((link.right - span.x0) / w) * n)),
          );
          if (z <= a) continue;
          if (start === -1 || l.start + a < start) start = l.start + a;
          end = Math.max(end, l.start + z);
        }
      }
      if (start === -1) {
        // A link over no text (an image): anchor it at the first line of the page.
        start = end = pageLines[0]?.start ?? 0;
      }
      out.push({ kind: 'url', text: link.url, start, end });
    }
  }
  return out;
}
