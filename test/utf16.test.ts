/** UTF-16 text without a byte-order mark reads as text, with the positions of the same text in UTF-8. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Linter } from '../src/linter.js';
import { decodeText } from '../src/load/decode.js';
import { AS_OF, SEEDS } from './helpers/lint.js';

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return le;
}

describe('UTF-16 without a byte-order mark', () => {
  const text = 'Designated Teacher: Mrs A. Patel\r\nNext review: June 2025 \u2013 caf\u00e9\n';

  it('decodes little- and big-endian', () => {
    expect(decodeText(Buffer.from(text, 'utf16le'))).toEqual({ text: text.replace(/\r\n/g, '\n'), encoding: 'utf-16le' });
    expect(decodeText(utf16be(text))).toEqual({ text: text.replace(/\r\n/g, '\n'), encoding: 'utf-16be' });
  });

  it('a seed saved as UTF-16 LE without a BOM gives the findings of the seed, on the same lines', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-lint-utf16-'));
    const seed = readFileSync(join(SEEDS, 'hartsfield-jmi-from-pdf.txt'), 'utf8');
    writeFileSync(join(dir, 'utf16.txt'), Buffer.from(seed, 'utf16le'));
    const linter = new Linter({ date: AS_OF });
    const view = (r: Awaited<ReturnType<Linter['lintFile']>>) => r.messages.map((m) => [m.ruleId, m.line, m.column]);
    const expected = view(await linter.lintFile(join(SEEDS, 'hartsfield-jmi-from-pdf.txt')));
    expect(expected.length).toBeGreaterThan(0);
    expect(view(await linter.lintFile(join(dir, 'utf16.txt')))).toEqual(expected);
  });

  it('random bytes with NULs are still binary', () => {
    const bytes = randomBytes(4096);
    bytes[10] = 0;
    expect(() => decodeText(bytes)).toThrow(/binary file/);
  });
});
