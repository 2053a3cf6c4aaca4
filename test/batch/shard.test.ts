import { parseShard, shardFiles } from '../../src/batch/shard.js';
import { ConfigError } from '../../src/config.js';
import { cli } from '../helpers/cli.js';
import { AS_OF } from '../helpers/lint.js';
import { shuffle, tempDir, writeCorpus } from './helpers.js';

describe('--shard i/n', () => {
  const files = Array.from({ length: 23 }, (_, i) => `/policies/school-${String(i).padStart(2, '0')}.md`);

  it.each([1, 2, 3, 4, 7, 23, 30])('the %i shards are the whole list, with no overlap, within one file of each other', (n) => {
    const input = shuffle(files);
    const shards = Array.from({ length: n }, (_, k) => shardFiles(input, `${k + 1}/${n}`));
    const union = shards.flat();
    expect([...union].sort()).toEqual([...files].sort());
    expect(new Set(union).size).toBe(union.length);
    const sizes = shards.map((s) => s.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });

  it('is deterministic: round-robin on the sorted list, whatever the input order', () => {
    expect(shardFiles(shuffle(files, 1), '2/3')).toEqual(shardFiles(shuffle(files, 99), { index: 2, count: 3 }));
    expect(shardFiles(['d', 'a', 'c', 'b', 'e'], '1/2')).toEqual(['a', 'c', 'e']);
    expect(shardFiles(['d', 'a', 'c', 'b', 'e'], '2/2')).toEqual(['b', 'd']);
  });

  it('validates i/n: whole numbers with 1 <= i <= n', () => {
    expect(parseShard('1/1')).toEqual({ index: 1, count: 1 });
    expect(parseShard(' 3 / 4 ')).toEqual({ index: 3, count: 4 });
    for (const bad of ['0/3', '4/3', '1/0', '0/0', '-1/2', '1.5/2', '1/2.0', 'a/b', '2', '1/2/3', '', '/2']) {
      expect(() => parseShard(bad)).toThrow(ConfigError);
    }
  });

  it('CLI: a bad --shard is a usage error (exit 2, one line)', async () => {
    for (const bad of ['0/2', '3/2', 'x']) {
      const run = await cli(['fixtures/seeds', '--shard', bad]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^policy-lint: --shard expects i\/n with whole numbers 1 <= i <= n \(e\.g\. 2\/4\), not ".*"\.\n$/);
    }
  });

  it('CLI: the shards of a directory together report every file once', async () => {
    const dir = tempDir();
    const written = writeCorpus(dir, 7);
    const paths: string[] = [];
    for (const shard of ['1/3', '2/3', '3/3']) {
      const run = await cli(['.', '--date', AS_OF, '--shard', shard, '-f', 'json'], { cwd: dir });
      paths.push(...(JSON.parse(run.stdout) as Array<{ filePath: string }>).map((r) => r.filePath));
    }
    expect(paths.sort()).toEqual([...written].sort());
  }, 30_000);
});

describe('CLI: --concurrency', () => {
  it('auto, off and N give the same report; a bad value is a usage error', async () => {
    const dir = tempDir();
    writeCorpus(dir, 9);
    const off = await cli(['.', '--date', AS_OF, '--concurrency', 'off', '-f', 'json'], { cwd: dir });
    const two = await cli(['.', '--date', AS_OF, '--concurrency', '2', '-f', 'json'], { cwd: dir });
    const auto = await cli(['.', '--date', AS_OF, '-f', 'json'], { cwd: dir });
    expect(off.code).toBe(1);
    expect(two).toEqual(off);
    expect(auto).toEqual(off);
    for (const bad of ['0', 'lots', '1.5']) {
      const run = await cli(['.', '--concurrency', bad], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^policy-lint: --concurrency expects auto, off or a whole number of workers of 1 or more, not ".*"\.\n$/);
    }
  }, 60_000);
});
