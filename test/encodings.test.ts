/**
 * Issue 15, encodings: a UTF-8 file with a few Windows-1252 bytes pasted in (a curly apostrophe 0x92, a
 * pound sign 0xA3) reads each valid UTF-8 sequence as UTF-8 and each stray byte as its Windows-1252
 * character, not the whole file as Windows-1252 (which turned '£' into 'Â£'). Findings in such a file,
 * and in a file wholly in Windows-1252, point at the line and column (in characters) of the original.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { decodeText } from '../src/load/decode.js';
import { Linter } from '../src/linter.js';
import type { LintMessage } from '../src/types.js';
import { AS_OF, ROOT } from './helpers/lint.js';

const SEEDS = join(ROOT, '..', 'shared', 'seeds');
const bytes = (...parts: Array<string | number[]>): Uint8Array => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('UTF-8 with stray Windows-1252 bytes', () => {
  it('reads the UTF-8 as UTF-8 and each stray byte as its Windows-1252 character', () => {
    // £250 and – in UTF-8; the apostrophe (0x92) and a second pound sign (0xA3) pasted from Word.
    const mixed = bytes('Fees: \u00a3250 \u2013 the school', [0x92], 's fund (', [0xa3], '40)\r\nCaf\u00e9 ', [0x93], 'open', [0x94], '\n');
    expect(decodeText(mixed)).toEqual({ text: 'Fees: \u00a3250 \u2013 the school\u2019s fund (\u00a340)\nCaf\u00e9 \u201copen\u201d\n', encoding: 'utf-8+windows-1252' });
  });

  it('a sequence cut short, an overlong form or a surrogate is stray bytes, each one character', () => {
    // E2 80 at the end (a cut '–'), C0 AF (an overlong '/'), ED A0 80 (a surrogate): not UTF-8.
    expect(decodeText(bytes('\u2013 a', [0xe2, 0x80]))).toEqual({ text: '\u2013 a\u00e2\u20ac', encoding: 'utf-8+windows-1252' });
    expect(decodeText(bytes('\u2013', [0xc0, 0xaf]))).toEqual({ text: '\u2013\u00c0\u00af', encoding: 'utf-8+windows-1252' });
    expect(decodeText(bytes('\u2013', [0xed, 0xa0, 0x80]))).toEqual({ text: '\u2013\u00ed\u00a0\u20ac', encoding: 'utf-8+windows-1252' });
    // A zero-width no-break space after a stray byte is a character of the file, and is kept.
    expect(decodeText(bytes('\u2013', [0x92], '\ufeffx')).text).toBe('\u2013\u2019\ufeffx');
  });

  it('a file with no valid UTF-8 sequence at all is Windows-1252, as before', () => {
    expect(decodeText(bytes('Caf', [0xe9], ' ', [0x96], ' ', [0xa3], '5'))).toEqual({ text: 'Caf\u00e9 \u2013 \u00a35', encoding: 'windows-1252' });
  });

  it('dense UTF-8 closing quotes (E2 80 9D: 9D is a byte Windows-1252 leaves undefined) with one stray byte are text, not binary', () => {
    const quoted = '\u201cYes\u201d '.repeat(200);
    expect(decodeText(bytes(quoted, [0x92]))).toEqual({ text: `${quoted}\u2019`, encoding: 'utf-8+windows-1252' });
  });
});

interface Where {
  ruleId: string | null;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  message: string;
}

async function lintBytes(content: Uint8Array, name: string): Promise<Where[]> {
  const file = join(mkdtempSync(join(tmpdir(), 'policy-lint-enc-')), name);
  writeFileSync(file, content);
  const result = await new Linter({ date: AS_OF }).lintFile(file);
  return result.messages.map(({ ruleId, line, column, endLine, endColumn, message }: LintMessage) => ({ ruleId, line, column, endLine, endColumn, message }));
}

describe('positions in a mixed file and in a Windows-1252 file point at the original text', () => {
  // edwinstree-middle.md, line 210, cites "KCSIE ... September 2022" from column 210. The line is given a
  // UTF-8 prefix '£25 – ' (6 characters, 9 bytes) and its "school's" the Word apostrophe.
  const seed = readFileSync(join(SEEDS, 'edwinstree-middle.md'), 'utf8');
  const lines = seed.split('\n');
  const CITED = "KCSIE [guidance](#) 'DfE: Keeping Children Safe in Education' (All staff) September 2022";
  const PREFIX = '\u00a325 \u2013 ';
  const edited = [...lines.slice(0, 209), PREFIX + lines[209].replace("school's", 'school\u2019s'), ...lines.slice(210)].join('\n');
  const [before, after] = edited.split('school\u2019s');

  it('the seed as UTF-8, with one apostrophe as the stray byte 0x92', async () => {
    expect(lines[209].indexOf(CITED)).toBe(209);
    expect(lines[209].split("school's")).toHaveLength(2);
    const mixed = bytes(before, 'school', [0x92], 's', after);
    expect(decodeText(mixed)).toEqual({ text: edited, encoding: 'utf-8+windows-1252' });
    const findings = await lintBytes(mixed, 'mixed.md');
    expect(findings).toEqual(await lintBytes(bytes(edited), 'utf8.md'));
    const kcsie = findings.find((f) => f.ruleId === 'kcsie-current')!;
    // Column 216 (210 + the prefix's 6 characters), not 219 (its 9 bytes, or its mojibake 'Â£25 â€“ ').
    expect([kcsie.line, kcsie.column, kcsie.endLine, kcsie.endColumn]).toEqual([210, 216, 210, 216 + CITED.length]);
    const line = new TextDecoder().decode(mixed).split('\n')[kcsie.line - 1];
    expect([...line.replace('\ufffd', '\u2019')].slice(kcsie.column - 1, kcsie.endColumn! - 1).join('')).toBe(CITED);
    expect(findings.find((f) => f.ruleId === 'review-date-current')).toMatchObject({ line: 19, column: 9 });
  });

  it('the seed wholly in Windows-1252, with CRLF line ends', async () => {
    const cp1252 = iconv.encode(edited.replace(/\n/g, '\r\n'), 'windows-1252');
    expect(decodeText(cp1252)).toEqual({ text: edited, encoding: 'windows-1252' });
    const findings = await lintBytes(cp1252, 'cp1252.md');
    expect(findings).toEqual(await lintBytes(bytes(edited), 'utf8.md'));
    const kcsie = findings.find((f) => f.ruleId === 'kcsie-current')!;
    expect([kcsie.line, kcsie.column, kcsie.endColumn]).toEqual([210, 216, 216 + CITED.length]);
    // In the original bytes (one byte a character), that line from that column is the citation.
    const line = iconv.decode(cp1252, 'windows-1252').split('\r\n')[kcsie.line - 1];
    expect(line.slice(kcsie.column - 1, kcsie.endColumn! - 1)).toBe(CITED);
  });

  it('text extracted from a PDF (hartsfield-jmi-from-pdf.txt) with half its curly apostrophes as 0x92 reads and lints as the UTF-8 file', async () => {
    const text = readFileSync(join(SEEDS, 'hartsfield-jmi-from-pdf.txt'), 'utf8');
    const pieces = text.split('\u2019');
    expect(pieces.length).toBeGreaterThan(20);
    const mixed = bytes(...pieces.flatMap((piece, i) => (i === 0 ? [piece] : [i % 2 === 0 ? '\u2019' : [0x92], piece])));
    expect(decodeText(mixed)).toEqual({ text, encoding: 'utf-8+windows-1252' });
    const findings = await lintBytes(mixed, 'mixed.txt');
    expect(findings.length).toBeGreaterThan(2);
    expect(findings).toEqual(await lintBytes(bytes(text), 'utf8.txt'));
  });
});
