/**
 * The .docx zip archive, read with bounds: the part of the Word loader that touches compressed bytes.
 * Separate from the document walk and the Markdown because it is the loader's safety boundary: every
 * limit on what a Word file may unpack to is here, and nothing else in the loader inflates anything.
 *
 * The zip's central directory is read first; the declared sizes are checked against a limit before
 * anything is inflated, and every part mammoth will read is inflated once with a hard output bound, so
 * an archive that lies about its sizes (a zip bomb) is stopped after the limit, not after memory runs
 * out. Only the parts mammoth reads are inflated (never images, headers, footers or themes), each under
 * a cap checked on its declared size first (DEFAULT_PART_CAPS: the main document 16 MB, any other part
 * 4 MB), and mammoth is given an archive rebuilt from the inflated parts only (its own zip reader would
 * inflate, without bound, any part a relationship points at).
 */
import { crc32, inflateRawSync } from 'node:zlib';
import { LoadError } from './types.js';
import { readZipDirectory, type ZipEntry } from './sniff.js';

export const DEFAULT_MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024;

export interface PartCaps {
  /** Most bytes the main document part (word/document.xml) may unpack to. */
  main: number;
  /** Most bytes any other part read (styles, numbering, notes, comments, relationships, content types) may unpack to. */
  other: number;
}

/**
 * The main document 16 MB: the corpus policies' document.xml is 50-80 KB for 20 pages, a 300-page
 * handbook's a few MB, and mammoth needs about 100 times a part's size in memory (20 MB of paragraphs
 * took 2.4 GB). Every other part 4 MB: a real styles.xml is 20-300 KB, numbering, notes and comments
 * rarely reach 1 MB.
 */
export const DEFAULT_PART_CAPS: PartCaps = { main: 16 * 1024 * 1024, other: 4 * 1024 * 1024 };
const MAX_ENTRIES = 10_000;

const DAMAGED = 'not a readable .docx: the zip archive is damaged or truncated';

export interface Parts {
  names: Set<string>;
  /** The main document part (word/document.xml nearly always). */
  main: string;
  /** The comments part, as mammoth finds it. */
  comments: string;
  /** The part's text (UTF-8), or undefined when the archive has no such part or it was not read. */
  text(name: string): string | undefined;
  /** A stored (uncompressed) zip of the inflated parts only: what mammoth is given to read. */
  archive(): Buffer;
}

const RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
/** The parts mammoth reads beside the main document, found through its relationships as mammoth finds them. */
const RELATED = ['styles', 'numbering', 'footnotes', 'endnotes', 'comments'] as const;
/** What each part is, for the message when one is too big. */
const ROLE: Record<string, string> = {
  main: 'the document text',
  styles: 'styles',
  numbering: 'list numbering',
  footnotes: 'footnotes',
  endnotes: 'endnotes',
  comments: 'comments',
  rels: 'relationships',
  types: 'content types',
};

/**
 * Inflates the parts mammoth reads, and only those: the content types, the package's relationships,
 * the main document and its relationships, its styles, numbering, footnotes, endnotes and comments
 * (with the relationships of the notes and comments). Headers, footers, themes, settings, document
 * properties, images and embedded files are never inflated. Each part is inflated once, bounded by
 * its declared size (a part that unpacks to more than it declares is a zip bomb), by its cap (the main
 * document 16 MB, every other part 4 MB, checked on the declared size before inflating) and by what
 * is left of the limit for the whole archive.
 */
export function readParts(bytes: Uint8Array, limit: number, caps: PartCaps): Parts {
  const entries = readZipDirectory(bytes);
  if (!entries) throw new LoadError(DAMAGED);
  if (entries.length > MAX_ENTRIES) {
    throw new LoadError(`not read: the .docx archive has ${entries.length} parts, more than the ${MAX_ENTRIES} a Word document plausibly has`);
  }
  let declared = 0;
  for (const entry of entries) declared += entry.uncompressedSize;
  if (declared > limit) {
    throw new LoadError(
      `not read: the .docx would unpack to ${megabytes(declared)}, more than the ${megabytes(limit)} limit (a damaged file or a zip bomb?)`,
    );
  }
  const byName = new Map(entries.filter((e) => !e.name.endsWith('/')).map((e) => [e.name, e]));
  const data = new Map<string, Uint8Array>();
  const texts = new Map<string, string>();
  const decoder = new TextDecoder('utf-8');
  let inflated = 0;
  const read = (name: string, role: string): string | undefined => {
    const entry = byName.get(name);
    if (!entry) return undefined;
    if (texts.has(name)) return texts.get(name);
    const cap = role === 'main' ? caps.main : caps.other;
    if (entry.uncompressedSize > cap) {
      throw new LoadError(
        `not read: the part ${name} (${ROLE[role]}) would unpack to more than ${megabytes(cap)} (it declares ${megabytes(entry.uncompressedSize)}), ` +
          `far more than a Word document's ${ROLE[role]} need (a damaged file or a zip bomb?)`,
      );
    }
    const part = inflateEntry(bytes, entry, Math.min(entry.uncompressedSize, limit - inflated));
    inflated += part.length;
    data.set(name, part);
    const text = decoder.decode(part);
    texts.set(name, text);
    return text;
  };
  const targets = (rels: string | undefined, type: string, base: string): string[] => {
    const out: string[] = [];
    for (const m of (rels ?? '').matchAll(/<Relationship\b[^>]*>/g)) {
      if (/\bTargetMode="External"/.test(m[0]) || /\bType="([^"]*)"/.exec(m[0])?.[1] !== RELATIONSHIP + type) continue;
      const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
      if (target) out.push(joinPath(base, target));
    }
    return out;
  };
  // As mammoth finds a part: the first target of its relationship that exists, else the usual name.
  const find = (rels: string | undefined, type: string, base: string, fallback: string): string =>
    targets(rels, type, base).find((t) => byName.has(t)) ?? fallback;

  read('[Content_Types].xml', 'types');
  const main = find(read('_rels/.rels', 'rels'), 'officeDocument', '', 'word/document.xml');
  const mainRels = read(relationshipsPath(main), 'rels');
  const base = main.slice(0, Math.max(main.lastIndexOf('/'), 0));
  const paths = new Map<string, string>();
  for (const type of RELATED) {
    const path = find(mainRels, type, base, `word/${type}.xml`);
    paths.set(type, path);
    read(path, type);
    if (type !== 'styles' && type !== 'numbering') read(relationshipsPath(path), 'rels');
  }
  read(main, 'main');
  return {
    names: new Set(byName.keys()),
    main,
    comments: paths.get('comments') ?? 'word/comments.xml',
    text: (name) => texts.get(name),
    archive: () => storedZip(data),
  };
}

/** mammoth's path join: relative to `base`, or from the root for a target that starts with '/'. */
function joinPath(base: string, target: string): string {
  const joined = target.startsWith('/') || !base ? target : `${base}/${target}`;
  return joined.replace(/^\//, '');
}

function relationshipsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A zip archive of the given parts, stored (not compressed), with UTF-8 names. */
function storedZip(parts: Map<string, Uint8Array>): Buffer {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [name, data] of parts) {
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(0x21, 14);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(data.length, 20);
    dir.writeUInt32LE(data.length, 24);
    dir.writeUInt16LE(nameBytes.length, 28);
    dir.writeUInt32LE(offset, 42);
    chunks.push(local, nameBytes, data);
    central.push(dir, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.size, 8);
  end.writeUInt16LE(parts.size, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...central, end]);
}

function inflateEntry(bytes: Uint8Array, entry: ZipEntry, bound: number): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) throw new LoadError(DAMAGED);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new LoadError(DAMAGED);
  const raw = bytes.subarray(start, end);
  let data: Uint8Array;
  if (entry.method === 0) {
    data = raw;
  } else if (entry.method === 8) {
    try {
      // One byte over the bound tells a lie apart from an exact fit.
      data = inflateRawSync(raw, { maxOutputLength: bound + 1 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
        throw new LoadError(`not read: a part of the .docx (${entry.name}) unpacks to more than it declares (a zip bomb?)`);
      }
      throw new LoadError(DAMAGED);
    }
  } else {
    throw new LoadError(`not a readable .docx: ${entry.name} uses an unsupported zip compression method (${entry.method})`);
  }
  if (data.length > bound) {
    throw new LoadError(`not read: a part of the .docx (${entry.name}) unpacks to more than it declares (a zip bomb?)`);
  }
  if (data.length !== entry.uncompressedSize) throw new LoadError(DAMAGED);
  return data;
}

function megabytes(n: number): string {
  if (n >= 1024 ** 3) return `${(n / 1024 ** 3).toFixed(1)} GB`;
  if (n >= 1024 ** 2) return `${Math.round(n / 1024 ** 2)} MB`;
  return `${Math.ceil(n / 1024)} KB`;
}
