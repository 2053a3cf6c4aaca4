/**
 * File names that are not valid UTF-8. Linux allows any bytes in a name; Node decodes such a name with
 * U+FFFD, and that string names no file. policy-lint does not lint such a file: it reports it, under a
 * name that shows each byte that is not valid UTF-8 (and each control character, and the backslash) as
 * `\xNN`, so the report is printable and the name can be turned back into the bytes.
 */
import { basename, dirname, join } from 'node:path';
import { utf8SequenceLength } from './decode.js';

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true });

/** True when the bytes are valid UTF-8. */
export function isUtf8(bytes: Uint8Array): boolean {
  try {
    fatalUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const hex = (b: number): string => `\\x${b.toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * A name's bytes as text to show: valid UTF-8 as its characters; every byte that is not, every C0 or
 * C1 control character and the backslash as `\xNN` (a C1 control by its two UTF-8 bytes).
 */
export function escapeFileName(name: Uint8Array): string {
  let out = '';
  for (let i = 0; i < name.length; ) {
    const b = name[i];
    if (b < 0x80) {
      out += b < 0x20 || b === 0x7f || b === 0x5c ? hex(b) : String.fromCharCode(b);
      i++;
      continue;
    }
    const length = utf8SequenceLength(name, i);
    if (length === 0 || (b === 0xc2 && name[i + 1] < 0xa0)) {
      // Not UTF-8 (or a C1 control, U+0080-U+009F): each byte as an escape.
      const end = length === 0 ? i + 1 : i + length;
      for (; i < end; i++) out += hex(name[i]);
      continue;
    }
    out += new TextDecoder('utf-8', { ignoreBOM: true }).decode(name.subarray(i, i + length));
    i += length;
  }
  return out;
}

/**
 * The bytes of a path whose last part is a name escapeFileName gave for a name that is not valid UTF-8;
 * null for any other path (no `\xNN` in the last part, or one that comes out as valid UTF-8).
 */
export function invalidFileNameBytes(path: string): Buffer | null {
  const name = basename(path);
  if (!/\\x[0-9A-F]{2}/.test(name)) return null;
  const bytes: number[] = [];
  for (let i = 0; i < name.length; ) {
    const escape = /^\\x([0-9A-F]{2})/.exec(name.slice(i, i + 4));
    if (escape) {
      bytes.push(parseInt(escape[1], 16));
      i += 4;
      continue;
    }
    const char = String.fromCodePoint(name.codePointAt(i)!);
    bytes.push(...Buffer.from(char, 'utf8'));
    i += char.length;
  }
  const nameBytes = Buffer.from(bytes);
  if (isUtf8(nameBytes)) return null;
  const folder = dirname(path);
  return Buffer.concat([Buffer.from(join(folder, 'x').slice(0, -1), 'utf8'), nameBytes]);
}
