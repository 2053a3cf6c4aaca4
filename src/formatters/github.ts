/**
 * `github`: GitHub Actions workflow commands, one per message, which the runner turns into annotations:
 *
 *   ::error file={path},line={line},col={column},endLine={endLine},endColumn={endColumn},title={ruleId}::{message}
 *
 * Warnings use `::warning`. Escaping is GitHub's (as @actions/core does it): in the message `%`, CR and
 * LF become %25, %0D, %0A; in property values `:` and `,` also become %3A and %2C.
 *
 * The path is relative to cwd with forward slashes. A fatal message is titled after its rule, or
 * `policy-lint` when the file could not be read, and points at line 1. A finding in a PDF or a Word
 * document is annotated on the file alone (its lines are not lines of the file) with the page and line,
 * or the paragraph, at the start of the message.
 */
import type { Formatter } from './types.js';
import { TOOL_NAME, displayPath, hasFileLines, isError, longPosition, terminalText, whereOf } from './util.js';

/** Escapes a command's data (the message). */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a command property's value. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const github: Formatter = (results, context) => {
  const lines: string[] = [];
  for (const result of results) {
    // The runner's log is a terminal: control characters are shown as escapes (terminalText), not obeyed.
    const file = terminalText(displayPath(result.filePath, context.cwd), 'keep');
    for (const m of result.messages) {
      const where = whereOf(result, m);
      const props: [string, string | number][] = [['file', file]];
      let text = terminalText(m.message, 'keep');
      if (m.fatal) {
        props.push(['line', 1]);
      } else if (hasFileLines(where)) {
        props.push(['line', where.line], ['col', where.column]);
        if (where.endLine !== undefined) props.push(['endLine', where.endLine]);
        if (where.endColumn !== undefined) props.push(['endColumn', where.endColumn]);
      } else {
        text = `${longPosition(where)}: ${text}`;
      }
      props.push(['title', terminalText(m.ruleId ?? TOOL_NAME)]);
      const command = isError(m) ? 'error' : 'warning';
      const propText = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
      lines.push(`::${command} ${propText}::${escapeData(text)}`);
    }
  }
  return lines.join('\n');
};

export default github;
