/** The one parser: every format arrives here as Markdown. */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';
import { frontMatterLines } from './load/front-matter.js';

const processor = unified().use(remarkParse).freeze();
// YAML front matter ("---\nreview_date: 2014-11-25\n---" at the very start) is a `yaml` node, not a
// thematic break and a setext heading; the model reads its keys as fields (see model/fields.ts). Only a
// document that opens with real YAML is parsed so: a converted document that starts with a horizontal
// rule keeps its text.
const withFrontMatter = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();

export function parseMarkdown(markdown: string): Root {
  return (frontMatterLines(markdown) > 0 ? withFrontMatter : processor).parse(markdown);
}
