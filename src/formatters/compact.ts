/**
 * `compact`, after ESLint's: one line per finding,
 *   `path: line 12, col 5, Error - message (rule-id)`
 * (`p. 4, line 12, col 5` in a PDF, `paragraph 40, col 5` in a Word document), then the number of
 * problems. The path is relative to cwd. Control characters in paths and messages are shown as
 * escapes (`\u001b`); a path's newline too, so each finding is one line. Nothing is printed when there are no problems.
 */
import type { Formatter } from './types.js';
import { displayPath, isError, longPosition, pluralise, terminalText, totals, whereOf } from './util.js';

const compact: Formatter = (results, context) => {
  const lines: string[] = [];
  for (const result of results) {
    // A file name's newlines are escaped too, so that each finding stays on one line.
    const file = terminalText(displayPath(result.filePath, context.cwd));
    for (const m of result.messages) {
      const where = whereOf(result, m);
      const position = where.kind === 'file' ? '' : `${longPosition(where, true)}, `;
      lines.push(`${file}: ${position}${isError(m) ? 'Error' : 'Warning'} - ${terminalText(m.message, 'keep')}${m.ruleId ? ` (${terminalText(m.ruleId)})` : ''}`);
    }
  }
  const sum = totals(results);
  if (sum.problems === 0) return '';
  return `${lines.join('\n')}\n\n${pluralise(sum.problems, 'problem')}`;
};

export default compact;
