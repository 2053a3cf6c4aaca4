import stylish from '../../src/formatters/stylish.js';
import { ALL, CLEAN, DOCX, FATAL, MD, PDF, context } from './fixtures.js';

describe('stylish', () => {
  it('prints files, aligned rows, excerpts and a summary (no colour)', () => {
    const expected = [
      '',
      'policies/looked-after.md',
      '  12:5  error    Cites KCSIE 2022; the edition in force on 23 November 2026 is KCSIE 2025  kcsie-current',
      '                 “Keeping Children Safe in Education 2022”',
      '  40:1  warning  50% done, see: a                                                          review-date-current',
      '                 b,c',
      '                 “Review date: June 2026”',
      '',
      'policies/scan.pdf',
      '  p. 4 12:3  error  No designated teacher is named  designated-teacher-named',
      '                    “The designated teacher is ..........”',
      '',
      'policies/trust.docx',
      '  para 40:1  warning  Does not say how parents are told of a suspension  suspension-methods-listed',
      '',
      'policies/broken.pdf',
      '    error  Could not read this PDF: it is encrypted',
      '',
      '✖ 5 problems (3 errors, 2 warnings)',
      '',
    ].join('\n');
    expect(stylish(ALL, context())).toBe(expected);
  });

  it('has no ANSI codes without colour, and colours when asked', () => {
    // eslint-disable-next-line no-control-regex
    const ansi = /\u001b\[\d+m/;
    expect(stylish(ALL, context())).not.toMatch(ansi);
    const coloured = stylish(ALL, context({ color: true }));
    expect(coloured).toMatch(ansi);
    expect(coloured).toContain('\u001b[4mpolicies/looked-after.md\u001b[24m'); // underlined path
    expect(coloured).toContain('\u001b[31merror\u001b[39m');
    expect(coloured).toContain('\u001b[33mwarning\u001b[39m');
    expect(coloured).toContain('\u001b[31m\u001b[1m✖ 5 problems (3 errors, 2 warnings)');
    // eslint-disable-next-line no-control-regex
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(stylish(ALL, context()));
  });

  it('prints nothing when there are no problems', () => {
    expect(stylish([CLEAN], context())).toBe('');
    expect(stylish([], context())).toBe('');
  });

  it('summary colour and wording for warnings only', () => {
    const out = stylish([DOCX], context({ color: true }));
    expect(out).toContain('\u001b[33m\u001b[1m✖ 1 problem (0 errors, 1 warning)');
  });

  it('shows page and paragraph positions, and the path relative to cwd', () => {
    const out = stylish([PDF, DOCX, FATAL, MD], context());
    expect(out).toMatch(/^ {2}p\. 4 12:3 {2}error/m);
    expect(out).toMatch(/^ {2}para 40:1 {2}warning/m);
    expect(out).not.toContain(context().cwd);
  });
});

describe('stylish with a long message', () => {
  it('lines rules up after ordinary messages; a long one keeps its rule beside it', () => {
    const long = `${'x'.repeat(150)}.`;
    const out = stylish([{ ...MD, messages: [MD.messages[0], { ...MD.messages[0], line: 13, message: long }] }], context());
    expect(out.split('\n').slice(2, 5)).toEqual([
      '  12:5  error  Cites KCSIE 2022; the edition in force on 23 November 2026 is KCSIE 2025  kcsie-current',
      '               “Keeping Children Safe in Education 2022”',
      `  13:5  error  ${'x'.repeat(150)}  kcsie-current`,
    ]);
  });
});
