/**
 * Small PDFs for the loader tests, written with pdf-lib: text placed line by line (PDF coordinates,
 * origin bottom-left, A4-ish 612x792 pages), link annotations, images with no text.
 */
import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib';

export interface PdfText {
  text: string;
  x: number;
  /** Baseline, from the bottom of the page. */
  y: number;
  size?: number;
  bold?: boolean;
}

export interface PdfLink {
  url: string;
  /** [left, bottom, right, top] in PDF coordinates. */
  rect: [number, number, number, number];
}

export interface PdfPage {
  texts?: PdfText[];
  links?: PdfLink[];
  /** Draw a grey image over the page (a "scan"). */
  image?: boolean;
}

export const PAGE_WIDTH = 612;
export const PAGE_HEIGHT = 792;

export async function makePdf(pages: PdfPage[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const png = pages.some((p) => p.image) ? await doc.embedPng(greyPng(40, 50)) : undefined;
  for (const spec of pages) {
    const page = doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    if (spec.image && png) page.drawImage(png, { x: 50, y: 50, width: PAGE_WIDTH - 100, height: PAGE_HEIGHT - 100 });
    for (const t of spec.texts ?? []) {
      page.drawText(t.text, { x: t.x, y: t.y, size: t.size ?? 11, font: t.bold ? bold : regular });
    }
    if (spec.links?.length) {
      const annots = spec.links.map((link) =>
        doc.context.register(
          doc.context.obj({
            Type: 'Annot',
            Subtype: 'Link',
            Rect: link.rect,
            Border: [0, 0, 0],
            A: { Type: 'Action', S: 'URI', URI: PDFString.of(link.url) },
          }),
        ),
      );
      page.node.set(PDFName.of('Annots'), doc.context.obj(annots));
    }
  }
  return doc.save({ useObjectStreams: false });
}

/** Width of `text` in Helvetica at `size` points (to place link rectangles). */
export async function textWidth(text: string, size = 11): Promise<number> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  return font.widthOfTextAtSize(text, size);
}

/**
 * Lines of running text laid out from the top of a column: one line every `leading` points, with an
 * extra `gap` before lines that start a new paragraph (marked with a leading "\n").
 */
export function column(lines: string[], x: number, top: number, leading = 14, size = 11, gap = 8): PdfText[] {
  const out: PdfText[] = [];
  let y = top;
  for (const raw of lines) {
    if (raw.startsWith('\n')) y -= gap;
    out.push({ text: raw.replace(/^\n/, ''), x, y, size });
    y -= leading;
  }
  return out;
}

/** A grey PNG, width x height, 8-bit greyscale. */
function greyPng(width: number, height: number): Uint8Array {
  const rows: number[] = [];
  for (let y = 0; y < height; y++) {
    rows.push(0);
    for (let x = 0; x < width; x++) rows.push((x * 7 + y * 3) % 256);
  }
  const chunk = (type: string, data: Uint8Array): Buffer => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'ascii');
    const body = Buffer.concat([head.subarray(4), Buffer.from(data)]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body), 0);
    return Buffer.concat([head.subarray(0, 4), body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(Buffer.from(rows))),
      chunk('IEND', new Uint8Array(0)),
    ]),
  );
}

function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** An object of rawPdf: a dictionary (or any object) as text, or a stream: its dictionary and its data. */
export type RawObject = string | { dict: string; data: Uint8Array };

/**
 * A PDF written byte by byte, for files pdf-lib would not write (a content stream given already
 * compressed: a deflate bomb). Objects are numbered from 1 in the order given; object 1 is the catalog.
 */
export function rawPdf(objects: RawObject[]): Uint8Array {
  const chunks: Buffer[] = [Buffer.from('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n', 'latin1')];
  let at = chunks[0].length;
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(at);
    const body =
      typeof object === 'string'
        ? Buffer.from(`${i + 1} 0 obj\n${object}\nendobj\n`, 'latin1')
        : Buffer.concat([
            Buffer.from(`${i + 1} 0 obj\n<< ${object.dict} /Length ${object.data.length} >>\nstream\n`, 'latin1'),
            Buffer.from(object.data),
            Buffer.from('\nendstream\nendobj\n', 'latin1'),
          ]);
    chunks.push(body);
    at += body.length;
  });
  const xref =
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
    offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('') +
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`;
  chunks.push(Buffer.from(xref, 'latin1'));
  return new Uint8Array(Buffer.concat(chunks));
}
