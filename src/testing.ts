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
import { messageSpecOf } from './common/messages.js';
import { checkOf } from './kit/define.js';
import { INTERNAL_ERROR, Linter } from './linter.js';
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
  /**
   * The document: text (linted as `filePath`, default policy.md), or a file's bytes (a .docx or .pdf,
   * with a `filePath` whose extension says which).
   */
  code: string | Uint8Array;
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

type Fn = () => void | Promise<void>;
type Describe = (name: string, fn: Fn) => void;
type It = ((name: string, fn: Fn) => void) & { only?: (name: string, fn: Fn) => void };

function frameworkGlobals(): { describe: Describe; it: It } | undefined {
  const g = globalThis as { describe?: Describe; it?: It };
  return typeof g.describe === 'function' && typeof g.it === 'function' ? { describe: g.describe, it: g.it } : undefined;
}

function title(code: string | Uint8Array): string {
  if (typeof code !== 'string') return `${code.byteLength} bytes`;
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

  /**
   * Registers (or, without a framework, runs) every case. Cases of bytes are linted asynchronously:
   * without a framework, `run` then returns a promise to await.
   */
  run(name: string, rule: RuleModule, tests: RuleTests): void | Promise<void> {
    if (!tests || !Array.isArray(tests.valid) || !Array.isArray(tests.invalid)) {
      throw new TypeError('RuleTester.run(name, rule, tests): tests must be { valid: [...], invalid: [...] }.');
    }
    if (!rule || !checkOf(rule)) throw new TypeError(`RuleTester.run("${name}"): the rule has no check(context) function.`);
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
    const pending: Promise<void>[] = [];
    for (const c of cases) {
      const done = c.check();
      if (done) pending.push(done);
    }
    if (pending.length > 0) return Promise.all(pending).then(() => undefined);
  }

  private linterFor(name: string, rule: RuleModule, test: ValidTestCase): Linter {
    const meta: Partial<RuleModule['meta']> = { description: '', docs: '', defaultSeverity: 'error', fixable: false, ...((rule.meta ?? {}) as Partial<RuleModule['meta']>) };
    let id = meta.id ?? name;
    // A rule under test that is not the built-in of the same name gets a name of its own.
    if (builtinRules.some((b) => b.meta.id === id && b !== rule)) id = `rule-tester/${id}`;
    const tested: RuleModule = builtinRules.includes(rule) ? rule : { meta: { ...(meta as RuleModule['meta']), id }, check: checkOf(rule)! };
    const rules: Record<string, RuleSetting> = {};
    for (const b of builtinRules) rules[b.meta.id] = 'off';
    rules[id] = test.options ? ['error', test.options] : 'error';
    return new Linter({
      rules,
      plugins: builtinRules.includes(rule) ? [] : [tested],
      date: test.date ?? this.config.date,
      guidance: this.config.guidance,
    });
  }

  /**
   * Lints a case (its text now, its bytes through a promise); a settings error (bad options, a bad date)
   * fails the case with its message. The messages are checked against the rule's declarations: a rule
   * that failed, or reported a messageId its meta.messages does not declare, fails the case.
   */
  private lintCase(name: string, rule: RuleModule, test: ValidTestCase, where: string, then: (messages: LintMessage[]) => void): void | Promise<void> {
    const filePath = test.filePath ?? this.config.filePath ?? 'policy.md';
    let linter: Linter;
    try {
      if (typeof test.code !== 'string' && !(test.code instanceof Uint8Array)) throw new TypeError(`RuleTester "${name}": a case's code must be a string or bytes.`);
      linter = this.linterFor(name, rule, test);
    } catch (error) {
      if (error instanceof ConfigError) fail(`${where}: ${error.message}`);
      throw error;
    }
    const checked = (messages: LintMessage[]): void => {
      checkDeclared(rule, messages, where);
      then(messages);
    };
    if (typeof test.code === 'string') return checked(linter.lintText(test.code, filePath).messages);
    if (!/\.(?:docx|pdf|md|markdown|txt|text)$/i.test(filePath)) fail(`${where}: a case of bytes needs a filePath whose extension picks the loader (.docx, .pdf, .md, .txt).`);
    return linter.lintBytes(test.code, filePath).then((result) => checked(result.messages));
  }

  private checkValid(name: string, rule: RuleModule, test: ValidTestCase, i: number): void | Promise<void> {
    const where = `Rule "${name}", valid case ${i + 1} (${JSON.stringify(title(test.code))})`;
    return this.lintCase(name, rule, test, where, (messages) => {
      if (messages.length > 0) fail(`${where}: expected no messages, got ${messages.length}:\n  ${messages.map(show).join('\n  ')}`);
    });
  }

  private checkInvalid(name: string, rule: RuleModule, test: InvalidTestCase, i: number): void | Promise<void> {
    const where = `Rule "${name}", invalid case ${i + 1} (${JSON.stringify(title(test.code))})`;
    if (test.errors === undefined) fail(`${where}: an invalid case needs "errors" (a number or a list).`);
    if (typeof test.errors === 'number' && test.errors < 1) fail(`${where}: "errors" must be at least 1 (a case with none is valid).`);
    if (Array.isArray(test.errors)) {
      for (const want of test.errors) {
        if (typeof want === 'object' && want.messageId !== undefined && rule.meta?.messages && !messageSpecOf(rule.meta.messages, want.messageId)) {
          fail(`${where}: the expected messageId "${want.messageId}" is not declared in the rule's meta.messages (${Object.keys(rule.meta.messages).join(', ')}).`);
        }
      }
    }
    return this.lintCase(name, rule, test, where, (messages) => checkExpected(where, test, messages));
  }
}

/** A rule that failed on the case, or reported a messageId it does not declare, fails it. */
function checkDeclared(rule: RuleModule, messages: LintMessage[], where: string): void {
  const failed = messages.find((m) => m.messageId === INTERNAL_ERROR);
  if (failed) fail(`${where}: the rule failed: ${failed.message}`);
  const declared = rule.meta?.messages;
  for (const m of messages) {
    if (m.messageId === undefined || m.ruleId === null) continue;
    if (!declared) fail(`${where}: the rule reported the messageId "${m.messageId}" but declares no meta.messages.`);
    if (!messageSpecOf(declared, m.messageId)) fail(`${where}: the rule reported the messageId "${m.messageId}", which its meta.messages does not declare.`);
  }
}

function checkExpected(where: string, test: InvalidTestCase, messages: LintMessage[]): void {
  const expected = typeof test.errors === 'number' ? test.errors : test.errors.length;
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

function fmt(v: unknown): string {
  return v instanceof RegExp ? String(v) : JSON.stringify(v);
}

function fail(message: string, expected?: unknown, actual?: unknown): never {
  throw new AssertionError({ message, expected, actual, operator: 'RuleTester' });
}

export { defineRule } from './kit/define.js';
export type { RuleModule, RuleContext } from './types.js';
export type { RuleSpec } from './kit/define.js';
