/**
 * The configuration's JSON schema (checked with Ajv) and the translation of a schema error into one line
 * that names the place in the config, what was expected and what was found:
 *
 *   .policylintrc.yaml: rules["review-date-current"][1].dueSoonDays must be an integer, found "soon"
 *   .policylintrc.yaml: unknown key "rule" at the top level (did you mean "rules"?)
 */
import { POLICY_KINDS } from '../model/kind.js';
import type { ErrorObject } from 'ajv';
import { suggest } from '../config.js';

const DATE = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', 'x-expected': 'a date written YYYY-MM-DD' };
const STRINGS = { type: ['string', 'array'], items: { type: 'string' } };

export const editionSchema = {
  type: 'object',
  required: ['year'],
  properties: {
    year: { type: 'integer', minimum: 1900, maximum: 2199 },
    inForce: { type: ['string', 'null'], pattern: DATE.pattern, 'x-expected': 'a date written YYYY-MM-DD (or null)' },
    label: { type: 'string' },
    verified: { type: 'boolean' },
    sources: { type: 'array', items: { type: 'string' } },
    notes: { type: 'string' },
  },
  additionalProperties: false,
};

export const configSchema = {
  type: 'object',
  properties: {
    $schema: { type: 'string' },
    extends: STRINGS,
    plugins: { type: 'array', items: { type: 'string' } },
    rules: { type: 'object' },
    overrides: {
      type: 'array',
      items: {
        type: 'object',
        required: ['files'],
        properties: {
          files: { ...STRINGS, minItems: 1 },
          excludedFiles: STRINGS,
          rules: { type: 'object' },
          kind: { type: 'string', enum: [...POLICY_KINDS] },
          model: { type: 'string', minLength: 1 },
        },
        additionalProperties: false,
      },
    },
    asOf: DATE,
    model: { type: 'string', minLength: 1 },
    knowledge: {
      type: 'object',
      properties: {
        editions: { type: 'object', additionalProperties: { type: 'array', items: editionSchema } },
        schoolWeek: {
          type: 'object',
          properties: {
            hours: { type: 'number', exclusiveMinimum: 0, maximum: 168 },
            expectedFrom: DATE,
            originalTarget: DATE,
            statutory: { type: 'boolean' },
            summary: { type: 'string' },
            sources: { type: 'array', items: { type: 'string' } },
          },
          additionalProperties: false,
        },
      },
      additionalProperties: false,
    },
    define: { type: 'object', additionalProperties: { type: 'object' } },
  },
  additionalProperties: false,
};

const COMMON = { description: { type: 'string' }, url: { type: 'string' }, kind: { type: 'string' } };
/** The kinds of policy that must have what a presence rule demands ("requiredIn": ["looked-after"]). */
const REQUIRED_IN = { type: 'array', items: { type: 'string', enum: [...POLICY_KINDS] }, minItems: 1 };

export const definitionSchemas: Record<string, Record<string, unknown>> = {
  'require-section': {
    type: 'object',
    required: ['heading'],
    properties: { ...COMMON, heading: { ...STRINGS, minLength: 1, minItems: 1 }, match: { enum: ['contains', 'exact'] }, message: { type: 'string' }, requiredIn: REQUIRED_IN },
    additionalProperties: false,
  },
  'require-named-role': {
    type: 'object',
    required: ['role'],
    properties: { ...COMMON, role: { type: 'string', minLength: 1 }, label: { type: 'string' }, exclude: { type: 'string' }, requiredIn: REQUIRED_IN },
    additionalProperties: false,
  },
  'stale-phrase': {
    type: 'object',
    required: ['pattern'],
    properties: {
      ...COMMON,
      pattern: { type: 'string', minLength: 1 },
      flags: { type: 'string', pattern: '^[imsu]*$', 'x-expected': 'regular-expression flags from "i", "m", "s" and "u"' },
      message: { type: 'string' },
      replacement: { type: 'string' },
    },
    additionalProperties: false,
  },
  'cite-current': {
    type: 'object',
    required: ['guidance'],
    properties: { ...COMMON, guidance: { type: 'string' } },
    additionalProperties: false,
  },
};

/** A path segment list -> `rules["review-date-current"][1].dueSoonDays`. */
export function formatPath(segments: Array<string | number>): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(s)) out += out ? `.${s}` : s;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}

/** Renders a value found in the config, briefly. */
export function found(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) {
    const text = JSON.stringify(value);
    return text.length <= 60 ? text : `a list of ${value.length}`;
  }
  if (value !== null && typeof value === 'object') {
    const text = JSON.stringify(value);
    return text.length <= 60 ? text : 'an object';
  }
  return JSON.stringify(value);
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object (keys and values)',
  null: 'null',
};

function typeWords(type: unknown): string {
  const list = (Array.isArray(type) ? type : [type]).map((t) => TYPE_NAMES[String(t)] ?? String(t));
  return list.length <= 1 ? list.join('') : `${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}`;
}

function splitPointer(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Walks `data` along a JSON pointer, turning array indexes into numbers. */
function resolvePointer(data: unknown, pointer: string): { segments: Array<string | number>; value: unknown } {
  const segments: Array<string | number> = [];
  let value = data;
  for (const part of splitPointer(pointer)) {
    if (Array.isArray(value)) {
      segments.push(Number(part));
      value = value[Number(part)];
    } else {
      segments.push(part);
      value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
    }
  }
  return { segments, value };
}

/** One line for one Ajv error; `base` is where `data` sits in the config (e.g. ['rules', 'x', 1]). */
export function describeSchemaError(error: ErrorObject, data: unknown, base: Array<string | number> = []): string {
  const { segments, value } = resolvePointer(data, error.instancePath);
  const path = formatPath([...base, ...segments]);
  const at = path || 'the top level';
  const schema = (error.parentSchema ?? {}) as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = (error.params as { additionalProperty: string }).additionalProperty;
      const known = Object.keys((schema.properties as Record<string, unknown>) ?? {});
      const near = suggest(key, known);
      return `unknown key "${key}" at ${at}${near ? ` (did you mean "${near}"?)` : known.length ? ` (expected one of ${known.map((k) => `"${k}"`).join(', ')})` : ''}`;
    }
    case 'required': {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      return `${at} must have "${missing}"`;
    }
    case 'type':
      return `${path || 'the configuration'} must be ${typeWords(schema.type ?? (error.params as { type: string }).type)}, found ${found(value)}`;
    case 'enum': {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues;
      const near = typeof value === 'string' ? suggest(value, allowed.map(String)) : undefined;
      return `${path} must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}, found ${found(value)}${near ? ` (did you mean "${near}"?)` : ''}`;
    }
    case 'pattern':
      return `${path} must be ${(schema['x-expected'] as string) ?? `text matching ${JSON.stringify((error.params as { pattern: string }).pattern)}`}, found ${found(value)}`;
    case 'minItems':
      return `${path} must not be empty`;
    case 'minLength':
      return `${path} must not be empty`;
    default:
      return `${path || 'the configuration'} ${error.message ?? 'is invalid'}, found ${found(value)}`;
  }
}

/** The most useful of several errors: a type error at the deepest place, or the first. */
export function pickError(errors: ErrorObject[]): ErrorObject {
  // An error about a value beats a "must match a schema in anyOf"-style summary.
  return errors.find((e) => e.keyword !== 'if' && e.keyword !== 'anyOf' && e.keyword !== 'oneOf') ?? errors[0];
}
