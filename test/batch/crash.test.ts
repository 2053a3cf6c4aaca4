import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBatchWithStats } from '../../src/batch/run.js';
import { AS_OF } from '../helpers/lint.js';
import { tempDir, writeCorpus } from './helpers.js';

/**
 * The worker recognises `__policy-lint-test-crash-<kind>__` files only under NODE_ENV=test with
 * POLICY_LINT_TEST_HOOKS=1 (see src/batch/worker.ts): it throws, exits, runs out of memory or throws
 * outside the task for them.
 */
describe('runBatch: a file that crashes its worker', () => {
  const dir = tempDir();
  const good = writeCorpus(dir, 4);
  const crash = (kind: string) => {
    const file = join(dir, `__policy-lint-test-crash-${kind}__.md`);
    copyFileSync(good[0], file);
    return file;
  };
  const files = [good[0], crash('throw'), good[1], crash('exit'), good[2], crash('oom'), crash('uncaught'), good[3]];

  beforeAll(() => {
    process.env.POLICY_LINT_TEST_HOOKS = '1';
  });
  afterAll(() => {
    delete process.env.POLICY_LINT_TEST_HOOKS;
  });

  it('gives that file one fatal message and the batch goes on', async () => {
    const expected = await runBatchWithStats(good, { date: AS_OF, concurrency: 'off' });
    const { results, stats } = await runBatchWithStats(files, { date: AS_OF, concurrency: 2, workerMemoryLimitMb: 64 });
    expect(stats.linted).toBe(files.length);
    expect(results.map((r) => r.filePath)).toEqual(files);

    const byName = (name: string) => results.find((r) => r.filePath.includes(name))!;
    const fatal = (name: string) => {
      const result = byName(name);
      expect(result.messages).toHaveLength(1);
      expect(result.messages[0]).toEqual(expect.objectContaining({ ruleId: null, fatal: true, severity: 2, line: 1, column: 1 }));
      expect(result).toEqual(expect.objectContaining({ errorCount: 1, warningCount: 0, fatalErrorCount: 1 }));
      return result.messages[0].message;
    };
    expect(fatal('crash-throw')).toMatch(/^Internal error while linting this file: test hook: the linter threw\. The file was not linted/);
    expect(fatal('crash-exit')).toMatch(/^The worker thread linting this file stopped \(it exited with code 3\)/);
    expect(fatal('crash-oom')).toMatch(/^The worker thread linting this file ran out of memory/);
    expect(fatal('crash-uncaught')).toMatch(/^The worker thread linting this file crashed \(test hook: uncaught error in the worker\)/);

    // The other files are linted as if nothing had happened.
    const survivors = results.filter((r) => !r.filePath.includes('crash'));
    expect(JSON.stringify(survivors)).toBe(JSON.stringify(expected.results));
  }, 60_000);

  it('without the test switch, such names are ordinary files', async () => {
    delete process.env.POLICY_LINT_TEST_HOOKS;
    try {
      const { results } = await runBatchWithStats([crash('exit'), crash('throw')], { date: AS_OF, concurrency: 2 });
      for (const r of results) expect(r.messages.some((m) => m.fatal)).toBe(false);
    } finally {
      process.env.POLICY_LINT_TEST_HOOKS = '1';
    }
  });
});
