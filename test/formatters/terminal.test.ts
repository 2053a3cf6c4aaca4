/**
 * Issue 16, item 3 (and item 7's compact part): the terminal formats never send a policy's control
 * characters to the terminal. A hostile excerpt, message or file name (clear screen, window title,
 * OSC 8 link, backspaces, a bidi override, a newline in a file name) is shown as ESLint-style escapes,
 * with or without colour, and compact keeps one finding per line.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli.js';
import compact from '../../src/formatters/compact.js';
import github from '../../src/formatters/github.js';
import stylish from '../../src/formatters/stylish.js';
import { terminalText } from '../../src/formatters/util.js';
import type { LintResult } from '../../src/types.js';
import { CWD, context } from './fixtures.js';

const CLEAR = '\u001b[2J\u001b[H';
const TITLE = '\u001b]0;pwned\u0007';
const LINK = '\u001b]8;;https://evil.example/\u001b\\click\u001b]8;;\u001b\\';
const HIDE = 'TBC\b\b\bJo Gant';
const C1 = '\u009b31m';
const BIDI = 'abc\u202Edcba';

function hostile(file: string): LintResult {
  return {
    filePath: path.join(CWD, file),
    messages: [
      {
        ruleId: 'designated-teacher-named',
        severity: 2,
        message: `No designated teacher is named: “${HIDE}”${TITLE}\nsecond line${C1}`,
        line: 3,
        column: 1,
        excerpt: `Designated teacher: ${CLEAR}${LINK}${BIDI}`,
      },
      { ruleId: 'review-date-current', severity: 1, message: `Review date passed\r${CLEAR}`, line: 9, column: 1 },
    ],
    errorCount: 1,
    warningCount: 1,
    fatalErrorCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
  };
}

/** Control characters other than the formatter's own colours, LF and TAB. */
function strayControls(out: string): string[] {
  // eslint-disable-next-line no-control-regex
  const withoutColour = out.replace(/\u001b\[\d+m/g, '');
  // eslint-disable-next-line no-control-regex
  return [...withoutColour.matchAll(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g)].map((m) => m[0]);
}

describe('terminal formats escape control characters', () => {
  const results = [hostile('policies/evil\u001b[2J\nname.md')];

  it('terminalText shows controls as \\u escapes', () => {
    expect(terminalText('a\u001b[2Jb\u0007\u007f\u009b\u202e')).toBe('a\\u001b[2Jb\\u0007\\u007f\\u009b\\u202e');
    expect(terminalText('one\ntwo\rthree\r\n')).toBe('one\\u000atwo\\u000dthree\\u000d\\u000a');
    expect(terminalText('one\ntwo\rthree\r\nfour\ttab', 'keep')).toBe('one\ntwo\\u000dthree\r\nfour\ttab');
  });

  it.each([
    ['stylish', false],
    ['stylish', true],
    ['compact', false],
    ['compact', true],
    ['github', false],
  ] as const)('%s (colour: %s)', (name, color) => {
    const format = { stylish, compact, github }[name];
    const out = format(results, context({ color }));
    expect(strayControls(out)).toEqual([]);
    // What was there is still readable.
    expect(out).toContain('\\u001b]0;pwned\\u0007');
    expect(out).toContain('TBC\\u0008\\u0008\\u0008Jo Gant');
    expect(out).toContain('evil\\u001b[2J');
    if (name === 'stylish') {
      expect(out).toContain('\\u001b]8;;https://evil.example/\\u001b\\click');
      expect(out).toContain('abc\\u202edcba');
    }
  });

  it('compact keeps one finding per line when the file name holds a newline', () => {
    const out = compact(results, context());
    const lines = out.split('\n');
    expect(lines).toHaveLength(2 + 1 + 2); // two findings (the first message has two lines), a blank, the total
    expect(lines[0]).toMatch(/^policies\/evil\\u001b\[2J\\u000aname\.md: line 3, col 1, Error - No designated teacher/);
    expect(lines[2]).toMatch(/^policies\/evil\\u001b\[2J\\u000aname\.md: line 9, col 1, Warning - Review date passed\\u000d\\u001b\[2J\\u001b\[H \(review-date-current\)$/);
  });
});

describe('end to end: a policy and a folder full of escapes', () => {
  it('stylish output and the warnings on stderr carry no control character', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'policy-lint-escapes-'));
    const folder = path.join(dir, `school${TITLE}`);
    mkdirSync(folder);
    writeFileSync(path.join(folder, `policy${CLEAR}.md`), `# Looked-after children\n\nDesignated teacher: TBC${HIDE}${LINK}\n\nReview date: June 2020${CLEAR}\n`);
    symlinkSync('.', path.join(folder, `loop${CLEAR}`));
    let stdout = '';
    let stderr = '';
    const code = await runCli([dir, '--date', '2026-11-23', '--no-progress'], {
      stdout: { write: (s: string) => (stdout += s), isTTY: true },
      stderr: { write: (s: string) => (stderr += s), isTTY: true },
      cwd: dir,
      env: { FORCE_COLOR: '1' },
    });
    expect(code).toBe(1);
    expect(stdout).toContain('policy\\u001b[2J\\u001b[H.md');
    expect(strayControls(stdout)).toEqual([]);
    expect(stderr).toContain('loop\\u001b[2J');
    expect(strayControls(stderr)).toEqual([]);
  });
});
