/**
 * --annotate for Word: the reviewed copy has one comment per finding, on the words the finding is about,
 * authored as asked; the school's own comments and tracked changes stay; every other part is unchanged;
 * the document reads the same (mammoth, an independent reader, and the Word loader).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, InsertedTextRun, Paragraph, TextRun } from 'docx';
import { bodyUnits } from '../../src/load/docx-units.js';
import { reviewedBytes } from '../../src/annotate/index.js';
import { loadDocx } from '../../src/load/docx.js';
import { Linter } from '../../src/linter.js';
import type { LintResult } from '../../src/types.js';
import { makeDocx } from '../helpers/make-docx.js';
import { ROOT } from '../helpers/lint.js';

const AS_OF = '2026-11-23';
const CORPUS = join(ROOT, '..', 'shared', 'corpus');

async function lintAndReview(bytes: Uint8Array, author?: string): Promise<{ result: LintResult; reviewed: Uint8Array }> {
  const linter = new Linter({ date: AS_OF });
  const result = await linter.lintBytes(bytes, 'policy.docx');
  const reviewed = await reviewedBytes(result, { asOf: AS_OF, rulesMeta: linter.rulesMeta, author }, bytes);
  return { result, reviewed };
}

/** Each comment: its author, its text, and the document text its range covers. */
async function comments(bytes: Uint8Array): Promise<Array<{ id: string; author: string; text: string; anchored: string }>> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/document.xml')!.async('string')) ?? '';
  const commentsXml = (await zip.file('word/comments.xml')?.async('string')) ?? '';
  return [...commentsXml.matchAll(/<w:comment\b([^>]*)>([\s\S]*?)<\/w:comment>/g)].map((m) => {
    const id = /w:id="(\d+)"/.exec(m[1])![1];
    const author = /w:author="([^"]*)"/.exec(m[1])![1];
    const text = [...m[2].matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('\n');
    const start = xml.indexOf(`<w:commentRangeStart w:id="${id}"/>`);
    const end = xml.indexOf(`<w:commentRangeEnd w:id="${id}"/>`);
    const anchored = start >= 0 && end > start ? [...xml.slice(start, end).matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('') : '';
    return { id, author, text, anchored };
  });
}

async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) if (!zip.files[name].dir) out.set(name, Buffer.from(await zip.files[name].async('uint8array')).toString('base64'));
  return out;
}

describe('--annotate: a reviewed Word document', () => {
  it('puts each finding in a comment on its words, keeps the school\'s comments and tracked changes, and changes no other part', async () => {
    const bytes = await makeDocx(
      [
        new Paragraph('Children Looked After Policy'),
        new Paragraph({ children: [new TextRun('Designated Teacher: '), new TextRun('..........')] }),
        new Paragraph({ children: [new TextRun('We follow '), new TextRun('Keeping Children Safe in Education 2023'), new TextRun(' in full.')] }),
        new Paragraph({
          children: [new TextRun('Next review: '), new DeletedTextRun({ id: 1, author: 'Head', date: '2024-01-15T10:00:00Z', text: 'June 2027' }), new InsertedTextRun({ id: 2, author: 'Head', date: '2024-01-15T10:00:00Z', text: 'June 2026' })],
        }),
        new Paragraph({ children: [new CommentRangeStart(0), new TextRun('Approved by governors.'), new CommentRangeEnd(0), new TextRun({ children: [new CommentReference(0)] })] }),
      ],
      { comments: [{ id: 0, author: 'Governor', text: 'Is this still right?' }] },
    );
    const { result, reviewed } = await lintAndReview(bytes, 'A. Adviser');
    const ids = result.messages.map((m) => `${m.ruleId}@${m.line}`);
    expect(ids).toEqual(expect.arrayContaining(['designated-teacher-named@2', 'kcsie-current@3', 'review-date-current@4', 'docx-tracked-changes@4']));
    const found = await comments(reviewed);
    // The school's comment first, untouched; then one per finding, by the adviser.
    expect(found[0]).toMatchObject({ author: 'Governor', text: 'Is this still right?', anchored: 'Approved by governors.' });
    const ours = found.slice(1);
    expect(ours).toHaveLength(result.messages.length);
    for (const c of ours) expect(c.author).toBe('A. Adviser');
    const byRule = (rule: string) => ours[result.messages.findIndex((m) => m.ruleId === rule)];
    expect(byRule('kcsie-current').anchored).toBe('Keeping Children Safe in Education 2023');
    expect(byRule('kcsie-current').text).toMatch(/^Error: Current KCSIE cited \(kcsie-current\)\nCites KCSIE 2023; .*\nWhat to do: Update the reference to KCSIE 2023 to KCSIE 2026.*\nGuidance: Keeping children safe in education.*https:\/\/www\.gov\.uk\//s);
    expect(byRule('designated-teacher-named').anchored).toBe('..........');
    // A paragraph with a tracked change: the note covers the whole paragraph (deleted text included in the XML).
    expect(byRule('review-date-current').anchored).toContain('June 2026');
    // Every other part is as it was; the tracked changes are still there.
    const before = await parts(bytes);
    const after = await parts(reviewed);
    for (const [name, content] of before) {
      if (['word/document.xml', 'word/comments.xml'].includes(name)) continue;
      expect([name, after.get(name)]).toEqual([name, content]);
    }
    const xml = await (await JSZip.loadAsync(reviewed)).file('word/document.xml')!.async('string');
    expect(xml).toContain('<w:del ');
    expect(xml).toContain('<w:ins ');
    // The text reads the same to mammoth and to the Word loader.
    const text = async (b: Uint8Array) => (await mammoth.extractRawText({ buffer: Buffer.from(b) })).value;
    expect(await text(reviewed)).toBe(await text(bytes));
    expect((await loadDocx(reviewed)).original).toBe((await loadDocx(bytes)).original);
  });

  it('adds comments.xml, its relationship and content type to a document that had no comments; a whole-document finding goes on the title', async () => {
    const bytes = await makeDocx([new Paragraph('Children Looked After Policy'), new Paragraph('We support looked after children.')]);
    const { result, reviewed } = await lintAndReview(bytes);
    expect(result.messages.map((m) => m.messageId)).toContain('missing');
    const zip = await JSZip.loadAsync(reviewed);
    expect(await zip.file('[Content_Types].xml')!.async('string')).toContain('PartName="/word/comments.xml"');
    expect(await zip.file('word/_rels/document.xml.rels')!.async('string')).toMatch(/Type="[^"]*\/comments" Target="comments.xml"/);
    const found = await comments(reviewed);
    expect(found.map((c) => c.author)).toEqual(result.messages.map(() => 'policy-lint'));
    const whole = found[result.messages.findIndex((m) => m.ruleId === 'review-date-current')];
    expect(whole.anchored).toBe('Children Looked After Policy');
    expect((await loadDocx(reviewed)).revisions?.comments).toBe(result.messages.length);
  });
});

describe('the body lines the annotator counts are the loader\'s', () => {
  const files = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith('.docx')) : [];
  it.each(files)('%s', async (name) => {
    const bytes = new Uint8Array(readFileSync(join(CORPUS, name)));
    const zip = await JSZip.loadAsync(bytes);
    const units = bodyUnits(await zip.file('word/document.xml')!.async('string'));
    expect(units.length).toBe((await loadDocx(bytes)).original.split('\n').length);
  });
});
