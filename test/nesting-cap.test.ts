/**
 * A text nested deeper than any policy is refused before remark-parse sees it (its time grows faster
 * than the text with nesting): one fatal finding that says how deep, in well under a second.
 */
import { Linter } from '../src/linter.js';
import { checkNesting, MAX_INDENT_COLUMNS, MAX_QUOTE_DEPTH } from '../src/parse.js';
import { AS_OF } from './helpers/lint.js';

// No text size cap here: these texts are over 1 MB, and what is tested is the nesting cap.
const lint = (text: string, filePath = 'p.md') => new Linter({ date: AS_OF, maxTextMb: 0 }).lintText(text, filePath).messages;

describe('nesting cap before parsing', () => {
  it('2,000 lines each quoted one level deeper: one fatal finding, fast', () => {
    let text = '';
    for (let i = 0; i < 2000; i++) text += `${'>'.repeat(i + 1)} line\n`;
    const start = performance.now();
    const messages = lint(text);
    expect(performance.now() - start).toBeLessThan(5000); // unguarded, remark-parse takes about 40 s
    expect(messages).toEqual([
      expect.objectContaining({ fatal: true, ruleId: null, message: expect.stringMatching(/nests quotations 51 levels deep/) }),
    ]);
  });

  it('3,000 lines each indented one level deeper: one fatal finding', () => {
    let text = '';
    for (let i = 0; i < 3000; i++) text += `${' '.repeat(2 * i)}- item\n`;
    expect(lint(text).map((m) => [m.fatal, m.message.slice(0, 30)])).toEqual([[true, 'A line is indented 202 columns']]);
  });

  it('allows what real policies do: quotes and lists a few levels deep, blank lines of spaces', () => {
    expect(() => checkNesting(`${'>'.repeat(MAX_QUOTE_DEPTH)} deep but allowed\n${' '.repeat(MAX_INDENT_COLUMNS)}- item\n${' '.repeat(500)}\n`)).not.toThrow();
    expect(lint('# Policy\n\n> > quoted\n\n- a\n  - b\n    - c\n\nNext review: June 2028\n')).toEqual([]);
  });
});

describe('list markers opened on one line', () => {
  it('10,000 markers before the text of one line ("- - - … item"): one fatal finding, quickly', () => {
    const started = Date.now();
    const messages = lint(`# Policy\n\n${'- '.repeat(10_000)}item\n`);
    expect(messages.map((m) => [m.fatal, m.message])).toEqual([
      [true, expect.stringMatching(/^A line opens 10000 lists and quotations nested one inside another, more than any policy \(policy-lint reads up to 50\)/)],
    ]);
    expect(Date.now() - started).toBeLessThan(5_000); // 100 s before the guard
  });

  it('counts ordered markers and quotes mixed in ("1. > - …")', () => {
    expect(() => checkNesting(`${'1. > - '.repeat(20)}item\n`)).toThrow(/a line opens 60 lists and quotations/);
    expect(() => checkNesting(`${'1) + * '.repeat(17)}item\n`)).toThrow(/a line opens 51 lists/);
  });

  it('allows what real text does: a few markers, a rule of spaced dashes, long gaps after a bullet, years that look like markers', () => {
    expect(() => checkNesting(`- - - item\n${'- '.repeat(300)}\n* * * * *\n-${' '.repeat(300)}Jo Gant\n2019. A year, then 2020. another\n`)).not.toThrow();
    expect(() => checkNesting(`${'- '.repeat(MAX_QUOTE_DEPTH)}deep but allowed\n`)).not.toThrow();
  });
});
