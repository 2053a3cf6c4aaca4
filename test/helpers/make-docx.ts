/**
 * Small Word documents for the loader tests, written with the `docx` package: a running header and a
 * "Page N of M" footer (which the loader must not read as body text), and whatever body the test gives.
 */
import {
  Document,
  Footer,
  Header,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type FileChild,
  type ISectionOptions,
} from 'docx';
import JSZip from 'jszip';

export const HEADER_TEXT = 'Oakfield Primary School – Children with a Social Worker Policy';

export interface MakeDocxOptions {
  /** Comments, as the docx package takes them (referenced with CommentRangeStart/End/CommentReference). */
  comments?: { id: number; author: string; date?: Date; text: string }[];
  footnotes?: Record<number, string>;
  /** Leave out the header and footer. */
  bare?: boolean;
}

/** Numbering "bullets" (• then o) and "numbers" (1. then a.) for list paragraphs. */
const numbering = {
  config: [
    {
      reference: 'bullets',
      levels: [
        { level: 0, format: LevelFormat.BULLET, text: '\u2022' },
        { level: 1, format: LevelFormat.BULLET, text: 'o' },
        { level: 2, format: LevelFormat.BULLET, text: '\u25aa' },
      ],
    },
    {
      reference: 'numbers',
      levels: [
        { level: 0, format: LevelFormat.DECIMAL, text: '%1.' },
        { level: 1, format: LevelFormat.LOWER_LETTER, text: '%2.' },
      ],
    },
  ],
};

export async function makeDocx(children: FileChild[], options: MakeDocxOptions = {}): Promise<Uint8Array> {
  const section: ISectionOptions = {
    headers: options.bare ? undefined : { default: new Header({ children: [new Paragraph(HEADER_TEXT)] }) },
    footers: options.bare
      ? undefined
      : {
          default: new Footer({
            children: [new Paragraph({ children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })] })],
          }),
        },
    children,
  };
  const doc = new Document({
    numbering,
    sections: [section],
    comments: options.comments
      ? {
          children: options.comments.map((c) => ({
            id: c.id,
            author: c.author,
            date: c.date ?? new Date('2024-01-15T10:00:00Z'),
            children: [new Paragraph(c.text)],
          })),
        }
      : undefined,
    footnotes: options.footnotes
      ? Object.fromEntries(Object.entries(options.footnotes).map(([id, text]) => [id, { children: [new Paragraph(text)] }]))
      : undefined,
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** Rewrites one part of a zip (a .docx) with `edit`, keeping the rest. */
export async function editZipPart(bytes: Uint8Array, part: string, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file(part);
  if (!file) throw new Error(`no ${part} in the archive`);
  zip.file(part, edit(await file.async('string')));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** A zip with the given parts (names to text), deflated. */
export async function makeZip(parts: Record<string, string>, stored: string[] = []): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(parts)) {
    zip.file(name, text, { compression: stored.includes(name) ? 'STORE' : 'DEFLATE' });
  }
  return zip.generateAsync({ type: 'uint8array' });
}

/**
 * Overwrites the uncompressed size that the zip declares for `part`, in its local header and its
 * central directory entry (to build archives that lie about their size).
 */
export function setDeclaredSize(bytes: Uint8Array, part: string, size: number): Uint8Array {
  const out = new Uint8Array(bytes);
  const view = new DataView(out.buffer);
  const name = new TextEncoder().encode(part);
  const matchesAt = (at: number): boolean => name.every((b, i) => out[at + i] === b);
  for (let i = 0; i + 46 < out.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50 && view.getUint16(i + 26, true) === name.length && matchesAt(i + 30)) {
      view.setUint32(i + 22, size, true);
    } else if (sig === 0x02014b50 && view.getUint16(i + 28, true) === name.length && matchesAt(i + 46)) {
      view.setUint32(i + 24, size, true);
    }
  }
  return out;
}

export { Paragraph, TextRun };
