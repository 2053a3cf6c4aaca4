/**
 * Validates a SARIF log with Ajv against the official SARIF 2.1.0 JSON schema.
 *
 * The schema is the one Microsoft's SARIF SDK ships in the npm package of its multitool for this
 * platform: node_modules/@microsoft/sarif-multitool-{linux,darwin,win32}/sarif-2.1.0.json, installed
 * with the devDependency @microsoft/sarif-multitool (one platform package is an optional dependency of
 * it). It is a draft 2020-12 schema, read with Ajv's 2020 build. Every one of its object definitions
 * but the property bag is closed to unknown properties, so a misspelt or invented property fails.
 *
 * When the package is missing, validation fails loudly (it never falls back to a weaker check): CI
 * installs it with `npm ci`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { ROOT } from '../helpers/lint.js';

const PLATFORM_PACKAGES: Partial<Record<NodeJS.Platform, string>> = {
  linux: '@microsoft/sarif-multitool-linux',
  darwin: '@microsoft/sarif-multitool-darwin',
  win32: '@microsoft/sarif-multitool-win32',
};

/** The schema file of the multitool package for this platform; throws, saying what to do, when it is missing. */
export function sarifSchemaPath(platform: NodeJS.Platform = process.platform): string {
  const pkg = PLATFORM_PACKAGES[platform];
  if (!pkg) {
    throw new Error(
      `The SARIF 2.1.0 schema comes from @microsoft/sarif-multitool's package for this platform, and there is none for "${platform}" (only linux, darwin, win32).`,
    );
  }
  const require = createRequire(join(ROOT, 'package.json'));
  let file: string | undefined;
  try {
    file = join(dirname(require.resolve(`${pkg}/package.json`)), 'sarif-2.1.0.json');
  } catch {
    file = undefined;
  }
  if (!file || !existsSync(file)) {
    throw new Error(
      `The SARIF 2.1.0 schema is missing: expected ${pkg}/sarif-2.1.0.json in node_modules. ` +
        'It is installed with the devDependency @microsoft/sarif-multitool (its platform package is an optional dependency): run `npm ci` without --omit=optional or --omit=dev.',
    );
  }
  return file;
}

/** A URI: a scheme, then something URL accepts. */
function isUri(s: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(s)) return false;
  try {
    new URL(s);
    return true;
  } catch {
    return false;
  }
}

/** A URI reference: no characters that must be percent-encoded, and every % starts an escape. */
function isUriReference(s: string): boolean {
  return !/[\s"<>\\^`{|}]/.test(s) && !/%(?![0-9A-Fa-f]{2})/.test(s);
}

let validate: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (validate) return validate;
  const schema = JSON.parse(readFileSync(sarifSchemaPath(), 'utf8')) as Record<string, unknown>;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addFormat('uri', isUri);
  ajv.addFormat('uri-reference', isUriReference);
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  const compiled = ajv.compile(schema);
  validate = compiled;
  return compiled;
}

/** Validates a SARIF log (an object, or its JSON text). Returns the errors; [] when it is valid. */
export function validateSarif(log: unknown): string[] {
  const value = typeof log === 'string' ? (JSON.parse(log) as unknown) : log;
  const check = validator();
  if (check(value)) return [];
  return (check.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);
}
