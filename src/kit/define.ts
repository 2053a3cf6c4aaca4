/**
 * defineRule: a rule from what its author has to say, with the rest filled in (a rule reports errors,
 * fixes nothing and takes no options unless it says otherwise). `check` is the entry point; ESLint's
 * `create` is accepted as its alias.
 */
import type { OptionsSchema, RuleContext, RuleMeta, RuleModule } from '../types.js';

/** Where the built-in rules' docs are published (each rule's .md file beside its code). */
export const DOCS_BASE_URL = 'https://github.com/policy-lint/policy-lint/blob/main/rules/';

/** The URL of a built-in rule's docs. */
export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}

/** A rule takes no options unless its schema says so. */
export const NO_OPTIONS: OptionsSchema = { type: 'object', properties: {}, additionalProperties: false };

type CheckFunction = (context: RuleContext) => void;

/** What a rule's author writes: the meta without its defaults, and `check` (or `create`). */
export interface RuleSpec {
  meta: Omit<RuleMeta, 'docs' | 'defaultSeverity' | 'fixable'> & Partial<Pick<RuleMeta, 'docs' | 'defaultSeverity' | 'fixable'>>;
  /** Checks one document (see RuleModule.check). */
  check?: CheckFunction;
  /** ESLint's name for `check`. */
  create?: CheckFunction;
}

/** A rule module from its spec: defaults filled (docs '', severity 'error', not fixable, no options). */
export function defineRule(spec: RuleSpec): RuleModule {
  const check = spec.check ?? spec.create;
  if (typeof check !== 'function') throw new TypeError(`defineRule: the rule "${spec.meta?.id ?? '?'}" has no check(context) function.`);
  return { meta: withMetaDefaults(spec.meta), check };
}

/** The meta with defaults filled in (an options schema of none when the rule declares none). */
export function withMetaDefaults(meta: RuleSpec['meta']): RuleMeta {
  return { docs: '', defaultSeverity: 'error', fixable: false, ...meta, schema: meta.schema ?? NO_OPTIONS };
}

/**
 * A rule as the engine runs it, from a built-in, a plugin's module or a declarative definition: `check`,
 * else `create`. Undefined when it has neither.
 */
export function checkOf(rule: Partial<RuleModule> | undefined): CheckFunction | undefined {
  if (!rule) return undefined;
  if (typeof rule.check === 'function') return rule.check;
  if (typeof rule.create === 'function') return rule.create;
  return undefined;
}
