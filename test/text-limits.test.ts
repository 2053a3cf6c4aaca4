/**
 * Limits before remark-parse sees the text (issue 15): a text over the size cap, and inline Markdown
 * that makes micromark's time grow faster than the text, give one fatal finding quickly; real policy
 * text is unaffected. Also: micromark's EditMap is replaced by a linear one that builds the same tree.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { EditMap } from 'micromark-util-edit-map';
import { Linter } from '../src/linter.js';
import { loadString } from '../src/load/index.js';
import { checkInlineDelimiters, checkTextSize, DEFAULT_MAX_TEXT_MB, INLINE_LIMITS, linearEditMap, parseMarkdown, utf8Length } from '../src/parse.js';
import { cli } from './helpers/cli.js';
import { AS_OF, SEEDS } from './helpers/lint.js';

const lint = (text: string, options: { maxTextMb?: number } = {}, filePath = 'p.md') => new Linter({ date: AS_OF, ...options }).lintText(text, filePath).messages;

const seeds = readdirSync(SEEDS).map((f) => ({ name: f, text: readFileSync(join(SEEDS, f), 'utf8') }));

/** Pathological paragraphs, each past a limit; unguarded, remark-parse took 3-40+ s on each. */
const hostile: Record<string, string> = {
  'alternating * and _': Array.from({ length: 20_000 }, (_, i) => (i % 2 ? '_' : '*') + 'a').join(''),
  'mismatched *a_': '*a_ '.repeat(5_000),
  'emphasis closers a*': 'a* '.repeat(20_000),
  'nested brackets': `${'['.repeat(20_000)}a${']'.repeat(20_000)}`,
  'unclosed links [a](b': '[a](b'.repeat(20_000),
  'backtick runs of distinct lengths': Array.from({ length: 1_000 }, (_, i) => `e${'`'.repeat(i + 1)}`).join(''),
  'unclosed comments <!--': 'a <!-- '.repeat(5_000),
};

describe('inline delimiters past any policy', () => {
  for (const [name, paragraph] of Object.entries(hostile)) {
    it(`${name}: one fatal finding on the paragraph's line, quickly`, () => {
      const text = `# Policy\n\nA first paragraph.\n\n${paragraph}\n\nNext review: June 2028\n`;
      const start = performance.now();
      const messages = lint(text);
      expect(performance.now() - start).toBeLessThan(5000);
      expect(messages).toEqual([expect.objectContaining({ fatal: true, ruleId: null, line: 5, message: expect.stringMatching(/^Not checked: the paragraph at line 5 /) })]);
    });
  }

  it('backticks before a long paragraph: refused by how far the openers would search', () => {
    const paragraph = Array.from({ length: 50 }, (_, i) => `e${'`'.repeat(i + 1)}`).join('') + 'word '.repeat(40_000);
    expect(() => checkInlineDelimiters(paragraph)).toThrow(`50 runs of backticks (\`) in ${paragraph.length.toLocaleString('en-GB')} characters, more than the parser can search`);
  });

  it('many paragraphs each under the paragraph limit: the document limit', () => {
    const text = `${'*a_ '.repeat(200)}\n\n`.repeat(60);
    expect(() => checkInlineDelimiters(text)).toThrow(/paragraph at character \d+ of the text takes the document past the 20,000 runs of emphasis marks/);
  });

  it('counts per paragraph: a blank line starts the count again', () => {
    const under = `${'**b** '.repeat(INLINE_LIMITS.emphasis.paragraph / 2)}\n\n`;
    expect(() => checkInlineDelimiters(under.repeat(3))).not.toThrow();
    expect(() => checkInlineDelimiters(`${under.trimEnd()} *\n\n`)).toThrow(/more runs of emphasis marks \(\* or _\) than the 500/);
    // A run of marks is one delimiter: a form's blanks are not many.
    expect(() => checkInlineDelimiters(`Name: ${'_'.repeat(5000)} Date: ${'*'.repeat(5000)}\n`)).not.toThrow();
  });

  it('names the paragraph of a Word document (through the position map)', () => {
    const doc = loadString(`# Policy\n\nIntro.\n\n${'[a '.repeat(600)}\n`, 'x.md');
    const result = new Linter({ date: AS_OF }).lintDocument({ ...doc, format: 'docx' }, 'x.docx');
    expect(result.messages).toEqual([expect.objectContaining({ fatal: true, line: 5, message: expect.stringMatching(/^Not checked: paragraph 5 of the document has more link or image openers \(\[\) than the 500 /) })]);
  });
});

describe('text size cap', () => {
  const policy = seeds.find((s) => s.name.endsWith('.md'))!.text;
  // A policy with an appendix of distinct paragraphs (repeated lines would be read as running headers).
  let big = policy;
  for (let i = 1; big.length < 1.2 * 2 ** 20; i++) big += `\n\nParagraph ${i} of the appendix says how the school supports pupil ${i * 7919} and their carers.\n`;

  it('a text over the default cap gives one fatal finding with its size, the cap and how to raise it', () => {
    expect(DEFAULT_MAX_TEXT_MB).toBe(1);
    expect(loadString(big, 'p.md').markdown.length).toBeGreaterThan(2 ** 20);
    const messages = lint(big);
    expect(messages).toEqual([expect.objectContaining({ fatal: true, ruleId: null, line: 1, column: 1 })]);
    expect(messages[0].message).toMatch(/^Not checked: its text is 1\.\d MB, more than the 1 MB policy-lint reads from one document .* --max-text-mb N \(API option maxTextMb; 0: no limit\)$/);
  });

  it('the maxTextMb option raises and lowers the cap; 0 is no cap', () => {
    expect(lint(big, { maxTextMb: 2 }).some((m) => m.fatal)).toBe(false);
    expect(() => checkTextSize(big, 0)).not.toThrow();
    expect(lint(policy, { maxTextMb: 0.05 }).some((m) => m.fatal)).toBe(false);
    expect(lint(policy, { maxTextMb: 0.01 })).toEqual([expect.objectContaining({ fatal: true, message: expect.stringMatching(/more than the 0\.01 MB/) })]);
    expect(() => new Linter({ maxTextMb: -1 })).toThrow(/maxTextMb must be a number of megabytes/);
  });

  it('measures UTF-8 bytes, not characters', () => {
    expect(utf8Length('a£€😀')).toBe(1 + 2 + 3 + 4);
    expect(utf8Length('\ud800x')).toBe(4);
    const euros = '€'.repeat(400_000); // 400,000 characters, 1.14 MB
    expect(() => checkTextSize(euros, 1)).toThrow(/its text is 1\.1 MB/);
    expect(() => checkTextSize(euros, 1.2)).not.toThrow();
  });
});

describe('real policies are unaffected', () => {
  it('no seed, realworld or example text comes near a limit', () => {
    const dirs = ['fixtures/seeds', 'fixtures/realworld', 'fixtures/examples'].map((d) => join(process.cwd(), d));
    for (const dir of dirs) {
      for (const f of readdirSync(dir).filter((n) => /\.(md|txt)$/.test(n))) {
        const doc = loadString(readFileSync(join(dir, f), 'utf8'), f);
        expect(() => checkInlineDelimiters(doc.markdown)).not.toThrow();
        expect(() => checkTextSize(doc.markdown)).not.toThrow();
      }
    }
  });

  it('findings on the seeds are the same with no cap at all', () => {
    for (const { name, text } of seeds) {
      expect(lint(text, { maxTextMb: 0 }, name)).toEqual(lint(text, {}, name));
    }
  });
});

describe("micromark's edit map, made linear", () => {
  it('is installed, and builds the same tree as the original on the seeds and on nested containers', () => {
    expect(linearEditMap).toBe(true);
    const proto = EditMap.prototype as unknown as { consume: (events: unknown[]) => void };
    const linear = proto.consume;
    const texts = [...seeds.map((s) => s.text), '> a\nb\n\n- x\n  - y\nlazy\n\n1. one\n2. two\n\n> > q\n> - l\nm\n', 'a\n===\n\n- [x]\n\n  code\n'];
    // The original, as micromark-util-edit-map 1.0.0 ships it.
    const original = function consume(this: { map: [number, number, unknown[]][]; index: Map<number, unknown> }, events: unknown[]): void {
      this.map.sort((a, b) => a[0] - b[0]);
      if (this.map.length === 0) return;
      let index = this.map.length;
      const vecs: unknown[][] = [];
      while (index > 0) {
        index -= 1;
        vecs.push(events.slice(this.map[index][0] + this.map[index][1]), this.map[index][2]);
        events.length = this.map[index][0];
      }
      vecs.push(events.slice());
      events.length = 0;
      let slice = vecs.pop();
      while (slice) {
        for (const element of slice) events.push(element);
        slice = vecs.pop();
      }
      this.map.length = 0;
      this.index.clear();
    };
    try {
      for (const text of texts) {
        proto.consume = original;
        const expected = parseMarkdown(text);
        proto.consume = linear;
        expect(parseMarkdown(text)).toEqual(expected);
      }
    } finally {
      proto.consume = linear;
    }
  });

  it('parses many lists in linear time (6,000 lists, 0.3 MB: 57 s of CPU with the original, 2.6 s now)', () => {
    const text = '- item one of a list\n\nA paragraph between lists.\n\n'.repeat(6_000); // 0.3 MB
    const start = performance.now();
    parseMarkdown(text, { maxTextMb: 0 });
    expect(performance.now() - start).toBeLessThan(10_000);
  });
});

describe('CLI: --max-text-mb', () => {
  const seed = join(SEEDS, readdirSync(SEEDS).filter((f) => f.endsWith('.md'))[0]);

  it('a lower cap makes a seed one fatal finding that names the flag; 0 lifts it; files and --stdin alike', async () => {
    const capped = await cli([seed, '--date', AS_OF, '--max-text-mb', '0.01', '-f', 'json']);
    expect(capped.code).toBe(1);
    const [result] = JSON.parse(capped.stdout) as Array<{ messages: Array<{ message: string; fatal?: boolean }> }>;
    expect(result.messages).toHaveLength(1);
    expect(result.messages[0].fatal).toBe(true);
    expect(result.messages[0].message).toMatch(/more than the 0\.01 MB policy-lint reads from one document.*--max-text-mb N/);

    const unlimited = await cli([seed, '--date', AS_OF, '--max-text-mb', '0', '-f', 'json']);
    const [full] = JSON.parse(unlimited.stdout) as Array<{ messages: Array<{ fatal?: boolean }> }>;
    expect(full.messages.some((m) => m.fatal)).toBe(false);

    const stdin = await cli(['--stdin', '--date', AS_OF, '--max-text-mb', '0.01', '-f', 'json'], { stdin: () => readFileSync(seed, 'utf8') });
    expect(JSON.parse(stdin.stdout)[0].messages[0].message).toMatch(/more than the 0\.01 MB/);
  });

  it('a bad value is a usage error (exit 2, one line)', async () => {
    const bad = await cli([seed, '--max-text-mb=lots']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--max-text-mb expects a number of megabytes, 0 or more \(0: no limit\), not "lots"/);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('a text file far over the cap is refused before it is decoded', () => {
  it('loadBytes: more than four times the cap in bytes is one LoadError naming the file size; below that, the exact cap decides', async () => {
    const { loadBytes } = await import('../src/load/index.js');
    const big = new TextEncoder().encode(`# Policy\n\n${'Looked after children. '.repeat(50_000)}`); // ~1.1 MB
    await expect(loadBytes(big, 'big.md', { maxTextMb: 0.25 })).rejects.toThrow(/^not checked: the file is 1\.1 MB of text, far more than the 0\.25 MB policy-lint reads from one document .*--max-text-mb N/);
    await expect(loadBytes(big, 'big.md', { maxTextMb: 1 })).resolves.toEqual(expect.objectContaining({ format: 'markdown' }));
    await expect(loadBytes(big, 'big.md')).resolves.toEqual(expect.objectContaining({ format: 'markdown' }));
  });

  it('the Linter and lintFiles pass their cap to the loader (the file is refused without being decoded)', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { lintFiles } = await import('../src/index.js');
    const dir = mkdtempSync(join(tmpdir(), 'policy-lint-early-'));
    const file = join(dir, 'concatenated.md');
    writeFileSync(file, `# Policy\n\n${'Looked after children. '.repeat(50_000)}`);
    const [result] = await lintFiles([file], { date: AS_OF, maxTextMb: 0.25 });
    expect(result.messages).toEqual([expect.objectContaining({ fatal: true, message: expect.stringMatching(/^Not checked: the file is 1\.1 MB of text/) })]);
    const linted = await new Linter({ date: AS_OF, maxTextMb: 0.25 }).lintFile(file);
    expect(linted.messages[0].message).toMatch(/^Not checked: the file is 1\.1 MB of text/);
  });
});
