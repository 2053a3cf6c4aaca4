/**
 * From a config file to the settings for one linted file:
 *
 * 1. read the file and check it against the schema;
 * 2. apply its `extends` in order (presets, shareable configs, plugin configs; later wins; a cycle is an
 *    error), then its own settings;
 * 3. load its plugins and compile its `define`d rules, so every rule name is known;
 * 4. check every `rules` entry (the base's and the overrides') against that set of rules and each rule's
 *    options schema, naming the config file and the place in it;
 * 5. for a linted file: the base rules, then each override whose `files` match (globs relative to the
 *    config file's directory), in order.
 *
 * Rules from plugins and from `define` are off until a config turns them on (as in ESLint).
 */
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { builtinRules } from '../../rules/index.js';
import { lazyRequire } from '../lazy.js';
import { compileSchema, ConfigError, optionsSchema, parseSeverity, suggest } from '../config.js';
import { compileDefinition } from '../declarative/index.js';
import type { PolicyKind } from '../model/types.js';
import { defaultGuidance, mergeGuidance, type EditionOverride } from '../guidance/index.js';
import type { Guidance, SchoolWeekFact } from '../guidance/types.js';
import { parseIsoDate } from '../common/days.js';
import type { RuleModule, RuleSetting } from '../types.js';
import { configPathShown, isPathSpec, readConfigFile, resolvePackage, resolvePathSpec } from './load.js';
import { loadPlugin, type LoadedPlugin } from './plugins.js';
import { configSchema, describeSchemaError, formatPath, found, pickError } from './schema.js';
import type { KnowledgeConfig, PolicyLintConfig, RuleSettings } from './types.js';

export const PRESETS = ['policy-lint:recommended', 'policy-lint:adviser', 'policy-lint:all'] as const;

/**
 * The built-in presets: recommended = the built-in rules a school expects by default (meta.recommended
 * not false) at their default severity, the others off; adviser = every built-in rule at its default
 * severity (the Virtual School adviser's checklist); all = every one at "error".
 */
export function presetConfig(name: string): PolicyLintConfig | undefined {
  if (name === 'policy-lint:recommended') {
    return { rules: Object.fromEntries(builtinRules.map((r) => [r.meta.id, r.meta.recommended === false ? 'off' : r.meta.defaultSeverity])) };
  }
  if (name === 'policy-lint:adviser') return { rules: Object.fromEntries(builtinRules.map((r) => [r.meta.id, r.meta.defaultSeverity])) };
  if (name === 'policy-lint:all') return { rules: Object.fromEntries(builtinRules.map((r) => [r.meta.id, 'error'])) };
  return undefined;
}

/** Merges one rule setting over another: a bare severity keeps the options already set (as ESLint). */
export function mergeRuleSetting(base: RuleSetting | undefined, next: RuleSetting): RuleSetting {
  if (!Array.isArray(next) && Array.isArray(base) && base.length > 1) return [next, base[1]];
  return next;
}

export function mergeRuleSettings(base: RuleSettings, next: RuleSettings | undefined): RuleSettings {
  const out: RuleSettings = { ...base };
  for (const [id, setting] of Object.entries(next ?? {})) out[id] = mergeRuleSetting(out[id], setting);
  return out;
}

interface RulesOrigin {
  file: string;
  path: Array<string | number>;
  settings: RuleSettings;
}

interface OverrideEntry {
  files: string[];
  excludedFiles: string[];
  rules: RuleSettings;
  kind?: PolicyKind;
  /** The model policy these files are compared with (absolute). */
  model?: string;
  /** Globs are relative to this directory (the config file found for the linted file). */
  baseDir: string;
  match: (relativePath: string) => boolean;
}

/** A config file with its whole `extends` chain applied. */
export interface ResolvedConfig {
  /** The config file (absolute), or null for "no config". */
  file: string | null;
  rules: RuleSettings;
  overrides: OverrideEntry[];
  asOf?: string;
  /** The model policy (absolute path) every file is compared with, unless an override names another. */
  model?: string;
  knowledge: KnowledgeConfig;
  guidance?: Guidance;
  plugins: LoadedPlugin[];
  /** Rules from plugins and define. */
  extraRules: RuleModule[];
  definitions: Record<string, unknown>;
  /** Every file of the chain, in the order applied. */
  chain: string[];
}

/** The settings one linted file gets. */
export interface EffectiveConfig {
  /** Files with the same key share settings (used to group a batch). */
  key: string;
  configFile: string | null;
  rules: RuleSettings;
  asOf?: string;
  guidance?: Guidance;
  /** Rules from plugins and define, for the Linter's `plugins`. */
  plugins: RuleModule[];
  /** The policy kind an override sets for these files (else read from each document). */
  kind?: PolicyKind;
  /** The model policy these files are compared with (absolute path), when the config names one. */
  model?: string;
  resolved: ResolvedConfig;
}

interface Layer {
  /** The config's data. */
  data: unknown;
  /** How messages name it. */
  file: string;
  /** Its id for cycle detection (an absolute path, or a preset or plugin config name). */
  id: string;
  /** Where its relative paths (plugins, extends) are resolved from. */
  dir: string;
}

class Builder {
  rules: RuleSettings = {};
  origins: RulesOrigin[] = [];
  overrides: Array<{ files: string[]; excludedFiles: string[]; rules: RuleSettings; kind?: PolicyKind; model?: string; file: string; index: number }> = [];
  asOf?: { value: string; file: string };
  model?: string;
  editions: Record<string, EditionOverride[]> = {};
  schoolWeek: Partial<SchoolWeekFact> | undefined;
  plugins = new Map<string, LoadedPlugin>();
  defined = new Map<string, RuleModule>();
  definitions: Record<string, unknown> = {};
  chain: string[] = [];

  constructor(readonly cwd: string) {}

  async apply(layer: Layer, stack: string[]): Promise<void> {
    if (stack.includes(layer.id)) {
      const names = [...stack.slice(stack.indexOf(layer.id)), layer.id].map((id) => (isAbsolute(id) ? configPathShown(id, this.cwd) : id));
      throw new ConfigError(`${names[0]}: extends cycle: ${names.join(' -> ')}.`);
    }
    const here = [...stack, layer.id];
    const data = layer.data ?? {};
    const validate = compileSchema(configSchema);
    if (!validate(data)) throw new ConfigError(`${layer.file}: ${describeSchemaError(pickError(validate.errors!), data)}.`);
    const config = data as PolicyLintConfig;
    this.chain.push(layer.file);

    // Plugins first: a plugin config in `extends` may name a plugin loaded here.
    for (const [i, spec] of (config.plugins ?? []).entries()) {
      await this.addPlugin(await loadPlugin(spec, layer.dir, { file: layer.file, at: formatPath(['plugins', i]) + ` ("${spec}")`, cwd: this.cwd }), layer.file);
    }
    const extendsList = config.extends === undefined ? [] : Array.isArray(config.extends) ? config.extends : [config.extends];
    for (const [i, spec] of extendsList.entries()) {
      await this.apply(await this.extendsLayer(spec, layer, formatPath(['extends', i])), here);
    }

    for (const [name, def] of Object.entries(config.define ?? {})) {
      if (builtinRules.some((r) => r.meta.id === name)) {
        throw new ConfigError(`${layer.file}: ${formatPath(['define', name])}: "${name}" is a built-in rule; give the definition another name (e.g. "local/${name}").`);
      }
      this.defined.set(name, compileDefinition(name, def, { file: layer.file, docs: isAbsolute(layer.id) ? `file://${layer.id}` : undefined }));
      this.definitions[name] = def;
    }
    if (config.rules) {
      this.origins.push({ file: layer.file, path: ['rules'], settings: config.rules });
      this.rules = mergeRuleSettings(this.rules, config.rules);
    }
    for (const [i, o] of (config.overrides ?? []).entries()) {
      const files = Array.isArray(o.files) ? o.files : [o.files];
      const excludedFiles = o.excludedFiles === undefined ? [] : Array.isArray(o.excludedFiles) ? o.excludedFiles : [o.excludedFiles];
      if (o.rules) this.origins.push({ file: layer.file, path: ['overrides', i, 'rules'], settings: o.rules });
      this.overrides.push({ files, excludedFiles, rules: o.rules ?? {}, kind: o.kind, model: o.model === undefined ? undefined : resolve(layer.dir, o.model), file: layer.file, index: i });
    }
    // A model path is the config file's, resolved from its folder (as plugins and extends are).
    if (config.model !== undefined) this.model = resolve(layer.dir, config.model);
    if (config.asOf !== undefined) {
      if (!parseIsoDate(config.asOf)) throw new ConfigError(`${layer.file}: asOf must be a real date written YYYY-MM-DD, found ${found(config.asOf)}.`);
      this.asOf = { value: config.asOf, file: layer.file };
    }
    if (config.knowledge) this.addKnowledge(config.knowledge, layer.file);
  }

  private async addPlugin(plugin: LoadedPlugin, file: string): Promise<void> {
    const same = this.plugins.get(plugin.name);
    if (same && same.entry !== plugin.entry) {
      throw new ConfigError(`${file}: two different plugins are named "${plugin.name}" (${configPathShown(same.entry, this.cwd)} and ${configPathShown(plugin.entry, this.cwd)}).`);
    }
    this.plugins.set(plugin.name, plugin);
  }

  private addKnowledge(knowledge: KnowledgeConfig, file: string): void {
    const known = Object.keys(defaultGuidance.documents);
    for (const [id, editions] of Object.entries(knowledge.editions ?? {})) {
      if (!defaultGuidance.documents[id]) {
        const near = suggest(id, known);
        throw new ConfigError(
          `${file}: ${formatPath(['knowledge', 'editions', id])}: no guidance "${id}" in the knowledge data${near ? ` (did you mean "${near}"?)` : ''}; known: ${known.join(', ')}.`,
        );
      }
      for (const [i, e] of editions.entries()) {
        if (e.inForce && !parseIsoDate(e.inForce)) {
          throw new ConfigError(`${file}: ${formatPath(['knowledge', 'editions', id, i, 'inForce'])} must be a real date written YYYY-MM-DD, found ${found(e.inForce)}.`);
        }
      }
      this.editions[id] = [...(this.editions[id] ?? []), ...editions];
    }
    if (knowledge.schoolWeek) this.schoolWeek = { ...(this.schoolWeek ?? {}), ...knowledge.schoolWeek };
  }

  private async extendsLayer(spec: string, from: Layer, at: string): Promise<Layer> {
    const preset = presetConfig(spec);
    if (preset) return { data: preset, file: spec, id: spec, dir: from.dir };
    if (spec.startsWith('policy-lint:')) {
      const near = suggest(spec, PRESETS);
      throw new ConfigError(`${from.file}: ${at}: unknown preset "${spec}"${near ? ` (did you mean "${near}"?)` : ''}; the presets are ${PRESETS.slice(0, -1).map((p) => `"${p}"`).join(', ')} and "${PRESETS[PRESETS.length - 1]}".`);
    }
    if (spec.startsWith('plugin:')) {
      const body = spec.slice('plugin:'.length);
      const slash = body.lastIndexOf('/');
      if (slash <= 0) throw new ConfigError(`${from.file}: ${at}: "${spec}" must be written plugin:<plugin>/<config>, e.g. "plugin:herts/recommended".`);
      const pluginName = body.slice(0, slash);
      const configName = body.slice(slash + 1);
      let plugin = this.plugins.get(pluginName);
      if (!plugin) {
        plugin = await loadPlugin(pluginName, from.dir, { file: from.file, at, cwd: this.cwd });
        await this.addPlugin(plugin, from.file);
      }
      const config = Object.hasOwn(plugin.configs, configName) ? plugin.configs[configName] : undefined;
      if (!config) {
        const names = Object.keys(plugin.configs);
        const near = suggest(configName, names);
        throw new ConfigError(
          `${from.file}: ${at}: the plugin "${plugin.name}" has no config "${configName}"${near ? ` (did you mean "${near}"?)` : names.length ? ` (it has ${names.map((n) => `"${n}"`).join(', ')})` : ''}.`,
        );
      }
      return { data: config, file: `${spec} (${configPathShown(plugin.entry, this.cwd)})`, id: spec, dir: plugin.dir };
    }
    let target: { entry: string } | null;
    if (isPathSpec(spec)) {
      target = resolvePathSpec(spec, from.dir);
    } else {
      target = null;
      const candidates = spec.startsWith('policy-lint-config') || spec.includes('/policy-lint-config') ? [spec] : configCandidates(spec);
      for (const c of candidates) if ((target = resolvePackage(c, from.dir))) break;
      if (!target) {
        throw new ConfigError(
          `${from.file}: ${at}: cannot find the shareable config "${spec}" (looked for ${candidates.map((c) => `"${c}"`).join(' and ')} in node_modules); install it, or give a path such as "./base.policylintrc.yaml".`,
        );
      }
    }
    const data = await readConfigFile(target.entry, this.cwd);
    return { data, file: configPathShown(target.entry, this.cwd), id: target.entry, dir: dirname(target.entry) };
  }

  /** Every rule the chain knows: built-in, plugins', defined. */
  registry(): Map<string, RuleModule> {
    const registry = new Map<string, RuleModule>();
    for (const r of builtinRules) registry.set(r.meta.id, r);
    for (const p of this.plugins.values()) for (const r of p.rules) registry.set(r.meta.id, r);
    for (const [name, r] of this.defined) {
      if (registry.has(name)) throw new ConfigError(`define: "${name}" is also a plugin's rule; give the definition another name.`);
      registry.set(name, r);
    }
    return registry;
  }
}

function configCandidates(spec: string): string[] {
  const scoped = /^(@[^/]+)(?:\/(.+))?$/.exec(spec);
  if (scoped) return scoped[2] ? [spec, `${scoped[1]}/policy-lint-config-${scoped[2]}`] : [`${scoped[1]}/policy-lint-config`];
  return [`policy-lint-config-${spec}`, spec];
}

/**
 * A matcher for globs relative to a config's directory: a pattern with a "/" matches the relative path;
 * one without ("*.txt") matches the file name at any depth (as ESLint's overrides).
 */
export function globMatcher(patterns: string[]): (relativePath: string) => boolean {
  const picomatch = loadPicomatch();
  const withSlash = patterns.filter((p) => p.includes('/')).map((p) => p.replace(/^\.\//, ''));
  const bare = patterns.filter((p) => !p.includes('/'));
  const full = withSlash.length > 0 ? picomatch(withSlash, { dot: true }) : () => false;
  const base = bare.length > 0 ? picomatch(bare, { dot: true }) : () => false;
  return (rel) => full(rel) || base(rel.slice(rel.lastIndexOf('/') + 1));
}

const loadPicomatch = lazyRequire<typeof import('picomatch')>('picomatch');

const SEVERITY_WORDS = '"off", "warn" or "error" (or 0, 1, 2)';

/** Checks every `rules` entry against the known rules and their options schemas. */
export function checkRuleSettings(file: string, path: Array<string | number>, settings: RuleSettings, registry: ReadonlyMap<string, RuleModule>): void {
  for (const [id, setting] of Object.entries(settings)) {
    const at = [...path, id];
    const rule = registry.get(id);
    if (!rule) {
      const near = suggest(id, registry.keys());
      throw new ConfigError(`${file}: ${formatPath(at)}: unknown rule "${id}"${near ? ` (did you mean "${near}"?)` : ''}. Run policy-lint --list-rules to see them.`);
    }
    let severityValue: unknown = setting;
    let options: unknown;
    if (Array.isArray(setting)) {
      if ((setting as unknown[]).length === 0 || setting.length > 2) {
        throw new ConfigError(`${file}: ${formatPath(at)} must be a severity or [severity, options], found ${found(setting)}.`);
      }
      severityValue = setting[0];
      options = setting[1];
      try {
        parseSeverity(severityValue, '');
      } catch {
        throw new ConfigError(`${file}: ${formatPath([...at, 0])} must be ${SEVERITY_WORDS}, found ${found(severityValue)}.`);
      }
    } else {
      try {
        parseSeverity(severityValue, '');
      } catch {
        throw new ConfigError(`${file}: ${formatPath(at)} must be ${SEVERITY_WORDS}, or [severity, options], found ${found(severityValue)}.`);
      }
    }
    if (options === undefined) continue;
    if (!options || typeof options !== 'object' || Array.isArray(options)) {
      throw new ConfigError(`${file}: ${formatPath([...at, 1])} must be an object (keys and values), found ${found(options)}.`);
    }
    const validate = compileSchema(optionsSchema(rule));
    const copy = structuredClone(options);
    if (!validate(copy)) throw new ConfigError(`${file}: ${describeSchemaError(pickError(validate.errors!), copy, [...at, 1])}.`);
  }
}

/** Reads a config file (or a config object, for the API) with its whole chain. */
export async function resolveConfig(source: { file: string } | { data: PolicyLintConfig; dir: string; name?: string }, cwd: string): Promise<ResolvedConfig> {
  const builder = new Builder(cwd);
  const layer: Layer =
    'file' in source
      ? { data: await readConfigFile(source.file, cwd), file: configPathShown(source.file, cwd), id: source.file, dir: dirname(source.file) }
      : { data: source.data, file: source.name ?? '<config>', id: source.name ?? '<config>', dir: source.dir };
  await builder.apply(layer, []);
  const registry = builder.registry();
  for (const origin of builder.origins) checkRuleSettings(origin.file, origin.path, origin.settings, registry);

  const baseDir = layer.dir;
  const overrides: OverrideEntry[] = builder.overrides.map((o) => {
    const include = globMatcher(o.files);
    const exclude = o.excludedFiles.length > 0 ? globMatcher(o.excludedFiles) : () => false;
    return { files: o.files, excludedFiles: o.excludedFiles, rules: o.rules, kind: o.kind, model: o.model, baseDir, match: (rel: string) => include(rel) && !exclude(rel) };
  });

  const knowledge: KnowledgeConfig = {};
  if (Object.keys(builder.editions).length > 0) knowledge.editions = builder.editions;
  if (builder.schoolWeek) knowledge.schoolWeek = builder.schoolWeek;
  let guidance: Guidance | undefined;
  if (knowledge.editions || knowledge.schoolWeek) {
    guidance = mergeGuidance(defaultGuidance, {
      documents: Object.fromEntries(Object.entries(builder.editions).map(([id, editions]) => [id, { editions }])),
      schoolWeek: builder.schoolWeek,
    });
  }

  // Rules from plugins and define are off unless the config turns them on.
  const extraRules = [...[...builder.plugins.values()].flatMap((p) => p.rules), ...builder.defined.values()];
  const rules: RuleSettings = {};
  for (const r of extraRules) rules[r.meta.id] = 'off';
  return {
    file: 'file' in source ? source.file : null,
    rules: mergeRuleSettings(rules, builder.rules),
    overrides,
    asOf: builder.asOf?.value,
    model: builder.model,
    knowledge,
    guidance,
    plugins: [...builder.plugins.values()],
    extraRules,
    definitions: builder.definitions,
    chain: builder.chain,
  };
}

/** The settings for one file under a resolved config: rules, and the policy kind the last matching override sets. */
export function effectiveFor(resolved: ResolvedConfig, filePath: string): { rules: RuleSettings; matched: number[]; kind?: PolicyKind; model?: string } {
  let rules = resolved.rules;
  let kind: PolicyKind | undefined;
  let model = resolved.model;
  const matched: number[] = [];
  for (const [i, o] of resolved.overrides.entries()) {
    const rel = relative(o.baseDir, filePath);
    if (!rel || rel.startsWith('..') || isAbsolute(rel)) continue;
    if (!o.match(rel.split(sep).join('/'))) continue;
    matched.push(i);
    rules = mergeRuleSettings(rules, o.rules);
    if (o.kind) kind = o.kind;
    if (o.model) model = o.model;
  }
  return { rules, matched, kind, model };
}
