/** Test helpers: lint text or a fixture with only the rule under test switched on. */
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { Linter } from '../../src/linter.js';
import { builtinRules } from '../../rules/index.js';
import type { LintMessage, RuleSetting } from '../../src/types.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SEEDS = join(ROOT, 'fixtures', 'seeds');
export const AS_OF = '2026-11-23';

/** Settings that switch every rule off but `ruleId` (with its options). */
export function only(ruleId: string, setting: RuleSetting = 'error'): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  for (const r of builtinRules) rules[r.meta.id] = 'off';
  rules[ruleId] = setting;
  return rules;
}

export function lintWith(ruleId: string, text: string, opts: { date?: string; filePath?: string; setting?: RuleSetting } = {}): LintMessage[] {
  const linter = new Linter({ rules: only(ruleId, opts.setting), date: opts.date ?? AS_OF });
  return linter.lintText(text, opts.filePath ?? 'policy.md').messages;
}

export async function lintSeed(name: string, ruleId?: string, date = AS_OF): Promise<LintMessage[]> {
  const linter = new Linter({ rules: ruleId ? only(ruleId) : {}, date });
  return (await linter.lintFile(join(SEEDS, name))).messages;
}

/** Compact view for assertions: "rule@line". */
export function where(messages: LintMessage[]): string[] {
  return messages.map((m) => `${m.ruleId}@${m.line}`);
}
