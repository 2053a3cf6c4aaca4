import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { toString } from 'mdast-util-to-string';
import type { List, ListItem, Nodes, Paragraph, Root, RootContent } from 'mdast';
import { loadMarkdown } from '../src/load/markdown.js';
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

function lineOf(doc: LoadedDocument, node: Nodes): number {
  return doc.locator.locate(doc.map.toOriginal(node.position!.start.offset!)).line;
}

function itemText(item: ListItem): string {
  const first = item.children[0];
  return first && first.type === 'paragraph' ? toString(first) : '';
}

function itemAtLine(doc: LoadedDocument, tree: Root, line: number): ListItem {
  const item = (all(tree, 'listItem') as ListItem[]).find((i) => lineOf(doc, i) === line);
  if (!item) throw new Error(`no list item at line ${line}`);
  return item;
}

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

function subList(item: ListItem): List | undefined {
  return item.children.find((c): c is List => c.type === 'list');
}

/** Every occurrence of `needle` maps char by char onto the same text; one is at `line`, where it stands. */
function expectMapped(doc: LoadedDocument, needle: string, line: number): void {
  const locator = new TextLocator(doc.original);
  const lineStart = locator.lineStart(line - 1);
  const nl = doc.original.indexOf('\n', lineStart);
  const column = doc.original.slice(lineStart, nl === -1 ? undefined : nl).indexOf(needle) + 1;
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

/** Lines of the original that appear unchanged, as whole lines, in the Markdown, at the same place. */
function expectLineKept(doc: LoadedDocument, line: number): void {
  const locator = new TextLocator(doc.original);
  const start = locator.lineStart(line - 1);
  const nl = doc.original.indexOf('\n', start);
  const text = doc.original.slice(start, nl === -1 ? undefined : nl);
  let at = doc.markdown.indexOf(`\n${text}\n`);
  while (at !== -1 && doc.map.toOriginal(at + 1) !== start) at = doc.markdown.indexOf(`\n${text}\n`, at + 1);
  expect(at).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < text.length; i++) expect(doc.map.toOriginal(at + 1 + i)).toBe(start + i);
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

describe('loadMarkdown: edwinstree-middle.md (running header)', () => {
  const original = seed('edwinstree-middle.md');
  const doc = loadMarkdown(original);
  const tree = parse(doc.markdown);

  it('returns a markdown document', () => {
    expect(doc.format).toBe('markdown');
    expect(doc.original).toBe(original);
    expect(doc.revisions).toBeUndefined();
  });

  it('keeps the repeated page header out, one artifact per occurrence', () => {
    const heads = doc.artifacts.filter((a) => a.kind === 'running-header');
    expect(heads.map((a) => doc.locator.locate(a.start))).toEqual(
      [3, 52, 72, 96, 126, 202, 227, 304, 360].map((line) => ({ line, column: 1 })),
    );
    for (const a of heads) {
      expect(a.text).toBe('All mankind is made in the image of God Genesis 1:26 27');
      expect(original.slice(a.start, a.end)).toBe(a.text);
    }
    expect(doc.markdown).not.toContain('All mankind');
    expect(doc.artifacts).toHaveLength(heads.length);
  });

  it('joins the suspension list across the removed header (lines 225 and 229)', () => {
    const first = itemAtLine(doc, tree, 225);
    expect(itemText(first)).toBe('We will use the following methods to avoid suspending a child known to a Social Worker;');
    const { list } = containing(tree, first);
    expect(list.children).toContain(itemAtLine(doc, tree, 229));
    expect(list.children.map((i) => lineOf(doc, i))).toEqual([216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 229, 230, 234]);
    // And the two halves of the list at lines 124/128 and 200/204 are one list each.
    expect(containing(tree, itemAtLine(doc, tree, 124)).list.children).toContain(itemAtLine(doc, tree, 128));
    expect(containing(tree, itemAtLine(doc, tree, 200)).list.children).toContain(itemAtLine(doc, tree, 204));
  });

  it('nests the three sub-items (lines 231-233) under line 230', () => {
    const parent = itemAtLine(doc, tree, 230);
    expect(itemText(parent)).toBe('We will use the following methods to avoid suspension:');
    const sub = subList(parent)!;
    expect(sub.children.map((i) => lineOf(doc, i))).toEqual([231, 232, 233]);
    expect(itemText(sub.children[0])).toBe('Work with external agencies to ensure all appropriate strategies are in place.');
  });

  it('nests the "o" sub-items and splits the three glued on line 302', () => {
    expect(subList(itemAtLine(doc, tree, 292))!.children.map(itemText)).toEqual([
      'the value of a graduated approach to assessing, understanding, and meeting the social, emotional, and mental health needs of children and young people with a social worker',
      'how to identify signs of potential mental health issues for children with a social worker and how to access further assessment and support where necessary',
      'understanding the impact of issues that children with a social worker can experience and that settings are able to offer targeted support to meet the needs of these children',
      "how to recognise the value of engaging the child's voice in the process of identification and support",
    ]);
    const recovery = subList(itemAtLine(doc, tree, 301))!;
    expect(recovery.children.map(itemText)).toEqual(['The National Tutoring Programme', 'The Summer School Programme', 'Recovery Premium']);
    expect(recovery.children.map((i) => lineOf(doc, i))).toEqual([302, 302, 302]);
    expectMapped(doc, 'Recovery Premium', 302);
  });

  it('joins the sentence the header cut in two (line 94 "…are created" / line 98 "for every pupil")', () => {
    const item = itemAtLine(doc, tree, 94);
    expect(itemText(item)).toMatch(/positive school ethos are created\sfor every pupil$/);
    expect(containing(tree, item).list.children).toContain(itemAtLine(doc, tree, 100));
  });

  it('maps words after a removed header back to their original lines', () => {
    expectMapped(doc, 'Work with external agencies', 231);
    expectMapped(doc, 'We will make every effort to avoid suspending', 229);
    expectMapped(doc, 'for every pupil', 98);
    expectMapped(doc, 'Understanding the evidence', 362);
    expectMapped(doc, 'Review: June 2026', 19);
    expectMapped(doc, 'Tel: 01707 281587', 381);
    expectCopiedCharactersMapExactly(doc);
  });
});

describe('loadMarkdown: bushey-st-james-trust.md', () => {
  const doc = loadMarkdown(seed('bushey-st-james-trust.md'));
  const tree = parse(doc.markdown);

  it('nests the "o" items (lines 222-226) under line 221 without the "o"', () => {
    const parent = itemAtLine(doc, tree, 221);
    expect(itemText(parent)).toBe('We will use the following methods to avoid suspending or excluding a child known to a Social Worker;');
    const sub = subList(parent)!;
    expect(sub.children.map((i) => lineOf(doc, i))).toEqual([222, 223, 224, 225, 226]);
    expect(sub.children.map(itemText)).toEqual([
      'Repair and Restore meetings',
      'Wishes and feelings work',
      'Meetings with parents or carers',
      'Support Plans',
      'Internal isolation with supportive interventions',
    ]);
    expectMapped(doc, 'Repair and Restore meetings', 222);
    // Also the bold "**o**" ones (lines 279-282) and the mixed ones (290-292).
    expect(subList(itemAtLine(doc, tree, 278))!.children.map((i) => itemText(i).slice(0, 12))).toEqual([
      'the value of',
      'how to ident',
      'understandin',
      'how to recog',
    ]);
    expect(subList(itemAtLine(doc, tree, 289))!.children.map(itemText)).toEqual([
      'The National Tutoring Programme',
      'The Summer School Programme',
      'Recovery Premium',
    ]);
  });

  it('makes the "•" governor bullets (lines 37-41) list items', () => {
    const items = [37, 39, 41].map((line) => itemAtLine(doc, tree, line));
    expect(items.map(itemText)).toEqual([
      'Bushey Meads School: Gladys De Groot',
      'Hartsbourne Primary School: Alison Hanbury',
      'Little Reddings Primary School: Richard Ash',
    ]);
    expect(containing(tree, items[0]).list.children).toEqual(items);
    expectMapped(doc, 'Gladys De Groot', 37);
  });

  it('keeps the tab table line 13 as one paragraph line with its tabs', () => {
    expectLineKept(doc, 13);
    const p = (all(tree, 'paragraph') as Paragraph[]).find((n) => lineOf(doc, n) === 13)!;
    expect(toString(p).split('\n')[0]).toBe('Last Reviewed\tDecember 2021\tNext Review:\tDecember 2025');
    expect(p.position!.start.column).toBe(1);
  });

  it('keeps continuation lines of items in their items and joins a paragraph a page break split', () => {
    expect(itemText(itemAtLine(doc, tree, 85))).toMatch(/^All CLA to have at least termly.*daily basis \(see guidance here\)\.$/s);
    const p = (all(tree, 'paragraph') as Paragraph[]).find((n) => lineOf(doc, n) === 228)!;
    expect(toString(p)).toMatch(/permanent exclusions process and to\sthe disciplinary sanctions imposed/);
    expectMapped(doc, 'the disciplinary sanctions imposed', 230);
    expectCopiedCharactersMapExactly(doc);
  });
});

describe('loadMarkdown: windermere-primary.md', () => {
  const doc = loadMarkdown(seed('windermere-primary.md'));
  const tree = parse(doc.markdown);

  it('nests lines 215-218 under line 214', () => {
    const sub = subList(itemAtLine(doc, tree, 214))!;
    expect(sub.children.map((i) => lineOf(doc, i))).toEqual([215, 216, 217, 218]);
    expect(sub.children.map(itemText)).toEqual([
      'Mentoring Support',
      'Individual Support plan',
      'Seeking advice and support from behaviour outreach teams',
      'Providing access to counselling and therapy',
    ]);
    expect(subList(itemAtLine(doc, tree, 109))!.children).toHaveLength(5);
  });

  it('leaves the dot-leader names and the header table alone', () => {
    expectLineKept(doc, 47);
    expectLineKept(doc, 55);
    const names = (all(tree, 'paragraph') as Paragraph[]).filter((p) => toString(p) === '.....Sarah Gilliver.....');
    expect(names.map((p) => lineOf(doc, p))).toEqual([47, 55]);
    for (let line = 16; line <= 24; line++) expectLineKept(doc, line);
    expect(doc.artifacts).toEqual([]);
    expectMapped(doc, 'Review date September 2025', 228);
    expectCopiedCharactersMapExactly(doc);
  });
});

describe('loadMarkdown: hartsfield-jmi.md', () => {
  const doc = loadMarkdown(seed('hartsfield-jmi.md'));
  const tree = parse(doc.markdown);

  it('leaves the suspension lead-in (line 231) with no nested list, followed by the Equality Act paragraph', () => {
    const item = itemAtLine(doc, tree, 231);
    expect(itemText(item)).toBe('We will use the following methods to avoid suspending or excluding a child known to a Social Worker;');
    expect(subList(item)).toBeUndefined();
    const { list, after } = containing(tree, item);
    expect(list.children[list.children.length - 1]).toBe(item);
    expect(after?.type).toBe('paragraph');
    expect(toString(after!).startsWith('We understand that the Equality Act')).toBe(true);
  });

  it('keeps the header table line 15 intact', () => {
    expectLineKept(doc, 15);
    expectMapped(doc, 'Review Date: September 2024', 15);
    expectMapped(doc, 'Review date: September 2024', 239);
    expectCopiedCharactersMapExactly(doc);
  });
});

describe('loadMarkdown: Markdown that needs nothing', () => {
  it('stays byte-identical, with the identity map', () => {
    const input = '# Title\n\nSome text.\n\n- a\n- b\n';
    const doc = loadMarkdown(input);
    expect(doc.markdown).toBe(input);
    for (let i = 0; i <= input.length; i++) expect(doc.map.toOriginal(i)).toBe(i);
    expect(doc.artifacts).toEqual([]);
  });

  it('leaves lists, nesting, emphasis, links, HTML and code alone', () => {
    const input = [
      '## Section',
      '',
      'A **bold** [link](#) and <u>underline</u>, with *emphasis*.',
      '',
      '1. one',
      '2. two',
      '   - nested',
      '',
      '> quoted',
      '',
      '```',
      '    code stays code',
      '5',
      '```',
      '',
      'Last line without a newline',
    ].join('\n');
    expect(loadMarkdown(input).markdown).toBe(input);
  });

  it('handles an empty file and a file without a trailing newline', () => {
    expect(loadMarkdown('').markdown).toBe('');
    expect(loadMarkdown('Just one line').markdown).toBe('Just one line');
  });
});

describe('loadMarkdown: rules on small documents', () => {
  const md = (text: string): string => loadMarkdown(text).markdown;

  it('keeps page numbers and bare URL lines out, but not autolinks or URLs in sentences', () => {
    const text = 'First paragraph.\n\nPage 2 of 9\n\nhttps://www.gov.uk/guidance\n\n<https://www.gov.uk/kept>\n\nSee www.gov.uk for more.\n';
    const doc = loadMarkdown(text);
    expect(doc.artifacts.map((a) => [a.kind, a.text, doc.locator.locate(a.start).line])).toEqual([
      ['page-number', 'Page 2 of 9', 3],
      ['url', 'https://www.gov.uk/guidance', 5],
    ]);
    expect(doc.markdown).toBe('First paragraph.\n\n\n\n<https://www.gov.uk/kept>\n\nSee www.gov.uk for more.\n');
  });

  it('handles a file that is only URLs', () => {
    const doc = loadMarkdown('https://a.example/x\nwww.b.example\nmailto:c@d.example');
    expect(doc.markdown.trim()).toBe('');
    expect(doc.artifacts.map((a) => a.kind)).toEqual(['url', 'url', 'url']);
  });

  it('keeps an artifact between two paragraphs from merging them', () => {
    const doc = loadMarkdown('End of one paragraph.\n12\nStart of the next.\n');
    expect(parse(doc.markdown).children.map((c) => c.type)).toEqual(['paragraph', 'paragraph']);
    expectMapped(doc, 'Start of the next.', 3);
  });

  it('turns Word bullets into items', () => {
    expect(md('Aims:\n\n• one\n▪ two\n● three\n\uf0b7 four\n– five\n')).toBe('Aims:\n\n- one\n- two\n- three\n- four\n- five\n');
  });

  it('nests " - " and "o" sub-bullets under the item above, at its content column', () => {
    expect(md('- parent\n - o child one\n - child two\n- next\n')).toBe('- parent\n  - child one\n  - child two\n- next\n');
    expect(md('-   wide parent\n - child\n')).toBe('-   wide parent\n    - child\n');
    expect(md('- parent\no child\n')).toBe('- parent\n  - child\n');
    expect(md('* parent\n • child\n')).toBe('* parent\n  - child\n');
    // A " - " list after a paragraph is a list of its own: unchanged.
    expect(md('Intro:\n\n - a\n - b\n')).toBe('Intro:\n\n - a\n - b\n');
  });

  it('strips indentation that would make a code block outside a list', () => {
    const doc = loadMarkdown('Intro.\n\n    Label: value that is not code\n\n\tLast Reviewed\tDecember 2021\n');
    expect(doc.markdown).toBe('Intro.\n\nLabel: value that is not code\n\nLast Reviewed\tDecember 2021\n');
    expect(all(parse(doc.markdown), 'code')).toEqual([]);
    expectMapped(doc, 'Label: value', 3);
    // Inside a list, indentation is the list's business.
    expect(md('- item\n\n    more of the item\n')).toBe('- item\n\n    more of the item\n');
  });

  it('moves a tab-table or "Label: value" line out of the list item above it', () => {
    const doc = loadMarkdown('- last item\nReview date: September 2024\n');
    expect(doc.markdown).toBe('- last item\n\nReview date: September 2024\n');
    expect(parse(doc.markdown).children.map((c) => c.type)).toEqual(['list', 'paragraph']);
    expectMapped(doc, 'Review date', 2);
    expect(md('- item\nApproved by\tThe Trust\n')).toBe('- item\n\nApproved by\tThe Trust\n');
    // A continuation line is not a field line.
    expect(md('- item that goes\n on here\n')).toBe('- item that goes\n on here\n');
  });

  it('joins a paragraph split mid-sentence by a blank line, and nothing else', () => {
    expect(md('Those who\n\nhave lost the most.\n')).toBe('Those who\nhave lost the most.\n');
    expect(md('because of their\n\nSEN. Our school.\n')).toBe('because of their\nSEN. Our school.\n');
    expect(md('A full sentence.\n\nthen lowercase.\n')).toBe('A full sentence.\n\nthen lowercase.\n');
    expect(md('Policy Objective\n\nTo implement the guidance.\n')).toBe('Policy Objective\n\nTo implement the guidance.\n');
    expect(md('We will work to improve\n\nattendance for all.\n')).toBe('We will work to improve\nattendance for all.\n');
    expect(md('Children with a social worker and\n\nAttendance:\n')).toBe('Children with a social worker and\n\nAttendance:\n');
  });

  it('removes a running header and joins the list items around it', () => {
    const header = 'Our School – Children with a Social Worker Policy';
    const text = [header, '', 'Intro:', '', '- one', '', header, '', '- two', '- three', '', header, '', 'Closing words.'].join('\n');
    const doc = loadMarkdown(text);
    expect(doc.artifacts.map((a) => doc.locator.locate(a.start).line)).toEqual([1, 7, 12]);
    const tree = parse(doc.markdown);
    expect(tree.children.map((c) => c.type)).toEqual(['paragraph', 'list', 'paragraph']);
    expect((tree.children[1] as List).children.map(itemText)).toEqual(['one', 'two', 'three']);
    expect((tree.children[1] as List).spread).toBe(false);
    expectMapped(doc, 'two', 9);
    expectCopiedCharactersMapExactly(doc);
  });
});

describe('loadMarkdown: no word of the seeds is lost', () => {
  for (const name of ['edwinstree-middle.md', 'bushey-st-james-trust.md', 'windermere-primary.md', 'hartsfield-jmi.md']) {
    it(name, () => {
      const doc = loadMarkdown(seed(name));
      expect(words(textValues(parse(doc.markdown)))).toEqual(words(textValues(parse(originalWithoutArtifacts(doc)))));
    });
  }
});
