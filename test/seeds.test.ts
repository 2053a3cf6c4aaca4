/**
 * The core issue's must-show table: on the five real policies, as of 2026-11-23, exactly these
 * findings of the five rules (lines of the original files), all errors, and no others.
 */
import { Linter } from '../src/linter.js';
import { join } from 'node:path';
import { AS_OF, SEEDS } from './helpers/lint.js';

const expected: Record<string, Array<[string, number | number[], RegExp]>> = {
  'edwinstree-middle.md': [
    ['review-date-current', 19, /June 2026, has passed/],
    ['kcsie-current', 210, /KCSIE 2022.*KCSIE 2026/],
    ['ap-hours-current', 334, /25 hours.*September 2023/],
  ],
  'hartsfield-jmi-from-pdf.txt': [
    ['kcsie-current', 446, /KCSIE 2024.*KCSIE 2026/],
    ['kcsie-current', 475, /KCSIE 2022.*KCSIE_2022_revised\.pdf/],
    ['suspension-methods-listed', 496, /no methods follow/],
    ['review-date-current', 531, /September 2024, has passed/],
  ],
  'hartsfield-jmi.md': [
    ['review-date-current', [15, 239], /September 2024, has passed/],
    ['kcsie-current', 215, /KCSIE 2024/],
    ['suspension-methods-listed', 231, /no methods follow/],
  ],
  'bushey-st-james-trust.md': [['review-date-current', 13, /December 2025, has passed/]],
  'windermere-primary.md': [
    ['review-date-current', [10, 23, 228], /November 2025, has passed/],
    ['kcsie-current', 199, /KCSIE 2024/],
  ],
};

describe('the five seed policies as of 2026-11-23', () => {
  const linter = new Linter({ date: AS_OF });
  for (const [file, findings] of Object.entries(expected)) {
    it(`${file}: exactly the expected findings`, async () => {
      const result = await linter.lintFile(join(SEEDS, file));
      const messages = [...result.messages].sort((a, b) => a.line - b.line);
      const want = [...findings].sort((a, b) => [a[1]].flat()[0] - [b[1]].flat()[0]);
      expect(messages.map((m) => m.ruleId)).toEqual(want.map((w) => w[0]));
      want.forEach(([ruleId, lines, text], i) => {
        const m = messages[i];
        expect(m.ruleId).toBe(ruleId);
        expect([lines].flat()).toContain(m.line);
        expect(m.message).toMatch(text);
        expect(m.severity).toBe(2);
        expect(m.excerpt && m.excerpt.length).toBeGreaterThan(0);
      });
      expect(result.errorCount).toBe(findings.length);
      expect(result.warningCount).toBe(0);
    });
  }
});
