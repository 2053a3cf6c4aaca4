/**
 * PDF loader. pdf.js (bundled by unpdf) gives each page's text items with their positions and the
 * page's link annotations; we rebuild the text lines of every page in reading order, find the running
 * headers, footers and page numbers by their repetition across pages, and hand the remaining lines to
 * the plain-text normaliser (loadPlainText), which rebuilds paragraphs, lists and headings.
 *
 * `original` is every text line of every page, in reading order, one per line, pages one after
 * another, headers and footers included (so a page's line numbers are what a person counts on the
 * page). The locator turns an offset into { page, line within that page, column }.
 *
 * What the normaliser reads is `original` without the header/footer/page-number lines (they become
 * artifacts), with a blank line where the page shows a paragraph gap and with URLs that wrapped at the
 * margin joined back into one line (the normaliser keeps a line that is only a URL as a 'url'
 * artifact). Its map is composed with ours, so Markdown offsets map straight to `original`.
 *
 * Link annotations (hyperlinks behind words) become 'url' artifacts whose offsets are the text the
 * link covers.
 *
 * Limits: at most `maxPages` pages (default 300) and 20 million characters of text; images are never
 * decoded or rendered. Before pdf.js reads anything, every stream it may decode is decoded once with a
 * bound (pdf-streams.ts): one stream may unpack to 32 MB, all of them to 128 MB.
 */
import { getDocumentProxy } from 'unpdf';
import type { Artifact, LoadedDocument, LoaderNotice } from './types.js';
import { LoadError } from './types.js';
import { MappedTextBuilder, PositionMap, type Locator } from './position-map.js';
import { loadPlainText } from './text.js';
import { trimRange } from '../common/text.js';
import type { SourcePoint } from '../types.js';
import { checkPdfStreams, DEFAULT_STREAM_CAPS, type StreamCaps } from './pdf-streams.js';

export interface PdfOptions {
  /** Most pages read; a longer PDF is refused. Default 300. */
  maxPages?: number;
  /**
   * Most bytes one stream (a page's content, a font, an object stream) and all of them together may
   * decode to; checked before pdf.js reads the file. Default 32 MB and 128 MB.
   */
  streamCaps?: Partial<StreamCaps>;
}

export const DEFAULT_MAX_PAGES = 300;
const MAX_TEXT_LENGTH = 20_000_000;

const ENCRYPTED = 'this PDF is password-protected: policy-lint cannot read it; send an unprotected copy';
const NO_TEXT = 'no text layer: this PDF is scanned images; run OCR or send the Word file';
const DAMAGED = 'not a readable PDF: the file is damaged or truncated';

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;

/** A text item in device space: origin top-left, y grows downwards, y is the baseline. */
interface Item {
  str: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

/** A text line on a page. `spans` are the items' character ranges in `text` with their x extents. */
interface PageLine {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  spans: { start: number; end: number; x0: number; x1: number }[];
}

interface PageText {
  number: number;
  width: number;
  height: number;
  lines: PageLine[];
  links: { url: string; left: number; right: number; top: number; bottom: number }[];
}

/** A line of `original`. */
interface OriginalLine {
  page: number;
  /** 1-based line number within the page. */
  lineInPage: number;
  start: number;
  end: number;
  line: PageLine;
  artifact?: Artifact['kind'];
}

export async function loadPdf(bytes: Uint8Array, options: PdfOptions = {}): Promise<LoadedDocument> {
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  // pdf.js inflates each stream whole, with no bound: a deflate bomb is refused here first.
  await checkPdfStreams(bytes, { ...DEFAULT_STREAM_CAPS, ...options.streamCaps });
  let pdf: PdfDocument;
  try {
    // pdf.js may take ownership of (detach) the buffer it is given: give it a copy.
    pdf = await getDocumentProxy(new Uint8Array(bytes), {
      verbosity: 0,
      isEvalSupported: false,
      disableFontFace: true,
      stopAtErrors: false,
    });
  } catch (error) {
    throw openError(error);
  }
  let pages: PageText[];
  try {
    if (pdf.numPages > maxPages) {
      throw new LoadError(`this PDF has ${pdf.numPages} pages, more than the limit of ${maxPages}: split it or send the policy on its own`);
    }
    pages = await readPages(pdf);
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
  return buildDocument(pages);
}

function openError(error: unknown): LoadError {
  const name = (error as Error)?.name;
  if (name === 'PasswordException') return new LoadError(ENCRYPTED);
  if (error instanceof LoadError) return error;
  const detail = (error as Error)?.message;
  return new LoadError(detail && name !== 'InvalidPDFException' ? `${DAMAGED} (${detail})` : DAMAGED);
}

async function readPages(pdf: PdfDocument): Promise<PageText[]> {
  const pages: PageText[] = [];
  let total = 0;
  for (let n = 1; n <= pdf.numPages; n++) {
    let page;
    try {
      page = await pdf.getPage(n);
    } catch (error) {
      throw new LoadError(`${DAMAGED}: page ${n} cannot be read (${(error as Error)?.message ?? error})`);
    }
    try {
      const viewport = page.getViewport({ scale: 1 });
      const m = viewport.transform as number[];
      const toDevice = (x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const raw of content.items as unknown[]) {
        const item = raw as { str?: string; transform?: number[]; width?: number; dir?: string };
        if (typeof item.str !== 'string' || !item.transform || !/\S/.test(item.str)) continue;
        const t = item.transform;
        // Direction of the text in device space; only left-to-right horizontal text is read as lines.
        const dx = m[0] * t[0] + m[2] * t[1];
        const dy = m[1] * t[0] + m[3] * t[1];
        if (dx <= 0 || Math.abs(dy) > 0.2 * Math.abs(dx)) continue;
        const [x, y] = toDevice(t[4], t[5]);
        const size = Math.hypot(t[2], t[3]) * Math.hypot(m[0], m[1]) || 1;
        const width = (item.width ?? 0) * Math.hypot(m[0], m[1]);
        items.push({ str: item.str, x0: x, x1: x + width, y, size });
        total += item.str.length;
      }
      if (total > MAX_TEXT_LENGTH) {
        throw new LoadError(`this PDF has more than ${MAX_TEXT_LENGTH / 1_000_000} million characters of text, too much for a policy`);
      }
      const links: PageText['links'] = [];
      const annotations = (await page.getAnnotations({ intent: 'display' })) as {
        subtype?: string;
        url?: string;
        unsafeUrl?: string;
        rect?: number[];
      }[];
      for (const a of annotations) {
        const url = a.url ?? a.unsafeUrl;
        if (a.subtype !== 'Link' || !url || !a.rect) continue;
        const [ax, ay] = toDevice(a.rect[0], a.rect[1]);
        const [bx, by] = toDevice(a.rect[2], a.rect[3]);
        links.push({ url, left: Math.min(ax, bx), right: Math.max(ax, bx), top: Math.min(ay, by), bottom: Math.max(ay, by) });
      }
      pages.push({ number: n, width: viewport.width, height: viewport.height, lines: readingOrder(items, viewport.width), links });
    } catch (error) {
      if (error instanceof LoadError) throw error;
      throw new LoadError(`${DAMAGED}: page ${n} cannot be read (${(error as Error)?.message ?? error})`);
    } finally {
      page.cleanup();
    }
  }
  return pages;
}

// ---------------------------------------------------------------------------------------------------
// Lines and reading order.

/** Groups items into lines by baseline (top to bottom), each line's items left to right. */
function groupLines(items: Item[]): PageLine[] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const groups: Item[][] = [];
  let current: Item[] = [];
  let top = 0;
  let size = 0;
  for (const item of sorted) {
    if (current.length > 0 && item.y - top <= 0.5 * Math.max(size, item.size)) {
      current.push(item);
      size = Math.max(size, item.size);
      continue;
    }
    if (current.length > 0) groups.push(current);
    current = [item];
    top = item.y;
    size = item.size;
  }
  if (current.length > 0) groups.push(current);
  return groups.map(joinItems).filter((l): l is PageLine => l !== null);
}

function joinItems(items: Item[]): PageLine | null {
  items.sort((a, b) => a.x0 - b.x0);
  let text = '';
  const spans: PageLine['spans'] = [];
  let prev: Item | undefined;
  let size = 0;
  let baseline = 0;
  for (const item of items) {
    // Fake bold: the same text printed twice a fraction of a point apart.
    if (prev && item.str === prev.str && Math.abs(item.x0 - prev.x0) < 1) continue;
    if (prev && item.x0 - prev.x1 > 0.15 * Math.min(item.size, prev.size) && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
    const str = item.str.replace(/[\r\n\t\v\f\u2028\u2029]/g, ' ');
    spans.push({ start: text.length, end: text.length + str.length, x0: item.x0, x1: item.x1 });
    text += str;
    if (item.size >= size) {
      size = item.size;
      baseline = item.y;
    }
    prev = item;
  }
  const lead = text.length - text.trimStart().length;
  const trimmed = text.trim();
  if (!trimmed) return null;
  for (const span of spans) {
    span.start = Math.max(0, Math.min(trimmed.length, span.start - lead));
    span.end = Math.max(0, Math.min(trimmed.length, span.end - lead));
  }
  return {
    text: trimmed,
    x0: Math.min(...items.map((i) => i.x0)),
    x1: Math.max(...items.map((i) => i.x1)),
    y: baseline,
    size,
    spans,
  };
}

/**
 * The page's lines in reading order. A page whose text forms two clear columns (a clear vertical
 * gutter near the middle, at least six lines of column-wide text on each side beside each other) is
 * read left column first, then right; a line that spans the gutter (a title) ends a band of columns.
 */
function readingOrder(items: Item[], pageWidth: number): PageLine[] {
  const columns = findGutter(items, pageWidth);
  if (!columns) return groupLines(items);
  const { left, right, full } = columns;
  const leftLines = groupLines(left);
  const rightLines = groupLines(right);
  const fullLines = groupLines(full);
  const out: PageLine[] = [];
  let l = 0;
  let r = 0;
  for (const f of fullLines) {
    while (l < leftLines.length && leftLines[l].y < f.y) out.push(leftLines[l++]);
    while (r < rightLines.length && rightLines[r].y < f.y) out.push(rightLines[r++]);
    out.push(f);
  }
  while (l < leftLines.length) out.push(leftLines[l++]);
  while (r < rightLines.length) out.push(rightLines[r++]);
  return out;
}

function findGutter(items: Item[], pageWidth: number): { left: Item[]; right: Item[]; full: Item[] } | null {
  if (items.length < 12 || !(pageWidth > 0)) return null;
  const width = Math.ceil(pageWidth);
  const cover = new Int32Array(width + 1);
  for (const item of items) {
    const from = Math.max(0, Math.floor(item.x0));
    const to = Math.min(width, Math.ceil(item.x1));
    for (let x = from; x <= to; x++) cover[x]++;
  }
  let best = -1;
  for (let x = Math.floor(0.3 * width); x <= Math.ceil(0.7 * width); x++) if (best === -1 || cover[x] < cover[best]) best = x;
  let gl = best;
  let gr = best;
  while (gl > 0 && cover[gl - 1] === cover[best]) gl--;
  while (gr < width && cover[gr + 1] === cover[best]) gr++;
  if (gr - gl < 6) return null;
  const left: Item[] = [];
  const right: Item[] = [];
  const full: Item[] = [];
  for (const item of items) {
    if (item.x1 <= gl + 1) left.push(item);
    else if (item.x0 >= gr - 1) right.push(item);
    else full.push(item);
  }
  const leftLines = groupLines(left);
  const rightLines = groupLines(right);
  const fullLines = groupLines(full);
  if (leftLines.length < 6 || rightLines.length < 6) return null;
  if (fullLines.length > 0.25 * (leftLines.length + rightLines.length + fullLines.length)) return null;
  // Side by side: the two columns share most of their vertical extent.
  const span = (lines: PageLine[]): [number, number] => [lines[0].y, lines[lines.length - 1].y];
  const [lt, lb] = span(leftLines);
  const [rt, rb] = span(rightLines);
  const overlap = Math.min(lb, rb) - Math.max(lt, rt);
  if (overlap < 0.5 * Math.min(lb - lt, rb - rt)) return null;
  // Column text runs to the gutter; a table's label cells do not.
  const leftEdge = Math.min(...leftLines.map((x) => x.x0));
  const rightEdge = Math.min(...rightLines.map((x) => x.x0));
  const rightEnd = Math.max(...rightLines.map((x) => x.x1));
  const fullish = (lines: PageLine[], from: number, to: number): boolean =>
    lines.filter((x) => x.x1 >= from + 0.7 * (to - from)).length >= 0.5 * lines.length;
  if (!fullish(leftLines, leftEdge, gl) || !fullish(rightLines, rightEdge, rightEnd)) return null;
  return { left, right, full };
}

// ---------------------------------------------------------------------------------------------------
// Running headers, footers and page numbers.

const PAGE_NUMBER = /^(?:page\s+)?(\d{1,4})(?:\s*(?:of|\/)\s*(\d{1,4}))?$|^[-–—]\s*(\d{1,4})\s*[-–—]$/i;

function normaliseRepeated(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

/** Marks header/footer lines: the top two and bottom two lines of a page, when they repeat. */
function markRunningLines(pages: PageText[], lines: OriginalLine[]): void {
  const byPage = new Map<number, OriginalLine[]>();
  for (const line of lines) {
    const list = byPage.get(line.page);
    if (list) list.push(line);
    else byPage.set(line.page, [line]);
  }
  const pageCount = pages.length;
  const candidates = new Map<string, OriginalLine[]>();
  for (const [, pageLines] of byPage) {
    const sorted = [...pageLines].sort((a, b) => a.line.y - b.line.y);
    const height = pages.find((p) => p.number === sorted[0].page)?.height ?? 792;
    // The first and last line of the page, and the line next to them when it is in the margin.
    const zone: [OriginalLine, string][] = [];
    sorted.slice(0, 2).forEach((l, i) => {
      if (i === 0 || l.line.y < 0.09 * height) zone.push([l, 'top']);
    });
    sorted.slice(-2).forEach((l, i, last) => {
      if (i === last.length - 1 || l.line.y > 0.91 * height) zone.push([l, 'bottom']);
    });
    for (const [line, where] of zone) {
      const text = line.line.text;
      const m = PAGE_NUMBER.exec(text);
      if (m) {
        const n = Number(m[1] ?? m[3]);
        const of = m[2] ? Number(m[2]) : undefined;
        if (n >= 1 && n <= pageCount + 5 && (of === undefined || of >= n)) {
          line.artifact = 'page-number';
          continue;
        }
      }
      const key = `${where}|${normaliseRepeated(text)}`;
      const list = candidates.get(key);
      if (list) {
        if (!list.includes(line)) list.push(line);
      } else candidates.set(key, [line]);
    }
  }
  if (pageCount < 2) return;
  const needed = Math.max(2, Math.ceil(0.5 * pageCount));
  for (const [key, list] of candidates) {
    const pagesWith = new Set(list.map((l) => l.page));
    if (pagesWith.size < needed) continue;
    // The same place on each page (within a few points of the usual place).
    const ys = list.map((l) => l.line.y).sort((a, b) => a - b);
    const median = ys[Math.floor(ys.length / 2)];
    const placed = list.filter((l) => Math.abs(l.line.y - median) <= 4);
    if (new Set(placed.map((l) => l.page)).size < needed) continue;
    const pageish = /^(?:page )?# ?(?:(?:of|\/) ?#)?$/.test(key.slice(key.indexOf('|') + 1)) || /\bpage #/.test(key);
    for (const l of placed) if (!l.artifact) l.artifact = pageish ? 'page-number' : 'running-header';
  }
}

// ---------------------------------------------------------------------------------------------------
// The document.

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

/** Original offset -> page, line within the page, column. */
export class PdfLocator implements Locator {
  constructor(private readonly lines: { start: number; page: number; lineInPage: number }[]) {}

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

function buildDocument(pages: PageText[]): LoadedDocument {
  const lines: OriginalLine[] = [];
  let offset = 0;
  for (const page of pages) {
    page.lines.forEach((line, i) => {
      lines.push({ page: page.number, lineInPage: i + 1, start: offset, end: offset + line.text.length, line });
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
  const notices: LoaderNotice[] = inner.notices.map((n) => {
    const [start, end] = toOriginal(n.start, n.end);
    return { ...n, start, end };
  });

  return {
    format: 'pdf',
    original,
    markdown: inner.markdown,
    map: new ComposedMap(inner.map, inputMap),
    locator: new PdfLocator(lines.map((l) => ({ start: l.start, page: l.page, lineInPage: l.lineInPage }))),
    artifacts,
    notices,
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
