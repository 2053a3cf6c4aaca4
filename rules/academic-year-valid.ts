/**
 * academic-year-valid: an academic year written in the policy is a real one. An academic year in England
 * runs from September into the next year, so it is two consecutive years ("2024-25", "2023/24",
 * "2023-2024", "2023 – 2024"). "2024-2024" (the same year twice), "2024-2023" (backwards), "2024/2026"
 * (two years apart) and "2023-34" (a slip for 2023-24) are not.
 *
 * Only a range that reads as an academic year is judged: one with "academic year", "school year" or
 * "policy year" beside it (judged strictly: any pair but consecutive years is reported), and one that
 * dates the policy or an appointment ("Behaviour Policy 2024-25", "the named teacher for 2023-34"),
 * where a plan or a range of years could be meant: there only the same year twice, a backwards range,
 * a slash ("2024/2026", the academic-year notation) and a two-digit end far from the start ("2023-34")
 * are reported. Any other range of years ("the 2019-2023 strategy", "the 1989-2004 Acts", "between
 * 2012/13 and 2017/18") is not an academic year the rule can judge, and it stays quiet.
 */
import { defineRule, docsUrl, type Block, type MessageSpec } from '../src/kit/index.js';

const ID = 'academic-year-valid';

/**
 * A year, a dash or slash, and a year of four or two digits: "2024-25", "2023/2024", "2023 – 2024".
 * Not part of a longer number or date ("01/09/2024-…", "2024-09-01"); a dot-leader blank before it is
 * allowed ("in ...2024-2024").
 */
const RANGE = /(?<!\d\.|[\d/\-\u2013\u2014])((?:19|20)\d\d)(\s*)([-/\u2013\u2014])(\s*)(\d{4}|\d\d)(?![\d%]|[/.\-\u2013\u2014]\d)/g;

/** "academic year 2023-24", "Academic Year: 2022-2023", "for the school year 2024/25" (one year, not "years"). */
const EXPLICIT_BEFORE = /\b(?:academic|school|scholastic|policy)\s+year\s*(?:of\s+|:\s*|[-\u2013\u2014]\s*)?(?:the\s+)?$/i;
/** "2020/21 academic year", "2024-2024 (academic year)". */
const EXPLICIT_AFTER = /^\s*\(?\s*(?:academic|school|scholastic)\s+year(?!s)\b/i;
/** The policy's own year: "Behaviour Policy 2024-25", "Policy document 2017-18", "Policy: 2023/24". */
const POLICY_BEFORE = /\b(?:polic(?:y|ies)(?:\s+document)?|handbook|prospectus|calendar|term\s+dates)\s*(?:[:\u2013\u2014-]\s*)?(?:for\s+(?:the\s+)?)?$/i;
/** What a role or a duty is for: "the named teacher for 2023-34". */
const FOR_BEFORE = /\bfor\s+(?:the\s+)?$/i;

/** A two-digit end this far from the start is a slip, not a range of years ("2023-34"). */
const FAR_TWO_DIGIT_GAP = 5;

type Strength = 'explicit' | 'dated';
type Problem = 'same-year' | 'backwards' | 'not-consecutive';

const BASIS = 'An academic year in England runs from 1 September to 31 August, so it is written as two consecutive years ("2024-25").';
const REASON =
  'An academic year that cannot exist leaves readers unsure which year the policy, or the appointment it records, applies to, and suggests the document was not checked before governors approved it.';
const ADVICE: Omit<MessageSpec, 'message'> = {
  reason: REASON,
  action: 'Correct "{{text}}" to the academic year meant (such as "{{example}}")',
  basis: BASIS,
};

export default defineRule({
  meta: {
    id: ID,
    title: 'Academic year valid',
    description: 'Academic years are written as two consecutive years ("2024-25"), not "2024-2024", "2023-34" or "2024/2026".',
    docs: docsUrl(ID),
    // The adviser's pack (policy-lint:adviser), off by default: see README, "Presets".
    recommended: false,
    messages: {
      'same-year': { message: 'The academic year "{{text}}" starts and ends in the same year; an academic year runs into the next year ("{{example}}").', ...ADVICE },
      backwards: { message: 'The academic year "{{text}}" ends before it starts; an academic year runs into the next year ("{{example}}").', ...ADVICE },
      'not-consecutive': {
        message: 'The academic year "{{text}}" runs from {{start}} to {{end}}; an academic year is two consecutive years ("{{example}}"), so it is probably mistyped.',
        ...ADVICE,
      },
    },
  },
  check(context) {
    for (const block of context.model.blocks) {
      if (block.kind === 'code' || block.kind === 'html') continue;
      if (!/(?:19|20)\d\d\s*[-/\u2013\u2014]/.test(block.text)) continue;
      RANGE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = RANGE.exec(block.text)) !== null) {
        const found = judge(block, m, context.model.title);
        if (found) context.report({ messageId: found.problem, at: block, from: m.index, to: m.index + m[0].length, data: found.data });
      }
    }
  },
});

/** The problem with the range `m` in `block`, or null when it is fine or not read as an academic year. */
function judge(block: Block, m: RegExpExecArray, title: string | null): { problem: Problem; data: Record<string, unknown> } | null {
  const [text, first, spaceBefore, separator, spaceAfter, second] = m;
  const strength = contextOf(block, m.index, m.index + text.length, title);
  if (!strength) return null;
  // "2019 - 20 pupils": spaces around the dash before a two-digit number read as an academic year only
  // where the words say so.
  if (second.length === 2 && (spaceBefore || spaceAfter) && strength !== 'explicit') return null;
  const start = Number(first);
  const end = endYear(start, second);
  const gap = end - start;
  if (gap === 1) return null;
  const problem: Problem = gap === 0 ? 'same-year' : gap < 0 ? 'backwards' : 'not-consecutive';
  if (problem === 'not-consecutive' && strength !== 'explicit') {
    // "Policy 2023-2025" may be a policy for two years; "2024/2026" is written as an academic year,
    // and "2023-34" is a slip of the finger.
    const slip = separator === '/' || (second.length === 2 && gap > FAR_TWO_DIGIT_GAP);
    if (!slip) return null;
  }
  const example = `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
  return { problem, data: { text: text.trim(), start, end, example } };
}

/** The year a two-digit end stands for: "24" after 2023 is 2024; "00" after 1999 is 2000. */
function endYear(start: number, second: string): number {
  if (second.length === 4) return Number(second);
  const century = start - (start % 100);
  const end = century + Number(second);
  return end < start && start % 100 >= 90 && Number(second) <= 10 ? end + 100 : end;
}

/** How surely the range at text[from, to) is an academic year: null when it need not be one. */
function contextOf(block: Block, from: number, to: number, title: string | null): Strength | null {
  const before = block.text.slice(Math.max(0, from - 60), from);
  const after = block.text.slice(to, to + 40);
  if (EXPLICIT_BEFORE.test(before) || EXPLICIT_AFTER.test(after)) return 'explicit';
  if (POLICY_BEFORE.test(before)) return 'dated';
  // A title that is the year and the policy's name: "2024-25 Behaviour Policy".
  if (from === 0 && /^\s*(?:[\w&'\u2019-]+\s+){0,6}polic(?:y|ies)\b/i.test(after) && (block.kind === 'heading' || block.text === title)) return 'dated';
  if (FOR_BEFORE.test(before)) return 'dated';
  return null;
}
