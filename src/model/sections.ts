/**
 * The section outline. Converted Word documents rarely carry real Markdown headings ("Safeguarding:" is
 * a paragraph of its own), so a short stand-alone line that introduces a longer paragraph or a list
 * counts as a heading too.
 */
import type { Block, Field, Section } from './types.js';
import { wordCount } from './text.js';

export function isHeadingLike(block: Block, next: Block | undefined, valueBlocks: Set<Block>): boolean {
  if (block.kind === 'heading') return true;
  if (block.kind !== 'paragraph') return false;
  if (valueBlocks.has(block)) return false;
  const text = block.text.trim();
  if (!text || text.includes('\n') || text.length > 90 || wordCount(text) > 10) return false;
  if (!/^[A-Z0-9]/.test(text) || /[.,;]$/.test(text)) return false;
  if (/^names? of\b/i.test(text)) return false;
  if (/^[\d\s/.-]+$/.test(text) || /\.{3,}|_{3,}/.test(text)) return false;
  if (text.endsWith(':')) return true;
  if (!next) return false;
  if (next.kind === 'list-item') return true;
  return (next.kind === 'paragraph' || next.kind === 'table-row') && wordCount(next.text) >= 8;
}

export function buildSections(blocks: Block[], fields: Field[]): Section[] {
  const valueBlocks = new Set<Block>();
  for (const f of fields) if (f.layout === 'next-block' || f.layout === 'list') valueBlocks.add(f.block);
  const sections: Section[] = [{ index: 0, title: '', depth: 0, heading: null, blocks: [] }];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (isHeadingLike(block, blocks[i + 1], valueBlocks)) {
      sections.push({
        index: sections.length,
        title: block.text.trim().replace(/:$/, ''),
        depth: block.kind === 'heading' ? block.depth : 2,
        heading: block,
        blocks: [],
      });
    }
    const section = sections[sections.length - 1];
    block.section = section.index;
    section.blocks.push(block);
  }
  return sections;
}
