/**
 * The formats end to end, through the CLI, on the seed policies as of 2026-11-23 (the core table of
 * findings): `--format sarif` validates against the official SARIF 2.1.0 schema (on the seeds, on Word
 * and PDF files from ../shared/corpus when it is there, on unreadable files); `--format github` prints
 * one `::error` per finding with the right file and line; junit and checkstyle parse as XML with the
 * right counts; every rule's docs URL is in SARIF, json-with-metadata and the markdown summary.
 */
import { existsSync, mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { builtinRules } from '../../rules/index.js';
import { builtinFormatters } from '../../src/formatters/index.js';
import { cli } from '../helpers/cli.js';
import { ROOT } from '../helpers/lint.js';
import { validateSarif } from '../formatters/sarif-schema.js';

const CORPUS = join(ROOT, '..', 'shared', 'corpus');
const DATE = ['--date', '2026-11-23'];

/** The core table: file -> rule@line, as the CLI's seeds test has it. */
const CORE: Record<string, string[]> = {
  'bushey-st-james-trust.md': ['review-date-current@13'],
  'edwinstree-middle.md': ['review-date-current@19', 'kcsie-current@210', 'ap-hours-current@334'],
  'hartsfield-jmi-from-pdf.txt': ['kcsie-current@446', 'kcsie-current@475', 'suspension-methods-listed@496', 'review-date-current@531'],
  'hartsfield-jmi.md': ['review-date-current@15', 'kcsie-current@215', 'suspension-methods-listed@231'],
  'windermere-primary.md': ['review-date-current@10', 'kcsie-current@199'],
};
const FINDINGS = Object.values(CORE).flat().length;

interface SarifLog {
  runs: {
    tool: { driver: { rules: { id: string; helpUri: string }[] } };
    invocations: { executionSuccessful: boolean; toolExecutionNotifications?: { message: { text: string } }[] }[];
    results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }[] }[];
  }[];
}

type Node = Record<string, unknown>;
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase', 'file', 'error', 'failure'].includes(name) });

describe('formats through the CLI on the seeds', () => {
  it('sarif validates against the SARIF 2.1.0 schema and has the core table as results', async () => {
    const run = await cli(['fixtures/seeds', ...DATE, '-f', 'sarif']);
    expect(run.code).toBe(1);
    expect(validateSarif(run.stdout)).toEqual([]);
    const log = JSON.parse(run.stdout) as SarifLog;
    const got: Record<string, string[]> = {};
    for (const r of log.runs[0].results) {
      const { artifactLocation, region } = r.locations[0].physicalLocation;
      (got[artifactLocation.uri.replace('fixtures/seeds/', '')] ??= []).push(`${r.ruleId}@${region!.startLine}`);
      expect(r.level).toBe('error');
    }
    expect(got).toEqual(CORE);
    expect(log.runs[0].invocations[0].executionSuccessful).toBe(true);
  });

  it('github prints one ::error line per finding, with the right file and line', async () => {
    const run = await cli(['fixtures/seeds', ...DATE, '-f', 'github']);
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(FINDINGS);
    const got: Record<string, string[]> = {};
    for (const line of lines) {
      const m = /^::error file=fixtures\/seeds\/([^,]+),line=(\d+),col=\d+,endLine=\d+,endColumn=\d+,title=([a-z-]+)::\S/.exec(line);
      expect(m).not.toBeNull();
      (got[m![1]] ??= []).push(`${m![3]}@${m![2]}`);
    }
    expect(got).toEqual(CORE);
  });

  it('junit and checkstyle parse as XML with the right counts', async () => {
    const junit = xml.parse((await cli(['fixtures/seeds', ...DATE, '-f', 'junit'])).stdout) as Node;
    const suites = (junit.testsuites as Node).testsuite as Node[];
    expect((junit.testsuites as Node).failures).toBe(String(FINDINGS));
    expect(Object.fromEntries(suites.map((s) => [String(s.name).replace('fixtures/seeds/', ''), Number(s.failures)]))).toEqual(
      Object.fromEntries(Object.entries(CORE).map(([f, list]) => [f, list.length])),
    );
    const checkstyle = xml.parse((await cli(['fixtures/seeds', ...DATE, '-f', 'checkstyle'])).stdout) as Node;
    const files = (checkstyle.checkstyle as Node).file as Node[];
    expect(Object.fromEntries(files.map((f) => [String(f.name).replace('fixtures/seeds/', ''), (f.error as Node[]).map((e) => `${String(e.source).replace('policy-lint.', '')}@${e.line}`)]))).toEqual(CORE);
  });

  it('every rule\'s docs URL is in SARIF (helpUri), json-with-metadata and the markdown summary', async () => {
    const sarif = JSON.parse((await cli(['fixtures/seeds', ...DATE, '-f', 'sarif'])).stdout) as SarifLog;
    const meta = JSON.parse((await cli(['fixtures/seeds', ...DATE, '-f', 'json-with-metadata'])).stdout) as {
      metadata: { rulesMeta: Record<string, { docs: { url: string } }> };
    };
    const markdown = (await cli(['fixtures/seeds', ...DATE, '-f', 'markdown'])).stdout;
    for (const rule of builtinRules) {
      expect(sarif.runs[0].tool.driver.rules.find((r) => r.id === rule.meta.id)?.helpUri).toBe(rule.meta.docs);
      expect(meta.metadata.rulesMeta[rule.meta.id].docs.url).toBe(rule.meta.docs);
      expect(markdown).toContain(`[${rule.meta.id}](${rule.meta.docs})`);
    }
  });
});

describe('--help', () => {
  it('lists every built-in format and the stdin and rule-docs options', async () => {
    const help = (await cli(['--help'])).stdout;
    const formats = help.slice(help.indexOf('--format NAME'), help.indexOf('-o, --output-file')).replace(/\s+/g, ' ');
    for (const name of Object.keys(builtinFormatters)) expect(formats).toContain(name === 'stylish' ? 'stylish (default)' : ` ${name},`);
    for (const option of ['--stdin ', '--stdin-filename NAME', '--print-rule-docs ID', '--list-rules']) expect(help).toContain(option);
  });
});

describe('SARIF of Word, PDF and unreadable files validates', () => {
  (existsSync(CORPUS) ? it : it.skip)('a .docx and a .pdf from ../shared/corpus', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-lint-sarif-'));
    for (const f of ['edwinstree.docx', 'hartsfield.pdf']) copyFileSync(join(CORPUS, f), join(dir, f));
    const run = await cli(['.', ...DATE, '-f', 'sarif'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(validateSarif(run.stdout)).toEqual([]);
    const log = JSON.parse(run.stdout) as SarifLog;
    const uris = new Set(log.runs[0].results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri));
    expect([...uris].sort()).toEqual(['edwinstree.docx', 'hartsfield.pdf']);
    // Their lines are not lines of the file: no region.
    for (const r of log.runs[0].results) expect(r.locations[0].physicalLocation.region).toBeUndefined();
  });

  it('unreadable files are tool execution notifications', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-lint-sarif-'));
    writeFileSync(join(dir, 'binary.md'), Buffer.from([0x00, 0x01, 0x02, 0x03]));
    writeFileSync(join(dir, 'broken.docx'), Buffer.from('PK\u0003\u0004 truncated'));
    writeFileSync(join(dir, 'old.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    writeFileSync(join(dir, 'scan.pdf'), Buffer.from('%PDF-1.7\n%%EOF\n'));
    const run = await cli(['binary.md', 'broken.docx', 'old.doc', 'scan.pdf', ...DATE, '-f', 'sarif'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(validateSarif(run.stdout)).toEqual([]);
    const inv = (JSON.parse(run.stdout) as SarifLog).runs[0].invocations[0];
    expect(inv.executionSuccessful).toBe(false);
    expect(inv.toolExecutionNotifications).toHaveLength(4);
  });
});
