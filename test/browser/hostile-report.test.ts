/**
 * The HTML report of the hostile corpus (issue 15; scripts/hostile.js --generate --small) in a real
 * browser, as test/browser/html-report.test.ts drives it (Debian's chromium through playwright-core, no
 * browser downloaded): policies with <script>alert(1)</script>, <img onerror>, <svg onload>, <iframe>,
 * javascript: links, remote images and CSS url()s in their text, and file names made of markup, quotes,
 * newlines and terminal escapes. The page must run no script from a policy (no dialog, no global set), put
 * no element or attribute from one into the page, and make no request but for itself.
 *
 * Skipped loudly without /usr/bin/chromium, and a failure then under CI=true, as html-report.test.ts is.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, HAVE_CHROMIUM, IN_CI, openWatched } from './chromium.js';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

interface PageGlobals {
  __pwned?: unknown;
}

if (!HAVE_CHROMIUM && IN_CI) {
  describe('HTML report of the hostile corpus in Chromium', () => {
    it('needs Chromium', () => {
      throw new Error(`${CHROMIUM} is missing, and CI=true: install Debian's chromium package (.ci/run does). Never download a browser with playwright.`);
    });
  });
} else if (!HAVE_CHROMIUM) {
  const why = `SKIPPED: the hostile corpus's HTML report was not checked in a browser: ${CHROMIUM} is missing. Install Debian's chromium package; under CI=true this is a failure.`;
  process.stderr.write(`\n*** ${why} ***\n\n`);
  describe('HTML report of the hostile corpus in Chromium', () => {
    it.skip(why, () => undefined);
  });
} else {
  describe('HTML report of the hostile corpus in Chromium', () => {
    let work: string;
    let reportUrl: string;
    let cases: number;
    let browser: Browser;
    let page: Page;
    let cli: { status: number | null; stderr: string };
    let consoleErrors: string[] = [];
    let requests: string[] = [];
    let dialogs: string[] = [];

    beforeAll(async () => {
      if (!existsSync(path.join(ROOT, 'dist', 'src', 'cli.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
      work = mkdtempSync(path.join(tmpdir(), 'policy-lint-hostile-html-'));
      const gen = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'hostile.js'), '--generate', work, '--small'], { encoding: 'utf8' });
      if (gen.status !== 0) throw new Error(`scripts/hostile.js --generate failed:\n${gen.stderr}`);
      const manifest = JSON.parse(readFileSync(path.join(work, 'manifest.json'), 'utf8')) as { corpus: string; date: string; cases: Array<{ skipped?: string }> };
      cases = manifest.cases.filter((c) => !c.skipped).length;
      const report = path.join(work, 'report.html');
      const run = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'policy-lint.js'), manifest.corpus, '--date', manifest.date, '--format', 'html', '--output-file', report], {
        cwd: work,
        encoding: 'utf8',
        env: { ...process.env, CI: '1' },
        timeout: 300_000,
      });
      cli = { status: run.status, stderr: run.stderr };
      reportUrl = pathToFileURL(report).href;

      ({ browser, page, consoleErrors, requests, dialogs } = await openWatched(reportUrl));
      // Let anything a policy managed to schedule (an onerror, a timer) run before looking.
      await page.waitForTimeout(500);
    }, 360_000);

    afterAll(async () => {
      await browser?.close();
      if (work) {
        const locked = path.join(work, 'corpus', 'locked');
        if (existsSync(locked)) chmodSync(locked, 0o700);
        rmSync(work, { recursive: true, force: true });
      }
    }, 30_000);

    it('is written (exit 1, no stack trace) and has a section for every file it reports', async () => {
      expect(cli.status).toBe(1);
      expect(cli.stderr.split('\n').filter((l) => /^ {4}at /.test(l))).toEqual([]);
      const sections = await page.locator('section.file').count();
      expect(sections).toBe(Number(await page.locator('.tile[data-total="all"] .n').textContent()));
      // Every input, once the folder's links and pipes are reported too (issue 15); at least the regular files now.
      expect(sections).toBeGreaterThanOrEqual(cases - 6);
    });

    it('shows markup from policy text and file names as text', async () => {
      const markup = page.locator('section.file', { hasText: 'markup-in-text.md' });
      expect(await markup.count()).toBe(1);
      expect(await markup.locator('.excerpt').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('<iframe src="https://example.invalid/frame"></iframe>'), expect.stringContaining('<style>body{background:url(https://example.invalid/bg.png)}</style>')]));
      expect(await page.locator('section.file .file-meta .path').allTextContents()).toEqual(
        expect.arrayContaining(['corpus/<img src=x onerror=alert(6)>.md', 'corpus/<b>x</b>.md', `corpus/quote"d 'name', with comma.md`]),
      );
    });

    it('runs no script from a policy and injects no element or attribute', async () => {
      expect(dialogs).toEqual([]);
      expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).__pwned)).toBeUndefined();
      expect(await page.locator('img, iframe, object, embed, video, audio, source, link, style:not(head style), a[href^="javascript:" i]').count()).toBe(0);
      expect(await page.locator('[onerror], [onload], [onclick], [onmouseover], [srcdoc]').count()).toBe(0);
      // The report's own two scripts only (its data as JSON, and its code), inline, and the data without a raw '<'.
      const scripts = await page.locator('script').evaluateAll((els) => els.map((e) => ({ type: e.getAttribute('type'), src: e.getAttribute('src'), text: e.textContent ?? '' })));
      expect(scripts.map((s) => [s.type, s.src])).toEqual([
        ['application/json', null],
        [null, null],
      ]);
      expect(scripts[0].text).not.toContain('<');
      expect(await page.locator('svg [onload], svg script, svg foreignObject').count()).toBe(0);
    });

    it('logs no console error and makes no request but for the report itself', async () => {
      expect(consoleErrors).toEqual([]);
      expect([...new Set(requests)]).toEqual([reportUrl]);
      const html = readFileSync(fileURLToPath(reportUrl), 'utf8');
      expect(html).not.toMatch(/<(?:img|iframe|object|embed|video|audio|source)\b/i);
      expect(html).not.toMatch(/<[a-z][^<>]*\s(?:src|srcdoc|onerror|onload)\s*=/i);
      expect(html).toMatch(/<meta http-equiv="Content-Security-Policy"/i);
    });
  });
}
