/**
 * Issue 16, item 8: the browser test never skips quietly. Run on its own (in a child Jest) with no
 * browser where it looks: without CI it is skipped and says so loudly; with CI=true it fails.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function runBrowserTest(ci: boolean): { status: number | null; output: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, POLICY_LINT_CHROMIUM: path.join(ROOT, 'no-such-chromium') };
  delete env.CI;
  if (ci) env.CI = 'true';
  const run = spawnSync(
    process.execPath,
    ['--experimental-vm-modules', path.join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js'), '--verbose', 'test/browser/html-report.test.ts'],
    { cwd: ROOT, env, encoding: 'utf8' },
  );
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('the browser test without a browser', () => {
  it('is skipped loudly outside CI', () => {
    const run = runBrowserTest(false);
    expect(run.status).toBe(0);
    expect(run.output).toMatch(/\*\*\* SKIPPED: the HTML report's browser test did not run: .*no-such-chromium is missing/);
    expect(run.output).toMatch(/Tests:\s+1 skipped, 1 total/);
  }, 60_000);

  it('fails under CI=true', () => {
    const run = runBrowserTest(true);
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(/no-such-chromium is missing, and CI=true: the browser test of the HTML report must run in CI/);
  }, 60_000);
});
