/**
 * The Field record: a label and a value read from a block, with their spans in the document. Separate
 * so that every reader of fields builds the same record the same way, and none imports another for it.
 */
import type { Block, Field } from './types.js';

/** The span in the document of [from, to) in a block's text. */
export function blockSpan(block: Block, from: number, to: number) {
  return { start: block.offsetAt(from), end: block.offsetAt(Math.max(from, to - 1)) + 1 };
}

/** A field whose label is [la, lb) and value [va, vb) of one block's text. */
export function field(
  block: Block,
  label: string,
  la: number,
  lb: number,
  va: number,
  vb: number,
  layout: Field['layout'],
): Field {
  return {
    label: label.trim(),
    value: block.text.slice(va, vb),
    labelSpan: blockSpan(block, la, lb),
    valueSpan: blockSpan(block, va, vb),
    layout,
    block,
    valueOffset: va,
  };
}
