/**
 * Fields whose label and value are on one line of a block: "Label: value", a tab-separated table row
 * ("Last Reviewed<TAB>December 2021"), several pairs on one line, a dash between label and value, a
 * label glued to its value by extraction, and a date label followed by its date. Separate from the
 * readers of labels on a line of their own (fields-next-block.ts) and of flattened tables
 * (fields-flattened-table.ts): each reads one layout, and this one reads a line by itself.
 */
import type { Block, Field, FieldLayout } from './types.js';
import { findDates, parseDate } from './dates.js';
import { roleOfLabel } from './policy-dates.js';
import { lines, trimRange, wordCount } from './text.js';
import { DIGIT, MAX_LABEL_WORDS, STANDALONE_LABEL, firstLabelColon, isFieldLabel, isLabel, nextLabelStart } from './field-labels.js';
import { field } from './field-record.js';

/** A line longer than this is prose, not a dash, glued or label-then-date field. */
const MAX_SHORT_LINE = 160;

export function sameLineFields(block: Block, out: Field[]): void {
  const text = block.text;
  const colonOrTab = text.includes(':') || text.includes('\t');
  // Dash, glued and label-then-date fields are short lines of their own: a long paragraph with no colon
  // or tab holds no field, and is skipped at once.
  if (!colonOrTab && text.length > MAX_SHORT_LINE && !text.includes('\n')) return;
  for (const line of lines(text)) {
    const lineColonOrTab = line.text.includes(':') || line.text.includes('\t');
    if (!lineColonOrTab) {
      // In a heading only a date label's (a heading "Designated Teacher – Role and Responsibilities" is
      // a title, not a field).
      if (line.end - line.start <= MAX_SHORT_LINE) dashOrGluedField(block, line.start, line.end, block.kind === 'heading', out);
      continue;
    }
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
      const colon = firstLabelColon(text, a, b);
      if (colon > a) {
        // "Last Reviewed December 2021 Next Review: December 2025": the cells before the first colon
        // lost their separator; a date among them ends a pair of its own.
        const start = DIGIT.test(text.slice(a, colon)) ? splitLeadingPair(block, a, colon, out) : a;
        const label = text.slice(start, colon).trim();
        const [va, vb] = trimRange(text, colon + 1, b);
        if (isLabel(label)) {
          if (vb > va) {
            pairs(block, start, colon, va, vb, isRow ? 'table-row' : 'same-line', out);
            continue;
          }
          // "Next Review:<TAB>December 2025": the value is the next cell.
          if (isRow && c + 1 < cells.length) {
            const [na, nb] = cells[c + 1];
            out.push(field(block, label, start, colon, na, nb, 'table-row'));
            c++;
            continue;
          }
        }
      } else if (colon < 0 && isRow && c + 1 < cells.length && isLabel(cell) && !/\d/.test(cell)) {
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

/**
 * Before a first colon: "Last Reviewed December 2021 Next Review". When the words end with a label
 * after a date, and the words before the date are a date label, the date is that label's value: the
 * pair is recorded and the offset where the colon's own label starts is returned; else `from`.
 */
function splitLeadingPair(block: Block, from: number, colon: number, out: Field[]): number {
  const next = nextLabelStart(block.text, from, colon, true);
  if (next <= from) return from;
  const before = out.length;
  labelThenDate(block, from, trimRange(block.text, from, next)[1], out);
  return out.length > before ? next : from;
}

/**
 * The label-colon pairs on one cell, from the first label [la, colon) and its value [va, vb): a value
 * that holds another label ("April 2017 Date for Review: April 2018") is split there.
 */
function pairs(block: Block, la: number, lb: number, va: number, vb: number, layout: FieldLayout, out: Field[]): void {
  const text = block.text;
  let labelStart = la;
  let labelEnd = lb;
  let valueStart = va;
  for (let colon = firstLabelColon(text, va, vb); colon >= 0; colon = firstLabelColon(text, colon + 1, vb)) {
    const next = nextLabelStart(text, valueStart, colon);
    if (next < 0) continue;
    const [a, end] = trimRange(text, valueStart, next);
    let b = end;
    while (b > a && /[\s|;,\u2022\u00b7/\u2013\u2014-]/.test(text[b - 1])) b--;
    if (b > a) out.push(field(block, text.slice(labelStart, labelEnd), labelStart, labelEnd, a, b, layout));
    labelStart = next;
    labelEnd = colon;
    valueStart = colon + 1;
  }
  const [a, b] = trimRange(text, valueStart, vb);
  if (b > a) out.push(field(block, text.slice(labelStart, labelEnd), labelStart, labelEnd, a, b, layout));
}

/**
 * "Designated Teacher - Jessica Field", "Next review date -March 2025", "Review Date – Sept 2024": a
 * short label, a dash with a space beside it, a short value. Or a label glued to its value by
 * extraction: "Designated Teacher for Children Looked AfterJessica Field".
 */
function dashOrGluedField(block: Block, from: number, to: number, datesOnly: boolean, out: Field[]): void {
  const text = block.text;
  const [a, b] = trimRange(text, from, to);
  if (b <= a || wordCount(text.slice(a, b)) > MAX_LABEL_WORDS + 12) return;
  const dash = LABEL_DASH.exec(text.slice(a, b));
  if (dash) {
    const lb = a + dash.index;
    const [va, vb] = trimRange(text, lb + dash[0].length, b);
    const label = text.slice(a, lb);
    if (vb > va && isFieldLabel(label) && !/\d/.test(label) && (!datesOnly || roleOfLabel(label)) && isShortValue(label, text.slice(va, vb))) {
      out.push(field(block, label, a, lb, va, vb, 'same-line'));
    }
    return;
  }
  // The last lower-to-upper-case junction after a word of three or more lower-case letters ("AfterJessica";
  // not "McDonald"): a label before it, a value after it.
  JUNCTION.lastIndex = a;
  let junction = -1;
  let m: RegExpExecArray | null;
  while ((m = JUNCTION.exec(text)) !== null && m.index < b) junction = m.index + 3;
  if (junction < 0) {
    labelThenDate(block, a, b, out);
    return;
  }
  const label = text.slice(a, junction);
  const [va, vb] = trimRange(text, junction, b);
  if (vb <= va || !isFieldLabel(label)) return;
  const role = roleOfLabel(label);
  const known = (!datesOnly && STANDALONE_LABEL.test(label)) || role !== null;
  if (!known || !isShortValue(label, text.slice(va, vb))) return;
  out.push(field(block, label, a, junction, va, vb, 'same-line'));
}

const JUNCTION = /[a-z]{3}(?=[A-Z])/g;
const DATE_LABEL_START =
  /^(?:the\s+)?(?:date|next|last|review|reviewed|approved|approval|adopted|agreed|ratified|signed|policy|annual|to be|due|renewal|effective|published|publication|issued?|created|updated)\b[^\d]*\d/i;
/** The dash between a label and its value: a space before it, or an en or em dash with a space after. */
const LABEL_DASH = /\s+[-\u2013\u2014]+\s*|[\u2013\u2014]+\s+/;

/**
 * A date label and a date with nothing between them, as extraction leaves a two-cell row: "Policy
 * reviewed 31st August 2023", "Date approved by Governing Body 13th September 2023".
 */
function labelThenDate(block: Block, a: number, b: number, out: Field[]): void {
  const text = block.text;
  const line = text.slice(a, b);
  // Cheap: a date label starts with one of these words; only then are dates looked for.
  if (!DATE_LABEL_START.test(line)) return;
  const dates = findDates(line);
  if (dates.length !== 1) return;
  const date = dates[0];
  if (!/^[\s.)]*$/.test(line.slice(date.index + date.text.length))) return;
  const lb = a + date.index;
  const label = text.slice(a, lb).replace(/[\s,]+$/, '');
  if (!label || /\d/.test(label) || !isFieldLabel(label) || roleOfLabel(label) === null) return;
  out.push(field(block, label, a, a + label.length, lb, lb + date.text.length, 'same-line'));
}

/** The end of a sentence inside a value ("… closely. Staff will …"); not an initial or a title ("Mr A. Okafor"). */
const SENTENCE_END = /\b(?!(?:Mr|Mrs|Ms|Dr|Prof|St|Rev|Revd|Cllr)\.)[A-Za-z]{2,}[.!?]\s+\S/;

/** A value short enough to be one (a name, a date); a date label's value must start with a date. */
function isShortValue(label: string, value: string): boolean {
  const role = roleOfLabel(label);
  if (role) {
    const date = parseDate(value);
    return date !== null && date.index === 0;
  }
  // A name or a placeholder starts with a capital, a dot leader or a bracket; prose goes on in lower case.
  // A value with no letter is a page number in a list of contents ("The Designated Teacher - 4").
  return wordCount(value) <= 12 && !/^\p{Ll}/u.test(value) && !SENTENCE_END.test(value) && (/\p{L}/u.test(value) || /^[.\u2026_\s]+$/u.test(value));
}
