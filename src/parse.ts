/** The one parser: every format arrives here as Markdown. */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';
import { frontMatterLines } from './load/front-matter.js';
import { LoadError } from './load/types.js';

const processor = unified().use(remarkParse).freeze();
// YAML front matter ("---\nreview_date: 2014-11-25\n---" at the very start) is a `yaml` node, not a
// thematic break and a setext heading; the model reads its keys as fields (see model/fields.ts). Only a
// document that opens with real YAML is parsed so: a converted document that starts with a horizontal
// rule keeps its text.
const withFrontMatter = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();

/**
 * The deepest nesting a document may have. remark-parse's time grows faster than the text with nesting
 * (1,000 lines each quoted one level deeper take it 6 s, 2,000 take 38 s), and no policy nests quotes
 * beyond a handful of levels, nor lists beyond a dozen.
 */
export const MAX_QUOTE_DEPTH = 50;
export const MAX_INDENT_COLUMNS = 200;

/**
 * Refuses, before parsing, a text nested deeper than a policy ever is: a LoadError that says how deep.
 * One pass over the line starts; nothing measurable on a real policy.
 */
export function checkNesting(markdown: string): void {
  let lineStart = 0;
  while (lineStart < markdown.length) {
    let i = lineStart;
    let columns = 0;
    let quotes = 0;
    for (; i < markdown.length; i++) {
      const c = markdown.charCodeAt(i);
      if (c === 32) columns++;
      else if (c === 9) columns += 4 - (columns % 4);
      else if (c === 62) quotes++; // '>'
      else break;
    }
    if (quotes > MAX_QUOTE_DEPTH) {
      throw new LoadError(`the text nests quotations ${quotes} levels deep, more than any policy (policy-lint reads up to ${MAX_QUOTE_DEPTH}); it looks generated, not written`);
    }
    if (columns > MAX_INDENT_COLUMNS && i < markdown.length && markdown.charCodeAt(i) !== 10) {
      throw new LoadError(`a line is indented ${columns} columns, nesting lists deeper than any policy (policy-lint reads up to ${MAX_INDENT_COLUMNS} columns); it looks generated, not written`);
    }
    const end = markdown.indexOf('\n', i);
    if (end < 0) break;
    lineStart = end + 1;
  }
}

export function parseMarkdown(markdown: string): Root {
  checkNesting(markdown);
  return (frontMatterLines(markdown) > 0 ? withFrontMatter : processor).parse(markdown);
}
