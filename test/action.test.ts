/**
 * The GitHub Action, run as the runner runs it: inputs as INPUT_* variables (upper-cased, hyphens
 * kept: INPUT_FAIL-ON), GITHUB_WORKSPACE, and GITHUB_STEP_SUMMARY / GITHUB_OUTPUT files. Checks the
 * annotations, the job summary, the outputs, the SARIF file and the exit code per fail-on; then
 * action.yml and .pre-commit-hooks.yaml against what they run.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import YAML from 'yaml';
import { cliSupports, fitSummary, getInput, parseFailOn, parseFiles, runActionWithReport, type Env } from '../src/action.js';
import { ROOT, SEEDS } from './helpers/lint.js';
import { makeDocx, Paragraph } from './helpers/make-docx.js';
import { validateSarif } from './formatters/sarif-schema.js';

const CORE: Record<string, string[]> = {
  'bushey-st-james-trust.md': ['review-date-current@13'],
  'edwinstree-middle.md': ['review-date-current@19', 'kcsie-current@210', 'ap-hours-current@334'],
  'hartsfield-jmi-from-pdf.txt': ['kcsie-current@446', 'kcsie-current@475', 'suspension-methods-listed@496', 'review-date-current@531'],
  'hartsfield-jmi.md': ['review-date-current@15', 'kcsie-current@215', 'suspension-methods-listed@231'],
  'windermere-primary.md': ['review-date-current@10', 'kcsie-current@199'],
};
const FINDINGS = Object.values(CORE).flat().length;

interface Runner {
  workspace: string;
  env: Env;
  summary: () => string;
  outputs: () => Record<string, string>;
}

/** A simulated runner: a workspace with the seeds in policies/, empty summary and output files. */
function runner(inputs: Record<string, string> = {}, extra: (workspace: string) => void = () => undefined): Runner {
  const root = mkdtempSync(join(tmpdir(), 'policy-lint-action-'));
  const workspace = join(root, 'workspace');
  mkdirSync(join(workspace, 'policies'), { recursive: true });
  for (const f of readdirSync(SEEDS)) copyFileSync(join(SEEDS, f), join(workspace, 'policies', f));
  extra(workspace);
  const summaryFile = join(root, 'step_summary.md');
  const outputFile = join(root, 'output.txt');
  writeFileSync(summaryFile, '');
  writeFileSync(outputFile, '');
  const env: Env = {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    'INPUT_FILES': 'policies',
    'INPUT_DATE': '2026-11-23',
    'INPUT_FAIL-ON': 'error',
    'INPUT_CONFIG': '',
    'INPUT_SARIF-FILE': '',
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  return {
    workspace,
    env,
    summary: () => readFileSync(summaryFile, 'utf8'),
    outputs: () => Object.fromEntries(readFileSync(outputFile, 'utf8').trim().split('\n').filter(Boolean).map((l) => l.split('=') as [string, string])),
  };
}

async function act(r: Runner) {
  let stdout = '';
  let stderr = '';
  // cwd elsewhere: the action must work from GITHUB_WORKSPACE, not the process's directory.
  const report = await runActionWithReport(r.env, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, cwd: tmpdir() });
  return { ...report, stdout, stderr };
}

/** The annotations (workflow commands outside the folded, stop-commands log). */
function annotations(stdout: string): string[] {
  return stdout.split('\n').filter((l) => /^::(error|warning|notice) /.test(l));
}

describe('the action on the seeds, as of 2026-11-23', () => {
  it('fail-on error: exits 1, annotates each finding on its line, writes the summary and the outputs', async () => {
    const r = runner();
    const run = await act(r);
    expect(run.exitCode).toBe(1);

    // Annotations: one ::error per finding of the core table, with file and line.
    const got: Record<string, string[]> = {};
    for (const line of annotations(run.stdout)) {
      const m = /^::error file=policies\/([^,]+),line=(\d+),col=\d+,endLine=\d+,endColumn=\d+,title=([a-z-]+)::(.+)$/.exec(line);
      expect(m).not.toBeNull();
      (got[m![1]] ??= []).push(`${m![3]}@${m![2]}`);
    }
    expect(got).toEqual(CORE);

    // The job summary names each file and its findings.
    const summary = r.summary();
    expect(summary).toContain('## policy-lint report');
    expect(summary).toContain(`**${FINDINGS} problems** (${FINDINGS} errors, 0 warnings) in 5 files, as of 2026-11-23.`);
    for (const [file, findings] of Object.entries(CORE)) {
      expect(summary).toContain(`| \`policies/${file}\` | ${findings.length} | 0 | ❌ errors |`);
      const section = summary.slice(summary.indexOf(`### \`policies/${file}\``)).split('\n### ')[0];
      for (const f of findings) {
        const [rule, line] = f.split('@');
        expect(section).toMatch(new RegExp(`^\\| line ${line} \\| ❌ error \\| \\[${rule}\\]\\(https://[^)]+/rules/${rule}\\.md\\) \\| .+ \\|`, 'm'));
      }
    }
    expect(summary).toMatch(/The policy's next review date, December 2025, has passed/);

    expect(r.outputs()).toEqual({ errors: String(FINDINGS), warnings: '0' });
    expect(run.stdout).toContain(`policy-lint: ${FINDINGS} errors and 0 warnings in 5 files (as of 2026-11-23; fail-on: error).`);
  });

  it('annotate: writes the reviewed copies outside the policies, and the summary names each one', async () => {
    const r = runner({ annotate: 'reviewed' });
    const run = await act(r);
    expect(run.exitCode).toBe(1);
    const summary = r.summary();
    for (const file of Object.keys(CORE)) {
      const copy = `reviewed/policies/${file.replace(/\.(md|txt)$/, '')}.reviewed.md`;
      expect(readFileSync(join(r.workspace, copy), 'utf8')).toContain('## Review notes (policy-lint, as of 23 November 2026)');
      expect(summary).toContain(`Reviewed copy, with each finding as a comment: \`${copy}\``);
    }
    // A re-run of the job replaces its own copies.
    expect((await act(r)).exitCode).toBe(1);
  });

  it('fail-on never: the same reports, exit 0', async () => {
    const r = runner({ 'fail-on': 'never' });
    const run = await act(r);
    expect(run.exitCode).toBe(0);
    expect(annotations(run.stdout)).toHaveLength(FINDINGS);
    expect(r.outputs()).toEqual({ errors: String(FINDINGS), warnings: '0' });
    expect(r.summary()).toContain('### `policies/windermere-primary.md`');
  });

  it('fail-on warning fails on warnings; fail-on error does not', async () => {
    const dueSoon = (ws: string) => writeFileSync(join(ws, 'soon', 'p.md'), 'Name of the Designated Teacher for CLA and PLA\n\nJo Gant\n\nReview: December 2026\n');
    const make = (failOn: string) =>
      runner({ files: 'soon', 'fail-on': failOn }, (ws) => {
        mkdirSync(join(ws, 'soon'));
        dueSoon(ws);
      });
    const warnRun = make('warning');
    const failed = await act(warnRun);
    expect(failed.exitCode).toBe(1);
    expect(warnRun.outputs()).toEqual({ errors: '0', warnings: '1' });
    expect(annotations(failed.stdout)).toEqual([expect.stringMatching(/^::warning file=soon\/p\.md,line=5,.*title=review-date-current::/)]);
    expect((await act(make('error'))).exitCode).toBe(0);
  });

  it('sarif-file: writes SARIF that validates, relative to the workspace', async () => {
    const r = runner({ 'sarif-file': 'reports/policy-lint.sarif' });
    await act(r);
    const sarif = readFileSync(join(r.workspace, 'reports', 'policy-lint.sarif'), 'utf8');
    expect(validateSarif(sarif)).toEqual([]);
    const log = JSON.parse(sarif) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    expect(log.runs[0].results).toHaveLength(FINDINGS);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('policies/bushey-st-james-trust.md');
  });

  it('Word documents: one annotation on the file, the findings with paragraphs in the summary; unreadable files annotated', async () => {
    const docx = await makeDocx([new Paragraph('Designated Teacher for Looked After Children: Jo Gant'), new Paragraph('Review: June 2026')]);
    const r = runner({ files: 'word\nbroken.md', 'sarif-file': 'out.sarif' }, (ws) => {
      mkdirSync(join(ws, 'word'));
      writeFileSync(join(ws, 'word', 'trust policy.docx'), docx);
      writeFileSync(join(ws, 'broken.md'), Buffer.from([0, 1, 2, 3]));
    });
    const run = await act(r);
    expect(run.exitCode).toBe(1);
    const notes = annotations(run.stdout);
    expect(notes).toHaveLength(2);
    expect(notes[0]).toMatch(/^::error file=broken\.md,line=1,title=policy-lint::.*binary/);
    expect(notes[1]).toMatch(/^::error file=word\/trust policy\.docx,title=policy-lint%3A Word document::1 problem \(1 error, 0 warnings\) in this Word document: see the job summary.*%0A- review-date-current: The policy's next review date, June 2026, has passed/);
    expect(notes[1]).not.toMatch(/line=/);
    const summary = r.summary();
    expect(summary).toContain('| `word/trust policy.docx` | 1 | 0 | ❌ errors |');
    expect(summary).toMatch(/^\| paragraph 2 \| ❌ error \| \[review-date-current\]/m);
    expect(summary).toContain('| `broken.md` | 1 | 0 | ⛔ unreadable |');
    expect(validateSarif(readFileSync(join(r.workspace, 'out.sarif'), 'utf8'))).toEqual([]);
  });

  it('the log shows the stylish report, folded, with workflow commands stopped while policy text is printed', async () => {
    const r = runner({ files: 'evil.md' }, (ws) => writeFileSync(join(ws, 'evil.md'), '::add-mask::secret\n\nReview: June 2026\n'));
    const run = await act(r);
    const start = run.stdout.indexOf('::group::policy-lint report\n::stop-commands::');
    expect(start).toBe(0);
    const token = /::stop-commands::([\w-]+)/.exec(run.stdout)![1];
    const end = run.stdout.indexOf(`\n::${token}::\n::endgroup::\n`);
    expect(end).toBeGreaterThan(0);
    expect(run.stdout.slice(0, end)).toContain('review-date-current');
  });

  it('bad inputs are errors with exit 2 and an ::error line: fail-on, date, files that match nothing', async () => {
    for (const [inputs, message] of [
      [{ 'fail-on': 'sometimes' }, /fail-on must be one of error, warning, never, not "sometimes"/],
      [{ date: '23/11/2026' }, /--date must be a real date written YYYY-MM-DD/],
      [{ files: 'nowhere/*.md' }, /No files matching the pattern "nowhere\/\*\.md"/],
    ] as const) {
      const r = runner(inputs);
      const run = await act(r);
      expect(run.exitCode).toBe(2);
      expect(run.stdout).toMatch(new RegExp(`^::error title=policy-lint::.*${message.source}`, 'm'));
      expect(r.summary()).toBe('');
      expect(r.outputs()).toEqual({});
    }
  });

  it('config: passed to the CLI as --config when it has that option; otherwise reserved, and setting it fails', async () => {
    const r = runner({ config: 'ci/policy-lint.json' }, (ws) => {
      mkdirSync(join(ws, 'ci'));
      writeFileSync(join(ws, 'ci', 'policy-lint.json'), JSON.stringify({ rules: { 'kcsie-current': 'off' } }));
    });
    const run = await act(r);
    if (await cliSupports('--config')) {
      expect(run.exitCode).toBe(1);
      expect(run.stdout).not.toMatch(/title=kcsie-current/);
      const kcsie = Object.values(CORE).flat().filter((f) => f.startsWith('kcsie-current@')).length;
      expect(annotations(run.stdout).length).toBe(FINDINGS - kcsie);
    } else {
      expect(run.exitCode).toBe(2);
      expect(run.stdout).toMatch(/^::error title=policy-lint::the config input is reserved/m);
    }
    expect(await cliSupports('--date')).toBe(true);
    expect(await cliSupports('--no-such-option')).toBe(false);
  });

  it('the CLI exiting 2 after its report (suppressions that no longer occur): reports written, exit 2 whatever fail-on', async () => {
    const r = runner({ 'fail-on': 'never' }, (ws) =>
      // Three KCSIE errors accepted in windermere-primary.md, which now has one: the entry is partly unused.
      writeFileSync(join(ws, 'policy-lint-suppressions.json'), JSON.stringify({ 'policies/windermere-primary.md': { 'kcsie-current': { count: 3 } } })),
    );
    const run = await act(r);
    expect(run.exitCode).toBe(2);
    expect(annotations(run.stdout)).toHaveLength(FINDINGS - 1 + 1);
    expect(run.stdout).not.toMatch(/windermere-primary\.md,line=199/);
    expect(run.stdout).toMatch(/^::error title=policy-lint::1 suppression in policy-lint-suppressions\.json no longer occurs/m);
    expect(r.outputs()).toEqual({ errors: String(FINDINGS - 1), warnings: '0' });
    expect(r.summary()).toContain('### `policies/hartsfield-jmi.md`');
  });

  it('the bin runs in a simulated runner (the entry point action.yml calls)', () => {
    if (!existsSync(join(ROOT, 'dist', 'src', 'action.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
    const r = runner({ 'fail-on': 'never' });
    const env: Record<string, string> = { PATH: process.env.PATH ?? '' };
    for (const [k, v] of Object.entries(r.env)) if (v !== undefined) env[k] = v;
    const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'policy-lint-action.js')], { env, cwd: tmpdir(), encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(annotations(run.stdout)).toHaveLength(FINDINGS);
    expect(r.outputs()).toEqual({ errors: String(FINDINGS), warnings: '0' });
    expect(r.summary()).toContain('### `policies/hartsfield-jmi.md`');
  });
});

describe('action inputs', () => {
  it('getInput reads INPUT_NAME as the runner sets it (hyphens kept) or with underscores', () => {
    expect(getInput({ 'INPUT_FAIL-ON': ' never ' }, 'fail-on')).toBe('never');
    expect(getInput({ INPUT_FAIL_ON: 'warning' }, 'fail-on')).toBe('warning');
    expect(getInput({}, 'fail-on')).toBe('');
  });

  it('files: newlines or spaces, quotes for paths with spaces, # comments', () => {
    expect(parseFiles('policies')).toEqual(['policies']);
    expect(parseFiles('a.md b/*.docx\n  "My Policies/x.pdf"\n\n# old\nc/ \'d e.md\'')).toEqual(['a.md', 'b/*.docx', 'My Policies/x.pdf', 'c/', 'd e.md']);
    expect(parseFiles('')).toEqual([]);
  });

  it('fail-on: error by default; error, warning or never', () => {
    expect(parseFailOn('')).toBe('error');
    expect(parseFailOn('Warning')).toBe('warning');
    expect(() => parseFailOn('yes')).toThrow(/fail-on must be one of/);
  });

  it('a summary over GitHub\'s 1 MiB limit is cut at a line, saying so', () => {
    const long = `## policy-lint report\n${'| row |\n'.repeat(300_000)}`;
    const cut = fitSummary(long);
    expect(Buffer.byteLength(cut)).toBeLessThan(1024 * 1024);
    expect(cut).toMatch(/\| row \|\n\n_The report was cut here/);
    expect(fitSummary('short\n')).toBe('short\n');
  });
});

describe('action.yml and .pre-commit-hooks.yaml', () => {
  const action = YAML.parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
    outputs: Record<string, { value: string }>;
    runs: { using: string; steps: { id?: string; run: string; env?: Record<string, string>; shell: string; 'working-directory'?: string }[] };
  };

  it('is a composite action that builds from its own checkout, then runs the bin with every input', () => {
    expect(action.runs.using).toBe('composite');
    const [build, lint] = action.runs.steps;
    expect(build['working-directory']).toBe('${{ github.action_path }}');
    expect(build.run).toMatch(/npm install .*--omit=optional/);
    expect(build.run).toMatch(/npm run build/);
    expect(lint.id).toBe('lint');
    expect(lint.run).toBe('node "$GITHUB_ACTION_PATH/bin/policy-lint-action.js"');
    expect(existsSync(join(ROOT, 'bin', 'policy-lint-action.js'))).toBe(true);
    expect(Object.keys(action.inputs).sort()).toEqual(['annotate', 'config', 'date', 'fail-on', 'files', 'sarif-file']);
    for (const name of Object.keys(action.inputs)) {
      const variable = `INPUT_${name.toUpperCase().replace(/-/g, '_')}`;
      expect(lint.env?.[variable]).toBe(`\${{ inputs.${name} }}`);
      // runAction reads it under that name.
      expect(getInput({ [variable]: 'x' }, name)).toBe('x');
    }
    expect(action.inputs.files.default).toBe('.');
    expect(action.inputs['fail-on'].default).toBe('error');
    expect(action.outputs.errors.value).toBe('${{ steps.lint.outputs.errors }}');
    expect(action.outputs.warnings.value).toBe('${{ steps.lint.outputs.warnings }}');
    for (const step of action.runs.steps) expect(step.shell).toBe('bash');
    // Inputs reach the script through env, never pasted into it (script injection).
    expect(action.runs.steps.map((s) => s.run).join('\n')).not.toMatch(/\$\{\{\s*inputs\./);
  });

  it('the pre-commit hook runs the policy-lint bin on policy files, Word and PDF included', () => {
    const [hook] = YAML.parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; language: string; files: string; types?: string[] }[];
    expect(hook).toMatchObject({ id: 'policy-lint', entry: 'policy-lint', language: 'node' });
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string>; scripts: Record<string, string> };
    expect(pkg.bin['policy-lint']).toBe('bin/policy-lint.js');
    // pre-commit installs from git: npm runs `prepare` (not `prepack`) there, so it must build.
    expect(pkg.scripts.prepare).toMatch(/npm run build/);
    // Python's (?i) is the case-insensitive flag.
    const files = new RegExp(hook.files.replace(/^\(\?i\)/, ''), hook.files.startsWith('(?i)') ? 'i' : '');
    for (const f of ['p.md', 'docs/p.markdown', 'p.txt', 'Policy.DOCX', 'scan.pdf']) expect(files.test(f)).toBe(true);
    for (const f of ['p.js', 'p.doc', 'md', 'p.md.bak']) expect(files.test(f)).toBe(false);
    // No `types`: binary files (docx, pdf) are not filtered out.
    expect(hook.types).toBeUndefined();
  });
});
