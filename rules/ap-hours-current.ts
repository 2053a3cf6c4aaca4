/**
 * ap-hours-current: full-time alternative provision stated at fewer hours than today's expected school
 * week, or tied to a target date that has passed ("32.5 by September 2023"). The figure and the dates
 * come from the guidance data module (schoolWeek), never from this file.
 */
import { findDates, formatDateValue } from '../src/model/dates.js';
import type { Block } from '../src/model/types.js';
import { defineRule, docsUrl, excerptAround, formatDay, spanIn } from '../src/rule-kit.js';

const ID = 'ap-hours-current';

/** The block must be about full-time provision (a part-time timetable may rightly be shorter). */
const FULL_TIME = /\bfull[\s-]?time\b|\bschool week\b/i;
const AP_CONTEXT = /\balternative provision\b|\bAP\b|\bprovision alternative\b/;
/** "25 hours", "32.5 hrs", "32.5 hours a week". */
const HOURS = /\b(\d{1,2}(?:\.\d{1,2})?)\s*(?:hours?|hrs?)\b/gi;
/** "32.5 by September 2023": a figure tied to a date. */
const BY_DATE = /\b(\d{1,2}(?:\.\d{1,2})?)\s*(?:hours?|hrs?)?\s+(?:per week\s+|a week\s+)?by\s+/gi;

interface Problem {
  from: number;
  to: number;
  text: string;
  /** A figure below the expected week (rather than a passed target date). */
  below?: boolean;
}

export default defineRule({
  meta: {
    id: ID,
    description: 'Full-time alternative provision is not stated at fewer hours than the expected school week, nor tied to a target date that has passed.',
    docs: docsUrl(ID),
    defaultSeverity: 'error',
    fixable: false,
    usesDate: true,
    schema: { type: 'object', properties: {}, additionalProperties: false },
  },
  create(context) {
    const week = context.guidance.schoolWeek;
    const expectedFrom = new Date(`${week.expectedFrom}T00:00:00Z`);
    const inForce = context.asOf >= expectedFrom;
    const sections = context.model.sections;
    // The sentence that introduces a list item ("… provision alternative to daily attendance … will be:").
    const leadIns = new Map<Block, Block>();
    for (const list of context.model.lists) for (const item of list.items) leadIns.set(item, list.leadIn);

    for (const block of context.model.blocks) {
      if (!FULL_TIME.test(block.text) || !/\d/.test(block.text)) continue;
      if (!inAlternativeProvision(block, sections[block.section]?.title ?? '', leadIns.get(block)) && !/\b(?:hours?|hrs?)\b/i.test(block.text)) continue;
      const problems: Problem[] = [];
      const text = block.text;

      if (inForce) {
        HOURS.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = HOURS.exec(text)) !== null) {
          const hours = Number(m[1]);
          if (hours >= 10 && hours < week.hours) {
            problems.push({ from: m.index, to: m.index + m[0].length, text: `states full-time provision as ${m[1]} hours, below the ${week.hours}-hour school week expected since ${formatDay(expectedFrom)} (a non-statutory expectation)`, below: true });
          }
        }
      }

      BY_DATE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = BY_DATE.exec(text)) !== null) {
        const hours = Number(m[1]);
        if (hours < 10 || hours > 40) continue;
        const after = m.index + m[0].length;
        const date = findDates(text.slice(after, after + 40)).find((d) => d.index === 0);
        if (!date || date.end >= context.asOf) continue;
        problems.push({
          from: m.index,
          to: after + date.text.length,
          text: `ties ${m[1]} hours to ${formatDateValue(date)}, a target date that has passed`,
        });
      }

      if (problems.length === 0) continue;
      problems.sort((a, b) => a.from - b.from);
      const from = problems[0].from;
      const to = Math.max(...problems.map((p) => p.to));
      const below = problems.some((p) => p.below);
      context.report({
        message: `Alternative provision: the policy ${joinProblems(problems.map((p) => p.text))}${
          below ? '' : ` (the ${week.hours}-hour week has been expected since ${formatDay(expectedFrom)})`
        }.`,
        span: spanIn(block, from, to),
        excerpt: excerptAround(block, from, to),
        messageId: 'below-expected',
        data: { expectedHours: week.hours },
      });
    }
  },
});

function inAlternativeProvision(block: Block, sectionTitle: string, leadIn: Block | undefined): boolean {
  if (AP_CONTEXT.test(block.text) || AP_CONTEXT.test(sectionTitle) || (leadIn && AP_CONTEXT.test(leadIn.text))) return true;
  for (let b: Block | undefined = block.parent; b; b = b.parent) if (AP_CONTEXT.test(b.text)) return true;
  return false;
}

function joinProblems(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join('; ')}, and ${parts[parts.length - 1]}`;
}
