/**
 * Lists with the sentence that introduces them. A lead-in ends with ':' or ';' or says "the following";
 * its items are its own sub-items, or the list that follows it. Word's sub-bullets often reach us as
 * sibling items, so a list-item lead-in also takes the short enumerated siblings that follow it.
 */
import type { Block, LeadInList } from './types.js';
import { wordCount } from './text.js';

export function isLeadIn(block: Block): boolean {
  if (block.kind === 'code' || block.kind === 'html' || block.kind === 'table-row') return false;
  const text = block.text.trim();
  if (!text) return false;
  if (/[:;]["'\u2019\u201d)]*$/.test(text)) return true;
  return /\bthe following\b/i.test(text) && !/[.!?]$/.test(text);
}

/**
 * Items of an enumeration ("Mentoring Support", "Ensure that all strategies … are recorded within a
 * plan"), not statements of their own that merely follow in the same list ("We will …", "If there is
 * no option …").
 */
function looksEnumerated(block: Block): boolean {
  const text = block.text.trim();
  return wordCount(text) <= 25 && !/^(?:we|the school|our|if|where|when|this|they|it)\b/i.test(text);
}

export function extractLists(blocks: Block[]): LeadInList[] {
  const lists: LeadInList[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (!isLeadIn(block)) continue;
    lists.push({ leadIn: block, items: itemsFor(blocks, i) });
  }
  return lists;
}

function itemsFor(blocks: Block[], i: number): Block[] {
  const block = blocks[i];
  if (block.kind === 'list-item') {
    if (block.children && block.children.length > 0) return block.children;
    // Flattened sub-bullets: the enumerated siblings that follow.
    const items: Block[] = [];
    for (let j = i + 1; j < blocks.length; j++) {
      const next = blocks[j];
      if (next.kind !== 'list-item' || next.depth !== block.depth || next.parent !== block.parent) break;
      if (!looksEnumerated(next)) break;
      items.push(next);
    }
    return items;
  }
  const next = blocks[i + 1];
  if (!next || next.kind !== 'list-item') return [];
  const items: Block[] = [];
  for (let j = i + 1; j < blocks.length; j++) {
    const item = blocks[j];
    if (item.kind !== 'list-item' || item.depth < next.depth) break;
    if (item.depth === next.depth) items.push(item);
  }
  return items;
}
