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
 */
import type { Block, Field, FieldLayout } from './types.js';
import { findDates, parseDate } from './dates.js';
import { roleOfLabel } from './policy-dates.js';
import { lines, trimRange, wordCount } from './text.js';

const MAX_LABEL_WORDS = 8;
/** Labels that stand alone on a line, with the value in the next block. */
const STANDALONE_LABEL = /^(?:name of\b|names of\b)|\b(?:designated (?:teacher|governor|safeguarding lead|school governor)s?|review date|next review|date of (?:next )?review|policy review)\b/i;
/** A sentence, not a label: a verb, or a last word that needs more after it. */
const SENTENCE_VERB = /\b(?:is|are|was|were|will|has|have|should|must|shall|can|may|would)\b/i;
const ENDS_WITH_FUNCTION_WORD = /\b(?:a|an|the|of|and|or|to|for|with|by|in|on|at|from|as)$/i;

/** A line longer than this is prose, not a dash, glued or label-then-date field. */
const MAX_SHORT_LINE = 160;
const SPACED_DASH = /\s[-\u2013\u2014]|[\u2013\u2014]\s/;
const DIGIT = /\d/;
/** Cheap: the words a date label is made of, before a label's role is worked out. */
const DATE_WORDS = /dat|review|approv|adopt|ratif|agree|sign|next|renew|issue|publi|creat|updat|effect/i;

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

function span(block: Block, from: number, to: number) {
  return { start: block.offsetAt(from), end: block.offsetAt(Math.max(from, to - 1)) + 1 };
}

function sameLineFields(block: Block, out: Field[]): void {
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
 * The first colon in [from, to) that can end a label: not in a URL ("https://"), not between digits
 * (a time, "10:30", or a verse, "1:26"). -1 when there is none.
 */
function firstLabelColon(text: string, from: number, to: number): number {
  for (let i = text.indexOf(':', from); i >= 0 && i < to; i = text.indexOf(':', i + 1)) {
    if (isLabelColon(text, i)) return i;
  }
  return -1;
}

function isLabelColon(text: string, i: number): boolean {
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i + 1);
  if (text[i + 1] === '/' || text[i + 1] === ':' || text[i - 1] === ':') return false;
  const digit = (c: number) => c >= 48 && c <= 57;
  return !(digit(before) && digit(after));
}

function isLabel(label: string): boolean {
  return /^[A-Za-z(]/.test(label) && wordCount(label) <= MAX_LABEL_WORDS && !/[.;!?]$/.test(label);
}

/**
 * Words that labels in policy header tables are made of, for finding where a second label on a line
 * starts ("… Jane Smith Chair of Governors: …"). Lower case.
 */
const LABEL_WORDS = new Set([
  'date', 'dated', 'dates', 'next', 'last', 'review', 'reviewed', 'reviewer', 'revision', 'approved', 'approval', 'adopted',
  'adoption', 'agreed', 'agreement', 'ratified', 'signed', 'signature', 'created', 'updated', 'effective',
  'issued', 'issue', 'version', 'author', 'owner', 'owners', 'published', 'publication', 'chair', 'headteacher',
  'head', 'deputy', 'assistant', 'teacher', 'designated', 'governor', 'governors', 'governing', 'body', 'board', 'policy', 'document',
  'status', 'committee', 'lead', 'safeguarding', 'number', 'no', 'no.', 'name', 'due', 'renewal', 'annual',
  'of', 'for', 'by', 'the', 'on', 'from', 'to', 'be', 'and', 'in',
]);
/** Words a date label starts with: in "… Lead Approved by", the label is "Approved by". */
const DATE_LABEL_HEADS = new Set([
  'date', 'dated', 'next', 'last', 'review', 'reviewed', 'approved', 'approval', 'adopted', 'agreed', 'ratified',
  'signed', 'created', 'updated', 'effective', 'issued', 'published', 'renewal', 'revision', 'due', 'policy', 'annual',
]);
/** Words that may stand before a date label's first word in one label ("Publication date"). */
const DATE_LABEL_PREFIXES = new Set(['publication', 'issue', 'adoption', 'governors', 'review', 'approval', 'policy', 'annual', 'next', 'last']);
const FUNCTION_WORDS = new Set(['of', 'for', 'by', 'the', 'on', 'from', 'to', 'be', 'and', 'in']);
/** Separators a header table leaves between cells when it is flattened to one line. */
const CELL_SEPARATOR = /(?:\s[|\u2022\u00b7/;]\s|\s{2,}|\s[-\u2013\u2014]\s)(?=\S)/g;

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
 * Where a second label ending at `colon` starts, in a value that starts at `from`; -1 if unsure. With
 * `afterLastDate`, the label is the words after the last date ("Last Reviewed December 2021 Next Review").
 */
function nextLabelStart(text: string, from: number, colon: number, afterLastDate = false): number {
  const [vs] = trimRange(text, from, colon);
  if (afterLastDate) {
    const dates = findDates(text.slice(vs, colon));
    const last = dates[dates.length - 1];
    if (!last) return -1;
    let s = vs + last.index + last.text.length;
    while (s < colon && /[\s,;|/\u2022\u00b7\u2013\u2014-]/.test(text[s])) s++;
    const label = text.slice(s, colon).trim();
    return s > vs && label.length > 0 && isLabel(label) && wordCount(label) <= 6 && !/\d/.test(label) ? s : -1;
  }
  const isGoodLabel = (start: number) => {
    const label = text.slice(start, colon).trim();
    return start > vs && label.length > 0 && isLabel(label) && wordCount(label) <= 6 && !/\d/.test(label);
  };
  // 1. The value is a date: the label starts after it ("April 2017 Date for Review:").
  const date = findDates(text.slice(vs, colon), { bareYears: true })[0];
  if (date && date.index === 0) {
    let s = vs + date.text.length;
    while (s < colon && /[\s,;|/\u2022\u00b7\u2013\u2014-]/.test(text[s])) s++;
    if (isGoodLabel(s)) return s;
  }
  // 2. A separator between cells ("Jane Smith | Chair of Governors:").
  CELL_SEPARATOR.lastIndex = vs;
  let sep = -1;
  let m: RegExpExecArray | null;
  while ((m = CELL_SEPARATOR.exec(text)) !== null && m.index < colon) sep = m.index + m[0].length;
  if (sep > vs && isGoodLabel(sep)) return sep;
  // 3. The words labels are made of, back from the colon ("… Woodkirk Academy Version Number:").
  const words: Array<{ start: number; word: string }> = [];
  for (let end = colon; end > vs && words.length < 6; ) {
    let start = end;
    while (start > vs && !/\s/.test(text[start - 1])) start--;
    const word = text.slice(start, end).toLowerCase();
    if (!LABEL_WORDS.has(word)) break;
    words.unshift({ start, word });
    end = start;
    while (end > vs && /\s/.test(text[end - 1])) end--;
  }
  while (words.length && FUNCTION_WORDS.has(words[0].word)) words.shift();
  if (words.length === 0) return -1;
  // A date label within the words starts the label ("… Lead Approved by:"), with the words that make
  // it one name ("PUBLICATION DATE", "Annual review date"); otherwise all the words do.
  let head = words.findIndex((w) => DATE_LABEL_HEADS.has(w.word));
  const first = Math.max(0, head);
  while (head > 0 && DATE_LABEL_PREFIXES.has(words[head - 1].word)) head--;
  const start = words[Math.max(0, head)].start;
  if (isGoodLabel(start)) return start;
  // The words took the whole value ("Reviewed by: Governors Date:"): the date label alone.
  return first > 0 && isGoodLabel(words[first].start) ? words[first].start : -1;
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

/** A label of a few words that is not a sentence. */
function isFieldLabel(label: string): boolean {
  const l = label.trim();
  return isLabel(l) && !SENTENCE_VERB.test(l) && !ENDS_WITH_FUNCTION_WORD.test(l) && !/[,:]$/.test(l);
}

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

/** One line of a block, for reading a flattened table. */
interface Unit {
  block: Block;
  start: number;
  end: number;
  text: string;
  role: 'date' | 'other' | null;
}

interface TableField {
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
function flattenedTableFields(blocks: Block[]): TableField[] {
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

function tableLabelRole(text: string): 'date' | 'other' | null {
  const colon = text.endsWith(':');
  // Cheap first: a label ends with a colon, or has a date label's or a designated role's words.
  if (!colon && !DATE_WORDS.test(text) && !STANDALONE_LABEL.test(text)) return null;
  if (DIGIT.test(text) || !isLabel(text) || SENTENCE_VERB.test(text)) return null;
  const bare = text.replace(/:$/, '').trim();
  if (bare.includes(':')) return null;
  if (DATE_WORDS.test(bare) && roleOfLabel(bare) !== null) return 'date';
  if (colon || STANDALONE_LABEL.test(bare)) return 'other';
  return null;
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
          labelSpan: span(l.block, l.start, l.end),
          valueSpan: span(v.block, v.start, v.end),
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
