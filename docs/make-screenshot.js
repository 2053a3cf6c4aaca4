// Makes docs/html-report.png: the HTML report on the seeds as of 2026-11-23, a full-page screenshot at
// 1280 px wide, taken with Debian's chromium through playwright-core (no browser is downloaded), then
// reduced to a palette with pngquant (Debian's `pngquant` package) when it is installed, to stay small.
//
//   npm run build && node docs/make-screenshot.js
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(path.join(tmpdir(), 'policy-lint-shot-'));
const report = path.join(work, 'report.html');
const out = path.join(root, 'docs', 'html-report.png');

const run = spawnSync(process.execPath, ['bin/policy-lint.js', 'fixtures/seeds', '--date', '2026-11-23', '--format', 'html', '-o', report], { cwd: root, encoding: 'utf8' });
if (run.status !== 0 && run.status !== 1) {
  console.error(run.stderr);
  process.exit(1);
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(pathToFileURL(report).href);
  await page.screenshot({ path: out, fullPage: true });
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}
const quant = spawnSync('pngquant', ['--quality', '60-85', '--nofs', '--speed', '1', '--strip', '--force', '--output', out, out], { encoding: 'utf8' });
if (quant.error) console.log('pngquant is not installed: the PNG is left as Chromium wrote it');
else if (quant.status !== 0 && quant.status !== 99) console.log(`pngquant failed (${quant.status}): ${quant.stderr}`);
console.log(`${path.relative(root, out)}: ${Math.round(statSync(out).size / 1024)} KB`);
