/**
 * Bundles the command line (dist/src/cli.js, compiled by tsc) and its worker into dist/cli/ with
 * esbuild: `npm run build` runs it after tsc. Node's ESM loader pays for every module it resolves, and
 * a one-file run loads about 170 of them unbundled (our own and remark's micromark); bundled, the CLI
 * starts about 150 ms sooner (`npm run bench`, figure (e)). The library API (dist/src/index.js) stays
 * as tsc wrote it.
 *
 * Kept outside the bundle: what loads on demand (mammoth and unpdf for .docx and .pdf; Ajv, yaml,
 * picomatch and iconv-lite through src/lazy.ts) and tinypool, which starts its workers from its own
 * files. dist/cli/ sits two levels below the package root, as dist/src/ does, so the modules that find
 * package.json, the rules' docs and the worker from import.meta.url work unchanged.
 *
 * It also copies the HTML report's stylesheet and browser script (src/formatters/html/report.css,
 * report.js), which tsc does not, to where src/formatters/html/assets.ts reads them from: beside its
 * compiled module in dist/src/formatters/html/ and, after bundling, beside the chunks in dist/cli/.
 */
import { copyFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const outdir = join(root, 'dist', 'cli');
rmSync(outdir, { recursive: true, force: true });

const reportAssetsDir = join(root, 'src', 'formatters', 'html');
const REPORT_ASSETS = ['report.css', 'report.js'];
/** Copies the HTML report's assets into dir, for the copy of assets.ts compiled or bundled there. */
function copyReportAssets(dir) {
  for (const name of REPORT_ASSETS) copyFileSync(join(reportAssetsDir, name), join(dir, name));
}
// Before esbuild is tried: the unbundled modules need them with or without a bundle.
copyReportAssets(join(root, 'dist', 'src', 'formatters', 'html'));

// esbuild's binary is an optional dependency: an install with --omit=optional (the GitHub Action's)
// has none, and bin/policy-lint.js then runs dist/src/cli.js unbundled.
let build;
try {
  ({ build } = await import('esbuild'));
  await build({ stdin: { contents: '' }, write: false, logLevel: 'silent' });
} catch (error) {
  process.stderr.write(`policy-lint build: not bundling the CLI (esbuild is not usable here: ${error.message.split('\n')[0]}); it runs from dist/src/, unbundled.\n`);
  process.exit(0);
}

await build({
  absWorkingDir: root,
  entryPoints: { cli: 'dist/src/cli.js', worker: 'dist/src/batch/worker.js' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['mammoth', 'unpdf', 'tinypool'],
  // CommonJS packages in the bundle (fast-glob, lilconfig...) require Node's built-ins.
  banner: { js: "import { createRequire as __policyLintCreateRequire } from 'node:module'; const require = __policyLintCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
copyReportAssets(outdir);
