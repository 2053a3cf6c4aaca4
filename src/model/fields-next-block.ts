/**
 * Fields whose label is a paragraph of its own: the value is the next paragraph ("Name of the
 * Designated Teacher" / "Jessica Field"), each item of the list that follows (one per school), or
 * missing (the next label follows at once). Separate because it reads across blocks, and must stand
 * aside where a run of labels may be a flattened table (fields-flattened-table.ts decides those).
 */
import type { Block, Field, FieldLayout } from './types.js';
import { parseDate } from './dates.js';
import { roleOfLabel } from './policy-dates.js';
import { trimRange, wordCount } from './text.js';
import { DATE_WORDS, DIGIT, ENDS_WITH_FUNCTION_WORD, SENTENCE_VERB, STANDALONE_LABEL, isLabel, tableLabelRole } from './field-labels.js';
import { blockSpan } from './field-record.js';

const SPACED_DASH = /\s[-\u2013\u2014]|[\u2013\u2014]\s/;

/** A label paragraph followed by its value paragraph, or by a list of values (one per school). */
export function nextBlockFields(blocks: Block[], i: number, out: Field[]): void {
  const label = blocks[i];
  if (label.kind !== 'paragraph' && label.kind !== 'heading') return;
  const text = label.text.trim();
  // A dash in it makes a line a field of its own ("Designated Teacher - Jessica Field") or a title
  // ("Designated Teacher – Role and Responsibilities"), not a label waiting for its value.
  if (text.includes('\n') || wordCount(text) > 14 || /[.;,!?]$/.test(text) || SPACED_DASH.test(text)) return;
  const next = blocks[i + 1];
  // A date label ("Policy reviewed", "Date approved by Governing Body") whose next line is only a date.
  const dateLabel = !STANDALONE_LABEL.test(text) && !text.endsWith(':') && next !== undefined && isDateLabelLine(text) && isDateLine(next);
  if (!dateLabel && !STANDALONE_LABEL.test(text) && !(text.endsWith(':') && wordCount(text) <= 6)) return;
  // A label names something; a hard-wrapped sentence ("The Designated Teacher … is a") is not one.
  if (!text.endsWith(':') && (SENTENCE_VERB.test(text) || ENDS_WITH_FUNCTION_WORD.test(text))) return;
  if (/:\s*\S/.test(text)) return; // "Label: value" on one line is a same-line field
  const labelText = text.replace(/:$/, '').trim();
  if (!next) return;
  // The second label of a run ("Date approved" / "Next review date" / "September 2023" / …): the next
  // line may be the first label's value. Only a flattened table that lines up can say.
  const prev = blocks[i - 1];
  if (prev && (prev.kind === 'paragraph' || prev.kind === 'heading') && !prev.text.includes('\n') && tableLabelRole(prev.text.trim()) !== null) return;
  if ((next.kind === 'paragraph' || next.kind === 'heading') && !next.text.trim().includes('\n') && wordCount(next.text) <= 14) {
    if (STANDALONE_LABEL.test(next.text) && /^name of\b/i.test(next.text.trim())) {
      // The value is missing: the next label follows at once. Record an empty value.
      out.push(emptyField(label, labelText));
      return;
    }
    // Another label ("Next review date" / "Approved by:"): a table whose values come later, or a blank;
    // which, only a flattened table that lines up can say (see flattenedTableFields).
    if (tableLabelRole(next.text.trim()) !== null) return;
    out.push(wholeBlockField(label, labelText, next, 'next-block'));
    return;
  }
  if (next.kind === 'list-item') {
    for (let j = i + 1; j < blocks.length && blocks[j].kind === 'list-item'; j++) {
      const item = blocks[j];
      if (item.depth !== next.depth) continue;
      out.push(wholeBlockField(label, labelText, item, 'list'));
    }
    return;
  }
  if (STANDALONE_LABEL.test(text)) out.push(emptyField(label, labelText));
}

/** A short line whose words give a date a role ("Policy reviewed", "Next review date"). */
function isDateLabelLine(text: string): boolean {
  return DATE_WORDS.test(text) && wordCount(text) <= 8 && !DIGIT.test(text) && isLabel(text) && roleOfLabel(text.replace(/:$/, '')) !== null;
}

/** A block that is one date and nothing else (a trailing note in brackets allowed). */
function isDateLine(block: Block): boolean {
  if (block.kind !== 'paragraph' && block.kind !== 'heading' && block.kind !== 'table-row') return false;
  const text = block.text.trim();
  if (text.includes('\n') || wordCount(text) > 6) return false;
  const date = parseDate(text);
  return date !== null && date.index === 0 && /^\s*(?:\([^)]*\))?\s*$/.test(text.slice(date.text.length));
}

/** A label block's value that is the whole of another block (the next paragraph, or one list item). */
function wholeBlockField(label: Block, labelText: string, value: Block, layout: FieldLayout): Field {
  const [va, vb] = trimRange(value.text, 0, value.text.length);
  return {
    label: labelText,
    value: value.text.slice(va, vb),
    labelSpan: { start: label.start, end: label.end },
    valueSpan: blockSpan(value, va, vb),
    layout,
    block: value,
    valueOffset: va,
  };
}

function emptyField(label: Block, labelText: string): Field {
  return {
    label: labelText,
    value: '',
    labelSpan: { start: label.start, end: label.end },
    valueSpan: { start: label.end, end: label.end },
    layout: 'next-block',
    block: label,
    valueOffset: label.text.length,
  };
}
