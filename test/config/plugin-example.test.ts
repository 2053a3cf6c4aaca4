/** The example plugin (examples/plugin-herts): installed in a project's node_modules, or named by path; local plugins. */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/lint.js';
import { CLEAN, cli, lintJson, project } from './helpers.js';

const PLUGIN = join(ROOT, 'examples', 'plugin-herts');
const VS = `${CLEAN}\nThe Virtual School will be told of every suspension.\n`;
const VS_CONTACT = `${CLEAN}\nThe Virtual School will be told of every suspension: virtual.school@example.org.\n`;

function withInstalledPlugin(files: Record<string, string>): string {
  const dir = project(files);
  cpSync(PLUGIN, join(dir, 'node_modules', 'policy-lint-plugin-herts'), { recursive: true });
  return dir;
}

describe('the example plugin, installed in node_modules', () => {
  it('its preset (plugin:herts/recommended) turns on its rule, linted end to end', async () => {
    const dir = withInstalledPlugin({ '.policylintrc.yaml': 'plugins: [policy-lint-plugin-herts]\nextends: ["plugin:herts/recommended"]\n', 'p.md': VS, 'q.md': VS_CONTACT });
    const run = await lintJson(dir, ['.']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.results.map((r) => r.messages.map((m) => [m.ruleId, m.severity, m.line, m.message]))).toEqual([
      [['herts/virtual-school-contact', 1, 7, 'The policy mentions the Virtual School but gives no way to contact it.']],
      [],
    ]);
    // The preset also made docx-tracked-changes an error, and the formatter knows the plugin rule's docs.
    const printed = JSON.parse((await cli(['--print-config', 'p.md'], { cwd: dir })).stdout);
    expect(printed.rules['docx-tracked-changes']).toEqual(['error']);
    expect(printed.rules['herts/virtual-school-contact']).toEqual(['warn', { requireEmail: false }]);
    expect(printed.plugins).toEqual([{ name: 'herts', file: 'node_modules/policy-lint-plugin-herts/index.js', rules: ['herts/virtual-school-contact'] }]);
    const meta = JSON.parse((await cli(['p.md', '-f', 'json-with-metadata', '--date', '2026-11-23'], { cwd: dir })).stdout);
    expect(meta.metadata.rulesMeta['herts/virtual-school-contact'].docs.url).toBe('https://example.org/policy-lint-plugin-herts/virtual-school-contact');
  });

  it('"plugin:herts/..." loads the plugin by its short name; "herts" finds policy-lint-plugin-herts; options are checked', async () => {
    const dir = withInstalledPlugin({
      '.policylintrc.yaml': 'extends: ["plugin:herts/recommended"]\nrules:\n  herts/virtual-school-contact: [error, { requireEmail: true }]\n',
      'p.md': VS.replace('suspension.', 'suspension (01234 567890).'),
    });
    const run = await lintJson(dir, ['p.md']);
    expect(run.code).toBe(1);
    expect(run.results[0].messages.map((m) => m.message)).toEqual(['The policy mentions the Virtual School but gives no email address for it.']);
    const short = withInstalledPlugin({ '.policylintrc.yaml': 'plugins: [herts]\nrules:\n  herts/virtual-school-contact: warn\n', 'p.md': VS });
    expect((await lintJson(short, ['p.md'])).results[0].warningCount).toBe(1);
    // Plugin rules are off until turned on.
    const off = withInstalledPlugin({ '.policylintrc.yaml': 'plugins: [herts]\n', 'p.md': VS });
    expect((await lintJson(off, ['p.md'])).results[0].messages).toEqual([]);
    const bad = withInstalledPlugin({ '.policylintrc.yaml': 'plugins: [herts]\nrules:\n  herts/virtual-school-contact: [warn, { requireEmail: "yes" }]\n', 'p.md': VS });
    expect((await cli(['p.md'], { cwd: bad })).stderr).toBe(
      'policy-lint: .policylintrc.yaml: rules["herts/virtual-school-contact"][1].requireEmail must be true or false, found "yes".\n',
    );
    const typo = withInstalledPlugin({ '.policylintrc.yaml': 'plugins: [herts]\nrules:\n  herts/virtual-school-contacts: warn\n', 'p.md': VS });
    expect((await cli(['p.md'], { cwd: typo })).stderr).toMatch(/unknown rule "herts\/virtual-school-contacts" \(did you mean "herts\/virtual-school-contact"\?\)/);
  });

  it('--list-rules and --rule know the plugin\'s rules', async () => {
    const dir = withInstalledPlugin({ '.policylintrc.yaml': 'plugins: [policy-lint-plugin-herts]\n', 'p.md': VS });
    expect((await cli(['--list-rules'], { cwd: dir })).stdout).toContain('herts/virtual-school-contact');
    const run = await lintJson(dir, ['p.md', '--rule', 'herts/virtual-school-contact:error']);
    expect(run.results[0].errorCount).toBe(1);
  });
});

describe('plugins named by path', () => {
  it('the example plugin by its folder (relative to the config file)', async () => {
    const dir = project({ 'la/.policylintrc.json': JSON.stringify({ plugins: [PLUGIN], extends: ['plugin:herts/recommended'] }), 'la/p.md': VS });
    const run = await lintJson(dir, ['la']);
    expect(run.results[0].messages.map((m) => m.ruleId)).toEqual(['herts/virtual-school-contact']);
  });

  it('a local rules file: named after the file, unless it says its name', async () => {
    const rule = `{ meta: { description: 'no "LAC"' }, create(context) { for (const b of context.model.blocks) if (/\\bLAC\\b/.test(b.text)) context.report({ message: 'Say "looked-after children".', span: { start: b.start, end: b.end } }); } }`;
    const dir = project({
      'policy-lint.config.mjs': "export default { plugins: ['./rules/local-rules.mjs', './rules/named.mjs'], rules: { 'local-rules/no-lac': 'error', 'la/no-lac': 'warn' } };\n",
      'rules/local-rules.mjs': `export default { rules: { 'no-lac': ${rule} } };\n`,
      'rules/named.mjs': `export const meta = { name: 'la' };\nexport const rules = { 'no-lac': ${rule} };\n`,
      'p.md': `${CLEAN}\nSupport for LAC.\n`,
    });
    const run = await lintJson(dir, ['p.md']);
    expect(run.stderr).toBe('');
    expect(run.results[0].messages.map((m) => [m.ruleId, m.severity])).toEqual([
      ['local-rules/no-lac', 2],
      ['la/no-lac', 1],
    ]);
  });
});
