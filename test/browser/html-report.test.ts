/**
 * The HTML report in a real browser: headless Chromium from Debian's `chromium` package, driven by
 * playwright-core (which downloads no browser). The report is made by the CLI (dist/, built by `npm test`)
 * on the seeds, a Word policy from ../shared/corpus when it is there, an unreadable PDF and a hostile
 * policy, and opened from file://. Checks: the totals and the chart against the JSON output of the same
 * run, filters, sorting, a feedback block per file, the Copy button, and that the page makes no request
 * but for itself, logs no console error and runs no script from a policy.
 *
 * Without /usr/bin/chromium the test fails when CI=true (.ci/run sets it and installs chromium) and is
 * skipped otherwise, loudly: a warning on stderr and a skipped test that says why. POLICY_LINT_CHROMIUM
 * names another browser binary (test/browser/skip.test.ts points it at nothing).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, HAVE_CHROMIUM, IN_CI, openWatched } from './chromium.js';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const AS_OF = '2026-11-23';
const DOCX = path.join(ROOT, '..', 'shared', 'corpus', 'edwinstree.docx');
const UNREADABLE = path.join(ROOT, 'fixtures', 'pdf', 'encrypted.pdf');
const MODEL = path.join(ROOT, 'fixtures', 'models', 'herts-cla-issue-13.md');

/** A policy written to break out of every context the report puts text in. */
const HOSTILE_POLICY = [
  '# Policy for children with a social worker',
  '',
  'Review date: June 2020 <script>window.__pwned = 1</script> "onmouseover="window.__pwned=2" </script><!-- <img src=x onerror="window.__pwned=3">',
  '',
  'We refer to Keeping Children Safe in Education 2019 </script><script>window.__pwned = 4</script>.',
  '',
].join('\n');
const HOSTILE_NAME = 'x"><img src=x onerror="window.__pwned=5">.md';

/** The page's globals, as the callbacks of page.evaluate see them (the project's TypeScript has no DOM types). */
interface PageGlobals {
  navigator: { clipboard?: { readText(): Promise<string> } };
  __pwned?: unknown;
}

interface JsonMessage {
  ruleId: string | null;
  severity: 1 | 2;
  fatal?: boolean;
  data?: { parts?: Array<{ kind: string; text: string }> };
}
interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
  school?: string;
}

function runCli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'policy-lint.js'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

if (!HAVE_CHROMIUM && IN_CI) {
  describe('HTML report in Chromium', () => {
    it('needs Chromium', () => {
      throw new Error(
        `${CHROMIUM} is missing, and CI=true: the browser test of the HTML report must run in CI. ` +
          "Install Debian's chromium package (`apt-get install -y --no-install-recommends chromium`; .ci/run does this). Never download a browser with playwright.",
      );
    });
  });
} else if (!HAVE_CHROMIUM) {
  const why =
    `SKIPPED: the HTML report's browser test did not run: ${CHROMIUM} is missing. ` +
    "Install Debian's chromium package (`apt-get install -y --no-install-recommends chromium`); under CI=true this is a failure.";
  process.stderr.write(`\n*** ${why} ***\n\n`);
  describe('HTML report in Chromium', () => {
    it.skip(why, () => undefined);
  });
} else {
  describe('HTML report in Chromium', () => {
    let work: string;
    let reportUrl: string;
    let results: JsonResult[];
    let browser: Browser;
    let page: Page;
    let consoleErrors: string[] = [];
    let requests: string[] = [];
    let dialogs: string[] = [];
    const timings: Record<string, number> = {};

    beforeAll(async () => {
      const started = Date.now();
      if (!existsSync(path.join(ROOT, 'dist', 'src', 'cli.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
      work = mkdtempSync(path.join(tmpdir(), 'policy-lint-html-'));
      const hostileDir = path.join(work, 'hostile');
      mkdirSync(hostileDir);
      writeFileSync(path.join(hostileDir, HOSTILE_NAME), HOSTILE_POLICY);
      const inputs = ['fixtures/seeds', ...(existsSync(DOCX) ? [DOCX] : []), UNREADABLE, hostileDir];
      const report = path.join(work, 'report.html');
      // Compared with the county model too, so the report shows the changes from the model.
      const options = ['--date', AS_OF, '--model', MODEL];
      const html = runCli([...inputs, ...options, '--format', 'html', '--output-file', report]);
      expect(html.stderr).toBe('');
      expect(html.status).toBe(1);
      const json = runCli([...inputs, ...options, '--format', 'json']);
      expect(json.status).toBe(1);
      results = JSON.parse(json.stdout) as JsonResult[];
      reportUrl = pathToFileURL(report).href;
      timings.cli = Date.now() - started;

      const launched = Date.now();
      ({ browser, page, consoleErrors, requests, dialogs } = await openWatched(reportUrl));
      timings.browser = Date.now() - launched;
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
      if (work) rmSync(work, { recursive: true, force: true });
      // How long the browser part takes, for the record (CLI runs, then launching Chromium and loading).
      if (timings.cli !== undefined) process.stderr.write(`html-report browser test: CLI ${timings.cli} ms, Chromium launch and load ${timings.browser} ms\n`);
    }, 30_000);

    const unreadable = (r: JsonResult): boolean => r.messages.some((m) => m.fatal === true && m.ruleId === null);
    const hasErrors = (r: JsonResult): boolean => r.messages.some((m) => m.fatal === true || m.severity === 2);
    const statusOf = (r: JsonResult): string => (unreadable(r) ? 'unreadable' : hasErrors(r) ? 'errors' : r.messages.length > 0 ? 'warnings' : 'clean');
    const rel = (r: JsonResult): string => path.relative(ROOT, r.filePath).split(path.sep).join('/');

    async function tile(name: string): Promise<number> {
      return Number(await page.locator(`.tile[data-total="${name}"] .n`).textContent());
    }

    /** The file paths of the visible table rows, in order. */
    async function visibleRows(): Promise<string[]> {
      return page.locator('#files tbody tr[data-id]:visible .path').allTextContents();
    }

    async function clearFilters(): Promise<void> {
      await page.click('#filter-reset');
    }

    it('shows the as-of date and totals that match the JSON output of the same run', async () => {
      expect(await page.locator('#as-of').textContent()).toBe('23 November 2026');
      expect(results.length).toBeGreaterThanOrEqual(7);
      expect(await tile('all')).toBe(results.length);
      for (const status of ['clean', 'errors', 'warnings', 'unreadable']) {
        expect([status, await tile(status)]).toEqual([status, results.filter((r) => statusOf(r) === status).length]);
      }
      expect(await tile('unreadable')).toBe(1);
      expect(await page.locator('#files tbody tr[data-id]').count()).toBe(results.length);
      expect(await page.locator('#shown-count').textContent()).toBe(`Showing ${results.length} of ${results.length} files`);
    });

    it('charts the findings per rule with the counts of the JSON output', async () => {
      const expected = new Map<string, number>();
      for (const r of results) for (const m of r.messages) if (m.ruleId) expected.set(m.ruleId, (expected.get(m.ruleId) ?? 0) + 1);
      const bars = page.locator('svg.chart .bar-row');
      const shown = new Map<string, number>();
      for (let i = 0; i < (await bars.count()); i++) {
        const bar = bars.nth(i);
        shown.set((await bar.getAttribute('data-rule')) as string, Number(await bar.locator('.bar-count').textContent()));
      }
      for (const [rule, n] of expected) expect([rule, shown.get(rule)]).toEqual([rule, n]);
      for (const [rule, n] of shown) expect([rule, n]).toEqual([rule, expected.get(rule) ?? 0]);
      expect(await page.locator('svg.chart').getAttribute('role')).toBe('img');
    });

    it('filters by rule: only files with that rule, and only its findings', async () => {
      await page.selectOption('#filter-rule', 'kcsie-current');
      const expected = results.filter((r) => r.messages.some((m) => m.ruleId === 'kcsie-current')).map(rel);
      expect((await visibleRows()).sort()).toEqual([...expected].sort());
      expect(await page.locator('#shown-count').textContent()).toBe(`Showing ${expected.length} of ${results.length} files`);
      expect(await page.locator('section.file:visible').count()).toBe(expected.length);
      const visibleFindingRules = await page.locator('section.file:visible li.finding:visible').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')));
      expect(new Set(visibleFindingRules)).toEqual(new Set(['kcsie-current']));
      await clearFilters();
      expect(await visibleRows()).toHaveLength(results.length);
    });

    it('filters by severity, status and text, and says when nothing matches', async () => {
      await page.selectOption('#filter-severity', 'warning');
      const withWarnings = results.filter((r) => r.messages.some((m) => m.severity === 1 && !m.fatal)).map(rel);
      expect((await visibleRows()).sort()).toEqual([...withWarnings].sort());
      expect(await page.locator('#no-match').isVisible()).toBe(withWarnings.length === 0);
      await clearFilters();

      await page.selectOption('#filter-status', 'unreadable');
      expect(await visibleRows()).toEqual(['fixtures/pdf/encrypted.pdf']);
      await clearFilters();

      await page.click('.tile[data-total="unreadable"]');
      expect(await visibleRows()).toEqual(['fixtures/pdf/encrypted.pdf']);
      expect(await page.locator('.tile[data-total="unreadable"]').getAttribute('aria-pressed')).toBe('true');
      await clearFilters();

      await page.fill('#filter-q', 'WINDERMERE');
      expect(await visibleRows()).toEqual(['fixtures/seeds/windermere-primary.md']);
      await page.fill('#filter-q', 'no such school anywhere');
      expect(await visibleRows()).toEqual([]);
      expect(await page.locator('#no-match').isVisible()).toBe(true);
      await clearFilters();
      expect(await page.locator('#no-match').isVisible()).toBe(false);
    });

    it('sorts by clicking a column header', async () => {
      const errorsColumn = async (): Promise<number[]> => (await page.locator('#files tbody tr[data-id] td.errors').allTextContents()).map(Number);
      await page.click('#files thead button[data-sort="errors"]');
      expect(await page.locator('#files thead th:has(button[data-sort="errors"])').getAttribute('aria-sort')).toBe('descending');
      const desc = await errorsColumn();
      expect(desc).toEqual([...desc].sort((a, b) => b - a));
      await page.click('#files thead button[data-sort="errors"]');
      const asc = await errorsColumn();
      expect(asc).toEqual([...asc].sort((a, b) => a - b));

      await page.click('#files thead button[data-sort="school"]');
      const schools = await page.locator('#files tbody tr[data-id] td.school').allTextContents();
      expect(schools).toEqual([...schools].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true })));
      // The "nothing matches" row stays last, hidden.
      expect(await page.locator('#files tbody tr').last().getAttribute('id')).toBe('no-match');
    });

    it('has a feedback block for each file, naming the school, with a Copy button that copies it', async () => {
      const sections = page.locator('section.file');
      expect(await sections.count()).toBe(results.length);
      for (let i = 0; i < results.length; i++) {
        const text = (await sections.nth(i).locator('.feedback-text').textContent()) ?? '';
        expect(text).toMatch(/^Dear /);
        expect(text).toContain('Kind regards,');
        expect(await sections.nth(i).locator('button.copy').count()).toBe(1);
      }
      for (const r of results.filter((x) => x.school)) {
        expect(await page.locator('.feedback-text', { hasText: `Dear ${r.school},` }).count()).toBeGreaterThan(0);
      }

      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      const first = sections.first();
      await first.locator('button.copy').click();
      // The status is written when the clipboard's promise settles: wait for it rather than race it.
      await first.locator('.copy-status', { hasText: /\S/ }).waitFor({ timeout: 10_000 });
      await expect(first.locator('.copy-status').textContent()).resolves.toBe('Copied: paste it into your email.');
      expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).navigator.clipboard?.readText())).toBe(await first.locator('.feedback-text').textContent());

      // Without the Clipboard API (an older browser, a locked-down profile): the textarea fallback.
      const second = sections.nth(1);
      await page.evaluate(() => Object.defineProperty((globalThis as unknown as PageGlobals).navigator, 'clipboard', { value: undefined, configurable: true }));
      await second.locator('button.copy').click();
      await second.locator('.copy-status', { hasText: /\S/ }).waitFor({ timeout: 10_000 });
      const note = (await second.locator('.copy-status').textContent()) ?? '';
      expect(note).toMatch(/^(Copied: paste it into your email\.|Press Ctrl\+C \(or Cmd\+C\) to copy the selected text\.)$/);
      expect(await page.locator('textarea').count()).toBe(0);
    });

    it('shows hostile policy text as text: no script runs, no attribute is injected', async () => {
      const section = page.locator('section.file', { hasText: 'hostile/' });
      expect(await section.count()).toBe(1);
      expect(await section.locator('.excerpt').first().textContent()).toContain('<script>window.__pwned = 1</script> "onmouseover="');
      expect(await section.locator('.file-meta .path').textContent()).toMatch(new RegExp(`/hostile/${HOSTILE_NAME.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
      expect(await section.locator('h3').textContent()).toBe(HOSTILE_NAME);
      expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).__pwned)).toBeUndefined();
      expect(await page.locator('img').count()).toBe(0);
      expect(await page.locator('[onmouseover], [onerror]').count()).toBe(0);
      expect(await page.locator('script').count()).toBe(2);
      expect(dialogs).toEqual([]);
    });

    it('shows each change from the model side by side: the model\'s words and the school\'s, the removed and the added marked', async () => {
      await clearFilters();
      const withParts = results.flatMap((r) => r.messages).filter((m) => Array.isArray(m.data?.parts));
      expect(withParts.length).toBeGreaterThan(10);
      expect(await page.locator('.finding .difference').count()).toBe(withParts.length);
      const first = page.locator('.finding .difference').first();
      await first.scrollIntoViewIfNeeded();
      expect(await first.isVisible()).toBe(true);
      expect(await first.locator('.side-label').allTextContents()).toEqual(['The model', "This school's text"]);
      // The model's side marks what the school removed; the school's side what it added.
      const sides = first.locator('.side');
      const parts = withParts[0].data!.parts!;
      if (parts.some((p) => p.kind === 'removed')) expect(await sides.nth(0).locator('del').count()).toBeGreaterThan(0);
      if (parts.some((p) => p.kind === 'added')) expect(await sides.nth(1).locator('ins').count()).toBeGreaterThan(0);
      expect(await sides.nth(0).locator('ins').count()).toBe(0);
      expect(await sides.nth(1).locator('del').count()).toBe(0);
      // The rule filter narrows the report to the changes from the model.
      await page.selectOption('#filter-rule', 'model-text-changed');
      const changed = results.flatMap((r) => r.messages).filter((m) => m.ruleId === 'model-text-changed');
      expect(await page.locator('.finding:visible').count()).toBe(changed.length);
      expect(await page.locator('.finding:visible .difference').count()).toBe(withParts.length);
      await clearFilters();
    });

    it('logs no console error and makes no request but for the report itself', async () => {
      expect(consoleErrors).toEqual([]);
      expect([...new Set(requests)]).toEqual([reportUrl]);
      // The file is self-contained: no external resource is even named.
      const html = readFileSync(fileURLToPath(reportUrl), 'utf8');
      expect(html).not.toMatch(/<(?:link|img|iframe|object|embed|video|audio|source)\b/i);
      expect(html).not.toMatch(/<[a-z][^<>]*\ssrc\s*=/i);
      const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
      expect(style).not.toMatch(/@import|url\(/i);
    });
  });
}
