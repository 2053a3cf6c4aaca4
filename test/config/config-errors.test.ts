/**
 * Every configuration error: exit 2, one line naming the config file, the place in it, what was expected
 * and what was found; never a stack trace.
 */
import { STALE, cli, project } from './helpers.js';

async function error(files: Record<string, string>, args: string[] = ['p.md']): Promise<string> {
  const dir = project({ 'p.md': STALE, ...files });
  const run = await cli(args, { cwd: dir });
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  return run.stderr.replace(/^policy-lint: /, '').trimEnd();
}

const Y = '.policylintrc.yaml';

describe('config errors', () => {
  it.each<[string, Record<string, string>, string | RegExp]>([
    // Parsing.
    ['bad JSON', { '.policylintrc.json': '{ "rules": { "kcsie-current": "error", } }' }, /^\.policylintrc\.json: not valid JSON: .+\.$/],
    ['bad YAML', { [Y]: 'rules:\n  kcsie-current: [error\n' }, /^\.policylintrc\.yaml: not valid YAML: .*line \d+.*\.$/],
    ['bad .policylintrc (JSON)', { '.policylintrc': '{ rules: }' }, /^\.policylintrc: not valid JSON: /],
    ['a JS config that throws', { 'policy-lint.config.mjs': "throw new Error('no config today');\n" }, 'policy-lint.config.mjs: the configuration could not be loaded: no config today.'],
    ['a config that is not an object', { [Y]: 'just words\n' }, '.policylintrc.yaml: the configuration must be an object (keys and values), found "just words".'],
    // The top level.
    ['an unknown key', { [Y]: 'rule:\n  kcsie-current: error\n' }, '.policylintrc.yaml: unknown key "rule" at the top level (did you mean "rules"?).'],
    ['extends of the wrong type', { [Y]: 'extends: 3\n' }, '.policylintrc.yaml: extends must be a string or a list, found 3.'],
    ['plugins not a list', { [Y]: 'plugins: herts\n' }, '.policylintrc.yaml: plugins must be a list, found "herts".'],
    ['rules not an object', { [Y]: 'rules: [kcsie-current]\n' }, '.policylintrc.yaml: rules must be an object (keys and values), found ["kcsie-current"].'],
    ['asOf not a date', { [Y]: 'asOf: 23/11/2026\n' }, '.policylintrc.yaml: asOf must be a date written YYYY-MM-DD, found "23/11/2026".'],
    ['asOf not a real date', { [Y]: 'asOf: "2026-02-30"\n' }, '.policylintrc.yaml: asOf must be a real date written YYYY-MM-DD, found "2026-02-30".'],
    // Rules.
    [
      'a typo in a rule name',
      { [Y]: 'rules:\n  kcsie-curent: error\n' },
      '.policylintrc.yaml: rules["kcsie-curent"]: unknown rule "kcsie-curent" (did you mean "kcsie-current"?). Run policy-lint --list-rules to see them.',
    ],
    [
      'a bad severity',
      { [Y]: 'rules:\n  kcsie-current: loud\n' },
      '.policylintrc.yaml: rules["kcsie-current"] must be "off", "warn" or "error" (or 0, 1, 2), or [severity, options], found "loud".',
    ],
    [
      'a bad severity in a list',
      { [Y]: 'rules:\n  kcsie-current: [loud]\n' },
      '.policylintrc.yaml: rules["kcsie-current"][0] must be "off", "warn" or "error" (or 0, 1, 2), found "loud".',
    ],
    ['a setting too long', { [Y]: 'rules:\n  kcsie-current: [error, {}, {}]\n' }, '.policylintrc.yaml: rules["kcsie-current"] must be a severity or [severity, options], found ["error",{},{}].'],
    ['options not an object', { [Y]: 'rules:\n  review-date-current: [warn, 60]\n' }, '.policylintrc.yaml: rules["review-date-current"][1] must be an object (keys and values), found 60.'],
    [
      'an option of the wrong type',
      { [Y]: 'rules:\n  review-date-current: [warn, { dueSoonDays: soon }]\n' },
      '.policylintrc.yaml: rules["review-date-current"][1].dueSoonDays must be an integer, found "soon".',
    ],
    [
      'an unknown option',
      { [Y]: 'rules:\n  review-date-current: [warn, { dueSonDays: 60 }]\n' },
      '.policylintrc.yaml: unknown key "dueSonDays" at rules["review-date-current"][1] (did you mean "dueSoonDays"?).',
    ],
    [
      'a rule error in an override',
      { [Y]: 'overrides:\n  - files: ["*.md"]\n    rules:\n      review-date-curent: warn\n' },
      '.policylintrc.yaml: overrides[0].rules["review-date-curent"]: unknown rule "review-date-curent" (did you mean "review-date-current"?). Run policy-lint --list-rules to see them.',
    ],
    // Overrides.
    ['an override without files', { [Y]: 'overrides:\n  - rules: { kcsie-current: warn }\n' }, '.policylintrc.yaml: overrides[0] must have "files".'],
    ['an unknown key in an override', { [Y]: 'overrides:\n  - files: "*.md"\n    rule: {}\n' }, '.policylintrc.yaml: unknown key "rule" at overrides[0] (did you mean "rules"?).'],
    ['empty files', { [Y]: 'overrides:\n  - files: []\n' }, '.policylintrc.yaml: overrides[0].files must not be empty.'],
    // Extends.
    [
      'an unknown preset',
      { [Y]: 'extends: [policy-lint:recomended]\n' },
      '.policylintrc.yaml: extends[0]: unknown preset "policy-lint:recomended" (did you mean "policy-lint:recommended"?); the presets are "policy-lint:recommended", "policy-lint:adviser" and "policy-lint:all".',
    ],
    [
      'a shareable config that is not installed',
      { [Y]: 'extends: [herts]\n' },
      '.policylintrc.yaml: extends[0]: cannot find the shareable config "herts" (looked for "policy-lint-config-herts" and "herts" in node_modules); install it, or give a path such as "./base.policylintrc.yaml".',
    ],
    ['a missing extended file', { [Y]: 'extends: [./base.yaml]\n' }, 'base.yaml: cannot read the configuration file: it does not exist.'],
    ['an error in an extended file names that file', { [Y]: 'extends: [./base.yaml]\n', 'base.yaml': 'rules:\n  kcsie-current: loud\n' }, /^base\.yaml: rules\["kcsie-current"\] must be/],
    // Knowledge.
    [
      'an unknown guidance id',
      { [Y]: 'knowledge:\n  editions:\n    kcsi: [{ year: 2026 }]\n' },
      /^\.policylintrc\.yaml: knowledge\.editions\.kcsi: no guidance "kcsi" in the knowledge data \(did you mean "kcsie"\?\); known: kcsie, behaviour-in-schools, /,
    ],
    [
      'an edition year that is text',
      { [Y]: 'knowledge:\n  editions:\n    kcsie: [{ year: "2026" }]\n' },
      '.policylintrc.yaml: knowledge.editions.kcsie[0].year must be an integer, found "2026".',
    ],
    [
      'an edition without a year',
      { [Y]: 'knowledge:\n  editions:\n    kcsie: [{ inForce: "2026-09-01" }]\n' },
      '.policylintrc.yaml: knowledge.editions.kcsie[0] must have "year".',
    ],
    [
      'an in-force date in the wrong form',
      { [Y]: 'knowledge:\n  editions:\n    kcsie: [{ year: 2026, inForce: 1 September 2026 }]\n' },
      '.policylintrc.yaml: knowledge.editions.kcsie[0].inForce must be a date written YYYY-MM-DD (or null), found "1 September 2026".',
    ],
    [
      'an unknown key in knowledge',
      { [Y]: 'knowledge:\n  edition: {}\n' },
      '.policylintrc.yaml: unknown key "edition" at knowledge (did you mean "editions"?).',
    ],
    ['a school week of 0 hours', { [Y]: 'knowledge:\n  schoolWeek: { hours: 0 }\n' }, '.policylintrc.yaml: knowledge.schoolWeek.hours must be > 0, found 0.'],
    // Plugins.
    [
      'a plugin that is not installed',
      { [Y]: 'plugins: [herts]\n' },
      '.policylintrc.yaml: plugins[0] ("herts"): cannot find the plugin "herts" (looked for "policy-lint-plugin-herts" and "herts" in node_modules from .); install it, or give a path such as "./local-rules.js".',
    ],
    ['a plugin with no rules', { [Y]: 'plugins: [./p.mjs]\n', 'p.mjs': 'export default { configs: {} };\n' }, '.policylintrc.yaml: plugins[0] ("./p.mjs"): "./p.mjs" is not a policy-lint plugin: it exports no "rules" object.'],
    [
      'a plugin rule without check (or create)',
      { [Y]: 'plugins: [./p.mjs]\n', 'p.mjs': 'export default { rules: { x: { meta: {} } } };\n' },
      '.policylintrc.yaml: plugins[0] ("./p.mjs"): "./p.mjs" is not a policy-lint plugin: its rule "x" has no check(context) function (or create(context), as in ESLint).',
    ],
    ['a plugin that throws', { [Y]: 'plugins: [./p.mjs]\n', 'p.mjs': "throw new Error('plugin broke');\n" }, 'p.mjs: the plugin could not be loaded: plugin broke.'],
    [
      'a plugin config that does not exist',
      { [Y]: 'plugins: [./p.mjs]\nextends: ["plugin:p/recomended"]\n', 'p.mjs': 'export default { rules: {}, configs: { recommended: {} } };\n' },
      '.policylintrc.yaml: extends[0]: the plugin "p" has no config "recomended" (did you mean "recommended"?).',
    ],
    ['a bad plugin: reference', { [Y]: 'extends: ["plugin:herts"]\n' }, '.policylintrc.yaml: extends[0]: "plugin:herts" must be written plugin:<plugin>/<config>, e.g. "plugin:herts/recommended".'],
    // define.
    [
      'an unknown kind',
      { [Y]: 'define:\n  local/x: { kind: require-heading, heading: Safeguarding }\n' },
      '.policylintrc.yaml: define["local/x"].kind must be one of "require-section", "require-named-role", "stale-phrase", "cite-current", found "require-heading" (did you mean "require-section"?).',
    ],
    ['a definition without kind', { [Y]: 'define:\n  local/x: { heading: Safeguarding }\n' }, /^\.policylintrc\.yaml: define\["local\/x"\] must have "kind" \(one of "require-section", /],
    [
      'a bad regular expression',
      { [Y]: 'define:\n  local/x: { kind: stale-phrase, pattern: "fixed(-term" }\n' },
      /^\.policylintrc\.yaml: define\["local\/x"\]\.pattern is not a valid regular expression: .*Unterminated group\.$/,
    ],
    [
      'a pattern that matches nothing at all',
      { [Y]: 'define:\n  local/x: { kind: stale-phrase, pattern: "x*" }\n' },
      '.policylintrc.yaml: define["local/x"].pattern matches empty text: it would report everywhere.',
    ],
    [
      'an unknown guidance id in cite-current',
      { [Y]: 'define:\n  local/x: { kind: cite-current, guidance: behaviour-in-school }\n' },
      /^\.policylintrc\.yaml: define\["local\/x"\]\.guidance: no guidance "behaviour-in-school" in the knowledge data \(did you mean "behaviour-in-schools"\?\); known: kcsie, /,
    ],
    ['a definition missing its field', { [Y]: 'define:\n  local/x: { kind: require-named-role }\n' }, '.policylintrc.yaml: define["local/x"] must have "role".'],
    [
      'an unknown key in a definition',
      { [Y]: 'define:\n  local/x: { kind: stale-phrase, pattern: "fixed term", replacment: suspension }\n' },
      '.policylintrc.yaml: unknown key "replacment" at define["local/x"] (did you mean "replacement"?).',
    ],
    [
      'a definition named like a built-in rule',
      { [Y]: 'define:\n  kcsie-current: { kind: cite-current, guidance: kcsie }\n' },
      '.policylintrc.yaml: define["kcsie-current"]: "kcsie-current" is a built-in rule; give the definition another name (e.g. "local/kcsie-current").',
    ],
    [
      'a defined rule used with a typo',
      { [Y]: 'define:\n  local/dsl-named: { kind: require-named-role, role: Designated Safeguarding Lead }\nrules:\n  local/dsl-name: error\n' },
      '.policylintrc.yaml: rules["local/dsl-name"]: unknown rule "local/dsl-name" (did you mean "local/dsl-named"?). Run policy-lint --list-rules to see them.',
    ],
  ])('%s', async (_name, files, expected) => {
    const message = await error(files);
    if (typeof expected === 'string') expect(message).toBe(expected);
    else expect(message).toMatch(expected);
  });

  it('--config naming a missing file', async () => {
    expect(await error({}, ['p.md', '--config', 'nope.yaml'])).toBe('nope.yaml: cannot read the configuration file: it does not exist.');
  });

  it('an error in --print-config and --list-rules too', async () => {
    expect(await error({ [Y]: 'rule: {}\n' }, ['--print-config', 'p.md'])).toMatch(/unknown key "rule" at the top level/);
    expect(await error({ [Y]: 'rule: {}\n' }, ['--list-rules'])).toMatch(/unknown key "rule" at the top level/);
  });

  it('--suppress-rule with an unknown rule', async () => {
    expect(await error({}, ['p.md', '--suppress-rule', 'kcsie-curent'])).toBe(
      '--suppress-rule: Unknown rule "kcsie-curent". Did you mean "kcsie-current"? Run policy-lint --list-rules to see them.',
    );
  });
});
