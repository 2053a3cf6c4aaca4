/**
 * Plugins: a module that exports `{ meta?: { name }, rules, configs? }`, named in a config's `plugins`
 * by package ("policy-lint-plugin-herts", or "herts" for short) or by path ("./local-rules.js"), resolved
 * from the config file's directory. Its rules are named "<plugin>/<rule>"; its configs can be extended as
 * "plugin:<plugin>/<config>".
 */
import { basename, extname } from 'node:path';
import { ConfigError } from '../config.js';
import { checkOf } from '../kit/define.js';
import type { RuleMeta, RuleModule } from '../types.js';
import { configPathShown, importModule, isPathSpec, resolvePackage, resolvePathSpec } from './load.js';
import type { PolicyLintConfig, PolicyLintPlugin } from './types.js';

export const PLUGIN_PREFIX = 'policy-lint-plugin-';

export interface LoadedPlugin {
  name: string;
  /** The module's file. */
  entry: string;
  /** Where its configs' relative paths are resolved from. */
  dir: string;
  /** Its rules, renamed "<name>/<rule>". */
  rules: RuleModule[];
  configs: Record<string, PolicyLintConfig>;
}

/** "policy-lint-plugin-herts" -> "herts"; "@la/policy-lint-plugin-x" -> "@la/x"; "@la/policy-lint-plugin" -> "@la". */
export function pluginNameFromPackage(packageName: string): string {
  const scoped = /^(@[^/]+)\/(.+)$/.exec(packageName);
  if (scoped) {
    if (scoped[2] === 'policy-lint-plugin') return scoped[1];
    if (scoped[2].startsWith(PLUGIN_PREFIX)) return `${scoped[1]}/${scoped[2].slice(PLUGIN_PREFIX.length)}`;
    return packageName;
  }
  return packageName.startsWith(PLUGIN_PREFIX) ? packageName.slice(PLUGIN_PREFIX.length) : packageName;
}

/** The package names to try for a plugin written as `spec` ("herts" tries policy-lint-plugin-herts first). */
export function pluginPackageCandidates(spec: string): string[] {
  const scoped = /^(@[^/]+)(?:\/(.+))?$/.exec(spec);
  if (scoped) {
    if (!scoped[2]) return [`${scoped[1]}/policy-lint-plugin`];
    return scoped[2].startsWith(PLUGIN_PREFIX) ? [spec] : [`${scoped[1]}/${PLUGIN_PREFIX}${scoped[2]}`, spec];
  }
  return spec.startsWith(PLUGIN_PREFIX) ? [spec] : [`${PLUGIN_PREFIX}${spec}`, spec];
}

const loaded = new Map<string, Promise<LoadedPlugin>>();

export interface PluginWhere {
  /** The config file, as messages name it. */
  file: string;
  /** "plugins[0]" or "extends[1]". */
  at: string;
  cwd: string;
}

/** Loads (once per module file) and checks a plugin. */
export async function loadPlugin(spec: string, fromDir: string, where: PluginWhere): Promise<LoadedPlugin> {
  let target: { entry: string; dir: string; packageName?: string } | null;
  if (isPathSpec(spec)) {
    target = resolvePathSpec(spec, fromDir);
  } else {
    target = null;
    for (const candidate of pluginPackageCandidates(spec)) {
      target = resolvePackage(candidate, fromDir);
      if (target) break;
    }
    if (!target) {
      throw new ConfigError(
        `${where.file}: ${where.at}: cannot find the plugin "${spec}" (looked for ${pluginPackageCandidates(spec)
          .map((c) => `"${c}"`)
          .join(' and ')} in node_modules from ${configPathShown(fromDir, where.cwd) || '.'}); install it, or give a path such as "./local-rules.js".`,
      );
    }
  }
  let promise = loaded.get(target.entry);
  if (!promise) {
    promise = buildPlugin(spec, target, where);
    loaded.set(target.entry, promise);
    promise.catch(() => loaded.delete(target!.entry));
  }
  return promise;
}

async function buildPlugin(spec: string, target: { entry: string; dir: string; packageName?: string }, where: PluginWhere): Promise<LoadedPlugin> {
  const mod = (await importModule(target.entry, where.cwd, 'plugin')) as Partial<PolicyLintPlugin> | undefined;
  const bad = (why: string) => new ConfigError(`${where.file}: ${where.at}: "${spec}" is not a policy-lint plugin: ${why}.`);
  if (!mod || typeof mod !== 'object') throw bad('it exports nothing');
  if (!mod.rules || typeof mod.rules !== 'object' || Array.isArray(mod.rules)) throw bad('it exports no "rules" object');
  const name =
    (typeof mod.meta?.name === 'string' && mod.meta.name) ||
    (target.packageName ? pluginNameFromPackage(target.packageName) : '') ||
    basename(target.entry, extname(target.entry));
  const rules: RuleModule[] = [];
  for (const [key, rule] of Object.entries(mod.rules)) {
    const check = checkOf(rule as Partial<RuleModule>);
    if (!rule || typeof rule !== 'object' || !check) {
      throw bad(`its rule "${key}" has no check(context) function (or create(context), as in ESLint)`);
    }
    const meta = ((rule as RuleModule).meta ?? {}) as Partial<RuleMeta>;
    rules.push({
      meta: {
        description: '',
        docs: '',
        defaultSeverity: 'error',
        fixable: false,
        ...meta,
        id: `${name}/${key}`,
      },
      check,
    });
  }
  const configs = mod.configs && typeof mod.configs === 'object' ? mod.configs : {};
  return { name, entry: target.entry, dir: target.dir, rules, configs };
}

/** Typed identity for a plugin's module (for authors). */
export function definePlugin<T extends PolicyLintPlugin>(plugin: T): T {
  return plugin;
}
