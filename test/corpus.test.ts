/**
 * Issue 3's must-show: the five policies as real .docx files and as PDFs printed from them give the
 * same findings of the five rules as their text versions, each pointing at the right paragraph or page.
 * Reads ../shared/corpus (CI has ../shared beside the repository).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Linter } from '../src/linter.js';
import { AS_OF, ROOT } from './helpers/lint.js';

const CORPUS = join(ROOT, '..', 'shared', 'corpus');
const present = existsSync(CORPUS);
const describeCorpus = present ? describe : describe.skip;
if (!present) console.warn(`../shared/corpus not found at ${CORPUS}: the corpus tests are skipped`);

/** [rule, where (docx: paragraph; pdf: page), text the finding is about] */
type Expect = [string, number, RegExp];
const expected: Record<string, { docx: Expect[]; pdf: Expect[] }> = {
  edwinstree: {
    docx: [['review-date-current', 5, /June 2026/], ['kcsie-current', 122, /KCSIE 2022/], ['ap-hours-current', 205, /25 hours/]],
    pdf: [['review-date-current', 1, /June 2026/], ['kcsie-current', 9, /KCSIE 2022/], ['ap-hours-current', 15, /25 hours/]],
  },
  hartsfield: {
    docx: [['kcsie-current', 173, /KCSIE 2024/], ['kcsie-current', 182, /KCSIE_2022_revised\.pdf/], ['suspension-methods-listed', 186, /no methods/], ['review-date-current', 199, /September 2024/]],
    pdf: [['kcsie-current', 11, /KCSIE 2024/], ['kcsie-current', 12, /KCSIE_2022_revised\.pdf/], ['suspension-methods-listed', 13, /no methods/], ['review-date-current', 14, /September 2024/]],
  },
  'hartsfield-jmi': {
    docx: [['review-date-current', 6, /September 2024/], ['kcsie-current', 129, /KCSIE 2024/], ['suspension-methods-listed', 141, /no methods/]],
    pdf: [['review-date-current', 1, /September 2024/], ['kcsie-current', 9, /KCSIE 2024/], ['suspension-methods-listed', 10, /no methods/]],
  },
  'bushey-st-james': {
    docx: [['review-date-current', 7, /December 2025/]],
    pdf: [['review-date-current', 1, /December 2025/]],
  },
  windermere: {
    docx: [['review-date-current', 3, /November 2025/], ['kcsie-current', 115, /KCSIE 2024/]],
    pdf: [['review-date-current', 1, /November 2025/], ['kcsie-current', 8, /KCSIE 2024/]],
  },
};

describeCorpus('the corpus of real Word and PDF files as of 2026-11-23', () => {
  const linter = new Linter({ date: AS_OF });
  for (const [name, byFormat] of Object.entries(expected)) {
    for (const format of ['docx', 'pdf'] as const) {
      it(`${name}.${format}`, async () => {
        const result = await linter.lintFile(join(CORPUS, `${name}.${format}`));
        expect(result.format).toBe(format);
        const want = byFormat[format];
        expect(result.messages.map((m) => m.ruleId)).toEqual(want.map((w) => w[0]));
        want.forEach(([, where, text], i) => {
          const m = result.messages[i];
          expect(format === 'pdf' ? m.page : m.line).toBe(where);
          if (format === 'pdf') expect(m.line).toBeGreaterThan(0);
          else expect(m.page).toBeUndefined();
          expect(m.message).toMatch(text);
          expect(m.severity).toBe(2);
          expect(m.excerpt?.length).toBeGreaterThan(10);
        });
      }, 30_000);
    }
  }
});
