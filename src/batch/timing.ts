/**
 * TIMING=1: where the time went, as ESLint prints it: a table of rules (and the engine's phases:
 * [load], [parse], [model]) with the milliseconds spent and their share, slowest first. The model is
 * partly lazy: what a rule is first to ask for (dates, lists, citations) is counted in that rule.
 */

export const PHASES = { load: '[load]', parse: '[parse]', model: '[model]', cache: '[cache]' } as const;

/** How many rows to print: 10 by default; TIMING=all for every row; TIMING=N for N rows (at least 10), as ESLint. */
export function timingRows(env: string | undefined): number {
  if (env === undefined) return 10;
  if (env.toLowerCase() === 'all') return Infinity;
  const n = Number.parseInt(env, 10);
  return Number.isFinite(n) && n > 10 ? n : 10;
}

export function formatTiming(timing: ReadonlyMap<string, number>, rows = 10): string {
  const entries = [...timing].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const total = entries.reduce((sum, [, ms]) => sum + ms, 0);
  const header = ['Rule', 'Time (ms)', 'Relative'];
  const body = entries
    .slice(0, rows)
    .map(([name, ms]) => [name, ms.toFixed(3), `${total > 0 ? ((100 * ms) / total).toFixed(1) : '0.0'}%`]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ');
  // ESLint's alignment row: ":----|----:|----:" under a left and two right-aligned columns.
  const align = `:${'-'.repeat(widths[0])}|${'-'.repeat(widths[1] + 1)}:|${'-'.repeat(widths[2])}:`;
  return [line(header), align, ...body.map(line)].join('\n') + '\n';
}
