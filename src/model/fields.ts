/**
 * Labelled fields: "Next Review: December 2025" on one line, "Last Reviewed<TAB>December 2021" in a
 * table row, or a label paragraph ("Name of the Designated Teacher for CLA and PLA") with its value in
 * the next paragraph or in the list that follows.
 */
import type { Block, Field, FieldLayout } from './types.js';
import { lines, trimRange, wordCount } from './text.js';

const MAX_LABEL_WORDS = 8;
/** Labels that stand alone on a line, with the value in the next block. */
const STANDALONE_LABEL = /^(?:name of\b|names of\b)|\b(?:designated (?:teacher|governor|safeguarding lead|school governor)s?|review date|next review|date of (?:next )?review|policy review)\b/i;

export function extractFields(blocks: Block[]): Field[] {
  const fields: Field[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.kind === 'code' || block.kind === 'html') continue;
    sameLineFields(block, fields);
    nextBlockFields(blocks, i, fields);
  }
  return fields;
}

function span(block: Block, from: number, to: number) {
  return { start: block.offsetAt(from), end: block.offsetAt(Math.max(from, to - 1)) + 1 };
}

function sameLineFields(block: Block, out: Field[]): void {
  const text = block.text;
  // A same-line field needs a colon or a tab: most paragraphs have neither.
  if (!text.includes(':') && !text.includes('\t')) return;
  for (const line of lines(text)) {
    if (!line.text.includes(':') && !line.text.includes('\t')) continue;
    // Cells of a tab-separated row; a plain line is one cell.
    const cells: Array<[number, number]> = [];
    let cellStart = line.start;
    for (let i = line.start; i <= line.end; i++) {
      if (i === line.end || text[i] === '\t') {
        const [a, b] = trimRange(text, cellStart, i);
        if (b > a) cells.push([a, b]);
        cellStart = i + 1;
      }
    }
    const isRow = line.text.includes('\t');
    for (let c = 0; c < cells.length; c++) {
      const [a, b] = cells[c];
      const cell = text.slice(a, b);
      const colon = cell.indexOf(':');
      if (colon > 0) {
        const label = cell.slice(0, colon).trim();
        const [va, vb] = trimRange(text, a + colon + 1, b);
        if (isLabel(label)) {
          if (vb > va) {
            out.push(field(block, label, a, a + colon, va, vb, isRow ? 'table-row' : 'same-line'));
            continue;
          }
          // "Next Review:<TAB>December 2025": the value is the next cell.
          if (isRow && c + 1 < cells.length) {
            const [na, nb] = cells[c + 1];
            out.push(field(block, label, a, a + colon, na, nb, 'table-row'));
            c++;
            continue;
          }
        }
      } else if (isRow && c + 1 < cells.length && isLabel(cell) && !/\d/.test(cell)) {
        // "Last Reviewed<TAB>December 2021": a label cell without a colon, value in the next cell.
        const [na, nb] = cells[c + 1];
        const next = text.slice(na, nb);
        if (!next.includes(':')) {
          out.push(field(block, cell, a, b, na, nb, 'table-row'));
          c++;
        }
      }
    }
  }
}

function isLabel(label: string): boolean {
  return /^[A-Za-z(]/.test(label) && wordCount(label) <= MAX_LABEL_WORDS && !/[.;!?]$/.test(label);
}

function field(
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
    labelSpan: span(block, la, lb),
    valueSpan: span(block, va, vb),
    layout,
    block,
    valueOffset: va,
  };
}

/** A label paragraph followed by its value paragraph, or by a list of values (one per school). */
function nextBlockFields(blocks: Block[], i: number, out: Field[]): void {
  const label = blocks[i];
  if (label.kind !== 'paragraph' && label.kind !== 'heading') return;
  const text = label.text.trim();
  if (text.includes('\n') || wordCount(text) > 14 || /[.;,!?]$/.test(text)) return;
  if (!STANDALONE_LABEL.test(text) && !(text.endsWith(':') && wordCount(text) <= 6)) return;
  // A label names something; a hard-wrapped sentence ("The Designated Teacher … is a") is not one.
  if (!text.endsWith(':') && (/\b(?:is|are|was|were|will|has|have|should|must|shall)\b/i.test(text) || /\b(?:a|an|the|of|and|or|to|for|with|by|in)$/i.test(text))) return;
  if (/:\s*\S/.test(text)) return; // "Label: value" on one line is a same-line field
  const labelText = text.replace(/:$/, '').trim();
  const next = blocks[i + 1];
  if (!next) return;
  if ((next.kind === 'paragraph' || next.kind === 'heading') && !next.text.trim().includes('\n') && wordCount(next.text) <= 14) {
    if (STANDALONE_LABEL.test(next.text) && /^name of\b/i.test(next.text.trim())) {
      // The value is missing: the next label follows at once. Record an empty value.
      out.push(emptyField(label, labelText));
      return;
    }
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

/** A label block's value that is the whole of another block (the next paragraph, or one list item). */
function wholeBlockField(label: Block, labelText: string, value: Block, layout: FieldLayout): Field {
  const [va, vb] = trimRange(value.text, 0, value.text.length);
  return {
    label: labelText,
    value: value.text.slice(va, vb),
    labelSpan: { start: label.start, end: label.end },
    valueSpan: span(value, va, vb),
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
