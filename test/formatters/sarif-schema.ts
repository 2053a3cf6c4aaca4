/**
 * Validates a SARIF log with Ajv against the SARIF 2.1.0 JSON schema.
 *
 * The official schema (`sarif-schema-2.1.0.json` from OASIS, oasis-tcs/sarif-spec) is not shipped by any
 * npm package as a file, so it is looked for, in order, at:
 *   1. the path in $SARIF_SCHEMA,
 *   2. vendor/sarif-2.1.0.json in the project,
 *   3. ../shared/reference/sarif-schema-2.1.0.json beside the project.
 * Both published variants are read: the draft-07 one and the errata01 one (draft-04, whose `id` is read
 * as `$id`; it uses no keyword whose meaning changed since draft-04).
 *
 * When none is there, a stand-in schema written here is used: the SARIF 2.1.0 objects policy-lint writes
 * (log, run, tool component, reporting descriptor, result, location, region, invocation, notification),
 * each closed to unknown properties, with the spec's required properties, enums and minimums. It is
 * stricter than the official schema on those objects and knows nothing of the others.
 * `sarifSchemaSource` says which schema was used.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { ROOT } from '../helpers/lint.js';

const CANDIDATES = [
  process.env.SARIF_SCHEMA,
  join(ROOT, 'vendor', 'sarif-2.1.0.json'),
  join(ROOT, '..', 'shared', 'reference', 'sarif-schema-2.1.0.json'),
].filter((p): p is string => Boolean(p));

const officialPath = CANDIDATES.find((p) => existsSync(p));

/** Which schema validateSarif uses: a file path, or 'stand-in'. */
export const sarifSchemaSource: string = officialPath ?? 'stand-in';

/** Loads the official schema so that Ajv 8 (draft-07) reads it, whichever variant it is. */
function loadOfficial(file: string): Record<string, unknown> {
  const schema = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const dialect = String(schema.$schema ?? '');
  if (/draft-04/.test(dialect)) {
    if (typeof schema.id === 'string' && schema.$id === undefined) schema.$id = schema.id;
    delete schema.id;
  }
  // Ajv's default instance knows draft-07; the schema's own dialect line would make it look for another.
  delete schema.$schema;
  return schema;
}

const positive = { type: 'integer', minimum: 1 } as const;
const message = {
  type: 'object',
  additionalProperties: false,
  required: ['text'],
  properties: { text: { type: 'string' }, markdown: { type: 'string' }, id: { type: 'string' }, arguments: { type: 'array' } },
} as const;
const propertyBag = { type: 'object' } as const;

/** Stand-in: the subset of SARIF 2.1.0 policy-lint writes. */
const STAND_IN = {
  $id: 'policy-lint:sarif-2.1.0-subset',
  type: 'object',
  additionalProperties: false,
  required: ['version', 'runs'],
  properties: {
    $schema: { type: 'string', format: 'uri' },
    version: { enum: ['2.1.0'] },
    runs: { type: 'array', items: { $ref: '#/definitions/run' } },
  },
  definitions: {
    run: {
      type: 'object',
      additionalProperties: false,
      required: ['tool'],
      properties: {
        tool: {
          type: 'object',
          additionalProperties: false,
          required: ['driver'],
          properties: { driver: { $ref: '#/definitions/toolComponent' } },
        },
        invocations: { type: 'array', items: { $ref: '#/definitions/invocation' } },
        columnKind: { enum: ['utf16CodeUnits', 'unicodeCodePoints'] },
        results: { type: 'array', items: { $ref: '#/definitions/result' } },
        properties: propertyBag,
      },
    },
    toolComponent: {
      type: 'object',
      additionalProperties: false,
      required: ['name'],
      properties: {
        name: { type: 'string' },
        informationUri: { type: 'string', format: 'uri' },
        version: { type: 'string' },
        semanticVersion: { type: 'string' },
        rules: { type: 'array', uniqueItems: true, items: { $ref: '#/definitions/reportingDescriptor' } },
        properties: propertyBag,
      },
    },
    reportingDescriptor: {
      type: 'object',
      additionalProperties: false,
      required: ['id'],
      properties: {
        id: { type: 'string' },
        name: { type: 'string' },
        shortDescription: { $ref: '#/definitions/multiformatMessageString' },
        fullDescription: { $ref: '#/definitions/multiformatMessageString' },
        help: { $ref: '#/definitions/multiformatMessageString' },
        helpUri: { type: 'string', format: 'uri' },
        defaultConfiguration: {
          type: 'object',
          additionalProperties: false,
          properties: {
            enabled: { type: 'boolean' },
            level: { enum: ['none', 'note', 'warning', 'error'] },
            rank: { type: 'number', minimum: -1, maximum: 100 },
            parameters: propertyBag,
            properties: propertyBag,
          },
        },
        properties: propertyBag,
      },
    },
    multiformatMessageString: {
      type: 'object',
      additionalProperties: false,
      required: ['text'],
      properties: { text: { type: 'string' }, markdown: { type: 'string' }, properties: propertyBag },
    },
    result: {
      type: 'object',
      additionalProperties: false,
      required: ['message'],
      properties: {
        ruleId: { type: 'string' },
        ruleIndex: { type: 'integer', minimum: -1 },
        rule: { $ref: '#/definitions/reportingDescriptorReference' },
        kind: { enum: ['notApplicable', 'pass', 'fail', 'review', 'open', 'informational'] },
        level: { enum: ['none', 'note', 'warning', 'error'] },
        message,
        locations: { type: 'array', items: { $ref: '#/definitions/location' } },
        properties: propertyBag,
      },
    },
    reportingDescriptorReference: {
      type: 'object',
      additionalProperties: false,
      properties: { id: { type: 'string' }, index: { type: 'integer', minimum: -1 }, properties: propertyBag },
    },
    location: {
      type: 'object',
      additionalProperties: false,
      properties: { physicalLocation: { $ref: '#/definitions/physicalLocation' }, message, properties: propertyBag },
    },
    physicalLocation: {
      type: 'object',
      additionalProperties: false,
      anyOf: [{ required: ['artifactLocation'] }, { required: ['address'] }],
      properties: {
        artifactLocation: {
          type: 'object',
          additionalProperties: false,
          properties: { uri: { type: 'string', format: 'uri-reference' }, uriBaseId: { type: 'string' }, properties: propertyBag },
        },
        region: { $ref: '#/definitions/region' },
        properties: propertyBag,
      },
    },
    region: {
      type: 'object',
      additionalProperties: false,
      properties: {
        startLine: positive,
        startColumn: positive,
        endLine: positive,
        endColumn: positive,
        snippet: propertyBag,
        properties: propertyBag,
      },
    },
    invocation: {
      type: 'object',
      additionalProperties: false,
      required: ['executionSuccessful'],
      properties: {
        executionSuccessful: { type: 'boolean' },
        toolExecutionNotifications: { type: 'array', items: { $ref: '#/definitions/notification' } },
        toolConfigurationNotifications: { type: 'array', items: { $ref: '#/definitions/notification' } },
        properties: propertyBag,
      },
    },
    notification: {
      type: 'object',
      additionalProperties: false,
      required: ['message'],
      properties: {
        locations: { type: 'array', items: { $ref: '#/definitions/location' } },
        message,
        level: { enum: ['none', 'note', 'warning', 'error'] },
        descriptor: { $ref: '#/definitions/reportingDescriptorReference' },
        associatedRule: { $ref: '#/definitions/reportingDescriptorReference' },
        properties: propertyBag,
      },
    },
  },
};

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
  // unicodeRegExp: false: the official schema's `language` pattern has a stray `]`, which only
  // non-Unicode regular expressions accept (it is compiled as the schema's authors' tools did).
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  ajv.addFormat('uri', isUri);
  ajv.addFormat('uri-reference', isUriReference);
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  validate = ajv.compile(officialPath ? loadOfficial(officialPath) : STAND_IN);
  return validate;
}

/** Validates a SARIF log (an object, or its JSON text). Returns the errors; [] when it is valid. */
export function validateSarif(log: unknown): string[] {
  const value = typeof log === 'string' ? (JSON.parse(log) as unknown) : log;
  const check = validator();
  if (check(value)) return [];
  return (check.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);
}
