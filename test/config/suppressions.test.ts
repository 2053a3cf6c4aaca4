/** Bulk suppressions: --suppress-all, --suppress-rule, counts per file and rule, new findings, pruning, Word files. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Paragraph, makeDocx } from '../helpers/make-docx.js';
import { CLEAN, STALE, cli, lintJson, project } from './helpers.js';

const TWO_KCSIE = `${CLEAN}\nStaff read KCSIE 2023.\n\nGovernors read KCSIE 2022.\n`;
const read = (dir: string, name = 'policy-lint-suppressions.json') => JSON.parse(readFileSync(join(dir, name), 'utf8'));

describe('bulk suppressions', () => {
  it('--suppress-all records the errors per file and rule; later runs accept them and fail on new ones', async () => {
    const dir = project({ 'a.md': STALE, 'trust/b.md': TWO_KCSIE, 'c.md': CLEAN.replace('June 2028', 'December 2026') });
    const first = await lintJson(dir, ['.', '--suppress-all']);
    expect(first.code).toBe(0);
    expect(first.results.every((r) => r.errorCount === 0)).toBe(true);
    // Only errors are recorded (c.md's due-soon warning is not), with paths relative to the current directory.
    expect(read(dir)).toEqual({ 'a.md': { 'review-date-current': { count: 1 } }, 'trust/b.md': { 'kcsie-current': { count: 2 } } });
    const b = first.results.find((r) => r.filePath.endsWith('b.md'))!;
    expect(b.suppressedMessages?.map((m) => [m.ruleId, m.suppressions])).toEqual([
      ['kcsie-current', [{ kind: 'file', justification: '' }]],
      ['kcsie-current', [{ kind: 'file', justification: '' }]],
    ]);

    const later = await lintJson(dir, ['.']);
    expect(later.code).toBe(0);
    expect(later.results.map((r) => r.errorCount)).toEqual([0, 0, 0]);
    expect(later.results.find((r) => r.filePath.endsWith('c.md'))!.warningCount).toBe(1);

    // A third KCSIE citation: more than accepted, so all three are reported (as ESLint does).
    writeFileSync(join(dir, 'trust/b.md'), `${TWO_KCSIE}\nAll read KCSIE 2021.\n`);
    const more = await lintJson(dir, ['.']);
    expect(more.code).toBe(1);
    expect(more.results.find((r) => r.filePath.endsWith('b.md'))!.messages.map((m) => m.ruleId)).toEqual(['kcsie-current', 'kcsie-current', 'kcsie-current']);
    // A new finding of another rule in an accepted file fails too.
    writeFileSync(join(dir, 'a.md'), `${STALE}\nStaff read KCSIE 2023.\n`);
    writeFileSync(join(dir, 'trust/b.md'), TWO_KCSIE);
    const other = await lintJson(dir, ['.']);
    expect(other.code).toBe(1);
    expect(other.results.find((r) => r.filePath.endsWith('a.md'))!.messages.map((m) => m.ruleId)).toEqual(['kcsie-current']);
  });

  it('--suppress-rule records only that rule, keeping other entries', async () => {
    const dir = project({ 'a.md': `${STALE}\nStaff read KCSIE 2023.\n` });
    const run = await lintJson(dir, ['a.md', '--suppress-rule', 'kcsie-current']);
    expect(run.code).toBe(1);
    expect(run.results[0].messages.map((m) => m.ruleId)).toEqual(['review-date-current']);
    expect(read(dir)).toEqual({ 'a.md': { 'kcsie-current': { count: 1 } } });
    await lintJson(dir, ['a.md', '--suppress-rule', 'review-date-current']);
    expect(read(dir)).toEqual({ 'a.md': { 'kcsie-current': { count: 1 }, 'review-date-current': { count: 1 } } });
  });

  it('fewer findings than accepted: exit 2 asking for --prune-suppressions, which lowers or removes the entries', async () => {
    const dir = project({ 'a.md': TWO_KCSIE, 'b.md': STALE });
    await lintJson(dir, ['.', '--suppress-all']);
    writeFileSync(join(dir, 'a.md'), `${CLEAN}\nStaff read KCSIE 2023.\n`);
    writeFileSync(join(dir, 'b.md'), CLEAN);
    const run = await lintJson(dir, ['.']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'policy-lint: 2 suppressions in policy-lint-suppressions.json no longer occur: run again with --prune-suppressions to remove them (or --pass-on-unpruned-suppressions to ignore this).\n',
    );
    expect((await lintJson(dir, ['.', '--pass-on-unpruned-suppressions'])).code).toBe(0);
    const pruned = await lintJson(dir, ['.', '--prune-suppressions']);
    expect(pruned.code).toBe(0);
    expect(read(dir)).toEqual({ 'a.md': { 'kcsie-current': { count: 1 } } });
    expect((await lintJson(dir, ['.'])).code).toBe(0);
  });

  it('--suppressions-location puts the file elsewhere', async () => {
    const dir = project({ 'a.md': STALE });
    await lintJson(dir, ['a.md', '--suppress-all', '--suppressions-location', 'ci/accepted.json']);
    expect(existsSync(join(dir, 'policy-lint-suppressions.json'))).toBe(false);
    expect(read(dir, 'ci/accepted.json')).toEqual({ 'a.md': { 'review-date-current': { count: 1 } } });
    expect((await lintJson(dir, ['a.md', '--suppressions-location', 'ci/accepted.json'])).code).toBe(0);
    expect((await lintJson(dir, ['a.md'])).code).toBe(1);
  });

  it('a Word policy\'s findings can be accepted (it has no place for a comment)', async () => {
    const bytes = await makeDocx([
      new Paragraph('Name of the Designated Teacher for CLA and PLA'),
      new Paragraph('Jo Gant'),
      new Paragraph('Staff read KCSIE 2023.'),
      new Paragraph('Review: June 2028'),
    ]);
    const dir = project({ 'policy.docx': Buffer.from(bytes) });
    const before = await lintJson(dir, ['policy.docx']);
    expect(before.results[0].messages.map((m) => m.ruleId)).toEqual(['kcsie-current']);
    await lintJson(dir, ['policy.docx', '--suppress-all']);
    expect(read(dir)).toEqual({ 'policy.docx': { 'kcsie-current': { count: 1 } } });
    const after = await lintJson(dir, ['policy.docx']);
    expect(after.code).toBe(0);
    expect(after.results[0].messages).toEqual([]);
  });

  it('a broken suppressions file is a usage error', async () => {
    const dir = project({ 'a.md': STALE, 'policy-lint-suppressions.json': '{ "a.md": { "kcsie-current": { "count": "two" } } }' });
    const run = await cli(['a.md'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/the suppressions file .*policy-lint-suppressions\.json: "a\.md" > "kcsie-current" must be \{ "count": N \} with a whole number N\.\n$/);
  });
});
