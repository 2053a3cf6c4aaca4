/**
 * Debian's headless Chromium, driven by playwright-core, for the browser tests of the HTML report: where
 * it is, how it is launched (no network of its own, no sandbox as root), and a page opened with everything
 * the tests watch for recorded (console errors, requests, dialogs).
 */
import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';

export const CHROMIUM = process.env.POLICY_LINT_CHROMIUM || '/usr/bin/chromium';
export const HAVE_CHROMIUM = existsSync(CHROMIUM);
export const IN_CI = /^(1|true|yes)$/i.test(process.env.CI ?? '');
const LAUNCH_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface WatchedPage {
  browser: Browser;
  page: Page;
  /** Console errors and uncaught page errors. */
  consoleErrors: string[];
  /** Every URL the page requested (the report itself included). */
  requests: string[];
  /** The message of every dialog that opened (each dismissed). */
  dialogs: string[];
}

/** Launches Chromium and opens `url`, recording what the page does from the first request on. */
export async function openWatched(url: string): Promise<WatchedPage> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: LAUNCH_ARGS });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const watched: WatchedPage = { browser, page, consoleErrors: [], requests: [], dialogs: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') watched.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => watched.consoleErrors.push(`page error: ${e.message}`));
  page.on('request', (r) => watched.requests.push(r.url()));
  page.on('dialog', (d) => {
    watched.dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(url, { waitUntil: 'load' });
  return watched;
}
