/**
 * A PDF page's text lines in reading order, from pdf.js's text items: items on one baseline joined into
 * a line (fake bold dropped, a space where the gap says so), lines top to bottom, and a page of two
 * clear columns read left column first. Also the line types the rest of the PDF loader shares. Separate
 * from the loader because it is pure geometry: no pdf.js, no text offsets, testable on plain items.
 */
import type { Artifact } from './types.js';

/** A text item in device space: origin top-left, y grows downwards, y is the baseline. */
export interface Item {
  str: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

/** A text line on a page. `spans` are the items' character ranges in `text` with their x extents. */
export interface PageLine {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  spans: { start: number; end: number; x0: number; x1: number }[];
}

export interface PageText {
  number: number;
  width: number;
  height: number;
  /** pdf.js's viewport transform at scale 1 (PDF user space -> the device space the lines are in), when known. */
  transform?: number[];
  lines: PageLine[];
  links: { url: string; left: number; right: number; top: number; bottom: number }[];
}

/** A line of `original`. */
export interface OriginalLine {
  page: number;
  /** 1-based line number within the page. */
  lineInPage: number;
  start: number;
  end: number;
  line: PageLine;
  artifact?: Artifact['kind'];
  /** The page's viewport transform (see PageText.transform). */
  transform?: number[];
}

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
export function readingOrder(items: Item[], pageWidth: number): PageLine[] {
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
