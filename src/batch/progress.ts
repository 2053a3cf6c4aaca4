/**
 * A one-line progress display on stderr for long batches:
 *
 *   Linting 120/1000 · 41.2 files/s · about 21 s left
 *
 * redrawn in place with \r and cleared when the batch ends, so the report that follows starts on a
 * clean line. Shown only on a terminal, for more than a few files, outside CI, and never on stdout.
 */

export interface ProgressStream {
  write(s: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** Batches of this many files or fewer finish too soon for a progress line to help. */
export const PROGRESS_MIN_FILES = 5;

export function shouldShowProgress(opts: {
  stream: ProgressStream;
  total: number;
  env: Record<string, string | undefined>;
  /** false with --no-progress. */
  enabled?: boolean;
}): boolean {
  if (opts.enabled === false) return false;
  if (!opts.stream.isTTY) return false;
  if (opts.env.CI !== undefined && opts.env.CI !== '' && opts.env.CI !== 'false' && opts.env.CI !== '0') return false;
  return opts.total > PROGRESS_MIN_FILES;
}

/** Erase the current line: back to column 1, clear to its end. */
const CLEAR_LINE = '\r\u001b[K';

export class ProgressDisplay {
  private readonly started: number;
  private lastDraw = -Infinity;
  private drawn = false;

  constructor(
    private readonly stream: ProgressStream,
    private readonly total: number,
    private readonly opts: { now?: () => number; intervalMs?: number } = {},
  ) {
    this.started = this.now();
  }

  private now(): number {
    return this.opts.now ? this.opts.now() : performance.now();
  }

  /** Call after each file; redraws at most every `intervalMs` (default 100), and always for the last file. */
  update(done: number): void {
    const now = this.now();
    if (done < this.total && now - this.lastDraw < (this.opts.intervalMs ?? 100)) return;
    this.lastDraw = now;
    this.stream.write(CLEAR_LINE + fit(renderProgress(done, this.total, now - this.started), this.stream.columns));
    this.drawn = true;
  }

  /** Erases the line (if anything was drawn). */
  clear(): void {
    if (this.drawn) this.stream.write(CLEAR_LINE);
    this.drawn = false;
  }
}

/** "Linting 120/1000 · 41.2 files/s · about 21 s left" (rate and time left once there is a rate). */
export function renderProgress(done: number, total: number, elapsedMs: number): string {
  let line = `Linting ${done}/${total}`;
  if (done > 0 && elapsedMs > 0) {
    const rate = done / (elapsedMs / 1000);
    line += ` · ${rate.toFixed(1)} files/s`;
    if (done < total) line += ` · about ${formatDuration((total - done) / rate)} left`;
  }
  return line;
}

/** 21 s, 3 min 20 s, 1 h 5 min (rounded up to the second). */
export function formatDuration(seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) {
    const m = Math.floor(s / 60);
    const rest = s % 60;
    return rest ? `${m} min ${rest} s` : `${m} min`;
  }
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return m ? `${h} h ${m} min` : `${h} h`;
}

function fit(line: string, columns: number | undefined): string {
  return columns && columns > 1 && line.length >= columns ? line.slice(0, columns - 1) : line;
}
