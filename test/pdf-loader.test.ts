import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { toString } from 'mdast-util-to-string';
import type { Nodes, Root } from 'mdast';
import { loadPdf } from '../src/load/pdf.js';
import { LoadError, type LoadedDocument } from '../src/load/types.js';
import { column, makePdf, textWidth, type PdfText } from './helpers/make-pdf.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = join(ROOT, 'fixtures', 'pdf');
const KCSIE_2022 = 'https://assets.publishing.service.gov.uk/government/uploads/system/uploads/attachment_data/file/1080047/KCSIE_2022_revised.pdf';
const NO_TEXT = 'no text layer: this PDF is scanned images; run OCR or send the Word file';

function parse(md: string): Root {
  return unified().use(remarkParse).parse(md);
}

function all(node: Nodes, type: string, out: Nodes[] = []): Nodes[] {
  if (node.type === type) out.push(node);
  if ('children' in node) for (const c of node.children) all(c as Nodes, type, out);
  return out;
}

/** Where a phrase of the Markdown points in the original: page, line within the page, column. */
function locateMarkdown(doc: LoadedDocument, phrase: string): { page?: number; line: number; column: number } {
  const at = doc.markdown.indexOf(phrase);
  if (at === -1) throw new Error(`"${phrase}" is not in the Markdown`);
  return doc.locator.locate(doc.map.toOriginal(at));
}

async function loadError(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(LoadError);
    return (error as Error).message;
  }
  throw new Error('expected a LoadError');
}

const HEADER = 'Oakfield Primary School – Children with a Social Worker Policy';

/** A page with the running header at the top and "Page N of M" at the bottom. */
function framed(n: number, of: number, body: PdfText[]): { texts: PdfText[] } {
  return {
    texts: [{ text: HEADER, x: 300, y: 750, size: 8 }, ...body, { text: `Page ${n} of ${of}`, x: 270, y: 40, size: 10 }],
  };
}

describe('loadPdf: lines, paragraphs and reading order', () => {
  it('reads a two-column page left column first, then right, after the full-width title', async () => {
    const left = [
      'The Designated Teacher for Children',
      'Looked After is Ms A. Patel, who has',
      'qualified teacher status and sits on',
      'the senior leadership team of our',
      'school. She will attend termly PEP',
      'meetings for every child looked',
      'after and report to governors on',
      'their progress each term this year.',
    ];
    const right = [
      'We will use the following methods to',
      'avoid suspending a child looked after:',
      'restorative meetings with the child,',
      'a review of the support plan with the',
      'Virtual School, and a reduced timetable',
      'agreed with carers. Permanent exclusion',
      'is the very last resort for a child',
      'with a social worker in our school.',
    ];
    const bytes = await makePdf([
      {
        texts: [
          { text: 'Policy for Children with a Social Worker: Roles and Suspension', x: 72, y: 740, size: 14 },
          ...column(left, 72, 700),
          ...column(right, 320, 700),
        ],
      },
    ]);
    const doc = await loadPdf(bytes);
    expect(doc.format).toBe('pdf');
    const lines = doc.original.split('\n');
    expect(lines).toEqual(['Policy for Children with a Social Worker: Roles and Suspension', ...left, ...right]);
    expect(doc.markdown).toContain('Ms A. Patel, who has qualified teacher status');
    expect(doc.markdown).toContain('We will use the following methods to avoid suspending a child looked after:');
    expect(doc.markdown.indexOf('their progress each term')).toBeLessThan(doc.markdown.indexOf('We will use the following'));
    expect(locateMarkdown(doc, 'We will use')).toEqual({ page: 1, line: 10, column: 1 });
  });

  it('reads a label/value table on a one-column page row by row, not as columns', async () => {
    const body = column(
      [
        'This policy sets out how our school promotes the education of children looked after, children',
        'previously looked after and children with a social worker, in line with the statutory guidance.',
      ],
      72,
      700,
    );
    const table: PdfText[] = [];
    ['Approval Date:|October 2023', 'Review Date:|September 2024', 'Written by:|A. Patel', 'Approved by:|Governing Body'].forEach((row, i) => {
      const [label, value] = row.split('|');
      table.push({ text: label, x: 72, y: 650 - i * 16, size: 11 }, { text: value, x: 320, y: 650 - i * 16, size: 11 });
    });
    const doc = await loadPdf(await makePdf([{ texts: [...body, ...table] }]));
    expect(doc.original.split('\n').slice(2)).toEqual([
      'Approval Date: October 2023',
      'Review Date: September 2024',
      'Written by: A. Patel',
      'Approved by: Governing Body',
    ]);
    expect(locateMarkdown(doc, 'Review Date: September 2024')).toEqual({ page: 1, line: 4, column: 1 });
  });

  it('keeps a paragraph gap as a paragraph break and joins wrapped lines, across a page break too', async () => {
    const doc = await loadPdf(
      await makePdf([
        framed(1, 2, [
          ...column(
            [
              'Content:',
              '\nAt Oakfield we will ensure that children looked after and children previously looked',
              'after have access to excellent educational provision and are prioritised for additional',
              'support through school-based interventions to achieve as well as possible, in line with',
            ],
            72,
            700,
            14,
            11,
            10,
          ),
        ]),
        framed(2, 2, column(['the DfE guidance on promoting their education.', '\nIntention'], 72, 700, 14, 11, 10)),
      ]),
    );
    expect(doc.markdown).toContain(
      'At Oakfield we will ensure that children looked after and children previously looked after have access to excellent educational provision and are prioritised for additional support through school-based interventions to achieve as well as possible, in line with the DfE guidance on promoting their education.',
    );
    expect(doc.markdown).not.toContain(HEADER);
    expect(doc.markdown).not.toMatch(/Page \d of \d/);
    expect(locateMarkdown(doc, 'the DfE guidance')).toEqual({ page: 2, line: 2, column: 1 });
    expect(locateMarkdown(doc, 'after have access')).toEqual({ page: 1, line: 4, column: 1 });
  });
});

describe('loadPdf: running headers, footers and links', () => {
  it('keeps running headers and page numbers out of the Markdown, as artifacts at their place', async () => {
    const body = [
      ['Section one of the policy describes what the school does for children with a social worker.', 'It is reviewed every year by the governing body.'],
      ['Section two names the Designated Teacher, who is Ms A. Patel, and the governor for CLA.', 'She reports to the governing body every term.'],
      ['Section three covers suspension and the methods the school uses to avoid it.', 'Permanent exclusion is the last resort.'],
    ];
    const pages = [1, 2, 3].map((n) => framed(n, 3, column(body[n - 1], 72, 700)));
    const doc = await loadPdf(await makePdf(pages));
    expect(doc.markdown).not.toContain(HEADER);
    expect(doc.markdown).not.toMatch(/Page \d of 3/);
    const kinds = doc.artifacts.map((a) => [a.kind, a.text, doc.locator.locate(a.start)]);
    expect(kinds).toEqual([
      ['running-header', HEADER, { page: 1, line: 1, column: 1 }],
      ['page-number', 'Page 1 of 3', { page: 1, line: 4, column: 1 }],
      ['running-header', HEADER, { page: 2, line: 1, column: 1 }],
      ['page-number', 'Page 2 of 3', { page: 2, line: 4, column: 1 }],
      ['running-header', HEADER, { page: 3, line: 1, column: 1 }],
      ['page-number', 'Page 3 of 3', { page: 3, line: 4, column: 1 }],
    ]);
    for (const a of doc.artifacts) expect(doc.original.slice(a.start, a.end)).toBe(a.text);
    expect(locateMarkdown(doc, 'Section two names')).toEqual({ page: 2, line: 2, column: 1 });
    expect(locateMarkdown(doc, 'governing body')).toEqual({ page: 1, line: 3, column: 'It is reviewed every year by the '.length + 1 });
  });

  it('keeps a link annotation as a url artifact over the text it covers (an old KCSIE behind "guidance")', async () => {
    const before = 'Staff follow the current KCSIE ';
    const x = 72 + (await textWidth(before));
    const w = await textWidth('guidance');
    const doc = await loadPdf(
      await makePdf([
        {
          texts: column([`${before}guidance on safeguarding and child protection in schools.`, 'All staff read Part One of it every September.'], 72, 700),
          links: [{ url: KCSIE_2022, rect: [x, 697, x + w, 710] }],
        },
      ]),
    );
    const urls = doc.artifacts.filter((a) => a.kind === 'url');
    expect(urls).toHaveLength(1);
    expect(urls[0].text).toBe(KCSIE_2022);
    expect(doc.original.slice(urls[0].start, urls[0].end)).toBe('guidance');
    expect(doc.locator.locate(urls[0].start)).toEqual({ page: 1, line: 1, column: before.length + 1 });
    // The prose is untouched.
    expect(doc.markdown).toContain('Staff follow the current KCSIE guidance on safeguarding');
  });

  it('joins a URL that wrapped at the margin into one url artifact, out of the prose', async () => {
    const doc = await loadPdf(
      await makePdf([
        {
          texts: column(
            [
              'We will keep the number of days out of the in-school routine to a strict minimum, as the',
              'guidance on suspension and permanent exclusion expects of every school in England.',
              'https://assets.publishing.service.gov.uk/government/uploads/system/',
              'uploads/attachment_data/file/1080047/KCSIE_2022_revised.pdf',
              '\nWe will only consider permanent exclusion as the very last resort for a child looked after.',
            ],
            72,
            700,
          ),
        },
      ]),
    );
    const urls = doc.artifacts.filter((a) => a.kind === 'url');
    expect(urls.map((u) => u.text)).toEqual([KCSIE_2022]);
    expect(doc.locator.locate(urls[0].start)).toEqual({ page: 1, line: 3, column: 1 });
    expect(doc.locator.locate(urls[0].end - 1)).toEqual({ page: 1, line: 4, column: 'uploads/attachment_data/file/1080047/KCSIE_2022_revised.pdf'.length });
    expect(doc.markdown).not.toContain('uploads/');
    expect(doc.markdown).toContain('expects of every school in England.\n\nWe will only consider');
  });
});

describe('loadPdf: errors and limits', () => {
  it('an image-only (scanned) PDF has no text layer', async () => {
    const bytes = await makePdf([{ image: true }, { image: true }]);
    expect(await loadError(loadPdf(bytes))).toBe(NO_TEXT);
  });

  it('scanned pages that carry only a stamped page number have no text layer either', async () => {
    const bytes = await makePdf([1, 2, 3].map((n) => ({ image: true, texts: [{ text: `Page ${n} of 3`, x: 270, y: 40 }] })));
    expect(await loadError(loadPdf(bytes))).toBe(NO_TEXT);
  });

  it('a password-protected PDF is refused with a clear sentence', async () => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'encrypted.pdf')));
    expect(await loadError(loadPdf(bytes))).toBe('this PDF is password-protected: policy-lint cannot read it; send an unprotected copy');
  });

  it('a PDF with only an owner password (printing/copying restricted) is read', async () => {
    const doc = await loadPdf(new Uint8Array(readFileSync(join(FIXTURES, 'restricted.pdf'))));
    expect(doc.markdown).toContain('The Designated Teacher for Children Looked After is Ms A. Patel.');
  });

  it('a damaged or truncated PDF is a LoadError', async () => {
    const good = await makePdf([{ texts: column(['Some policy text that is long enough to count as a text layer.'], 72, 700) }]);
    const message = await loadError(loadPdf(good.subarray(0, 400)));
    expect(message).toMatch(/^not a readable PDF: the file is damaged or truncated/);
    expect(await loadError(loadPdf(new TextEncoder().encode('%PDF-1.7\nnot really a PDF\n')))).toMatch(/^not a readable PDF/);
    expect(await loadError(loadPdf(new Uint8Array(0)))).toMatch(/^not a readable PDF/);
  });

  it('refuses more pages than maxPages', async () => {
    const pages = Array.from({ length: 4 }, (_, i) => ({ texts: column([`Page ${'ABCD'[i]} of the policy has enough words on it to be read.`], 72, 700) }));
    const bytes = await makePdf(pages);
    expect(await loadError(loadPdf(bytes, { maxPages: 3 }))).toBe('this PDF has 4 pages, more than the limit of 3: split it or send the policy on its own');
    expect((await loadPdf(bytes, { maxPages: 4 })).format).toBe('pdf');
  });

  it('does not detach or change the caller\'s bytes', async () => {
    const bytes = await makePdf([{ texts: column(['A page of the policy with enough words on it to be read.'], 72, 700) }]);
    const copy = bytes.slice();
    await loadPdf(bytes);
    expect(bytes.byteLength).toBe(copy.byteLength);
    expect(Buffer.from(bytes).equals(Buffer.from(copy))).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------------
// The real policies, printed to PDF.

function corpusDir(): string | undefined {
  const candidates = [process.env.POLICY_LINT_CORPUS, resolve(ROOT, '..', 'shared', 'corpus'), '/work/shared/corpus'];
  return candidates.find((d): d is string => !!d && existsSync(d));
}

const CORPUS = corpusDir();
if (!CORPUS) {
  console.warn('pdf-loader.test: the real corpus (../shared/corpus beside the repository) is absent; its tests are skipped.');
}
const describeCorpus = CORPUS ? describe : describe.skip;

describeCorpus('loadPdf on the real policies (../shared/corpus)', () => {
  const docs = new Map<string, LoadedDocument>();
  const load = async (name: string): Promise<LoadedDocument> => {
    if (!docs.has(name)) docs.set(name, await loadPdf(new Uint8Array(readFileSync(join(CORPUS!, name)))));
    return docs.get(name)!;
  };
  const files = CORPUS ? readdirSync(CORPUS).filter((f) => f.endsWith('.pdf')) : [];

  it.each(files)('%s: the policy text, with headers and "Page N of M" footers kept out as artifacts', async (name) => {
    const doc = await load(name);
    expect(doc.markdown.length).toBeGreaterThan(15_000);
    expect(doc.markdown).not.toMatch(/\bPage \d+ of \d+\b/);
    expect(doc.markdown).not.toMatch(/– Children with a Social Worker Policy/);
    const pageNumbers = doc.artifacts.filter((a) => a.kind === 'page-number' && /^Page \d+ of \d+$/.test(a.text));
    const pages = new Set(pageNumbers.map((a) => doc.locator.locate(a.start).page));
    const lastPage = doc.locator.locate(doc.original.length - 1).page!;
    expect(pages.size).toBe(lastPage);
    const headers = doc.artifacts.filter((a) => a.kind === 'running-header' && a.text.endsWith('Children with a Social Worker Policy'));
    expect(headers).toHaveLength(lastPage);
    for (const h of headers) expect(doc.locator.locate(h.start)).toMatchObject({ line: 1, column: 1 });
    const tree = parse(doc.markdown);
    expect(all(tree, 'listItem').length).toBeGreaterThan(20);
  });

  it('edwinstree.pdf: the dates and citations, on the right pages', async () => {
    const doc = await load('edwinstree.pdf');
    expect(doc.markdown).toContain('Review: June 2026');
    expect(doc.markdown).toMatch(/Keeping Children Safe in Education[^\n]*September 2022/);
    expect(doc.markdown).toContain('full time (25 hours or 32.5 by September 2023)');
    expect(locateMarkdown(doc, 'Review: June 2026')).toMatchObject({ page: 1, column: 1 });
    const kcsie = locateMarkdown(doc, 'Keeping Children Safe in Education');
    expect(kcsie.page).toBeGreaterThan(5);
    expect(doc.original.split('\n')).toContain('Review: June 2026');
    // Link annotations become url artifacts over the text they cover.
    const pupilPremium = doc.artifacts.find((a) => a.kind === 'url' && a.text === 'https://www.gov.uk/government/publications/pupil-premium/pupil-premium');
    expect(pupilPremium).toBeDefined();
    expect(doc.locator.locate(pupilPremium!.start).page).toBe(8);
    expect(pupilPremium!.end).toBeGreaterThan(pupilPremium!.start);
  });

  it('hartsfield.pdf: the KCSIE 2022 link URL, joined from its two printed lines', async () => {
    const doc = await load('hartsfield.pdf');
    const kcsie = doc.artifacts.filter((a) => a.kind === 'url' && a.text === KCSIE_2022);
    expect(kcsie).toHaveLength(1);
    expect(doc.locator.locate(kcsie[0].start)).toMatchObject({ page: 12, column: 1 });
    expect(doc.markdown).not.toContain('KCSIE_2022_revised');
    expect(doc.markdown).toMatch(/KCSIE guidance ‘DfE: Keeping Children Safe in Education’ September 2024/);
    expect(locateMarkdown(doc, 'KCSIE guidance')).toMatchObject({ page: 11, column: 1 });
  });

  it('hartsfield-jmi.pdf: the review date in the header block', async () => {
    const doc = await load('hartsfield-jmi.pdf');
    expect(locateMarkdown(doc, 'Review Date: September 2024')).toMatchObject({ page: 1 });
    const tree = parse(doc.markdown);
    expect(toString(tree)).toContain('Approval Date: October 2023 Review Date: September 2024');
  });
});
