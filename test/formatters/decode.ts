/**
 * For each built-in format: how a reader of that format gets a finding's message back, undoing the
 * format's own escaping. Used by the round-trip tests (a message with `%`, `:`, `,` and newlines must
 * come back intact). A finding is picked by its rule id (and, for markdown, its line); the decoders do
 * not know the message.
 */
import { XMLParser } from 'fast-xml-parser';
import type { LintResult } from '../../src/types.js';
import { validateSarif } from './sarif-schema.js';

export interface Pick {
  ruleId: string;
  /** The finding's line in a text file (markdown shows "line N"). */
  line: number;
}

type Node = Record<string, unknown>;
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  htmlEntities: true,
  isArray: (name) => ['testsuite', 'testcase', 'file', 'error', 'failure'].includes(name),
});

function allMessages(results: LintResult[]): LintResult['messages'] {
  return results.flatMap((r) => r.messages);
}

function one<T>(items: T[], what: string): T {
  if (items.length !== 1) throw new Error(`expected one ${what}, found ${items.length}`);
  return items[0];
}

/** Built-in formats that carry no message to decode: csv-summary counts findings per rule and file. */
export const WITHOUT_MESSAGES = ['csv-summary'];

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** RFC 4180 CSV (a leading BOM dropped): records of fields; quoted fields may hold commas, quotes ("") and line ends. */
export function parseCsv(text: string): string[][] {
  const input = text.replace(/^\ufeff/, '');
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && input[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}

export const decoders: Record<string, (out: string, pick: Pick) => string> = {
  stylish: (out, { ruleId }) => {
    const lines = out.split('\n');
    const i = lines.findIndex((l) => l.trimEnd().endsWith(`  ${ruleId}`));
    if (i < 0) throw new Error(`no stylish row for ${ruleId}`);
    const first = lines[i]
      .trimEnd()
      .slice(0, -ruleId.length)
      .trimEnd()
      .replace(/^\s*\S+\s+(error|warning) {2}/, '');
    const more: string[] = [];
    // Later lines of the message are indented under the first; the excerpt is the “quoted” line.
    for (let j = i + 1; j < lines.length && /^ {4}/.test(lines[j]) && !/^\s*“/.test(lines[j]); j++) more.push(lines[j].trim());
    return [first, ...more].join('\n');
  },
  json: (out, { ruleId }) => one(allMessages(JSON.parse(out) as LintResult[]).filter((m) => m.ruleId === ruleId), 'message').message,
  'json-with-metadata': (out, { ruleId }) =>
    one(allMessages((JSON.parse(out) as { results: LintResult[] }).results).filter((m) => m.ruleId === ruleId), 'message').message,
  github: (out, { ruleId }) => {
    const line = one(
      out.split('\n').filter((l) => l.includes(`,title=${ruleId}::`)),
      `${ruleId} annotation`,
    );
    return line
      .slice(line.indexOf('::', 2) + 2)
      .replace(/%0D/g, '\r')
      .replace(/%0A/g, '\n')
      .replace(/%25/g, '%');
  },
  sarif: (out, { ruleId }) => {
    expect(validateSarif(out)).toEqual([]);
    const results = (JSON.parse(out) as { runs: { results: { ruleId?: string; message: { text: string } }[] }[] }).runs[0].results;
    return one(results.filter((r) => r.ruleId === ruleId), 'result').message.text;
  },
  junit: (out, { ruleId }) => {
    const suites = ((xml.parse(out) as Node).testsuites as Node).testsuite as Node[];
    const failures = suites.flatMap((s) => (s.testcase as Node[]).flatMap((c) => (c.failure as Node[] | undefined) ?? []));
    return one(failures.filter((f) => f.type === ruleId), 'failure').message as string;
  },
  checkstyle: (out, { ruleId }) => {
    const files = ((xml.parse(out) as Node).checkstyle as Node).file as Node[];
    const errors = files.flatMap((f) => (f.error as Node[] | undefined) ?? []);
    return one(errors.filter((e) => e.source === `policy-lint.${ruleId}`), 'error').message as string;
  },
  markdown: (out, { line }) => {
    const row = one(
      out.split('\n').filter((l) => l.startsWith(`| line ${line} |`)),
      `row for line ${line}`,
    );
    return row
      .split(' | ')[3]
      .replace(/<br>/g, '\n')
      .replace(/\\([\\`*_[\]|~])/g, '$1')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  },
  html: (out, { ruleId }) => {
    const items = out.split('<li class="finding ').slice(1).filter((li) => li.includes(`data-rule="${escapeHtml(ruleId)}"`));
    const li = one(items, `${ruleId} finding`);
    const text = /<p class="message">([\s\S]*?)<\/p>/.exec(li)![1];
    return text
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  },
  csv: (out, { ruleId }) => {
    const [header, ...rows] = parseCsv(out);
    const rule = header.indexOf('rule');
    const message = header.indexOf('message');
    return one(rows.filter((r) => r[rule] === ruleId), `${ruleId} row`)[message];
  },
  compact: (out, { ruleId }) => {
    const end = out.indexOf(` (${ruleId})`);
    const start = Math.max(out.lastIndexOf('Warning - ', end), out.lastIndexOf('Error - ', end));
    if (end < 0 || start < 0) throw new Error(`no compact line for ${ruleId}`);
    return out.slice(out.indexOf(' - ', start) + 3, end);
  },
};
