/**
 * `json-with-metadata`, as ESLint's: `{ results, metadata: { cwd, rulesMeta } }`, plus `asOf` (the
 * run's date) in metadata. Each rule's meta is given in ESLint's shape — `docs: { description, url }`,
 * `fixable: "code"` when the rule can fix — so tools that read ESLint's output find the docs URL where
 * they look for it; the rest of our meta (`defaultSeverity`, `schema`, `usesDate`) is kept beside it.
 * `guidanceData` says how old the built-in guidance facts are on the as-of date (guidanceStaleness:
 * `checked`, `asOf`, `months`, `stale`), with the `notice` the CLI prints when they are stale.
 */
import { guidanceStaleness, guidanceStalenessNotice } from '../guidance/index.js';
import type { RuleMeta } from '../types.js';
import type { Formatter } from './types.js';

export interface EslintStyleRuleMeta {
  type: 'problem';
  docs: { description: string; url: string };
  fixable?: 'code';
  schema?: RuleMeta['schema'];
  defaultSeverity: RuleMeta['defaultSeverity'];
  usesDate?: boolean;
}

export function eslintRuleMeta(meta: RuleMeta): EslintStyleRuleMeta {
  return {
    type: 'problem',
    docs: { description: meta.description, url: meta.docs },
    ...(meta.fixable ? { fixable: 'code' as const } : {}),
    ...(meta.schema ? { schema: meta.schema } : {}),
    defaultSeverity: meta.defaultSeverity,
    ...(meta.usesDate !== undefined ? { usesDate: meta.usesDate } : {}),
  };
}

const jsonWithMetadata: Formatter = (results, context) => {
  const rulesMeta: Record<string, EslintStyleRuleMeta> = {};
  for (const [id, meta] of Object.entries(context.rulesMeta)) rulesMeta[id] = eslintRuleMeta(meta);
  const staleness = guidanceStaleness(context.asOf);
  const notice = guidanceStalenessNotice(staleness);
  const guidanceData = notice ? { ...staleness, notice } : staleness;
  return JSON.stringify({ results, metadata: { cwd: context.cwd, asOf: context.asOf, guidanceData, rulesMeta } });
};

export default jsonWithMetadata;
