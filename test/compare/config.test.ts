/**
 * The config key `model` (top level, or per folder in overrides), as --model: resolved from the config
 * file's folder, read once before any policy is linted, shown by --print-config; --model wins.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../helpers/cli.js';

const MODEL = [
  '# [School name] Policy for Children Looked After',
  '## 1. The designated teacher',
  'The designated teacher for looked-after children at [School name] is ..........',
  'The designated teacher must attend the training provided by the Virtual School at least every two years.',
  '## 2. Suspensions and exclusions',
  'The school will work with the Virtual School before any decision to suspend a looked-after child, and will consider every alternative to suspension first.',
  'The headteacher must inform the Virtual School Head on the day of any suspension.',
].join('\n\n');
const OTHER_MODEL = MODEL.replace('must attend the training', 'should attend the training');
const COPY = MODEL.replace(/\[School name\]/g, 'Oakfield Primary School').replace('..........', 'Mrs Jo Gant');

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'policy-lint-model-config-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const modelFindings = (stdout: string) =>
  (JSON.parse(stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; messageId: string }> }>).map((r) => [
    r.filePath.split('/').slice(-2).join('/'),
    r.messages.filter((m) => m.ruleId.startsWith('model-')).map((m) => `${m.ruleId}/${m.messageId}`),
  ]);

describe('the config key model', () => {
  it('compares each folder with the model its config names (overrides per folder); --model wins', async () => {
    const dir = project({
      'models/herts.md': MODEL,
      'models/trust.md': OTHER_MODEL,
      '.policylintrc.yaml': 'model: models/herts.md\noverrides:\n  - files: ["trust/**"]\n    model: models/trust.md\n',
      'herts/oak.md': COPY,
      'trust/oak.md': COPY,
    });
    const run = await cli(['herts', 'trust', '--date', '2026-11-23', '-f', 'json'], { cwd: dir });
    // The copy says "must": the Herts model's words; the trust's model says "should".
    expect(modelFindings(run.stdout)).toEqual([
      ['herts/oak.md', []],
      ['trust/oak.md', ['model-text-changed/changed']],
    ]);
    const printed = JSON.parse((await cli(['--print-config', 'trust/oak.md'], { cwd: dir })).stdout) as { model: string };
    expect(printed.model).toBe('models/trust.md');
    const overridden = await cli(['herts', 'trust', '--date', '2026-11-23', '-f', 'json', '--model', 'models/trust.md'], { cwd: dir });
    expect(modelFindings(overridden.stdout)).toEqual([
      ['herts/oak.md', ['model-text-changed/changed']],
      ['trust/oak.md', ['model-text-changed/changed']],
    ]);
  });

  it('a model that cannot be read stops the run (exit 2) before any policy is linted', async () => {
    const dir = project({ '.policylintrc.yaml': 'model: models/missing.docx\n', 'oak.md': COPY });
    const run = await cli(['oak.md'], { cwd: dir });
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(/^policy-lint: .*\.policylintrc\.yaml: model: cannot read ".*missing\.docx" \(no such file\)\.\n$/);
    const cliModel = await cli(['oak.md', '--model', 'nope.pdf'], { cwd: dir });
    expect(cliModel.stderr).toBe('policy-lint: --model: cannot read "nope.pdf" (no such file).\n');
  });
});

describe('model-issue-current fed by the cover of the model given with --model', () => {
  it('Edwinstree, based on issue 11, against the Herts model whose cover says issue 13; Windermere (issue 13) passes', async () => {
    const args = ['fixtures/seeds/edwinstree-middle.md', 'fixtures/seeds/windermere-primary.md', '--no-config-lookup', '--rule', 'model-issue-current:warn', '--date', '2026-11-23', '--model', 'fixtures/models/herts-cla-issue-13.md', '-f', 'json'];
    const results = JSON.parse((await cli(args)).stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; line: number; message: string }> }>;
    const found = results.map((r) => [r.filePath.split('/').pop(), r.messages.filter((m) => m.ruleId === 'model-issue-current').map((m) => `${m.line}: ${m.message}`)]);
    expect(found).toEqual([
      ['edwinstree-middle.md', ['246: The policy is based on issue 11 (August 2022) of the model policy given with --model (herts-cla-issue-13.md); the current issue is issue 13.']],
      ['windermere-primary.md', []],
    ]);
  });
});
