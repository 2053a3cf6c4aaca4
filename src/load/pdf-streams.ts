/**
 * Limits before work for PDFs. pdf.js decodes a stream whole, into one buffer that it doubles as it
 * grows, and nothing in its API bounds that: a page whose content stream is a deflate bomb (a few MB
 * on disk, gigabytes inflated) takes gigabytes of memory before the first text item comes back.
 *
 * So before pdf.js sees a file, every stream that text extraction may decode is decoded here, once,
 * with a bound: page contents, form XObjects, embedded fonts and CMaps, object streams and
 * cross-reference streams (and, inside a decoded object stream, any stream it holds). The file is
 * refused when one stream would decode to more than `perStream` bytes, or all of them together to more
 * than `perDocument`. Images (`/Subtype /Image`) are not decoded: text extraction never decodes them,
 * so they are not paid for here either, unless the stream is also named where pdf.js reads a stream
 * as content or a font (a bomb dressed as an image).
 *
 * The scan reads the file as pdf.js's recovery mode does (every `stream` keyword, not the xref
 * table), so a stream that no table points at is counted too. It follows filter chains
 * (FlateDecode, LZWDecode, RunLengthDecode, ASCIIHexDecode, ASCII85Decode: every filter that can
 * expand text or fonts); image codecs (DCT, JPX, CCITT, JBIG2) are not decoded.
 *
 * Not covered: an encrypted PDF's streams (they are encrypted before they are compressed, and
 * policy-lint does not decrypt): those are left to pdf.js.
 */
import { constants, createInflate, inflateSync } from 'node:zlib';
import { LoadError } from './types.js';

export interface StreamCaps {
  /** Most bytes one stream may decode to. */
  perStream: number;
  /** Most bytes all the streams of the document may decode to, together. */
  perDocument: number;
}

/**
 * 32 MB a stream: a real policy's page content is 2–300 KB, a fully embedded font at most a few MB
 * (a whole CJK font ~20 MB). 128 MB a document: the corpus policies decode to under 2 MB all together.
 */
export const DEFAULT_STREAM_CAPS: StreamCaps = { perStream: 32 * 1024 * 1024, perDocument: 128 * 1024 * 1024 };

export interface StreamScan {
  /** Streams decoded (and counted). */
  decoded: number;
  /** Image streams passed over. */
  skippedImages: number;
  /** Bytes all the decoded streams came to. */
  total: number;
  /** The largest single stream. */
  largest: number;
  encrypted: boolean;
}

/** Streams nested in decoded object streams are scanned this deep (they are not allowed at all). */
const MAX_NESTING = 3;

const OBJECT_STREAM = /\/Type\s*\/ObjStm\b/;

class CapExceeded extends Error {}

export async function checkPdfStreams(bytes: Uint8Array, caps: StreamCaps = DEFAULT_STREAM_CAPS): Promise<StreamScan> {
  const scan: StreamScan = { decoded: 0, skippedImages: 0, total: 0, largest: 0, encrypted: false };
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  scan.encrypted = /\/Encrypt\s*(?:\d+\s+\d+\s+R|<<)/.test(text);
  const objects = indexObjects(text);
  // Objects that pdf.js reads as a stream of content (a page's, a glyph's) or a font, and pages' contents.
  const readAsStream = new Set<number>();
  const contents = new Set<number>();
  collectStreamRefs(text, readAsStream, contents);

  const visit = async (found: Found, source: Uint8Array, sourceText: string, depth: number): Promise<void> => {
    // Offsets of `N G obj` headers are the file's; a stream nested in an object stream has none.
    const out = await decodeStream(found, source, sourceText, depth === 0 ? objects : NO_OBJECTS, contents, caps, scan);
    if (out === undefined || depth >= MAX_NESTING || !OBJECT_STREAM.test(found.dict)) return;
    const inner = Buffer.from(out.buffer, out.byteOffset, out.byteLength).toString('latin1');
    collectStreamRefs(inner, readAsStream, contents);
    for (const nested of findStreams(inner, NO_OBJECTS)) await visit(nested, out, inner, depth + 1);
  };
  const streams = [...findStreams(text, objects)];
  const isImage = (found: Found): boolean => /\/Subtype\s*\/Image\b/.test(found.dict);
  // Object streams first: the pages they hold say which streams are pages' contents.
  for (const found of streams) if (OBJECT_STREAM.test(found.dict)) await visit(found, bytes, text, 0);
  for (const found of streams) if (!OBJECT_STREAM.test(found.dict) && !isImage(found)) await visit(found, bytes, text, 0);
  // An "image" that pdf.js would read as a page's content or a font is decoded after all.
  for (const found of streams) {
    if (OBJECT_STREAM.test(found.dict) || !isImage(found)) continue;
    if (found.objectNumber !== undefined && readAsStream.has(found.objectNumber)) await visit(found, bytes, text, 0);
    else scan.skippedImages++;
  }
  return scan;
}

// ---------------------------------------------------------------------------------------------------
// Finding streams.

interface Found {
  objectNumber?: number;
  /** The object's text from `N G obj` to the `stream` keyword (the stream's dictionary). */
  dict: string;
  /** Where the data starts, and where it ends at the latest (the `endstream` that follows, or the end). */
  start: number;
  end: number;
}

interface ObjectIndex {
  /** Where each object's text starts (just after `N G obj`), by number; the last one wins, as in an update. */
  at: Map<number, number>;
  /** Every header, in file order: [object number, start of the header, end of it]. */
  headers: [number, number, number][];
}

function indexObjects(text: string): ObjectIndex {
  const at = new Map<number, number>();
  const headers: [number, number, number][] = [];
  for (const m of text.matchAll(/(?<![\d.])(\d{1,10})\s+(\d{1,5})\s+obj\b/g)) {
    at.set(Number(m[1]), m.index + m[0].length);
    headers.push([Number(m[1]), m.index, m.index + m[0].length]);
  }
  return { at, headers };
}

const NO_OBJECTS: ObjectIndex = { at: new Map(), headers: [] };

/** The keys under which pdf.js reads a referenced stream as content, a font or a CMap. */
const STREAM_KEYS = /\/(?:Contents|FontFile[23]?|ToUnicode|Encoding|CIDToGIDMap|UseCMap)\s*(\[[^\]]*\]|\d+\s+\d+\s+R)/g;

function collectStreamRefs(text: string, into: Set<number>, contents: Set<number>): void {
  for (const m of text.matchAll(STREAM_KEYS)) {
    for (const r of m[1].matchAll(/(\d+)\s+\d+\s+R/g)) {
      into.add(Number(r[1]));
      if (m[0].startsWith('/Contents')) contents.add(Number(r[1]));
    }
  }
  for (const m of text.matchAll(/\/CharProcs\s*<<([^>]*)>>/g)) for (const r of m[1].matchAll(/(\d+)\s+\d+\s+R/g)) into.add(Number(r[1]));
}

function* findStreams(text: string, objects: ObjectIndex): Generator<Found> {
  const keyword = /(?<![A-Za-z0-9])stream(?![A-Za-z0-9])[^\r\n]{0,64}(?:\r\n|\r|\n)/g;
  const { headers } = objects;
  let h = -1;
  let previousEnd = 0;
  let m: RegExpExecArray | null;
  while ((m = keyword.exec(text)) !== null) {
    const at = m.index;
    const start = at + m[0].length;
    // The last object header before the keyword, if it comes after the previous stream's data.
    while (h + 1 < headers.length && headers[h + 1][2] <= at) h++;
    const header = h >= 0 && headers[h][1] >= previousEnd ? headers[h] : undefined;
    const dict = text.slice(header ? header[2] : Math.max(previousEnd, at - 4096), at);
    const endstream = text.indexOf('endstream', start);
    const end = endstream === -1 ? text.length : endstream;
    yield { objectNumber: header?.[0], dict, start, end };
    // Go on after this stream's data; a stream inside the data is not a stream.
    previousEnd = end;
    keyword.lastIndex = Math.max(keyword.lastIndex, end);
  }
}

// ---------------------------------------------------------------------------------------------------
// Decoding with bounds.

const FILTERS: Record<string, string> = {
  FlateDecode: 'flate',
  Fl: 'flate',
  LZWDecode: 'lzw',
  LZW: 'lzw',
  RunLengthDecode: 'rl',
  RL: 'rl',
  ASCIIHexDecode: 'hex',
  AHx: 'hex',
  ASCII85Decode: 'a85',
  A85: 'a85',
};

/** The stream's filters, in order, following an indirect /Filter; undefined when they cannot be read. */
function filtersOf(dict: string, text: string, objects: ObjectIndex): string[] | undefined {
  let value = /\/Filter\s*(\/[^\s/<>[\]()]+|\[[^\]]*\]|\d+\s+\d+\s+R)/.exec(dict)?.[1];
  if (value === undefined) return [];
  const ref = /^(\d+)\s+\d+\s+R$/.exec(value);
  if (ref) {
    const at = objects.at.get(Number(ref[1]));
    value = at === undefined ? undefined : /^\s*(\/[^\s/<>[\]()]+|\[[^\]]*\])/.exec(text.slice(at, at + 1024))?.[1];
    if (value === undefined) return undefined;
  }
  return [...value.matchAll(/\/([^\s/<>[\]()]+)/g)].map((n) => n[1]);
}

/** The data's length from a direct or indirect /Length, when `endstream` follows it there. */
function dataEnd(found: Found, text: string, objects: ObjectIndex): number {
  const raw = /\/Length\s+(\d+)(?:\s+(\d+)\s+R)?/.exec(found.dict);
  let length: number | undefined;
  if (raw && raw[2] === undefined) length = Number(raw[1]);
  else if (raw) {
    const at = objects.at.get(Number(raw[1]));
    const value = at === undefined ? undefined : /^\s*(\d+)/.exec(text.slice(at, at + 64))?.[1];
    length = value === undefined ? undefined : Number(value);
  }
  if (length !== undefined && found.start + length <= text.length && /^\s*endstream/.test(text.slice(found.start + length, found.start + length + 64))) {
    return found.start + length;
  }
  return found.end;
}

async function decodeStream(
  found: Found,
  source: Uint8Array,
  sourceText: string,
  objects: ObjectIndex,
  contents: Set<number>,
  caps: StreamCaps,
  scan: StreamScan,
): Promise<Uint8Array | undefined> {
  let filters = filtersOf(found.dict, sourceText, objects);
  let data: Uint8Array = source.subarray(found.start, dataEnd(found, sourceText, objects));
  // A /Filter we cannot read: if the data is zlib data, count it as pdf.js would inflate it.
  if (filters === undefined) filters = isZlibHeader(data) ? ['FlateDecode'] : [];
  if (!filters.some((f) => f in FILTERS)) return undefined;
  const limit = Math.min(caps.perStream, caps.perDocument - scan.total);
  try {
    for (const filter of filters) {
      const kind = FILTERS[filter];
      if (kind === undefined) break; // an image codec, or a filter pdf.js does not know: not decoded here
      if (kind === 'flate') data = await inflateBounded(data, limit);
      else if (kind === 'lzw') data = lzwDecode(data, earlyChange(found.dict), limit);
      else if (kind === 'rl') data = runLengthDecode(data, limit);
      else if (kind === 'hex') data = asciiHexDecode(data);
      else data = ascii85Decode(data);
      if (data.length > limit) throw new CapExceeded();
    }
  } catch (error) {
    if (!(error instanceof CapExceeded)) throw error;
    throw new LoadError(
      limit < caps.perStream
        ? `not read: this PDF's streams would unpack to more than ${megabytes(caps.perDocument)} all together, too much for a policy (a decompression bomb?)`
        : `not read: ${describe(found, contents)} of this PDF would unpack to more than ${megabytes(caps.perStream)}, too much for a policy (a decompression bomb?)`,
    );
  }
  scan.decoded++;
  scan.total += data.length;
  scan.largest = Math.max(scan.largest, data.length);
  return data;
}

function describe(found: Found, contents: Set<number>): string {
  const object = found.objectNumber === undefined ? '' : ` (object ${found.objectNumber})`;
  if (OBJECT_STREAM.test(found.dict)) return `an object stream${object}`;
  if (/\/Type\s*\/XRef\b/.test(found.dict)) return `a cross-reference stream${object}`;
  if (/\/Subtype\s*\/Form\b/.test(found.dict)) return `a form on a page${object}`;
  if (/\/Length[123]\b|\/Subtype\s*\/(?:Type1C|CIDFontType0C|OpenType)\b/.test(found.dict)) return `an embedded font${object}`;
  if (found.objectNumber !== undefined && contents.has(found.objectNumber)) return `the content of a page${object}`;
  return `a stream${object}`;
}

function megabytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round(n / (1024 * 1024))} MB` : `${Math.ceil(n / 1024)} KB`;
}

function isZlibHeader(data: Uint8Array): boolean {
  return data.length >= 2 && (data[0] & 0x0f) === 8 && ((data[0] << 8) + data[1]) % 31 === 0 && (data[1] & 0x20) === 0;
}

function earlyChange(dict: string): number {
  return /\/EarlyChange\s+0\b/.test(dict) ? 0 : 1;
}

/**
 * Inflates zlib data to at most `limit` + 1 bytes. A truncated or damaged stream gives what it held
 * before the damage, as pdf.js reads it (so a bomb followed by a bad byte is still counted).
 */
async function inflateBounded(data: Uint8Array, limit: number): Promise<Uint8Array> {
  if (!isZlibHeader(data)) return new Uint8Array(0); // pdf.js refuses it too
  try {
    return inflateSync(data, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: limit + 1 });
  } catch (error) {
    if (error instanceof RangeError || (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new CapExceeded();
  }
  // Damaged: stream it, to keep what came before the damage.
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const inflate = createInflate({ finishFlush: constants.Z_SYNC_FLUSH });
    const done = (): void => resolve(new Uint8Array(Buffer.concat(chunks, length)));
    inflate.on('data', (chunk: Buffer) => {
      length += chunk.length;
      chunks.push(chunk);
      if (length > limit) {
        inflate.destroy();
        reject(new CapExceeded());
      }
    });
    inflate.on('error', done);
    inflate.on('end', done);
    inflate.end(data);
  });
}

/** A byte buffer that refuses to grow past `limit` bytes. */
class Output {
  buffer = new Uint8Array(4096);
  length = 0;
  constructor(private readonly limit: number) {}
  /** Makes room for `needed` bytes in all. */
  grow(needed: number): void {
    if (needed > this.limit) throw new CapExceeded();
    if (needed <= this.buffer.length) return;
    let size = this.buffer.length;
    while (size < needed) size *= 2;
    const next = new Uint8Array(Math.min(size, this.limit + 1));
    next.set(this.buffer.subarray(0, this.length));
    this.buffer = next;
  }
  result(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}

/** LZWDecode, as pdf.js reads it (9- to 12-bit codes, clear 256, end 257). */
function lzwDecode(data: Uint8Array, early: number, limit: number): Uint8Array {
  const out = new Output(limit);
  const prefix = new Int32Array(4096);
  const suffix = new Uint8Array(4096);
  const lengths = new Int32Array(4096);
  for (let i = 0; i < 256; i++) {
    prefix[i] = -1;
    suffix[i] = i;
    lengths[i] = 1;
  }
  let next = 258;
  let width = 9;
  let previous = -1;
  let bits = 0;
  let held = 0;
  let pos = 0;
  for (;;) {
    while (held < width && pos < data.length) {
      bits = ((bits << 8) | data[pos++]) >>> 0;
      held += 8;
    }
    if (held < width) break;
    const code = (bits >>> (held - width)) & ((1 << width) - 1);
    held -= width;
    bits &= (1 << held) - 1;
    if (code === 257) break;
    if (code === 256) {
      next = 258;
      width = 9;
      previous = -1;
      continue;
    }
    let first: number;
    if (code < next && (code < 256 || code >= 258)) {
      // Write the entry's bytes, last to first.
      const length = lengths[code];
      out.grow(out.length + length);
      let at = out.length + length - 1;
      for (let c = code; c >= 0; c = prefix[c]) out.buffer[at--] = suffix[c];
      first = out.buffer[out.length];
      out.length += length;
    } else if (code === next && previous >= 0) {
      // The entry being defined: the previous entry plus its own first byte.
      const length = lengths[previous] + 1;
      out.grow(out.length + length);
      let at = out.length + length - 2;
      for (let c = previous; c >= 0; c = prefix[c]) out.buffer[at--] = suffix[c];
      first = out.buffer[out.length];
      out.buffer[out.length + length - 1] = first;
      out.length += length;
    } else {
      break; // damaged
    }
    if (previous >= 0 && next < 4096) {
      prefix[next] = previous;
      suffix[next] = first;
      lengths[next] = lengths[previous] + 1;
      next++;
    }
    previous = code;
    const room = next + early;
    width = room >= 2048 ? 12 : room >= 1024 ? 11 : room >= 512 ? 10 : 9;
  }
  return out.result();
}

function runLengthDecode(data: Uint8Array, limit: number): Uint8Array {
  const out = new Output(limit);
  for (let i = 0; i < data.length; ) {
    const n = data[i++];
    if (n === 128) break;
    if (n < 128) {
      const run = data.subarray(i, i + n + 1);
      out.grow(out.length + run.length);
      out.buffer.set(run, out.length);
      out.length += run.length;
      i += n + 1;
    } else {
      if (i >= data.length) break;
      const count = 257 - n;
      out.grow(out.length + count);
      out.buffer.fill(data[i++], out.length, out.length + count);
      out.length += count;
    }
  }
  return out.result();
}

/** ASCIIHexDecode: never longer than its input. */
function asciiHexDecode(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(Math.ceil(data.length / 2));
  let n = 0;
  let high = -1;
  for (const byte of data) {
    if (byte === 0x3e) break;
    const digit = byte >= 0x30 && byte <= 0x39 ? byte - 0x30 : byte >= 0x41 && byte <= 0x46 ? byte - 55 : byte >= 0x61 && byte <= 0x66 ? byte - 87 : -1;
    if (digit === -1) continue;
    if (high === -1) high = digit;
    else {
      out[n++] = (high << 4) | digit;
      high = -1;
    }
  }
  if (high !== -1) out[n++] = high << 4;
  return out.subarray(0, n);
}

/** ASCII85Decode: at most 4 bytes per 'z' (one input byte), so at most 4 times its input. */
function ascii85Decode(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(data.length * 4 + 4);
  let n = 0;
  let group = 0;
  let count = 0;
  for (const byte of data) {
    if (byte === 0x7e) break;
    if (byte === 0x7a && count === 0) {
      n += 4;
      continue;
    }
    if (byte < 0x21 || byte > 0x75) continue;
    group = group * 85 + (byte - 0x21);
    if (++count === 5) {
      for (let k = 0; k < 4; k++) out[n++] = (group >>> (8 * (3 - k))) & 0xff;
      group = 0;
      count = 0;
    }
  }
  if (count > 1) {
    for (let k = count; k < 5; k++) group = group * 85 + 84;
    for (let k = 0; k < count - 1; k++) out[n++] = (group >>> (8 * (3 - k))) & 0xff;
  }
  return out.subarray(0, n);
}
