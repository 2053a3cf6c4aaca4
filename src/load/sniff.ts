/**
 * What a file is, from its first bytes (and, for a zip, the names in its central directory), then its
 * extension. Formats policy-lint cannot read get a sentence saying what the file is and what to do.
 */
import { extname } from 'node:path';

export type SniffedFormat = 'docx' | 'pdf' | 'text' | { unsupported: string };

const UNSUPPORTED = {
  odt: 'an OpenDocument text (.odt) file: save it as .docx or PDF',
  doc: 'an old binary Word (.doc) file: save it as .docx or PDF',
  rtf: 'an RTF file: save it as .docx or PDF',
  zip: 'a zip archive that is not a Word document (it has no word/document.xml): save the policy as .docx or PDF',
};

export function sniffFormat(bytes: Uint8Array, filePath: string): SniffedFormat {
  const ext = extname(filePath).toLowerCase();
  // The PDF header may follow a little junk (up to 1 KB, as readers allow) when the file ends like a PDF.
  const pdfHeader = indexOfAscii(bytes, '%PDF-', 0, 1024);
  if (pdfHeader === 0 || (pdfHeader > 0 && indexOfAscii(bytes, '%%EOF', Math.max(0, bytes.length - 1024), bytes.length) !== -1)) {
    return 'pdf';
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    const entries = readZipDirectory(bytes);
    // A damaged zip cannot be listed: let the Word loader say so (a zip given to us is most likely a .docx).
    if (!entries) return ext === '.odt' ? { unsupported: UNSUPPORTED.odt } : 'docx';
    const names = new Set(entries.map((e) => e.name));
    if (names.has('word/document.xml')) return 'docx';
    if (names.has('mimetype') && asciiAt(bytes, 30, 8) === 'mimetype') {
      const type = asciiAt(bytes, 38, 60);
      if (type.startsWith('application/vnd.oasis.opendocument.text')) return { unsupported: UNSUPPORTED.odt };
      if (type.startsWith('application/vnd.oasis.opendocument')) {
        return { unsupported: 'an OpenDocument file that is not a text document: save the policy as .docx or PDF' };
      }
    }
    if (names.has('content.xml') && names.has('mimetype')) return { unsupported: UNSUPPORTED.odt };
    // The main part can live elsewhere when _rels/.rels says so; the Word loader follows it.
    if (names.has('_rels/.rels') && names.has('[Content_Types].xml') && !names.has('xl/workbook.xml') && !names.has('ppt/presentation.xml')) {
      return 'docx';
    }
    return { unsupported: UNSUPPORTED.zip };
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return { unsupported: UNSUPPORTED.doc };
  if (asciiAt(bytes, 0, 5) === '{\\rtf') return { unsupported: UNSUPPORTED.rtf };
  // Unrecognised bytes: the extension decides, so a damaged .docx or .pdf gets its loader's message.
  if (ext === '.docx') return 'docx';
  if (ext === '.pdf') return 'pdf';
  if (ext === '.odt') return { unsupported: UNSUPPORTED.odt };
  if (ext === '.doc') return { unsupported: UNSUPPORTED.doc };
  if (ext === '.rtf') return { unsupported: UNSUPPORTED.rtf };
  return 'text';
}

/** One entry of a zip's central directory. */
export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflate. */
  method: number;
  compressedSize: number;
  /** As the archive declares it (it may lie: inflate with a bound). 0xFFFFFFFF for ZIP64. */
  uncompressedSize: number;
  /** Offset of the entry's local header. */
  localHeaderOffset: number;
}

/**
 * Lists a zip's central directory without inflating anything, or returns null when the archive is
 * damaged or truncated (no end-of-central-directory record, or a directory that runs off the end).
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is 22 bytes plus a comment of up to 65535 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= 0 && i >= bytes.length - 22 - 0xffff; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd === -1) return null;
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (offset + size > eocd) return null;
  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== 0x02014b50) return null;
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    if (p + 46 + nameLength > eocd) return null;
    entries.push({
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      uncompressedSize: view.getUint32(p + 24, true),
      localHeaderOffset: view.getUint32(p + 42, true),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function asciiAt(bytes: Uint8Array, start: number, length: number): string {
  let s = '';
  for (let i = start; i < Math.min(bytes.length, start + length); i++) s += String.fromCharCode(bytes[i]);
  return s;
}

function indexOfAscii(bytes: Uint8Array, needle: string, from: number, to: number): number {
  const limit = Math.min(bytes.length - needle.length, to);
  outer: for (let i = from; i <= limit; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle.charCodeAt(j)) continue outer;
    return i;
  }
  return -1;
}
