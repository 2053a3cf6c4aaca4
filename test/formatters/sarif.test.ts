import sarif, { SARIF_SCHEMA_URI, artifactUri } from '../../src/formatters/sarif.js';
import type { LintResult } from '../../src/types.js';
import { ALL, CLEAN, CWD, DOCS, MD, RULES_META, TRICKY, context } from './fixtures.js';
import { readFileSync } from 'node:fs';
import { sarifSchemaPath, validateSarif } from './sarif-schema.js';

interface SarifRegion {
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region?: SarifRegion } }[];
  properties?: Record<string, unknown>;
}
interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; informationUri: string; version: string; rules: { id: string; helpUri: string; shortDescription: { text: string }; defaultConfiguration: { level: string } }[] } };
    invocations: { executionSuccessful: boolean; toolExecutionNotifications?: { level: string; message: { text: string }; associatedRule?: { id: string; index: number }; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    results: SarifResult[];
  }[];
}

const run = (results: LintResult[]): SarifLog => JSON.parse(sarif(results, context())) as SarifLog;

describe('sarif', () => {
  it('the official SARIF 2.1.0 schema is installed (from @microsoft/sarif-multitool for this platform)', () => {
    const file = sarifSchemaPath();
    expect(file).toMatch(/@microsoft[\\/]sarif-multitool-(linux|darwin|win32)[\\/]sarif-2\.1\.0\.json$/);
    const schema = JSON.parse(readFileSync(file, 'utf8')) as { $schema: string; title: string };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toMatch(/SARIF\) Version 2\.1\.0/);
  });

  it('a missing schema is an error that says how to install it, never a silent fallback', () => {
    // npm installs only this platform's package: another platform's is missing here.
    const other = process.platform === 'linux' ? 'darwin' : 'linux';
    expect(() => sarifSchemaPath(other)).toThrow(/SARIF 2\.1\.0 schema is missing: expected @microsoft\/sarif-multitool-\w+\/sarif-2\.1\.0\.json.*npm ci/);
    expect(() => sarifSchemaPath('aix')).toThrow(/none for "aix"/);
  });

  it('validates against the official SARIF 2.1.0 schema', () => {
    expect(validateSarif(sarif(ALL, context()))).toEqual([]);
    expect(validateSarif(sarif([CLEAN], context()))).toEqual([]);
    expect(validateSarif(sarif([], context({ rulesMeta: {} })))).toEqual([]);
  });

  it('the validator is not vacuous: it rejects a bad level, a line 0, a missing message and an unencoded URI', () => {
    const log = run(ALL);
    log.runs[0].results[0].level = 'fatal';
    log.runs[0].results[1].locations[0].physicalLocation.region!.startLine = 0;
    delete (log.runs[0].results[2] as Partial<SarifResult>).message;
    log.runs[0].results[3].locations[0].physicalLocation.artifactLocation.uri = 'not encoded.docx';
    const errors = validateSarif(log);
    expect(errors.join('\n')).toMatch(/results\/0\/level/);
    expect(errors.join('\n')).toMatch(/results\/1\/locations\/0\/physicalLocation\/region\/startLine/);
    expect(errors.join('\n')).toMatch(/results\/2/);
    expect(errors.join('\n')).toMatch(/results\/3\/locations\/0\/physicalLocation\/artifactLocation\/uri/);
  });

  it('has the log header and the driver with its rules from rulesMeta', () => {
    const log = run(ALL);
    expect(log.$schema).toBe(SARIF_SCHEMA_URI);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0].tool.driver;
    expect(driver.name).toBe('policy-lint');
    expect(driver.informationUri).toMatch(/^https:\/\//);
    expect(driver.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(driver.rules.map((r) => r.id)).toEqual(Object.keys(RULES_META));
    for (const rule of driver.rules) {
      expect(rule.helpUri).toBe(DOCS(rule.id));
      expect(rule.shortDescription.text).toBe(RULES_META[rule.id].description);
    }
    expect(driver.rules.find((r) => r.id === 'review-date-current')!.defaultConfiguration.level).toBe('warning');
    expect(driver.rules.find((r) => r.id === 'kcsie-current')!.defaultConfiguration.level).toBe('error');
  });

  it('has one result per non-fatal message with the right rule index, level and region', () => {
    const log = run(ALL);
    const { results, tool } = log.runs[0];
    expect(results).toHaveLength(4);
    expect(results.map((r) => [r.ruleId, r.level])).toEqual([
      ['kcsie-current', 'error'],
      ['review-date-current', 'warning'],
      ['designated-teacher-named', 'error'],
      ['suspension-methods-listed', 'warning'],
    ]);
    for (const r of results) expect(tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);

    const [kcsie, review, pdf, docx] = results;
    expect(kcsie.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'policies/looked-after.md', uriBaseId: '%SRCROOT%' },
      region: { startLine: 12, startColumn: 5, endLine: 12, endColumn: 44 },
    });
    expect(kcsie.properties).toEqual({ excerpt: 'Keeping Children Safe in Education 2022' });
    expect(review.locations[0].physicalLocation.region).toEqual({ startLine: 40, startColumn: 1 });
    expect(review.message.text).toBe(TRICKY);

    // PDF and Word: the file only, the page/paragraph in the text and the properties.
    expect(pdf.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'policies/scan.pdf', uriBaseId: '%SRCROOT%' } });
    expect(pdf.message.text).toBe('p. 4, line 12: No designated teacher is named.');
    expect(pdf.properties).toMatchObject({ page: 4, lineOnPage: 12, column: 3 });
    expect(docx.locations[0].physicalLocation.region).toBeUndefined();
    expect(docx.message.text).toBe('paragraph 40: Does not say how parents are told of a suspension.');
    expect(docx.properties).toEqual({ paragraph: 40, column: 1 });
  });

  it('reports an unreadable file as a tool execution notification', () => {
    const inv = run(ALL).runs[0].invocations;
    expect(inv).toHaveLength(1);
    expect(inv[0].executionSuccessful).toBe(false);
    expect(inv[0].toolExecutionNotifications).toEqual([
      {
        level: 'error',
        message: { text: 'Could not read this PDF: it is encrypted' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'policies/broken.pdf', uriBaseId: '%SRCROOT%' } } }],
      },
    ]);
    expect(run([MD, CLEAN]).runs[0].invocations).toEqual([{ executionSuccessful: true }]);
  });

  it('a rule that crashed is a notification tied to the rule; an unknown rule is added to the driver', () => {
    const crashed: LintResult = {
      ...MD,
      messages: [
        { ruleId: 'kcsie-current', fatal: true, severity: 2, message: 'Internal error in rule "kcsie-current": boom', line: 1, column: 1 },
        { ruleId: 'plugin-rule', severity: 1, message: 'from a plugin', line: 3, column: 2 },
      ],
    };
    const text = sarif([crashed], context());
    expect(validateSarif(text)).toEqual([]);
    const log = JSON.parse(text) as SarifLog;
    const rules = log.runs[0].tool.driver.rules;
    expect(log.runs[0].invocations[0].toolExecutionNotifications![0].associatedRule).toEqual({ id: 'kcsie-current', index: 1 });
    expect(log.runs[0].results).toHaveLength(1);
    expect(rules[log.runs[0].results[0].ruleIndex]).toEqual({ id: 'plugin-rule' });
  });

  it('percent-encodes artifact URIs relative to cwd', () => {
    expect(artifactUri(`${CWD}/School policies/CLA #1 (2024).md`, CWD)).toEqual({
      uri: 'School%20policies/CLA%20%231%20(2024).md',
      uriBaseId: '%SRCROOT%',
    });
    const odd: LintResult = { ...MD, filePath: `${CWD}/School policies/50% done.md` };
    expect(validateSarif(sarif([odd], context()))).toEqual([]);
  });
});
