/**
 * --model on a model built for the purpose (a .docx) and copies with planted changes, as Word, PDF and
 * text: every planted change found at its place, nothing for the cosmetic ones (filled blanks, the
 * school's name and dates, renumbered or renamed headings, rewrapped paragraphs, PDF line breaks).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HeadingLevel, Paragraph } from 'docx';
import { builtinRules } from '../../rules/index.js';
import { loadReference } from '../../src/compare/reference.js';
import { Linter } from '../../src/linter.js';
import type { LintMessage } from '../../src/types.js';
import { makeDocx } from '../helpers/make-docx.js';
import { column, makePdf } from '../helpers/make-pdf.js';
import { MODEL } from '../helpers/model-policy.js';

/** The model (test/helpers/model-policy.ts): headings start with "# " or "## "; every other line is a paragraph. */
const fill = (line: string) => line.replace(/\[School name\]/g, 'Oakfield Primary School').replace('..........', 'Mrs Jo Gant').replace('[date]', '12 March 2026');

async function docxOf(lines: string[]): Promise<Uint8Array> {
  return makeDocx(
    lines.map((l) =>
      l.startsWith('## ') ? new Paragraph({ text: l.slice(3), heading: HeadingLevel.HEADING_2 }) : l.startsWith('# ') ? new Paragraph({ text: l.slice(2), heading: HeadingLevel.HEADING_1 }) : new Paragraph(l),
    ),
    { bare: true },
  );
}

/** A PDF with each paragraph wrapped at about 70 characters (as a PDF's lines are). */
async function pdfOf(lines: string[]): Promise<Uint8Array> {
  const wrapped: string[] = [];
  for (const l of lines) {
    const words = l.replace(/^#+ /, '').split(' ');
    let line = '';
    let first = true;
    for (const w of words) {
      if (line && line.length + w.length > 70) {
        wrapped.push(`${first ? '\n' : ''}${line}`);
        first = false;
        line = w;
      } else line = line ? `${line} ${w}` : w;
    }
    wrapped.push(`${first ? '\n' : ''}${line}`);
  }
  return makePdf([{ texts: column(wrapped.slice(0, 45), 72, 740) }, ...(wrapped.length > 45 ? [{ texts: column(wrapped.slice(45), 72, 740) }] : [])]);
}

const dir = mkdtempSync(join(tmpdir(), 'policy-lint-model-'));
writeFileSync(join(dir, 'model.docx'), await docxOf(MODEL));
const { reference } = await loadReference(join(dir, 'model.docx'));
const MODEL_RULES = ['model-section-missing', 'model-text-changed', 'model-instructions-left', 'model-blank-unfilled'];

async function compare(bytes: Uint8Array, name: string): Promise<LintMessage[]> {
  const rules = Object.fromEntries(builtinRules.map((r) => [r.meta.id, MODEL_RULES.includes(r.meta.id) ? 'error' : 'off'] as const));
  const result = await new Linter({ rules, date: '2026-11-23', reference }).lintBytes(bytes, name);
  return result.messages;
}

const show = (messages: LintMessage[]) => messages.map((m) => `${m.ruleId}/${m.messageId}@${m.line}${m.page ? `p${m.page}` : ''}`);

describe('--model: planted changes in copies of a model (.docx)', () => {
  it('reads the model once: its sections, and its note to schools', () => {
    expect(reference.sections.map((s) => s.title)).toEqual(expect.arrayContaining(['1. The designated teacher', '3. Suspensions and exclusions', '5. Review']));
    expect(reference.paragraphs.filter((p) => p.instruction).map((p) => p.text)).toEqual([MODEL[1]]);
  });

  it('a faithful copy (blanks filled, the note removed, headings renumbered and renamed) reports nothing', async () => {
    const copy = MODEL.filter((_, i) => i !== 1)
      .map(fill)
      .map((l) => l.replace('## 1. The designated teacher', '## 2. Our designated teacher').replace(/^## (\d)\./, (_, n) => `## ${Number(n) + 1}.`));
    expect(show(await compare(await docxOf(copy), 'copy.docx'))).toEqual([]);
    // The same, wrapped into PDF lines, and as extracted text with its line breaks.
    expect(show(await compare(await pdfOf(copy), 'copy.pdf'))).toEqual([]);
    const text = copy.map((l) => l.replace(/^#+ /, '')).flatMap((l) => l.match(/.{1,60}(?:\s|$)/g)!.map((s) => s.trim()).concat('')).join('\n');
    expect(show(await compare(new TextEncoder().encode(text), 'copy.txt'))).toEqual([]);
  });

  it('a deleted section (Word): one finding, where the section was, and no finding per paragraph', async () => {
    const copy = MODEL.filter((_, i) => i !== 1 && (i < 8 || i > 10)).map(fill);
    const messages = await compare(await docxOf(copy), 'copy.docx');
    expect(show(messages)).toEqual(['model-section-missing/missing@7']);
    expect(messages[0].message).toBe('The model\'s section "3. Suspensions and exclusions" is not in this copy.');
  });

  it('a reworded duty and a blank left blank (text): each at its line, with the word difference', async () => {
    const copy = MODEL.filter((_, i) => i !== 1).map((l) => (l.includes('..........') ? l.replace('[School name]', 'Oakfield Primary School') : fill(l))).map((l) => l.replace('must attend the training', 'may attend training'));
    const text = copy.map((l) => l.replace(/^#+ /, '')).join('\n\n');
    const messages = await compare(new TextEncoder().encode(text), 'copy.txt');
    expect(show(messages)).toEqual(['model-blank-unfilled/blank@5', 'model-text-changed/changed@7']);
    expect(messages[1].message).toBe('This paragraph differs from the model\'s: the designated teacher [-must-] {+may+} attend [-the-] training provided by the …');
    expect(messages[1].data?.parts).toEqual(expect.arrayContaining([{ kind: 'removed', text: 'must' }, { kind: 'added', text: 'may' }]));
    const blankLine = text.split('\n')[4];
    expect(messages[0]).toMatchObject({ column: blankLine.indexOf('..........') + 1, excerpt: expect.stringContaining('..........') });
  });

  it('the model\'s note left in (PDF): at its page and line', async () => {
    const messages = await compare(await pdfOf(MODEL.map(fill)), 'copy.pdf');
    expect(show(messages)).toEqual(['model-instructions-left/left@2p1']);
  });

  it('a copy of another policy: one finding that it is not based on the model', async () => {
    const other = ['# Attendance policy', ...Array.from({ length: 12 }, (_, i) => `Pupils are expected to attend every day; absence ${i + 1} is recorded by the office and followed up with parents on the first morning.`)];
    expect(show(await compare(await docxOf(other), 'other.docx'))).toEqual(['model-section-missing/unrelated@1']);
  });
});
