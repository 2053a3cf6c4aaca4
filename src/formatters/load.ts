/**
 * `loadFormatter` finds a formatter by name as ESLint's `--format` does: a built-in name; else a path
 * (relative to cwd) to a module; else a package resolved from cwd (`NAME`, then
 * `policy-lint-formatter-NAME`). A module's default export (or `module.exports`) must be a function
 * `(results, context) => string`. Built-ins are imported when asked for, so a run loads one formatter.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Formatter } from './types.js';

/** The built-in formatters by name (the default first), each imported on first use. */
export const builtinFormatterLoaders: Readonly<Record<string, () => Promise<{ default: Formatter }>>> = {
  stylish: () => import('./stylish.js'),
  json: () => import('./json.js'),
  'json-with-metadata': () => import('./json-with-metadata.js'),
  github: () => import('./github.js'),
  sarif: () => import('./sarif.js'),
  junit: () => import('./junit.js'),
  checkstyle: () => import('./checkstyle.js'),
  markdown: () => import('./markdown.js'),
  compact: () => import('./compact.js'),
  html: () => import('./html.js'),
  csv: () => import('./csv.js'),
  'csv-summary': () => import('./csv-summary.js'),
};

export const builtinFormatterNames: readonly string[] = Object.keys(builtinFormatterLoaders);

/** Prefix tried for a bare package name, as ESLint tries `eslint-formatter-NAME`. */
export const PACKAGE_PREFIX = 'policy-lint-formatter-';

/** Whether `name` names a file rather than a package. */
function looksLikePath(name: string): boolean {
  if (/^\.{1,2}([\\/]|$)/.test(name) || path.isAbsolute(name) || /^[A-Za-z]:[\\/]/.test(name)) return true;
  if (/\.(c|m)?js$/i.test(name)) return true;
  return !name.startsWith('@') && /[\\/]/.test(name);
}

export async function loadFormatter(name: string, cwd: string): Promise<Formatter> {
  if (Object.hasOwn(builtinFormatterLoaders, name)) return (await builtinFormatterLoaders[name]()).default;
  const builtins = builtinFormatterNames.join(', ');
  if (name.trim() === '') throw new Error(`Formatter name is empty: use one of ${builtins}, a path or a package`);

  const tried: string[] = [];
  let target: string | undefined;
  if (looksLikePath(name)) {
    const file = path.resolve(cwd, name);
    tried.push(`the file ${file}`);
    target = resolveFile(file);
  } else {
    for (const candidate of name.startsWith(PACKAGE_PREFIX) || name.startsWith('@') ? [name] : [name, PACKAGE_PREFIX + name]) {
      tried.push(`the package "${candidate}" from ${cwd}`);
      target = resolvePackage(candidate, cwd);
      if (target) break;
    }
  }
  if (!target) {
    throw new Error(`Cannot find formatter "${name}": it is not a built-in formatter (${builtins}), and ${tried.join(' and ')} could not be found`);
  }

  let mod: unknown;
  try {
    mod = await import(pathToFileURL(target).href);
  } catch (error) {
    throw new Error(`Formatter "${name}" (${target}) could not be loaded: ${(error as Error)?.message ?? String(error)}`, { cause: error });
  }
  const fn = exportedFunction(mod);
  if (!fn) {
    throw new Error(
      `Formatter "${name}" (${target}) does not export a function: its default export (or module.exports) must be a function (results, context) => string`,
    );
  }
  return (results, context) => {
    const output: unknown = fn(results, context);
    if (output !== null && typeof output === 'object' && typeof (output as { then?: unknown }).then === 'function') {
      throw new Error(`Formatter "${name}" (${target}) returned a Promise: a policy-lint formatter must return a string`);
    }
    return output === undefined || output === null ? '' : String(output);
  };
}

/** A file, or a directory with a package.json main or an index.js, as require would find it. */
function resolveFile(file: string): string | undefined {
  if (!existsSync(file)) return undefined;
  if (statSync(file).isFile()) return file;
  try {
    return createRequire(path.join(file, 'noop.js')).resolve(file);
  } catch {
    return undefined;
  }
}

/** Resolves a package from cwd: as require does, then (for a package that only exports `import`) from its package.json. */
function resolvePackage(name: string, cwd: string): string | undefined {
  const require = createRequire(path.join(path.resolve(cwd), 'noop.js'));
  try {
    return require.resolve(name);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ERR_PACKAGE_PATH_NOT_EXPORTED' && code !== 'MODULE_NOT_FOUND') return undefined;
  }
  return resolveEsmOnly(name, cwd);
}

function resolveEsmOnly(name: string, cwd: string): string | undefined {
  const parts = name.split('/');
  const pkgName = name.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  if (pkgName !== name) return undefined; // subpaths of ESM-only packages are not looked up
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const pkgDir = path.join(dir, 'node_modules', pkgName);
    const pkgJson = path.join(pkgDir, 'package.json');
    if (existsSync(pkgJson)) {
      try {
        const pkg = JSON.parse(readFileSync(pkgJson, 'utf8')) as { exports?: unknown; module?: string; main?: string };
        const entry = exportTarget(pkg.exports) ?? pkg.main ?? 'index.js';
        const file = path.resolve(pkgDir, entry);
        return existsSync(file) ? file : undefined;
      } catch {
        return undefined;
      }
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** The root entry of an `exports` field for an `import` from Node. */
function exportTarget(exports: unknown): string | undefined {
  if (typeof exports === 'string') return exports;
  if (Array.isArray(exports)) {
    for (const e of exports) {
      const t = exportTarget(e);
      if (t) return t;
    }
    return undefined;
  }
  if (exports === null || typeof exports !== 'object') return undefined;
  const map = exports as Record<string, unknown>;
  if ('.' in map) return exportTarget(map['.']);
  if (Object.keys(map).some((k) => k.startsWith('.'))) return undefined;
  for (const condition of ['import', 'node', 'default']) {
    if (condition in map) {
      const t = exportTarget(map[condition]);
      if (t) return t;
    }
  }
  return undefined;
}

/** The formatter function of a loaded module: its default export, module.exports, or a transpiled default. */
function exportedFunction(mod: unknown): ((...args: unknown[]) => unknown) | undefined {
  let value: unknown = mod;
  for (let i = 0; i < 3 && value !== null && value !== undefined; i++) {
    if (typeof value === 'function') return value as (...args: unknown[]) => unknown;
    if (typeof value !== 'object' || !('default' in (value as object))) return undefined;
    value = (value as { default: unknown }).default;
  }
  return typeof value === 'function' ? (value as (...args: unknown[]) => unknown) : undefined;
}
