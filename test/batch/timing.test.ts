import { formatTiming, timingRows } from '../../src/batch/timing.js';
import { runBatchWithStats } from '../../src/batch/run.js';
import { builtinRules } from '../../rules/index.js';
import { cli } from '../helpers/cli.js';
import { AS_OF } from '../helpers/lint.js';
import { tempDir, writeCorpus } from './helpers.js';

describe('TIMING', () => {
  it('formats ESLint\'s table: rule, time (ms), relative %, slowest first', () => {
    const table = formatTiming(new Map([['kcsie-current', 2.5], ['[parse]', 7.5]]));
    expect(table).toBe(
      ['Rule          | Time (ms) | Relative', ':-------------|----------:|--------:', '[parse]       |     7.500 |    75.0%', 'kcsie-current |     2.500 |    25.0%', ''].join('\n'),
    );
    expect(timingRows(undefined)).toBe(10);
    expect(timingRows('1')).toBe(10);
    expect(timingRows('all')).toBe(Infinity);
    expect(timingRows('25')).toBe(25);
  });

  it('runBatch fills the map in-process: every rule and the load, parse and model phases', async () => {
    const dir = tempDir();
    const files = writeCorpus(dir, 9);
    const timings = new Map<string, number>();
    const { stats } = await runBatchWithStats(files, { date: AS_OF, concurrency: 2, timings });
    expect(stats.workers).toBe(0);
    expect([...timings.keys()].sort()).toEqual(['[load]', '[model]', '[parse]', ...builtinRules.filter((r) => r.meta.recommended !== false).map((r) => r.meta.id)].sort()); // the rules that ran (the adviser's pack is off by default)
    for (const ms of timings.values()) expect(ms).toBeGreaterThanOrEqual(0);
    expect(timings.get('[parse]')).toBeGreaterThan(0);
  }, 30_000);

  it('CLI: TIMING=1 prints the table to stderr after the report (stdout unchanged)', async () => {
    const dir = tempDir();
    writeCorpus(dir, 3);
    const plain = await cli(['.', '--date', AS_OF, '-f', 'json'], { cwd: dir });
    const timed = await cli(['.', '--date', AS_OF, '-f', 'json'], { cwd: dir, env: { TIMING: '1' } });
    expect(timed.code).toBe(plain.code);
    expect(timed.stdout).toBe(plain.stdout);
    const lines = timed.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Rule +\| Time \(ms\) \| Relative$/);
    expect(lines[1]).toMatch(/^:-+\|-+:\|-+:$/);
    const rows = lines.slice(2).map((line) => {
      const match = /^(\S+) +\| +(\d+\.\d{3}) \| +(\d+\.\d)%$/.exec(line);
      expect(match).not.toBeNull();
      return { name: match![1], ms: Number(match![2]), pct: Number(match![3]) };
    });
    // The ten slowest, as ESLint's TIMING=1 (TIMING=all prints every row), of the phases and the rules that ran.
    const ran = ['[load]', '[model]', '[parse]', ...builtinRules.filter((r) => r.meta.recommended !== false).map((r) => r.meta.id)];
    expect(rows).toHaveLength(Math.min(10, ran.length));
    for (const row of rows) expect(ran).toContain(row.name);
    expect(rows.map((r) => r.ms)).toEqual([...rows.map((r) => r.ms)].sort((a, b) => b - a));
    expect(rows.reduce((sum, r) => sum + r.pct, 0)).toBeCloseTo(100, 0);
    expect(lines.every((line) => line.length === lines[0].length)).toBe(true);
  }, 30_000);

  it('CLI: no table without TIMING', async () => {
    const dir = tempDir();
    writeCorpus(dir, 1);
    expect((await cli(['.', '--date', AS_OF], { cwd: dir })).stderr).toBe('');
  });
});
