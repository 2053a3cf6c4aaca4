/** The one parser: every format arrives here as Markdown. */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root } from 'mdast';

const processor = unified().use(remarkParse).freeze();

export function parseMarkdown(markdown: string): Root {
  return processor.parse(markdown);
}
