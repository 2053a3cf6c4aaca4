/**
 * `checkstyle`: Checkstyle XML (version 4.3), as ESLint's and as CI tools (Jenkins, reviewdog, ...) read
 * it: `<file name>` per file (path relative to cwd) with an `<error line column severity message
 * source="policy-lint.ruleId">` per finding. A fatal message about the file has source `policy-lint`.
 * A finding in a PDF or Word document has no line/column attributes (its lines are not lines of the
 * file): the page and line, or the paragraph, start its message. Values are XML-escaped and characters
 * XML cannot hold are removed.
 */
import type { Formatter } from './types.js';
import { TOOL_NAME, displayPath, hasFileLines, isError, longPosition, whereOf, xmlAttr } from './util.js';

const checkstyle: Formatter = (results, context) => {
  const out = ['<?xml version="1.0" encoding="utf-8"?>', '<checkstyle version="4.3">'];
  for (const result of results) {
    out.push(`  <file name="${xmlAttr(displayPath(result.filePath, context.cwd))}">`);
    for (const m of result.messages) {
      const where = whereOf(result, m);
      let position = '';
      let text = m.message;
      if (hasFileLines(where)) position = `line="${where.line}" column="${where.column}" `;
      else if (m.fatal) position = 'line="1" column="1" ';
      else text = `${longPosition(where)}: ${text}`;
      const source = m.ruleId ? `${TOOL_NAME}.${m.ruleId}` : TOOL_NAME;
      out.push(
        `    <error ${position}severity="${isError(m) ? 'error' : 'warning'}" message="${xmlAttr(text)}" source="${xmlAttr(source)}" />`,
      );
    }
    out.push('  </file>');
  }
  out.push('</checkstyle>');
  return out.join('\n');
};

export default checkstyle;
