/**
 * Word (.docx) loader. mammoth reads the document (headings, lists and their nesting, tables,
 * hyperlinks, footnotes); we walk mammoth's document tree ourselves (its `transformDocument` hook) and
 * write the Markdown with a MappedTextBuilder, so every piece of Markdown points back at its paragraph.
 *
 * `original` is the document body, one paragraph per line, in document order: line N is the N-th
 * paragraph of the body (each list item is a paragraph, each table row is one line with its cells
 * separated by TAB, empty paragraphs are empty lines, a manual line break inside a paragraph is a
 * space). After the body come the footnotes and endnotes it refers to, one paragraph per line.
 * Headers and footers are not read at all.
 *
 * This module runs the steps; each has its own module:
 * - docx-archive.ts: the zip archive, read with bounds (the caps on what a part may unpack to);
 * - docx-lines.ts: the walk of mammoth's document tree into lines;
 * - docx-markdown.ts: the Markdown written from those lines;
 * - docx-revisions.ts: the tracked changes and comments, read from document.xml.
 */
import mammoth from 'mammoth';
import type { LoadedDocument, RevisionFacts } from './types.js';
import { LoadError } from './types.js';
import { TextLocator } from './position-map.js';
import { DEFAULT_MAX_UNCOMPRESSED_BYTES, DEFAULT_PART_CAPS, readParts, type PartCaps } from './docx-archive.js';
import { documentLines, type MDocument } from './docx-lines.js';
import { renderMarkdown } from './docx-markdown.js';
import { countElements, scanRevisions } from './docx-revisions.js';

export { DEFAULT_MAX_UNCOMPRESSED_BYTES, DEFAULT_PART_CAPS, type PartCaps } from './docx-archive.js';
export { scanRevisions } from './docx-revisions.js';

export interface DocxOptions {
  /** Most bytes the archive's parts may unpack to, all together. Default 50 MB. */
  maxUncompressedBytes?: number;
  /** Most bytes one part may unpack to (see DEFAULT_PART_CAPS). */
  maxPartBytes?: Partial<PartCaps>;
}

export async function loadDocx(bytes: Uint8Array, options: DocxOptions = {}): Promise<LoadedDocument> {
  const limit = options.maxUncompressedBytes ?? DEFAULT_MAX_UNCOMPRESSED_BYTES;
  const parts = readParts(bytes, limit, { ...DEFAULT_PART_CAPS, ...options.maxPartBytes });
  const mainPath = parts.main;
  const documentXml = parts.text(mainPath);
  if (documentXml === undefined) {
    throw new LoadError('not a Word document: the zip archive has no word/document.xml (is it a .docx saved by Word?)');
  }

  let tree: MDocument | undefined;
  try {
    await mammoth.convertToHtml(
      // Only the parts inflated above, under the limit, rebuilt as a stored archive: mammoth's zip reader
      // would inflate any part a relationship points at, without bound.
      { buffer: parts.archive() },
      {
        // Keep mammoth's document tree and hand it an empty one to render: we write our own Markdown.
        transformDocument: (document: MDocument) => {
          tree = document;
          return { ...document, children: [] };
        },
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    );
  } catch (error) {
    if (error instanceof LoadError) throw error;
    const detail = (error as Error)?.message ?? String(error);
    if (/main document part/i.test(detail)) throw new LoadError('not a Word document: the zip archive has no word/document.xml');
    // A library's own words ("[xmldom error] …", "Bug : …") are no use to a school: say what is wrong.
    throw new LoadError(
      /xml|parse|tag|attribute|element/i.test(detail)
        ? 'not a readable .docx: the document inside the file is damaged (its XML cannot be read); open it in Word, save it again and send that copy'
        : 'not a readable .docx: the document inside the file is damaged; open it in Word, save it again and send that copy',
    );
  }
  if (!tree) throw new LoadError('not a readable .docx: mammoth returned no document');

  const lines = documentLines(tree);
  const bodyLineCount = lines.bodyCount;
  const original = lines.lines.map((l) => l.text).join('\n');
  const lineStarts: number[] = [];
  for (let i = 0, offset = 0; i < lines.lines.length; i++) {
    lineStarts.push(offset);
    offset += lines.lines[i].text.length + 1;
  }
  if (!/\S/.test(original)) {
    throw new LoadError(
      lines.images > 0
        ? 'this Word document has no text, only images (a scan pasted into Word?): run OCR or send the original document'
        : 'this Word document has no text',
    );
  }

  const { text: markdown, map } = renderMarkdown(original, lines.lines, lineStarts);

  const scan = scanRevisions(documentXml);
  const commentsXml = parts.text(parts.comments);
  const comments = Math.max(tree.comments?.length ?? 0, commentsXml ? countElements(commentsXml, 'w:comment') : 0, scan.commentIds.size);
  let revisions: RevisionFacts | undefined;
  if (scan.insertions + scan.deletions + scan.moves + scan.formatting + comments > 0) {
    const index = Math.min(Math.max(scan.firstUnit, 0), Math.max(bodyLineCount - 1, 0));
    const start = lineStarts[index] ?? 0;
    const { insertions, deletions, moves, formatting } = scan;
    revisions = { insertions, deletions, moves, formatting, comments, start, end: start + (lines.lines[index]?.text.length ?? 0) };
  }

  return { format: 'docx', original, markdown, map, locator: new TextLocator(original), artifacts: [], ...(revisions ? { revisions } : {}) };
}
