/**
 * Dates with their role. The role comes from a field's label ("Next Review:", "Last Reviewed",
 * "Adopted :") or from the phrase just before a date in prose ("to be reviewed in Spring Term 2026",
 * "Review date September 2025"). A "last reviewed" date is never a next-review date.
 */
import { findDates, parseDate } from './dates.js';
import type { Block, DateRole, DateValue, Field, PolicyDate } from './types.js';

interface RolePattern {
  role: DateRole;
  /** On the label's words, lower case, single spaces. */
  spaced: RegExp;
  /** On a label whose spaces extraction lost ("dateofnextreview"). */
  glued?: RegExp;
}

/** In order: a "last reviewed" label is never a next-review one. */
const ROLE_PATTERNS: RolePattern[] = [
  {
    role: 'last-reviewed',
    spaced: /\blast\b.*\breview|\bdate (?:last )?reviewed\b|^(?:policy )?reviewed\b|\breviewed (?:on|in)\b|\bprevious review/,
    glued: /last\w*review|date(?:last)?reviewed|^(?:policy)?reviewed(?!by)|previousreview/,
  },
  {
    role: 'next-review',
    // "Next" alone ("next: Spring Term 2026"), or with review words; not "Next Ofsted inspection due".
    spaced:
      /^next(?: (?:due|date|due date))?$|\bnext\b.*\b(?:review|renewal)|\breview date\b|\bdate (?:of|for) (?:the )?(?:next )?review\b|\bdue (?:for )?review\b|\breview due\b|\bto be reviewed\b|\brenewal\b|^(?:(?:policy|annual|full) )?review\b(?! (?:with|meeting|process|period|cycle|frequency)\b)(?! (?:of|for) (?!(?:this|the) policy\b))|\breview by\b|\brevision date\b|\bdate (?:of|for) (?:next )?revision\b|\bdue for revision\b|\bnext revision\b/,
    glued: /next(?:policy)?review|reviewdate|revisiondate|date(?:of|for)(?:the)?(?:next)?review|due(?:for)?review|reviewdue|tobereviewed|^(?:policy)?review(?:by)?$/,
  },
  { role: 'adopted', spaced: /\badopt/, glued: /adopted/ },
  { role: 'approved', spaced: /\bapprov|\bratified|\bsigned off|\bagreed by\b/, glued: /approv|ratified/ },
  { role: 'published', spaced: /\bpublicat|\bpublished|\bissued?\b|\bissue date/, glued: /publicationdate|datepublished|dateofissue|issuedate/ },
  { role: 'dated', spaced: /^(?:date|dated)\b/ },
];

/**
 * The role a label gives the date in its value, or null when the label is not about a date. Labels are
 * read as words whatever their spelling: "Next Review", "next_review" and "nextReview" (front matter
 * keys), and "Dateofnextreview" (spaces lost in extraction).
 */
export function roleOfLabel(label: string): DateRole | null {
  const l = unglueWords(label)
    .replace(/[_\s]+/g, ' ')
    .toLowerCase()
    .trim();
  for (const p of ROLE_PATTERNS) if (p.spaced.test(l)) return p.role;
  // One long word: a label whose spaces were lost.
  if (l.length >= 8 && !l.includes(' ')) for (const p of ROLE_PATTERNS) if (p.glued?.test(l)) return p.role;
  return null;
}

/**
 * Phrases in prose that make the date right after them a next-review date ("will be reviewed in
 * September 2025", "The governing body will review this policy in March 2025"). The gap between phrase and
 * date may hold only connecting words ("is", "in", "by", "on", "due", ":", "-", "the").
 */
const INLINE_NEXT_REVIEW =
  /\b(?:next (?:policy )?review(?: date)?|(?:policy )?review date|revision date|date of (?:the )?next review|due for (?:its next )?review|to be reviewed(?: again)?|review(?:ed)? (?:is )?due|(?:will be |is )?reviewed (?:again )?(?:by|before)|will (?:next )?be reviewed(?: again)?|will (?:next )?review (?:this|the) policy|next)\b/gi;
/** The subject of "will be reviewed" when it is the policy: "This policy", "the document", "It". */
const POLICY_SUBJECT = /\b(?:policy|document|procedures?|statement|guidance)\s*(?:\([^)]*\)\s*)?$|\b(?:it|this)\s+$/i;
/** A sentence whose subject is the policy: "This policy was reviewed … and will be reviewed again …". */
const POLICY_SENTENCE = /^\s*(?:(?:this|the|our)\s+(?:[\w-]+\s+){0,3}?(?:policy|document|procedures?|statement)|it)\b/i;
/** The review of something other than the policy, just before or inside the phrase. */
const OTHER_REVIEW = /\b(?:PEPs?|personal education plans?|LAC|CLA|EHC ?Ps?|care plans?|plans?|placements?|child(?:'s|ren's)?|pupils?'?s?|timetables?|targets?|meetings?)\s+(?:\w+\s+)?(?:review|reviewed)\b/i;

/** The text of the sentence before `index`: from the last sentence end (or the start) to it. */
function sentenceBefore(text: string, index: number): string {
  const head = text.slice(0, index);
  const end = Math.max(head.lastIndexOf('. '), head.lastIndexOf('! '), head.lastIndexOf('? '), head.lastIndexOf('\n'));
  return end < 0 ? head : head.slice(end + 1);
}

const INLINE_LAST_REVIEWED = /\b(?:last reviewed|date reviewed|reviewed on|was reviewed)\b/gi;
const CONNECTOR = /^(?:\s|[:\u2013\u2014,-]|\b(?:is|was|on|in|by|at|due|date|the|of|during|before|annually|every|year|term|next|full|local|governing|body|board|governors|trustees|trust|directors|committee|senior|leadership|team|headteacher|head|principal)\b)*$/i;

export function extractDates(blocks: Block[], fields: Field[]): PolicyDate[] {
  const dates: PolicyDate[] = [];
  const seen = new Set<string>();
  const add = (d: PolicyDate) => {
    const key = `${d.span.start}:${d.role}`;
    if (seen.has(key)) return;
    seen.add(key);
    dates.push(d);
  };

  const fieldDates = new Set<number>();
  for (const field of fields) {
    const role = roleOfLabel(field.label);
    if (!role) continue;
    const value = parseDate(field.value);
    if (!value) continue;
    const at = field.valueOffset + value.index;
    const span = { start: field.block.offsetAt(at), end: field.block.offsetAt(at + value.text.length - 1) + 1 };
    add({ role, value, label: field.label, span, block: field.block });
    if (!/\d/.test(field.label)) fieldDates.add(span.start);
  }

  for (const block of blocks) {
    if (block.kind === 'code' || block.kind === 'html') continue;
    const text = block.text;
    if (!/review|revision/i.test(text) && !/\bnext\b/i.test(text)) continue;
    const found = findDates(text);
    if (found.length === 0) continue;
    for (const [re, role] of [
      [INLINE_LAST_REVIEWED, 'last-reviewed'],
      [INLINE_NEXT_REVIEW, 'next-review'],
    ] as const) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text)) !== null) {
        const phraseEnd = m.index + m[0].length;
        const date = found.find((d) => d.index >= phraseEnd && d.index - phraseEnd <= 40);
        if (!date || !CONNECTOR.test(text.slice(phraseEnd, date.index))) continue;
        // "was last reviewed by …", "has been reviewed before …": a past review, not the next.
        if (role === 'next-review' && /^reviewed/i.test(m[0]) && /\b(?:last|was|were|been)\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
        // "… will be reviewed in September 2025" is the policy's review only when the policy is what will
        // be reviewed ("This policy will …", "It will …", "This policy was … and will be reviewed again …"),
        // not a pupil's plan ("The PEP will be reviewed …").
        if (
          /^will\b/i.test(m[0]) &&
          !/\bwill (?:next )?review (?:this|the) policy/i.test(m[0]) &&
          !POLICY_SUBJECT.test(text.slice(Math.max(0, m.index - 60), m.index)) &&
          !POLICY_SENTENCE.test(sentenceBefore(text, m.index))
        ) continue;
        // "next" alone is a label ("next: Spring Term 2026"), not "… every six months, next in March 2024".
        if (/^next$/i.test(m[0]) && !/[:\u2013\u2014-]/.test(text.slice(phraseEnd, date.index))) continue;
        // A child's or a plan's review is not the policy's ("The next PEP review is due in March 2024").
        if (role === 'next-review' && OTHER_REVIEW.test(text.slice(Math.max(0, m.index - 40), m.index + m[0].length))) continue;
        // A date a field's label already gave a role keeps it: in a flattened table ("Date approved /
        // Next review date / September 2023 / September 2025") the nearest phrase is not its label.
        if (fieldDates.has(block.offsetAt(date.index))) continue;
        // "last reviewed" inside a next-review phrase is caught by the first pattern, checked first.
        if (role === 'next-review' && dates.some((d) => d.block === block && d.value.index === date.index && d.role === 'last-reviewed')) continue;
        add({
          role,
          value: date,
          label: m[0],
          span: { start: block.offsetAt(date.index), end: block.offsetAt(date.index + date.text.length - 1) + 1 },
          block,
        });
      }
    }
  }
  for (const { date, rows } of datesUnderTrailingLabels(blocks)) {
    // The table's rows were read before as label-and-value ("Next Review Due" / "March 2021March 2022"):
    // the column reading replaces that; elsewhere a next-review date already found governs.
    if (dates.some((d) => d.role === 'next-review' && d.span.start === date.span.start)) continue;
    const misread = dates.filter((d) => d.role === 'next-review' && rows.has(d.block));
    if (misread.length === 0 && dates.some((d) => d.role === 'next-review')) continue;
    for (const d of misread) {
      dates.splice(dates.indexOf(d), 1);
      seen.delete(`${d.span.start}:${d.role}`);
    }
    add(date);
  }
  dates.sort((a, b) => a.span.start - b.span.start);
  return dates;
}

/**
 * A next-review label that closes its line with no date after it: the header of a table that extraction
 * flattened, its values on the lines below ("… Date of review / Governor's Signature / September 2017",
 * "Date Created … Next Review Due / September 2022September 2023 / September 2023 2September 2024").
 * Words glued by extraction are split before reading ("VersionNext Review Due").
 */
const NEXT_REVIEW_LABEL =
  /(?:\bnext\s*review(?:\s*(?:date|due))?|\breview\s*(?:date|due)|\bdate\s*(?:of|for)\s*(?:the\s*)?(?:next\s*)?review)(?:\s+and\s+by\s+whom)?\s*:?/gi;
/** A cell between the header and its values that holds no date: a signature, a name, a version. */
const NOT_A_DATE_CELL = /^[\w'\u2019 ]{0,30}\b(?:signature|signed|name|by whom|version|initials)\b[\w'\u2019 ]{0,30}:?$/i;
/** Rows of a flattened table: only dates, numbers and separators. */
const DATES_ONLY_REST = /^[\s\d.,;:/|\u2013-]*$/;
const MAX_ROWS_BELOW = 4;

interface LineUnit {
  block: Block;
  start: number;
  text: string;
}

function datesUnderTrailingLabels(blocks: Block[]): Array<{ date: PolicyDate; rows: Set<Block> }> {
  const units: LineUnit[] = [];
  for (const block of blocks) {
    if (block.kind === 'code' || block.kind === 'html') continue;
    let start = 0;
    for (const line of block.text.split('\n')) {
      units.push({ block, start, text: line });
      start += line.length + 1;
    }
  }
  const out: Array<{ date: PolicyDate; rows: Set<Block> }> = [];
  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    // Cheap first: the line must have review words.
    if (unit.text.length > 300 || !/review/i.test(unit.text)) continue;
    const label = trailingLabel(unglueWords(unit.text));
    if (!label) continue;
    let best: { unit: LineUnit; value: DateValue } | null = null;
    const rows = new Set<Block>([unit.block]);
    for (let j = i + 1; j < units.length && j <= i + MAX_ROWS_BELOW; j++) {
      const row = units[j].text.trim();
      if (!row) continue;
      if (NOT_A_DATE_CELL.test(row) && !best) continue;
      const last = lastDateOfRow(units[j].text);
      if (!last) break;
      rows.add(units[j].block);
      if (!best || last.end > best.value.end) best = { unit: units[j], value: last };
    }
    if (!best) continue;
    const { unit: at, value } = best;
    const from = at.start + value.index;
    const date: PolicyDate = {
      role: 'next-review',
      value: { ...value, index: from },
      label,
      span: { start: at.block.offsetAt(from), end: at.block.offsetAt(from + value.text.length - 1) + 1 },
      block: at.block,
    };
    out.push({ date, rows });
  }
  return out;
}

/**
 * The next-review label that closes a line, with nothing after it but, perhaps, the next cell's label
 * that holds no date ("… Next review date Signature of the Chair"): a flattened header row.
 */
function trailingLabel(line: string): string | null {
  NEXT_REVIEW_LABEL.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  let m: RegExpExecArray | null;
  while ((m = NEXT_REVIEW_LABEL.exec(line)) !== null) last = m;
  // A label alone on its line is a label-and-next-line field (fields.ts), or one of a column of labels,
  // whose pairing only a flattened table that lines up can tell: here, only a header row flattened
  // into one line, the label closing it.
  if (!last || line.slice(0, last.index).trim() === '') return null;
  const rest = line.slice(last.index + last[0].length).trim();
  return rest === '' || (NOT_A_DATE_CELL.test(rest) && !/\d/.test(rest)) ? last[0].replace(/:$/, '').trim() : null;
}

/** "VersionNext Review Due" -> "Version Next Review Due" (for reading labels only). */
function unglueWords(text: string): string {
  return text.replace(/([a-z])([A-Z])/g, '$1 $2');
}

/**
 * The last date of a line that holds only dates (and numbers), with glued cells split apart
 * ("September 2022September 2023"); its index is in the line as written. Null for any other line.
 */
function lastDateOfRow(line: string): DateValue | null {
  // Split glued cells, "2022September" and "2September" (a version number), as cells: a glued digit is
  // another cell, not the day of the date after it. Remember where each character came from.
  let spaced = '';
  const from: number[] = [];
  for (let k = 0; k < line.length; k++) {
    if (k > 0 && /\d/.test(line[k - 1]) !== /\d/.test(line[k]) && /[A-Za-z\d]/.test(line[k - 1]) && /[A-Za-z\d]/.test(line[k])) {
      spaced += ' | ';
      from.push(k, k, k);
    }
    spaced += line[k];
    from.push(k);
  }
  const found = findDates(spaced);
  if (found.length === 0) return null;
  let rest = spaced;
  for (const d of found) rest = rest.slice(0, d.index) + ' '.repeat(d.text.length) + rest.slice(d.index + d.text.length);
  if (!DATES_ONLY_REST.test(rest)) return null;
  const last = found[found.length - 1];
  const a = from[last.index];
  const b = from[last.index + last.text.length - 1] + 1;
  return { ...last, text: line.slice(a, b), index: a };
}

/**
 * Words of a model policy's own publication block (a county's header table: "PUBLICATION SCHEDULE
 * NUMBER", "AUTHOR OF PUBLICATION", "Issue No. 13", "TARGET AUDIENCE"). Each is one kind of evidence.
 */
const PUBLICATION_MARKERS: RegExp[] = [
  /\bpublication\b|\bpublished by\b/i,
  /\bschedule\b|\b(?:policy|document|reference|ref)\.?\s+(?:no\b|number\b)/i,
  /\btarget audience\b/i,
  // Weak: a school's own header table may name its author and issue too.
  /\bauthor\b|\bauthoris(?:ing|ation) officer\b/i,
  /\bissue\s*(?:no\b|number\b|\d)/i,
];
/** Markers before this index are strong: a publication block needs one of them. */
const STRONG_MARKERS = 3;
const MAX_GROUP = 20;

/** A block that belongs with its neighbours in a header table: a row, or a short "label: value" line. */
function isHeaderLine(block: Block): boolean {
  if (block.kind === 'table-row') return true;
  if (block.kind !== 'paragraph' && block.kind !== 'list-item') return false;
  const text = block.text;
  return (text.includes(':') || text.includes('\t')) && text.length <= 200;
}

/**
 * Whether a date stands in a model policy's own publication block rather than in the school's copy:
 * the header table around it (its rows, or short "label: value" lines next to it) holds two kinds of
 * publication evidence or more (publication date or publisher, schedule or policy number, target
 * audience, author, issue number), one of them more than an author or an issue number (which a
 * school's own header table may have), and some of it comes before the date. A county model's "REVIEW DATE" there
 * describes the model, not the copy a school adopted from it.
 */
export function isModelPublicationDate(date: PolicyDate, blocks: Block[]): boolean {
  const at = date.block.index;
  if (blocks[at] !== date.block) return false;
  const inGroup = (b: Block, prev: Block) => b.node === prev.node || (isHeaderLine(b) && isHeaderLine(prev));
  let first = at;
  while (first > 0 && at - first < MAX_GROUP && inGroup(blocks[first - 1], blocks[first])) first--;
  let last = at;
  while (last + 1 < blocks.length && last - at < MAX_GROUP && inGroup(blocks[last + 1], blocks[last])) last++;
  const kinds = new Set<number>();
  let before = false;
  for (let i = first; i <= last; i++) {
    const text = blocks[i].text;
    PUBLICATION_MARKERS.forEach((re, k) => {
      const m = re.exec(text);
      if (!m) return;
      kinds.add(k);
      if (i < at || (i === at && blocks[i].offsetAt(m.index) < date.span.start)) before = true;
    });
  }
  return kinds.size >= 2 && [...kinds].some((k) => k < STRONG_MARKERS) && before;
}
