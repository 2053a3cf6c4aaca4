/** RuleTester (policy-lint/testing): cases under Jest, clear assertion errors, and without a test framework. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import herts from '../../examples/plugin-herts/index.js';
import { RuleTester, defineRule, type RuleModule } from '../../src/testing.js';
import { ROOT } from '../helpers/lint.js';

const noLac = defineRule({
  meta: {
    id: 'local/no-lac',
    description: 'Say "looked-after children", not "LAC".',
    messages: { lac: 'Say "looked-after children", not "{{word}}".' },
    schema: { type: 'object', properties: { severity: { enum: ['warn', 'error'] } }, additionalProperties: false },
  },
  check(context) {
    for (const block of context.model.blocks) {
      const i = block.text.search(/\bLAC\b/);
      if (i < 0) continue;
      context.report({ messageId: 'lac', data: { word: 'LAC' }, at: block, from: i, to: i + 3, severity: context.options.severity === 'warn' ? 'warn' : 'error' });
    }
  },
});

// Under Jest: each case is a test.
new RuleTester({ date: '2026-11-23' }).run('local/no-lac', noLac, {
  valid: ['Support for looked-after children.\n', { code: 'Support for lac.\n', name: 'lower case is not the acronym' }],
  invalid: [
    { code: 'Support for LAC.\n', errors: [{ message: 'Say "looked-after children", not "LAC".', messageId: 'lac', line: 1, column: 13, endLine: 1, endColumn: 16, severity: 2, data: { word: 'LAC' } }] },
    { code: 'Intro.\n\n- Support for LAC\n', errors: [{ line: 3, column: 15, endColumn: 18, excerpt: 'Support for LAC' }] },
    { code: 'LAC.\n\nMore LAC.\n', options: { severity: 'warn' }, errors: [{ severity: 'warn' }, { severity: 1, line: 3 }] },
    { code: 'Support for LAC.\n', errors: ['Say "looked-after children", not "LAC".'] },
    { code: 'Support for LAC.\n', filePath: 'p.txt', errors: 1 },
  ],
});

// A plugin's rule, tested as its author would.
new RuleTester({ date: '2026-11-23' }).run('herts/virtual-school-contact', herts.rules['virtual-school-contact'] as unknown as RuleModule, {
  valid: ['The Virtual School: vs@example.org.\n', 'No mention.\n', { code: 'The Virtual School: vs@example.org.\n', options: { requireEmail: true } }],
  invalid: [
    { code: 'The Virtual School will be told.\n', errors: [{ messageId: 'no-contact', severity: 'error' }] },
    { code: 'The Virtual School: 01234 567890.\n', options: { requireEmail: true }, errors: [{ message: /no email address/ }] },
  ],
});

/** Runs a RuleTester with a fake framework and returns what each case threw. */
function failures(tests: Parameters<RuleTester['run']>[2]): Array<string | null> {
  const cases: Array<() => void> = [];
  RuleTester.describe = (_name, fn) => fn();
  RuleTester.it = (_name, fn) => cases.push(fn);
  try {
    new RuleTester({ date: '2026-11-23' }).run('local/no-lac', noLac, tests);
  } finally {
    RuleTester.describe = undefined;
    RuleTester.it = undefined;
  }
  return cases.map((fn) => {
    try {
      fn();
      return null;
    } catch (error) {
      expect((error as Error).name).toBe('AssertionError');
      return (error as Error).message;
    }
  });
}

describe('RuleTester failures are clear', () => {
  it('names the case, what was expected and what was found', () => {
    expect(
      failures({
        valid: ['Support for LAC.\n'],
        invalid: [
          { code: 'Fine.\n', errors: 1 },
          { code: 'Support for LAC.\n', errors: [{ line: 2 }] },
          { code: 'Support for LAC.\n', errors: [{ message: 'Say it.' }] },
          { code: 'Support for LAC.\n', errors: [{ messageId: 'other' }] },
          { code: 'Support for LAC.\n', errors: [{ severity: 'warn' }] },
          { code: 'Support for LAC.\n', errors: 2 },
          { code: 'Support for LAC.\n', options: { severity: 'loud' }, errors: 1 },
        ],
      }),
    ).toEqual([
      'Rule "local/no-lac", valid case 1 ("Support for LAC."): expected no messages, got 1:\n  1:13 error "Say \\"looked-after children\\", not \\"LAC\\"." (lac)',
      'Rule "local/no-lac", invalid case 1 ("Fine."): expected 1 message, got 0',
      'Rule "local/no-lac", invalid case 2 ("Support for LAC."), message 1: expected line 2, got 1.',
      'Rule "local/no-lac", invalid case 3 ("Support for LAC."), message 1: expected message "Say it.", got "Say \\"looked-after children\\", not \\"LAC\\".".',
      'Rule "local/no-lac", invalid case 4 ("Support for LAC."): the expected messageId "other" is not declared in the rule\'s meta.messages (lac).',
      'Rule "local/no-lac", invalid case 5 ("Support for LAC."), message 1: expected severity 1, got 2.',
      'Rule "local/no-lac", invalid case 6 ("Support for LAC."): expected 2 messages, got 1:\n  1:13 error "Say \\"looked-after children\\", not \\"LAC\\"." (lac)',
      expect.stringMatching(/^Rule "local\/no-lac", invalid case 7 \("Support for LAC\."\): Rule "local\/no-lac": option "severity" must be equal to one of the allowed values/),
    ]);
  });

  it('fails a rule that reports a messageId it does not declare, or that returns ESLint listeners', () => {
    const run = (rule: RuleModule): string | null => {
      try {
        RuleTester.describe = (_name, fn) => fn();
        RuleTester.it = (_name, fn) => void fn();
        new RuleTester({ date: '2026-11-23' }).run('local/bad', rule, { valid: [], invalid: [{ code: 'Support for LAC.\n', errors: 1 }] });
        return null;
      } catch (error) {
        return (error as Error).message;
      } finally {
        RuleTester.describe = undefined;
        RuleTester.it = undefined;
      }
    };
    const undeclared = defineRule({ meta: { id: 'local/bad', description: '', messages: { lac: 'LAC' } }, check: (c) => c.report({ messageId: 'acronym', at: 'document' }) });
    expect(run(undeclared)).toMatch(/invalid case 1 .*: the rule failed: Internal error in rule "local\/bad": reported the messageId "acronym", which meta.messages does not declare \(it declares lac\)/);
    const noMessages = defineRule({ meta: { id: 'local/bad', description: '' }, check: (c) => c.report({ message: 'LAC', messageId: 'lac', at: 'document' }) });
    expect(run(noMessages)).toMatch(/the rule reported the messageId "lac" but declares no meta.messages/);
    const listeners = defineRule({ meta: { id: 'local/bad', description: '' }, create: (() => ({ paragraph() {} })) as unknown as (c: unknown) => void });
    expect(run(listeners)).toMatch(/check\(context\) returned a value: a policy-lint rule checks the whole document in check\(\)/);
  });

  it('without a test framework, run() checks every case and throws the first failure', () => {
    const testing = pathToFileURL(join(ROOT, 'dist', 'src', 'testing.js')).href;
    const script = `
      import { RuleTester, defineRule } from ${JSON.stringify(testing)};
      const rule = defineRule({ meta: { id: 'x/no-lac', description: '', docs: '', defaultSeverity: 'error', fixable: false },
        create(c) { for (const b of c.model.blocks) if (/LAC/.test(b.text)) c.report({ message: 'no LAC', span: { start: b.start, end: b.end } }); } });
      new RuleTester().run('x/no-lac', rule, { valid: ['fine\\n'], invalid: [{ code: 'LAC\\n', errors: 1 }] });
      console.log('passed');
      try { new RuleTester().run('x/no-lac', rule, { valid: ['LAC here\\n'], invalid: [] }); } catch (e) { console.log(e.name + ': ' + e.message.split('\\n')[0]); }
    `;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('passed\nAssertionError: Rule "x/no-lac", valid case 1 ("LAC here"): expected no messages, got 1:\n');
  });
});
