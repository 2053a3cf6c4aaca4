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
 * Safety: the zip's central directory is read first; the declared sizes are checked against a limit
 * before anything is inflated, and every part mammoth will read is inflated once with a hard output
 * bound, so an archive that lies about its sizes (a zip bomb) is stopped after the limit, not after
 * memory runs out. Only the parts mammoth reads are inflated (never images, headers, footers or
 * themes), each under a cap checked on its declared size first (DEFAULT_PART_CAPS: the main document
 * 16 MB, any other part 4 MB), and mammoth is given an archive rebuilt from the inflated parts only (its
 * own zip reader would inflate, without bound, any part a relationship points at).
 */
import { crc32, inflateRawSync } from 'node:zlib';
import mammoth from 'mammoth';
import type { LoadedDocument, LoaderNotice } from './types.js';
import { LoadError } from './types.js';
import { MappedTextBuilder, TextLocator } from './position-map.js';
import { readZipDirectory, type ZipEntry } from './sniff.js';
import { trimRange } from '../common/text.js';

export interface DocxOptions {
  /** Most bytes the archive's parts may unpack to, all together. Default 50 MB. */
  maxUncompressedBytes?: number;
  /** Most bytes one part may unpack to (see DEFAULT_PART_CAPS). */
  maxPartBytes?: Partial<PartCaps>;
}

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

  const notices: LoaderNotice[] = [];
  const scan = scanRevisions(documentXml);
  const commentsXml = parts.text(parts.comments);
  const commentCount = Math.max(
    tree.comments?.length ?? 0,
    commentsXml ? countElements(commentsXml, 'w:comment') : 0,
    scan.commentIds.size,
  );
  const notice = revisionNotice(scan, commentCount);
  if (notice) {
    const index = Math.min(Math.max(scan.firstUnit, 0), Math.max(bodyLineCount - 1, 0));
    const start = lineStarts[index] ?? 0;
    notices.push({ ruleId: 'docx-tracked-changes', severity: 1, message: notice, start, end: start + (lines.lines[index]?.text.length ?? 0) });
  }

  return { format: 'docx', original, markdown, map, locator: new TextLocator(original), artifacts: [], notices };
}

// ---------------------------------------------------------------------------------------------------
// The zip archive, read with bounds.

interface Parts {
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
function readParts(bytes: Uint8Array, limit: number, caps: PartCaps): Parts {
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

// ---------------------------------------------------------------------------------------------------
// mammoth's document tree (the parts we read; see mammoth/lib/documents.js).

interface MElement {
  type: string;
  children?: MElement[];
  value?: string;
  href?: string;
  anchor?: string;
  styleId?: string | null;
  styleName?: string | null;
  numbering?: { level: string | number; isOrdered: boolean } | null;
  breakType?: string;
  checked?: boolean;
  body?: MElement[];
}

interface MDocument {
  type: 'document';
  children: MElement[];
  notes?: { resolve(reference: MElement): MElement | null };
  comments?: unknown[];
}

type Mark = { at: number; type: 'break' } | { at: number; type: 'link-start'; href: string } | { at: number; type: 'link-end' };

type LineKind = 'paragraph' | 'heading' | 'item' | 'row';

interface Line {
  text: string;
  marks: Mark[];
  kind: LineKind;
  /** Heading level (1-6) or list level (0-based). */
  level: number;
  /** Characters at the start that are a typed bullet, not text (a "• " typed by hand). */
  skip: number;
  /** Rows of the same table share an id; rows of a table with one column are paragraphs. */
  table?: number;
}

class LineText {
  text = '';
  marks: Mark[] = [];
  private inLink = false;

  add(s: string): void {
    this.text += s.replace(/[\r\n\v\f\u2028\u2029]/g, ' ');
  }

  lineBreak(): void {
    this.marks.push({ at: this.text.length, type: 'break' });
    this.text += ' ';
  }

  separate(): void {
    if (this.text.length > 0 && !/\s$/.test(this.text)) this.text += ' ';
  }

  link(href: string, body: () => void): void {
    if (this.inLink || !href) {
      body();
      return;
    }
    this.inLink = true;
    this.marks.push({ at: this.text.length, type: 'link-start', href });
    body();
    this.marks.push({ at: this.text.length, type: 'link-end' });
    this.inLink = false;
  }
}

interface Walk {
  lines: Line[];
  bodyCount: number;
  images: number;
}

function documentLines(document: MDocument): Walk {
  const lines: Line[] = [];
  const noteRefs: MElement[] = [];
  let tables = 0;
  let images = 0;

  const inline = (nodes: MElement[] | undefined, line: LineText): void => {
    for (const node of nodes ?? []) {
      switch (node.type) {
        case 'text':
          line.add(node.value ?? '');
          break;
        case 'tab':
          line.add('\t');
          break;
        case 'break':
          if (node.breakType === 'line' || !node.breakType) line.lineBreak();
          else line.separate();
          break;
        case 'checkbox':
          line.add(node.checked ? '\u2612' : '\u2610');
          break;
        case 'hyperlink': {
          // A link to a bookmark in the same document is navigation, not a citation: text only.
          line.link(node.href ?? '', () => inline(node.children, line));
          break;
        }
        case 'noteReference':
          noteRefs.push(node);
          break;
        case 'image':
          images++;
          break;
        case 'paragraph':
          // A text box's paragraph inside a run: read it as part of this line.
          line.separate();
          inline(node.children, line);
          break;
        case 'table':
          line.separate();
          cellContent(node.children, line);
          break;
        default:
          if (node.children) inline(node.children, line);
      }
    }
  };

  // The content of a table cell (or of a table nested in one), flattened with spaces.
  const cellContent = (nodes: MElement[] | undefined, line: LineText): void => {
    for (const node of nodes ?? []) {
      if (node.type === 'paragraph' || node.type === 'tableRow' || node.type === 'tableCell' || node.type === 'table') {
        line.separate();
        if (node.type === 'paragraph') inline(node.children, line);
        else cellContent(node.children, line);
      } else {
        inline([node], line);
      }
    }
  };

  const paragraph = (node: MElement): void => {
    const line = new LineText();
    inline(node.children, line);
    const heading = headingLevel(node);
    let kind: LineKind = 'paragraph';
    let level = 0;
    let skip = 0;
    if (heading > 0) {
      kind = 'heading';
      level = heading;
    } else if (node.numbering) {
      kind = 'item';
      level = Math.max(0, Math.min(8, Number(node.numbering.level) || 0));
      // "o Repair and Restore meetings": a sub-bullet whose "o" glyph was typed (or converted) as text.
      const o = /^\s*o[ \t\u00a0]+(?=\S)/.exec(line.text);
      if (o) {
        skip = o[0].length;
        level++;
      }
    } else {
      const typed = /^\s*[\u2022\u00b7\u25aa\u25cf\u25e6\u2023\u2043\u25a0\u27a2\u2013-](?:\s+)(?=\S)/.exec(line.text);
      if (typed) {
        kind = 'item';
        skip = typed[0].length;
      }
    }
    lines.push({ text: line.text, marks: line.marks, kind, level, skip });
  };

  const table = (node: MElement): void => {
    const id = ++tables;
    const rows: Line[] = [];
    let multiColumn = false;
    for (const row of node.children ?? []) {
      if (row.type !== 'tableRow') continue;
      const line = new LineText();
      let filled = 0;
      (row.children ?? []).forEach((cell, i) => {
        if (i > 0) line.add('\t');
        const before = line.text.length;
        cellContent(cell.children, line);
        if (/\S/.test(line.text.slice(before))) filled++;
      });
      if (filled >= 2) multiColumn = true;
      rows.push({ text: line.text, marks: line.marks, kind: 'row', level: 0, skip: 0, table: id });
    }
    for (const row of rows) lines.push(multiColumn ? row : { ...row, kind: 'paragraph', table: undefined });
  };

  const block = (node: MElement): void => {
    if (node.type === 'paragraph') paragraph(node);
    else if (node.type === 'table') table(node);
    else if (node.type === 'image') images++;
    else if (node.children && node.type !== 'run' && node.type !== 'hyperlink') node.children.forEach(block);
  };

  document.children.forEach(block);
  const bodyCount = lines.length;

  // Footnotes and endnotes the body refers to, after the body, in the order they are referred to.
  const seen = new Set<MElement>();
  for (let i = 0; i < noteRefs.length; i++) {
    const note = document.notes?.resolve(noteRefs[i]);
    if (!note || seen.has(note)) continue;
    seen.add(note);
    for (const child of note.body ?? []) block(child);
  }
  return { lines, bodyCount, images };
}

function headingLevel(node: MElement): number {
  for (const name of [node.styleName, node.styleId]) {
    if (!name) continue;
    const m = /^heading\s*([1-6])$/i.exec(name.trim());
    if (m) return Number(m[1]);
    if (/^title$/i.test(name.trim())) return 1;
  }
  return 0;
}

// ---------------------------------------------------------------------------------------------------
// Markdown.

/** Always escaped in text: they could start emphasis, code, links or HTML. */
const ALWAYS = new Set(['\\', '`', '*', '[', ']', '<']);

function renderMarkdown(original: string, lines: Line[], lineStarts: number[]): ReturnType<MappedTextBuilder['build']> {
  const b = new MappedTextBuilder(original);
  let prev: Line | undefined;
  let itemDepth = -1;

  lines.forEach((line, index) => {
    const base = lineStarts[index];
    const [s, e] = trimRange(line.text, line.skip, line.text.length);
    if (s >= e) return;

    if (b.outputLength > 0) {
      const tight =
        (line.kind === 'item' && prev?.kind === 'item') ||
        (line.kind === 'row' && prev?.kind === 'row' && prev.table === line.table);
      b.insert(tight ? '\n' : '\n\n', base);
    }
    let indent = '';
    if (line.kind === 'heading') {
      b.insert(`${'#'.repeat(line.level)} `, base + s);
    } else if (line.kind === 'item') {
      const depth = Math.min(line.level, prev?.kind === 'item' ? itemDepth + 1 : 0);
      itemDepth = depth;
      indent = '  '.repeat(depth + 1);
      b.insert(`${'  '.repeat(depth)}- `, base + s);
    }
    if (line.kind !== 'item') itemDepth = -1;
    renderInline(b, line, s, e, base, indent);
    prev = line;
  });
  return b.build();
}

function renderInline(b: MappedTextBuilder, line: Line, s: number, e: number, base: number, indent: string): void {
  const text = line.text;
  const heading = line.kind === 'heading';
  const hardBreaks = line.kind === 'paragraph' || line.kind === 'item';

  // Links, clamped to the visible range; links with no text left are dropped (their href stays in
  // nothing: Word shows nothing for them either).
  const opens = new Map<number, string[]>();
  const closes = new Map<number, string[]>();
  const breaks = new Set<number>();
  let open: { at: number; href: string } | undefined;
  for (const mark of line.marks) {
    if (mark.type === 'break') breaks.add(mark.at);
    else if (mark.type === 'link-start') open = { at: mark.at, href: mark.href };
    else if (open) {
      const [from, to] = trimRange(text, Math.max(open.at, s), Math.min(mark.at, e));
      if (from < to) {
        push(opens, from, '[');
        push(closes, to, `](${linkDestination(open.href)})`);
      }
      open = undefined;
    }
  }

  let lineStart = true;
  let escapeAt = -1;
  let afterBreak = false;
  for (let i = s; i < e; i++) {
    for (const close of closes.get(i) ?? []) b.insert(close, base + i - 1);
    const ch = text[i];
    if (hardBreaks && breaks.has(i)) {
      if (!afterBreak) b.insert(`\\\n${indent}`, base + i);
      afterBreak = true;
      lineStart = true;
      continue;
    }
    if (afterBreak && /\s/.test(ch)) continue;
    afterBreak = false;
    for (const o of opens.get(i) ?? []) b.insert(o, base + i);
    if (lineStart && ch === '\t') continue;
    let escape = ALWAYS.has(ch) || i === escapeAt;
    if (ch === '_') escape = !(isWordChar(text[i - 1]) && isWordChar(text[i + 1]));
    else if (ch === '&') escape = /^&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i.test(text.slice(i, i + 40));
    else if (ch === '#') escape = heading || lineStart;
    else if (lineStart && (ch === '>' || ch === '-' || ch === '+' || ch === '=' || ch === '~')) escape = true;
    else if (lineStart && /[0-9]/.test(ch)) {
      const m = /^[0-9]{1,9}[.)]/.exec(text.slice(i, i + 10));
      if (m) escapeAt = i + m[0].length - 1;
    }
    if (escape) b.insert('\\', base + i);
    b.copy(base + i, base + i + 1);
    if (!/\s/.test(ch)) lineStart = false;
  }
  for (const close of closes.get(e) ?? []) b.insert(close, base + e - 1);
}

function push(map: Map<number, string[]>, at: number, value: string): void {
  const list = map.get(at);
  if (list) list.push(value);
  else map.set(at, [value]);
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/** A link destination remark reads back as exactly `href`. */
function linkDestination(href: string): string {
  const clean = href.replace(/[\r\n]/g, '');
  if (/[\s<>]/.test(clean)) return `<${clean.replace(/[\\<>]/g, '\\$&')}>`;
  return clean.replace(/[\\()]/g, '\\$&');
}

// ---------------------------------------------------------------------------------------------------
// Tracked changes and comments, read from document.xml (mammoth does not report them).

interface RevisionScan {
  insertions: number;
  deletions: number;
  moves: number;
  formatting: number;
  commentIds: Set<string>;
  /** 0-based index of the body line (paragraph or table row, as mammoth counts them) with the first one. */
  firstUnit: number;
}

const INSERTIONS = new Set(['w:ins', 'w:cellIns']);
const DELETIONS = new Set(['w:del', 'w:cellDel']);
const MOVES = new Set(['w:moveFrom', 'w:moveTo']);
const FORMATTING = new Set(['w:rPrChange', 'w:pPrChange', 'w:sectPrChange', 'w:tblPrChange', 'w:trPrChange', 'w:tcPrChange', 'w:tblGridChange', 'w:numberingChange']);

/**
 * Counts revisions and comment anchors, and finds the paragraph that has the first one, counting body
 * units the way mammoth does: a body paragraph is one unit, a table row is one unit, a paragraph whose
 * mark was deleted merges into the next one, a deleted row is gone, and text-box (w:pict) paragraphs
 * follow their paragraph.
 */
export function scanRevisions(xml: string): RevisionScan {
  const scan: RevisionScan = { insertions: 0, deletions: 0, moves: 0, formatting: 0, commentIds: new Set(), firstUnit: -1 };
  const stack: string[] = [];
  let units = 0;
  let pDepth = 0;
  let tblDepth = 0;
  let choiceDepth = 0;
  let deletedMark = false;
  let deletedRow = false;
  let extra = 0;
  let pictDepth = 0;
  const tag = /<(\/?)([A-Za-z_][\w.-]*(?::[\w.-]+)?)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>/g;
  const hit = (): void => {
    if (scan.firstUnit === -1) scan.firstUnit = units;
  };
  let m: RegExpExecArray | null;
  while ((m = tag.exec(xml)) !== null) {
    const name = m[2];
    if (!name) continue;
    const closing = m[1] === '/';
    const selfClosing = m[4] === '/';
    if (closing) {
      // Pop to the matching element (tolerates sloppy nesting).
      const at = stack.lastIndexOf(name);
      if (at === -1) continue;
      stack.length = at;
      if (name === 'mc:Choice') choiceDepth--;
      if (choiceDepth > 0) continue;
      if (name === 'w:pict') pictDepth--;
      if (name === 'w:p') {
        pDepth--;
        if (pDepth === 0 && tblDepth === 0) {
          if (!deletedMark) units += 1 + extra;
          deletedMark = false;
          extra = 0;
        } else if (pDepth === 1 && pictDepth > 0 && tblDepth === 0) {
          extra++;
        }
      } else if (name === 'w:tbl') {
        tblDepth--;
      } else if (name === 'w:tr' && tblDepth === 1 && pDepth === 0) {
        if (!deletedRow) units++;
        deletedRow = false;
      }
      continue;
    }
    const parent = stack[stack.length - 1];
    const grandparent = stack[stack.length - 2];
    if (name === 'mc:Choice') choiceDepth++;
    if (choiceDepth === 0) {
      if (INSERTIONS.has(name)) {
        scan.insertions++;
        hit();
      } else if (DELETIONS.has(name)) {
        scan.deletions++;
        hit();
        if (name === 'w:del' && parent === 'w:rPr' && grandparent === 'w:pPr' && pDepth === 1 && tblDepth === 0) deletedMark = true;
        if (name === 'w:del' && parent === 'w:trPr' && tblDepth === 1 && pDepth === 0) deletedRow = true;
      } else if (MOVES.has(name)) {
        scan.moves++;
        hit();
      } else if (FORMATTING.has(name)) {
        scan.formatting++;
        hit();
      } else if (name === 'w:commentRangeStart' || name === 'w:commentReference') {
        const id = /\bw:id="([^"]*)"/.exec(m[3])?.[1] ?? String(scan.commentIds.size);
        scan.commentIds.add(id);
        hit();
      }
    }
    if (selfClosing) {
      if (name === 'w:p' && choiceDepth === 0 && pDepth === 0 && tblDepth === 0) units++;
      if (name === 'mc:Choice') choiceDepth--;
      continue;
    }
    stack.push(name);
    if (choiceDepth > 0) continue;
    if (name === 'w:p') pDepth++;
    else if (name === 'w:tbl') tblDepth++;
    else if (name === 'w:pict') pictDepth++;
  }
  return scan;
}

function countElements(xml: string, name: string): number {
  const re = new RegExp(`<${name}[\\s/>]`, 'g');
  return xml.match(re)?.length ?? 0;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function revisionNotice(scan: RevisionScan, comments: number): string | undefined {
  const changes = scan.insertions + scan.deletions + scan.moves + scan.formatting;
  if (changes === 0 && comments === 0) return undefined;
  const kinds: string[] = [];
  if (scan.insertions) kinds.push(plural(scan.insertions, 'insertion'));
  if (scan.deletions) kinds.push(plural(scan.deletions, 'deletion'));
  if (scan.moves) kinds.push(plural(scan.moves, 'move'));
  if (scan.formatting) kinds.push(plural(scan.formatting, 'formatting change'));
  const what: string[] = [];
  if (changes) what.push(`${plural(changes, 'tracked change')} (${kinds.join(', ')})`);
  if (comments) what.push(plural(comments, 'comment'));
  const todo = changes && comments ? 'accept or reject the changes and resolve the comments' : changes ? 'accept or reject them' : 'resolve or delete them';
  const howRead = changes
    ? ' (policy-lint read the text as it would be if every change were accepted: insertions included, deletions dropped)'
    : ' (policy-lint does not read comments)';
  return `The document still contains ${what.join(' and ')}; ${todo} in Word before it is signed off${howRead}`;
}
