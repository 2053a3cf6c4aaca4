/**
 * Finding and reading configuration files. Lookup uses lilconfig: from a linted file's directory up to
 * the current directory (or, for a file outside it, up to the file system's root), the nearest of
 * CONFIG_FILES wins. A file that does not parse is a ConfigError naming the file and the parser's words.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, parse as parsePath, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { lilconfig, type Loader } from 'lilconfig';
import { ConfigError } from '../config.js';
import { lazyRequire } from '../lazy.js';

const yaml = lazyRequire<typeof import('yaml')>('yaml');

/** The file names looked for in each directory, in this order. */
export const CONFIG_FILES = [
  'policy-lint.config.js',
  'policy-lint.config.mjs',
  'policy-lint.config.cjs',
  '.policylintrc',
  '.policylintrc.json',
  '.policylintrc.yaml',
  '.policylintrc.yml',
  'package.json',
] as const;

/** The key in package.json. */
export const PACKAGE_PROP = 'policyLint';

/** How a configuration or plugin file is named in a message: relative to cwd when inside it, "." for cwd itself, absolute outside it (the report's displayPath, for linted files, differs). */
export function configPathShown(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  if (rel === '') return '.';
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : file;
}

/** A config file that cannot be read or parsed. */
export class ConfigLoadError extends ConfigError {}

function firstLine(message: string): string {
  return message.split('\n')[0].trim().replace(/[.:]$/, '');
}

function parseJson(file: string, content: string, cwd: string): unknown {
  try {
    return JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigLoadError(`${configPathShown(file, cwd)}: not valid JSON: ${firstLine((error as Error).message)}.`);
  }
}

function parseYaml(file: string, content: string, cwd: string): unknown {
  try {
    return yaml().parse(content.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigLoadError(`${configPathShown(file, cwd)}: not valid YAML: ${firstLine((error as Error).message)}.`);
  }
}

/** Imports a JS module (a config, a plugin); a module that throws is a ConfigError naming it. */
export async function importModule(file: string, cwd: string, what = 'configuration'): Promise<unknown> {
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  } catch (error) {
    throw new ConfigLoadError(`${configPathShown(file, cwd)}: the ${what} could not be loaded: ${firstLine((error as Error)?.message ?? String(error))}.`);
  }
  return 'default' in mod ? mod.default : mod;
}

/** Reads a config file of any supported kind by its name. */
export async function readConfigFile(file: string, cwd: string): Promise<unknown> {
  const ext = extname(file).toLowerCase();
  if (ext === '.js' || ext === '.mjs' || ext === '.cjs') {
    const value = await importModule(file, cwd);
    return typeof value === 'function' ? await (value as () => unknown)() : await value;
  }
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigLoadError(`${configPathShown(file, cwd)}: cannot read the configuration file: ${code === 'ENOENT' ? 'it does not exist' : (error as Error).message}.`);
  }
  if (basename(file) === 'package.json') {
    const pkg = parseJson(file, content, cwd) as Record<string, unknown> | null;
    return pkg && typeof pkg === 'object' ? (pkg[PACKAGE_PROP] ?? {}) : {};
  }
  if (content.trim() === '') return {};
  if (ext === '.json') return parseJson(file, content, cwd);
  if (ext === '.yaml' || ext === '.yml') return parseYaml(file, content, cwd);
  // .policylintrc or another name: JSON when it looks like JSON, else YAML.
  return content.trim().startsWith('{') ? parseJson(file, content, cwd) : parseYaml(file, content, cwd);
}

/** Finds the nearest config file for files, with lilconfig; cached per directory. */
export class ConfigFinder {
  private readonly searchers = new Map<string, ReturnType<typeof lilconfig>>();

  constructor(private readonly cwd: string) {}

  private searcher(stopDir: string) {
    let s = this.searchers.get(stopDir);
    if (!s) {
      // Only the file's path is wanted here (the file is read by readConfigFile, which names it in
      // errors): the loaders just say "found".
      const found: Loader = () => ({});
      s = lilconfig('policy-lint', {
        searchPlaces: [...CONFIG_FILES],
        packageProp: PACKAGE_PROP,
        stopDir,
        cache: true,
        loaders: { '.js': found, '.mjs': found, '.cjs': found, '.json': (_f: string, c: string) => packageOrEmpty(_f, c), '.yaml': found, '.yml': found, noExt: found },
      });
      this.searchers.set(stopDir, s);
    }
    return s;
  }

  /** The config file for a directory, or null. */
  async find(dir: string): Promise<string | null> {
    const absolute = resolve(this.cwd, dir);
    const rel = relative(this.cwd, absolute);
    const inside = !rel.startsWith('..') && !isAbsolute(rel);
    const stopDir = inside ? this.cwd : parsePath(absolute).root;
    const result = await this.searcher(stopDir).search(absolute);
    return result?.filepath ?? null;
  }
}

/** For package.json, lilconfig asks for the whole object and then reads `policyLint` from it. */
function packageOrEmpty(file: string, content: string): unknown {
  if (basename(file) === 'package.json') {
    try {
      return JSON.parse(content.replace(/^\uFEFF/, ''));
    } catch {
      return {};
    }
  }
  return {};
}

/**
 * Resolves a package name from a directory: node_modules/<name> in it or any directory above, its
 * package.json's "exports" (".": string, or import/default) or "main", else index.js. Returns the entry
 * file and the package directory, or null when no such package is installed.
 */
export function resolvePackage(name: string, fromDir: string): { entry: string; dir: string; packageName: string } | null {
  let dir = resolve(fromDir);
  for (;;) {
    const pkgDir = join(dir, 'node_modules', ...name.split('/'));
    const pkgJson = join(pkgDir, 'package.json');
    if (existsSync(pkgJson)) {
      let pkg: Record<string, unknown> = {};
      try {
        pkg = JSON.parse(readFileSync(pkgJson, 'utf8')) as Record<string, unknown>;
      } catch {
        // a broken package.json: fall back to index.js
      }
      const entry = join(pkgDir, exportsEntry(pkg.exports) ?? (typeof pkg.main === 'string' ? pkg.main : 'index.js'));
      return { entry: existsSync(entry) && statSync(entry).isDirectory() ? join(entry, 'index.js') : entry, dir: pkgDir, packageName: String(pkg.name ?? name) };
    }
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

function exportsEntry(exports: unknown): string | undefined {
  if (typeof exports === 'string') return exports;
  if (!exports || typeof exports !== 'object') return undefined;
  const record = exports as Record<string, unknown>;
  const dot = '.' in record ? record['.'] : record;
  if (typeof dot === 'string') return dot;
  if (dot && typeof dot === 'object') {
    for (const condition of ['import', 'node', 'default', 'require']) {
      const value = (dot as Record<string, unknown>)[condition];
      if (typeof value === 'string') return value;
      if (value && typeof value === 'object') {
        const nested = exportsEntry({ '.': value });
        if (nested) return nested;
      }
    }
  }
  return undefined;
}

/** A path given in a config (starts with ./, ../ or /): resolved from the config's directory. */
export function isPathSpec(spec: string): boolean {
  return spec.startsWith('./') || spec.startsWith('../') || spec.startsWith('.\\') || spec.startsWith('..\\') || isAbsolute(spec);
}

/** A path spec to a file: a directory stands for its package.json's entry, or index.js. */
export function resolvePathSpec(spec: string, fromDir: string): { entry: string; dir: string; packageName?: string } {
  const target = resolve(fromDir, spec);
  if (existsSync(target) && statSync(target).isDirectory()) {
    const pkgJson = join(target, 'package.json');
    if (existsSync(pkgJson)) {
      try {
        const pkg = JSON.parse(readFileSync(pkgJson, 'utf8')) as Record<string, unknown>;
        const entry = exportsEntry(pkg.exports) ?? (typeof pkg.main === 'string' ? pkg.main : 'index.js');
        return { entry: join(target, entry), dir: target, packageName: typeof pkg.name === 'string' ? pkg.name : undefined };
      } catch {
        // fall through
      }
    }
    return { entry: join(target, 'index.js'), dir: target };
  }
  return { entry: target, dir: dirname(target) };
}
