/**
 * Header tables flattened by extraction: n label lines, then n value lines in the same order. Read only
 * when labels and values line up without doubt. Separate because it reads runs of blocks as a whole,
 * and its fields take the place of the label-then-next-block reading for the blocks it claims.
 */
import type { Block, Field } from './types.js';
import { parseDate } from './dates.js';
import { lines, trimRange, wordCount } from './text.js';
import { tableLabelRole } from './field-labels.js';
import { blockSpan } from './field-record.js';

/** One line of a block, for reading a flattened table. */
interface Unit {
  block: Block;
  start: number;
  end: number;
  text: string;
  role: 'date' | 'other' | null;
}

export interface TableField {
  field: Field;
  labelBlock: Block;
}

const MAX_TABLE_LABELS = 8;

/**
 * A header table flattened by extraction: n label lines, then n value lines in the same order
 * ("Date approved / Next review date / September 2023 / September 2025"). Read only when it lines up
 * without doubt: n >= 2; every label is a known label (a date label, a designated role, or a short line
 * ending in ":") and no value is; a date label's value is a date and no other label's value is; and the
 * line after the last value could not be one more value (which would make the pairing a guess).
 */
export function flattenedTableFields(blocks: Block[]): TableField[] {
  const out: TableField[] = [];
  const units: Unit[] = [];
  let labels = 0;
  const flush = () => {
    // Cheap: a run is aligned only when it holds two label lines or more.
    if (labels >= 2 && units.length >= 4) alignRun(units, out);
    units.length = 0;
    labels = 0;
  };
  for (const block of blocks) {
    if ((block.kind !== 'paragraph' && block.kind !== 'heading' && block.kind !== 'table-row') || block.text.length > 160) {
      flush();
      continue;
    }
    const text = block.text;
    for (const line of text.includes('\n') ? lines(text) : [{ start: 0, end: text.length }]) {
      const [a, b] = trimRange(text, line.start, line.end);
      if (b <= a) continue;
      const t = text.slice(a, b);
      if (t.includes('\t') || wordCount(t) > 12) {
        flush();
        continue;
      }
      const role = tableLabelRole(t);
      if (role !== null) labels++;
      units.push({ block, start: a, end: b, text: t, role });
    }
  }
  flush();
  return out;
}

function alignRun(units: Unit[], out: TableField[]): void {
  for (let i = 0; i < units.length; i++) {
    let n = 0;
    while (i + n < units.length && n < MAX_TABLE_LABELS && units[i + n].role !== null) n++;
    if (n < 2 || i + 2 * n > units.length) {
      i += Math.max(0, n - 1);
      continue;
    }
    const labels = units.slice(i, i + n);
    const values = units.slice(i + n, i + 2 * n);
    const roles = labels.map((l) => l.role);
    const fits = values.every((v, k) => {
      if (v.role !== null || v.text.endsWith(':')) return false;
      return roles[k] === 'date' ? isDateText(v.text) : !isDateText(v.text);
    });
    // One more line that could be a value (a date after date labels; any short line after others, as
    // in a list of contents that runs on) would make the pairing a guess.
    const after = units[i + 2 * n];
    const ambiguous =
      after !== undefined &&
      after.role === null &&
      ((roles.includes('date') && isDateText(after.text)) || (roles.includes('other') && !/[.!?]$/.test(after.text)));
    if (!fits || ambiguous) {
      i += n - 1;
      continue;
    }
    labels.forEach((l, k) => {
      const v = values[k];
      out.push({
        field: {
          label: l.text.replace(/:$/, '').trim(),
          value: v.text,
          labelSpan: blockSpan(l.block, l.start, l.end),
          valueSpan: blockSpan(v.block, v.start, v.end),
          layout: 'table-row',
          block: v.block,
          valueOffset: v.start,
        },
        labelBlock: l.block,
      });
    });
    i += 2 * n - 1;
  }
}

function isDateText(text: string): boolean {
  const date = parseDate(text);
  return date !== null && date.index === 0 && /^\s*(?:\([^)]*\))?\s*$/.test(text.slice(date.text.length));
}
