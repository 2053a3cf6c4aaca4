/**
 * --annotate for PDF: per finding, a sticky note beside the line and a highlight over the finding's
 * words, on the right page, with the note's text; the pages' text is unchanged; read back with pdf.js
 * (an independent reader of what pdf-lib wrote).
 */
import { getDocumentProxy } from 'unpdf';
import { reviewedBytes } from '../../src/annotate/index.js';
import { Linter } from '../../src/linter.js';
import { makePdf, PAGE_HEIGHT } from '../helpers/make-pdf.js';

const AS_OF = '2026-11-23';

interface Note {
  page: number;
  subtype: string;
  rect: number[];
  contents: string;
  author: string;
}

async function read(bytes: Uint8Array): Promise<{ notes: Note[]; text: string[] }> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false, disableFontFace: true });
  const notes: Note[] = [];
  const text: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    text.push((await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('|'));
    for (const a of (await page.getAnnotations()) as Array<{ subtype: string; rect: number[]; contentsObj?: { str: string }; titleObj?: { str: string } }>) {
      if (a.subtype === 'Link') continue;
      notes.push({ page: n, subtype: a.subtype, rect: a.rect, contents: a.contentsObj?.str ?? '', author: a.titleObj?.str ?? '' });
    }
  }
  await pdf.destroy();
  return { notes, text };
}

describe('--annotate: a reviewed PDF', () => {
  it('a note and a highlight per finding on its page and line, with the finding in words; the text is unchanged', async () => {
    const bytes = await makePdf([
      {
        texts: [
          { text: 'Children Looked After Policy', x: 72, y: 720, size: 16, bold: true },
          { text: 'The designated teacher is Jo Gant, who leads on the education of looked after children.', x: 72, y: 690 },
          ...Array.from({ length: 8 }, (_, i) => ({ text: `We support every child in care to make progress, paragraph ${i + 1} of our promise to them.`, x: 72, y: 660 - i * 16 })),
        ],
      },
      {
        texts: [
          { text: 'Safeguarding follows Keeping Children Safe in Education 2023 in full.', x: 72, y: 700 },
          { text: 'Approved: October 2024', x: 72, y: 680 },
          { text: 'Next review: October 2025', x: 72, y: 664 },
        ],
      },
    ]);
    const linter = new Linter({ date: AS_OF });
    const result = await linter.lintBytes(bytes, 'policy.pdf');
    const kcsie = result.messages.find((m) => m.ruleId === 'kcsie-current')!;
    const review = result.messages.find((m) => m.ruleId === 'review-date-current')!;
    expect(kcsie).toMatchObject({ page: 2, line: 1 });
    expect(review).toMatchObject({ page: 2, line: 3 });
    const reviewed = await reviewedBytes(result, { asOf: AS_OF, rulesMeta: linter.rulesMeta, author: 'Virtual School' }, bytes);
    const before = await read(bytes);
    const after = await read(reviewed);
    expect(after.text).toEqual(before.text);
    expect(before.notes).toEqual([]);
    const texts = after.notes.filter((n) => n.subtype === 'Text');
    expect(texts).toHaveLength(result.messages.length);
    for (const n of after.notes) expect(n.author).toBe('Virtual School');
    const onLine = (y: number) => (n: Note) => n.rect[1] <= y + 12 && n.rect[3] >= y - 4;
    const kcsieNotes = after.notes.filter((n) => n.contents.includes('Cites KCSIE 2023'));
    expect(kcsieNotes.map((n) => [n.page, n.subtype]).sort()).toEqual([[2, 'Highlight'], [2, 'Text']]);
    expect(kcsieNotes.every(onLine(700))).toBe(true);
    expect(kcsieNotes[0].contents).toMatch(/^Error: Current KCSIE cited \(kcsie-current\)\nCites KCSIE 2023;.*\nWhat to do: /s);
    // The highlight covers the citation's words, not the whole line: it starts after "Safeguarding follows ".
    const highlight = kcsieNotes.find((n) => n.subtype === 'Highlight')!;
    expect(highlight.rect[0]).toBeGreaterThan(150);
    const reviewNotes = after.notes.filter((n) => n.contents.includes('October 2025'));
    expect(reviewNotes.length).toBeGreaterThanOrEqual(1);
    expect(reviewNotes.every((n) => n.page === 2 && onLine(664)(n))).toBe(true);
    expect(PAGE_HEIGHT).toBeGreaterThan(700);
  });
});
