import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { toString } from 'mdast-util-to-string';
import type { Heading, List, ListItem, Nodes, Paragraph, Root, RootContent } from 'mdast';
import { loadPlainText } from '../src/load/text.js';
import { TextLocator } from '../src/load/position-map.js';
import type { LoadedDocument } from '../src/load/types.js';

const SEEDS = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'seeds');
const seed = (name: string): string => readFileSync(join(SEEDS, name), 'utf8');

function parse(md: string): Root {
  return unified().use(remarkParse).parse(md);
}

function all(node: Nodes, type: string, out: Nodes[] = []): Nodes[] {
  if (node.type === type) out.push(node);
  if ('children' in node) for (const c of node.children) all(c as Nodes, type, out);
  return out;
}

/** Original line of an mdast node's start. */
function lineOf(doc: LoadedDocument, node: Nodes): number {
  return doc.locator.locate(doc.map.toOriginal(node.position!.start.offset!)).line;
}

/** The text of a list item's own paragraph (not its sub-list). */
function itemText(item: ListItem): string {
  const first = item.children[0];
  return first && first.type === 'paragraph' ? toString(first) : '';
}

function findItem(tree: Root, prefix: string): ListItem {
  const item = (all(tree, 'listItem') as ListItem[]).find((i) => itemText(i).startsWith(prefix));
  if (!item) throw new Error(`no list item starting "${prefix}"`);
  return item;
}

/** The list that directly contains `item`, and the node after that list in its parent. */
function containing(tree: Root, item: ListItem): { list: List; after: RootContent | undefined } {
  for (const parent of [tree, ...(all(tree, 'listItem') as ListItem[])]) {
    const children = parent.children as RootContent[];
    for (let i = 0; i < children.length; i++) {
      const c = children[i];
      if (c.type === 'list' && c.children.includes(item)) return { list: c, after: children[i + 1] };
    }
  }
  throw new Error('item not in a list');
}

/**
 * Every occurrence of `needle` in the Markdown maps, character by character, onto the same text in the
 * original; one of them is on `line`, at the column where the needle stands on that line.
 */
function expectMapped(doc: LoadedDocument, needle: string, line: number): void {
  const locator = new TextLocator(doc.original);
  const lineStart = locator.lineStart(line - 1);
  const nl = doc.original.indexOf('\n', lineStart);
  const lineText = doc.original.slice(lineStart, nl === -1 ? undefined : nl);
  const column = lineText.indexOf(needle) + 1;
  expect(column).toBeGreaterThan(0);
  const hits: number[] = [];
  for (let at = doc.markdown.indexOf(needle); at !== -1; at = doc.markdown.indexOf(needle, at + 1)) {
    const orig = doc.map.toOriginal(at);
    for (let i = 0; i < needle.length; i++) expect(doc.map.toOriginal(at + i)).toBe(orig + i);
    expect(doc.original.slice(orig, orig + needle.length)).toBe(needle);
    hits.push(orig);
  }
  expect(hits.map((o) => locator.locate(o))).toContainEqual({ line, column });
}

/** Letters and digits in the Markdown are copied from the original: they map onto themselves. */
function expectCopiedCharactersMapExactly(doc: LoadedDocument): void {
  const wrong: string[] = [];
  let last = 0;
  for (let i = 0; i < doc.markdown.length && wrong.length < 5; i++) {
    const o = doc.map.toOriginal(i);
    if (/[\p{L}\p{N}]/u.test(doc.markdown[i]) && doc.original[o] !== doc.markdown[i]) wrong.push(`${i}: ${doc.markdown[i]} -> ${o}`);
    if (o < last) wrong.push(`${i}: goes back from ${last} to ${o}`);
    last = o;
  }
  expect(wrong).toEqual([]);
}

/** The words of the prose, in order: text node values, with list markers and Markdown syntax left out. */
function words(text: string): string[] {
  return text
    .replace(/[•▪*_#\\[\]()]/g, ' ')
    .replace(/(^|\s)(o|-)(?=\s)/g, ' ')
    .replace(/-\s+(?=\p{Ll})/gu, '-')
    .split(/\s+/)
    .filter(Boolean);
}

function textValues(node: Nodes): string {
  const out: string[] = [];
  const walk = (n: Nodes): void => {
    if ('value' in n && typeof n.value === 'string') out.push(n.value);
    if ('children' in n) for (const c of n.children) walk(c as Nodes);
  };
  walk(node);
  return out.join(' ');
}

/** Everything but the artifacts of the original survives into the Markdown, in order. */
function originalWithoutArtifacts(doc: LoadedDocument): string {
  let kept = '';
  let pos = 0;
  for (const a of doc.artifacts) {
    kept += doc.original.slice(pos, a.start) + ' ';
    pos = a.end;
  }
  return kept + doc.original.slice(pos);
}

describe('loadPlainText: hartsfield-jmi-from-pdf.txt', () => {
  const original = seed('hartsfield-jmi-from-pdf.txt');
  const doc = loadPlainText(original);
  const tree = parse(doc.markdown);
  const paragraphs = all(tree, 'paragraph') as Paragraph[];
  const headings = all(tree, 'heading') as Heading[];

  it('returns a text document with the original and a locator', () => {
    expect(doc.format).toBe('text');
    expect(doc.original).toBe(original);
    expect(doc.revisions).toBeUndefined();
    expect(doc.locator.locate(0)).toEqual({ line: 1, column: 1 });
  });

  it('joins hard-wrapped lines into paragraphs, across blank lines and a broken hyphen', () => {
    const p = paragraphs.map((n) => toString(n)).find((t) => t.startsWith('At Hartsfield School, we will ensure'));
    expect(p).toBeDefined();
    expect(p).toContain('(PLA) have access');
    expect(p).toContain('school-based interventions');
    expect(p!.endsWith('DfE guidance.')).toBe(true);
    // Over two URL lines the PDF dropped mid-sentence.
    const q = paragraphs.map((n) => toString(n)).find((t) => t.startsWith('We understand that this new guidance'));
    expect(q).toContain('ensure that those who have lost the most from the pandemic');
    expect(q).toContain('the Deaton Review, the Nuffield Foundation, 2022.');
    // "trauma-" / "informed"
    expect(doc.markdown).toContain('using a trauma-informed approach');
  });

  it('makes the suspension lead-in (line 496) an item with nothing listed under it', () => {
    const item = findItem(tree, 'We will use the following methods to avoid suspending or excluding a child known to a Social Worker;');
    expect(lineOf(doc, item)).toBe(496);
    expect(item.children).toHaveLength(1);
    const { list, after } = containing(tree, item);
    expect(list.children[list.children.length - 1]).toBe(item);
    expect(after?.type).toBe('paragraph');
    expect(toString(after!).startsWith('We understand that the Equality Act 2010')).toBe(true);
    // The items before it (lines 459-494, across the URL lines 475-479) are one list.
    expect(list.children.map((i) => lineOf(doc, i))).toEqual([459, 463, 466, 471, 473, 480, 484, 488, 491, 496]);
  });

  it('nests the "o" items under their bullet', () => {
    const item = findItem(tree, 'The VSH should ensure that mental health training includes:');
    expect(item.children).toHaveLength(2);
    const sub = item.children[1] as List;
    expect(sub.type).toBe('list');
    expect(sub.children.map((i) => lineOf(doc, i))).toEqual([679, 683, 687, 691]);
    expect(itemText(sub.children[0])).toBe(
      'the value of a graduated approach to assessing, understanding, and meeting the social, emotional, and mental health needs of children and young people with a social worker',
    );
    const recovery = findItem(tree, 'VSHs should be aware of the following initiatives');
    expect((recovery.children[1] as List).children.map(itemText)).toEqual([
      'The National Tutoring Programme',
      'The Summer School Programme',
      'Recovery Premium',
    ]);
    // "▪" bullets are items too.
    expect(lineOf(doc, findItem(tree, 'A safe and secure environment is provided'))).toBe(179);
  });

  it('finds the section headings and keeps their text exactly', () => {
    const byText = new Map(headings.map((h) => [toString(h), h]));
    for (const [title, line] of [
      ['Policy Objective', 23],
      ['Intention', 57],
      ['Impact', 173],
      ['Safeguarding:', 440],
      ['Suspensions and Exclusion:', 452],
      ['Attendance:', 341],
      ['Roles and Responsibilities: Education planning for all children with a Social Worker', 245],
      ['Appendix 2', 791],
      ['Appendix 3.    Risk Assessment to Support Behaviour Policy', 864],
      ['Multi-Agency Working:', 819],
      ['Mental health and well-being', 671],
    ] as const) {
      const h = byText.get(title);
      expect(h).toBeDefined();
      expect(h!.depth).toBe(2);
      expect(lineOf(doc, h!)).toBe(line);
    }
  });

  it('does not make names, labels, dates or the table of contents into headings', () => {
    const headingTexts = headings.map((h) => toString(h));
    for (const t of [
      'Kathryn Dearn',
      'Name of the Designated Teacher for CLA and PLA',
      'Allison Gaskell',
      'Philippa Smith',
      'Date October 2023',
      'Review date: September 2024',
      'September 2024',
      'That is:',
      'The Headteacher and Governing Body:',
      'Content:',
      'Email: steps@hertfordshire.gov.uk',
    ]) {
      expect(headingTexts).not.toContain(t);
    }
    const kathryn = paragraphs.find((p) => toString(p) === 'Kathryn Dearn');
    expect(kathryn).toBeDefined();
    expect(lineOf(doc, kathryn!)).toBe(39);
    // Lines 9-19: "Content:" and a list of five entries, no headings.
    expect(headings.filter((h) => lineOf(doc, h) < 23)).toEqual([]);
    expect(findItem(tree, 'Role and Responsibilities').children).toHaveLength(1);
    expect(lineOf(doc, findItem(tree, 'Implementation'))).toBe(15);
  });

  it('keeps URLs between lines out of the prose as artifacts at their exact lines', () => {
    const urls = doc.artifacts.filter((a) => a.kind === 'url');
    const lines = urls.map((a) => doc.locator.locate(a.start));
    for (let line = 475; line <= 479; line++) expect(lines).toContainEqual({ line, column: 1 });
    const kcsie = urls.find((a) => a.text.endsWith('KCSIE_2022_revised.pdf'))!;
    expect(doc.locator.locate(kcsie.start)).toEqual({ line: 475, column: 1 });
    expect(original.slice(kcsie.start, kcsie.end)).toBe(kcsie.text);
    expect(doc.markdown).not.toContain('KCSIE_2022_revised');
    expect(doc.markdown).not.toContain('https://');
    expect(doc.locator.locate(urls[0].start).line).toBe(73);
  });

  it('records the page number "5" (line 242) as an artifact', () => {
    const pages = doc.artifacts.filter((a) => a.kind === 'page-number');
    expect(pages).toHaveLength(1);
    expect(pages[0].text).toBe('5');
    expect(doc.locator.locate(pages[0].start)).toEqual({ line: 242, column: 1 });
    expect(doc.markdown).not.toMatch(/^5$/m);
    // No running headers in this file.
    expect(doc.artifacts.filter((a) => a.kind === 'running-header')).toEqual([]);
  });

  it('maps words on hard-wrapped lines back to their original line and column', () => {
    expectMapped(doc, 'KCSIE guidance', 446);
    expect(doc.locator.locate(doc.map.toOriginal(doc.markdown.indexOf('KCSIE')))).toEqual({ line: 446, column: 1 });
    expectMapped(doc, 'September 2024, if there are', 446);
    expectMapped(doc, 'criteria', 314);
    expectMapped(doc, 'based interventions', 53);
    expectMapped(doc, 'Review date: September 2024', 531);
    expectMapped(doc, 'Kathryn Dearn', 39);
    expectMapped(doc, 'Statutory Post and Kathryn Dearn', 282);
    expectMapped(doc, 'have lost the most', 75);
    expectMapped(doc, 'We will use the following methods', 496);
    expectMapped(doc, 'the value of a graduated approach', 679);
    expectMapped(doc, 'Suspensions and Exclusion:', 452);
  });

  it('loses no word of the prose', () => {
    expect(words(textValues(tree))).toEqual(words(originalWithoutArtifacts(doc)));
  });

  it('maps every copied character onto itself, in order', () => {
    expectCopiedCharactersMapExactly(doc);
  });
});

describe('loadPlainText: rules on small texts', () => {
  const md = (text: string): string => loadPlainText(text).markdown;

  it('handles an empty file', () => {
    const doc = loadPlainText('');
    expect(doc.markdown).toBe('');
    expect(doc.artifacts).toEqual([]);
    expect(parse(doc.markdown).children).toEqual([]);
  });

  it('handles a file with no trailing newline', () => {
    const doc = loadPlainText('Hello there.\nThis is the end.');
    expect(doc.markdown).toBe('Hello there.\n\nThis is the end.\n');
    expectMapped(doc, 'the end', 2);
  });

  it('reads the format it is given (the PDF loader passes pdf)', () => {
    expect(loadPlainText('Text.').format).toBe('text');
    expect(loadPlainText('Text.', { format: 'pdf' }).format).toBe('pdf');
  });

  it('keeps a file that is only URLs out of the prose entirely', () => {
    const doc = loadPlainText('https://www.gov.uk/a\nwww.example.org/b\n\nmailto:someone@example.org\n<https://example.org/c>\n');
    expect(doc.markdown.trim()).toBe('');
    expect(doc.artifacts.map((a) => [a.kind, doc.locator.locate(a.start).line])).toEqual([
      ['url', 1],
      ['url', 2],
      ['url', 4],
      ['url', 5],
    ]);
  });

  it('keeps a URL inside a sentence where it is', () => {
    expect(md('See https://www.gov.uk/guidance for more.')).toBe('See https://www.gov.uk/guidance for more.\n');
  });

  it('drops a "Page 2 of 9" footer and joins the sentence it interrupted', () => {
    const text = 'The school will make sure that every child who is looked after has a plan that\nPage 2 of 9\nis reviewed each term.\n';
    const doc = loadPlainText(text);
    expect(doc.markdown).toBe('The school will make sure that every child who is looked after has a plan that is reviewed each term.\n');
    expect(doc.artifacts).toEqual([{ kind: 'page-number', text: 'Page 2 of 9', start: text.indexOf('Page'), end: text.indexOf('Page') + 11 }]);
    expectMapped(doc, 'is reviewed', 3);
  });

  it('knows the other page-number styles, but not a year', () => {
    for (const footer of ['12', 'Page 3', '- 4 -', '5 | Page', 'page 7 of 12']) {
      const doc = loadPlainText(`First paragraph.\n\n${footer}\n\nSecond paragraph.`);
      expect(doc.artifacts.map((a) => a.kind)).toEqual(['page-number']);
      expect(doc.markdown).toBe('First paragraph.\n\nSecond paragraph.\n');
    }
    expect(loadPlainText('Reviewed in\n\n2024').artifacts).toEqual([]);
  });

  it('makes "▪", "•", "●", "-" and "–" bullets into list items', () => {
    const doc = loadPlainText('Our aims:\n\n▪ first aim\n\n• second aim\n● third aim\n - fourth aim\n– fifth aim\n');
    expect(doc.markdown).toBe('Our aims:\n\n- first aim\n- second aim\n- third aim\n- fourth aim\n- fifth aim\n');
    const list = parse(doc.markdown).children[1] as List;
    expect(list.children.map((i) => lineOf(doc, i))).toEqual([3, 5, 6, 7, 8]);
  });

  it('joins a bullet whose text wraps over three lines', () => {
    const text = [
      '• The designated teacher will make sure that the child has a personal education plan which is',
      'reviewed every term with the social worker, the carer and the virtual school, and that the plan',
      'is used.',
      '• Next item.',
    ].join('\n');
    const doc = loadPlainText(text);
    const tree = parse(doc.markdown);
    const list = tree.children[0] as List;
    expect(list.children).toHaveLength(2);
    expect(itemText(list.children[0])).toBe(
      'The designated teacher will make sure that the child has a personal education plan which is reviewed every term with the social worker, the carer and the virtual school, and that the plan is used.',
    );
    expectMapped(doc, 'is used.', 3);
    expectMapped(doc, 'reviewed every term', 2);
  });

  it('joins a word broken at a hyphen without a space, even across a blank line', () => {
    const doc = loadPlainText('children get access to school-\n\nbased interventions.\n');
    expect(doc.markdown).toBe('children get access to school-based interventions.\n');
    expectMapped(doc, 'based interventions', 3);
  });

  it('joins across blank lines only when the sentence goes on', () => {
    expect(md('We will extend the priority for additional support to this group of\n\nchildren.\n')).toBe(
      'We will extend the priority for additional support to this group of children.\n',
    );
    expect(md('Children previously looked after\n\n(PLA) have access.')).toBe('Children previously looked after (PLA) have access.\n');
    expect(md('The first paragraph ends here.\n\nThe second starts here.')).toBe('The first paragraph ends here.\n\nThe second starts here.\n');
    // A section name in lower case is just a word going on; capitalised after a short line, a heading.
    expect(md('We will work with families to improve\n\nattendance.')).toBe('We will work with families to improve attendance.\n');
    expect(md('We will work with families on\n\nSafeguarding:\n\nStaff will be vigilant for any safeguarding issues at all.')).toBe(
      'We will work with families on\n\n## Safeguarding:\n\nStaff will be vigilant for any safeguarding issues at all.\n',
    );
  });

  it('keeps a line that stops short of the margin apart from a capitalised next line', () => {
    expect(md('Hertfordshire Steps\nHertfordshire Steps is the approach we use in this school for behaviour.')).toBe(
      '## Hertfordshire Steps\n\nHertfordshire Steps is the approach we use in this school for behaviour.\n',
    );
  });

  it('drops leading, trailing and non-breaking spaces at line ends', () => {
    const doc = loadPlainText('   The plan is written with the carer and\u00a0 \n  the social worker.\u00a0\n');
    expect(doc.markdown).toBe('The plan is written with the carer and the social worker.\n');
    expectMapped(doc, 'the social worker.', 2);
  });

  it('removes a running header repeated 3 or more times and joins the list around it', () => {
    const header = 'Hartsfield JMI School – Policy for Children with a Social Worker';
    const text = [header, '', 'Intro paragraph that is long enough to count.', '', '• one', '', header, '', '• two', '• three', '', header, ''].join('\n');
    const doc = loadPlainText(text);
    const heads = doc.artifacts.filter((a) => a.kind === 'running-header');
    expect(heads.map((a) => doc.locator.locate(a.start).line)).toEqual([1, 7, 12]);
    expect(heads.every((a) => a.text === header)).toBe(true);
    expect(doc.markdown).not.toContain('Hartsfield JMI');
    const tree = parse(doc.markdown);
    expect(tree.children.map((c) => c.type)).toEqual(['paragraph', 'list']);
    expect((tree.children[1] as List).children.map(itemText)).toEqual(['one', 'two', 'three']);
  });

  it('does not treat repeated list items or section names as running headers', () => {
    const text = ['• Are in contact with a social worker', '• Are in contact with a social worker', '• Are in contact with a social worker', 'Special Educational Needs & Disabilities:', 'Special Educational Needs & Disabilities:', 'Special Educational Needs & Disabilities:'].join('\n\n');
    expect(loadPlainText(text).artifacts).toEqual([]);
  });

  it('nests "o" items only under a bullet; elsewhere "o" is text', () => {
    expect(md('• Training includes:\no first thing\no second thing\n• Next')).toBe(
      '- Training includes:\n  - first thing\n  - second thing\n- Next\n',
    );
    expect(md('• Programmes:\no The National Tutoring Programme o The Summer School Programme')).toBe(
      '- Programmes:\n  - The National Tutoring Programme\n  - The Summer School Programme\n',
    );
    const doc = loadPlainText('Some introduction here.\n\no dear, this is not a bullet.');
    expect(parse(doc.markdown).children.map((c) => c.type)).toEqual(['paragraph', 'paragraph']);
  });

  it('makes short lines followed by prose or a list into headings, but not labels and names', () => {
    const text = [
      'Safeguarding:',
      '',
      'School staff will be vigilant for any safeguarding issues that affect children.',
      '',
      'Name of the Designated Teacher for CLA and PLA',
      '',
      'Kathryn Dearn',
      '',
      'Name of the Designated School Governor for CLA and PLA',
      '',
      'Recovery programmes',
      '',
      '• The National Tutoring Programme',
      '',
      'That is:',
      '',
      '• a lead-in is not a heading',
    ].join('\n');
    const tree = parse(md(text));
    expect((all(tree, 'heading') as Heading[]).map((h) => toString(h))).toEqual(['Safeguarding:', 'Recovery programmes']);
    expect((all(tree, 'paragraph') as Paragraph[]).map((p) => toString(p))).toContain('Kathryn Dearn');
  });

  it('escapes what plain text would otherwise turn into Markdown syntax', () => {
    const lines = ['1. This line is not a list.', '# Not a heading.', '> Not a quote.', '---', '+ not a list either.', 'Stars *stay* and under_scores_ stay, as do [brackets] and <tags>.', '2) Nor is this.'];
    const doc = loadPlainText(lines.join('\n\n'));
    const tree = parse(doc.markdown);
    expect(tree.children.map((c) => c.type)).toEqual(Array(lines.length).fill('paragraph'));
    expect(tree.children.map((c) => toString(c))).toEqual(lines);
    // The inserted backslash maps to the character it protects.
    const at = doc.markdown.indexOf('\\#');
    expect(doc.map.toOriginal(at)).toBe(doc.original.indexOf('#'));
    expectCopiedCharactersMapExactly(doc);
  });
});
