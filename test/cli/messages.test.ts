/**
 * Issue 4's must-show, end to end: a message with `%`, newlines, `:` and `,` reported by a rule comes
 * back intact from every format. A custom rule cannot be added on the command line yet, so: the
 * programmatic Linter with a plugin rule whose message holds them, then each formatter as the CLI
 * loads it (loadFormatter), with the context the CLI gives it. test/formatters/roundtrip.test.ts does
 * the same on hand-built results.
 */
import { loadFormatter } from '../../src/formatters/index.js';
import { Linter } from '../../src/linter.js';
import { defineRule } from '../../src/kit/index.js';
import { toIsoDate } from '../../src/model/dates.js';
import { decoders } from '../formatters/decode.js';
import { ROOT } from '../helpers/lint.js';

const AWKWARD = '100% of 3: a, b,\nc:: d%0A %25 ::error title=x::y,\r\nlast line: done';
/** What a reader gets back: a format may turn CRLF into LF (stylish and markdown show lines). */
const ASREAD = AWKWARD.replace(/\r\n/g, '\n');

const awkward = defineRule({
  meta: { id: 'awkward-message', description: 'Reports a message with %, :, , and newlines.', docs: 'https://example.org/awkward', defaultSeverity: 'warn', fixable: false },
  create(context) {
    const block = context.model.blocks.find((b) => b.text.includes('Review'));
    if (block) context.report({ message: AWKWARD, span: { start: block.start, end: block.end } });
  },
});

describe('a rule message with %, :, , and newlines survives every format, end to end', () => {
  const linter = new Linter({ plugins: [awkward], date: '2026-11-23' });
  const text = 'Name of the Designated Teacher for CLA and PLA\n\nJo Gant\n\nReview: June 2028\n';

  it.each(Object.keys(decoders))('%s', async (name) => {
    const result = linter.lintText(text, `${ROOT}/policies/awkward.md`);
    expect(result.messages.map((m) => [m.ruleId, m.line])).toEqual([['awkward-message', 5]]);
    const format = await loadFormatter(name, ROOT);
    const out = format([result], { cwd: ROOT, rulesMeta: linter.rulesMeta, color: false, asOf: toIsoDate(linter.asOf) });
    const back = decoders[name](out, { ruleId: 'awkward-message', line: 5 });
    expect(back.replace(/\r\n/g, '\n')).toBe(ASREAD);
    // Formats that carry the message as data keep even the CR.
    if (['json', 'json-with-metadata', 'sarif', 'github', 'junit', 'checkstyle', 'compact', 'csv'].includes(name)) expect(back).toBe(AWKWARD);
  });

  it('github: the message cannot start another workflow command', async () => {
    const result = linter.lintText(text, `${ROOT}/policies/awkward.md`);
    const out = (await loadFormatter('github', ROOT))([result], { cwd: ROOT, rulesMeta: linter.rulesMeta, color: false, asOf: '2026-11-23' });
    expect(out.split('\n')).toHaveLength(1);
    expect(out).toMatch(/^::warning file=policies\/awkward\.md,line=5,col=1,.*title=awkward-message::100%25 of 3/);
  });
});
