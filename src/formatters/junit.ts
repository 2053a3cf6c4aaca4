/**
 * `junit`: JUnit XML for CI test reports. One `<testsuite>` per file (name = path relative to cwd) with
 * `tests`, `failures` and `errors`; one failed `<testcase name="ruleId 12:5" classname=file>` per
 * finding with a `<failure message type=ruleId>` whose text gives severity, position, message and
 * excerpt. A file that could not be read (or a rule that crashed on it) gives a testcase with an
 * `<error>` instead. A file with no findings gives one passing testcase. Text is XML-escaped, and
 * characters XML cannot hold (most control characters) are removed.
 */
import type { LintMessage, LintResult } from '../types.js';
import type { Formatter } from './types.js';
import { TOOL_NAME, displayPath, isError, longPosition, shortPosition, whereOf, xmlAttr, xmlText } from './util.js';

const junit: Formatter = (results, context) => {
  let totalTests = 0;
  let totalFailures = 0;
  let totalErrors = 0;
  const suites: string[] = [];

  for (const result of results) {
    const file = displayPath(result.filePath, context.cwd);
    const cases: string[] = [];
    let failures = 0;
    let errors = 0;
    for (const m of result.messages) {
      if (m.fatal) errors++;
      else failures++;
      cases.push(testcase(result, m, file));
    }
    if (cases.length === 0) cases.push(`    <testcase time="0" name="${xmlAttr(TOOL_NAME)}" classname="${xmlAttr(file)}" />`);
    totalTests += cases.length;
    totalFailures += failures;
    totalErrors += errors;
    suites.push(
      `  <testsuite package="${TOOL_NAME}" time="0" name="${xmlAttr(file)}" tests="${cases.length}" failures="${failures}" errors="${errors}">\n` +
        `${cases.join('\n')}\n  </testsuite>`,
    );
  }

  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<testsuites name="${TOOL_NAME}" tests="${totalTests}" failures="${totalFailures}" errors="${totalErrors}">`,
    ...suites,
    '</testsuites>',
  ].join('\n');
};

function testcase(result: LintResult, m: LintMessage, file: string): string {
  const where = whereOf(result, m);
  const rule = m.ruleId ?? TOOL_NAME;
  const position = shortPosition(where);
  const name = position ? `${rule} ${position}` : rule;
  const severity = isError(m) ? 'Error' : 'Warning';
  let body = `${longPosition(where, true)}, ${severity} - ${m.message}${m.ruleId ? ` (${m.ruleId})` : ''}`;
  if (m.excerpt) body += `\n${m.excerpt}`;
  const tag = m.fatal ? 'error' : 'failure';
  const type = m.fatal && !m.ruleId ? 'fatal' : rule;
  return (
    `    <testcase time="0" name="${xmlAttr(name)}" classname="${xmlAttr(file)}">` +
    `<${tag} message="${xmlAttr(m.message)}" type="${xmlAttr(type)}">${xmlText(body)}</${tag}></testcase>`
  );
}

export default junit;
