import { mkdtempSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { builtinRules } from '../rules/index.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { cli } from './helpers/cli.js';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'policy-lint-cli-'));
}

const STALE = 'Name of the Designated Teacher for CLA and PLA\n\nJo Gant\n\nReview: June 2026\n';
const CLEAN = 'Name of the Designated Teacher for CLA and PLA\n\nJo Gant\n\nReview: June 2028\n';

describe('policy-lint CLI', () => {
  it('lints the seeds as of 2026-11-23 with the core table of findings, exit 1', async () => {
    const run = await cli(['fixtures/seeds', '--date', '2026-11-23', '--format', 'json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; line: number }> }>;
    const summary = results.map((r) => [r.filePath.split('/').pop(), r.messages.map((m) => `${m.ruleId}@${m.line}`)]);
    expect(summary).toEqual([
      ['bushey-st-james-trust.md', ['review-date-current@13']],
      ['edwinstree-middle.md', ['review-date-current@19', 'kcsie-current@210', 'ap-hours-current@334']],
      ['hartsfield-jmi-from-pdf.txt', ['kcsie-current@446', 'kcsie-current@475', 'suspension-methods-listed@496', 'review-date-current@531']],
      ['hartsfield-jmi.md', ['review-date-current@15', 'kcsie-current@215', 'suspension-methods-listed@231']],
      ['windermere-primary.md', ['review-date-current@10', 'kcsie-current@199']],
    ]);
  });

  it('JSON output has ESLint\'s result shape', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'p.md'), STALE);
    const run = await cli(['p.md', '--date', '2026-11-23', '-f', 'json'], { cwd: dir });
    const [result] = JSON.parse(run.stdout);
    expect(Object.keys(result)).toEqual(expect.arrayContaining(['filePath', 'messages', 'errorCount', 'warningCount', 'fatalErrorCount', 'fixableErrorCount', 'fixableWarningCount']));
    expect(result.filePath).toBe(join(dir, 'p.md'));
    expect(result.messages[0]).toEqual(
      expect.objectContaining({ ruleId: 'review-date-current', severity: 2, line: 5, column: 9, endLine: 5, endColumn: 18, message: expect.any(String) }),
    );
    expect(result.errorCount).toBe(1);
  });

  it('exit 0 and no output for a clean file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'p.md'), CLEAN);
    const run = await cli(['p.md', '--date', '2026-11-23'], { cwd: dir });
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('stylish output is plain when not a terminal and coloured with --color', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'p.md'), STALE);
    const plain = await cli(['p.md', '--date', '2026-11-23'], { cwd: dir });
    expect(plain.stdout).toContain('5:9');
    expect(plain.stdout).toContain('review-date-current');
    expect(plain.stdout).not.toContain('\u001b[');
    const coloured = await cli(['p.md', '--date', '2026-11-23', '--color'], { cwd: dir });
    expect(coloured.stdout).toContain('\u001b[');
    const forcedOff = await cli(['p.md', '--date', '2026-11-23', '--no-color'], { cwd: dir, tty: true });
    expect(forcedOff.stdout).not.toContain('\u001b[');
  });

  it('--rule changes a severity; --quiet drops warnings; --max-warnings fails on too many', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'p.md'), STALE);
    const warn = await cli(['p.md', '--date', '2026-11-23', '--rule', 'review-date-current:warn', '-f', 'json'], { cwd: dir });
    expect(warn.code).toBe(0);
    expect(JSON.parse(warn.stdout)[0].warningCount).toBe(1);
    const quiet = await cli(['p.md', '--date', '2026-11-23', '--rule', 'review-date-current:warn', '--quiet', '-f', 'json'], { cwd: dir });
    expect(JSON.parse(quiet.stdout)[0].messages).toEqual([]);
    const max = await cli(['p.md', '--date', '2026-11-23', '--rule', 'review-date-current:warn', '--max-warnings', '0'], { cwd: dir });
    expect(max.code).toBe(1);
    expect(max.stderr).toMatch(/too many warnings \(maximum: 0\)/);
    const off = await cli(['p.md', '--date', '2026-11-23', '--rule', 'review-date-current:off'], { cwd: dir });
    expect(off.code).toBe(0);
  });

  it('rule options as JSON', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'p.md'), 'Name of the Designated Teacher for CLA and PLA\n\nJo Gant\n\nReview: January 2027\n');
    const soon = await cli(['p.md', '--date', '2026-11-23', '--rule', 'review-date-current:["warn",{"dueSoonDays":60}]', '-f', 'json'], { cwd: dir });
    expect(JSON.parse(soon.stdout)[0].warningCount).toBe(1);
  });

  it.each([
    [['--rule', 'kcsie-curent:error', 'x.md'], /Unknown rule "kcsie-curent"\. Did you mean "kcsie-current"\?/],
    [['--rule', 'kcsie-current:loud', 'x.md'], /severity must be "off", "warn" or "error"/],
    [['--rule', 'review-date-current:["warn",{"dueSoonDays":"soon"}]', 'x.md'], /option "dueSoonDays" must be integer \(got "soon"\)/],
    [['--rule', 'review-date-current:["warn",{"dueSonDays":3}]', 'x.md'], /unknown option "dueSonDays"/],
    [['--date', '2026-02-30', 'x.md'], /--date must be a real date written YYYY-MM-DD/],
    [['--date', '23/11/2026', 'x.md'], /--date must be a real date/],
    [['--max-warnings', 'many', 'x.md'], /--max-warnings expects a whole number/],
    [['--frobnicate'], /Unknown option '--frobnicate'/],
    [['no-such-dir/**/*.md'], /No files matching the pattern "no-such-dir\/\*\*\/\*\.md" were found/],
    [[], /no files given/],
    [['-f', 'no-such-formatter', 'fixtures/examples'], /no-such-formatter/],
  ])('usage error %j exits 2 with one line and no stack trace', async (args, message) => {
    const run = await cli(args as string[]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toBe('');
  });

  it('--help, --version, --list-rules', async () => {
    expect((await cli(['--help'])).stdout).toMatch(/Usage|policy-lint \[options\]/);
    expect((await cli(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    const list = await cli(['--list-rules']);
    const listed = list.stdout.split("\n").filter((l) => /^\S/.test(l));
    expect(listed.map((l) => l.split(" ")[0])).toEqual(builtinRules.map((r) => r.meta.id));
    expect(listed.slice(0, 6).map((l) => l.split(" ")[0])).toEqual([
      "designated-teacher-named", "kcsie-current", "suspension-methods-listed", "ap-hours-current", "review-date-current", "docx-tracked-changes",
    ]);
    // The adviser's pack is marked.
    for (const rule of builtinRules) expect(listed.find((l) => l.startsWith(`${rule.meta.id} `))!.endsWith(' (adviser)')).toBe(rule.meta.recommended === false);
  });

  it('a file that cannot be read gives one fatal message and the run goes on', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'good.md'), CLEAN);
    writeFileSync(join(dir, 'binary.md'), Buffer.from([0x00, 0x01, 0x02, 0x03]));
    writeFileSync(join(dir, 'old.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const run = await cli(['good.md', 'binary.md', 'old.doc', 'missing.md', '--date', '2026-11-23', '-f', 'json'], { cwd: dir }).catch((e) => e);
    // missing.md matches nothing: a usage error, like ESLint. Without it the run lints the rest.
    expect(run.code).toBe(2);
    const rest = await cli(['good.md', 'binary.md', 'old.doc', '--date', '2026-11-23', '-f', 'json'], { cwd: dir });
    expect(rest.code).toBe(1);
    const results = JSON.parse(rest.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: null; fatal: boolean; message: string }> }>;
    const byName = Object.fromEntries(results.map((r) => [r.filePath.split('/').pop(), r.messages]));
    expect(byName['good.md']).toEqual([]);
    expect(byName['binary.md']).toEqual([expect.objectContaining({ ruleId: null, fatal: true, message: expect.stringMatching(/binary/) })]);
    expect(byName['old.doc']).toEqual([expect.objectContaining({ ruleId: null, fatal: true, message: expect.stringMatching(/\.doc.*save it as \.docx or PDF/i) })]);
  });

  it('never writes to the files it lints', async () => {
    const dir = tempDir();
    const file = join(dir, 'p.md');
    writeFileSync(file, STALE);
    const before = statSync(file).mtimeMs;
    await cli(['p.md', '--date', '2026-11-23'], { cwd: dir });
    expect(readFileSync(file, 'utf8')).toBe(STALE);
    expect(statSync(file).mtimeMs).toBe(before);
  });

  it('--output-file writes the report there, not to stdout', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'p.md'), STALE);
    const run = await cli(['p.md', '--date', '2026-11-23', '-f', 'json', '-o', 'out/report.json'], { cwd: dir });
    expect(run.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'out', 'report.json'), 'utf8'))[0].errorCount).toBe(1);
  });
});

describe('encodings', () => {
  it.each([
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(STALE)])],
    ['CRLF line ends', Buffer.from(STALE.replace(/\n/g, '\r\n'))],
    ['Windows-1252', iconv.encode(STALE.replace('Jo Gant', 'Zo\u00eb O\u2019Neill'), 'windows-1252')],
  ])('%s reads correctly with the same positions', async (_, bytes) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'p.md'), bytes);
    const run = await cli(['p.md', '--date', '2026-11-23', '-f', 'json'], { cwd: dir });
    const [result] = JSON.parse(run.stdout);
    expect(result.messages.map((m: { ruleId: string; line: number; column: number }) => [m.ruleId, m.line, m.column])).toEqual([['review-date-current', 5, 9]]);
  });

  it('a Windows-1252 "Save as text" file keeps its curly quotes', async () => {
    const { Linter } = await import('../src/linter.js');
    const dir = tempDir();
    // \x93 and \x94 are “ and ” in Windows-1252.
    writeFileSync(join(dir, 'p.txt'), Buffer.from('Staff read \x93Keeping Children Safe in Education\x94 September 2023.\n', 'latin1'));
    const result = await new Linter({ date: '2026-11-23' }).lintFile(join(dir, 'p.txt'));
    const kcsie = result.messages.find((m) => m.ruleId === 'kcsie-current');
    expect(kcsie?.excerpt).toContain('\u201cKeeping Children Safe in Education\u201d September 2023');
  });
});

describe('guidance knowledge: KCSIE 2026, staleness, --print-guidance', () => {
  const KCSIE_2025 = `${CLEAN}\nAll staff read Keeping Children Safe in Education (September 2025).\n`;

  it('a KCSIE September 2025 citation: one kcsie-current error naming KCSIE 2026 as of 2026-11-23; none as of 2026-08-31', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'p.md'), KCSIE_2025);
    const after = await cli(['p.md', '--date', '2026-11-23', '-f', 'json'], { cwd: dir });
    const kcsie = JSON.parse(after.stdout)[0].messages.filter((m: { ruleId: string }) => m.ruleId === 'kcsie-current');
    expect(kcsie).toEqual([
      expect.objectContaining({
        severity: 2,
        line: 7,
        message: 'Cites KCSIE 2025; the edition in force on 23 November 2026 is KCSIE 2026 (in force from 1 September 2026).',
      }),
    ]);
    expect(after.code).toBe(1);
    const before = await cli(['p.md', '--date', '2026-08-31', '-f', 'json'], { cwd: dir });
    expect(JSON.parse(before.stdout)[0].messages.filter((m: { ruleId: string }) => m.ruleId === 'kcsie-current')).toEqual([]);
    expect(before.code).toBe(0);
  });

  it('stale knowledge is said once on stderr for a multi-file run, never in the JSON on stdout', async () => {
    const dir = tempDir();
    for (const name of ['a.md', 'b.md', 'c.markdown']) writeFileSync(join(dir, name), CLEAN.replace('2028', '2029'));
    const stale = await cli(['.', '--date', '2027-06-02', '-f', 'json'], { cwd: dir });
    expect(JSON.parse(stale.stdout)).toHaveLength(3);
    expect(stale.stderr.match(/guidance facts were last checked/g)).toHaveLength(1);
    expect(stale.stderr).toMatch(/^policy-lint: note: policy-lint's guidance facts were last checked on 1 December 2026, more than 6 months before the as-of date \(2 June 2027\): .*knowledge\.editions.*\n$/);
    expect(stale.code).toBe(0);
    const fresh = await cli(['.', '--date', '2026-12-01', '-f', 'json'], { cwd: dir });
    expect(fresh.stderr).toBe('');
    const sixMonths = await cli(['.', '--date', '2027-06-01'], { cwd: dir });
    expect(sixMonths).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('json-with-metadata carries the data date and the staleness; the HTML footer dates the facts and notes staleness', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'p.md'), CLEAN.replace('2028', '2029'));
    const fresh = JSON.parse((await cli(['p.md', '--date', '2026-11-23', '-f', 'json-with-metadata'], { cwd: dir })).stdout);
    expect(fresh.metadata.guidanceData).toEqual({ checked: '2026-12-01', asOf: '2026-11-23', months: 0, stale: false });
    const stale = JSON.parse((await cli(['p.md', '--date', '2027-06-02', '-f', 'json-with-metadata'], { cwd: dir })).stdout);
    expect(stale.metadata.guidanceData).toEqual({
      checked: '2026-12-01',
      asOf: '2027-06-02',
      months: 6,
      stale: true,
      notice: expect.stringMatching(/last checked on 1 December 2026.*knowledge\.editions/),
    });

    const freshHtml = (await cli(['p.md', '--date', '2026-11-23', '-f', 'html'], { cwd: dir })).stdout;
    const footer = (html: string) => html.slice(html.indexOf('<footer'), html.indexOf('</footer>'));
    expect(footer(freshHtml)).toContain('the facts about guidance were last checked against research on <span id="guidance-checked">1 December 2026</span>');
    expect(freshHtml).not.toContain('id="guidance-stale"');
    const staleHtml = (await cli(['p.md', '--date', '2027-06-02', '-f', 'html'], { cwd: dir })).stdout;
    expect(footer(staleHtml)).toMatch(/<p class="stale-note" id="guidance-stale" role="note">.*more than 6 months before the as-of date \(2 June 2027\).*knowledge\.editions/);
  });

  it('--print-guidance --date: each document with the edition in force, its in-force day and sources; exit 0', async () => {
    const { defaultGuidance, findEdition } = await import('../src/guidance/index.js');
    const kcsie2026 = findEdition(defaultGuidance.documents.kcsie, 2026)!;
    const run = await cli(['--print-guidance', '--date', '2026-11-23']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const block = (id: string) => run.stdout.slice(run.stdout.indexOf(`\n${id}: `) + 1).split('\n\n')[0];
    const kcsie = block('kcsie');
    expect(kcsie).toMatch(/^kcsie: Keeping children safe in education/);
    expect(kcsie).toContain('in force: KCSIE 2026, from 1 September 2026');
    for (const source of kcsie2026.sources) expect(kcsie).toContain(source.split(' ')[0]);
    expect(kcsie).toContain(defaultGuidance.documents.kcsie.url);
    expect(block('working-together-safeguard')).toContain('in force: Working Together to Safeguard Children 2026, from 18 March 2026');
    expect(block('kinship-care-guidance')).toContain('in force: Kinship care statutory guidance 2024, from 11 October 2024');
    for (const id of Object.keys(defaultGuidance.documents)) expect(run.stdout).toContain(`\n${id}: `);

    const before = await cli(['--print-guidance', '--date', '2026-08-31']);
    expect(before.stdout).toContain('in force: KCSIE 2025, from 1 September 2025');
    expect(before.stdout).toContain('next:     KCSIE 2026, from 1 September 2026');
    const early = await cli(['--print-guidance', '--date', '2016-01-01']);
    expect(early.code).toBe(0);
    expect(early.stdout).toMatch(/\nkcsie: [^\n]*\n {2}in force: no edition in force on 1 January 2016/);
  });

  it('--print-guidance: a bad --date exits 2; config knowledge is included; stale knowledge is noted on stderr', async () => {
    const bad = await cli(['--print-guidance', '--date', '2026-13-01']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^policy-lint: --date must be a real date written YYYY-MM-DD/);
    expect(bad.stdout).toBe('');

    const dir = tempDir();
    writeFileSync(join(dir, '.policylintrc.yaml'), 'knowledge:\n  editions:\n    kcsie:\n      - { year: 2027, inForce: "2027-09-01" }\n');
    const run = await cli(['--print-guidance', '--date', '2027-09-01'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('from .policylintrc.yaml (knowledge) are included');
    expect(run.stdout).toContain('in force: KCSIE 2027, from 1 September 2027');
    expect(run.stderr.match(/policy-lint: note: /g)).toHaveLength(1);
  });

  it('--help lists --print-guidance', async () => {
    expect((await cli(['--help'])).stdout).toMatch(/--print-guidance +List the guidance documents/);
  });
});
