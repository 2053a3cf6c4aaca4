/**
 * `stylish`, after ESLint's: per file a header (the path relative to cwd, underlined), then one row per
 * message — position, severity, message, rule — in aligned columns, then a summary line. A PDF finding's
 * position is `p. 4 12:5` (line 12 of page 4), a Word finding's `para 40:5`. The excerpt, when there is
 * one, is shown dimmed under the message. Nothing is printed when there are no problems.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { Formatter } from './types.js';
import { displayPath, isError, pluralise, shortPosition, terminalText, totals, whereOf } from './util.js';

/** Longest excerpt shown under a message; longer ones are cut with an ellipsis. */
const EXCERPT_MAX = 100;

/**
 * The rule column lines up after messages up to this long; a longer message is followed by its rule
 * after two spaces, so that one long message does not push every rule off the screen.
 */
const MESSAGE_COLUMN_MAX = 120;

interface Row {
  position: string;
  severity: 'error' | 'warning';
  /** The message's lines (a message may hold newlines: later lines are indented under the first). */
  lines: string[];
  rule: string;
  excerpt?: string;
}

const stylish: Formatter = (results, context) => {
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  const sum = totals(results);
  if (sum.problems === 0) return '';

  let output = '\n';
  for (const result of results) {
    if (result.messages.length === 0) continue;
    const rows: Row[] = result.messages.map((m) => ({
      position: shortPosition(whereOf(result, m)),
      severity: isError(m) ? 'error' : 'warning',
      // ESLint drops one final full stop from the message.
      // Control characters are shown as escapes (terminalText), never sent to the terminal.
      lines: m.message.replace(/([^ ])\.$/u, '$1').split(/\r\n|\r|\n/).map((line) => terminalText(line)),
      rule: terminalText(m.ruleId ?? ''),
      excerpt: m.excerpt ? terminalText(shorten(m.excerpt.replace(/\s+/g, ' ').trim())) : undefined,
    }));
    output += `${chalk.underline(terminalText(displayPath(result.filePath, context.cwd)))}\n`;
    output += `${table(rows, chalk)}\n\n`;
  }

  const colour = sum.errors > 0 ? chalk.red : chalk.yellow;
  output += `${colour.bold(
    `\u2716 ${pluralise(sum.problems, 'problem')} (${pluralise(sum.errors, 'error')}, ${pluralise(sum.warnings, 'warning')})`,
  )}\n`;
  return chalk.reset(output);
};

function shorten(text: string): string {
  return text.length > EXCERPT_MAX ? `${text.slice(0, EXCERPT_MAX - 1).trimEnd()}…` : text;
}

/** Lays rows out as text-table does for ESLint: two spaces between columns, position right-aligned. */
function table(rows: Row[], chalk: ChalkInstance): string {
  const posWidth = Math.max(...rows.map((r) => r.position.length));
  const sevWidth = Math.max(...rows.map((r) => r.severity.length));
  const msgWidth = Math.max(0, ...rows.map((r) => r.lines[0].length).filter((n) => n <= MESSAGE_COLUMN_MAX));
  // Column where the message starts: two spaces, position, two spaces, severity, two spaces.
  const indent = ' '.repeat(2 + posWidth + 2 + sevWidth + 2);

  const out: string[] = [];
  for (const row of rows) {
    const severity = row.severity === 'error' ? chalk.red(row.severity) : chalk.yellow(row.severity);
    const first = [
      '',
      chalk.dim(row.position.padStart(posWidth)),
      severity + ' '.repeat(sevWidth - row.severity.length),
      row.rule ? row.lines[0].padEnd(msgWidth) : row.lines[0],
      row.rule ? chalk.dim(row.rule) : '',
    ]
      .join('  ')
      .trimEnd();
    out.push(first);
    for (const more of row.lines.slice(1)) out.push(`${indent}${more}`.trimEnd());
    if (row.excerpt) out.push(`${indent}${chalk.dim(`“${row.excerpt}”`)}`);
  }
  return out.join('\n');
}

export default stylish;
