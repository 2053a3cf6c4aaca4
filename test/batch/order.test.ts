import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBatch, runBatchWithStats, workerCount, AUTO_MIN_FILES } from '../../src/batch/run.js';
import { parseConcurrency } from '../../src/batch/options.js';
import { lintFiles } from '../../src/index.js';
import { ConfigError } from '../../src/config.js';
import { AS_OF } from '../helpers/lint.js';
import { shuffle, tempDir, writeCorpus } from './helpers.js';

describe('runBatch: order and concurrency', () => {
  const dir = tempDir();
  const files = shuffle(writeCorpus(dir, 12));
  // An unreadable file in the middle: its fatal result keeps its place too.
  files.splice(5, 0, join(dir, 'missing.md'));

  it('returns results in the order of `files`, the same JSON on 2 workers as in-process', async () => {
    const inProcess = await runBatchWithStats(files, { date: AS_OF, concurrency: 'off' });
    const pooled = await runBatchWithStats(files, { date: AS_OF, concurrency: 2 });
    expect(inProcess.stats.workers).toBe(0);
    expect(pooled.stats.workers).toBe(2);
    expect(inProcess.results.map((r) => r.filePath)).toEqual(files);
    expect(JSON.stringify(pooled.results)).toBe(JSON.stringify(inProcess.results));
    expect(inProcess.results[5].messages).toEqual([expect.objectContaining({ ruleId: null, fatal: true })]);
    expect(inProcess.results.filter((r) => r.messages.length > 0 && !r.messages[0].fatal).length).toBeGreaterThan(5);
  }, 60_000);

  it('relative paths are resolved from cwd; onProgress counts every file once', async () => {
    const seen: Array<[number, number]> = [];
    const results = await runBatch(['policy-000.md', 'policy-001.txt'], { cwd: dir, date: AS_OF, concurrency: 2, onProgress: (d, t) => seen.push([d, t]) });
    expect(results.map((r) => r.filePath)).toEqual([join(dir, 'policy-000.md'), join(dir, 'policy-001.txt')]);
    expect(seen).toEqual([
      [1, 2],
      [2, 2],
    ]);
  }, 60_000);

  it('lintFiles takes concurrency and gives the same results as before (sorted paths)', async () => {
    const a = await lintFiles([dir], { date: AS_OF, concurrency: 2 });
    const b = await lintFiles([dir], { date: AS_OF, concurrency: 'off' });
    const one = await lintFiles([dir], { date: AS_OF, concurrency: 1 });
    expect(a.map((r) => r.filePath)).toEqual([...a.map((r) => r.filePath)].sort());
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(one)).toBe(JSON.stringify(b));
  }, 60_000);

  it("'auto' stays in-process for a small batch, and with plugins (not serialisable)", () => {
    expect(workerCount('auto', AUTO_MIN_FILES - 1, false)).toBe(0);
    expect(workerCount('auto', 1000, true)).toBe(0);
    expect(workerCount('off', 1000, false)).toBe(0);
    // A number is that many workers, 1 included (as ESLint's --concurrency): off is the in-process one.
    expect(workerCount(1, 1000, false)).toBe(1);
    expect(workerCount(3, 2, false)).toBe(2);
    expect(workerCount(3, 0, false)).toBe(0);
  });

  it('--concurrency values: auto, off, N >= 1; anything else is a ConfigError', () => {
    expect(parseConcurrency('auto')).toBe('auto');
    expect(parseConcurrency('OFF')).toBe('off');
    expect(parseConcurrency('4')).toBe(4);
    expect(parseConcurrency(undefined)).toBe('auto');
    for (const bad of ['0', '-1', '1.5', 'many', '']) expect(() => parseConcurrency(bad)).toThrow(ConfigError);
    expect(() => parseConcurrency(0)).toThrow(ConfigError);
  });

  it('a bad setting throws ConfigError before any file is linted', async () => {
    let calls = 0;
    const onProgress = () => calls++;
    await expect(runBatch(files, { rules: { 'no-such-rule': 'error' }, concurrency: 2, onProgress })).rejects.toThrow(ConfigError);
    await expect(runBatch(files, { date: '2026-02-30', onProgress })).rejects.toThrow(ConfigError);
    expect(calls).toBe(0);
  }, 60_000);

  it('reportUnusedDisableDirectives reaches the workers (lintFiles)', async () => {
    const own = tempDir();
    writeFileSync(join(own, 'p.md'), 'Name of the Designated Teacher for CLA and PLA\n\nJo Gant\n\n<!-- policy-lint-disable-next-line kcsie-current -->\nReview: June 2028\n');
    const off = await lintFiles([own], { date: AS_OF, concurrency: 'off', reportUnusedDisableDirectives: 'warn' });
    const two = await lintFiles([own], { date: AS_OF, concurrency: 2, reportUnusedDisableDirectives: 'warn' });
    expect(off[0].warningCount).toBe(1);
    expect(JSON.stringify(two)).toBe(JSON.stringify(off));
  }, 60_000);

  it('rule settings reach the workers', async () => {
    const file = join(dir, 'stale.md');
    writeFileSync(file, 'Name of the Designated Teacher for CLA and PLA\n\nJo Gant\n\nReview: June 2026\n');
    const [warned] = await runBatch([file], { date: AS_OF, concurrency: 2, rules: { 'review-date-current': 'warn' } });
    expect(warned.messages.map((m) => [m.ruleId, m.severity])).toEqual([['review-date-current', 1]]);
  }, 60_000);
});
