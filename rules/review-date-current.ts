/**
 * review-date-current: the policy's next review date has not passed (error), is not due within
 * `dueSoonDays` (warning), and exists at all (warning). "Last reviewed" dates are not next-review dates.
 * A county model's own review date, in its publication block (schedule number, author, issue number),
 * describes the model: where the school's copy states a next-review date of its own, the copy's governs.
 * Of several dates the copy states (a cover page and a footer), the latest governs: if even that has
 * passed, the policy is overdue. One finding per document.
 */
import { defineRule, docsUrl, formatDateValue, formatDay, isModelPublicationDate, type MessageSpec, type PolicyDate } from '../src/kit/index.js';

const ID = 'review-date-current';
const DAY = 24 * 60 * 60 * 1000;

const BASIS = "the policy's own review date";
const MISSING: Omit<MessageSpec, 'message'> = {
  reason: 'No next review date could be found in the policy. Without one, governors cannot tell when the policy must be looked at again.',
  action: 'Add a next review date to the policy',
  basis: BASIS,
};
const DUE: Omit<MessageSpec, 'message'> = {
  reason: 'The policy is due for review soon ({{reviewDate}}); plan the review so governors can approve the updated policy in time.',
  action: 'Plan the review that is due in {{reviewDate}}, so governors can approve the updated policy in time',
  basis: BASIS,
};

export default defineRule({
  meta: {
    id: ID,
    title: 'Review date not passed',
    description: "The policy's next review date can be found and has not passed (a warning when it is due soon or missing).",
    docs: docsUrl(ID),
    usesDate: true,
    messages: {
      missing: { message: 'No next review date found; add one ("Next review: September 2027") so governors know when it is due.', ...MISSING },
      'missing-after-last-review': {
        message: 'No next review date found (the policy says it was last reviewed {{lastReviewed}}); add one so governors know when it is due.',
        ...MISSING,
      },
      passed: {
        message: "The policy's next review date, {{reviewDate}}, has passed (as of {{asOf}}).",
        reason: "The policy's review date ({{reviewDate}}) has passed, so the policy is out of date: governors agreed to look at it again by then.",
        action: 'Review the policy and set a new review date: the current one, {{reviewDate}}, has passed',
        basis: BASIS,
      },
      'due-now': { message: 'The policy is due for review now ({{reviewDate}}).', ...DUE },
      'due-soon': { message: 'The policy is due for review in {{inDays}} ({{reviewDate}}).', ...DUE },
    },
    schema: {
      type: 'object',
      properties: {
        dueSoonDays: { type: 'integer', minimum: 0, maximum: 366, default: 30 },
        requireReviewDate: { type: 'boolean', default: true },
      },
      additionalProperties: false,
    },
  },
  check(context) {
    const dueSoonDays = context.options.dueSoonDays as number;
    const asOf = context.asOf;
    const reviews = context.model.dates.filter((d) => d.role === 'next-review');
    if (reviews.length === 0) {
      if (context.options.requireReviewDate) {
        const last = context.model.dates.find((d) => d.role === 'last-reviewed');
        if (last) context.report({ messageId: 'missing-after-last-review', span: last.span, data: { lastReviewed: formatDateValue(last.value) }, severity: 'warn' });
        else context.report({ messageId: 'missing', at: 'document', severity: 'warn' });
      }
      return;
    }
    // A county model's own "REVIEW DATE" (in its publication block) describes the model: where the
    // school's copy states its own next review date, the copy's governs.
    const own = reviews.length > 1 ? reviews.filter((d) => !isModelPublicationDate(d, context.model.blocks)) : reviews;
    const governing = latest(own.length > 0 ? own : reviews);
    const reviewDate = formatDateValue(governing.value);
    if (governing.value.end < asOf) {
      context.report({ messageId: 'passed', at: governing, data: { reviewDate, asOf: formatDay(asOf) } });
      return;
    }
    const days = Math.round((governing.value.start.getTime() - asOf.getTime()) / DAY);
    if (days <= dueSoonDays) {
      context.report({
        messageId: days <= 0 ? 'due-now' : 'due-soon',
        at: governing,
        severity: 'warn',
        data: { reviewDate, days, inDays: `${days} day${days === 1 ? '' : 's'}` },
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
