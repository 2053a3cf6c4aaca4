/**
 * The built-in formatters, loaded together (for the API: `builtinFormatters.sarif(results, context)`),
 * and `loadFormatter` (formatters/load.ts), which the CLI uses so that a run imports one formatter.
 */
import checkstyle from './checkstyle.js';
import compact from './compact.js';
import csv from './csv.js';
import csvSummary from './csv-summary.js';
import github from './github.js';
import html from './html.js';
import json from './json.js';
import jsonWithMetadata from './json-with-metadata.js';
import junit from './junit.js';
import markdown from './markdown.js';
import sarif from './sarif.js';
import stylish from './stylish.js';
import type { Formatter } from './types.js';

export type { Formatter, FormatterContext } from './types.js';
export { builtinFormatterNames, loadFormatter, PACKAGE_PREFIX } from './load.js';

export const builtinFormatters: Record<string, Formatter> = {
  stylish,
  json,
  'json-with-metadata': jsonWithMetadata,
  github,
  sarif,
  junit,
  checkstyle,
  markdown,
  compact,
  html,
  csv,
  'csv-summary': csvSummary,
};
