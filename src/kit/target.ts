/**
 * `report({ at })`: the span and the excerpt of what a finding is about, worked out from the model
 * object the rule holds (a block, a field, a citation, a date), so no rule computes offsets by hand.
 */
import type { Block, Citation, Field, PolicyDate } from '../model/types.js';
import type { Span } from '../results.js';
import type { ReportTarget } from '../types.js';
import { excerptAround, spanIn, spanOf } from './spans.js';

export interface TargetPlace {
  span: Span;
  excerpt?: string;
}

/** Where `at` is (block.text[from, to) for a block), and the words to quote. */
export function placeOf(at: ReportTarget, from?: number, to?: number): TargetPlace {
  if (at === 'document') return { span: { start: 0, end: 0 } };
  if (typeof at !== 'object' || at === null) throw new TypeError(`report({ at }): "at" must be a block, field, citation, date or 'document', not ${JSON.stringify(at)}`);
  if ('documentId' in at) return citationPlace(at);
  if ('role' in at && 'value' in at && typeof at.value === 'object') return datePlace(at);
  if ('labelSpan' in at) return fieldPlace(at);
  if ('offsetAt' in at) return blockPlace(at, from, to);
  throw new TypeError('report({ at }): "at" must be a block, field, citation, date or \'document\' from the policy model');
}

function blockPlace(block: Block, from?: number, to?: number): TargetPlace {
  if (from === undefined && to === undefined) return { span: spanOf(block), excerpt: excerptAround(block) };
  const a = Math.max(0, Math.min(from ?? 0, block.text.length));
  const b = Math.max(a, Math.min(to ?? block.text.length, block.text.length));
  return { span: spanIn(block, a, b), excerpt: excerptAround(block, a, b) };
}

/** A field's value; its label where nothing follows it. */
function fieldPlace(field: Field): TargetPlace {
  if (field.value.trim() === '') return { span: field.labelSpan, excerpt: field.label };
  return { span: field.valueSpan, excerpt: `${field.label}: ${field.value}` };
}

function citationPlace(citation: Citation): TargetPlace {
  const excerpt =
    citation.block && citation.index !== undefined ? excerptAround(citation.block, citation.index, citation.index + citation.text.length) : (citation.url ?? citation.text);
  return { span: citation.span, excerpt };
}

function datePlace(date: PolicyDate): TargetPlace {
  return { span: date.span, excerpt: excerptAround(date.block, date.value.index, date.value.index + date.value.text.length) };
}
