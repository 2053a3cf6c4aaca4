/**
 * Rules run with no options get their schema's defaults without Ajv (config.ts schemaDefaults, a
 * start-up saving). These tests hold that shortcut to what Ajv's useDefaults gives for `{}`.
 */
import { builtinRules } from '../../rules/index.js';
import { compileSchema, optionsSchema, resolveRules, schemaDefaults, validateOptions } from '../../src/config.js';

describe('options defaults without Ajv', () => {
  it('gives every built-in rule the same defaults as Ajv filling an empty object', () => {
    for (const rule of builtinRules) {
      const viaAjv: Record<string, unknown> = {};
      expect(compileSchema(optionsSchema(rule))(viaAjv)).toBe(true);
      expect({ rule: rule.meta.id, options: validateOptions(rule, undefined) }).toEqual({ rule: rule.meta.id, options: viaAjv });
    }
  });

  it('copies each default, so a rule that changes its options cannot change the next run', () => {
    const schema = { type: 'object', properties: { phrases: { type: 'array', default: ['a'] }, days: { type: 'number' } } };
    const first = schemaDefaults(schema)!;
    expect(first).toEqual({ phrases: ['a'] });
    (first.phrases as string[]).push('b');
    expect(schemaDefaults(schema)).toEqual({ phrases: ['a'] });
  });

  it('leaves to Ajv a schema an empty object could fail', () => {
    expect(schemaDefaults({ type: 'object', required: ['guidance'], properties: { guidance: { type: 'string' } } })).toBeUndefined();
    expect(schemaDefaults({ type: 'object', anyOf: [{ required: ['a'] }, { required: ['b'] }] })).toBeUndefined();
    expect(schemaDefaults({ type: 'array' })).toBeUndefined();
    const rule = {
      meta: { id: 'needs-guidance', description: '', defaultSeverity: 'error' as const, schema: { type: 'object', required: ['guidance'], properties: { guidance: { type: 'string' } } } },
      create: () => ({}),
    };
    expect(() => validateOptions(rule as never, undefined)).toThrow(/Rule "needs-guidance": options must have required property 'guidance'/);
  });

  it('still validates options that are given', () => {
    expect(() => resolveRules(new Map(builtinRules.map((r) => [r.meta.id, r])), { 'review-date-current': ['warn', { dueSoonDays: 'soon' }] as never })).toThrow(
      /Rule "review-date-current": option "dueSoonDays" must be/,
    );
  });
});
