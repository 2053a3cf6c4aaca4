/**
 * RuleTester for rule authors, as ESLint's: valid and invalid cases, with the expected messages, lines
 * and columns. Imported from `policy-lint/testing`.
 *
 *   import { RuleTester } from 'policy-lint/testing';
 *   new RuleTester({ date: '2026-11-23' }).run('herts/dsl-named', rule, {
 *     valid: ['Designated Safeguarding Lead: Jo Gant\n'],
 *     invalid: [{ code: 'Designated Safeguarding Lead: TBC\n', errors: [{ messageId: 'placeholder', line: 1 }] }],
 *   });
 *
 * Under a test framework with global `describe` and `it` (Jest, Mocha, Vitest with globals, node:test's
 * when assigned), each case is one test; without them, `run` checks every case at once and throws an
 * AssertionError naming the first case that fails.
 */
import { AssertionError } from 'node:assert';
import { builtinRules } from '../rules/index.js';
import type { Guidance } from './guidance/types.js';
import { ConfigError } from './config.js';
import { Linter } from './linter.js';
import type { LintMessage, RuleModule, RuleSetting } from './types.js';

export interface RuleTesterConfig {
  /** The "as of" date (YYYY-MM-DD) for every case (default: today). */
  date?: string;
  /** The file name cases are linted as (default 'policy.md'; '.txt' reads extracted text). */
  filePath?: string;
  /** Guidance facts (default: the built-in data). */
  guidance?: Guidance;
}

export interface ValidTestCase {
  code: string;
  /** Test name (default: the code). */
  name?: string;
  filePath?: string;
  /** The rule's options. */
  options?: Record<string, unknown>;
  date?: string;
  /** Run only this case (where the framework has it.only). */
  only?: boolean;
}

export interface ExpectedError {
  /** The message, exactly (a string) or matching (a RegExp). */
  message?: string | RegExp;
  messageId?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  page?: number;
  severity?: 1 | 2 | 'warn' | 'error';
  /** The excerpt, exactly or matching. */
  excerpt?: string | RegExp;
  /** Properties the message's data must have. */
  data?: Record<string, unknown>;
}

export interface InvalidTestCase extends ValidTestCase {
  /** The messages expected, in order, or how many. */
  errors: number | Array<ExpectedError | string>;
}

export interface RuleTests {
  valid: Array<string | ValidTestCase>;
  invalid: InvalidTestCase[];
}

type Fn = () => void;
type Describe = (name: string, fn: Fn) => void;
type It = ((name: string, fn: Fn) => void) & { only?: (name: string, fn: Fn) => void };

function frameworkGlobals(): { describe: Describe; it: It } | undefined {
  const g = globalThis as { describe?: Describe; it?: It };
  return typeof g.describe === 'function' && typeof g.it === 'function' ? { describe: g.describe, it: g.it } : undefined;
}

function title(code: string): string {
  const flat = code.replace(/\s+/g, ' ').trim();
  return flat.length > 70 ? `${flat.slice(0, 69)}\u2026` : flat || '(empty)';
}

function show(m: LintMessage): string {
  return `${m.line}:${m.column} ${m.severity === 2 ? 'error' : 'warning'} ${JSON.stringify(m.message)}${m.messageId ? ` (${m.messageId})` : ''}`;
}

export class RuleTester {
  /** Override to use another framework's describe / it (as ESLint's RuleTester.describe / .it). */
  static describe: Describe | undefined;
  static it: It | undefined;

  constructor(private readonly config: RuleTesterConfig = {}) {}

  run(name: string, rule: RuleModule, tests: RuleTests): void {
    if (!tests || !Array.isArray(tests.valid) || !Array.isArray(tests.invalid)) {
      throw new TypeError('RuleTester.run(name, rule, tests): tests must be { valid: [...], invalid: [...] }.');
    }
    if (!rule || typeof rule.create !== 'function') throw new TypeError(`RuleTester.run("${name}"): the rule has no create(context) function.`);
    const fw = RuleTester.describe && RuleTester.it ? { describe: RuleTester.describe, it: RuleTester.it } : frameworkGlobals();
    const cases: Array<{ title: string; only?: boolean; check: Fn }> = [];
    tests.valid.forEach((c, i) => {
      const test = typeof c === 'string' ? { code: c } : c;
      cases.push({ title: `valid ${i + 1}: ${test.name ?? title(test.code)}`, only: test.only, check: () => this.checkValid(name, rule, test, i) });
    });
    tests.invalid.forEach((c, i) => {
      cases.push({ title: `invalid ${i + 1}: ${c.name ?? title(c.code)}`, only: c.only, check: () => this.checkInvalid(name, rule, c, i) });
    });
    if (fw) {
      fw.describe(name, () => {
        for (const c of cases) (c.only && fw.it.only ? fw.it.only : fw.it)(c.title, c.check);
      });
      return;
    }
    for (const c of cases) c.check();
  }

  private lint(name: string, rule: RuleModule, test: ValidTestCase): LintMessage[] {
    if (typeof test.code !== 'string') throw new TypeError(`RuleTester "${name}": a case's code must be a string.`);
    const meta: Partial<RuleModule['meta']> = { description: '', docs: '', defaultSeverity: 'error', fixable: false, ...((rule.meta ?? {}) as Partial<RuleModule['meta']>) };
    let id = meta.id ?? name;
    // A rule under test that is not the built-in of the same name gets a name of its own.
    if (builtinRules.some((b) => b.meta.id === id && b !== rule)) id = `rule-tester/${id}`;
    const tested: RuleModule = builtinRules.includes(rule) ? rule : { meta: { ...(meta as RuleModule['meta']), id }, create: rule.create };
    const rules: Record<string, RuleSetting> = {};
    for (const b of builtinRules) rules[b.meta.id] = 'off';
    rules[id] = test.options ? ['error', test.options] : 'error';
    const linter = new Linter({
      rules,
      plugins: builtinRules.includes(rule) ? [] : [tested],
      date: test.date ?? this.config.date,
      guidance: this.config.guidance,
    });
    return linter.lintText(test.code, test.filePath ?? this.config.filePath ?? 'policy.md').messages;
  }

  /** Lints a case; a settings error (bad options, a bad date) fails the case with its message. */
  private safeLint(name: string, rule: RuleModule, test: ValidTestCase, where: string): LintMessage[] {
    try {
      return this.lint(name, rule, test);
    } catch (error) {
      if (error instanceof ConfigError) fail(`${where}: ${error.message}`);
      throw error;
    }
  }

  private checkValid(name: string, rule: RuleModule, test: ValidTestCase, i: number): void {
    const messages = this.safeLint(name, rule, test, `Rule "${name}", valid case ${i + 1} (${JSON.stringify(title(test.code))})`);
    if (messages.length > 0) {
      fail(`Rule "${name}", valid case ${i + 1} (${JSON.stringify(title(test.code))}): expected no messages, got ${messages.length}:\n  ${messages.map(show).join('\n  ')}`);
    }
  }

  private checkInvalid(name: string, rule: RuleModule, test: InvalidTestCase, i: number): void {
    const where = `Rule "${name}", invalid case ${i + 1} (${JSON.stringify(title(test.code))})`;
    if (test.errors === undefined) fail(`${where}: an invalid case needs "errors" (a number or a list).`);
    const messages = this.safeLint(name, rule, test, where);
    const expected = typeof test.errors === 'number' ? test.errors : test.errors.length;
    if (typeof test.errors === 'number' && test.errors < 1) fail(`${where}: "errors" must be at least 1 (a case with none is valid).`);
    if (messages.length !== expected) {
      fail(`${where}: expected ${expected} message${expected === 1 ? '' : 's'}, got ${messages.length}${messages.length ? `:\n  ${messages.map(show).join('\n  ')}` : ''}`);
    }
    if (typeof test.errors === 'number') return;
    test.errors.forEach((raw, j) => {
      const want: ExpectedError = typeof raw === 'string' ? { message: raw } : raw;
      const got = messages[j];
      const at = `${where}, message ${j + 1}`;
      const check = (what: string, ok: boolean, wanted: unknown, actual: unknown) => {
        if (!ok) fail(`${at}: expected ${what} ${fmt(wanted)}, got ${fmt(actual)}.`, wanted, actual);
      };
      if (want.message !== undefined) {
        check('message', want.message instanceof RegExp ? want.message.test(got.message) : got.message === want.message, want.message, got.message);
      }
      if (want.messageId !== undefined) check('messageId', got.messageId === want.messageId, want.messageId, got.messageId);
      for (const key of ['line', 'column', 'endLine', 'endColumn', 'page'] as const) {
        if (want[key] !== undefined) check(key, got[key] === want[key], want[key], got[key]);
      }
      if (want.severity !== undefined) {
        const severity = want.severity === 'warn' ? 1 : want.severity === 'error' ? 2 : want.severity;
        check('severity', got.severity === severity, severity, got.severity);
      }
      if (want.excerpt !== undefined) {
        check('excerpt', want.excerpt instanceof RegExp ? want.excerpt.test(got.excerpt ?? '') : got.excerpt === want.excerpt, want.excerpt, got.excerpt);
      }
      for (const [key, value] of Object.entries(want.data ?? {})) {
        check(`data.${key}`, JSON.stringify(got.data?.[key]) === JSON.stringify(value), value, got.data?.[key]);
      }
    });
  }
}

function fmt(v: unknown): string {
  return v instanceof RegExp ? String(v) : JSON.stringify(v);
}

function fail(message: string, expected?: unknown, actual?: unknown): never {
  throw new AssertionError({ message, expected, actual, operator: 'RuleTester' });
}

export { defineRule } from './rule-kit.js';
export type { RuleModule, RuleContext } from './types.js';
