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
import { deflateRawSync } from 'node:zlib';
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

export interface RawZipEntry {
  name: string;
  /** The part's bytes, deflated here; or `deflated`, raw deflate data given as is. */
  data?: string | Uint8Array;
  deflated?: Uint8Array;
  /** The uncompressed size the archive declares (default: the true size of `data`). */
  declared?: number;
}

/**
 * A zip written byte by byte, for archives no zip library would write: a part given already deflated
 * (a deflate bomb), sizes that lie. CRCs are left 0 (policy-lint never inflates a part to the end of a
 * lie, so it never gets to check one).
 */
export function rawZip(entries: RawZipEntry[]): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const plain = entry.data === undefined ? undefined : Buffer.from(entry.data);
    const body = entry.deflated ? Buffer.from(entry.deflated) : deflateRawSync(plain ?? Buffer.alloc(0));
    const declared = entry.declared ?? plain?.length ?? 0;
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(body.length, 20);
    dir.writeUInt32LE(declared, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    chunks.push(local, name, body);
    central.push(dir, name);
    offset += 30 + name.length + body.length;
  }
  const size = central.reduce((n, c) => n + c.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, ...central, end]));
}

/** The parts of a .docx, by name, as bytes (to rebuild it with rawZip). */
export async function zipParts(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, Uint8Array>();
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir) parts.set(name, await file.async('uint8array'));
  return parts;
}
