/** Declarative rules written in a config: require-section, require-named-role, stale-phrase, cite-current. */
import { ROOT } from '../helpers/lint.js';
import { cli, lintJson, project, summary } from './helpers.js';

/** Lints `text` as p.md with only the defined rules (built-in rules off). */
async function lintDefined(define: string, text: string, rules: string, file = 'p.md') {
  const builtins = ['designated-teacher-named', 'kcsie-current', 'suspension-methods-listed', 'ap-hours-current', 'review-date-current', 'docx-tracked-changes'];
  const config = `define:\n${define}\nrules:\n${builtins.map((b) => `  ${b}: "off"`).join('\n')}\n${rules}\n`;
  const dir = project({ '.policylintrc.yaml': config, [file]: text });
  const run = await lintJson(dir, [file]);
  expect(run.stderr).toBe('');
  return run.results[0].messages;
}

describe('the declarative example config on the seeds', () => {
  it('flags the citations of Behaviour in Schools 2022 and of the 2022 suspension guidance, with no code', async () => {
    const run = await cli(['fixtures/seeds', '--config', 'examples/declarative/.policylintrc.yaml', '--date', '2026-11-23', '-f', 'json', '--concurrency', 'off'], { cwd: ROOT });
    expect(run.stderr).toBe('');
    const results = JSON.parse(run.stdout) as Parameters<typeof summary>[0];
    const herts = Object.fromEntries(
      Object.entries(summary(results)).map(([file, found]) => [file.split('/').pop(), found.filter((f) => f.startsWith('herts/'))]),
    );
    expect(herts).toEqual({
      'bushey-st-james-trust.md': ['herts/behaviour-current@63', 'herts/behaviour-current@207', 'herts/suspension-guidance-current@207', 'herts/behaviour-current@319'],
      'edwinstree-middle.md': ['herts/behaviour-current@214', 'herts/suspension-guidance-current@214', 'herts/behaviour-current@328'],
      'hartsfield-jmi-from-pdf.txt': [
        'herts/behaviour-current@119',
        'herts/behaviour-current@454',
        'herts/suspension-guidance-current@455',
        'herts/behaviour-current@476',
        'herts/behaviour-current@477',
        'herts/suspension-guidance-current@478',
        'herts/suspension-guidance-current@479',
        'herts/behaviour-current@795',
        'herts/behaviour-current@863',
      ],
      'hartsfield-jmi.md': ['herts/behaviour-current@78', 'herts/behaviour-current@219', 'herts/suspension-guidance-current@219', 'herts/behaviour-current@331'],
      // Windermere cites the 2024 editions: Behaviour in Schools 2024 is current; the 2024 suspension guidance was replaced in July 2026.
      'windermere-primary.md': ['herts/suspension-guidance-current@203'],
    });
    const messages = results.flatMap((r) => r.messages);
    expect(messages.find((m) => m.ruleId === 'herts/behaviour-current')?.message).toBe(
      'Cites Behaviour in Schools 2022; the edition in force on 23 November 2026 is Behaviour in Schools 2024 (in force from 20 February 2024).',
    );
    expect(messages.find((m) => m.ruleId === 'herts/suspension-guidance-current' && m.line === 207)?.message).toBe(
      'Cites Suspension and Permanent Exclusion guidance 2022; the edition in force on 23 November 2026 is Suspension and Permanent Exclusion guidance 2026 (in force from 26 July 2026).',
    );
    // The built-in rules still run (the config extends policy-lint:recommended).
    expect(messages.some((m) => m.ruleId === 'kcsie-current')).toBe(true);
  });
});

describe('cite-current', () => {
  it('is the machinery of kcsie-current: a definition for kcsie gives the same findings', async () => {
    const text = 'Staff read KCSIE 2023 and [the guidance](https://example.org/KCSIE_2022_revised.pdf).\n';
    const defined = await lintDefined('  local/kcsie: { kind: cite-current, guidance: kcsie }', text, '  local/kcsie: error');
    const dir = project({ 'p.md': text, '.policylintrc.json': JSON.stringify({ extends: 'policy-lint:recommended', rules: { 'designated-teacher-named': 'off', 'review-date-current': 'off' } }) });
    const builtin = (await lintJson(dir, ['p.md'])).results[0].messages;
    expect(defined.map((m) => [m.line, m.column, m.message])).toEqual(builtin.map((m) => [m.line, m.column, m.message]));
    expect(defined).toHaveLength(2);
  });

  it('reads the config\'s knowledge: a definition sees an edition added there', async () => {
    const define = '  local/behaviour: { kind: cite-current, guidance: behaviour-in-schools }\nknowledge:\n  editions:\n    behaviour-in-schools: [{ year: 2026, inForce: "2026-09-01" }]';
    const messages = await lintDefined(define, 'We follow Behaviour in Schools (2024).\n', '  local/behaviour: warn');
    expect(messages).toEqual([expect.objectContaining({ severity: 1, message: expect.stringMatching(/^Cites Behaviour in Schools 2024; the edition in force on 23 November 2026 is Behaviour in Schools 2026/) })]);
  });
});

describe('require-section', () => {
  const define = '  local/safeguarding: { kind: require-section, heading: Safeguarding }';
  it.each([
    ['# Policy\n\n## Safeguarding\n\nText of the section goes here for the staff.\n', 0],
    ['# Policy\n\n## 4. Safeguarding and child protection\n\nText of the section goes here for the staff.\n', 0],
    ['# Policy\n\nSafeguarding:\n\nThe school follows the local procedures for every child on roll.\n', 0],
    ['# Policy\n\n## Attendance\n\nWe mention safeguarding in passing here, in a sentence.\n', 1],
  ])('%j -> %i', async (text, count) => {
    const messages = await lintDefined(define, text, '  local/safeguarding: error');
    expect(messages).toHaveLength(count);
    if (count) expect(messages[0]).toMatchObject({ ruleId: 'local/safeguarding', line: 1, column: 1, message: 'The policy has no "Safeguarding" section.' });
  });

  it('exact match, several headings and a custom message', async () => {
    const define = '  local/s: { kind: require-section, heading: [Safeguarding, Child protection], match: exact, message: "Add a Safeguarding section (the model policy has one)." }';
    expect(await lintDefined(define, '## Safeguarding and more\n\nText.\n', '  local/s: error')).toEqual([
      expect.objectContaining({ message: 'Add a Safeguarding section (the model policy has one).' }),
    ]);
    expect(await lintDefined(define, '## Child Protection\n\nText.\n', '  local/s: error')).toEqual([]);
  });
});

describe('require-named-role', () => {
  const define = '  local/dsl-named: { kind: require-named-role, role: Designated Safeguarding Lead }';
  it.each<[string, string | null]>([
    ['Designated Safeguarding Lead: Mrs A. Patel\n', null],
    ['Designated Safeguarding Lead: .......Sarah Gilliver......\n', null],
    ['Our Designated Safeguarding Lead is Jo Gant.\n', null],
    ['Designated Safeguarding Lead: TBC\n', 'The Designated Safeguarding Lead is not named: "Designated Safeguarding Lead" holds placeholder "TBC".'],
    ['Designated Safeguarding Lead: [name]\n', 'The Designated Safeguarding Lead is not named: "Designated Safeguarding Lead" holds placeholder "[name]".'],
    ['Designated Safeguarding Lead: ..........\n', 'The Designated Safeguarding Lead is not named: "Designated Safeguarding Lead" is left blank.'],
    ['The Designated Safeguarding Lead is ...........\n', 'The Designated Safeguarding Lead is not named: the sentence holds a placeholder, not a name.'],
    ['# Policy\n\nNo role here.\n', 'The policy does not name its Designated Safeguarding Lead.'],
  ])('%j', async (text, message) => {
    const messages = await lintDefined(define, text, '  local/dsl-named: error');
    expect(messages.map((m) => m.message)).toEqual(message ? [message] : []);
  });

  it('judges names as designated-teacher-named does', async () => {
    const values = ['Jo Gant', 'TBC', 'XXXX', '[insert name]', '...', 'Mr J. Okafor (Deputy Head)', 'Head Teacher'];
    for (const value of values) {
      const role = await lintDefined('  local/dt: { kind: require-named-role, role: Designated Teacher }', `Designated Teacher: ${value}\n`, '  local/dt: error');
      const dir = project({ 'p.md': `Designated Teacher: ${value}\n` });
      const builtin = (await lintJson(dir, ['p.md', '--rule', 'review-date-current:off'])).results[0].messages;
      expect([value, role.length]).toEqual([value, builtin.length]);
    }
  });

  it('label and exclude as regular expressions', async () => {
    const define = '  local/gov: { kind: require-named-role, role: designated governor, label: "designated governor|governor for (?:CLA|looked after)", exclude: deputy }';
    expect((await lintDefined(define, 'Governor for CLA: TBC\n', '  local/gov: error')).map((m) => m.message)).toEqual([
      'The designated governor is not named: "Governor for CLA" holds placeholder "TBC".',
    ]);
    expect(await lintDefined(define, 'Designated governor: Ann Lee\n\nDeputy designated governor: TBC\n', '  local/gov: error')).toEqual([]);
  });
});

describe('stale-phrase', () => {
  it('reports each match with the message and the replacement, at its place', async () => {
    const define = '  local/no-fixed-term: { kind: stale-phrase, pattern: "fixed[- ]term exclusions?", message: "\\"{{match}}\\" is the old term.", replacement: suspension }';
    const text = '# Behaviour\n\nA fixed-term exclusion is rare.\n\n- Fixed term exclusions are recorded.\n';
    const messages = await lintDefined(define, text, '  local/no-fixed-term: warn');
    expect(messages.map((m) => [m.line, m.column, m.severity, m.message])).toEqual([
      [3, 3, 1, '"fixed-term exclusion" is the old term. Use "suspension" instead.'],
      [5, 3, 1, '"Fixed term exclusions" is the old term. Use "suspension" instead.'],
    ]);
  });

  it('a default message; flags; not in HTML comments or code', async () => {
    const define = '  local/lac: { kind: stale-phrase, pattern: "\\\\bLAC\\\\b", flags: "" }';
    const text = 'Support for LAC and lac.\n\n<!-- LAC -->\n\n```\nLAC\n```\n';
    const messages = await lintDefined(define, text, '  local/lac: error');
    expect(messages.map((m) => [m.line, m.message])).toEqual([[1, '"LAC" is outdated wording.']]);
  });

  it('works on extracted text (.txt) by original line', async () => {
    const define = '  local/x: { kind: stale-phrase, pattern: "fixed term exclusion", replacement: suspension }';
    const messages = await lintDefined(define, 'The school will use a\n\nfixed term exclusion only as a last resort.\n', '  local/x: error', 'p.txt');
    expect(messages.map((m) => [m.line, m.column])).toEqual([[3, 1]]);
  });
});

describe('defined rules are rules like any other', () => {
  it('off until enabled; listed by --list-rules and --print-config; usable in overrides', async () => {
    const dir = project({
      '.policylintrc.yaml': 'define:\n  local/no-lac: { kind: stale-phrase, pattern: "\\\\bLAC\\\\b" }\noverrides:\n  - files: ["on/**"]\n    rules: { local/no-lac: error }\n',
      'off/p.md': 'Support for LAC.\n',
      'on/p.md': 'Support for LAC.\n',
    });
    const run = await lintJson(dir, ['.', '--rule', 'designated-teacher-named:off', '--rule', 'review-date-current:off']);
    expect(summary(run.results)).toEqual({ 'off/p.md': [], 'on/p.md': ['local/no-lac@1'] });
    expect((await cli(['--list-rules'], { cwd: dir })).stdout).toContain('local/no-lac');
    const printed = JSON.parse((await cli(['--print-config', 'on/p.md'], { cwd: dir })).stdout);
    expect(printed.rules['local/no-lac']).toEqual(['error']);
    expect(printed.define['local/no-lac']).toEqual({ kind: 'stale-phrase', pattern: '\\bLAC\\b' });
  });
});
