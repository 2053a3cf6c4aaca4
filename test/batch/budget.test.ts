import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_MAX_FILE_SECONDS, IN_PROCESS_MAX_BYTES, maxFileMilliseconds, runBatchWithStats } from '../../src/batch/run.js';
import { lintFiles } from '../../src/index.js';
import { cli } from '../helpers/cli.js';
import { AS_OF } from '../helpers/lint.js';
import { tempDir, writeCorpus } from './helpers.js';

/**
 * The per-file budget. The worker spins for ever on a file named `__policy-lint-test-crash-hang__…`
 * under NODE_ENV=test with POLICY_LINT_TEST_HOOKS=1 (src/batch/worker.ts): a parser gone quadratic,
 * as the pool sees it. Nothing but the budget can stop such a file.
 */
describe('per-file time budget', () => {
  const dir = tempDir();
  const good = writeCorpus(dir, 3);
  const hang = join(dir, '__policy-lint-test-crash-hang__.md');
  copyFileSync(good[0], hang);
  // Over IN_PROCESS_MAX_BYTES: a file that could be slow. Whitespace, so linting it is quick where it is linted.
  const bigHang = join(dir, '__policy-lint-test-crash-hang__big.md');
  writeFileSync(bigHang, ' '.repeat(IN_PROCESS_MAX_BYTES + 1));
  const bigBlank = join(dir, 'big-blank.md');
  writeFileSync(bigBlank, ' '.repeat(IN_PROCESS_MAX_BYTES + 1));

  beforeAll(() => {
    process.env.POLICY_LINT_TEST_HOOKS = '1';
  });
  afterAll(() => {
    delete process.env.POLICY_LINT_TEST_HOOKS;
  });

  const overTime = (message: string) =>
    expect(message).toMatch(/^This file took longer than 1 s to check, so it was stopped and not checked: .* check it on its own with a longer limit \(--max-file-seconds 60\)\.$/);

  it('a file past its budget is stopped with one fatal finding; its worker is replaced and the batch goes on', async () => {
    const expected = await runBatchWithStats(good, { date: AS_OF, concurrency: 'off' });
    const files = [good[0], hang, good[1], good[2]];
    const { results, stats } = await runBatchWithStats(files, { date: AS_OF, concurrency: 2, maxFileSeconds: 1 });
    expect(results.map((r) => r.filePath)).toEqual(files);
    expect(stats.linted).toBe(4);
    const stopped = results[1];
    expect(stopped.messages).toHaveLength(1);
    expect(stopped.messages[0]).toEqual(expect.objectContaining({ ruleId: null, fatal: true, severity: 2, line: 1, column: 1 }));
    expect(stopped.messages[0].messageId).toBeUndefined(); // the file's doing, not an internal error of ours
    overTime(stopped.messages[0].message);
    // The other three, linted on the remaining and the replacement worker, are as if nothing happened.
    expect(JSON.stringify(results.filter((r) => r !== stopped))).toBe(JSON.stringify(expected.results));
  }, 60_000);

  it('two stopped files on one worker: each costs its own budget, the worker is replaced each time', async () => {
    const second = join(dir, '__policy-lint-test-crash-hang__2.md');
    copyFileSync(good[0], second);
    const { results } = await runBatchWithStats([hang, good[0], second], { date: AS_OF, concurrency: 1, maxFileSeconds: 1 });
    overTime(results[0].messages[0].message);
    overTime(results[2].messages[0].message);
    expect(results[1].messages.some((m) => m.fatal)).toBe(false);
  }, 60_000);

  it('in an in-process run, a file over the size limit is linted on a worker, where the budget can stop it', async () => {
    const { results, stats } = await runBatchWithStats([good[0], bigHang], { date: AS_OF, concurrency: 'off', maxFileSeconds: 1 });
    expect(stats.workers).toBe(1);
    overTime(results[1].messages[0].message);
    expect(results[0].messages.some((m) => m.fatal)).toBe(false);
  }, 60_000);

  it('a budget given explicitly holds for every file of a small batch: with concurrency auto, it goes to one worker', async () => {
    const { results, stats } = await runBatchWithStats([good[0], hang], { date: AS_OF, maxFileSeconds: 1 });
    expect(stats.workers).toBe(1);
    overTime(results[1].messages[0].message);
    expect(results[0].messages.some((m) => m.fatal)).toBe(false);
  }, 60_000);

  it('without a budget (0), nothing is sent to a worker in an in-process run', async () => {
    const { results, stats } = await runBatchWithStats([bigBlank], { date: AS_OF, concurrency: 'off', maxFileSeconds: 0 });
    expect(stats.workers).toBe(0);
    expect(results[0].messages[0].message).toMatch(/^The file is empty/);
  });

  it('a small in-process run starts no worker', async () => {
    const { stats } = await runBatchWithStats(good, { date: AS_OF });
    expect(stats.workers).toBe(0);
  });

  it('the default is 15 s; a bad value is a BatchOptionError (a usage error)', () => {
    expect(DEFAULT_MAX_FILE_SECONDS).toBe(15);
    expect(maxFileMilliseconds({})).toBe(15_000);
    expect(maxFileMilliseconds({ maxFileSeconds: 2.5 })).toBe(2_500);
    expect(() => maxFileMilliseconds({ maxFileSeconds: -1 })).toThrow(/maxFileSeconds must be a number of seconds, 0 or more/);
    expect(() => maxFileMilliseconds({ maxFileSeconds: Number.NaN })).toThrow(/maxFileSeconds/);
  });

  it('lintFiles takes maxFileSeconds', async () => {
    const results = await lintFiles([hang], { date: AS_OF, concurrency: 1, maxFileSeconds: 1 });
    overTime(results[0].messages[0].message);
  }, 60_000);

  it('CLI: --max-file-seconds stops the file (exit 1, no stack trace); a bad value is a usage error (exit 2)', async () => {
    const run = await cli([hang, good[1], '--date', AS_OF, '--concurrency', '1', '--max-file-seconds', '1', '--format', 'json']);
    expect(run.code).toBe(1);
    const [stopped, linted] = JSON.parse(run.stdout) as Array<{ messages: Array<{ message: string; fatal?: boolean }> }>;
    overTime(stopped.messages[0].message);
    expect(linted.messages.some((m) => m.fatal)).toBe(false);
    expect(run.stderr).not.toMatch(/\n\s+at /);

    for (const [flag, value] of [
      ['--max-file-seconds', 'soon'],
      ['--max-file-seconds', '-3'],
      ['--max-file-memory', '1.5'],
      ['--max-file-memory', 'lots'],
    ]) {
      const bad = await cli([good[1], `${flag}=${value}`]);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain(`${flag} expects`);
      expect(bad.stderr).toContain(`not "${value}"`);
      expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    }
  }, 60_000);
});

describe('per-file memory budget', () => {
  const dir = tempDir();
  const good = writeCorpus(dir, 2);
  const oom = join(dir, '__policy-lint-test-crash-oom__.md');
  copyFileSync(good[0], oom);

  beforeAll(() => {
    process.env.POLICY_LINT_TEST_HOOKS = '1';
  });
  afterAll(() => {
    delete process.env.POLICY_LINT_TEST_HOOKS;
  });

  it('a file whose worker passes --max-file-memory gets one fatal finding naming the limit; the batch goes on', async () => {
    const run = await cli([good[0], oom, good[1], '--date', AS_OF, '--concurrency', '2', '--max-file-memory', '64', '--format', 'json']);
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ message: string; fatal?: boolean }> }>;
    expect(results).toHaveLength(3);
    const stopped = results.find((r) => r.filePath.includes('crash-oom'))!;
    expect(stopped.messages).toHaveLength(1);
    expect(stopped.messages[0].message).toMatch(/^The worker thread linting this file ran out of memory \(more than the 64 MB one file may use\), so it was stopped/);
    for (const r of results.filter((x) => x !== stopped)) expect(r.messages.some((m) => m.fatal)).toBe(false);
  }, 60_000);
});
