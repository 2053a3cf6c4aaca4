/**
 * --cache: keep each file's result and reuse it while nothing it depends on has changed. An entry is
 * valid only for
 *   - the same file content (a hash of the bytes, not the modification time),
 *   - the same settings (every active rule with its severity and options after defaults),
 *   - the same rule set (package version, rule ids, and the guidance facts the rules read), and
 *   - the same as-of date, when an active rule reads the date (rules say so in `meta.usesDate`).
 * A missing, corrupt or unreadable cache file is ignored and rewritten; a cache that cannot be written
 * is a warning. Fatal results (a file that could not be read, a rule that crashed) are never cached.
 */
import { packageVersion } from '../version.js';
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { builtinRules } from '../../rules/index.js';
import { resolveRules } from '../config.js';
import { defaultGuidance } from '../guidance/index.js';
import type { Guidance } from '../guidance/types.js';
import { toIsoDate } from '../model/dates.js';
import type { LintResult, RuleModule } from '../types.js';
import type { WorkerSettings } from './options.js';

export const DEFAULT_CACHE_FILE = '.policylintcache';
const FORMAT = 1;

/** The cache file: `location` as given, or `.policylintcache` inside it when it is a directory. */
export function resolveCacheLocation(location: string | undefined, cwd = process.cwd()): string {
  if (location === undefined || location === '') return join(cwd, DEFAULT_CACHE_FILE);
  const absolute = resolve(cwd, location);
  if (/[\\/]$/.test(location)) return join(absolute, DEFAULT_CACHE_FILE);
  try {
    if (statSync(absolute).isDirectory()) return join(absolute, DEFAULT_CACHE_FILE);
  } catch {
    // does not exist yet: a file path
  }
  return absolute;
}


export interface CacheKeyInput {
  /** The Linter's JSON settings (rules and any other option; the date is taken from asOf). */
  settings: WorkerSettings;
  /** The resolved as-of date. */
  asOf: Date;
  plugins?: RuleModule[];
  guidance?: Guidance;
}

/**
 * One string that changes whenever a result could: settings, rule set, guidance and (when a rule reads
 * it) the as-of date. Rules from plugins are assumed to read the date unless they say they do not.
 */
export function cacheKey(input: CacheKeyInput): string {
  const registry = new Map<string, RuleModule>();
  for (const rule of [...builtinRules, ...(input.plugins ?? [])]) registry.set(rule.meta.id, rule);
  const active = resolveRules(registry, input.settings.rules);
  const readsDate = active.some(({ rule }) => rule.meta.usesDate === true || (!builtinRules.includes(rule) && rule.meta.usesDate !== false));
  const guidance = JSON.stringify(input.guidance ?? defaultGuidance, (_k, v: unknown) => (v instanceof RegExp ? v.toString() : v));
  const others: Record<string, unknown> = { ...input.settings };
  delete others.rules;
  delete others.date;
  const key = {
    format: FORMAT,
    version: packageVersion(),
    ruleIds: [...registry.keys()],
    active: active.map(({ rule, severity, options }) => [rule.meta.id, severity, canonical(options)]),
    others: canonical(others),
    date: readsDate ? toIsoDate(input.asOf) : null,
    guidance: hash(guidance),
  };
  return hash(JSON.stringify(key));
}

/** JSON with object keys sorted, so the same settings always give the same key. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

export function hash(data: string | Uint8Array): string {
  return createHash('sha1').update(data).digest('hex');
}

interface Entry {
  /** Hash of the file's bytes. */
  hash: string;
  /** cacheKey() of the run that linted it. */
  key: string;
  result: LintResult;
}

interface CacheFile {
  format: number;
  entries: Record<string, Entry>;
}

export class LintCache {
  private changed = false;

  private constructor(
    readonly location: string,
    private readonly key: string,
    private readonly entries: Map<string, Entry>,
  ) {}

  /** Reads the cache file; a missing, unreadable or corrupt file gives an empty cache (rewritten on save). */
  static async open(location: string, key: string): Promise<LintCache> {
    const entries = new Map<string, Entry>();
    let readable = false;
    try {
      const data = JSON.parse(await readFile(location, 'utf8')) as CacheFile;
      if (data && data.format === FORMAT && typeof data.entries === 'object' && data.entries !== null) {
        for (const [file, entry] of Object.entries(data.entries)) {
          if (isEntry(entry)) entries.set(file, entry);
        }
        readable = true;
      }
    } catch {
      // missing, unreadable or not JSON: start empty
    }
    const cache = new LintCache(location, key, entries);
    cache.changed = !readable;
    return cache;
  }

  /** The cached result for this file path and content, if still valid. */
  get(filePath: string, contentHash: string): LintResult | undefined {
    const entry = this.entries.get(filePath);
    if (!entry || entry.hash !== contentHash || entry.key !== this.key) return undefined;
    return entry.result;
  }

  /** Keeps a result (fatal results are not kept: the next run tries the file again). */
  set(filePath: string, contentHash: string, result: LintResult): void {
    if (result.fatalErrorCount > 0 || result.messages.some((m) => m.fatal)) {
      if (this.entries.delete(filePath)) this.changed = true;
      return;
    }
    this.entries.set(filePath, { hash: contentHash, key: this.key, result });
    this.changed = true;
  }

  /** Writes the cache atomically (temp file, then rename). Returns a warning instead of throwing. */
  async save(): Promise<string | undefined> {
    if (!this.changed) return undefined;
    const data: CacheFile = { format: FORMAT, entries: Object.fromEntries(this.entries) };
    const temp = `${this.location}.${process.pid}.${Date.now()}.tmp`;
    try {
      await mkdir(dirname(this.location), { recursive: true });
      await writeFile(temp, JSON.stringify(data));
      await rename(temp, this.location);
      this.changed = false;
      return undefined;
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      return `could not write the cache file ${this.location}: ${(error as Error).message}`;
    }
  }
}

function isEntry(value: unknown): value is Entry {
  const e = value as Entry | null;
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof e.hash === 'string' &&
    typeof e.key === 'string' &&
    typeof e.result === 'object' &&
    e.result !== null &&
    Array.isArray(e.result.messages)
  );
}
