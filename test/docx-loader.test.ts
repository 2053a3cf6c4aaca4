import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { toString } from 'mdast-util-to-string';
import type { Link, List, ListItem, Nodes, Root } from 'mdast';
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  InsertedTextRun,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { loadDocx } from '../src/load/docx.js';
import { sniffFormat } from '../src/load/sniff.js';
import { LoadError, type LoadedDocument } from '../src/load/types.js';
import JSZip from 'jszip';
import { HEADER_TEXT, editZipPart, makeDocx, makeZip, setDeclaredSize } from './helpers/make-docx.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const KCSIE_2022 = 'https://assets.publishing.service.gov.uk/government/uploads/system/uploads/attachment_data/file/1080047/KCSIE_2022_revised.pdf';

function parse(md: string): Root {
  return unified().use(remarkParse).parse(md);
}

function all<T extends Nodes>(node: Nodes, type: T['type'], out: T[] = []): T[] {
  if (node.type === type) out.push(node as T);
  if ('children' in node) for (const c of node.children) all(c as Nodes, type, out);
  return out;
}

/** Where a phrase of the Markdown points in the original: line (paragraph) and column. */
function locateMarkdown(doc: LoadedDocument, phrase: string): { line: number; column: number } {
  const at = doc.markdown.indexOf(phrase);
  if (at === -1) throw new Error(`"${phrase}" is not in the Markdown`);
  const { line, column } = doc.locator.locate(doc.map.toOriginal(at));
  return { line, column };
}

function originalLine(doc: LoadedDocument, line: number): string {
  return doc.original.split('\n')[line - 1];
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

describe('loadDocx: structure to Markdown', () => {
  it('keeps a hyperlink as [text](href), so a link to an old KCSIE stays visible', async () => {
    const bytes = await makeDocx([
      new Paragraph({ text: 'Safeguarding', heading: HeadingLevel.HEADING_2 }),
      new Paragraph({
        children: [
          new TextRun('Staff read the current KCSIE '),
          new ExternalHyperlink({ link: KCSIE_2022, children: [new TextRun({ text: 'guidance', style: 'Hyperlink' })] }),
          new TextRun(' every September.'),
        ],
      }),
    ]);
    const doc = await loadDocx(bytes);
    expect(doc.format).toBe('docx');
    expect(doc.markdown).toBe(`## Safeguarding\n\nStaff read the current KCSIE [guidance](${KCSIE_2022}) every September.`);
    const links = all<Link>(parse(doc.markdown), 'link');
    expect(links.map((l) => [l.url, toString(l)])).toEqual([[KCSIE_2022, 'guidance']]);
    // The link text points at the word in paragraph 2.
    expect(locateMarkdown(doc, 'guidance]')).toEqual({ line: 2, column: 'Staff read the current KCSIE '.length + 1 });
    expect(doc.original).toBe('Safeguarding\nStaff read the current KCSIE guidance every September.');
  });

  it('keeps awkward hrefs exactly, and links inside headings and table cells', async () => {
    const odd = 'https://example.org/files/Behaviour in Schools (2022).pdf';
    const bytes = await makeDocx([
      new Paragraph({
        heading: HeadingLevel.HEADING_2,
        children: [new TextRun('See '), new ExternalHyperlink({ link: 'https://www.gov.uk/a_(b)', children: [new TextRun('[the] guidance')] })],
      }),
      new Table({
        rows: [
          new TableRow({
            children: [
              new TableCell({ children: [new Paragraph('Behaviour:')] }),
              new TableCell({ children: [new Paragraph({ children: [new ExternalHyperlink({ link: odd, children: [new TextRun('DfE 2022')] })] })] }),
            ],
          }),
        ],
      }),
    ]);
    const doc = await loadDocx(bytes);
    const links = all<Link>(parse(doc.markdown), 'link');
    expect(links.map((l) => [l.url, toString(l)])).toEqual([
      ['https://www.gov.uk/a_(b)', '[the] guidance'],
      [odd, 'DfE 2022'],
    ]);
    expect(locateMarkdown(doc, 'DfE 2022')).toEqual({ line: 2, column: 'Behaviour:\t'.length + 1 });
  });

  it('writes table rows as TAB-separated lines of one paragraph, one original line per row', async () => {
    const cell = (text: string): TableCell => new TableCell({ children: [new Paragraph(text)] });
    const bytes = await makeDocx([
      new Paragraph({ text: 'Oakfield Primary School', heading: HeadingLevel.HEADING_1 }),
      new Table({
        rows: [
          new TableRow({ children: [cell('Approval Date: October 2023'), cell('Review Date: September 2024')] }),
          new TableRow({ children: [cell('Last Reviewed'), cell('December 2021'), cell('Next Review:'), cell('December 2025')] }),
          new TableRow({ children: [cell(''), cell('Written by: A. Patel')] }),
        ],
      }),
      new Paragraph('Policy Objective'),
    ]);
    const doc = await loadDocx(bytes);
    expect(doc.markdown).toBe(
      '# Oakfield Primary School\n\n' +
        'Approval Date: October 2023\tReview Date: September 2024\n' +
        'Last Reviewed\tDecember 2021\tNext Review:\tDecember 2025\n' +
        'Written by: A. Patel\n\n' +
        'Policy Objective',
    );
    expect(doc.original.split('\n')).toEqual([
      'Oakfield Primary School',
      'Approval Date: October 2023\tReview Date: September 2024',
      'Last Reviewed\tDecember 2021\tNext Review:\tDecember 2025',
      '\tWritten by: A. Patel',
      'Policy Objective',
    ]);
    expect(locateMarkdown(doc, 'Review Date: September 2024')).toEqual({ line: 2, column: 'Approval Date: October 2023\t'.length + 1 });
    expect(locateMarkdown(doc, 'December 2025')).toEqual({ line: 3, column: 'Last Reviewed\tDecember 2021\tNext Review:\t'.length + 1 });
    // One paragraph whose lines are the rows (the model splits such a paragraph into table rows).
    const tree = parse(doc.markdown);
    expect(tree.children.map((n) => n.type)).toEqual(['heading', 'paragraph', 'paragraph']);
    expect(toString(tree.children[1])).toBe(
      'Approval Date: October 2023\tReview Date: September 2024\nLast Reviewed\tDecember 2021\tNext Review:\tDecember 2025\nWritten by: A. Patel',
    );
  });

  it('writes a nested Word list under its lead-in as nested "- " items', async () => {
    const bullet = (text: string, level: number): Paragraph => new Paragraph({ text, numbering: { reference: 'bullets', level } });
    const bytes = await makeDocx([
      new Paragraph('We will use the following methods to avoid suspension:'),
      bullet('Restorative approaches', 0),
      bullet('Repair and Restore meetings', 1),
      bullet('Wishes and feelings work', 1),
      bullet('Support Plans', 0),
      new Paragraph({ text: 'Review of the plan at each ePEP', numbering: { reference: 'numbers', level: 0 } }),
      new Paragraph({ text: 'with the Virtual School', numbering: { reference: 'numbers', level: 1 } }),
      new Paragraph('After the list.'),
    ]);
    const doc = await loadDocx(bytes);
    expect(doc.markdown).toBe(
      'We will use the following methods to avoid suspension:\n\n' +
        '- Restorative approaches\n' +
        '  - Repair and Restore meetings\n' +
        '  - Wishes and feelings work\n' +
        '- Support Plans\n' +
        '- Review of the plan at each ePEP\n' +
        '  - with the Virtual School\n\n' +
        'After the list.',
    );
    const tree = parse(doc.markdown);
    const top = tree.children[1] as List;
    expect(top.type).toBe('list');
    const first = top.children[0] as ListItem;
    const nested = first.children[1] as List;
    expect(nested.children.map((i) => toString(i))).toEqual(['Repair and Restore meetings', 'Wishes and feelings work']);
    // Each item is its own paragraph (line) of the original.
    expect(locateMarkdown(doc, 'Wishes and feelings')).toEqual({ line: 4, column: 1 });
    expect(originalLine(doc, 4)).toBe('Wishes and feelings work');
  });

  it('nests a sub-item whose "o" bullet was typed as text, and never starts a list deeper than one level', async () => {
    const bytes = await makeDocx([
      new Paragraph({ text: 'We will use the following methods to avoid suspending a child:', numbering: { reference: 'bullets', level: 0 } }),
      new Paragraph({ text: 'o Repair and Restore meetings', numbering: { reference: 'bullets', level: 0 } }),
      new Paragraph('Next.'),
      new Paragraph({ text: 'Deep item first', numbering: { reference: 'bullets', level: 2 } }),
      new Paragraph('Typed bullets:'),
      new Paragraph('\u2022\tLooked After Children (CLA)'),
      new Paragraph('- Previously Looked After Children (PLA)'),
    ]);
    const doc = await loadDocx(bytes);
    expect(doc.markdown).toBe(
      '- We will use the following methods to avoid suspending a child:\n  - Repair and Restore meetings\n\nNext.\n\n- Deep item first\n\n' +
        'Typed bullets:\n\n- Looked After Children (CLA)\n- Previously Looked After Children (PLA)',
    );
  });

  it('maps Word headings to # levels and keeps manual line breaks as hard breaks within one original line', async () => {
    const bytes = await makeDocx([
      new Paragraph({ text: 'Children with a Social Worker Policy', heading: HeadingLevel.TITLE }),
      new Paragraph({ text: 'Roles and Responsibilities', heading: HeadingLevel.HEADING_3 }),
      new Paragraph({ children: [new TextRun('Adopted: June 2025'), new TextRun({ text: 'Review: June 2026', break: 1 })] }),
    ]);
    const doc = await loadDocx(bytes);
    expect(doc.markdown).toBe('# Children with a Social Worker Policy\n\n### Roles and Responsibilities\n\nAdopted: June 2025\\\nReview: June 2026');
    expect(doc.original.split('\n')).toEqual(['Children with a Social Worker Policy', 'Roles and Responsibilities', 'Adopted: June 2025 Review: June 2026']);
    expect(locateMarkdown(doc, 'Review: June 2026')).toEqual({ line: 3, column: 'Adopted: June 2025 '.length + 1 });
    const tree = parse(doc.markdown);
    expect(all(tree, 'break')).toHaveLength(1);
  });

  it('escapes text that Markdown would read as syntax, so the parsed text is the document text', async () => {
    const texts = ['1. Introduction (typed, not a Word list)', '# not a heading', '-not a bullet', '> not a quote', '===', '*stars* and _under_scores_ and snake_case_name', '<b>not html</b> & [brackets] `ticks` \\ back', '+44 1234'];
    const doc = await loadDocx(await makeDocx(texts.map((t) => new Paragraph(t))));
    const tree = parse(doc.markdown);
    expect(tree.children.map((n) => n.type)).toEqual(texts.map(() => 'paragraph'));
    expect(tree.children.map((n) => toString(n))).toEqual(texts);
    // Every character of the text maps to itself in the original.
    const para = tree.children[5];
    const start = para.position!.start.offset!;
    const at = doc.markdown.indexOf('snake_case', start);
    expect(doc.original.slice(doc.map.toOriginal(at), doc.map.toOriginal(at) + 10)).toBe('snake_case');
  });

  it('reads footnotes after the body, and never the header or the "Page N of M" footer', async () => {
    const bytes = await makeDocx(
      [
        new Paragraph({ children: [new TextRun('Staff follow KCSIE'), new FootnoteReferenceRun(1), new TextRun('.')] }),
        new Paragraph('Second paragraph.'),
      ],
      { footnotes: { 1: 'Keeping Children Safe in Education, September 2022.' } },
    );
    const doc = await loadDocx(bytes);
    expect(doc.markdown).toBe('Staff follow KCSIE.\n\nSecond paragraph.\n\nKeeping Children Safe in Education, September 2022.');
    expect(doc.markdown).not.toMatch(/Page \d+ of \d+|Page\s+of/);
    expect(doc.markdown).not.toContain(HEADER_TEXT);
    expect(locateMarkdown(doc, 'Keeping Children')).toEqual({ line: 3, column: 1 });
  });

  it('counts empty paragraphs, so line N is the N-th paragraph of the body', async () => {
    const doc = await loadDocx(await makeDocx([new Paragraph('One'), new Paragraph(''), new Paragraph(''), new Paragraph('Four')]));
    expect(doc.markdown).toBe('One\n\nFour');
    expect(locateMarkdown(doc, 'Four')).toEqual({ line: 4, column: 1 });
  });
});

describe('loadDocx: tracked changes and comments', () => {
  it('adds one notice with the counts, at the first paragraph that has one; insertions read, deletions dropped', async () => {
    const bytes = await makeDocx(
      [
        new Paragraph('Policy for Children Looked After'),
        new Paragraph('The Designated Teacher is named below.'),
        new Paragraph({
          children: [
            new TextRun('Review date: '),
            new DeletedTextRun({ id: 1, author: 'Head', date: '2024-01-15T10:00:00Z', text: 'September 2023' }),
            new InsertedTextRun({ id: 2, author: 'Head', date: '2024-01-15T10:00:00Z', text: 'September 2025' }),
          ],
        }),
        new Paragraph({
          children: [
            new CommentRangeStart(0),
            new TextRun('Ms A. Patel'),
            new CommentRangeEnd(0),
            new TextRun({ children: [new CommentReference(0)] }),
            new InsertedTextRun({ id: 3, author: 'Head', date: '2024-01-15T10:00:00Z', text: ' (from January)' }),
          ],
        }),
      ],
      { comments: [{ id: 0, author: 'Governor', text: 'Is this still right?' }] },
    );
    const doc = await loadDocx(bytes);
    expect(doc.markdown).toContain('Review date: September 2025');
    expect(doc.markdown).not.toContain('September 2023');
    expect(doc.markdown).toContain('Ms A. Patel (from January)');
    expect(doc.markdown).not.toContain('Is this still right');
    // The loader reports facts (counts, and where the first one is); rules/docx-tracked-changes words them.
    const facts = doc.revisions!;
    expect(facts).toMatchObject({ insertions: 2, deletions: 1, moves: 0, formatting: 0, comments: 1 });
    expect(doc.locator.locate(facts.start)).toEqual({ line: 3, column: 1 });
    expect(doc.original.slice(facts.start, facts.end)).toBe('Review date: September 2025');
  });

  it('counts a comment alone; a clean document has no revision facts', async () => {
    const commented = await makeDocx(
      [new Paragraph('First.'), new Paragraph({ children: [new CommentRangeStart(5), new TextRun('Second.'), new CommentRangeEnd(5), new TextRun({ children: [new CommentReference(5)] })] })],
      { comments: [{ id: 5, author: 'Clerk', text: 'Check' }] },
    );
    const doc = await loadDocx(commented);
    expect(doc.revisions).toMatchObject({ insertions: 0, deletions: 0, moves: 0, formatting: 0, comments: 1 });
    expect(doc.locator.locate(doc.revisions!.start).line).toBe(2);
    expect((await loadDocx(await makeDocx([new Paragraph('Clean.')]))).revisions).toBeUndefined();
  });

  it('counts a deleted paragraph mark the way mammoth reads it (merged into the next paragraph)', async () => {
    const base = await makeDocx([new Paragraph('Alpha'), new Paragraph('Beta'), new Paragraph('Gamma'), new Paragraph('Delta')], { bare: true });
    // Mark Beta's paragraph mark deleted (Beta joins Gamma) and insert a run into Delta, by editing the XML.
    const edited = await editZipPart(base, 'word/document.xml', (xml) =>
      xml
        .replace(/<w:p>((?:(?!<w:p>).)*?<w:t[^>]*>Beta<\/w:t>)/, '<w:p><w:pPr><w:rPr><w:del w:id="9" w:author="A" w:date="2024-01-01T00:00:00Z"/></w:rPr></w:pPr>$1')
        .replace(/(<w:t[^>]*>Delta<\/w:t><\/w:r>)/, '$1<w:ins w:id="10" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:t xml:space="preserve"> Epsilon</w:t></w:r></w:ins>'),
    );
    const doc = await loadDocx(edited);
    expect(doc.original.split('\n')).toEqual(['Alpha', 'BetaGamma', 'Delta Epsilon']);
    expect(doc.revisions).toMatchObject({ insertions: 1, deletions: 1 });
    // The deleted mark belongs to the merged paragraph, line 2.
    expect(doc.locator.locate(doc.revisions!.start).line).toBe(2);
  });
});

describe('loadDocx: errors and limits', () => {
  it('a truncated .docx is a LoadError saying the zip is damaged', async () => {
    const bytes = await makeDocx([new Paragraph('Some text.')]);
    const message = await loadError(loadDocx(bytes.subarray(0, Math.floor(bytes.length * 0.6))));
    expect(message).toBe('not a readable .docx: the zip archive is damaged or truncated');
    expect(await loadError(loadDocx(new Uint8Array(0)))).toBe('not a readable .docx: the zip archive is damaged or truncated');
  });

  it('a zip without word/document.xml is not a Word document', async () => {
    const zip = await makeZip({ '[Content_Types].xml': '<Types/>', 'readme.txt': 'hello' });
    expect(await loadError(loadDocx(zip))).toMatch(/^not a Word document: the zip archive has no word\/document\.xml/);
  });

  it('refuses a .docx whose parts declare more than the limit, before inflating anything', async () => {
    const bytes = await makeDocx([new Paragraph('Small.')]);
    const bomb = setDeclaredSize(bytes, 'word/document.xml', 0xfffffff0);
    expect(await loadError(loadDocx(bomb))).toMatch(/^not read: the \.docx would unpack to 4\.0 GB, more than the 50 MB limit/);
    // The limit is an option.
    expect(await loadError(loadDocx(bytes, { maxUncompressedBytes: 1000 }))).toMatch(/^not read: the \.docx would unpack to \d+ KB, more than the 1 KB limit/);
  });

  it('stops a part that inflates to more than it declares (a zip bomb that lies)', async () => {
    const bytes = await makeDocx([new Paragraph('Small.')]);
    // A document.xml of 20 MB of spaces deflates to a few KB; declare it as 2 KB.
    const big = await editZipPart(bytes, 'word/document.xml', (xml) => xml.replace('<w:body>', `<w:body>${' '.repeat(20 * 1024 * 1024)}`));
    const lying = setDeclaredSize(big, 'word/document.xml', 2048);
    expect(lying.length).toBeLessThan(200_000);
    expect(await loadError(loadDocx(lying))).toBe('not read: a part of the .docx (word/document.xml) unpacks to more than it declares (a zip bomb?)');
  });

  it('stops a styles part named like an image that lies about its size (mammoth reads it through a relationship)', async () => {
    const bytes = await makeDocx([new Paragraph('Small.')], { bare: true });
    const zip = await JSZip.loadAsync(bytes);
    const styles = await zip.file('word/styles.xml')!.async('string');
    zip.remove('word/styles.xml');
    // 20 MB of spaces before the root element deflates to a few KB; declare the part as 2 KB.
    zip.file('word/media/image1.png', styles.replace('?>', `?>${' '.repeat(20 * 1024 * 1024)}`));
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    zip.file('word/_rels/document.xml.rels', rels.replace('Target="styles.xml"', 'Target="media/image1.png"'));
    const big = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const lying = setDeclaredSize(big, 'word/media/image1.png', 2048);
    expect(lying.length).toBeLessThan(200_000);
    expect(await loadError(loadDocx(lying))).toBe('not read: a part of the .docx (word/media/image1.png) unpacks to more than it declares (a zip bomb?)');
  });

  it('gives mammoth no part it has not inflated under the limit: an image that lies about its size is never inflated', async () => {
    const bytes = await makeDocx([new Paragraph('Small.')], { bare: true });
    const zip = await JSZip.loadAsync(bytes);
    zip.file('word/media/image9.png', ' '.repeat(20 * 1024 * 1024));
    const lying = setDeclaredSize(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }), 'word/media/image9.png', 10);
    expect((await loadDocx(lying)).original).toBe('Small.');
  });

  it('damaged XML inside the .docx is said in plain words, not in the XML library\'s', async () => {
    const bytes = await makeDocx([new Paragraph('Some text.')], { bare: true });
    for (const part of ['word/document.xml', 'word/styles.xml', 'word/_rels/document.xml.rels']) {
      const damaged = await editZipPart(bytes, part, (xml) => xml.slice(0, Math.floor(xml.length / 2)));
      expect(await loadError(loadDocx(damaged))).toBe(
        'not a readable .docx: the document inside the file is damaged (its XML cannot be read); open it in Word, save it again and send that copy',
      );
    }
  });

  it('a document with no text is a LoadError', async () => {
    expect(await loadError(loadDocx(await makeDocx([new Paragraph('')])))).toBe('this Word document has no text');
  });
});

describe('sniffFormat', () => {
  it('tells formats apart by their bytes first and their extension second', async () => {
    const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
    const docx = await makeDocx([new Paragraph('x')], { bare: true });
    expect(sniffFormat(docx, 'policy.docx')).toBe('docx');
    expect(sniffFormat(docx, 'policy.txt')).toBe('docx');
    expect(sniffFormat(enc('%PDF-1.7\n...'), 'policy.txt')).toBe('pdf');
    expect(sniffFormat(enc('# Policy\n'), 'policy.md')).toBe('text');
    expect(sniffFormat(enc('Policy'), 'policy.txt')).toBe('text');
    // Damaged or empty files named .docx / .pdf go to their loaders, which say what is wrong.
    expect(sniffFormat(enc('not a zip'), 'policy.docx')).toBe('docx');
    expect(sniffFormat(new Uint8Array(0), 'policy.pdf')).toBe('pdf');
    expect(sniffFormat(docx.subarray(0, 200), 'policy.docx')).toBe('docx');
  });

  it('names the formats it cannot read', async () => {
    const odt = await makeZip(
      { mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<office:document-content/>' },
      ['mimetype'],
    );
    expect(sniffFormat(odt, 'policy.odt')).toEqual({ unsupported: 'an OpenDocument text (.odt) file: save it as .docx or PDF' });
    expect(sniffFormat(odt, 'policy.docx')).toEqual({ unsupported: 'an OpenDocument text (.odt) file: save it as .docx or PDF' });
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(sniffFormat(ole, 'policy.doc')).toEqual({ unsupported: 'an old binary Word (.doc) file: save it as .docx or PDF' });
    expect(sniffFormat(new TextEncoder().encode('{\\rtf1\\ansi Policy}'), 'policy.doc')).toEqual({ unsupported: 'an RTF file: save it as .docx or PDF' });
    const other = await makeZip({ 'data.csv': 'a,b' });
    expect(sniffFormat(other, 'policy.zip')).toEqual({ unsupported: expect.stringMatching(/^a zip archive that is not a Word document/) });
  });
});

// ---------------------------------------------------------------------------------------------------
// The real policies, as Word files.

function corpusDir(): string | undefined {
  const candidates = [process.env.POLICY_LINT_CORPUS, resolve(ROOT, '..', 'shared', 'corpus'), '/work/shared/corpus'];
  return candidates.find((d): d is string => !!d && existsSync(d));
}

const CORPUS = corpusDir();
if (!CORPUS) {
  console.warn('docx-loader.test: the real corpus (../shared/corpus beside the repository) is absent; its tests are skipped.');
}
const describeCorpus = CORPUS ? describe : describe.skip;

describeCorpus('loadDocx on the real policies (../shared/corpus)', () => {
  const docs = new Map<string, LoadedDocument>();
  const load = async (name: string): Promise<LoadedDocument> => {
    if (!docs.has(name)) docs.set(name, await loadDocx(new Uint8Array(readFileSync(join(CORPUS!, name)))));
    return docs.get(name)!;
  };
  const files = CORPUS ? readdirSync(CORPUS).filter((f) => f.endsWith('.docx')) : [];

  it.each(files)('%s: reads the body, with no running header or "Page N of M" footer', async (name) => {
    const doc = await load(name);
    expect(doc.markdown.length).toBeGreaterThan(15_000);
    expect(doc.markdown).not.toMatch(/\bPage \d+ of \d+\b/);
    expect(doc.markdown).not.toMatch(/– Children with a Social Worker Policy/);
    expect(doc.revisions).toBeUndefined();
    const tree = parse(doc.markdown);
    expect(all(tree, 'heading').length).toBeGreaterThan(5);
    expect(all(tree, 'listItem').length).toBeGreaterThan(20);
  });

  it('edwinstree.docx: dates and guidance citations, located by paragraph', async () => {
    const doc = await load('edwinstree.docx');
    expect(doc.markdown).toContain('Review: June 2026');
    expect(doc.markdown).toMatch(/Keeping Children Safe in Education[^\n]*September 2022/);
    expect(doc.markdown).toContain('full time (25 hours or 32.5 by September 2023)');
    const review = locateMarkdown(doc, 'Review: June 2026');
    expect(originalLine(doc, review.line)).toBe('Adopted : June 2025 Review: June 2026');
    expect(review.column).toBe('Adopted : June 2025 '.length + 1);
    const ap = locateMarkdown(doc, 'full time (25 hours');
    expect(originalLine(doc, ap.line)).toMatch(/^full time \(25 hours or 32\.5 by September 2023\)/);
    expect(ap.line).toBeGreaterThan(review.line);
    // External links keep their href; links to bookmarks inside the document are plain text.
    expect(doc.markdown).toContain('](https://www.gov.uk/government/publications/pupil-premium/pupil-premium)');
    expect(doc.markdown).not.toMatch(/\]\(#/);
  });

  it('hartsfield-jmi.docx: the header table row with the review date', async () => {
    const doc = await load('hartsfield-jmi.docx');
    const at = locateMarkdown(doc, 'Review Date: September 2024');
    expect(originalLine(doc, at.line)).toMatch(/^Approval Date: October 2023\s+Review Date: September 2024/);
    expect(at.line).toBeLessThan(10);
  });

  it('bushey-st-james.docx: the suspension methods are nested under their lead-in', async () => {
    const doc = await load('bushey-st-james.docx');
    expect(doc.markdown).toMatch(/- We will use the following methods to avoid suspending or excluding a child known to a Social Worker;\n {2}- Repair and Restore meetings\n {2}- Wishes and feelings work/);
  });
});
