/**
 * The section outline. Converted Word documents rarely carry real Markdown headings ("Safeguarding:" is
 * a paragraph of its own), so a short stand-alone line that introduces a longer paragraph or a list
 * counts as a heading too.
 */
import type { Block, Field, Section } from './types.js';
import { wordCount } from './text.js';

export function isHeadingLike(block: Block, next: Block | undefined, notTitles: Set<Block>): boolean {
  // A field's value ("## Kathryn Dearn" from a Word heading style) or a repeated running header is not
  // a section title, whatever its markup.
  if (notTitles.has(block)) return false;
  if (block.kind === 'heading') return true;
  if (block.kind !== 'paragraph') return false;
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
  const notTitles = new Set<Block>();
  for (const f of fields) if (f.layout === 'next-block' || f.layout === 'list') notTitles.add(f.block);
  // A line repeated on every page (a running header a loader could not tell from a heading, as in
  // Word files that typed it into the body) does not start a section.
  const counts = new Map<string, number>();
  for (const b of blocks) if (b.kind === 'heading' || b.kind === 'paragraph') counts.set(b.text.trim(), (counts.get(b.text.trim()) ?? 0) + 1);
  for (const b of blocks) if ((counts.get(b.text.trim()) ?? 0) >= 3 && b.text.trim().length >= 12) notTitles.add(b);
  const sections: Section[] = [{ index: 0, title: '', depth: 0, heading: null, blocks: [] }];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (isHeadingLike(block, blocks[i + 1], notTitles)) {
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
