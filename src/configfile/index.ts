/**
 * Configuration files: lookup (nearest to each linted file), `--config`, `--no-config-lookup`, and the
 * settings each file gets. See README, "Configuration".
 */
import { dirname, resolve } from 'node:path';
import { builtinRules } from '../../rules/index.js';
import { resolveRules } from '../config.js';
import { resolveAsOf } from '../linter.js';
import { toIsoDate } from '../common/days.js';
import type { RuleModule, RuleSetting } from '../types.js';
import { ConfigFinder, configPathShown } from './load.js';
import { effectiveFor, mergeRuleSettings, resolveConfig, type EffectiveConfig, type ResolvedConfig } from './resolve.js';
import type { PolicyLintConfig } from './types.js';

export type { EffectiveConfig, ResolvedConfig } from './resolve.js';
export type * from './types.js';
export { CONFIG_FILES } from './load.js';
export { PRESETS, presetConfig } from './resolve.js';
export { definePlugin } from './plugins.js';

/** Typed identity for a configuration object (policy-lint.config.js). */
export function defineConfig<T extends PolicyLintConfig>(config: T): T {
  return config;
}

export interface ConfigResolverOptions {
  /** Directory lookup stops at (and relative paths are resolved from). Default: process.cwd(). */
  cwd?: string;
  /** Use only this config file (the CLI's --config). */
  configFile?: string;
  /** A config object used for every file instead of lookup (API), resolved from cwd. */
  config?: PolicyLintConfig;
  /** false: no lookup, built-in defaults only (--no-config-lookup). Default true. */
  lookup?: boolean;
}

const NO_CONFIG: ResolvedConfig = {
  file: null,
  rules: {},
  overrides: [],
  knowledge: {},
  plugins: [],
  extraRules: [],
  definitions: {},
  chain: [],
};

/** Finds and resolves the configuration for each linted file; caches per directory and per config file. */
export class ConfigResolver {
  readonly cwd: string;
  private readonly finder: ConfigFinder;
  private readonly resolved = new Map<string, Promise<ResolvedConfig>>();
  private readonly effective = new Map<string, EffectiveConfig>();

  constructor(private readonly options: ConfigResolverOptions = {}) {
    this.cwd = resolve(options.cwd ?? process.cwd());
    this.finder = new ConfigFinder(this.cwd);
  }

  /** The config file that applies to `filePath` (absolute), or null. */
  async configFileFor(filePath: string): Promise<string | null> {
    if (this.options.config) return null;
    if (this.options.configFile) return resolve(this.cwd, this.options.configFile);
    if (this.options.lookup === false) return null;
    return this.finder.find(dirname(resolve(this.cwd, filePath)));
  }

  private resolveFile(file: string | null): Promise<ResolvedConfig> {
    const key = file ?? (this.options.config ? '<config>' : '');
    let promise = this.resolved.get(key);
    if (!promise) {
      promise = file
        ? resolveConfig({ file }, this.cwd)
        : this.options.config
          ? resolveConfig({ data: this.options.config, dir: this.cwd, name: '<config>' }, this.cwd)
          : Promise.resolve(NO_CONFIG);
      this.resolved.set(key, promise);
    }
    return promise;
  }

  /** The resolved config (with its chain) that applies to a file. */
  async resolvedFor(filePath: string): Promise<ResolvedConfig> {
    return this.resolveFile(await this.configFileFor(filePath));
  }

  /** The settings for one file. Files with the same `key` get the same settings. */
  async forFile(filePath: string): Promise<EffectiveConfig> {
    const absolute = resolve(this.cwd, filePath);
    const file = await this.configFileFor(absolute);
    const resolved = await this.resolveFile(file);
    const { rules, matched, kind, model } = effectiveFor(resolved, absolute);
    const key = `${file ?? (this.options.config ? '<config>' : '')}|${matched.join(',')}`;
    let effective = this.effective.get(key);
    if (!effective) {
      effective = { key, configFile: file, rules, asOf: resolved.asOf, guidance: resolved.guidance, plugins: resolved.extraRules, kind, model, resolved };
      this.effective.set(key, effective);
    }
    return effective;
  }
}

export interface PrintConfigOptions {
  /** --rule settings, applied over the config. */
  rules?: Record<string, RuleSetting>;
  /** --date, which wins over the config's asOf. */
  date?: string;
}

/** The resolved configuration for a file, as --print-config shows it. */
export function printableConfig(effective: EffectiveConfig, cwd: string, options: PrintConfigOptions = {}): Record<string, unknown> {
  const registry = new Map<string, RuleModule>();
  for (const r of [...builtinRules, ...effective.plugins]) registry.set(r.meta.id, r);
  const settings = mergeRuleSettings(effective.rules, options.rules);
  const active = new Map(resolveRules(registry, settings).map((r) => [r.rule.meta.id, r]));
  const rules: Record<string, unknown> = {};
  for (const id of registry.keys()) {
    const a = active.get(id);
    if (!a) rules[id] = ['off'];
    else rules[id] = Object.keys(a.options).length > 0 ? [a.severity === 2 ? 'error' : 'warn', a.options] : [a.severity === 2 ? 'error' : 'warn'];
  }
  const resolved = effective.resolved;
  const out: Record<string, unknown> = {
    configFile: effective.configFile ? configPathShown(effective.configFile, cwd) : null,
    extends: resolved.chain.slice(1),
    asOf: toIsoDate(resolveAsOf(options.date ?? effective.asOf)),
    asOfFrom: options.date !== undefined ? '--date' : effective.asOf !== undefined ? 'config' : 'today',
    rules,
    kind: effective.kind ?? '(read from the document)',
    model: effective.model ? configPathShown(effective.model, cwd) : null,
    plugins: resolved.plugins.map((p) => ({ name: p.name, file: configPathShown(p.entry, cwd), rules: p.rules.map((r) => r.meta.id) })),
    knowledge: resolved.knowledge,
    define: resolved.definitions,
  };
  return out;
}
