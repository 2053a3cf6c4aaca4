/**
 * A message with `%`, `:`, `,` and a newline reaches the reader intact through every built-in format,
 * once the format's own escaping is undone. (test/e2e-messages.test.ts does the same end to end, from
 * a rule's report through the Linter.)
 */
import { builtinFormatters } from '../../src/formatters/index.js';
import type { LintResult } from '../../src/types.js';
import { WITHOUT_MESSAGES, decoders } from './decode.js';
import { MD, TRICKY, context } from './fixtures.js';

/** One file, one warning whose message is TRICKY. */
const results: LintResult[] = [{ ...MD, errorCount: 0, warningCount: 1, messages: [MD.messages[1]] }];

describe('a message with %, :, , and a newline survives every format', () => {
  it('every built-in format that carries messages is covered', () => {
    expect([...Object.keys(decoders), ...WITHOUT_MESSAGES].sort()).toEqual(Object.keys(builtinFormatters).sort());
    // csv-summary: one row per file, a count per rule, no message.
    expect(builtinFormatters['csv-summary'](results, context())).not.toContain('50%');
  });

  it.each(Object.keys(decoders))('%s', (name) => {
    const out = builtinFormatters[name](results, context());
    expect(decoders[name](out, { ruleId: 'review-date-current', line: 40 })).toBe(TRICKY);
  });
});
