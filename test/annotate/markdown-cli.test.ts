/**
 * --annotate for .md and .txt (footnotes at the lines), and the command line around it: never writing to
 * an input, refusing a folder being linted, replacing reviewed copies only with --annotate-force, standard
 * input to standard output, cached results, workers, and the HTML report's link.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtinRules } from '../../rules/index.js';
import { runCli } from '../../src/cli.js';
import { cli } from '../helpers/cli.js';

const POLICY = [
  '# Children Looked After Policy',
  '',
  'The designated teacher is Jo Gant.',
  '',
  'We follow Keeping Children Safe in Education 2023.',
  '',
  '| Document | Edition |',
  '| --- | --- |',
  '| Safeguarding | Keeping Children Safe in Education 2021 |',
  '',
  '```',
  'Keeping Children Safe in Education 2022',
  '```',
  '',
  'Next review: June 2026',
  '',
].join('\n');

/** Two rules on, so that the notes' numbers are the test's, whatever other rules policy-lint gains. */
const CONFIG = JSON.stringify({
  rules: Object.fromEntries(builtinRules.map((r) => [r.meta.id, ['kcsie-current', 'review-date-current'].includes(r.meta.id) ? r.meta.defaultSeverity : 'off'])),
});

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'policy-lint-annotate-'));
  for (const [name, text] of Object.entries({ '.policylintrc.json': CONFIG, ...files })) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

function hashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[p] = `${createHash('sha256').update(readFileSync(p)).digest('hex')} ${statSync(p).mtimeMs}`;
    }
  };
  walk(dir);
  return out;
}

describe('--annotate: a reviewed Markdown copy', () => {
  it('marks each finding\'s line with a footnote and lists the notes at the end; code blocks and tables stay whole', async () => {
    const dir = project({ 'policies/cla.md': POLICY });
    const before = hashes(join(dir, 'policies'));
    const run = await cli(['policies', '--date', '2026-11-23', '--annotate', 'reviewed', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('policy-lint: wrote 1 reviewed document to reviewed.');
    expect(hashes(join(dir, 'policies'))).toEqual(before);
    const out = readFileSync(join(dir, 'reviewed', 'policies', 'cla.reviewed.md'), 'utf8');
    const lines = out.split('\n');
    expect(lines[4]).toBe('We follow Keeping Children Safe in Education 2023. [^policy-lint-1]');
    // In a table row the marker sits inside the last cell.
    expect(lines[8]).toBe('| Safeguarding | Keeping Children Safe in Education 2021 [^policy-lint-2] |');
    // The code block is as it was.
    expect(lines.slice(10, 13)).toEqual(['```', 'Keeping Children Safe in Education 2022', '```']);
    expect(out).toContain('## Review notes (policy-lint, as of 23 November 2026)');
    expect(out).toMatch(/^\[\^policy-lint-1\]: Line 5\. \*\*Error: Current KCSIE cited \(kcsie-current\)\*\*: Cites KCSIE 2023; .* What to do: Update the reference to KCSIE 2023 to KCSIE 2026.* Guidance: .*<https:\/\/www\.gov\.uk\/[^>]+>$/m);
    expect(out).toMatch(/^\[\^policy-lint-2\]: Line 9\. \*\*Error: Current KCSIE cited/m);
    expect(lines[14]).toBe('Next review: June 2026 [^policy-lint-3]');
    expect(out).toMatch(/^\[\^policy-lint-3\]: Line 15\. \*\*Error: Review date not passed/m);
    // The results say where the reviewed copy is.
    const [result] = JSON.parse(run.stdout) as Array<{ reviewedFile?: string }>;
    expect(result.reviewedFile).toBe(join(dir, 'reviewed', 'policies', 'cla.reviewed.md'));
  });

  it('a .txt policy keeps its line breaks; a whole-document finding is listed, not marked', async () => {
    const dir = project({ 'p.txt': 'Children Looked After Policy\nWe support children in care.\nOur designated teacher is Jo Gant.\n' });
    expect((await cli(['p.txt', '--date', '2026-11-23', '--annotate', 'out'], { cwd: dir })).code).toBe(0);
    const out = readFileSync(join(dir, 'out', 'p.reviewed.md'), 'utf8');
    expect(out.startsWith('Children Looked After Policy  \nWe support children in care.  \n')).toBe(true);
    expect(out).toMatch(/^- \(The whole document\.\) \*\*Warning: Review date not passed \(review-date-current\)\*\*: No next review date found/m);
  });
});

describe('--annotate on the command line', () => {
  it('refuses the folder being linted, or a folder inside it, before linting (exit 2)', async () => {
    const dir = project({ 'policies/cla.md': POLICY });
    const same = await cli(['policies', '--annotate', 'policies'], { cwd: dir });
    expect(same).toMatchObject({ code: 2, stdout: '' });
    expect(same.stderr).toBe('policy-lint: --annotate: "policies" is the folder being linted: write the reviewed documents to a folder outside it (the next run would lint them as policies).\n');
    const inside = await cli(['policies', '--annotate', 'policies/reviewed'], { cwd: dir });
    expect(inside.stderr).toMatch(/"policies\/reviewed" is inside "policies", which is being linted/);
    expect(readdirSync(join(dir, 'policies'))).toEqual(['cla.md']);
    expect((await cli(['policies', '--annotate-force'], { cwd: dir })).stderr).toMatch(/--annotate-force replaces reviewed documents that --annotate writes: add --annotate DIR/);
    expect((await cli(['policies', '--annotate', '-'], { cwd: dir })).stderr).toMatch(/--annotate - writes the reviewed document to standard output: it needs --stdin/);
  });

  it('replaces a reviewed copy only with --annotate-force; cached results and workers annotate too', async () => {
    const dir = project({ 'policies/a.md': POLICY, 'policies/b.md': POLICY.replace('2023', '2021') });
    const args = ['policies', '--date', '2026-11-23', '--annotate', 'out', '--cache', '--cache-location', join(dir, '.cache')];
    expect((await cli(args, { cwd: dir })).code).toBe(1);
    const again = await cli(args, { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('policy-lint: --annotate: "out/policies/a.reviewed.md" is already there: add --annotate-force to replace the reviewed documents, or choose another folder.\n');
    writeFileSync(join(dir, 'out', 'policies', 'a.reviewed.md'), 'old');
    const forced = await cli([...args, '--annotate-force', '--concurrency', '2'], { cwd: dir });
    expect(forced.code).toBe(1);
    expect(readFileSync(join(dir, 'out', 'policies', 'a.reviewed.md'), 'utf8')).toContain('[^policy-lint-1]');
    expect(readFileSync(join(dir, 'out', 'policies', 'b.reviewed.md'), 'utf8')).toContain('Cites KCSIE 2021');
  });

  it('--stdin --annotate - writes the reviewed document to standard output, and the report only to -o', async () => {
    const dir = project({});
    const chunks: Array<string | Uint8Array> = [];
    const code = await runCli(['--stdin', '--stdin-filename', 'cla.md', '--date', '2026-11-23', '--annotate', '-', '-o', 'report.txt'], {
      stdout: { write: (s: string | Uint8Array) => chunks.push(s) },
      stderr: { write: () => true },
      cwd: dir,
      env: {},
      stdin: () => POLICY,
    });
    expect(code).toBe(1);
    const out = chunks.map((c) => (typeof c === 'string' ? c : Buffer.from(c).toString('utf8'))).join('');
    expect(out.startsWith('# Children Looked After Policy\n')).toBe(true);
    expect(out).toContain('## Review notes (policy-lint, as of 23 November 2026)');
    expect(readFileSync(join(dir, 'report.txt'), 'utf8')).toContain('kcsie-current');
  });

  it('the HTML report links each file to its reviewed copy', async () => {
    const dir = project({ 'policies/cla.md': POLICY });
    const run = await cli(['policies', '--date', '2026-11-23', '--annotate', 'out', '--format', 'html'], { cwd: dir });
    expect(run.stdout).toContain('<a class="reviewed" href="out/policies/cla.reviewed.md">Reviewed copy</a>');
  });
});
