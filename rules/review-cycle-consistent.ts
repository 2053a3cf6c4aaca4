/**
 * review-cycle-consistent: the review cycle the policy states ("This policy will be reviewed annually",
 * "Frequency of review: every two years") agrees with its dates: the next review date is about one cycle
 * after the policy was approved, adopted or last reviewed, give or take a term; and the next review does
 * not come before the approval or last review it should follow.
 *
 * The rule stays quiet when it cannot be sure: when the policy gives no cycle, or cycles that differ, or
 * "bi-annual" (twice a year, or every two years?); when it gives several different next review dates;
 * when any approval, adoption, review or revision date it gives fits the cycle (a policy approved a term
 * after its review has two dates, and either may be the one the cycle counts from); and where the date is
 * the county model's own, in its publication block. Dates are compared as the spans they name ("Summer
 * 2017" is May to August), so a month or term written loosely does not make a mismatch.
 */
import {
  defineRule,
  docsUrl,
  findDates,
  formatDateValue,
  isModelPublicationDate,
  parseDate,
  sentenceAt,
  sentences,
  type Block,
  type DateValue,
  type Field,
  type MessageSpec,
  type PolicyDate,
} from '../src/kit/index.js';

const ID = 'review-cycle-consistent';
const DAY = 24 * 60 * 60 * 1000;
const MONTH_DAYS = 30.44;
/**
 * How far the dates may stray from the cycle, in months: a term. Governors approve a policy at their
 * next meeting, up to a term after the review, and a next review is often set for the same term a year
 * (or two) on; dates given to the month or term are compared as the whole span they name on top of this.
 */
const TOLERANCE_MONTHS = 4;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A review cycle in words: "annually", "every 2 years", "biennially", "three-yearly", "every 12 months". */
const CYCLE_WORDS =
  "(?:annual(?:ly)?|yearly|bienni(?:al|ally)|trienni(?:al|ally)|bi-?annual(?:ly)?|semi-?annual(?:ly)?|every\\s+(?:other\\s+year|year|(?:one|two|three|four|five|\\d{1,2})\\s+(?:years?|months))|each\\s+year|once\\s+a\\s+year|(?:one|two|three|1|2|3)[-\\s]yearly|(?:one|two|three|four|five|[1-5])[-\\s]years?\\s+(?:cycle|basis|period))";
/** After a review label, a bare span is a cycle too: "Review cycle: 2 years", "Review frequency: 12 months". */
const SPAN_WORDS = `(?:${CYCLE_WORDS}|(?:one|two|three|four|five|[1-5])\\s+years?|(?:12|24|36|48|60)\\s+months)`;
/** "This policy will be reviewed by the Trust board every 2 years", "… must be reviewed at least every 12 months". */
const POLICY_REVIEWED = new RegExp(
  `\\b(?<det>this|the|our)\\s+(?<qual>(?:[\\w-]+\\s+){0,4}?)(?:policy|document|procedures?|statement)\\b[^.]{0,140}?\\b(?:review(?:ed)?|revis(?:ed|ion)|updated?)\\b[^.]{0,60}?\\b(?<cycle>${CYCLE_WORDS})`,
  'di',
);
/** "This policy should be a living document, subject to full annual review". */
const POLICY_CYCLE_REVIEW = new RegExp(
  `\\b(?<det>this|the|our)\\s+(?<qual>(?:[\\w-]+\\s+){0,4}?)(?:policy|document)\\b[^.]{0,140}?\\b(?<cycle>${CYCLE_WORDS})\\s+(?:full\\s+)?reviews?\\b`,
  'di',
);
/** "Frequency of Review: Annually", "Review cycle: 2 years", "REVIEW DETAILS: To be conducted annually". */
const REVIEW_LABEL = new RegExp(
  `\\b(?:review\\s+(?:cycle|frequency|period|details|date|schedule)|frequency\\s+of\\s+review|review(?:ed)?\\s+every)\\s*[:\\-\\u2013\\u2014/]?\\s*(?:[\\w,]+\\s+){0,3}?(?<cycle>${SPAN_WORDS})\\b`,
  'di',
);
/** "To be reviewed: Annually", "Reviewed Annually by the Governing Body": a line that starts so. */
const REVIEWED_LINE = new RegExp(`^\\W*(?:policy\\s+)?(?:to\\s+be\\s+)?reviewed\\s*[:\\-\\u2013\\u2014]?\\s*(?<cycle>${CYCLE_WORDS})`, 'di');
/** Things other than the policy that are reviewed on a cycle. */
const OTHER =
  /\b(?:PEPs?|personal education plans?|training|SDQs?|EHC\s*Ps?|care plans?|risk assessments?|registers?|targets?|meetings?|reports?|accessibility plan|progress|provision|placements?|data)\b/i;
/** A cycle that is a longest interval: "at least annually", "annually or sooner if …". */
const AT_MOST_BEFORE = /\b(?:at\s+least|no\s+(?:less|later|longer)\s+than|not\s+more\s+than|within)\s*$/i;
const AT_MOST_AFTER = /^\s*,?\s*(?:or\s+(?:earlier|sooner|before|more\s+(?:often|frequently))|and\s+(?:earlier|sooner|whenever)|as\s+required|if\s+(?:needed|necessary|required))/i;

/** Fields that date a revision the model gives no role: "Revised Date: April 2016", "Policy reviewed". */
const REVISED_LABEL = /^(?:date\s+(?:of\s+)?)?(?:last\s+)?(?:policy\s+)?(?:revised|updated|amended|reviewed)(?:\s+and\s+(?:revised|updated|agreed|approved|amended))?(?:\s+(?:date|on))?$|^date\s+(?:of\s+)?(?:last\s+)?(?:revision|update)$/i;
/** "The policy was last reviewed and agreed by the Governing Body on 24 November 2016". */
const POLICY_PAST = /\b(?:this|the|our)\s+(?:[\w-]+\s+){0,3}?(?:policy|document)\b[^.]{0,40}?\b(?:was|has\s+been|were)\s+(?:last\s+|first\s+|most\s+recently\s+)?(reviewed|revised|updated|approved|agreed|adopted|ratified)\b/i;
/** "Date created: 08/11/2024", "Created": a first version, the start of the first cycle. */
const CREATED_LABEL = /^(?:date\s+)?(?:policy\s+)?(?:created|written)$|^(?:creation|origination)\s+date$/i;
/** A sentence whose subject is this policy. */
const THIS_POLICY = /\b(?:this|the|our)\s+(?:policy|document)\b|^\W*it\b/i;
const PAST_CONNECTOR = /^(?:\s|,|\b(?:and|agreed|approved|adopted|ratified|reviewed|revised|updated|by|the|full|governing|body|board|of|governors|trustees|directors|committee|local|on|in|at|its|meeting|held)\b)*$/i;

type BaseRole = 'approved' | 'adopted' | 'last reviewed' | 'revised' | 'created' | 'dated' | 'published';

interface Base {
  role: BaseRole;
  value: DateValue;
  /** Whether the rule may report from it (a bare "Date:" or a publication date only keeps it quiet). */
  reportable: boolean;
}

interface Cycle {
  months: number;
  atMost: boolean;
  words: string;
}

const BASIS = "The policy's own statement of how often it is reviewed, and its own dates.";
const CYCLE_ADVICE: Omit<MessageSpec, 'message'> = {
  reason:
    'The policy says how often it is reviewed, and its dates say otherwise, so governors cannot tell when the review is really due: either the next review date or the stated cycle is wrong.',
  action: 'Make the review cycle and the next review date agree: review by {{expected}} ({{cycleSpan}} after {{baseDate}}), or correct the stated cycle',
  basis: BASIS,
};

export default defineRule({
  meta: {
    id: ID,
    title: 'Review cycle consistent',
    description: 'The stated review cycle ("reviewed annually") agrees with the next review date, and the next review does not come before the approval.',
    docs: docsUrl(ID),
    // The adviser's pack (policy-lint:adviser), off by default: see README, "Presets".
    recommended: false,
    defaultSeverity: 'warn',
    messages: {
      'cycle-mismatch': {
        message: 'The policy says it is reviewed {{cycle}}, but its next review ({{nextReview}}) is {{gap}} after it was {{baseRole}} ({{baseDate}}).',
        ...CYCLE_ADVICE,
      },
      'before-base': {
        message: 'The next review date ({{nextReview}}) comes before the policy was {{baseRole}} ({{baseDate}}).',
        reason: 'A next review that comes before the policy was approved or last reviewed cannot be right: the review date was probably not updated when the policy was last approved.',
        action: 'Set a new next review date after {{baseDate}}, in line with the policy\'s review cycle',
        basis: BASIS,
      },
    },
  },
  check(context) {
    const blocks = context.model.blocks;
    const own = context.model.dates.filter((d) => !isModelPublicationDate(d, blocks));
    const nexts = own.filter((d) => d.role === 'next-review');
    // Several different next review dates: which one the cycle should match would be a guess.
    if (nexts.length === 0 || new Set(nexts.map((d) => `${+d.value.start}:${+d.value.end}`)).size > 1) return;
    const next = nexts[0];
    const bases = basesOf(own, context.model.fields, blocks);
    const reportable = bases.filter((b) => b.reportable);
    if (reportable.length === 0) return;

    const latest = reportable.reduce((a, b) => (b.value.start > a.value.start ? b : a));
    const sameRole = reportable.filter((b) => b.role === latest.role);
    if (next.value.end < latest.value.start && new Set(sameRole.map((b) => +b.value.start)).size === 1) {
      context.report({ messageId: 'before-base', at: next, data: { nextReview: formatDateValue(next.value), baseRole: latest.role, baseDate: formatDateValue(latest.value) } });
      return;
    }

    const cycles = cyclesOf(blocks, nexts, context.model.title);
    if (cycles.length === 0 || new Set(cycles.map((c) => c.months)).size > 1) return;
    const cycle = { months: cycles[0].months, atMost: cycles.some((c) => c.atMost), words: cycles[0].words };
    const before = bases.filter((b) => b.value.start <= next.value.end);
    if (before.length === 0 || before.some((b) => fits(b.value, next.value, cycle))) return;
    const base = before.filter((b) => b.reportable).reduce<Base | null>((a, b) => (!a || b.value.start > a.value.start ? b : a), null);
    if (!base) return;
    context.report({
      messageId: 'cycle-mismatch',
      at: next,
      data: {
        cycle: cycleName(cycle),
        cycleWords: cycle.words,
        cycleSpan: cycle.months === 12 ? 'a year' : cycle.months % 12 === 0 ? `${cycle.months / 12} years` : `${cycle.months} months`,
        nextReview: formatDateValue(next.value),
        gap: gapName(base.value, next.value),
        baseRole: base.role,
        baseDate: formatDateValue(base.value),
        expected: expectedName(base.value, cycle.months),
      },
    });
  },
});

/** Whether the next review is one cycle (give or take a term) after the base, however loosely dated. */
function fits(base: DateValue, next: DateValue, cycle: Cycle): boolean {
  const lo = (next.start.getTime() - base.end.getTime()) / DAY / MONTH_DAYS;
  const hi = (next.end.getTime() - base.start.getTime()) / DAY / MONTH_DAYS;
  const min = cycle.atMost ? 0 : cycle.months - TOLERANCE_MONTHS;
  return hi >= min && lo <= cycle.months + TOLERANCE_MONTHS;
}

/** The dates a next review counts from: approval, adoption, last review, revision (and, to stay quiet, a bare date). */
function basesOf(dates: PolicyDate[], fields: Field[], blocks: Block[]): Base[] {
  const out: Base[] = [];
  for (const d of dates) {
    // A date read from prose counts only when the sentence is about this policy ("The policy was last
    // reviewed …"), not another one ("Our behaviour policy was last reviewed in March 2023").
    const sure = fields.some((f) => f.block === d.block && f.label === d.label) || aboutThisPolicy(sentenceAt(d.block.text, d.value.index).text);
    if (d.role === 'approved' || d.role === 'adopted') out.push({ role: d.role, value: d.value, reportable: sure });
    else if (d.role === 'last-reviewed') out.push({ role: 'last reviewed', value: d.value, reportable: sure });
    else if (d.role === 'dated' || d.role === 'published') out.push({ role: d.role, value: d.value, reportable: false });
  }
  for (const f of fields) {
    const label = f.label.trim();
    const role: BaseRole | null = REVISED_LABEL.test(label) ? 'revised' : CREATED_LABEL.test(label) ? 'created' : null;
    if (!role) continue;
    const value = parseDate(f.value);
    if (!value || value.precision === 'year') continue;
    // "Date created" is a bare "Date" to the model: here it is what it says.
    const same = out.find((b) => +b.value.start === +value.start);
    if (!same) out.push({ role, value, reportable: true });
    else if (!same.reportable) Object.assign(same, { role, reportable: true });
  }
  for (const block of blocks) {
    if (!/\b(?:policy|document)\b/i.test(block.text)) continue;
    for (const s of sentences(block.text)) {
      const m = POLICY_PAST.exec(s.text);
      if (!m) continue;
      const rest = s.text.slice(m.index + m[0].length);
      const date = findDates(rest)[0];
      if (!date || !PAST_CONNECTOR.test(rest.slice(0, date.index)) || out.some((b) => +b.value.start === +date.start)) continue;
      const verb = m[1].toLowerCase();
      const role: BaseRole = verb === 'adopted' ? 'adopted' : verb === 'approved' || verb === 'agreed' || verb === 'ratified' ? 'approved' : verb === 'reviewed' ? 'last reviewed' : 'revised';
      out.push({ role, value: date, reportable: true });
    }
  }
  return out;
}

/**
 * Whether "this/the/our … policy" is this policy: "This Child Protection Policy", "The policy", or a
 * qualifier the title has ("The Behaviour Policy" in the behaviour policy), not "our safeguarding policy"
 * in a looked-after children policy.
 */
function ownPolicy(det: string | undefined, qual: string | undefined, title: string | null): boolean {
  if (det === undefined || /^this$/i.test(det)) return true;
  const words = (qual ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const t = (title ?? '').toLowerCase();
  return words.every((w) => t.includes(w));
}

function aboutThisPolicy(sentence: string): boolean {
  return THIS_POLICY.test(sentence);
}

/** The review cycles the policy states for itself. */
function cyclesOf(blocks: Block[], nexts: PolicyDate[], title: string | null): Cycle[] {
  const out: Cycle[] = [];
  const add = (words: string, text: string, at: number) => {
    const months = monthsOf(words);
    if (months === null) return; // "bi-annual": twice a year, or every two years?
    const atMost = AT_MOST_BEFORE.test(text.slice(Math.max(0, at - 25), at)) || AT_MOST_AFTER.test(text.slice(at + words.length, at + words.length + 40));
    out.push({ months, atMost, words });
  };
  for (const block of blocks) {
    if (block.kind === 'code' || block.kind === 'html' || !/review|revis|updat/i.test(block.text)) continue;
    for (const s of sentences(block.text)) {
      for (const re of [POLICY_REVIEWED, POLICY_CYCLE_REVIEW, REVIEW_LABEL, REVIEWED_LINE]) {
        const m = re.exec(s.text);
        if (!m?.groups || !m.indices?.groups?.cycle || OTHER.test(m[0]) || !ownPolicy(m.groups.det, m.groups.qual, title)) continue;
        add(m.groups.cycle, s.text, m.indices.groups.cycle[0]);
        break;
      }
    }
  }
  // "Annual review date: October 2017".
  for (const d of nexts) {
    const m = new RegExp(CYCLE_WORDS, 'i').exec(d.label);
    if (m) add(m[0], d.label, m.index);
  }
  return out;
}

const NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5 };

/** A cycle in months, or null when the words do not say one surely. */
function monthsOf(words: string): number | null {
  const w = words.toLowerCase().replace(/\s+/g, ' ');
  if (/bi-?annual|semi-?annual/.test(w)) return null;
  if (/^(?:annual|annually|yearly|each year|once a year|every year|(?:one|1)[- ]yearly)$/.test(w)) return 12;
  if (/^bienni|^every other year$|^(?:two|2)[- ]yearly$/.test(w)) return 24;
  if (/^trienni|^(?:three|3)[- ]yearly$/.test(w)) return 36;
  const m = /^(?:every )?(\w+)[- ](years?|months)(?: (?:cycle|basis|period))?$/.exec(w) ?? /^(?:every )?(\w+) (years?|months)$/.exec(w);
  if (!m) return null;
  const n = NUMBERS[m[1]] ?? Number(m[1]);
  if (!Number.isFinite(n) || n <= 0) return null;
  const months = m[2].startsWith('year') ? n * 12 : n;
  return months >= 12 && months <= 60 ? months : null;
}

function cycleName(cycle: Cycle): string {
  const m = cycle.months;
  const every = m === 12 ? 'annually' : m % 12 === 0 ? `every ${m / 12} years` : `every ${m} months`;
  return cycle.atMost ? `at least ${every}` : every;
}

/** "about 3 years", "about 18 months": the gap between the middles of the two dates. */
function gapName(base: DateValue, next: DateValue): string {
  const mid = (v: DateValue) => (v.start.getTime() + v.end.getTime()) / 2;
  const months = Math.round((mid(next) - mid(base)) / DAY / MONTH_DAYS);
  if (months >= 12 && months % 12 === 0) return `${months / 12} year${months === 12 ? '' : 's'}`;
  if (months >= 21) return `about ${Math.round(months / 6) / 2} years`;
  return `about ${months} month${months === 1 ? '' : 's'}`;
}

/** The month one cycle after the base: "September 2024". */
function expectedName(base: DateValue, months: number): string {
  const total = base.start.getUTCFullYear() * 12 + base.start.getUTCMonth() + months;
  return `${MONTHS[total % 12]} ${Math.floor(total / 12)}`;
}
