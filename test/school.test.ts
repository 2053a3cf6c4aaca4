/**
 * Issue 16, item 7: school names survive curly quotes, and the same policy gets the same school name
 * from its PDF, its Word file and its Markdown.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultGuidance } from '../src/guidance/index.js';
import { loadBytes } from '../src/load/index.js';
import { buildModel } from '../src/model/index.js';
import { parseMarkdown } from '../src/parse.js';
import { makeDocx, Paragraph } from './helpers/make-docx.js';
import { column, makePdf } from './helpers/make-pdf.js';
import { ROOT } from './helpers/lint.js';

async function schoolOf(bytes: Uint8Array | string, filePath: string): Promise<string | null> {
  const doc = await loadBytes(typeof bytes === 'string' ? Buffer.from(bytes) : bytes, filePath);
  return buildModel(parseMarkdown(doc.markdown), doc.markdown, doc.artifacts, defaultGuidance).school;
}

const BODY = [
  'Policy for Children Looked After and Previously Looked After',
  'Adopted: June 2025',
  'Review: June 2026',
  'Policy Objective',
  'To implement the guidance for all children with a social worker and to promote their educational achievement.',
];

/** The same policy as Markdown (as typed), a PDF and a Word file (with Word's smart quotes). */
async function threeWays(title: string): Promise<Record<'md' | 'pdf' | 'docx', string | null>> {
  const typed = title.replace(/[\u201c\u201d]/g, '"').replace(/[\u2018\u2019]/g, "'");
  const md = [typed, ...BODY].join('\n\n') + '\n';
  const pdf = await makePdf([{ texts: column([title, ...BODY.map((l) => `\n${l}`)], 72, 720) }]);
  const docx = await makeDocx([title, ...BODY].map((text) => new Paragraph(text)), { bare: true });
  return { md: await schoolOf(md, 'policy.md'), pdf: await schoolOf(pdf, 'policy.pdf'), docx: await schoolOf(docx, 'policy.docx') };
}

describe('school names', () => {
  it.each([
    ['\u201cOakridge\u201d Primary School', '"Oakridge" Primary School'],
    ['St Mary\u2019s C of E Primary School', "St Mary's C of E Primary School"],
    ['The \u2018Beacon\u2019 Academy', "The 'Beacon' Academy"],
  ])('%s survives its curly quotes', async (title, school) => {
    expect(await schoolOf(`${title}\n\n${BODY.join('\n\n')}\n`, 'policy.md')).toBe(school);
  });

  it.each([['\u201cOakridge\u201d Primary School'], ['St Mary\u2019s Catholic Primary School'], ['Oakridge Primary School']])(
    '%s: the same name from the Markdown, the PDF and the Word file',
    async (title) => {
      const names = await threeWays(title);
      expect(names.md).toMatch(/Oakridge|Mary/);
      expect(names).toEqual({ md: names.md, pdf: names.md, docx: names.md });
    },
  );

  it('a name the PDF wrapped onto two lines ("Spring Meadow" / "Primary School") is the name the Markdown has', async () => {
    const md = ['Spring Meadow Primary School', ...BODY].join('\n\n') + '\n';
    const pdf = await makePdf([{ texts: column(['Welcome to', 'Spring Meadow', 'Primary School', ...BODY.map((l) => `\n${l}`)], 72, 720) }]);
    expect(await schoolOf(md, 'policy.md')).toBe('Spring Meadow Primary School');
    expect(await schoolOf(pdf, 'policy.pdf')).toBe('Spring Meadow Primary School');
    expect(await schoolOf('Welcome to\nSpring Meadow\nPrimary School\n\nAims\n', 'policy.txt')).toBe('Spring Meadow Primary School');
  });

  it('a kind of school alone is no name ("Primary School", "Trust", "Designated Staff in School")', async () => {
    expect(await schoolOf('Primary School\n\nDesignated Staff in School\n\nOur Trust\n\nAims\n', 'policy.md')).toBeNull();
  });

  it('the shared corpus: each PDF and Word file names the school its Markdown seed does', async () => {
    const corpus = join(ROOT, '..', 'shared', 'corpus');
    const seeds: Record<string, string> = {
      'bushey-st-james': 'bushey-st-james-trust.md',
      edwinstree: 'edwinstree-middle.md',
      'hartsfield-jmi': 'hartsfield-jmi.md',
      hartsfield: 'hartsfield-jmi-from-pdf.txt',
      windermere: 'windermere-primary.md',
    };
    for (const file of readdirSync(corpus).filter((f) => /\.(pdf|docx)$/.test(f))) {
      const seed = seeds[file.replace(/\.\w+$/, '')];
      const expected = await schoolOf(readFileSync(join(ROOT, 'fixtures', 'seeds', seed)), seed);
      expect([file, await schoolOf(readFileSync(join(corpus, file)), file)]).toEqual([file, expected]);
    }
  }, 60_000);
});
