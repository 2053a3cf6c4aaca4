/**
 * Rule settings: severities and options, checked before any file is read. Every mistake is a
 * ConfigError that names what is wrong; the CLI prints it and exits 2, with no stack trace.
 */
import type { Ajv as AjvClass, ErrorObject, ValidateFunction } from 'ajv';
import { lazyRequire } from './lazy.js';
import type { RuleModule, RuleSetting, Severity, SeveritySetting } from './types.js';

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export interface ResolvedRule {
  rule: RuleModule;
  severity: 1 | 2;
  options: Record<string, unknown>;
}

const SEVERITIES: Record<string, Severity> = { off: 0, warn: 1, error: 2, '0': 0, '1': 1, '2': 2 };

export function parseSeverity(value: unknown, where: string): Severity {
  const key = typeof value === 'number' || typeof value === 'string' ? String(value).trim().toLowerCase() : '';
  const severity = SEVERITIES[key];
  if (severity === undefined) {
    throw new ConfigError(`${where}: severity must be "off", "warn" or "error" (or 0, 1, 2), not ${JSON.stringify(value)}.`);
  }
  return severity;
}

const ajvModule = lazyRequire<typeof import('ajv')>('ajv');
let ajv: AjvClass | undefined;
const compiled = new WeakMap<object, ValidateFunction>();

/**
 * Compiles a JSON schema once (rule options, configuration files, declarative rules), with the one Ajv
 * instance, loaded on first use. useDefaults fills in options' defaults; verbose keeps the failing data
 * in each error, for the messages.
 */
export function compileSchema(schema: object): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    ajv ??= new (ajvModule().Ajv)({ allErrors: true, useDefaults: true, strict: false, verbose: true });
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}

/** A rule's options schema; a rule without one takes no options. */
export function optionsSchema(rule: RuleModule): object {
  return rule.meta.schema ?? NO_OPTIONS;
}
const NO_OPTIONS = { type: 'object', properties: {}, additionalProperties: false };

function describeAjvError(ruleId: string, error: ErrorObject, options: unknown): string {
  const path = error.instancePath ? error.instancePath.slice(1).replace(/\//g, '.') : '';
  if (error.keyword === 'additionalProperties') {
    const extra = (error.params as { additionalProperty: string }).additionalProperty;
    return `Rule "${ruleId}": unknown option "${extra}".`;
  }
  let found: unknown = options;
  for (const part of path ? path.split('.') : []) found = (found as Record<string, unknown> | undefined)?.[part];
  const subject = path ? `option "${path}"` : 'options';
  return `Rule "${ruleId}": ${subject} ${error.message ?? 'is invalid'} (got ${JSON.stringify(found)}).`;
}

/** Applies defaults and checks options against the rule's schema. */
export function validateOptions(rule: RuleModule, options: Record<string, unknown> | undefined): Record<string, unknown> {
  if (options === undefined) {
    const defaults = schemaDefaults(optionsSchema(rule));
    if (defaults) return defaults;
  }
  const copy = structuredClone(options ?? {});
  if (typeof copy !== 'object' || copy === null || Array.isArray(copy)) {
    throw new ConfigError(`Rule "${rule.meta.id}": options must be an object, not ${JSON.stringify(options)}.`);
  }
  const validate = compileSchema(optionsSchema(rule));
  if (!validate(copy)) {
    throw new ConfigError(describeAjvError(rule.meta.id, validate.errors![0], options));
  }
  return copy;
}

/** Top-level keywords that cannot reject an empty object: schemaDefaults needs nothing else. */
const ACCEPTS_EMPTY_OBJECT = new Set(['type', 'properties', 'additionalProperties', 'description', 'title', '$comment', '$schema']);

/**
 * What Ajv's useDefaults makes of `{}` for a plain object schema (each property's default, copied),
 * without loading Ajv: most runs give no options, and compiling every rule's schema was a tenth of a
 * one-file run. undefined when the schema has keywords (required, anyOf...) that need the validator.
 */
export function schemaDefaults(schema: object): Record<string, unknown> | undefined {
  const s = schema as { type?: unknown; properties?: Record<string, { default?: unknown }> };
  if (s.type !== 'object' || Object.keys(s).some((key) => !ACCEPTS_EMPTY_OBJECT.has(key))) return undefined;
  const defaults: Record<string, unknown> = {};
  for (const [name, property] of Object.entries(s.properties ?? {})) {
    if (property && typeof property === 'object' && 'default' in property) defaults[name] = structuredClone(property.default);
  }
  return defaults;
}

/** Levenshtein distance, for "did you mean" suggestions. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

export function suggest(name: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  // A part of a name ("review-date", "kcsie") means the one rule whose name holds it.
  const needle = name.trim().toLowerCase();
  if (needle.length >= 4) {
    const holding = list.filter((c) => c.toLowerCase().includes(needle));
    if (holding.length === 1) return holding[0];
  }
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of list) {
    const d = distance(name.toLowerCase(), c.toLowerCase());
    if (d < bestScore) {
      best = c;
      bestScore = d;
    }
  }
  return best !== undefined && bestScore <= Math.max(3, Math.floor(name.length / 3)) ? best : undefined;
}

export function unknownRuleError(id: string, known: Iterable<string>): ConfigError {
  const near = suggest(id, known);
  return new ConfigError(`Unknown rule "${id}".${near ? ` Did you mean "${near}"?` : ''} Run policy-lint --list-rules to see them.`);
}

/** Turns user settings into the list of rules to run, with defaults for the rules not named. */
export function resolveRules(
  registry: ReadonlyMap<string, RuleModule>,
  settings: Record<string, RuleSetting> = {},
): ResolvedRule[] {
  for (const id of Object.keys(settings)) {
    if (!registry.has(id)) throw unknownRuleError(id, registry.keys());
  }
  const resolved: ResolvedRule[] = [];
  for (const [id, rule] of registry) {
    const setting = settings[id];
    let severity: Severity;
    let options: Record<string, unknown> | undefined;
    if (setting === undefined) {
      // A rule that is not recommended (the adviser's pack) runs only when a setting turns it on.
      severity = rule.meta.recommended === false ? 0 : parseSeverity(rule.meta.defaultSeverity, `Rule "${id}"`);
    } else if (Array.isArray(setting)) {
      const length = (setting as unknown[]).length;
      if (length === 0 || length > 2) {
        throw new ConfigError(`Rule "${id}": a setting is a severity or [severity, options], not ${JSON.stringify(setting)}.`);
      }
      severity = parseSeverity(setting[0] as SeveritySetting, `Rule "${id}"`);
      options = setting[1];
    } else {
      severity = parseSeverity(setting, `Rule "${id}"`);
    }
    const validated = validateOptions(rule, options);
    if (severity !== 0) resolved.push({ rule, severity, options: validated });
  }
  return resolved;
}
