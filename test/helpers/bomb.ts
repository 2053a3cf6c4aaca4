/**
 * Decompression bombs for the loader-limit tests, built without ever holding the inflated bytes: a
 * piece is deflated once with a full flush (byte-aligned, with no reference to what came before), so
 * the compressed piece can be repeated any number of times and still inflate to the piece repeated.
 * 1 MB of spaces deflates to about 1 KB: a 1.5 GB bomb is 1.5 MB on disk and is built in milliseconds.
 */
import { constants, deflateRawSync } from 'node:zlib';

export interface Piece {
  data: string | Uint8Array;
  times?: number;
}

export const MB = 1024 * 1024;

/** Raw deflate data (as in a zip) that inflates to the pieces, each repeated `times` times. */
export function deflateRepeated(pieces: Piece[]): Uint8Array {
  const parts: Buffer[] = [];
  for (const { data, times = 1 } of pieces) {
    const compressed = deflateRawSync(Buffer.from(data), { finishFlush: constants.Z_FULL_FLUSH });
    for (let i = 0; i < times; i++) parts.push(compressed);
  }
  parts.push(Buffer.from([0x03, 0x00])); // an empty final block
  return new Uint8Array(Buffer.concat(parts));
}

/** zlib data (as in a PDF's FlateDecode stream) that inflates to the pieces, with a correct checksum. */
export function zlibRepeated(pieces: Piece[]): Uint8Array {
  const BASE = 65521;
  let s1 = 1;
  let s2 = 0;
  for (const { data, times = 1 } of pieces) {
    const bytes = Buffer.from(data);
    let a = 1;
    let b = 0;
    for (const byte of bytes) {
      a = (a + byte) % BASE;
      b = (b + a) % BASE;
    }
    const length = bytes.length % BASE;
    // adler32_combine, once per repetition.
    for (let i = 0; i < times; i++) {
      s2 = (s2 + b + length * ((s1 + BASE - 1) % BASE)) % BASE;
      s1 = (s1 + a + BASE - 1) % BASE;
    }
  }
  const check = Buffer.alloc(4);
  check.writeUInt32BE(((s2 << 16) | s1) >>> 0);
  return new Uint8Array(Buffer.concat([Buffer.from([0x78, 0x9c]), deflateRepeated(pieces), check]));
}
