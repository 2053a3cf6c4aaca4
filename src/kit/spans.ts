/** Spans and excerpts inside a block: where a finding is, and the words quoted with it. */
import { excerptOf } from '../model/text.js';
import type { Block } from '../model/types.js';
import type { Span } from '../results.js';

/** The span of block.text[from, to) in the Markdown. */
export function spanIn(block: Block, from: number, to: number): Span {
  return { start: block.offsetAt(from), end: block.offsetAt(Math.max(from, to - 1)) + 1 };
}

/** The span of a whole block. */
export function spanOf(block: Block): Span {
  return { start: block.start, end: block.end };
}

/**
 * A short excerpt of the block around text[from, to): the whole target, with context on both sides up
 * to about `width` characters, cut at word boundaries.
 */
export function excerptAround(block: Block, from = 0, to = block.text.length, width = 110): string {
  const text = block.text;
  if (text.length <= width) return excerptOf(text, width);
  if (to - from >= width) return excerptOf(text.slice(from, to), width);
  const pad = Math.floor((width - (to - from)) / 2);
  let a = Math.max(0, from - pad);
  let b = Math.min(text.length, to + pad);
  while (a > 0 && a < from && !/\s/.test(text[a - 1])) a++;
  while (b < text.length && b > to && !/\s/.test(text[b])) b--;
  return (a > 0 ? '\u2026' : '') + text.slice(a, b).replace(/\s+/g, ' ').trim() + (b < text.length ? '\u2026' : '');
}
