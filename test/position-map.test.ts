import { MappedTextBuilder, PositionMap, TextLocator } from '../src/load/position-map.js';
import { decodeText } from '../src/load/decode.js';

describe('MappedTextBuilder / PositionMap', () => {
  it('maps copied text character for character and inserted text to its anchor', () => {
    const original = 'line one\nline two\n';
    const b = new MappedTextBuilder(original);
    b.insert('- ', 0).copy(0, 8).insert(' ', 8).copy(9, 17);
    const { text, map } = b.build();
    expect(text).toBe('- line one line two');
    expect(map.toOriginal(0)).toBe(0); // inserted marker -> anchor
    expect(map.toOriginal(2)).toBe(0); // 'l' of line one
    expect(map.toOriginal(10)).toBe(8); // joining space -> the newline it replaced
    expect(map.toOriginal(11)).toBe(9); // 'l' of line two
    expect(map.toOriginal(16)).toBe(14);
    const loc = new TextLocator(original);
    expect(loc.locate(map.toOriginal(11))).toEqual({ line: 2, column: 1 });
    expect(loc.locate(map.toOriginal(16))).toEqual({ line: 2, column: 6 });
  });

  it('identity map leaves offsets alone', () => {
    expect(PositionMap.identity(10).toOriginal(7)).toBe(7);
  });
});

describe('decodeText', () => {
  it('strips a UTF-8 BOM and folds CRLF', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('a\r\nb\rc')]);
    expect(decodeText(bytes)).toEqual({ text: 'a\nb\nc', encoding: 'utf-8' });
  });
  it('reads Windows-1252 when the bytes are not UTF-8', () => {
    // “Keeping” – curly quotes and an en dash as Word's "Save as text" writes them.
    const bytes = new Uint8Array([0x93, 0x4b, 0x94, 0x20, 0x96]);
    expect(decodeText(bytes)).toEqual({ text: '\u201cK\u201d \u2013', encoding: 'windows-1252' });
  });
  it('rejects binary content', () => {
    expect(() => decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toThrow(/binary/);
  });
});
