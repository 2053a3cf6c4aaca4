/** The engine: reports from nodes and spans land on original positions; severities; crashes; plugins. */
import { Linter } from '../src/linter.js';
import { ConfigError } from '../src/config.js';
import { defineRule } from '../src/kit/index.js';
import { only } from './helpers/lint.js';
import type { RuleModule } from '../src/types.js';

function plugin(id: string, create: RuleModule['create'], schema?: Record<string, unknown>): RuleModule {
  return defineRule({ meta: { id, description: 'test rule', docs: 'https://example.org', defaultSeverity: 'error', fixable: false, schema }, create });
}

const lint = (rule: RuleModule, text: string, filePath = 'p.md', setting: 'error' | 'warn' = 'error') =>
  new Linter({ rules: { ...only('designated-teacher-named', 'off'), [rule.meta.id]: setting }, plugins: [rule], date: '2026-11-23' }).lintText(text, filePath);

describe('Linter', () => {
  it('a report on an mdast node points at its original line and quotes its plain text', () => {
    const rule = plugin('headings', (ctx) => {
      for (const node of ctx.tree.children) if (node.type === 'heading') ctx.report({ message: 'a heading', node });
    });
    const [m] = lint(rule, 'Intro.\n\n## Safe**guarding** [here](#)\n').messages;
    expect(m).toMatchObject({ ruleId: 'headings', line: 3, column: 1, endLine: 3, excerpt: 'Safeguarding here' });
  });

  it('a span in the normalised text maps back through the plain-text loader', () => {
    const rule = plugin('find-word', (ctx) => {
      const i = ctx.text.indexOf('concerns');
      ctx.report({ message: 'found', span: { start: i, end: i + 8 } });
    });
    // "concerns" is on line 3 of the original, after a hard wrap the loader joined.
    const [m] = lint(rule, 'Staff will read the current guidance if there are any\n\nconcerns about a child.\n', 'p.txt').messages;
    expect([m.line, m.column, m.endLine, m.endColumn]).toEqual([3, 1, 3, 9]);
  });

  it('a span in the original text is used as it is', () => {
    const rule = plugin('first-line', (ctx) => ctx.report({ message: 'x', span: { start: 6, end: 10, space: 'original' } }));
    const [m] = lint(rule, 'Hello world\n').messages;
    expect([m.line, m.column, m.endColumn, m.excerpt]).toEqual([1, 7, 11, 'worl']);
  });

  it('a rule configured as warn never reports errors; one configured as error may report warnings', () => {
    const rule = plugin('two', (ctx) => {
      ctx.report({ message: 'e', span: { start: 0, end: 1 } });
      ctx.report({ message: 'w', span: { start: 0, end: 1 }, severity: 'warn' });
    });
    expect(lint(rule, 'x\n').messages.map((m) => m.severity)).toEqual([2, 1]);
    expect(lint(rule, 'x\n', 'p.md', 'warn').messages.map((m) => m.severity)).toEqual([1, 1]);
  });

  it('a rule that throws gives one fatal message for the file and the other rules still run', () => {
    const crash = plugin('crash', () => {
      throw new Error('boom');
    });
    const result = new Linter({ plugins: [crash], date: '2026-11-23' }).lintText('Review: June 2020\n');
    expect(result.messages.map((m) => [m.ruleId, m.fatal ?? false])).toEqual(
      expect.arrayContaining([
        ['crash', true],
        ['review-date-current', false],
      ]),
    );
    expect(result.messages.find((m) => m.ruleId === 'crash')?.message).toMatch(/Internal error in rule "crash": boom/);
  });

  it('rule options get their schema defaults', () => {
    let seen: unknown;
    const rule = plugin('opts', (ctx) => (seen = ctx.options), { type: 'object', properties: { n: { type: 'integer', default: 7 } }, additionalProperties: false });
    lint(rule, 'x\n');
    expect(seen).toEqual({ n: 7 });
  });

  it('two rules with one name are a configuration error', () => {
    const a = plugin('same', () => undefined);
    const b = plugin('same', () => undefined);
    expect(() => new Linter({ plugins: [a, b] })).toThrow(ConfigError);
  });

  it('every rule sees the one as-of date', () => {
    const dates: string[] = [];
    const rule = plugin('date', (ctx) => void dates.push(ctx.asOf.toISOString()));
    lint(rule, 'x\n');
    expect(dates).toEqual(['2026-11-23T00:00:00.000Z']);
  });
});
