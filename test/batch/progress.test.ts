import { formatDuration, ProgressDisplay, renderProgress, shouldShowProgress, type ProgressStream } from '../../src/batch/progress.js';
import { runCli } from '../../src/cli.js';
import { AS_OF } from '../helpers/lint.js';
import { tempDir, writeCorpus } from './helpers.js';

class FakeStream implements ProgressStream {
  out = '';
  constructor(
    readonly isTTY: boolean,
    readonly columns?: number,
  ) {}
  write(s: string) {
    this.out += s;
    return true;
  }
}

describe('progress line', () => {
  it('renders count, rate and time left', () => {
    expect(renderProgress(0, 1000, 0)).toBe('Linting 0/1000');
    expect(renderProgress(120, 1000, 2912)).toBe('Linting 120/1000 · 41.2 files/s · about 22 s left');
    expect(renderProgress(100, 1000, 10_000)).toBe('Linting 100/1000 · 10.0 files/s · about 1 min 30 s left');
    expect(renderProgress(1000, 1000, 20_000)).toBe('Linting 1000/1000 · 50.0 files/s');
    expect(formatDuration(0.2)).toBe('1 s');
    expect(formatDuration(120)).toBe('2 min');
    expect(formatDuration(3725)).toBe('1 h 2 min');
  });

  it('redraws in place with \\r, at most every interval (and always at the end), then clears the line', () => {
    let now = 0;
    const stream = new FakeStream(true);
    const progress = new ProgressDisplay(stream, 10, { now: () => now, intervalMs: 100 });
    now = 500;
    progress.update(1);
    now = 550;
    progress.update(2); // too soon: not drawn
    now = 1000;
    progress.update(3);
    now = 1010;
    progress.update(10); // the last file is always drawn
    progress.clear();
    const frames = stream.out.split('\r\u001b[K');
    expect(frames).toEqual(['', 'Linting 1/10 · 2.0 files/s · about 5 s left', 'Linting 3/10 · 3.0 files/s · about 3 s left', 'Linting 10/10 · 9.9 files/s', '']);
    expect(stream.out).not.toContain('\n');
  });

  it('fits a narrow terminal and clears nothing when nothing was drawn', () => {
    const stream = new FakeStream(true, 20);
    let now = 0;
    const progress = new ProgressDisplay(stream, 10, { now: () => now });
    progress.clear();
    expect(stream.out).toBe('');
    now = 1000;
    progress.update(10);
    expect(stream.out).toBe('\r\u001b[K' + 'Linting 10/10 · 10.0 files/s'.slice(0, 19));
  });

  it('is shown only on a terminal, for more than 5 files, outside CI, without --no-progress', () => {
    const tty = new FakeStream(true);
    expect(shouldShowProgress({ stream: tty, total: 6, env: {} })).toBe(true);
    expect(shouldShowProgress({ stream: tty, total: 5, env: {} })).toBe(false);
    expect(shouldShowProgress({ stream: new FakeStream(false), total: 100, env: {} })).toBe(false);
    expect(shouldShowProgress({ stream: tty, total: 100, env: { CI: 'true' } })).toBe(false);
    expect(shouldShowProgress({ stream: tty, total: 100, env: { CI: '1' } })).toBe(false);
    expect(shouldShowProgress({ stream: tty, total: 100, env: {}, enabled: false })).toBe(false);
  });

  it('CLI: on stderr only, cleared before the report; never with --no-progress or CI', async () => {
    const dir = tempDir();
    writeCorpus(dir, 7);
    const run = async (args: string[], env: Record<string, string> = {}) => {
      const stdout = new FakeStream(true);
      const stderr = new FakeStream(true);
      const code = await runCli(['.', '--date', AS_OF, '--concurrency', 'off', ...args], { stdout, stderr, cwd: dir, env });
      return { code, stdout: stdout.out, stderr: stderr.out };
    };
    const shown = await run([]);
    expect(shown.code).toBe(1);
    expect(shown.stderr.startsWith('\r\u001b[KLinting ')).toBe(true);
    expect(shown.stderr).toContain('Linting 7/7');
    expect(shown.stderr.endsWith('\r\u001b[K')).toBe(true);
    expect(shown.stdout).not.toContain('Linting');
    expect(shown.stdout).not.toContain('\r');
    expect((await run(['--no-progress'])).stderr).toBe('');
    expect((await run([], { CI: 'true' })).stderr).toBe('');
  }, 30_000);
});
