/**
 * Bytes to text. Schools' files arrive as UTF-8 (with or without a BOM), UTF-16 from Word's "Unicode
 * text", or Windows-1252 from Word's plain "Save as text". Line ends are folded to \n; line numbers are
 * unchanged by that, so positions still point at the original file.
 */
import { LoadError } from './types.js';
import { lazyRequire } from '../lazy.js';

/** Only Windows-1252 files need it. */
const iconv = lazyRequire<typeof import('iconv-lite')>('iconv-lite');

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

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
      // Not valid UTF-8, and not text either when control bytes are common: a compressed or encrypted
      // stream need hold no NUL, but about one byte in eight is a control code (or one Windows-1252
      // leaves undefined); in text, even Word's, they are rare.
      if (looksBinary(bytes)) {
        throw new LoadError('this is a binary file, not text (it is neither UTF-8 nor Windows-1252 text: it looks compressed or encoded)');
      }
      // Word's "Save as text" writes Windows-1252, whose every byte is a character.
      // (Node's own TextDecoder reads 0x80-0x9F as control characters without full ICU, so iconv-lite.)
      text = iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1252');
      encoding = 'windows-1252';
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
 * and Ctrl-Z, DEL, or the five bytes Windows-1252 leaves undefined (81, 8D, 8F, 90, 9D). Random bytes
 * have about 13%.
 */
function looksBinary(bytes: Uint8Array): boolean {
  let controls = 0;
  for (const b of bytes) {
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1a) || b === 0x7f || b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d) {
      controls++;
    }
  }
  return controls >= 3 && controls * 50 > bytes.length;
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
