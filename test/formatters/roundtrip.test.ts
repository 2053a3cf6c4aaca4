/**
 * A message with `%`, `:`, `,` and a newline reaches the reader intact through every built-in format,
 * once the format's own escaping is undone.
 */
import { XMLParser } from 'fast-xml-parser';
import { builtinFormatters } from '../../src/formatters/index.js';
import type { LintResult } from '../../src/types.js';
import { MD, TRICKY, context } from './fixtures.js';
import { validateSarif } from './sarif-schema.js';

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', htmlEntities: true });
type Node = Record<string, unknown>;

/** One file, one warning whose message is TRICKY; also as rule id text where a format shows it. */
const results: LintResult[] = [{ ...MD, errorCount: 0, warningCount: 1, messages: [MD.messages[1]] }];

/** For each format: the message as a reader of that format gets it back. */
const decoders: Record<string, (out: string) => string> = {
  stylish: (out) => {
    const start = out.indexOf('50% done');
    const [first, second] = out.slice(start).split('\n');
    return `${first.replace(/\s+review-date-current$/, '')}\n${second.trim()}`;
  },
  json: (out) => (JSON.parse(out) as LintResult[])[0].messages[0].message,
  'json-with-metadata': (out) => (JSON.parse(out) as { results: LintResult[] }).results[0].messages[0].message,
  github: (out) =>
    out
      .slice(out.indexOf('::', 2) + 2)
      .replace(/%0D/g, '\r')
      .replace(/%0A/g, '\n')
      .replace(/%25/g, '%'),
  sarif: (out) => {
    expect(validateSarif(out)).toEqual([]);
    return (JSON.parse(out) as { runs: { results: { message: { text: string } }[] }[] }).runs[0].results[0].message.text;
  },
  junit: (out) => {
    const suite = ((xml.parse(out) as Node).testsuites as Node).testsuite as Node;
    return ((suite.testcase as Node).failure as Node).message as string;
  },
  checkstyle: (out) => ((((xml.parse(out) as Node).checkstyle as Node).file as Node).error as Node).message as string,
  markdown: (out) => {
    const row = out.split('\n').find((l) => l.startsWith('| line 40 |'))!;
    return row
      .split(' | ')[3]
      .replace(/<br>/g, '\n')
      .replace(/\\([\\`*_[\]|~])/g, '$1')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  },
  compact: (out) => out.slice(out.indexOf('Warning - ') + 'Warning - '.length, out.indexOf(' (review-date-current)')),
};

describe('a message with %, :, , and a newline survives every format', () => {
  it('every built-in format is covered', () => {
    expect(Object.keys(decoders).sort()).toEqual(Object.keys(builtinFormatters).sort());
  });

  it.each(Object.keys(builtinFormatters))('%s', (name) => {
    const out = builtinFormatters[name](results, context());
    expect(decoders[name](out)).toBe(TRICKY);
  });
});
