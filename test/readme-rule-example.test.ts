/**
 * The README's "Writing rules" example is a plugin written with the public rule kit alone: it imports
 * nothing but `policy-lint/rule`, loads as a plugin, reports through its declared message, and its
 * RuleTester block passes (run from the README's own text, against the build).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { adviceFor } from '../src/formatters/advice.js';
import { Linter } from '../src/linter.js';
import type { RuleModule } from '../src/types.js';
import { ROOT } from './helpers/lint.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('### In JavaScript: plugins'), readme.indexOf('### In the configuration: declarative rules'));
const blocks = [...section.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]);
const dist = (file: string): string => pathToFileURL(join(ROOT, 'dist', 'src', file)).href;

describe('the README\'s "Writing rules" example', () => {
  it('imports only the public rule kit', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    const imports = [...blocks[0].matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    expect(imports).toEqual(['policy-lint/rule']);
    expect(blocks[0]).not.toMatch(/offsetAt|span:/);
  });

  it('loads as a plugin, reports its declared message at the word, and gives its advice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-lint-readme-'));
    const file = join(dir, 'local-rules.mjs');
    writeFileSync(file, blocks[0].replace("'policy-lint/rule'", JSON.stringify(dist('kit/index.js'))));
    const plugin = (await import(pathToFileURL(file).href)) as { default: { rules: Record<string, RuleModule> } };
    const rule = plugin.default.rules['no-lac'];
    const linter = new Linter({ plugins: [{ ...rule, meta: { ...rule.meta, id: 'la/no-lac' } }], rules: { 'la/no-lac': 'warn' }, date: '2026-11-23' });
    const [m] = linter.lintText('# Policy\n\nSupport for LAC and their carers.\n', 'p.md').messages.filter((x) => x.ruleId === 'la/no-lac');
    expect(m).toMatchObject({ message: 'Say "looked-after children", not "LAC".', line: 3, column: 13, endColumn: 16, severity: 1, messageId: 'lac' });
    const advice = adviceFor(m, { asOf: '2026-11-23', rulesMeta: linter.rulesMeta });
    expect(advice.action).toBe('Replace "LAC" with "looked-after children"');
    expect(advice.guidance[0].shortName).toBeTruthy();
  });

  it('its RuleTester block passes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-lint-readme-'));
    const file = join(dir, 'no-lac.test.mjs');
    const ruleCode = blocks[0].replace("'policy-lint/rule'", JSON.stringify(dist('kit/index.js'))).replace(/export default[\s\S]*$/, '');
    const testCode = blocks[1].replace("'policy-lint/testing'", JSON.stringify(dist('testing.js')));
    writeFileSync(file, `${ruleCode}\n${testCode}\nexport const ran = true;\n`);
    // No describe/it in the module's scope would be Jest's own: run it without a framework.
    const g = globalThis as { describe?: unknown; it?: unknown };
    const saved = { describe: g.describe, it: g.it };
    g.describe = undefined;
    g.it = undefined;
    try {
      await expect(import(pathToFileURL(file).href)).resolves.toMatchObject({ ran: true });
    } finally {
      g.describe = saved.describe;
      g.it = saved.it;
    }
  });
});
