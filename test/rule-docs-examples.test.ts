/**
 * Every example in every rule's docs (rules/ID.md) runs here, as ESLint's and remark-lint's do
 * (issue 11, part 3). The convention, also in the README ("Writing rules"):
 *
 * - An example is a fenced block whose info string is a language, then `reported` or `not-reported`,
 *   then what the example needs, as key=value words (no spaces inside a value):
 *
 *       ```markdown reported date=2026-11-23 kind=looked-after options={"dueSoonDays":60}
 *
 *   - the language says how the example is read: `markdown` (a .md policy), `text` (a .txt policy: text
 *     as extracted from a PDF or Word file) or `docx` (a Word document that the test builds from the
 *     block: one line, one paragraph; CriticMarkup `{++inserted++}`, `{--deleted--}` and
 *     `{==text==}{>>comment<<}` become a tracked insertion, a tracked deletion and a comment);
 *   - `date=YYYY-MM-DD` the as-of date (required for a rule that reads the date, `meta.usesDate`;
 *     otherwise 2026-11-23); `kind=KIND` the policy kind (`--kind`), when the example needs one;
 *     `options=JSON` the rule's options.
 * - A `reported` example is followed (blank lines between at most) by a ```` ```text findings ```` block
 *   listing what the rule reports, one finding a line, in order: `line:column severity messageId`
 *   (`2:1 error blank`). A `not-reported` example has no findings block: the rule must report nothing.
 * - Each example is linted with its rule alone switched on, at its default severity, and its findings
 *   must be exactly the listed ones. Every rule doc needs at least one reported and one not-reported
 *   example, and every `markdown`, `text` or `docx` block in a rule doc must be an example or findings.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Code, Nodes } from 'mdast';
import { CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, InsertedTextRun, Paragraph, TextRun, type ParagraphChild } from 'docx';
import { builtinRules } from '../rules/index.js';
import { Linter } from '../src/linter.js';
import { loadBytes } from '../src/load/index.js';
import { referenceFromMarkdown } from '../src/compare/reference.js';
import type { LintMessage, PolicyKind, RuleSetting } from '../src/types.js';
import { makeDocx } from './helpers/make-docx.js';
import { AS_OF, ROOT, only } from './helpers/lint.js';

const RULES_DIR = join(ROOT, 'rules');
const LANGUAGES = { markdown: 'policy.md', text: 'policy.txt', docx: 'policy.docx' } as const;
type Language = keyof typeof LANGUAGES;

interface Example {
  ruleId: string;
  /** Where the example starts in its doc, for the test's name. */
  line: number;
  language: Language;
  reported: boolean;
  date?: string;
  kind?: PolicyKind;
  options?: Record<string, unknown>;
  /** The model policy the example is compared with (--model), a path from the repository's root. */
  model?: string;
  text: string;
  /** `line:column severity messageId`, one per finding. */
  expected: string[];
}

function codeBlocks(node: Nodes, out: Code[] = []): Code[] {
  if (node.type === 'code') out.push(node);
  if ('children' in node) for (const child of node.children) codeBlocks(child as Nodes, out);
  return out;
}

/** The examples of one rule doc; throws on a block that breaks the convention. */
function examplesOf(ruleId: string, markdown: string): Example[] {
  const lines = markdown.split('\n');
  const blocks = codeBlocks(fromMarkdown(markdown));
  const examples: Example[] = [];
  const where = (block: Code): string => `rules/${ruleId}.md:${block.position!.start.line}`;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    const words = (block.meta ?? '').split(/\s+/).filter(Boolean);
    const lang = block.lang ?? '';
    const isFindings = words[0] === 'findings';
    const marker = words[0] === 'reported' || words[0] === 'not-reported' ? words[0] : undefined;
    if (!marker) {
      if (isFindings) throw new Error(`${where(block)}: a findings block that follows no reported example`);
      if (lang in LANGUAGES) throw new Error(`${where(block)}: a ${lang} block that is neither "reported" nor "not-reported" (see the convention in test/rule-docs-examples.test.ts)`);
      continue;
    }
    if (!(lang in LANGUAGES)) throw new Error(`${where(block)}: an example's language must be markdown, text or docx, not ${JSON.stringify(lang)}`);
    const example: Example = { ruleId, line: block.position!.start.line, language: lang as Language, reported: marker === 'reported', text: block.value, expected: [] };
    for (const word of words.slice(1)) {
      const eq = word.indexOf('=');
      const key = word.slice(0, eq);
      const value = word.slice(eq + 1);
      if (key === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) example.date = value;
      else if (key === 'kind') example.kind = value as PolicyKind;
      else if (key === 'options') example.options = JSON.parse(value) as Record<string, unknown>;
      else if (key === 'model' && /^fixtures\/models\/[\w.-]+\.md$/.test(value)) example.model = value;
      else throw new Error(`${where(block)}: unknown word ${JSON.stringify(word)} in the info string`);
    }
    const next = blocks[i + 1];
    const nextIsFindings = next !== undefined && (next.meta ?? '').trim() === 'findings';
    const between = nextIsFindings ? lines.slice(block.position!.end.line, next.position!.start.line - 1) : [];
    if (example.reported) {
      if (!nextIsFindings || next.lang !== 'text' || between.some((l) => l.trim() !== '')) {
        throw new Error(`${where(block)}: a reported example must be followed directly by a \`\`\`text findings block`);
      }
      example.expected = next.value.split('\n').map((l) => l.trim()).filter(Boolean);
      if (example.expected.length === 0) throw new Error(`${where(next)}: an empty findings block (a not-reported example has none)`);
      for (const f of example.expected) {
        if (!/^\d+:\d+ (?:error|warning) [a-z][a-z0-9-]*$/.test(f)) throw new Error(`${where(next)}: a finding is "line:column severity messageId", not ${JSON.stringify(f)}`);
      }
      i++;
    } else if (nextIsFindings && between.every((l) => l.trim() === '')) {
      throw new Error(`${where(block)}: a not-reported example has no findings block`);
    }
    examples.push(example);
  }
  return examples;
}

/** A Word document from an example's lines: one paragraph each, CriticMarkup for revisions and comments. */
async function docxOf(text: string): Promise<Uint8Array> {
  const comments: { id: number; author: string; text: string }[] = [];
  let revision = 1;
  const paragraphs = text.split('\n').map((line) => {
    const children: ParagraphChild[] = [];
    const markup = /\{\+\+(.*?)\+\+\}|\{--(.*?)--\}|\{==(.*?)==\}\{>>(.*?)<<\}/g;
    let at = 0;
    for (let m = markup.exec(line); m; m = markup.exec(line)) {
      if (m.index > at) children.push(new TextRun(line.slice(at, m.index)));
      const date = '2026-11-01T10:00:00Z';
      if (m[1] !== undefined) children.push(new InsertedTextRun({ id: revision++, author: 'Head', date, text: m[1] }));
      else if (m[2] !== undefined) children.push(new DeletedTextRun({ id: revision++, author: 'Head', date, text: m[2] }));
      else {
        const id = comments.length;
        comments.push({ id, author: 'Governor', text: m[4] });
        children.push(new CommentRangeStart(id), new TextRun(m[3]), new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] }));
      }
      at = m.index + m[0].length;
    }
    if (at < line.length) children.push(new TextRun(line.slice(at)));
    return new Paragraph({ children });
  });
  return makeDocx(paragraphs, { bare: true, comments: comments.length > 0 ? comments : undefined });
}

async function lintExample(example: Example): Promise<LintMessage[]> {
  const rule = builtinRules.find((r) => r.meta.id === example.ruleId)!;
  const setting: RuleSetting = example.options ? [rule.meta.defaultSeverity, example.options] : rule.meta.defaultSeverity;
  const reference = example.model ? referenceFromMarkdown(readFileSync(join(ROOT, example.model), 'utf8'), example.model) : undefined;
  const linter = new Linter({ rules: only(example.ruleId, setting), date: example.date ?? AS_OF, kind: example.kind, reference });
  const filePath = LANGUAGES[example.language];
  if (example.language === 'docx') return linter.lintDocument(await loadBytes(await docxOf(example.text), filePath), filePath).messages;
  return linter.lintText(example.text, filePath).messages;
}

const show = (m: LintMessage): string => `${m.line}:${m.column} ${m.severity === 2 ? 'error' : 'warning'} ${m.messageId ?? '(no messageId)'}`;

const docs = readdirSync(RULES_DIR)
  .filter((f) => f.endsWith('.md'))
  .map((f) => f.slice(0, -3))
  .sort();

describe('rule docs examples', () => {
  it('every built-in rule has a doc, and every doc is a built-in rule’s', () => {
    expect(docs).toEqual(builtinRules.map((r) => r.meta.id).sort());
  });

  describe.each(docs)('rules/%s.md', (ruleId) => {
    const rule = builtinRules.find((r) => r.meta.id === ruleId)!;
    let examples: Example[] = [];
    let broken: string | undefined;
    try {
      examples = examplesOf(ruleId, readFileSync(join(RULES_DIR, `${ruleId}.md`), 'utf8'));
    } catch (error) {
      broken = (error as Error).message;
    }

    it('follows the examples convention', () => {
      expect(broken).toBeUndefined();
    });

    it('has at least one reported and one not-reported example', () => {
      expect(examples.filter((e) => e.reported).length).toBeGreaterThan(0);
      expect(examples.filter((e) => !e.reported).length).toBeGreaterThan(0);
    });

    if (rule.meta.usesDate) {
      it('gives every example its as-of date (the rule reads it)', () => {
        expect(examples.filter((e) => e.date === undefined).map((e) => e.line)).toEqual([]);
      });
    }

    const cases = examples.map((e) => [`line ${e.line}: ${e.reported ? 'reported' : 'not reported'}${e.date ? ` as of ${e.date}` : ''}`, e] as const);
    if (cases.length > 0) {
      it.each(cases)('%s', async (_name, example) => {
        expect((await lintExample(example)).map(show)).toEqual(example.expected);
      });
    }
  });
});

describe('the examples convention', () => {
  const doc = (body: string): string => `# x\n\n${body}\n`;

  it('reads an example, its words and its findings', () => {
    const [ex] = examplesOf('x', doc('```markdown reported date=2026-11-23 kind=looked-after options={"a":1}\nReview: June 2026\n```\n\n```text findings\n1:9 error passed\n```'));
    expect(ex).toMatchObject({ language: 'markdown', reported: true, date: '2026-11-23', kind: 'looked-after', options: { a: 1 }, text: 'Review: June 2026', expected: ['1:9 error passed'] });
  });

  it('rejects a reported example without findings, findings after a not-reported one, an unmarked policy block and unknown words', () => {
    expect(() => examplesOf('x', doc('```markdown reported\nA\n```'))).toThrow(/followed directly by a ```text findings block/);
    expect(() => examplesOf('x', doc('```markdown not-reported\nA\n```\n\n```text findings\n1:1 error x\n```'))).toThrow(/has no findings block/);
    expect(() => examplesOf('x', doc('```text\nA\n```'))).toThrow(/neither "reported" nor "not-reported"/);
    expect(() => examplesOf('x', doc('```markdown reported when=today\nA\n```'))).toThrow(/unknown word/);
    expect(() => examplesOf('x', doc('```markdown reported\nA\n```\n\n```text findings\n1:1 passed\n```'))).toThrow(/line:column severity messageId/);
    expect(examplesOf('x', doc('```sh\npolicy-lint x.md\n```'))).toEqual([]);
  });
});
