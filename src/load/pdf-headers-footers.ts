/**
 * Running headers, footers and page numbers in a PDF: the top and bottom lines of each page that repeat
 * across pages (digits aside) in the same place, and lines that are a page number. They are marked as
 * artifacts, so the text read as the policy leaves them out. Separate because it works across pages,
 * where the rest of the line assembly works one page at a time.
 */
import type { OriginalLine, PageText } from './pdf-lines.js';

const PAGE_NUMBER = /^(?:page\s+)?(\d{1,4})(?:\s*(?:of|\/)\s*(\d{1,4}))?$|^[-–—]\s*(\d{1,4})\s*[-–—]$/i;

function normaliseRepeated(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

/** Marks header/footer lines: the top two and bottom two lines of a page, when they repeat. */
export function markRunningLines(pages: PageText[], lines: OriginalLine[]): void {
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
