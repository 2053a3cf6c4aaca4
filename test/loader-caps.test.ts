/**
 * Issue 15, limits before work: a Word or PDF file that would unpack to gigabytes is refused after a
 * bounded amount of work, with one clear sentence, and never reaches mammoth or pdf.js. The bombs are
 * built in memory (1.5 GB of spaces is 1.5 MB deflated); the real corpus files' loading is tested in
 * docx-loader, pdf-loader and corpus tests.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDocx } from '../src/load/docx.js';
import { loadPdf } from '../src/load/pdf.js';
import { LoadError } from '../src/load/types.js';
import { Linter } from '../src/linter.js';
import { MB, deflateRepeated, zlibRepeated } from './helpers/bomb.js';
import { Paragraph, makeDocx, rawZip, zipParts } from './helpers/make-docx.js';
import { makePdf, rawPdf, type RawObject } from './helpers/make-pdf.js';

async function refusal(promise: Promise<unknown>): Promise<{ message: string; ms: number }> {
  const start = performance.now();
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(LoadError);
    return { message: (error as Error).message, ms: performance.now() - start };
  }
  throw new Error('expected a LoadError');
}

const SPACES = ' '.repeat(MB);

// ---------------------------------------------------------------------------------------------------
// Word.

/** A real small .docx rebuilt with `replace` giving some parts new names, bytes or declared sizes. */
async function docxWith(replace: (name: string, data: Uint8Array) => { name?: string; deflated?: Uint8Array; declared?: number; data?: Uint8Array } | undefined, extra: { name: string; deflated: Uint8Array; declared: number }[] = []): Promise<Uint8Array> {
  const parts = await zipParts(await makeDocx([new Paragraph('The designated teacher is Ms Jones.')]));
  const entries = [...parts].map(([name, data]) => ({ name, data, ...replace(name, data) }));
  return rawZip([...entries, ...extra]);
}

/** A part's text with `times` MB of spaces after its XML declaration (still well-formed XML). */
function padded(data: Uint8Array, times: number): { deflated: Uint8Array; size: number } {
  const xml = Buffer.from(data).toString('utf8');
  const at = xml.indexOf('?>') + 2;
  return { deflated: deflateRepeated([{ data: xml.slice(0, at) }, { data: SPACES, times }, { data: xml.slice(at) }]), size: data.length + times * MB };
}

describe('Word: every part mammoth reads has a cap, checked before it is inflated', () => {
  it('a styles part named like an image that declares its real size and inflates to 1.5 GB stops at the declared size', async () => {
    const bytes = await docxWith((name, data) => {
      if (name === 'word/styles.xml') return { name: 'word/media/image1.png', deflated: padded(data, 1536).deflated, declared: data.length };
      if (name === 'word/_rels/document.xml.rels') return { data: Buffer.from(Buffer.from(data).toString().replace('Target="styles.xml"', 'Target="media/image1.png"')) };
      return undefined;
    });
    expect(bytes.length).toBeLessThan(2 * MB);
    const { message, ms } = await refusal(loadDocx(bytes));
    expect(message).toBe('not read: a part of the .docx (word/media/image1.png) unpacks to more than it declares (a zip bomb?)');
    expect(ms).toBeLessThan(3000);
  });

  it('a styles part that declares 45 MB (under the 50 MB archive limit) is refused on its declared size, uninflated', async () => {
    const bytes = await docxWith((name, data) => {
      if (name !== 'word/styles.xml') return undefined;
      const { deflated, size } = padded(data, 45);
      return { deflated, declared: size };
    });
    const { message, ms } = await refusal(loadDocx(bytes));
    expect(message).toBe(
      "not read: the part word/styles.xml (styles) would unpack to more than 4 MB (it declares 45 MB), far more than a Word document's styles need (a damaged file or a zip bomb?)",
    );
    expect(ms).toBeLessThan(1000);
  });

  it('the main document has the larger cap (16 MB); numbering, notes, comments and relationships the smaller one', async () => {
    const big = (part: string, mb: number) =>
      docxWith((name, data) => {
        if (name !== part) return undefined;
        const { deflated, size } = padded(data, mb);
        return { deflated, declared: size };
      });
    expect((await refusal(loadDocx(await big('word/document.xml', 20)))).message).toMatch(
      /^not read: the part word\/document\.xml \(the document text\) would unpack to more than 16 MB \(it declares 20 MB\)/,
    );
    expect((await refusal(loadDocx(await big('word/numbering.xml', 5)))).message).toMatch(/^not read: the part word\/numbering\.xml \(list numbering\) would unpack to more than 4 MB/);
    expect((await refusal(loadDocx(await big('word/_rels/document.xml.rels', 5)))).message).toMatch(/^not read: the part word\/_rels\/document\.xml\.rels \(relationships\) would unpack to more than 4 MB/);
    // Under its cap, a padded main document is read.
    expect((await loadDocx(await big('word/document.xml', 5))).original).toBe('The designated teacher is Ms Jones.');
    // The caps are options.
    const plain = await docxWith(() => undefined);
    expect((await refusal(loadDocx(plain, { maxPartBytes: { other: 1024 } }))).message).toMatch(/^not read: the part \S+ \(\w[\w ]*\) would unpack to more than 1 KB/);
  });

  it('parts mammoth never reads (headers, footers, themes, settings) are never inflated, whatever they hide', async () => {
    const bomb = deflateRepeated([{ data: SPACES, times: 1536 }]);
    const bytes = await docxWith((name) => (/^word\/(header|footer)\d*\.xml$|^word\/settings\.xml$/.test(name) ? { deflated: bomb, declared: 100 } : undefined));
    expect(bytes.length).toBeGreaterThan(3 * MB); // three 1.5 GB bombs on board
    const start = performance.now();
    expect((await loadDocx(bytes)).original).toBe('The designated teacher is Ms Jones.');
    expect(performance.now() - start).toBeLessThan(3000);
  });
});

// ---------------------------------------------------------------------------------------------------
// PDF.

const TEXT = 'BT /F1 12 Tf 72 720 Td (Children Looked After Policy. The designated teacher is Ms Jones.) Tj ET\n';

/** A one-page PDF (Helvetica) whose page content is `content` (a stream, object 4) and `extra` objects from 6 on. */
function pdfWith(content: { dict: string; data: Uint8Array }, extra: RawObject[] = [], resources = ''): Uint8Array {
  return rawPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> ${resources} >> >>`,
    content,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    ...extra,
  ]);
}

describe('PDF: streams are decoded with a cap before pdf.js reads the file', () => {
  it('a page whose content stream inflates to 1.5 GB is refused after 32 MB, in about a second', async () => {
    const bytes = pdfWith({ dict: '/Filter /FlateDecode', data: zlibRepeated([{ data: TEXT }, { data: SPACES, times: 1536 }]) });
    expect(bytes.length).toBeLessThan(2 * MB);
    const { message, ms } = await refusal(loadPdf(bytes));
    expect(message).toBe('not read: the content of a page (object 4) of this PDF would unpack to more than 32 MB, too much for a policy (a decompression bomb?)');
    expect(ms).toBeLessThan(5000);
    // The same page with 1 MB of spaces is an ordinary page.
    const fine = await loadPdf(pdfWith({ dict: '/Filter /FlateDecode', data: zlibRepeated([{ data: TEXT }, { data: SPACES }]) }));
    expect(fine.original).toBe('Children Looked After Policy. The designated teacher is Ms Jones.');
  });

  it('is one fatal finding for the file, with the sentence', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-lint-caps-'));
    try {
      const file = join(dir, 'bomb.pdf');
      writeFileSync(file, pdfWith({ dict: '/Filter /FlateDecode', data: zlibRepeated([{ data: TEXT }, { data: SPACES, times: 1536 }]) }));
      const result = await new Linter({ date: '2026-11-23' }).lintFile(file);
      expect(result.messages).toEqual([expect.objectContaining({ fatal: true, severity: 2, message: expect.stringMatching(/would unpack to more than 32 MB/) })]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('follows filter chains: a small outer layer around a bomb is decoded layer by layer', async () => {
    const inner = zlibRepeated([{ data: TEXT }, { data: SPACES, times: 1536 }]);
    const outer = zlibRepeated([{ data: inner }]);
    const { message } = await refusal(loadPdf(pdfWith({ dict: '/Filter [/FlateDecode /FlateDecode]', data: outer })));
    expect(message).toMatch(/^not read: the content of a page \(object 4\) of this PDF would unpack to more than 32 MB/);
    // The same through ASCIIHexDecode, with an abbreviated filter name.
    const hex = new TextEncoder().encode(`${Buffer.from(inner).toString('hex')}>`);
    expect((await refusal(loadPdf(pdfWith({ dict: '/Filter [/AHx /Fl]', data: hex })))).message).toMatch(/would unpack to more than 32 MB/);
  });

  /** A page that draws `count` form XObjects of `mb` MB of spaces each. */
  function pdfWithForms(count: number, mb: number): Uint8Array {
    const forms: RawObject[] = [];
    for (let i = 0; i < count; i++) forms.push({ dict: '/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Filter /FlateDecode', data: zlibRepeated([{ data: SPACES, times: mb }]) });
    const xobjects = forms.map((_, i) => `/X${i} ${6 + i} 0 R`).join(' ');
    const draw = forms.map((_, i) => `/X${i} Do`).join(' ');
    return pdfWith({ dict: '/Filter /FlateDecode', data: zlibRepeated([{ data: `${TEXT}${draw}\n` }]) }, forms, `/XObject << ${xobjects} >>`);
  }

  it('counts all streams together against the document cap (128 MB)', async () => {
    // Five forms of 30 MB each: each under the stream cap, 150 MB in all.
    const { message } = await refusal(loadPdf(pdfWithForms(5, 30)));
    expect(message).toBe("not read: this PDF's streams would unpack to more than 128 MB all together, too much for a policy (a decompression bomb?)");
    // The caps are options: five forms of 1 MB are over a 4 MB document cap, and read under an 8 MB one.
    const small = pdfWithForms(5, 1);
    expect((await refusal(loadPdf(small, { streamCaps: { perDocument: 4 * MB } }))).message).toMatch(/more than 4 MB all together/);
    expect((await loadPdf(small, { streamCaps: { perDocument: 8 * MB } })).original).toBe('Children Looked After Policy. The designated teacher is Ms Jones.');
  });

  it('does not inflate images (text extraction never decodes them), unless one is read as a page\'s content', async () => {
    const image = { dict: '/Type /XObject /Subtype /Image /Width 8192 /Height 65536 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode', data: zlibRepeated([{ data: SPACES, times: 1536 }]) };
    const withImage = pdfWith({ dict: '/Filter /FlateDecode', data: zlibRepeated([{ data: `${TEXT}q 100 0 0 100 72 500 cm /Im1 Do Q\n` }]) }, [image], '/XObject << /Im1 6 0 R >>');
    const start = performance.now();
    expect((await loadPdf(withImage)).original).toBe('Children Looked After Policy. The designated teacher is Ms Jones.');
    expect(performance.now() - start).toBeLessThan(3000);
    // A bomb dressed as an image but named as the page's content is decoded, and refused.
    const dressed = rawPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents [4 0 R 5 0 R] /Resources << /Font << /F1 6 0 R >> >> >>',
      { dict: '/Filter /FlateDecode', data: zlibRepeated([{ data: TEXT }]) },
      { ...image, data: zlibRepeated([{ data: TEXT }, { data: SPACES, times: 1536 }]) },
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    ]);
    expect((await refusal(loadPdf(dressed))).message).toMatch(/^not read: the content of a page \(object 5\) of this PDF would unpack to more than 32 MB/);
  });

  it('the stream cap is an option, and an ordinary PDF is far under it', async () => {
    const bytes = await makePdf([{ texts: [{ text: 'Children Looked After Policy', x: 72, y: 720 }] }]);
    expect((await loadPdf(bytes)).original).toBe('Children Looked After Policy');
    expect((await refusal(loadPdf(bytes, { streamCaps: { perStream: 10 } }))).message).toMatch(/would unpack to more than 1 KB/);
  });
});
