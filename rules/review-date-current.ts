/**
 * review-date-current: the policy's next review date has not passed (error), is not due within
 * `dueSoonDays` (warning), and exists at all (warning). "Last reviewed" dates are not next-review dates.
 * A county model's own review date, in its publication block (schedule number, author, issue number),
 * describes the model: where the school's copy states a next-review date of its own, the copy's governs.
 * Of several dates the copy states (a cover page and a footer), the latest governs: if even that has
 * passed, the policy is overdue. One finding per document.
 */
import { formatDateValue } from '../src/model/dates.js';
import { isModelPublicationDate } from '../src/model/policy-dates.js';
import type { PolicyDate } from '../src/model/types.js';
import { defineRule, docsUrl, excerptAround, formatDay } from '../src/rule-kit.js';

const ID = 'review-date-current';
const DAY = 24 * 60 * 60 * 1000;

export default defineRule({
  meta: {
    id: ID,
    description: "The policy's next review date can be found and has not passed (a warning when it is due soon or missing).",
    docs: docsUrl(ID),
    defaultSeverity: 'error',
    fixable: false,
    usesDate: true,
    schema: {
      type: 'object',
      properties: {
        dueSoonDays: { type: 'integer', minimum: 0, maximum: 366, default: 30 },
        requireReviewDate: { type: 'boolean', default: true },
      },
      additionalProperties: false,
    },
  },
  create(context) {
    const dueSoonDays = context.options.dueSoonDays as number;
    const asOf = context.asOf;
    const reviews = context.model.dates.filter((d) => d.role === 'next-review');
    if (reviews.length === 0) {
      if (context.options.requireReviewDate) {
        const last = context.model.dates.find((d) => d.role === 'last-reviewed');
        context.report({
          message: last
            ? `No next review date found (the policy says it was last reviewed ${formatDateValue(last.value)}); add one so governors know when it is due.`
            : 'No next review date found; add one ("Next review: September 2027") so governors know when it is due.',
          span: last ? last.span : { start: 0, end: 0 },
          severity: 'warn',
          messageId: 'missing',
        });
      }
      return;
    }
    // A county model's own "REVIEW DATE" (in its publication block) describes the model: where the
    // school's copy states its own next review date, the copy's governs.
    const own = reviews.length > 1 ? reviews.filter((d) => !isModelPublicationDate(d, context.model.blocks)) : reviews;
    const governing = latest(own.length > 0 ? own : reviews);
    const when = formatDateValue(governing.value);
    const excerpt = excerptAround(governing.block, governing.value.index, governing.value.index + governing.value.text.length);
    if (governing.value.end < asOf) {
      context.report({
        message: `The policy's next review date, ${when}, has passed (as of ${formatDay(asOf)}).`,
        span: governing.span,
        excerpt,
        messageId: 'passed',
        data: { reviewDate: when },
      });
      return;
    }
    const daysToStart = Math.round((governing.value.start.getTime() - asOf.getTime()) / DAY);
    if (daysToStart <= dueSoonDays) {
      context.report({
        message:
          daysToStart <= 0
            ? `The policy is due for review now (${when}).`
            : `The policy is due for review in ${daysToStart} day${daysToStart === 1 ? '' : 's'} (${when}).`,
        span: governing.span,
        excerpt,
        severity: 'warn',
        messageId: 'due-soon',
        data: { reviewDate: when, days: daysToStart },
      });
    }
  },
});

/** The latest next-review date; the first stated of equals. */
function latest(dates: PolicyDate[]): PolicyDate {
  let best = dates[0];
  for (const d of dates) if (d.value.end > best.value.end) best = d;
  return best;
}
