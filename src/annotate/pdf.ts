/**
 * A reviewed copy of a .pdf: per finding, a text annotation (a sticky note) in the margin beside the
 * finding's line, holding the note, and, where the finding's words can be placed on the line, a
 * highlight over them carrying the same note. Written with pdf-lib: pages, their content and every
 * existing annotation stay as they were (the file is saved anew, so its bytes differ, but a reader sees
 * the same pages with notes added). A finding about the whole document gets one note at the top of
 * page 1.
 */
import { PDFDocument, PDFHexString, type PDFPage } from 'pdf-lib';
import type { UserBox } from '../load/pdf-document.js';
import type { LintMessage } from '../types.js';
import { isWholeDocument } from './markdown.js';
import { noteLines, type ReviewNote } from './notes.js';

export interface PdfReviewInput {
  bytes: Uint8Array;
  messages: LintMessage[];
  notes: ReviewNote[];
  author: string;
  /** The note's date (YYYY-MM-DD). */
  date: string;
  /** Where a line (and columns of it) is drawn, from the PDF loader; undefined when not known. */
  boxOf(page: number, line: number, fromColumn?: number, toColumn?: number): UserBox | undefined;
}

/** Error (red) and warning (amber), as the HTML report colours them. */
const COLOUR = { error: [0.92, 0.36, 0.32], warning: [1, 0.78, 0.25] } as const;
const NOTE_SIZE = 18;

export async function reviewedPdf(input: PdfReviewInput): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(input.bytes, { updateMetadata: false });
  const pages = pdf.getPages();
  const when = `D:${input.date.replace(/-/g, '')}000000Z`;
  input.messages.forEach((message, i) => {
    const pageIndex = Math.min(pages.length - 1, Math.max(0, (message.page ?? 1) - 1));
    const page = pages[pageIndex];
    if (!page) return;
    const colour = message.severity === 2 ? COLOUR.error : COLOUR.warning;
    const text = noteLines(input.notes[i]).join('\n');
    const whole = isWholeDocument(message);
    const words = whole ? undefined : input.boxOf(message.page ?? 1, message.line, message.column, sameLine(message) ? (message.endColumn ?? message.column + 1) - 1 : undefined);
    const line = whole ? undefined : (words ?? input.boxOf(message.page ?? 1, message.line));
    const { width, height } = page.getSize();
    const { x: left, y: bottomEdge } = mediaOrigin(page);
    // The note in the right margin (or the left, when the text runs to the right edge), level with the line.
    const top = line ? line[3] : bottomEdge + height - 36;
    const noteX = line && line[2] + NOTE_SIZE + 8 > left + width ? Math.max(left + 2, line[0] - NOTE_SIZE - 6) : Math.min(left + width - NOTE_SIZE - 4, (line ? line[2] : left + width - 40) + 6);
    const noteY = Math.min(bottomEdge + height - NOTE_SIZE, Math.max(bottomEdge, top - NOTE_SIZE));
    addAnnotation(pdf, page, {
      Type: 'Annot',
      Subtype: 'Text',
      Rect: [noteX, noteY, noteX + NOTE_SIZE, noteY + NOTE_SIZE],
      Contents: PDFHexString.fromText(text),
      T: PDFHexString.fromText(input.author),
      M: PDFHexString.fromText(when),
      Name: 'Comment',
      Open: false,
      C: [...colour],
      F: 4,
    });
    if (words) {
      const [x0, y0, x1, y1] = words;
      addAnnotation(pdf, page, {
        Type: 'Annot',
        Subtype: 'Highlight',
        Rect: [x0, y0, x1, y1],
        QuadPoints: [x0, y1, x1, y1, x0, y0, x1, y0],
        Contents: PDFHexString.fromText(text),
        T: PDFHexString.fromText(input.author),
        M: PDFHexString.fromText(when),
        C: [...colour],
        CA: 0.35,
        F: 4,
      });
    }
  });
  return pdf.save({ useObjectStreams: false });
}

function sameLine(message: LintMessage): boolean {
  return (message.endLine ?? message.line) === message.line && (message.endPage ?? message.page) === message.page;
}

function mediaOrigin(page: PDFPage): { x: number; y: number } {
  const box = page.getMediaBox();
  return { x: box.x, y: box.y };
}

/** pdf-lib's obj() makes names of plain strings ('Annot', 'Highlight'): text goes in as PDFHexString. */
function addAnnotation(pdf: PDFDocument, page: PDFPage, dict: Record<string, unknown>): void {
  const ref = pdf.context.register(pdf.context.obj(dict as never));
  page.node.addAnnot(ref);
}
