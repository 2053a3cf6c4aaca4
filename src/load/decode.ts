/**
 * Bytes to text. Schools' files arrive as UTF-8 (with or without a BOM), UTF-16 from Word's "Unicode
 * text", or Windows-1252 from Word's plain "Save as text" - and sometimes as UTF-8 with a few
 * Windows-1252 bytes pasted in (a curly apostrophe 0x92, a pound sign 0xA3): each valid UTF-8 sequence is
 * then read as UTF-8 and each stray byte as its Windows-1252 character. Every character of the file is
 * one decoded character, and line ends are folded to \n without changing a line's number, so a
 * position in the text (line, and column in characters) is the same position in the original file.
 */
import { LoadError } from './types.js';
import { lazyRequire } from '../lazy.js';

/** Only Windows-1252 files need it. */
const iconv = lazyRequire<typeof import('iconv-lite')>('iconv-lite');

/** `utf-8+windows-1252`: UTF-8 with stray bytes that are not, each read as a Windows-1252 character. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'utf-8+windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeText(bytes: Uint8Array): DecodedText {
  let text: string;
  let encoding: TextEncodingName;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = 'utf-8';
    text = decodeUtf8(bytes.subarray(3));
  } else if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  } else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  } else if (utf16WithoutBom(bytes)) {
    encoding = utf16WithoutBom(bytes)!;
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      throw new LoadError('this is a binary file, not text (it looks like UTF-16 text but is not valid UTF-16)');
    }
  } else {
    if (bytes.includes(0)) {
      throw new LoadError('this is a binary file, not text (it contains NUL bytes)');
    }
    try {
      text = utf8.decode(bytes);
      encoding = 'utf-8';
    } catch {
      const scan = scanUtf8(bytes);
      // Not valid UTF-8, and not text either when control bytes are common: a compressed or encrypted
      // stream need hold no NUL, but about one byte in eight is a control code (or one Windows-1252
      // leaves undefined); in text, even Word's, they are rare.
      if (looksBinary(bytes, scan)) {
        throw new LoadError('this is a binary file, not text (it is neither UTF-8 nor Windows-1252 text: it looks compressed or encoded)');
      }
      if (scan.sequences === 0) {
        // Word's "Save as text" writes Windows-1252, whose every byte is a character.
        // (Node's own TextDecoder reads 0x80-0x9F as control characters without full ICU, so iconv-lite.)
        text = iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1252');
        encoding = 'windows-1252';
      } else {
        // UTF-8 (it has valid multi-byte sequences: '£' as C2 A3, '–' as E2 80 93) with stray bytes
        // pasted in from a Windows-1252 source. Reading it all as Windows-1252 would turn every UTF-8
        // character into two or three of mojibake; each stray byte alone is read as Windows-1252.
        text = decodeMixed(bytes);
        encoding = 'utf-8+windows-1252';
      }
    }
  }
  return { text: normaliseLineEnds(text), encoding };
}

/**
 * UTF-16 with no byte-order mark ("Unicode text" from some tools): in English text nearly every other
 * byte is NUL, on the odd bytes for little-endian, the even ones for big-endian, and almost never on the
 * others. Judged on the first 4 KB; null for anything else (a binary file has NULs all over).
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero >= pairs * 0.6 && evenZero <= pairs * 0.02) return 'utf-16le';
  if (evenZero >= pairs * 0.6 && oddZero <= pairs * 0.02) return 'utf-16be';
  return null;
}

/**
 * More than 2% (and at least 3) of the bytes are C0 control codes other than tab, line and page breaks
 * and Ctrl-Z, DEL, or stray bytes (not in a valid UTF-8 sequence) that Windows-1252 leaves undefined
 * (81, 8D, 8F, 90, 9D). Random bytes have about 13%. (Within a UTF-8 sequence those bytes are text: '”'
 * is E2 80 9D.)
 */
function looksBinary(bytes: Uint8Array, scan: Utf8Scan): boolean {
  let controls = scan.undefinedStray;
  for (const b of bytes) {
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1a) || b === 0x7f) controls++;
  }
  return controls >= 3 && controls * 50 > bytes.length;
}

interface Utf8Scan {
  /** Valid multi-byte UTF-8 sequences. */
  sequences: number;
  /** Stray bytes (above 0x7F, in no valid UTF-8 sequence) that Windows-1252 leaves undefined. */
  undefinedStray: number;
}

/** Counts what the bytes hold: valid UTF-8 (as the Unicode standard's table 3-7 defines it) and stray bytes. */
function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let sequences = 0;
  let undefinedStray = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = utf8SequenceLength(bytes, i);
    if (length === 0) {
      if (b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d) undefinedStray++;
      i++;
    } else {
      sequences++;
      i += length;
    }
  }
  return { sequences, undefinedStray };
}

/** The length of the valid multi-byte UTF-8 sequence at `i`, or 0 when there is none. */
export function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  const cont = (k: number, low = 0x80, high = 0xbf): boolean => i + k < bytes.length && bytes[i + k] >= low && bytes[i + k] <= high;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const [low, high] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
    return cont(1, low, high) && cont(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const [low, high] = b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    return cont(1, low, high) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/** Windows-1252's characters for 0x80-0x9F (U+FFFD for the five it leaves undefined, as iconv-lite). */
const CP1252_HIGH =
  '\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd' +
  '\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178';

/** One byte as Windows-1252 (0xA0-0xFF are the Latin-1 characters of the same number). */
function cp1252(b: number): string {
  return b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
}

/** Valid UTF-8 as UTF-8 and each stray byte as one Windows-1252 character. */
function decodeMixed(bytes: Uint8Array): string {
  // ignoreBOM: a U+FEFF after a stray byte is a character of the file, not a mark to drop.
  const runs = new TextDecoder('utf-8', { ignoreBOM: true });
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i] < 0x80) {
      i++;
      continue;
    }
    const length = utf8SequenceLength(bytes, i);
    if (length > 0) {
      i += length;
      continue;
    }
    if (i > start) parts.push(runs.decode(bytes.subarray(start, i)));
    parts.push(cp1252(bytes[i]));
    start = ++i;
  }
  if (start < bytes.length) parts.push(runs.decode(bytes.subarray(start)));
  return parts.join('');
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new LoadError('the file starts with a UTF-8 byte-order mark but is not valid UTF-8');
  }
}

/** CRLF and lone CR become LF; a line's number does not change. */
export function normaliseLineEnds(text: string): string {
  return text.indexOf('\r') === -1 ? text : text.replace(/\r\n?/g, '\n');
}
