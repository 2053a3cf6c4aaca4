import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveCacheLocation } from '../../src/batch/cache.js';
import { runBatchWithStats } from '../../src/batch/run.js';
import type { BatchOptions } from '../../src/batch/options.js';
import { lintFiles } from '../../src/index.js';
import { AS_OF, only } from '../helpers/lint.js';
import { cli } from '../helpers/cli.js';
import { tempDir, writeCorpus } from './helpers.js';

function setup() {
  const dir = tempDir('policy-lint-cache-');
  const files = writeCorpus(dir, 3);
  const cacheLocation = join(dir, 'cache.json');
  const run = (options: BatchOptions = {}) => runBatchWithStats(files, { date: AS_OF, cache: true, cacheLocation, concurrency: 'off', ...options });
  return { dir, files, cacheLocation, run };
}

describe('--cache', () => {
  it('a second run lints nothing and gives the same results', async () => {
    const { run } = setup();
    const first = await run();
    expect(first.stats).toEqual(expect.objectContaining({ linted: 3, cached: 0 }));
    const second = await run();
    expect(second.stats).toEqual(expect.objectContaining({ linted: 0, cached: 3 }));
    expect(second.results).toEqual(first.results);
  });

  it('a changed file is the only one linted again', async () => {
    const { run, files } = setup();
    const before = await run();
    appendFileSync(files[1], '\nKeeping Children Safe in Education (KCSIE) 2019 applies.\n');
    const after = await run();
    expect(after.stats).toEqual(expect.objectContaining({ linted: 1, cached: 2 }));
    // The changed file's result is a fresh one; the others are as before.
    const fresh = await runBatchWithStats(files, { date: AS_OF, concurrency: 'off' });
    expect(after.results).toEqual(fresh.results);
    expect(after.results[1]).not.toEqual(before.results[1]);
    const again = await run();
    expect(again.stats).toEqual(expect.objectContaining({ linted: 0, cached: 3 }));
    expect(again.results).toEqual(fresh.results);
  });

  it('content, not the modification time, decides: rewriting the same bytes keeps the entry', async () => {
    const { run, files } = setup();
    await run();
    writeFileSync(files[0], readFileSync(files[0]));
    expect((await run()).stats).toEqual(expect.objectContaining({ linted: 0, cached: 3 }));
  });

  it('a changed --date re-lints every file; going back to the first date re-lints them again', async () => {
    const { run } = setup();
    await run();
    expect((await run({ date: '2027-01-15' })).stats).toEqual(expect.objectContaining({ linted: 3, cached: 0 }));
    expect((await run({ date: '2027-01-15' })).stats).toEqual(expect.objectContaining({ linted: 0, cached: 3 }));
    expect((await run()).stats).toEqual(expect.objectContaining({ linted: 3, cached: 0 }));
  });

  it('the date does not matter when no active rule reads it', async () => {
    const { run } = setup();
    const rules = only('designated-teacher-named');
    await run({ rules });
    expect((await run({ rules, date: '2030-01-01' })).stats).toEqual(expect.objectContaining({ linted: 0, cached: 3 }));
  });

  it('changed settings (a severity, an option) re-lint every file', async () => {
    const { run } = setup();
    await run();
    expect((await run({ rules: { 'kcsie-current': 'warn' } })).stats.linted).toBe(3);
    expect((await run({ rules: { 'review-date-current': ['error', { dueSoonDays: 90 }] } })).stats.linted).toBe(3);
    // Spelling out a default is the same setting.
    await run();
    expect((await run({ rules: { 'kcsie-current': 'error' } })).stats.linted).toBe(0);
  });

  it('a corrupt or unreadable cache file is ignored and rewritten, never fatal', async () => {
    const { run, cacheLocation } = setup();
    for (const junk of ['{"format":1,"entries":', 'null', '[1,2]', '{"format":1,"entries":{"x":{"hash":1}}}', '\u0000\u0001binary']) {
      writeFileSync(cacheLocation, junk);
      const { stats, results } = await run();
      expect(stats).toEqual(expect.objectContaining({ linted: 3, cached: 0, warnings: [] }));
      expect(results.every((r) => r.fatalErrorCount === 0)).toBe(true);
      expect(JSON.parse(readFileSync(cacheLocation, 'utf8'))).toEqual(expect.objectContaining({ format: 1 }));
      expect((await run()).stats.cached).toBe(3);
    }
  });

  it('a cache that cannot be written is a warning, not a failure', async () => {
    const { run, files } = setup();
    const { stats, results } = await run({ cacheLocation: join(files[0], 'inside-a-file', 'cache') });
    expect(stats.linted).toBe(3);
    expect(results).toHaveLength(3);
    expect(stats.warnings).toEqual([expect.stringMatching(/^could not write the cache file /)]);
  });

  it('fatal results are not cached', async () => {
    const { dir, files, run } = setup();
    const broken = join(dir, 'broken.pdf');
    writeFileSync(broken, 'not a PDF at all');
    const withBroken = [...files, broken];
    const first = await run({}).then(() => runBatchWithStats(withBroken, { date: AS_OF, cache: true, cacheLocation: join(dir, 'cache.json') }));
    expect(first.results[3].messages[0]).toEqual(expect.objectContaining({ ruleId: null, fatal: true }));
    const second = await runBatchWithStats(withBroken, { date: AS_OF, cache: true, cacheLocation: join(dir, 'cache.json') });
    expect(second.stats).toEqual(expect.objectContaining({ linted: 1, cached: 3 }));
  });

  it('works with workers too', async () => {
    const { run } = setup();
    expect((await run({ concurrency: 2 })).stats).toEqual(expect.objectContaining({ linted: 3, workers: 2 }));
    expect((await run({ concurrency: 2 })).stats).toEqual(expect.objectContaining({ linted: 0, cached: 3, workers: 0 }));
  }, 30_000);

  it('the location: default .policylintcache in cwd; a directory holds .policylintcache', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'caches'));
    expect(resolveCacheLocation(undefined, dir)).toBe(join(dir, '.policylintcache'));
    expect(resolveCacheLocation('caches', dir)).toBe(join(dir, 'caches', '.policylintcache'));
    expect(resolveCacheLocation('new-dir/', dir)).toBe(join(dir, 'new-dir', '.policylintcache'));
    expect(resolveCacheLocation('my.cache', dir)).toBe(join(dir, 'my.cache'));
  });

  it('CLI: --cache writes .policylintcache in the cwd; --cache-location DIR puts it inside', async () => {
    const { dir } = setup();
    const first = await cli(['.', '--date', AS_OF, '--cache', '-f', 'json'], { cwd: dir });
    expect(existsSync(join(dir, '.policylintcache'))).toBe(true);
    const second = await cli(['.', '--date', AS_OF, '--cache', '-f', 'json'], { cwd: dir });
    expect(second).toEqual(first);
    mkdirSync(join(dir, 'ci'));
    await cli(['.', '--date', AS_OF, '--cache', '--cache-location', 'ci', '-f', 'json'], { cwd: dir });
    expect(existsSync(join(dir, 'ci', '.policylintcache'))).toBe(true);
  }, 30_000);

  it('lintFiles takes cache and cacheLocation', async () => {
    const { dir } = setup();
    const a = await lintFiles([dir], { date: AS_OF, cache: true, cacheLocation: join(dir, 'api.cache') });
    expect(existsSync(join(dir, 'api.cache'))).toBe(true);
    const b = await lintFiles([dir], { date: AS_OF, cache: true, cacheLocation: join(dir, 'api.cache') });
    expect(b).toEqual(a);
  });
});
