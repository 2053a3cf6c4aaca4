/**
 * Labelled fields: "Next Review: December 2025" on one line, "Last Reviewed<TAB>December 2021" in a
 * table row, or a label paragraph ("Name of the Designated Teacher for CLA and PLA") with its value in
 * the next paragraph or in the list that follows. Also the forms other schools' documents take:
 *
 * - a dash between a short label and its value ("Designated Teacher - Jessica Field", "Next review date
 *   -March 2025"); never a hyphenated word or a range ("2023-24"), which have no space beside the dash;
 * - several pairs on one line ("Approved: 10/07/2025 Next review: 10/07/2027"), each its own field; a
 *   later label is told from the value before it by a date that ends the value, a separator, or the
 *   words labels are made of ("Date", "Approved by"); when none says where the label starts, the colon
 *   stays in the value;
 * - a label glued to its value by extraction ("…for Children Looked AfterJessica Field"), told apart at
 *   a lower-to-upper-case junction when the words before it are a known label;
 * - a table flattened by extraction: label lines, then value lines in the same order, only when the
 *   labels and the values line up without doubt (see flattenedTableFields);
 * - YAML front matter keys ("review_date: 2014-11-25").
 *
 * This module runs the readers and reads the front matter; each other layout has its own module:
 * fields-same-line.ts (label and value on one line), fields-next-block.ts (a label paragraph, its value
 * in the next block), fields-flattened-table.ts (label lines, then value lines). What a label is, they
 * share from field-labels.ts; the Field record they build, from field-record.ts.
 */
import type { Block, Field } from './types.js';
import { lines } from './text.js';
import { field } from './field-record.js';
import { sameLineFields } from './fields-same-line.js';
import { nextBlockFields } from './fields-next-block.js';
import { flattenedTableFields } from './fields-flattened-table.js';

export function extractFields(blocks: Block[]): Field[] {
  const fields: Field[] = [];
  // Blocks a flattened table's labels and values are in: not read again as label-then-next-block.
  const inTable = new Set<Block>();
  const table = flattenedTableFields(blocks);
  for (const f of table) inTable.add(f.field.block).add(f.labelBlock);
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.kind === 'code') {
      if (block.node.type === 'yaml') frontMatterFields(block, fields);
      continue;
    }
    if (block.kind === 'html') continue;
    sameLineFields(block, fields);
    if (!inTable.has(block)) nextBlockFields(blocks, i, fields);
  }
  if (table.length === 0) return fields;
  for (const f of table) fields.push(f.field);
  return fields.sort((a, b) => a.labelSpan.start - b.labelSpan.start);
}

/**
 * YAML front matter: each top-level "key: value" with a scalar value is a field, labelled by its key
 * ("review_date" -> a next-review date, see roleOfLabel). Quotes around the value are not part of it.
 */
const FRONT_MATTER_LINE = /^([A-Za-z_][\w .-]*?)[ \t]*:[ \t]*(.*?)[ \t]*$/;

function frontMatterFields(block: Block, out: Field[]): void {
  const text = block.text;
  for (const line of lines(text)) {
    const m = FRONT_MATTER_LINE.exec(line.text);
    if (!m || !m[2] || /^[|>[{&*!#]/.test(m[2])) continue;
    let va = line.start + line.text.indexOf(':', m[1].length) + 1;
    while (text[va] === ' ' || text[va] === '\t') va++;
    let vb = va + m[2].length;
    const quote = m[2][0];
    if ((quote === '"' || quote === "'") && m[2].length >= 2 && m[2].endsWith(quote)) {
      va++;
      vb--;
    }
    if (vb <= va) continue;
    out.push(field(block, m[1], line.start, line.start + m[1].length, va, vb, 'same-line'));
  }
}
