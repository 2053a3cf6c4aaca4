import compact from '../../src/formatters/compact.js';
import json from '../../src/formatters/json.js';
import jsonWithMetadata, { type EslintStyleRuleMeta } from '../../src/formatters/json-with-metadata.js';
import { adviceFor, titleFor } from '../../src/formatters/advice.js';
import { ruleMetaFromEslint } from '../../src/action.js';
import { Linter } from '../../src/linter.js';
import { builtinRules } from '../../rules/index.js';
import type { LintResult } from '../../src/types.js';
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
    const kcsieMeta = builtinRules.find((r) => r.meta.id === 'kcsie-current')!.meta;
    expect(out.metadata.rulesMeta['kcsie-current']).toEqual({
      type: 'problem',
      docs: { description: RULES_META['kcsie-current'].description, url: DOCS('kcsie-current') },
      defaultSeverity: 'error',
      title: kcsieMeta.title,
      // ESLint's meta.messages (templates), and the advice beside them.
      messages: { outdated: expect.stringMatching(/^Cites \{\{citedEdition\}\};/), 'outdated-link': expect.stringMatching(/^Links to \{\{citedEdition\}\}/) },
      messageAdvice: {
        outdated: expect.objectContaining({ reason: expect.stringMatching(/^The policy cites Keeping Children Safe in Education \{\{cited\}\}/), guidance: ['kcsie'] }),
        'outdated-link': expect.objectContaining({ action: expect.stringMatching(/^Replace the link/) }),
      },
    });
    expect(out.metadata.rulesMeta['review-date-current']).toMatchObject({ defaultSeverity: 'warn', usesDate: true });
    const fixable = JSON.parse(
      jsonWithMetadata([], context({ rulesMeta: { x: { ...RULES_META['kcsie-current'], id: 'x', fixable: true } } })),
    ) as { metadata: { rulesMeta: { x: { fixable?: string } } } };
    expect(fixable.metadata.rulesMeta.x.fixable).toBe('code');
  });
});

describe('json-with-metadata carries each rule\'s messages and advice', () => {
  it('a report rebuilt from the JSON gives every finding the same advice and title as the run', () => {
    const linter = new Linter({ date: '2026-11-23' });
    const result = linter.lintText(
      '# Looked After Children Policy\n\nDesignated Teacher: ..........\n\nWe follow KCSIE 2021 and [KCSIE](https://example.org/KCSIE_2019.pdf).\n\nNext review: June 2026\n',
      'p.md',
    );
    expect(result.messages.length).toBeGreaterThanOrEqual(4);
    const json = JSON.parse(jsonWithMetadata([result], context({ rulesMeta: linter.rulesMeta }))) as { results: LintResult[]; metadata: { rulesMeta: Record<string, EslintStyleRuleMeta> } };
    const rebuilt = ruleMetaFromEslint(json.metadata.rulesMeta);
    for (const m of json.results[0].messages) {
      expect(adviceFor(m, { asOf: '2026-11-23', rulesMeta: rebuilt })).toEqual(adviceFor(m, { asOf: '2026-11-23', rulesMeta: linter.rulesMeta }));
      expect(titleFor(m.ruleId!, rebuilt, m.messageId)).toBe(titleFor(m.ruleId!, linter.rulesMeta, m.messageId));
    }
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
