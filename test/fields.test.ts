/**
 * Labelled fields as other schools' documents write them (synthetic text for each phrasing class): a
 * dash between label and value, several pairs on one line, a label glued to its value by extraction, a
 * flattened table, YAML front matter. And what is not a field.
 */
import { defaultGuidance } from '../src/guidance/index.js';
import { loadString } from '../src/load/index.js';
import { buildModel } from '../src/model/index.js';
import type { Field, PolicyModel } from '../src/model/types.js';
import { parseMarkdown } from '../src/parse.js';

function build(text: string, filePath = 'policy.md') {
  const doc = loadString(text, filePath);
  const model: PolicyModel = buildModel(parseMarkdown(doc.markdown), doc.markdown, doc.artifacts, defaultGuidance);
  const where = (offset: number) => doc.locator.locate(doc.map.toOriginal(offset));
  /** A field as [label, value, line:column of the label, line:column of the value]. */
  const view = (f: Field) => {
    const l = where(f.labelSpan.start);
    const v = where(f.valueSpan.start);
    return [f.label, f.value, `${l.line}:${l.column}`, `${v.line}:${v.column}`];
  };
  return { model, doc, view };
}

const pairs = (text: string, filePath?: string) => build(text, filePath).model.fields.map((f) => [f.label, f.value]);
const reviews = (text: string, filePath?: string) =>
  build(text, filePath)
    .model.dates.filter((d) => d.role === 'next-review')
    .map((d) => d.value.text);

describe('a dash between a short label and its value', () => {
  it.each([
    ['Designated Teacher - Jessica Field', 'Designated Teacher', 'Jessica Field'],
    ['Designated Safeguarding Lead \u2013 Mr A. Okafor', 'Designated Safeguarding Lead', 'Mr A. Okafor'],
    ['Designated Teacher - Mrs. J. Smith', 'Designated Teacher', 'Mrs. J. Smith'],
    ['Governor with responsibility for Children Looked After - Sarah Keane', 'Governor with responsibility for Children Looked After', 'Sarah Keane'],
    ['Next review date -March 2025', 'Next review date', 'March 2025'],
    ['Review Date \u2013 Sept 2024', 'Review Date', 'Sept 2024'],
    ['Date created \u2014 08/11/2024', 'Date created', '08/11/2024'],
  ])('%s', (line, label, value) => {
    for (const filePath of ['policy.md', 'policy.txt']) {
      expect(pairs(`# Policy\n\n${line}\n`, filePath)).toEqual([[label, value]]);
    }
  });

  it('in a bulleted list of policy details, with positions', () => {
    const { model, view } = build('Policy details\n\n  \u2022 Date reviewed - September 2023\n  \u2022 Next review date - September 2024\n', 'policy.txt');
    expect(model.fields.map(view)).toEqual([
      ['Date reviewed', 'September 2023', '3:5', '3:21'],
      ['Next review date', 'September 2024', '4:5', '4:24'],
    ]);
    expect(model.dates.map((d) => [d.role, d.value.text])).toEqual([
      ['last-reviewed', 'September 2023'],
      ['next-review', 'September 2024'],
    ]);
  });

  it.each([
    ['a hyphenated word', 'Co-op Academy Leeds'],
    ['an academic year', 'Children Looked After Policy 2023-24'],
    ['a range', 'Key Stage 2 - 4 pupils'],
    ['a sentence that goes on after the dash', 'Attendance \u2013 we will monitor attendance closely'],
    ['a role followed by a duty', 'The Designated Teacher \u2013 will attend training'],
    ['a long sentence', 'Children become looked after - either because a court has made a care order or because their parents have agreed to it, as the Act allows.'],
    ['a date label with no date after the dash', 'Review date - to be agreed by governors'],
    ['a page number in a list of contents', 'The role of the Designated Teacher - 4'],
  ])('not a field: %s', (_name, line) => {
    expect(pairs(`# Policy\n\n${line}\n`)).toEqual([]);
  });

  it('not in a heading: "Designated Teacher – Role and Responsibilities" is a title', () => {
    const text = '# Policy\n\n## Designated Teacher \u2013 Role and Responsibilities\n\nThe governing body appoints a designated teacher to promote the education of looked-after children.\n';
    expect(pairs(text)).toEqual([]);
    // A date label's is a field even in a heading (a text loader marks short lines as headings).
    expect(pairs('# Next review date \u2013 March 2025\n')).toEqual([['Next review date', 'March 2025']]);
  });
});

describe('several label-value pairs on one line', () => {
  it.each([
    ['Date of Agreement: April 2017 Date for Review: April 2018', [['Date of Agreement', 'April 2017'], ['Date for Review', 'April 2018']]],
    ['Approved: 10/07/2025 Next review: 10/07/2027', [['Approved', '10/07/2025'], ['Next review', '10/07/2027']]],
    ['Headteacher: Jane Smith Chair of Governors: John Brown', [['Headteacher', 'Jane Smith'], ['Chair of Governors', 'John Brown']]],
    ['Designated Teacher: Mrs Jones Deputy Head: Mr Smith', [['Designated Teacher', 'Mrs Jones'], ['Deputy Head', 'Mr Smith']]],
    [
      'Approved by: Adele Clark (Headteacher) Date: 4 May 2023 Next review due: May 2024',
      [['Approved by', 'Adele Clark (Headteacher)'], ['Date', '4 May 2023'], ['Next review due', 'May 2024']],
    ],
    ['Owner: School Business Manager | Ratified: Spring 2024', [['Owner', 'School Business Manager'], ['Ratified', 'Spring 2024']]],
    ['Adopted: June 2025; Review: June 2026', [['Adopted', 'June 2025'], ['Review', 'June 2026']]],
    [
      'Document: Child Protection Policy Woodkirk Academy Version Number: 2.0',
      [['Document', 'Child Protection Policy Woodkirk Academy'], ['Version Number', '2.0']],
    ],
    ['PUBLICATION SCHEDULE NUMBER: CSF4093 PUBLICATION DATE: September 2024', [['PUBLICATION SCHEDULE NUMBER', 'CSF4093'], ['PUBLICATION DATE', 'September 2024']]],
  ])('%s', (line, expected) => {
    expect(pairs(`# Policy\n\n${line}\n`)).toEqual(expected);
  });

  it('each pair has its own span', () => {
    const { model, view } = build('# Policy\n\nDate of Agreement: April 2017 Date for Review: April 2018\n');
    expect(model.fields.map(view)).toEqual([
      ['Date of Agreement', 'April 2017', '3:1', '3:20'],
      ['Date for Review', 'April 2018', '3:31', '3:48'],
    ]);
    expect(model.dates.filter((d) => d.role === 'next-review').map((d) => d.value.text)).toEqual(['April 2018']);
  });

  it('a colon that is not a label\'s stays in the value', () => {
    expect(pairs('# Policy\n\nContact: see https://example.org/contact at 10:30 daily\n')).toEqual([['Contact', 'see https://example.org/contact at 10:30 daily']]);
    // No date, separator or label word says where a second label would start.
    expect(pairs('# Policy\n\nNote: pupils who need help should ask: their teacher\n')).toEqual([['Note', 'pupils who need help should ask: their teacher']]);
  });
});

describe('a label glued to its value by extraction', () => {
  it.each([
    ['Designated Teacher for Children Looked AfterJessica Field', 'Designated Teacher for Children Looked After', 'Jessica Field'],
    ['Designated TeacherMrs J McDonald', 'Designated Teacher', 'Mrs J McDonald'],
    ['Next review dateSeptember 2025', 'Next review date', 'September 2025'],
    ['Dateofnextreview:September2017', 'Dateofnextreview', 'September2017'],
    ['ReviewDate:Sept2024', 'ReviewDate', 'Sept2024'],
  ])('%s', (line, label, value) => {
    expect(pairs(`${line}\n`, 'policy.txt')).toEqual([[label, value]]);
  });

  it('glued dates and labels get their roles', () => {
    expect(reviews('Dateofnextreview:September2017\n', 'policy.txt')).toEqual(['September2017']);
    expect(reviews('ReviewDate:Sept2024\n', 'policy.txt')).toEqual(['Sept2024']);
  });

  it.each([
    ['a name with a capital inside', 'Our SENCo is Mrs McDonald'],
    ['glued words that are no label', 'The school ClarendonPrimary School welcomes all'],
    ['a role label glued to a lower-case word', 'Designated Teacherwill be trained'],
  ])('not a field: %s', (_name, line) => {
    expect(pairs(`${line}\n`, 'policy.txt')).toEqual([]);
  });
});

describe('a date label and a date with nothing between them', () => {
  it('"Policy reviewed 31st August 2023"', () => {
    expect(pairs('Policy reviewed 31st August 2023\n\nDate approved by Governing Body 13th September 2023\n', 'policy.txt')).toEqual([
      ['Policy reviewed', '31st August 2023'],
      ['Date approved by Governing Body', '13th September 2023'],
    ]);
  });

  it('not a sentence with a date in it', () => {
    expect(pairs('The policy was reviewed in September 2023.\n', 'policy.txt')).toEqual([]);
    expect(pairs('Updated March 2024\n', 'policy.txt')).toEqual([]);
  });
});

describe('a label line whose value is the next line', () => {
  it('a date label followed by a line that is only a date', () => {
    expect(pairs('# Policy\n\nPolicy reviewed\n\n31st August 2023\n\nDate approved by Governing Body\n\n13th September 2023\n')).toEqual([
      ['Policy reviewed', '31st August 2023'],
      ['Date approved by Governing Body', '13th September 2023'],
    ]);
  });

  it('a label followed by another label has no value there, and the value after both is not guessed', () => {
    expect(pairs('# Policy\n\nNext review date\n\nApproved by:\n\nSeptember 2025\n\nSomething else\n')).toEqual([]);
    expect(pairs('# Policy\n\nApproved by:\n\nFull Governing Body\n')).toEqual([['Approved by', 'Full Governing Body']]);
  });
});

describe('a table flattened by extraction: label lines, then value lines', () => {
  const table = 'Date approved\n\nNext review date\n\nSeptember 2023\n\nSeptember 2025\n\nThis policy sets out how the school supports the children it looks after.\n';

  it.each(['policy.md', 'policy.txt'])('pairs labels and values in order (%s)', (filePath) => {
    const { model, view } = build(table, filePath);
    expect(model.fields.map(view)).toEqual([
      ['Date approved', 'September 2023', '1:1', '5:1'],
      ['Next review date', 'September 2025', '3:1', '7:1'],
    ]);
    expect(model.dates.filter((d) => d.role === 'next-review').map((d) => d.value.text)).toEqual(['September 2025']);
  });

  it('lines of one paragraph, as Markdown keeps them', () => {
    const text = 'Date approved\nNext review date\nDesignated Teacher:\nSeptember 2023\nSeptember 2025\nJessica Field\n\nThis policy sets out how the school supports the children it looks after.\n';
    expect(pairs(text)).toEqual([
      ['Date approved', 'September 2023'],
      ['Next review date', 'September 2025'],
      ['Designated Teacher', 'Jessica Field'],
    ]);
    expect(reviews(text)).toEqual(['September 2025']);
  });

  it('not when the values do not line up with the labels', () => {
    // A date label's value must be a date, and no other label's may be.
    expect(reviews('Date approved\n\nNext review date\n\nSeptember 2023\n\nGoverning Body\n\nThis policy sets out how the school supports the children it looks after.\n')).toEqual([]);
    // One value too many: which belongs to which is a guess.
    expect(
      reviews('Date approved\n\nNext review date\n\nSeptember 2023\n\nSeptember 2024\n\nSeptember 2025\n\nThis policy sets out how the school supports the children it looks after.\n'),
    ).toEqual([]);
    // Role labels over a list of contents that runs on: the lines after them are not their values.
    expect(
      pairs('Designated teacher at the school:\n\nDesignated governor at the school:\n\nDefinition\n\nRationale\n\nResponsibility of the Head teacher\n\nConfidentiality\n', 'policy.txt'),
    ).toEqual([]);
    // Too few values.
    expect(reviews('Date approved\n\nNext review date\n\nSeptember 2023\n\nThis policy sets out how the school supports the children it looks after.\n')).toEqual([]);
  });
});

describe('YAML front matter', () => {
  const text = '---\nreview_date: 2014-11-25\ntitle: "Looked after children"\nlast_reviewed: 2013-11-25\ntags:\n  - cla\n---\n\n# Policy\n\nText.\n';

  it('its keys are fields, with positions in the original file', () => {
    const { model, view } = build(text);
    expect(model.fields.map(view)).toEqual([
      ['review_date', '2014-11-25', '2:1', '2:14'],
      ['title', 'Looked after children', '3:1', '3:9'],
      ['last_reviewed', '2013-11-25', '4:1', '4:16'],
    ]);
    expect(model.dates.map((d) => [d.role, d.value.text])).toEqual([
      ['next-review', '2014-11-25'],
      ['last-reviewed', '2013-11-25'],
    ]);
  });

  it('is not read as a thematic break and a heading', () => {
    const { model } = build(text);
    expect(model.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['Policy']);
    expect(model.title).toBe('Policy');
  });

  it('with CRLF line ends, camelCase keys and quotes', () => {
    const { model, view } = build('---\r\nnextReview: "September 2027"\r\n---\r\n\r\nText.\r\n');
    expect(model.fields.map(view)).toEqual([['nextReview', 'September 2027', '2:1', '2:14']]);
    expect(model.dates.map((d) => d.role)).toEqual(['next-review']);
  });

  it('a document that merely starts with a horizontal rule keeps its text', () => {
    const { model } = build('---\n\nSchool Name\n\nPolicy review date: May 2020\n\n---\n\nText.\n');
    expect(model.blocks.map((b) => b.text)).toEqual(['School Name', 'Policy review date: May 2020', 'Text.']);
  });
});
