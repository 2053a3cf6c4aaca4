/** Inline directives in Markdown and text: disable, enable, disable-next-line, disable-line, reasons, unused. */
import { Linter } from '../../src/linter.js';
import { parseDirectives } from '../../src/directives.js';
import { only } from '../helpers/lint.js';
import { lintJson, project } from './helpers.js';

let n = 0;
/** A sentence citing KCSIE 2023, different each time (a line repeated three times reads as a running header). */
const cite = () => `Staff read KCSIE 2023 (${++n}).`;
const lint = (text: string, filePath = 'p.md', report?: 'warn' | 'error') =>
  new Linter({ rules: only('kcsie-current'), date: '2026-11-23', reportUnusedDisableDirectives: report }).lintText(text, filePath);

describe('parseDirectives', () => {
  it('reads kind, rule ids, the reason and the position', () => {
    const text = 'Intro\n<!-- policy-lint-disable kcsie-current, review-date-current -- the trust cites 2023 on purpose -->\n  <!--policy-lint-enable-->\n<!-- policy-lint-disable-next-line\n     review-date-current -->\n';
    expect(parseDirectives(text)).toEqual([
      { kind: 'disable', ruleIds: ['kcsie-current', 'review-date-current'], justification: 'the trust cites 2023 on purpose', line: 2, column: 1, endLine: 2 },
      { kind: 'enable', ruleIds: [], justification: '', line: 3, column: 3, endLine: 3 },
      { kind: 'disable-next-line', ruleIds: ['review-date-current'], justification: '', line: 4, column: 1, endLine: 5 },
    ]);
    expect(parseDirectives('<!-- policy-lint-disabled -->\n<!-- eslint-disable -->\n')).toEqual([]);
  });
});

describe('directives in Markdown', () => {
  it('disable ... enable, for one rule or all', () => {
    const text = [cite(), '<!-- policy-lint-disable kcsie-current -- reason -->', cite(), '<!-- policy-lint-enable kcsie-current -->', cite(), '<!-- policy-lint-disable -->', cite(), ''].join('\n\n');
    const result = lint(text);
    expect(result.messages.map((m) => m.line)).toEqual([1, 9]);
    expect(result.suppressedMessages?.map((m) => [m.line, m.suppressions])).toEqual([
      [5, [{ kind: 'directive', justification: 'reason' }]],
      [13, [{ kind: 'directive', justification: '' }]],
    ]);
    expect(result.errorCount).toBe(2);
  });

  it('disable-next-line and disable-line', () => {
    const text = `<!-- policy-lint-disable-next-line kcsie-current -->\n${cite()}\n\n${cite()} <!-- policy-lint-disable-line -->\n\n${cite()}\n`;
    expect(lint(text).messages.map((m) => m.line)).toEqual([6]);
  });

  it('a directive for another rule does not disable this one', () => {
    expect(lint(`<!-- policy-lint-disable review-date-current -->\n\n${cite()}\n`).messages.map((m) => m.line)).toEqual([3]);
  });

  it('an unknown rule id is reported, with a suggestion', () => {
    const result = lint(`<!-- policy-lint-disable kcsie-curent -->\n\n${cite()}\n`);
    expect(result.messages.map((m) => [m.ruleId, m.severity, m.line, m.message])).toEqual([
      [null, 1, 1, 'Unknown rule "kcsie-curent" in a policy-lint-disable directive. Did you mean "kcsie-current"?'],
      ['kcsie-current', 2, 3, expect.any(String)],
    ]);
  });

  it('reportUnusedDisableDirectives: a directive that suppressed nothing, as a warning or an error', () => {
    const text = `<!-- policy-lint-disable-next-line kcsie-current -->\n${cite()}\n\n<!-- policy-lint-disable-next-line kcsie-current, review-date-current -->\nNothing here.\n\n<!-- policy-lint-enable ap-hours-current -->\n`;
    expect(lint(text).messages).toEqual([]);
    const warned = lint(text, 'p.md', 'warn').messages;
    expect(warned.map((m) => [m.ruleId, m.severity, m.line, m.message])).toEqual([
      [null, 1, 4, "Unused policy-lint-disable-next-line directive (no problems were reported from 'kcsie-current' or 'review-date-current')."],
      [null, 1, 7, "Unused policy-lint-enable directive (no matching policy-lint-disable directives were found for 'ap-hours-current')."],
    ]);
    expect(lint(text, 'p.md', 'error').messages.every((m) => m.severity === 2)).toBe(true);
  });
});

describe('directives in extracted text (.txt)', () => {
  it('are read from the original text, by original line', () => {
    const text = `<!-- policy-lint-disable-line kcsie-current --> School staff read the current KCSIE\nguidance September 2023.\n\nAlso KCSIE 2023 here, if there are\nany concerns.\n`;
    const result = lint(text, 'p.txt');
    expect(result.messages.map((m) => m.line)).toEqual([4]);
    expect(result.suppressedMessages?.map((m) => m.line)).toEqual([1]);
    // The text loader may escape "<" in its Markdown; the directive is read from the original.
    const all = lint(`<!-- policy-lint-disable -->\n\n${text}`, 'p.txt');
    expect(all.messages).toEqual([]);
    expect(all.suppressedMessages).toHaveLength(2);
  });
});

describe('CLI', () => {
  it('--report-unused-disable-directives warns (ruleId null), on workers and from the cache too', async () => {
    const text = `<!-- policy-lint-disable kcsie-current -->\nName of the Designated Teacher for CLA and PLA\n\nJo Gant\n\nReview: June 2028\n`;
    const dir = project({ 'p.md': text, 'q.md': text });
    const quiet = await lintJson(dir, ['.']);
    expect(quiet.results.map((r) => r.messages)).toEqual([[], []]);
    const run = await lintJson(dir, ['.', '--report-unused-disable-directives']);
    expect(run.code).toBe(0);
    for (const r of run.results) {
      expect(r.messages).toEqual([expect.objectContaining({ ruleId: null, severity: 1, line: 1, column: 1, message: "Unused policy-lint-disable directive (no problems were reported from 'kcsie-current')." })]);
    }
    const error = await lintJson(dir, ['.', '--report-unused-disable-directives-severity', 'error']);
    expect(error.code).toBe(1);
    const { cli } = await import('./helpers.js');
    // On worker threads, then twice with --cache (the second run from the cache): the same.
    for (const extra of [['--concurrency', '2'], ['--cache', '--cache-location', `${dir}/cache`], ['--cache', '--cache-location', `${dir}/cache`]]) {
      const again = await cli(['.', '--date', '2026-11-23', '-f', 'json', '--report-unused-disable-directives', ...extra], { cwd: dir });
      expect(JSON.parse(again.stdout).map((r: { messages: Array<{ message: string }> }) => r.messages.map((m) => m.message))).toEqual([
        ["Unused policy-lint-disable directive (no problems were reported from 'kcsie-current')."],
        ["Unused policy-lint-disable directive (no problems were reported from 'kcsie-current')."],
      ]);
    }
    const bad = await cli(['.', '--report-unused-disable-directives-severity', 'loud'], { cwd: dir });
    expect(bad.stderr).toBe('policy-lint: --report-unused-disable-directives-severity expects off, warn or error, not "loud".\n');
  });

  it('a disabled finding is in the JSON as suppressedMessages and does not fail the run', async () => {
    const dir = project({ 'p.md': 'Name of the Designated Teacher for CLA and PLA\n\nJo Gant\n\n<!-- policy-lint-disable-next-line review-date-current -- agreed with the LA -->\nReview: June 2026\n' });
    const run = await lintJson(dir, ['p.md']);
    expect(run.code).toBe(0);
    expect(run.results[0].messages).toEqual([]);
    expect(run.results[0].suppressedMessages).toEqual([
      expect.objectContaining({ ruleId: 'review-date-current', suppressions: [{ kind: 'directive', justification: 'agreed with the LA' }] }),
    ]);
  });
});
