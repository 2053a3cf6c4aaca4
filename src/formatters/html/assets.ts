/**
 * The report's stylesheet and browser script, kept as real files beside this module (report.css,
 * report.js) so they are edited, linted and reviewed as CSS and browser JavaScript, not as strings.
 * Each is read once, on the first report, and inlined into the page: the report stays one offline file,
 * and the Content-Security-Policy hashes are computed from the inlined text (./page.ts).
 *
 * "Beside this module" is src/formatters/html/ under ts-jest, dist/src/formatters/html/ for the
 * compiled library, and dist/cli/ for the bundled CLI (esbuild puts this module in a chunk there):
 * scripts/bundle.js copies the two files to both dist/ folders, and the package ships both.
 * Their bytes are the report's bytes: a comment added to either file appears in every report.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface ReportAssets {
  /** The text of report.css. */
  style: string;
  /** The text of report.js. */
  script: string;
}

let cached: ReportAssets | undefined;

export function reportAssets(): ReportAssets {
  cached ??= { style: readAsset('report.css'), script: readAsset('report.js') };
  return cached;
}

function readAsset(name: string): string {
  const url = new URL(`./${name}`, import.meta.url);
  try {
    return readFileSync(url, 'utf8');
  } catch (error) {
    throw new Error(`the HTML report needs ${fileURLToPath(url)}, which cannot be read (${(error as Error).message}): run npm run build, which copies it there.`, {
      cause: error,
    });
  }
}
