/**
 * Our own errors are ours: a stack overflow or any other failure inside policy-lint is reported as the
 * tool's failure (for the adviser, with what to do), never as a fault in the school's file; and deep
 * structures remark-parse reads (quotes or lists nested 10,000 deep) are walked without recursion.
 */
import type { List, ListItem, PhrasingContent, Root } from 'mdast';
import { fatalResult, INTERNAL_ERROR, Linter, nodeText } from '../src/linter.js';
import { LoadError } from '../src/load/types.js';
import { flatten } from '../src/model/blocks.js';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { adviceFor, feedbackFor } from '../src/formatters/advice.js';
import { defineRule } from '../src/kit/index.js';
import type { Guidance } from '../src/guidance/types.js';

const DEEP = 10_000;

/** A list nested DEEP levels, each item "item N" with the next list inside it (built, not parsed). */
function deepList(): Root {
  const root: Root = { type: 'root', children: [] };
  let parent: Root | ListItem = root;
  for (let i = 0; i < DEEP; i++) {
    const item: ListItem = { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: `item ${i}` }] }] };
    const list: List = { type: 'list', ordered: false, spread: false, children: [item] };
    parent.children.push(list);
    parent = item;
  }
  return root;
}

describe('deep structures are walked without recursion', () => {
  it(`${DEEP} nested blockquotes, as remark-parse reads them, are walked to the text inside them`, () => {
    // (The linter refuses such a text before parsing: see test/nesting-cap.test.ts. The walk must still
    // not recurse, whatever tree it is given.)
    const markdown = `${'>'.repeat(DEEP)} The designated teacher is Jo Gant.\n`;
    const tree = unified().use(remarkParse).parse(markdown);
    const { blocks } = flatten(tree, markdown);
    expect(blocks.map((b) => b.text)).toEqual(['The designated teacher is Jo Gant.']);
  });

  it(`a list nested ${DEEP} deep: one block per item, in order, each the child of the one above`, () => {
    const { blocks } = flatten(deepList(), '');
    expect(blocks).toHaveLength(DEEP);
    expect(blocks.map((b) => b.text).slice(0, 3)).toEqual(['item 0', 'item 1', 'item 2']);
    expect(blocks[DEEP - 1].depth).toBe(DEEP);
    expect(blocks[DEEP - 1].parent).toBe(blocks[DEEP - 2]);
    expect(blocks[0].children).toEqual([blocks[1]]);
    expect(blocks[DEEP - 1].children).toEqual([]);
  });

  it(`inline content nested ${DEEP} deep (emphasis in emphasis) is one block; a link inside still counts`, () => {
    let inner: PhrasingContent = { type: 'link', url: 'https://example.org/kcsie', children: [{ type: 'text', value: 'KCSIE' }] };
    for (let i = 0; i < DEEP; i++) inner = { type: 'emphasis', children: [{ type: 'text', value: 'a ' }, inner] };
    const root: Root = { type: 'root', children: [{ type: 'paragraph', children: [inner, { type: 'text', value: ' end' }] }] };
    const { blocks, links } = flatten(root, '');
    expect(blocks).toHaveLength(1);
    expect(blocks[0].text).toBe(`${'a '.repeat(DEEP)}KCSIE end`);
    expect(links.map((l) => [l.url, l.text])).toEqual([['https://example.org/kcsie', 'KCSIE']]);
  });

  it('the text of a node nested deep (an excerpt) is read without recursion, as mdast-util-to-string reads it', () => {
    const text = nodeText(deepList());
    expect(text.startsWith('item 0item 1item 2')).toBe(true);
    expect(text.endsWith(`item ${DEEP - 1}`)).toBe(true);
    expect(nodeText({ type: 'paragraph', children: [{ type: 'text', value: 'a ' }, { type: 'image', alt: 'logo' }, { type: 'emphasis', children: [{ type: 'text', value: ' b' }] }] })).toBe('a logo b');
  });
});

describe('an internal error is policy-lint\'s, not the file\'s', () => {
  const overflow = new RangeError('Maximum call stack size exceeded');

  it('a failure inside policy-lint is one fatal finding that says it is ours and how to report it', () => {
    const result = fatalResult('/x/policy.md', overflow);
    expect(result.messages).toHaveLength(1);
    const [m] = result.messages;
    expect(m).toMatchObject({ ruleId: null, fatal: true, severity: 2, messageId: INTERNAL_ERROR });
    expect(m.message).toMatch(/^Internal error in policy-lint while checking this file \(Maximum call stack size exceeded\)/);
    expect(m.message).toMatch(/not in the file: please report it/);
    // What is wrong with the file stays the file's.
    expect(fatalResult('/x/p.docx', new LoadError('not a readable .docx: the zip archive is damaged or truncated')).messages[0].messageId).toBeUndefined();
  });

  it('a failure while checking (e.g. a stack overflow) gives internal-error findings, not a thrown error', () => {
    const guidance = new Proxy({}, { get: () => { throw overflow; } }) as Guidance;
    const result = new Linter({ date: '2026-11-23', guidance }).lintText('# Policy\n\nThe designated teacher is Jo Gant.\n');
    expect(result.messages.length).toBeGreaterThan(0);
    const fatal = result.messages.filter((m) => m.fatal);
    expect(fatal.length).toBeGreaterThan(0);
    expect(fatal.every((m) => m.messageId === INTERNAL_ERROR && /Maximum call stack size exceeded/.test(m.message))).toBe(true);
    expect(feedbackFor(result, { asOf: '2026-11-23' })).toMatch(/^Not for the school/);
  });

  it('the school is never told its file could not be opened; the adviser is told what to do', () => {
    const result = fatalResult('/x/policy.md', overflow);
    const feedback = feedbackFor(result, { asOf: '2026-11-23', cwd: '/x' });
    expect(feedback).not.toMatch(/could not open|Dear|send the policy again/i);
    expect(feedback).toMatch(/^Not for the school: policy-lint failed while checking policy\.md/);
    expect(feedback).toMatch(/please report it to the policy-lint maintainers/);
    expect(adviceFor(result.messages[0]).action).toMatch(/^Report it to the policy-lint maintainers/);
    // A rule that crashes is ours too.
    const crash = defineRule({
      meta: { id: 'crash', description: 'crashes', docs: 'https://example.org', defaultSeverity: 'error', fixable: false },
      create: () => {
        throw new Error('boom');
      },
    });
    const crashed = new Linter({ date: '2026-11-23', plugins: [crash] }).lintText('# Policy\n\nThe designated teacher is Jo Gant.\n');
    const fatal = crashed.messages.find((m) => m.ruleId === 'crash')!;
    expect(fatal.messageId).toBe(INTERNAL_ERROR);
    expect(feedbackFor(crashed, { asOf: '2026-11-23', cwd: '/x' })).toMatch(/^Not for the school/);
  });
});
