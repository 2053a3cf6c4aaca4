import github, { escapeData, escapeProperty } from '../../src/formatters/github.js';
import { ALL, CLEAN, TRICKY, context } from './fixtures.js';

/** Undoes GitHub's escaping (as the runner does). */
function unescape(value: string): string {
  return value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

describe('github', () => {
  it('prints one workflow command per message', () => {
    expect(github(ALL, context()).split('\n')).toEqual([
      '::error file=policies/looked-after.md,line=12,col=5,endLine=12,endColumn=44,title=kcsie-current::Cites KCSIE 2022; the edition in force on 23 November 2026 is KCSIE 2025.',
      '::warning file=policies/looked-after.md,line=40,col=1,title=review-date-current::50%25 done, see: a%0Ab,c',
      '::error file=policies/scan.pdf,title=designated-teacher-named::p. 4, line 12: No designated teacher is named.',
      '::warning file=policies/trust.docx,title=suspension-methods-listed::paragraph 40: Does not say how parents are told of a suspension.',
      '::error file=policies/broken.pdf,line=1,title=policy-lint::Could not read this PDF: it is encrypted',
    ]);
  });

  it('prints nothing for a clean file', () => {
    expect(github([CLEAN], context())).toBe('');
  });

  it('escapes data and properties as GitHub requires', () => {
    expect(escapeData('50% a\r\nb: c, d')).toBe('50%25 a%0D%0Ab: c, d');
    expect(escapeProperty('50% a\r\nb: c, d')).toBe('50%25 a%0D%0Ab%3A c%2C d');
    expect(unescape(escapeData(TRICKY))).toBe(TRICKY);
    expect(unescape(escapeProperty(TRICKY))).toBe(TRICKY);
  });

  it('escapes file paths and rule ids in properties', () => {
    const out = github(
      [
        {
          filePath: `${context().cwd}/odd, name: 100%.md`,
          messages: [{ ruleId: 'plugin:rule,x', severity: 2, message: 'm', line: 1, column: 1 }],
          errorCount: 1,
          warningCount: 0,
          fatalErrorCount: 0,
          fixableErrorCount: 0,
          fixableWarningCount: 0,
        },
      ],
      context(),
    );
    expect(out).toBe('::error file=odd%2C name%3A 100%25.md,line=1,col=1,title=plugin%3Arule%2Cx::m');
  });
});
