/**
 * policy-lint's benchmark: `npm run bench` (builds first), or `node bench/run.js [--files N] [--baseline DIR]`.
 *
 * Builds a deterministic corpus of N policies (bench/corpus.js; default 1000, under bench/.corpus/N)
 * and, in one run, times as separate processes (so each one's peak memory is its own):
 *   (a) reading the files;
 *   (b) reading and remark-parsing them: the floor any mdast linter pays;
 *   (b2) the floor split perfectly over all cores (one floor process per core, each parsing its share):
 *        what no parallel mdast linter can beat, since (b) already keeps V8's GC threads on other cores;
 *   (c) policy-lint on one worker thread (--concurrency 1), the issue's "one worker", and (c2) on the main
 *       thread (--concurrency off): a worker gets a larger young generation than node's default, which
 *       parsing's short-lived garbage needs;
 *   (d) policy-lint on all cores (--concurrency auto);
 *   (g) N copies of the county model's own issue (built from the seed that keeps its cover), on one worker,
 *       without (g0) and with --model (goal: at most 1.3× the time);
 * (a)-(d) run in --rounds interleaved rounds (default 3): this machine's speed drifts by tens of per cent
 * from minute to minute, so each figure is the median over rounds, and each ratio the median of the
 * ratios within a round (runs a minute apart, on the same machine weather).
 *   (e) one file: `node bin/policy-lint.js FILE` against a bare `node -e` that reads and remark-parses
 *       it (median of --runs runs each, default 7);
 *   (f) a second --cache run over the same files against the first;
 * and the break-even of workers against in-process for small batches (--no-break-even to skip).
 * Figures are reported, never asserted: they depend on the machine (and on what else it is doing:
 * the load average is printed).
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { buildCorpus } from './corpus.js';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const DATE = '2026-11-23';
/** The model the (g) run compares every policy with: the Hertfordshire model the seeds (and so the corpus) come from. */
const MODEL = 'fixtures/models/herts-cla-issue-13.md';

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  if (i < 0) return fallback;
  const value = Number(process.argv[i + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} expects a whole number, not ${process.argv[i + 1]}`);
  return value;
}
const N = option('--files', 1000);
const RUNS = option('--runs', 7);
const ROUNDS = option('--rounds', 3);
const BREAK_EVEN = !process.argv.includes('--no-break-even');
/**
 * Another build of policy-lint (a checkout with dist/ built, e.g. `git worktree add ../base main`) to time
 * against this one in the same rounds: (c') is its --concurrency 1 run over the same corpus.
 */
const baselineAt = process.argv.indexOf('--baseline');
const BASELINE = baselineAt >= 0 ? process.argv[baselineAt + 1] : undefined;
/** Only the break-even table (to set AUTO_MIN_FILES on a new machine). */
const ONLY_BREAK_EVEN = process.argv.includes('--break-even-only');

// Children run as in CI (no progress line) and without TIMING.
const childEnv = { ...process.env, CI: '1' };
delete childEnv.TIMING;

const tmp = mkdtempSync(join(tmpdir(), 'policy-lint-bench-'));
let counter = 0;

/** Runs `node [--import rusage] ...args` in the repository and returns wall time, peak RSS and CPU. */
function child(args, { rusage = true, env = {} } = {}) {
  const usageFile = join(tmp, `usage-${counter++}.json`);
  const argv = rusage ? ['--import', './bench/rusage.js', ...args] : args;
  const start = performance.now();
  const run = spawnSync(process.execPath, argv, {
    cwd: ROOT,
    env: { ...childEnv, BENCH_RUSAGE: usageFile, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - start;
  if (run.status !== 0 && run.status !== 1) {
    throw new Error(`node ${argv.join(' ')} failed (${run.status ?? run.signal}):\n${run.stderr}`);
  }
  if (!rusage) return { ms };
  const usage = JSON.parse(readFileSync(usageFile, 'utf8'));
  return { ms, rssMb: usage.maxRSSKb / 1024, cpuMs: usage.userMs + usage.systemMs };
}

/**
 * Runs several `node` processes at once and waits for all: wall time from the first start to the last
 * exit, the largest peak RSS, and the CPU time of all of them.
 */
async function childrenAtOnce(argsList) {
  const start = performance.now();
  const usageFiles = await Promise.all(
    argsList.map(
      (args) =>
        new Promise((done, fail) => {
          const usageFile = join(tmp, `usage-${counter++}.json`);
          const proc = spawn(process.execPath, ['--import', './bench/rusage.js', ...args], {
            cwd: ROOT,
            env: { ...childEnv, BENCH_RUSAGE: usageFile },
            stdio: ['ignore', 'ignore', 'inherit'],
          });
          proc.on('error', fail);
          proc.on('exit', (code) => (code === 0 || code === 1 ? done(usageFile) : fail(new Error(`node ${args.join(' ')} failed (${code})`))));
        }),
    ),
  );
  const ms = performance.now() - start;
  const usages = usageFiles.map((f) => JSON.parse(readFileSync(f, 'utf8')));
  return {
    ms,
    rssMb: Math.max(...usages.map((u) => u.maxRSSKb / 1024)),
    cpuMs: usages.reduce((sum, u) => sum + u.userMs + u.systemMs, 0),
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmtMs = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`);
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

// The corpus.
const corpusDir = join(ROOT, 'bench', '.corpus', String(N));
const files = buildCorpus(join(ROOT, 'fixtures', 'seeds'), corpusDir, N);
const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
const cli = ['bin/policy-lint.js', relative(ROOT, corpusDir), '--date', DATE, '--no-progress'];
// (g): N copies of the model's own issue (built like the corpus, from the seed that keeps the issue-13 cover).
const modelSeeds = join(ROOT, 'bench', '.corpus', 'model-seed');
mkdirSync(modelSeeds, { recursive: true });
copyFileSync(join(ROOT, 'fixtures', 'seeds', 'windermere-primary.md'), join(modelSeeds, 'windermere-primary.md'));
const modelCorpus = join(ROOT, 'bench', '.corpus', `model-${N}`);
buildCorpus(modelSeeds, modelCorpus, N);
const modelCli = ['bin/policy-lint.js', relative(ROOT, modelCorpus), '--date', DATE, '--no-progress'];

console.log(`policy-lint bench: ${N} files (${(bytes / 1e6).toFixed(1)} MB) in ${relative(ROOT, corpusDir)}`);
console.log(`node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? '?'}), load average before: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log('');

let one, off, auto, cold, warm, cliOne, bareOne, bundledOne;
/** Median over rounds of each figure, and of each ratio to the floor within its round. */
const ratio = {};
if (!ONLY_BREAK_EVEN) {
  // (a)-(d): whole-corpus runs, one process each (b2: one per core), in interleaved rounds.
  const cores = availableParallelism();
  const autoWorkers = Math.min(cores, N);
  const runs = [
    ['read', '(a) read the files', () => child(['bench/floor.js', 'read', corpusDir])],
    ['floor', '(b) read + remark-parse (floor)', () => child(['bench/floor.js', 'parse', corpusDir])],
    ['split', `(b2) floor split over ${cores} processes (ideal)`, () => childrenAtOnce(Array.from({ length: cores }, (_, i) => ['bench/floor.js', 'parse', corpusDir, `${i + 1}/${cores}`]))],
    ['one', '(c) policy-lint, 1 worker (--concurrency 1)', () => child([...cli, '--concurrency', '1'])],
    ['off', '(c2) policy-lint, in-process (off)', () => child([...cli, '--concurrency', 'off'])],
    ['auto', `(d) policy-lint, all cores (auto: ${autoWorkers})`, () => child([...cli, '--concurrency', 'auto'])],
    // (g) copies of the county model's own issue, without and with --model (the model read once per worker).
    ['copies', '(g0) copies of the model, 1 worker', () => child([...modelCli, '--concurrency', '1'])],
    ['model', '(g) the same, compared with it (--model)', () => child([...modelCli, '--concurrency', '1', '--model', MODEL])],
  ];
  if (BASELINE) {
    const baseCli = [join(BASELINE, 'bin', 'policy-lint.js'), ...cli.slice(1), '--concurrency', '1'];
    runs.push(['base', "(c') baseline build, 1 worker", () => child(baseCli)]);
  }
  const samples = Object.fromEntries(runs.map(([key]) => [key, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [key, , run] of runs) samples[key].push(await run());
    process.stderr.write(`round ${round + 1}/${ROUNDS} done\n`);
  }
  const med = (key) => ({
    ms: median(samples[key].map((r) => r.ms)),
    rssMb: Math.max(...samples[key].map((r) => r.rssMb)),
    cpuMs: median(samples[key].map((r) => r.cpuMs)),
  });
  for (const [key] of runs) ratio[key] = median(samples[key].map((r, i) => r.ms / samples.floor[i].ms));
  ({ one, off, auto } = { one: med('one'), off: med('off'), auto: med('auto') });

  console.log(`medians of ${ROUNDS} rounds; × floor is the median of each round's ratio; CPU counts every thread; RSS is the highest`);
  console.log(`${pad('', 46)}${lpad('time', 9)}${lpad('docs/s', 9)}${lpad('CPU', 9)}${lpad('peak RSS', 10)}${lpad('× floor', 9)}  each round`);
  for (const [key, label] of runs) {
    const r = med(key);
    const rounds = samples[key].map((x) => fmtMs(x.ms)).join(', ');
    console.log(
      `${pad(label, 46)}${lpad(fmtMs(r.ms), 9)}${lpad((N / (r.ms / 1000)).toFixed(1), 9)}${lpad(fmtMs(r.cpuMs), 9)}${lpad(`${r.rssMb.toFixed(0)} MB`, 10)}${lpad(`${ratio[key].toFixed(2)}×`, 9)}  ${rounds}`,
    );
  }
  console.log(`(g) --model against (g0), the same ${N} copies without it: ${median(samples.model.map((r, i) => r.ms / samples.copies[i].ms)).toFixed(2)}× its time, ${median(samples.model.map((r, i) => r.cpuMs / samples.copies[i].cpuMs)).toFixed(2)}× its CPU (medians of each round's ratio; goal at most 1.3×)`);
  if (BASELINE) {
    const vsBase = median(samples.one.map((r, i) => r.ms / samples.base[i].ms));
    console.log(`(c) against the baseline build in ${BASELINE} (c'): ${vsBase.toFixed(2)}× its time per document (median of each round's ratio)`);
  }
  console.log('');

  // (e): one file, as a person runs it: the CLI against a bare read + remark-parse.
  const oneFile = files[0];
  const bare = [
    '--input-type=module',
    '-e',
    "import { readFileSync } from 'node:fs'; import { unified } from 'unified'; import remarkParse from 'remark-parse'; unified().use(remarkParse).parse(readFileSync(process.argv[1], 'utf8'));",
    oneFile,
  ];
  const oneCli = ['bin/policy-lint.js', oneFile, '--date', DATE];
  // policy-lint's CLI is a bundle (scripts/bundle.js), which loads faster than the ~100 modules of a
  // bare import of remark-parse: so the same bare script, bundled the same way, is timed too.
  const bareSource = join(tmp, 'bare.mjs');
  writeFileSync(bareSource, bare[2].replaceAll('process.argv[1]', 'process.argv[2]'));
  const { build } = await import('esbuild');
  const bareBundle = join(tmp, 'bare.bundle.mjs');
  await build({ entryPoints: [bareSource], outfile: bareBundle, bundle: true, format: 'esm', platform: 'node', absWorkingDir: ROOT, nodePaths: [join(ROOT, 'node_modules')], logLevel: 'warning' });
  const bundled = [bareBundle, oneFile];
  for (const args of [oneCli, bare, bundled]) child(args, { rusage: false });
  const cliTimes = [];
  const bareTimes = [];
  const bundledTimes = [];
  for (let i = 0; i < RUNS; i++) {
    cliTimes.push(child(oneCli, { rusage: false }).ms);
    bareTimes.push(child(bare, { rusage: false }).ms);
    bundledTimes.push(child(bundled, { rusage: false }).ms);
  }
  cliOne = median(cliTimes);
  bareOne = median(bareTimes);
  bundledOne = median(bundledTimes);
  console.log(`(e) one file (${relative(ROOT, oneFile)}, median of ${RUNS}):`);
  console.log(`    node bin/policy-lint.js FILE       ${lpad(fmtMs(cliOne), 8)}   ${(cliOne / bareOne).toFixed(2)}× bare, ${(cliOne / bundledOne).toFixed(2)}× bare bundled`);
  console.log(`    node -e (read + remark-parse)      ${lpad(fmtMs(bareOne), 8)}`);
  console.log(`    the same, bundled with esbuild     ${lpad(fmtMs(bundledOne), 8)}`);
  console.log('');

  // (f): --cache, first run against second.
  const cacheDir = join(tmp, 'cache');
  cold = child([...cli, '--cache', '--cache-location', `${cacheDir}/`]);
  warm = child([...cli, '--cache', '--cache-location', `${cacheDir}/`]);
  console.log(`(f) --cache: first run ${fmtMs(cold.ms)} (${cold.rssMb.toFixed(0)} MB), second run ${fmtMs(warm.ms)} (${warm.rssMb.toFixed(0)} MB): ${(cold.ms / warm.ms).toFixed(1)}× faster`);
  console.log('');
}

// Break-even: where workers start to pay for themselves (sets AUTO_MIN_FILES in src/batch/run.ts).
let breakEven;
if (BREAK_EVEN) {
  const workers = Math.max(2, availableParallelism());
  console.log(`break-even, --concurrency off against ${workers} workers (median of 3):`);
  console.log(`${lpad('files', 7)}${lpad('off', 10)}${lpad(`${workers} workers`, 12)}`);
  for (const n of [1, 4, 16, 32, 64, 128, 256].filter((n) => n <= N)) {
    const subset = files.slice(0, n).map((f) => relative(ROOT, f));
    const args = (c) => ['bin/policy-lint.js', ...subset, '--date', DATE, '--no-progress', '--concurrency', c];
    const inProcess = median([0, 1, 2].map(() => child(args('off'), { rusage: false }).ms));
    const pooled = median([0, 1, 2].map(() => child(args(String(workers)), { rusage: false }).ms));
    if (breakEven === undefined && pooled < inProcess) breakEven = n;
    console.log(`${lpad(n, 7)}${lpad(fmtMs(inProcess), 10)}${lpad(fmtMs(pooled), 12)}${pooled < inProcess ? '   workers win' : ''}`);
  }
  console.log(`workers first win at ${breakEven ?? `more than ${Math.min(N, 256)}`} files`);
  console.log('');
}

if (ONLY_BREAK_EVEN) {
  rmSync(tmp, { recursive: true, force: true });
  process.exit(0);
}

// Goals (reported, not asserted).
const verdict = (ok) => (ok ? 'met' : 'MISSED');
console.log('goals:');
console.log(`  1 worker within 1.15× of the floor:     ${ratio.one.toFixed(2)}×  ${verdict(ratio.one <= 1.15)}  (in-process: ${ratio.off.toFixed(2)}×)`);
console.log(`  all cores at most 0.6× of the floor:    ${ratio.auto.toFixed(2)}×  ${verdict(ratio.auto <= 0.6)}  (the floor split over all cores, the ideal: ${ratio.split.toFixed(2)}×)`);
console.log(`  one file within 1.2× of bare parse:     ${(cliOne / bareOne).toFixed(2)}×  ${verdict(cliOne <= 1.2 * bareOne)}  (against the bare script bundled: ${(cliOne / bundledOne).toFixed(2)}×)`);
console.log(`  second --cache run at least 10× faster: ${(cold.ms / warm.ms).toFixed(1)}×  ${verdict(cold.ms >= 10 * warm.ms)}`);
const peak = Math.max(one.rssMb, off.rssMb, auto.rssMb, cold.rssMb, warm.rssMb);
console.log(`  peak memory under 300 MB:               ${peak.toFixed(0)} MB  ${verdict(peak < 300)}`);
console.log(`load average after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);

rmSync(tmp, { recursive: true, force: true });
