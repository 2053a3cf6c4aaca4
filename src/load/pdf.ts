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
 *
 * This module talks to pdf.js: it opens the file and extracts each page's text items and links. The
 * rest has its own module: pdf-lines.ts (items into lines, in reading order), pdf-headers-footers.ts
 * (running lines and page numbers), pdf-document.ts (`original`, the normaliser's input, the maps and
 * the artifacts).
 */
import { getDocumentProxy } from 'unpdf';
import type { LoadedDocument } from './types.js';
import { LoadError } from './types.js';
import { checkPdfStreams, DEFAULT_STREAM_CAPS, type StreamCaps } from './pdf-streams.js';
import { readingOrder, type Item, type PageText } from './pdf-lines.js';
import { buildDocument } from './pdf-document.js';

export { PdfLocator } from './pdf-document.js';

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
const DAMAGED = 'not a readable PDF: the file is damaged or truncated';

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;

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
      pages.push({ number: n, width: viewport.width, height: viewport.height, transform: [...m], lines: readingOrder(items, viewport.width), links });
    } catch (error) {
      if (error instanceof LoadError) throw error;
      throw new LoadError(`${DAMAGED}: page ${n} cannot be read (${(error as Error)?.message ?? error})`);
    } finally {
      page.cleanup();
    }
  }
  return pages;
}
