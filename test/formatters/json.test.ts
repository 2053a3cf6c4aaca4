import compact from '../../src/formatters/compact.js';
import json from '../../src/formatters/json.js';
import jsonWithMetadata from '../../src/formatters/json-with-metadata.js';
import { ALL, CLEAN, CWD, DOCS, RULES_META, context } from './fixtures.js';

describe('json', () => {
  it('is JSON.stringify of the results (ESLint shape)', () => {
    const out = json(ALL, context());
    expect(out).toBe(JSON.stringify(ALL));
    expect(JSON.parse(out)).toEqual(ALL);
  });
});

describe('json-with-metadata', () => {
  it('has results and metadata with cwd and rulesMeta (docs URLs in ESLint shape)', () => {
    const out = JSON.parse(jsonWithMetadata(ALL, context())) as {
      results: unknown;
      metadata: { cwd: string; asOf: string; rulesMeta: Record<string, { type: string; docs: { url: string; description: string }; defaultSeverity: string; usesDate?: boolean; fixable?: string }> };
    };
    expect(out.results).toEqual(ALL);
    expect(out.metadata.cwd).toBe(CWD);
    expect(out.metadata.asOf).toBe('2026-11-23');
    expect(Object.keys(out.metadata.rulesMeta)).toEqual(Object.keys(RULES_META));
    expect(out.metadata.rulesMeta['kcsie-current']).toEqual({
      type: 'problem',
      docs: { description: RULES_META['kcsie-current'].description, url: DOCS('kcsie-current') },
      defaultSeverity: 'error',
    });
    expect(out.metadata.rulesMeta['review-date-current']).toMatchObject({ defaultSeverity: 'warn', usesDate: true });
    const fixable = JSON.parse(
      jsonWithMetadata([], context({ rulesMeta: { x: { ...RULES_META['kcsie-current'], id: 'x', fixable: true } } })),
    ) as { metadata: { rulesMeta: { x: { fixable?: string } } } };
    expect(fixable.metadata.rulesMeta.x.fixable).toBe('code');
  });
});

describe('compact', () => {
  it('prints one line per finding and a count', () => {
    expect(compact(ALL, context())).toBe(
      [
        'policies/looked-after.md: line 12, col 5, Error - Cites KCSIE 2022; the edition in force on 23 November 2026 is KCSIE 2025. (kcsie-current)',
        'policies/looked-after.md: line 40, col 1, Warning - 50% done, see: a\nb,c (review-date-current)',
        'policies/scan.pdf: p. 4, line 12, col 3, Error - No designated teacher is named. (designated-teacher-named)',
        'policies/trust.docx: paragraph 40, col 1, Warning - Does not say how parents are told of a suspension. (suspension-methods-listed)',
        'policies/broken.pdf: Error - Could not read this PDF: it is encrypted',
        '',
        '5 problems',
      ].join('\n'),
    );
    expect(compact([CLEAN], context())).toBe('');
  });
});
