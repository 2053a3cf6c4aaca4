/** Runs the CLI in-process with captured output. */
import { runCli } from '../../src/cli.js';
import type { StdinSource } from '../../src/stdin.js';
import { ROOT } from './lint.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(args: string[], opts: { cwd?: string; tty?: boolean; env?: Record<string, string>; stdin?: StdinSource } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: { write: (s: string) => (stdout += s), isTTY: opts.tty ?? false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    cwd: opts.cwd ?? ROOT,
    env: opts.env ?? {},
    stdin: opts.stdin,
  });
  return { code, stdout, stderr };
}
