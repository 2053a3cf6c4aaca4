/**
 * Issue 16, item 7: binary detection looks beyond NUL bytes. A compressed stream with no NUL byte is
 * not valid UTF-8, and used to be read as Windows-1252 garbage and linted; real Windows-1252 text
 * (Word's "Save as text") must still read as text.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { decodeText } from '../src/load/decode.js';
import { loadBytes } from '../src/load/index.js';
import { ROOT } from './helpers/lint.js';

/** Deterministic high-entropy bytes (as compressed or encrypted data are), with every NUL left out. */
function noiseWithoutNul(length: number, seed = 'policy-lint'): Uint8Array {
  const out: number[] = [];
  let block = createHash('sha256').update(seed).digest();
  while (out.length < length) {
    for (const b of block) if (b !== 0 && out.length < length) out.push(b);
    block = createHash('sha256').update(block).digest();
  }
  return Uint8Array.from(out);
}

/** A real raw-deflate stream of policy text that happens to hold no NUL byte. */
function deflatedWithoutNul(): Uint8Array {
  for (let i = 0; ; i++) {
    const text = `Looked-after children policy ${i}: the designated teacher is Jo Gant. Review: June 2027.\n`.repeat(1 + (i % 3));
    const bytes = deflateRawSync(Buffer.from(text));
    if (!bytes.includes(0) && bytes.length >= 40) return bytes;
  }
}

describe('binary detection beyond NUL bytes', () => {
  it.each([
    ['4 KB of compressed-looking noise', noiseWithoutNul(4096)],
    ['200 bytes of it', noiseWithoutNul(200, 'short')],
    ['a raw deflate stream', deflatedWithoutNul()],
  ])('%s with no NUL byte is a binary file, not text', async (_name, bytes) => {
    expect(bytes.includes(0)).toBe(false);
    expect(() => decodeText(bytes)).toThrow(/binary file, not text/);
    await expect(loadBytes(bytes, 'policy.md')).rejects.toThrow(/binary file, not text/);
  });

  it('Windows-1252 text still reads as text: curly quotes, dashes, pound signs, accents, a form feed', () => {
    const text = 'Designated Teacher: Zo\u00eb O\u2019Neill \u2013 \u201cthe DT\u201d\n\fFees: \u00a3250 \u2026 caf\u00e9\r\nReview: June 2028\r\n';
    const bytes = iconv.encode(text, 'windows-1252');
    expect(decodeText(bytes)).toEqual({ text: text.replace(/\r\n/g, '\n'), encoding: 'windows-1252' });
    expect(decodeText(Uint8Array.from([0x93, 0x4b, 0x94, 0x20, 0x96]))).toEqual({ text: '\u201cK\u201d \u2013', encoding: 'windows-1252' });
  });

  it('every seed and real-world policy saved as Windows-1252 still reads as text', () => {
    const files = [
      ...readdirSync(join(ROOT, 'fixtures', 'seeds')).map((f) => join(ROOT, 'fixtures', 'seeds', f)),
      ...readdirSync(join(ROOT, '..', 'shared', 'realworld')).filter((f) => f.endsWith('.txt')).map((f) => join(ROOT, '..', 'shared', 'realworld', f)),
    ].filter((f) => /\.(md|txt)$/.test(f));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const bytes = iconv.encode(readFileSync(file, 'utf8'), 'windows-1252');
      expect([file, decodeText(bytes).encoding]).toEqual([file, expect.stringMatching(/^(windows-1252|utf-8)$/)]);
    }
  });
});
