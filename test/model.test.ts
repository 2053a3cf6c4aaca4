/** The policy model on real seed text: fields, lists with lead-ins, dates with roles, citations, sections. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultGuidance } from '../src/guidance/index.js';
import { loadString } from '../src/load/index.js';
import { buildModel } from '../src/model/index.js';
import type { PolicyModel } from '../src/model/types.js';
import { parseMarkdown } from '../src/parse.js';
import { SEEDS } from './helpers/lint.js';

function model(text: string, filePath = 'policy.md'): { model: PolicyModel; lineOf: (offset: number, space?: string) => number } {
  const doc = loadString(text, filePath);
  const m = buildModel(parseMarkdown(doc.markdown), doc.markdown, doc.artifacts, defaultGuidance);
  return {
    model: m,
    lineOf: (offset, space) => doc.locator.locate(space === 'original' ? offset : doc.map.toOriginal(offset)).line,
  };
}

function seed(name: string) {
  return model(readFileSync(join(SEEDS, name), 'utf8'), name);
}

describe('labelled fields', () => {
  it('label and value on consecutive lines (edwinstree)', () => {
    const { model: m, lineOf } = seed('edwinstree-middle.md');
    const dt = m.fields.find((f) => /Designated Teacher/.test(f.label));
    expect(dt).toMatchObject({ label: 'Name of the Designated Teacher for CLA and PLA', value: 'Jo Gant', layout: 'next-block' });
    expect(lineOf(dt!.valueSpan.start)).toBe(32);
    const dsl = m.fields.find((f) => /Safeguarding Lead/.test(f.label));
    expect(dsl?.value).toBe('Mrs Joanne Gant');
  });

  it('same-line fields in one paragraph (edwinstree "Adopted : June 2025 / Review: June 2026")', () => {
    const { model: m } = seed('edwinstree-middle.md');
    expect(m.fields.filter((f) => f.layout === 'same-line').map((f) => [f.label, f.value])).toEqual(
      expect.arrayContaining([
        ['Adopted', 'June 2025'],
        ['Review', 'June 2026'],
      ]),
    );
  });

  it('tab-separated header table rows (bushey, hartsfield)', () => {
    const bushey = seed('bushey-st-james-trust.md').model;
    expect(bushey.fields.filter((f) => f.layout === 'table-row').map((f) => [f.label, f.value])).toEqual(
      expect.arrayContaining([
        ['Last Reviewed', 'December 2021'],
        ['Next Review', 'December 2025'],
        ['Approved by', 'Bushey St James Trust'],
        ['Date', 'December 2023'],
      ]),
    );
    const hartsfield = seed('hartsfield-jmi.md').model;
    expect(hartsfield.fields.map((f) => [f.label, f.value])).toEqual(
      expect.arrayContaining([
        ['Approval Date', 'October 2023'],
        ['Review Date', 'September 2024'],
      ]),
    );
  });

  it('a label followed by a list: one value per school (bushey)', () => {
    const { model: m } = seed('bushey-st-james-trust.md');
    const perSchool = m.fields.filter((f) => f.layout === 'list' && /Designated Teachers/.test(f.label));
    expect(perSchool.map((f) => f.value)).toEqual([
      'Bushey Meads School: Sara Ash, Head of Standards, Safeguarding and SEND',
      'Hartsbourne Primary School: Danni Harte, Headteacher',
      'Little Reddings Primary School: Rebecca Tregear, Headteacher',
    ]);
  });
});

describe('dates with their role', () => {
  it('bushey: last reviewed is not a next review', () => {
    const { model: m, lineOf } = seed('bushey-st-james-trust.md');
    const byRole = (role: string) => m.dates.filter((d) => d.role === role).map((d) => [d.value.text, lineOf(d.span.start)]);
    expect(byRole('last-reviewed')).toEqual([['December 2021', 13]]);
    expect(byRole('next-review')).toEqual([['December 2025', 13]]);
  });

  it('windermere: three next-review dates (the school\'s, the model\'s, the footer\'s)', () => {
    const { model: m, lineOf } = seed('windermere-primary.md');
    expect(m.dates.filter((d) => d.role === 'next-review').map((d) => [d.value.text, lineOf(d.span.start)])).toEqual([
      ['November 2025', 10],
      ['September 2025', 23],
      ['September 2025', 228],
    ]);
    expect(m.dates.find((d) => d.role === 'published')?.value.text).toBe('September 2024');
  });

  it('hartsfield from PDF: "Review date: September 2024" on line 531', () => {
    const { model: m, lineOf } = seed('hartsfield-jmi-from-pdf.txt');
    const reviews = m.dates.filter((d) => d.role === 'next-review');
    expect(reviews.map((d) => [d.value.text, lineOf(d.span.start)])).toEqual([['September 2024', 531]]);
  });
});

describe('lists with their lead-in', () => {
  it('edwinstree: the second lead-in carries the three methods; the first carries none', () => {
    const { model: m, lineOf } = seed('edwinstree-middle.md');
    const leadIns = m.lists.filter((l) => /following methods/.test(l.leadIn.text));
    expect(leadIns.map((l) => [lineOf(l.leadIn.start), l.items.length])).toEqual([
      [225, 0],
      [230, 3],
    ]);
    expect(leadIns[1].items[0].text).toBe('Work with external agencies to ensure all appropriate strategies are in place.');
  });

  it('bushey: "o" sub-bullets are the methods', () => {
    const { model: m } = seed('bushey-st-james-trust.md');
    const list = m.lists.find((l) => /following methods/.test(l.leadIn.text));
    expect(list?.items.map((i) => i.text)).toEqual([
      'Repair and Restore meetings',
      'Wishes and feelings work',
      'Meetings with parents or carers',
      'Support Plans',
      'Internal isolation with supportive interventions',
    ]);
  });

  it('a lead-in paragraph takes the list that follows it', () => {
    const { model: m } = model('The Headteacher and Governing Body:\n\n- will ensure one\n- will ensure two\n   - nested\n\nAfter.\n');
    expect(m.lists[0].items.map((i) => i.text)).toEqual(['will ensure one', 'will ensure two']);
  });
});

describe('citations', () => {
  it('hartsfield from PDF: the text citation and the dropped URLs, with years', () => {
    const { model: m, lineOf } = seed('hartsfield-jmi-from-pdf.txt');
    const kcsie = m.citations.filter((c) => c.documentId === 'kcsie');
    expect(kcsie.map((c) => [c.year, c.via, lineOf(c.span.start, c.span.space)])).toEqual([
      [2024, 'text', 446],
      [2022, 'url', 475],
    ]);
    const behaviour = m.citations.filter((c) => c.documentId === 'behaviour-in-schools' && c.year !== null);
    expect(behaviour.map((c) => c.year)).toContain(2022);
  });

  it('a citation without a year', () => {
    const { model: m } = seed('bushey-st-james-trust.md');
    expect(m.citations.filter((c) => c.documentId === 'kcsie').map((c) => c.year)).toEqual([null]);
  });
});

describe('citations as other schools write them', () => {
  const kcsie = (text: string, filePath = 'policy.md') => {
    const { model: m, lineOf } = model(text, filePath);
    return m.citations.filter((c) => c.documentId === 'kcsie').map((c) => [c.year, lineOf(c.span.start), lineOf(c.span.end - 1)]);
  };

  it('glued by extraction', () => {
    expect(kcsie('KeepingChildrenSafeinEducation2016\n', 'policy.txt')).toEqual([[2016, 1, 1]]);
    expect(kcsie('Staff read KCSIE2023.\n')).toEqual([[2023, 1, 1]]);
  });

  it('a year on the next line of a flattened table: the citation runs from the title to the year', () => {
    expect(kcsie('Keeping Children Safe in Education\n\n2019\n\nWorking Together\n')).toEqual([[2019, 1, 3]]);
    expect(kcsie('Keeping Children Safe in Education\nSept 2019\n')).toEqual([[2019, 1, 2]]);
    // Not when the next line says more than a date, or the title does not end its line.
    expect(kcsie('Keeping Children Safe in Education\n\n2019 saw many changes.\n')).toEqual([[null, 1, 1]]);
    expect(kcsie('Keeping Children Safe in Education applies\n\n2019\n')).toEqual([[null, 1, 1]]);
  });

  it('a year that belongs to legislation is not an edition', () => {
    expect(kcsie('We follow Keeping Children Safe in Education and the Children Act 1989.\n')).toEqual([[null, 1, 1]]);
    expect(kcsie('Under the Children Act 1989 KCSIE applies.\n')).toEqual([[null, 1, 1]]);
  });

  it('an abbreviated month does not end the sentence before its year ("Sept. 2022")', () => {
    expect(kcsie("'Keeping Children Safe in Education', DfE, Sept. 2022. Staff read it.\n")).toEqual([[2022, 1, 1]]);
  });
});

describe('sections and school', () => {
  it('finds headings that are plain paragraphs in converted documents', () => {
    const { model: m } = seed('edwinstree-middle.md');
    const titles = m.sections.map((s) => s.title);
    expect(titles).toEqual(expect.arrayContaining(['Policy Objective', 'Safeguarding', 'Suspensions and Exclusion', 'Appendix 2']));
    expect(titles).not.toContain('Jo Gant');
  });

  it.each([
    ['edwinstree-middle.md', 'Edwinstree Middle School'],
    ['hartsfield-jmi.md', 'Hartsfield JMI School'],
    ['hartsfield-jmi-from-pdf.txt', 'Hartsfield School'],
    ['bushey-st-james-trust.md', 'Bushey St James Trust'],
    ['windermere-primary.md', 'Windermere Primary School'],
  ])('%s belongs to %s', (file, school) => {
    expect(seed(file).model.school).toBe(school);
  });
});
