/**
 * ap-hours-current: full-time alternative provision stated at fewer hours than today's expected school
 * week, or tied to a target date that has passed ("32.5 by September 2023"). The figure and the dates
 * come from the guidance data module (schoolWeek), never from this file.
 */
import { defineRule, docsUrl, findDates, formatDateValue, formatDay, parseIsoDate, type Block, type MessageSpec } from '../src/kit/index.js';

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

/** The advice: what the policy does wrong (`what`), and the school week it should state (data: expectedHours, since, status). */
function advised(message: string, what: string, targetPassed: boolean): MessageSpec {
  return {
    message,
    reason:
      `The policy ${what}. Since {{since}} schools have been expected to offer a school week of at least {{expectedHours}} hours, breaks included ` +
      '(a {{status}} expectation; there is no separate hours figure for alternative provision). ' +
      'A child placed in full-time alternative provision should not be offered a shorter week than their classmates.',
    action: `State that full-time alternative provision means at least {{expectedHours}} hours a week${targetPassed ? ', and remove the target date that has passed' : ''}`,
    guidance: [{ document: 'length-of-school-week', fact: 'school-week', note: 'At least {{expectedHours}} hours a week, breaks included, expected from {{since}} ({{status}}).' }],
  };
}
const FEWER = 'describes full-time alternative provision as fewer hours than a full school week';

export default defineRule({
  meta: {
    id: ID,
    title: 'Alternative provision hours',
    description: 'Full-time alternative provision is not stated at fewer hours than the expected school week, nor tied to a target date that has passed.',
    docs: docsUrl(ID),
    usesDate: true,
    messages: {
      'below-expected': advised('Alternative provision: the policy {{problems}}.', FEWER, false),
      'target-passed': advised(
        'Alternative provision: the policy {{problems}} (the {{expectedHours}}-hour week has been expected since {{since}}).',
        'ties the full school week for alternative provision to a target date that has passed',
        true,
      ),
      'below-expected-and-target-passed': advised(
        'Alternative provision: the policy {{problems}}.',
        `${FEWER}, and ties the full week to a target date that has passed`,
        true,
      ),
    },
  },
  check(context) {
    const week = context.guidance.schoolWeek;
    const expectedFrom = parseIsoDate(week.expectedFrom) as Date;
    const status = week.statutory ? 'statutory' : 'non-statutory';
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
            problems.push({ from: m.index, to: m.index + m[0].length, text: `states full-time provision as ${m[1]} hours, below the ${week.hours}-hour school week expected since ${formatDay(expectedFrom)} (a ${status} expectation)`, below: true });
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
      const passed = problems.some((p) => !p.below);
      context.report({
        messageId: below && passed ? 'below-expected-and-target-passed' : below ? 'below-expected' : 'target-passed',
        at: block,
        from,
        to,
        data: { expectedHours: week.hours, since: formatDay(expectedFrom), status, problems: joinProblems(problems.map((p) => p.text)) },
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
