/** Config files: names and lookup, --config, --no-config-lookup, --print-config, rules, presets, extends, overrides, knowledge. */
import { builtinRules } from '../../rules/index.js';
import { join } from 'node:path';
import { CLEAN, STALE, cli, lintJson, project } from './helpers.js';

const WARN_REVIEW = { rules: { 'review-date-current': 'warn' } };

describe('config file names and lookup', () => {
  it.each([
    ['.policylintrc', JSON.stringify(WARN_REVIEW)],
    ['.policylintrc (YAML)', 'rules:\n  review-date-current: warn\n'],
    ['.policylintrc.json', JSON.stringify(WARN_REVIEW)],
    ['.policylintrc.yaml', 'rules:\n  review-date-current: warn\n'],
    ['.policylintrc.yml', 'rules: { review-date-current: warn }\n'],
    ['policy-lint.config.mjs', `export default ${JSON.stringify(WARN_REVIEW)};\n`],
    ['policy-lint.config.js', `export default ${JSON.stringify(WARN_REVIEW)};\n`],
    ['package.json', JSON.stringify({ name: 'policies', type: 'module', policyLint: WARN_REVIEW })],
  ])('%s is read', async (name, content) => {
    const file = name.replace(/ \(.*\)$/, '');
    const files: Record<string, string> = { [file]: content, 'p.md': STALE };
    // A .js config is an ES module when the nearest package.json says "type": "module".
    if (file === 'policy-lint.config.js') files['package.json'] = JSON.stringify({ type: 'module' });
    const dir = project(files);
    const run = await lintJson(dir, ['p.md']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.results[0].warningCount).toBe(1);
    expect(run.results[0].errorCount).toBe(0);
  });

  it('the nearest config to each file wins; lookup stops at the current directory', async () => {
    const dir = project({
      '.policylintrc.yaml': 'rules:\n  review-date-current: warn\n',
      'trust/.policylintrc.json': JSON.stringify({ rules: { 'review-date-current': 'off' } }),
      'a.md': STALE,
      'trust/b.md': STALE,
      'trust/deep/c.md': STALE,
    });
    const run = await lintJson(dir, ['.']);
    const byFile = Object.fromEntries(run.results.map((r) => [r.filePath.slice(dir.length + 1), [r.errorCount, r.warningCount]]));
    expect(byFile).toEqual({ 'a.md': [0, 1], 'trust/b.md': [0, 0], 'trust/deep/c.md': [0, 0] });
    // Run from trust/: the config above the current directory is not read.
    const inner = await lintJson(join(dir, 'trust'), ['.']);
    expect(inner.results.every((r) => r.warningCount === 0 && r.errorCount === 0)).toBe(true);
    const sub = project({ 'sub/p.md': STALE, '.policylintrc.json': JSON.stringify({ rules: { 'review-date-current': 'off' } }) });
    expect((await lintJson(join(sub, 'sub'), ['p.md'])).results[0].errorCount).toBe(1);
  });

  it('--config uses only that file; --no-config-lookup uses none', async () => {
    const dir = project({
      '.policylintrc.yaml': 'rules:\n  review-date-current: warn\n',
      'strict.yaml': 'rules:\n  review-date-current: "off"\n',
      'p.md': STALE,
    });
    expect((await lintJson(dir, ['p.md'])).results[0].warningCount).toBe(1);
    expect((await lintJson(dir, ['p.md', '--config', 'strict.yaml'])).results[0].messages).toEqual([]);
    expect((await lintJson(dir, ['p.md', '-c', 'strict.yaml'])).results[0].messages).toEqual([]);
    const none = await lintJson(dir, ['p.md', '--no-config-lookup']);
    expect(none.results[0].errorCount).toBe(1);
    expect(none.code).toBe(1);
  });

  it('--rule wins over the config; a bare severity keeps the config\'s options', async () => {
    const dir = project({
      '.policylintrc.yaml': 'rules:\n  review-date-current: [warn, { dueSoonDays: 90 }]\n',
      'p.md': CLEAN.replace('June 2028', 'January 2027'),
    });
    expect((await lintJson(dir, ['p.md'])).results[0].warningCount).toBe(1);
    // "error" keeps dueSoonDays 90 (due in 39 days: a warning, as the rule reports it); without the
    // config the default 30 days says nothing.
    const error = await lintJson(dir, ['p.md', '--rule', 'review-date-current:error']);
    expect(error.results[0].warningCount).toBe(1);
    expect((await lintJson(dir, ['p.md', '--rule', 'review-date-current:error', '--no-config-lookup'])).results[0].messages).toEqual([]);
    const off = await lintJson(dir, ['p.md', '--rule', 'review-date-current:off']);
    expect(off.results[0].messages).toEqual([]);
  });
});

describe('--print-config', () => {
  it('prints rules with severities and options, asOf, knowledge and plugins for a file', async () => {
    const dir = project({
      '.policylintrc.yaml': [
        'asOf: "2026-11-23"',
        'rules:',
        '  review-date-current: [warn, { dueSoonDays: 60 }]',
        '  docx-tracked-changes: "off"',
        'knowledge:',
        '  editions:',
        '    kcsie: [{ year: 2026, inForce: "2026-09-01" }]',
        'overrides:',
        '  - files: ["trust/**"]',
        '    rules: { kcsie-current: warn }',
        '',
      ].join('\n'),
      'trust/p.md': STALE,
    });
    const run = await cli(['--print-config', 'trust/p.md'], { cwd: dir });
    expect(run.code).toBe(0);
    const config = JSON.parse(run.stdout);
    expect(config.configFile).toBe('.policylintrc.yaml');
    expect(config.asOf).toBe('2026-11-23');
    expect(config.rules['review-date-current']).toEqual(['warn', expect.objectContaining({ dueSoonDays: 60 })]);
    expect(config.rules['docx-tracked-changes']).toEqual(['off']);
    expect(config.rules['kcsie-current']).toEqual(['warn']);
    expect(config.rules['designated-teacher-named']).toEqual(['error']);
    expect(config.knowledge).toEqual({ editions: { kcsie: [{ year: 2026, inForce: '2026-09-01' }] } });
    expect(config.plugins).toEqual([]);
    // Outside the override; --date and --rule win.
    const other = JSON.parse((await cli(['--print-config', 'p.md', '--date', '2025-01-01', '--rule', 'review-date-current:off'], { cwd: dir })).stdout);
    expect(other.rules['kcsie-current']).toEqual(['error']);
    expect(other.rules['review-date-current']).toEqual(['off']);
    expect(other.asOf).toBe('2025-01-01');
  });
});

describe('presets and extends', () => {
  it('policy-lint:recommended is today\'s defaults; policy-lint:all makes every built-in rule an error', async () => {
    const docxOff = project({ '.policylintrc.yaml': 'extends: policy-lint:recommended\n', 'p.md': STALE });
    const rec = JSON.parse((await cli(['--print-config', 'p.md'], { cwd: docxOff })).stdout);
    expect(rec.rules['docx-tracked-changes']).toEqual(['warn']);
    expect(rec.rules['kcsie-current']).toEqual(['error']);
    const all = project({ '.policylintrc.yaml': 'extends: [policy-lint:all]\n', 'p.md': STALE });
    const allRules = JSON.parse((await cli(['--print-config', 'p.md'], { cwd: all })).stdout).rules;
    expect(Object.values(allRules).every((r) => (r as string[])[0] === 'error')).toBe(true);
  });

  it('policy-lint:adviser turns on every built-in rule at its default severity; recommended (and no config) leaves the adviser\'s pack off', async () => {
    const pack = builtinRules.filter((r) => r.meta.recommended === false).map((r) => r.meta.id);
    expect(pack.length).toBeGreaterThan(0);
    const adviser = project({ '.policylintrc.yaml': 'extends: [policy-lint:adviser]\n', 'p.md': STALE });
    const adviserRules = JSON.parse((await cli(['--print-config', 'p.md'], { cwd: adviser })).stdout).rules as Record<string, string[]>;
    for (const rule of builtinRules) expect([rule.meta.id, adviserRules[rule.meta.id][0]]).toEqual([rule.meta.id, rule.meta.defaultSeverity]);
    const rec = project({ '.policylintrc.yaml': 'extends: [policy-lint:recommended]\n', 'p.md': STALE });
    const recRules = JSON.parse((await cli(['--print-config', 'p.md'], { cwd: rec })).stdout).rules as Record<string, string[]>;
    const none = JSON.parse((await cli(['--print-config', 'p.md', '--no-config-lookup'], { cwd: rec })).stdout).rules as Record<string, string[]>;
    for (const id of pack) {
      expect([id, recRules[id][0], none[id][0]]).toEqual([id, 'off', 'off']);
    }
    // --rule turns one on without a preset.
    const one = JSON.parse((await cli(['--print-config', 'p.md', '--no-config-lookup', '--rule', `${pack[0]}:warn`], { cwd: rec })).stdout).rules;
    expect(one[pack[0]][0]).toBe('warn');
  });

  it('extends chains merge in order, later wins; paths and packages resolve from the config\'s directory', async () => {
    const dir = project({
      'shared/base.yaml': 'extends: [./strict.json]\nrules:\n  review-date-current: warn\n  kcsie-current: warn\n',
      'shared/strict.json': JSON.stringify({ rules: { 'review-date-current': 'error', 'designated-teacher-named': 'warn' } }),
      'node_modules/policy-lint-config-herts/package.json': JSON.stringify({ name: 'policy-lint-config-herts', main: 'config.json' }),
      'node_modules/policy-lint-config-herts/config.json': JSON.stringify({ rules: { 'ap-hours-current': 'warn' } }),
      '.policylintrc.yaml': 'extends:\n  - ./shared/base.yaml\n  - herts\nrules:\n  kcsie-current: "off"\n',
      'p.md': STALE,
    });
    const rules = JSON.parse((await cli(['--print-config', 'p.md'], { cwd: dir })).stdout).rules;
    expect(rules['review-date-current'][0]).toBe('warn'); // base.yaml over strict.json
    expect(rules['designated-teacher-named']).toEqual(['warn']); // from strict.json
    expect(rules['ap-hours-current']).toEqual(['warn']); // policy-lint-config-herts, found as "herts"
    expect(rules['kcsie-current']).toEqual(['off']); // the config itself, last
  });

  it('an extends cycle is an error', async () => {
    const dir = project({ '.policylintrc.yaml': 'extends: [./a.yaml]\n', 'a.yaml': 'extends: [./b.yaml]\n', 'b.yaml': 'extends: [./a.yaml]\n', 'p.md': STALE });
    const run = await cli(['p.md'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('policy-lint: a.yaml: extends cycle: a.yaml -> b.yaml -> a.yaml.\n');
  });
});

describe('overrides', () => {
  it('apply per glob (relative to the config file), in order, with excludedFiles', async () => {
    const dir = project({
      'la/.policylintrc.yaml': [
        'rules:',
        '  review-date-current: warn',
        'overrides:',
        '  - files: ["trust/**"]',
        '    excludedFiles: ["trust/archive/**"]',
        '    rules: { review-date-current: "off" }',
        '  - files: ["*.draft.md"]',
        '    rules: { review-date-current: error }',
        '',
      ].join('\n'),
      'la/a.md': STALE,
      'la/trust/b.md': STALE,
      'la/trust/archive/c.md': STALE,
      'la/trust/d.draft.md': STALE,
    });
    const run = await lintJson(dir, ['la']);
    const byFile = Object.fromEntries(run.results.map((r) => [r.filePath.slice(dir.length + 1), [r.errorCount, r.warningCount]]));
    expect(byFile).toEqual({
      'la/a.md': [0, 1],
      'la/trust/b.md': [0, 0],
      'la/trust/archive/c.md': [0, 1],
      'la/trust/d.draft.md': [1, 0], // the later override wins
    });
  });
});

describe('knowledge and asOf', () => {
  const POLICY = 'Name of the Designated Teacher for CLA and PLA\n\nJo Gant\n\nReview: June 2028\n\nAll staff read Keeping Children Safe in Education 2026.\n';

  it('adding KCSIE 2027 in the config makes a KCSIE 2026 citation stale from its in-force date, with no code change', async () => {
    const without = project({ 'p.md': POLICY });
    expect((await lintJson(without, ['p.md'], { date: '2027-09-01' })).results[0].messages).toEqual([]);
    const dir = project({
      '.policylintrc.yaml': 'knowledge:\n  editions:\n    kcsie:\n      - { year: 2027, inForce: "2027-09-01" }\n',
      'p.md': POLICY,
    });
    const run = await lintJson(dir, ['p.md'], { date: '2027-09-01' });
    expect(run.results[0].messages).toEqual([
      expect.objectContaining({
        ruleId: 'kcsie-current',
        line: 7,
        message: 'Cites KCSIE 2026; the edition in force on 1 September 2027 is KCSIE 2027 (in force from 1 September 2027).',
      }),
    ]);
    // Before 1 September 2027, 2026 is still current.
    expect((await lintJson(dir, ['p.md'], { date: '2027-08-31' })).results[0].messages).toEqual([]);
  });

  it('the built-in data knows KCSIE 2026: a KCSIE 2025 citation is stale from 1 September 2026 without any config', async () => {
    const dir = project({ 'p.md': POLICY.replace('Education 2026', 'Education 2025') });
    expect((await lintJson(dir, ['p.md'])).results[0].messages).toEqual([
      expect.objectContaining({ ruleId: 'kcsie-current', message: expect.stringMatching(/is KCSIE 2026 \(in force from 1 September 2026\)/) }),
    ]);
    expect((await lintJson(dir, ['p.md'], { date: '2026-08-31' })).results[0].messages).toEqual([]);
  });

  it('schoolWeek corrects the figures ap-hours-current checks against', async () => {
    const text = `${CLEAN}\nFull-time alternative provision is 30 hours a week.\n`;
    const base = await lintJson(project({ 'p.md': text }), ['p.md']);
    expect(base.results[0].messages.map((m) => m.ruleId)).toEqual(['ap-hours-current']);
    const dir = project({ '.policylintrc.json': JSON.stringify({ knowledge: { schoolWeek: { hours: 30 } } }), 'p.md': text });
    expect((await lintJson(dir, ['p.md'])).results[0].messages).toEqual([]);
  });

  it('asOf in the config is the as-of date; --date wins', async () => {
    const dir = project({ '.policylintrc.yaml': 'asOf: "2026-05-01"\n', 'p.md': STALE });
    expect((await lintJson(dir, ['p.md'], { date: null })).results[0].errorCount).toBe(0);
    expect((await lintJson(dir, ['p.md'], { date: '2026-11-23' })).results[0].errorCount).toBe(1);
  });
});

describe('--init', () => {
  it('writes a commented starter .policylintrc.yaml that lints like the defaults, and refuses to overwrite', async () => {
    const dir = project({ 'p.md': STALE });
    const run = await cli(['--init'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Wrote \.policylintrc\.yaml/);
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(join(dir, '.policylintrc.yaml'), 'utf8');
    for (const word of ['extends:', 'rules:', 'overrides:', 'knowledge:', 'define:', 'plugins:', 'asOf:']) expect(text).toContain(word);
    expect(text).toMatch(/^# /m);
    const lint = await lintJson(dir, ['p.md']);
    expect(lint.code).toBe(1);
    expect(lint.results[0].errorCount).toBe(1);
    const again = await cli(['--init'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('policy-lint: .policylintrc.yaml already exists; --init will not overwrite it.\n');
    const other = project({ '.policylintrc.json': '{}' });
    expect((await cli(['--init'], { cwd: other })).stderr).toMatch(/\.policylintrc\.json already exists/);
  });
});

describe('programmatic API', () => {
  it('lintFilesWithConfig reads the config files as the CLI does', async () => {
    const { lintFilesWithConfig } = await import('../../src/index.js');
    const dir = project({ '.policylintrc.yaml': 'rules:\n  review-date-current: warn\n', 'p.md': STALE });
    const [result] = await lintFilesWithConfig(['p.md'], { cwd: dir, date: '2026-11-23', concurrency: 'off' });
    expect([result.errorCount, result.warningCount]).toEqual([0, 1]);
    const [inline] = await lintFilesWithConfig(['p.md'], { cwd: dir, date: '2026-11-23', config: { rules: { 'review-date-current': 'off' } } });
    expect(inline.messages).toEqual([]);
  });
});
