/**
 * Dates in policies, read as a person would. UK order always (01/09/2025 is 1 September 2025); terms
 * and seasons are school terms (Autumn = 1 Sep..31 Dec, Spring = 1 Jan..30 Apr, Summer = 1 May..31 Aug,
 * Winter = 1 Dec..end of February of the next year); academic years run 1 Sep..31 Aug.
 *
 * Every Date made here is UTC midnight (Date.UTC); local time is never used. date-fns 4 computes in
 * local time unless given a UTC context (@date-fns/utc, not a dependency), so only its time-zone-free
 * helpers are used and month lengths come from Date.UTC.
 *
 * How it works: each form has its own pattern; every match anywhere in the string is a candidate (a
 * candidate that fails validation, such as 31/02/2025 or "2023-34", is kept as a blocker so that no
 * shorter reading of the same words is taken instead); candidates are chosen left to right, the longest
 * at each position, without overlaps; then blockers are dropped. Nothing inside a URL is a date.
 */
import { calendarDay as day, formatDay, MONTH_NAMES, utcDay as utc } from '../common/days.js';
import type { DatePrecision, DateValue } from './types.js';

export { formatDay, parseIsoDate, toIsoDate } from '../common/days.js';

export interface FindDatesOptions {
  /**
   * Read a bare year ("2026") as a date of year precision, and the short forms that only a label makes
   * a date ("18/19", "18-1-18"). Off by default: prose is full of years, scores and section numbers.
   */
  bareYears?: boolean;
}


/**
 * Month words: full names and the usual abbreviations ("Sept", "Sep.", "Jun"). Used without the 'i'
 * flag, they match title case only: in text that extraction glued together ("UpdatedMarch2020") the
 * capital is the only sign that a new word starts.
 */
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const WEEKDAY =
  '(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?,?\\s+(?:the\\s+)?)';
const ORDINAL = '(?:st|nd|rd|th)?';
/** Four-digit years 1900-2099. */
const YEAR4 = '((?:19|20)\\d\\d)';
/** Not glued to a word, a number, or a number's separator before it. */
const NUM_BEFORE = '(?<![\\w./:\\-\\u2013£$€])';
/** Not followed by a word character, another digit group ("1.9.2025.3"), or a ":" time. */
const NUM_AFTER = '(?![\\w£%]|[./:\\-\\u2013]\\d)';
/** After a year in text that extraction glued together: a capital may start the next word (no 'i' flag). */
const GLUED_AFTER = '(?![a-z\\d_£%]|[./:\\-\\u2013]\\d)';
/** After a year written in words, the same, but a "/" or "-" and digits would make it something else. */
const WORD_BEFORE = '(?<![\\w\\-])';

const SEASONS: Record<string, { month: number; name: string }> = {
  autumn: { month: 8, name: 'Autumn' },
  spring: { month: 0, name: 'Spring' },
  summer: { month: 4, name: 'Summer' },
  winter: { month: 11, name: 'Winter' },
};

interface Candidate {
  index: number;
  length: number;
  /** null: the words look like a date but are not one (31/02/2025, "2023-34"); they block shorter readings. */
  value: Omit<DateValue, 'text' | 'index'> | null;
}

interface Form {
  re: RegExp;
  read(m: RegExpExecArray): Candidate['value'];
  bareYearsOnly?: boolean;
}

function lastOfMonth(year: number, month: number): Date {
  return utc(year, month + 1, 0);
}

function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTH_NAMES.findIndex((name) => name.toLowerCase().startsWith(w.slice(0, 3)));
}

function dayValue(year: number, month: number, dayOfMonth: number): Candidate['value'] {
  const d = day(year, month, dayOfMonth);
  return d ? { start: d, end: d, precision: 'day' } : null;
}

function monthValue(year: number, month: number): Candidate['value'] {
  if (month < 0 || month > 11) return null;
  return { start: utc(year, month, 1), end: lastOfMonth(year, month), precision: 'month' };
}

/** The term or season `word` in calendar year `year`. */
function seasonValue(word: string, year: number, precision: 'term' | 'season'): Candidate['value'] {
  const season = SEASONS[word.toLowerCase()];
  if (!season) return null;
  const start = utc(year, season.month, 1);
  const end =
    season.month === 11
      ? lastOfMonth(year + 1, 1) // Winter: 1 Dec .. end of February of the next year
      : lastOfMonth(year, season.month + 3);
  return { start, end, precision };
}

/** Second year of an academic year as written ("26" or "2026") if it is the first + 1, else null. */
function academicSecond(first: number, second: string): number | null {
  const next = first + 1;
  if (second.length === 2) return Number(second) === next % 100 ? next : null;
  return Number(second) === next ? next : null;
}

function academicValue(first: number): Candidate['value'] {
  return { start: utc(first, 8, 1), end: utc(first + 1, 7, 31), precision: 'academic-year' };
}

function twoDigitYear(y: string): number {
  return y.length === 2 ? 2000 + Number(y) : Number(y);
}

const FORMS: Form[] = [
  // "Monday 1st September 2025", "1st September 2023", "1 Sept 2025", "the 1st of September, 2025", "01-Sep-2025";
  // as PDF extraction writes them: "30 th March 2020", "30thMarch2020"
  {
    re: new RegExp(
      `${WORD_BEFORE}${WEEKDAY}?(\\d{1,2})(?:\\s?(?:st|nd|rd|th)(?:\\s+of)?\\s*|(?:\\s+of)?(?:\\s+|-))${MONTH}(?:,?\\s*|-)${YEAR4}${NUM_AFTER}`,
      'gi',
    ),
    read: (m) => dayValue(Number(m[3]), monthIndex(m[2]), Number(m[1])),
  },
  // Glued to the words around it: "updatedon1stApril2020Thepolicy" (the ordinal and the title-case month
  // make it sure; a capital after the year starts the next word)
  {
    re: new RegExp(`(?<![\\d./\\-])(\\d{1,2})(?:st|nd|rd|th)${MONTH}\\s*${YEAR4}${GLUED_AFTER}`, 'g'),
    read: (m) => dayValue(Number(m[3]), monthIndex(m[2]), Number(m[1])),
  },
  // "September 1st 2025", "Monday, September 1, 2025"
  {
    re: new RegExp(`${WORD_BEFORE}${WEEKDAY}?\\b${MONTH}\\s+(?:the\\s+)?(\\d{1,2})${ORDINAL},?\\s+${YEAR4}${NUM_AFTER}`, 'gi'),
    read: (m) => dayValue(Number(m[3]), monthIndex(m[1]), Number(m[2])),
  },
  // "June 2026", "Sept 2024", "September, 2024", "September of 2024"; glued by extraction: "September2017"
  {
    re: new RegExp(`\\b${MONTH}(?:,?\\s*|\\s+of\\s+)${YEAR4}${NUM_AFTER}`, 'gi'),
    read: (m) => monthValue(Number(m[2]), monthIndex(m[1])),
  },
  // A title-case month glued to the words around it: "(UpdatedMarch2020)", "review:September2017Signed"
  {
    re: new RegExp(`(?<![A-Z\\d])${MONTH}\\s*${YEAR4}${GLUED_AFTER}`, 'g'),
    read: (m) => monthValue(Number(m[2]), monthIndex(m[1])),
  },
  // ISO "2025-09-01"
  {
    re: new RegExp(`${NUM_BEFORE}${YEAR4}-(\\d\\d)-(\\d\\d)${NUM_AFTER}`, 'g'),
    read: (m) => dayValue(Number(m[1]), Number(m[2]) - 1, Number(m[3])),
  },
  // "01/09/2025", "1.9.2025", "01-09-2025" (four-digit year, any of the three separators, the same twice)
  {
    re: new RegExp(`${NUM_BEFORE}(\\d{1,2})([/.\\-])(\\d{1,2})\\2${YEAR4}${NUM_AFTER}`, 'g'),
    read: (m) => dayValue(Number(m[4]), Number(m[3]) - 1, Number(m[1])),
  },
  // "1/9/25": a two-digit year only with slashes (1.9.25 and 1-9-25 are too often section numbers or ranges)
  {
    re: new RegExp(`${NUM_BEFORE}(\\d{1,2})/(\\d{1,2})/(\\d\\d)${NUM_AFTER}`, 'g'),
    read: (m) => dayValue(twoDigitYear(m[3]), Number(m[2]) - 1, Number(m[1])),
  },
  // "09/2025": month and year
  {
    re: new RegExp(`${NUM_BEFORE}(\\d{1,2})/${YEAR4}${NUM_AFTER}`, 'g'),
    read: (m) => monthValue(Number(m[2]), Number(m[1]) - 1),
  },
  // Terms and seasons with an academic year: "Summer term 2025/26" is the summer of 2026; the season
  // makes a short academic year safe to read ("Spring Term 18/19" is the spring of 2019)
  {
    re: new RegExp(
      `\\b(autumn|spring|summer|winter)(?:\\s+(term))?(?:\\s+of)?,?\\s+(${YEAR4.slice(1, -1)}|\\d\\d)\\s*[/\\-\\u2013]\\s*(\\d{4}|\\d\\d)${NUM_AFTER}`,
      'gi',
    ),
    read: (m) => {
      const first = twoDigitYear(m[3]);
      if (m[3].length === 2 && m[4].length === 4) return null;
      const second = academicSecond(first, m[4]);
      if (second === null) return null;
      const season = SEASONS[m[1].toLowerCase()];
      const year = season.month >= 8 ? first : second;
      return seasonValue(m[1], year, m[2] ? 'term' : 'season');
    },
  },
  // "Spring Term 2026", "Summer term, 2026", "autumn term of 2025", "Spring 2027"
  {
    re: new RegExp(`\\b(autumn|spring|summer|winter)(?:\\s+(term))?(?:,?\\s+|\\s+of\\s+)${YEAR4}${NUM_AFTER}`, 'gi'),
    read: (m) => seasonValue(m[1], Number(m[3]), m[2] ? 'term' : 'season'),
  },
  // Academic years "2025/26", "2025-26", "2025-2026", "2025/2026", "2025–26", "2025 – 2026" (second year
  // must be the first + 1; spaces around the dash only before a four-digit year: "2019 - 20 pupils" is not one)
  {
    re: new RegExp(`${NUM_BEFORE}${YEAR4}(?:[/\\-\\u2013](\\d{4}|\\d\\d)|\\s?[/\\-\\u2013]\\s?(\\d{4}))${NUM_AFTER}`, 'g'),
    read: (m) => {
      const first = Number(m[1]);
      return academicSecond(first, m[2] ?? m[3]) === null ? null : academicValue(first);
    },
  },
  // Short academic years, on request (a field's value): "18/19"; "2019/20" is the form above
  {
    re: new RegExp(`${NUM_BEFORE}(\\d\\d)/(\\d\\d)${NUM_AFTER}`, 'g'),
    read: (m) => {
      const first = twoDigitYear(m[1]);
      return academicSecond(first, m[2]) === null ? null : academicValue(first);
    },
    bareYearsOnly: true,
  },
  // Day, month and a two-digit year with dots or dashes, on request (a field's value): "18-1-18"
  {
    re: new RegExp(`${NUM_BEFORE}(\\d{1,2})([.\\-])(\\d{1,2})\\2(\\d\\d)${NUM_AFTER}`, 'g'),
    read: (m) => dayValue(twoDigitYear(m[4]), Number(m[3]) - 1, Number(m[1])),
    bareYearsOnly: true,
  },
  // A month and a two-digit year, on request (a field's value): "Oct-25", "Sept '24"
  {
    re: new RegExp(`\\b${MONTH}(?:-|\\s?['\\u2019])(\\d\\d)${NUM_AFTER}`, 'gi'),
    read: (m) => monthValue(twoDigitYear(m[2]), monthIndex(m[1])),
    bareYearsOnly: true,
  },
  // Bare years, on request: "2026"
  {
    re: new RegExp(`${NUM_BEFORE}${YEAR4}${NUM_AFTER}`, 'g'),
    read: (m) => {
      const y = Number(m[1]);
      return { start: utc(y, 0, 1), end: utc(y, 11, 31), precision: 'year' };
    },
    bareYearsOnly: true,
  },
];

/** URLs and web addresses: their digits are never dates. */
const URL_RE =
  /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+|\b(?:[\w-]+\.)+(?:uk|com|org|net|gov|io)\/[^\s<>"')\]]*|\b[\w.-]+\.(?:pdf|docx?|html?|aspx?)\b/gi;

function urlRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  URL_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = URL_RE.exec(text)) !== null) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

/** Every date expression in `text`, in order, not overlapping. */
export function findDates(text: string, options: FindDatesOptions = {}): DateValue[] {
  const urls = urlRanges(text);
  const inUrl = (start: number, end: number) => urls.some(([a, b]) => start < b && a < end);
  const candidates: Candidate[] = [];
  for (const form of FORMS) {
    if (form.bareYearsOnly && !options.bareYears) continue;
    form.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = form.re.exec(text)) !== null) {
      if (m[0].length === 0) {
        form.re.lastIndex++;
        continue;
      }
      if (inUrl(m.index, m.index + m[0].length)) continue;
      candidates.push({ index: m.index, length: m[0].length, value: form.read(m) });
      // Overlapping matches of the same form (e.g. a rejected "2023-2024-2025") are found by restarting
      // one character later.
      form.re.lastIndex = m.index + 1;
    }
  }
  // Leftmost first; at one position the longest; a valid reading beats a blocker of the same length.
  candidates.sort((a, b) => a.index - b.index || b.length - a.length || Number(b.value !== null) - Number(a.value !== null));
  const chosen: Candidate[] = [];
  let end = 0;
  for (const c of candidates) {
    if (c.index < end) continue;
    chosen.push(c);
    end = c.index + c.length;
  }
  return chosen
    .filter((c) => c.value !== null)
    .map((c) => ({ ...(c.value as Omit<DateValue, 'text' | 'index'>), text: text.slice(c.index, c.index + c.length), index: c.index }));
}

/** The first date in `text`, bare years allowed (for a field value such as "2026" or "December 2025"). */
export function parseDate(text: string): DateValue | null {
  return findDates(text, { bareYears: true })[0] ?? null;
}

const PRECISION_NAMES: Record<DatePrecision, (v: DateValue) => string> = {
  day: (v) => formatDay(v.start),
  month: (v) => `${MONTH_NAMES[v.start.getUTCMonth()]} ${v.start.getUTCFullYear()}`,
  term: (v) => `${seasonName(v.start)} term ${v.start.getUTCFullYear()}`,
  season: (v) => `${seasonName(v.start)} ${v.start.getUTCFullYear()}`,
  year: (v) => String(v.start.getUTCFullYear()),
  'academic-year': (v) => {
    const y = v.start.getUTCFullYear();
    return `academic year ${y}/${String((y + 1) % 100).padStart(2, '0')}`;
  },
};

function seasonName(start: Date): string {
  const month = start.getUTCMonth();
  return Object.values(SEASONS).find((s) => s.month === month)?.name ?? MONTH_NAMES[month];
}

/** How a message names a date: "June 2026", "1 September 2025", "Spring term 2027", "2026", "academic year 2025/26". */
export function formatDateValue(v: DateValue): string {
  return PRECISION_NAMES[v.precision](v);
}

