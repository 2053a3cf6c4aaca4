/**
 * Preloaded into the benchmark's child processes (node --import ./bench/rusage.js …): on exit, writes
 * the process's peak memory (maxRSS, which covers its worker threads too) and CPU time to the file
 * named by BENCH_RUSAGE.
 */
import { writeFileSync } from 'node:fs';

const out = process.env.BENCH_RUSAGE;
if (out) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(out, JSON.stringify({ maxRSSKb: usage.maxRSS, userMs: usage.userCPUTime / 1000, systemMs: usage.systemCPUTime / 1000 }));
  });
}
