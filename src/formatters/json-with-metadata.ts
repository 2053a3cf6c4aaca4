/**
 * `json-with-metadata`, as ESLint's: `{ results, metadata: { cwd, rulesMeta } }`, plus `asOf` (the
 * run's date) in metadata. Each rule's meta is given in ESLint's shape — `docs: { description, url }`,
 * `fixable: "code"` when the rule can fix — so tools that read ESLint's output find the docs URL where
 * they look for it; `messages` is ESLint's (messageId -> template), and the rest of our meta
 * (`defaultSeverity`, `schema`, `usesDate`, `title`, and `messageAdvice`: each message's reason, action and
 * guidance) is kept beside it, so the advice in a report rebuilt from this JSON reads as the run's did.
 * `guidanceData` says how old the built-in guidance facts are on the as-of date (guidanceStaleness:
 * `checked`, `asOf`, `months`, `stale`), with the `notice` the CLI prints when they are stale.
 */
import { guidanceStaleness, guidanceStalenessNotice } from '../guidance/index.js';
import type { MessagesDeclaration, RuleMeta } from '../types.js';
import type { Formatter } from './types.js';

export interface EslintStyleRuleMeta {
  type: 'problem';
  docs: { description: string; url: string };
  fixable?: 'code';
  schema?: RuleMeta['schema'];
  defaultSeverity: RuleMeta['defaultSeverity'];
  usesDate?: boolean;
  /** The rule's short title. */
  title?: string;
  /** ESLint's meta.messages: messageId -> template. */
  messages?: Record<string, string>;
  /** Per messageId, the advice the rule declares beside the template (title, reason, action, guidance, basis). */
  messageAdvice?: MessagesDeclaration;
}

export function eslintRuleMeta(meta: RuleMeta): EslintStyleRuleMeta {
  return {
    type: 'problem',
    docs: { description: meta.description, url: meta.docs },
    ...(meta.fixable ? { fixable: 'code' as const } : {}),
    ...(meta.schema ? { schema: meta.schema } : {}),
    defaultSeverity: meta.defaultSeverity,
    ...(meta.usesDate !== undefined ? { usesDate: meta.usesDate } : {}),
    ...(meta.title ? { title: meta.title } : {}),
    ...(meta.messages ? eslintMessages(meta.messages) : {}),
  };
}

/** meta.messages as ESLint's templates, with the advice kept beside them (so nothing is lost in JSON). */
function eslintMessages(declared: MessagesDeclaration): Pick<EslintStyleRuleMeta, 'messages' | 'messageAdvice'> {
  const messages: Record<string, string> = {};
  const messageAdvice: MessagesDeclaration = {};
  for (const [id, spec] of Object.entries(declared)) {
    if (typeof spec === 'string') {
      messages[id] = spec;
      continue;
    }
    const { message, ...advice } = spec;
    messages[id] = message;
    if (Object.keys(advice).length > 0) messageAdvice[id] = { message, ...advice };
  }
  return { messages, ...(Object.keys(messageAdvice).length > 0 ? { messageAdvice } : {}) };
}

/** The rule meta back from its ESLint shape (the advice with its templates). */
export function ruleMetaFromEslint(id: string, m: EslintStyleRuleMeta): RuleMeta {
  const messages: MessagesDeclaration | undefined = m.messages ? { ...m.messages, ...(m.messageAdvice ?? {}) } : undefined;
  return {
    id,
    description: m.docs.description,
    docs: m.docs.url,
    defaultSeverity: m.defaultSeverity,
    fixable: m.fixable === 'code',
    ...(m.schema ? { schema: m.schema } : {}),
    ...(m.usesDate !== undefined ? { usesDate: m.usesDate } : {}),
    ...(m.title ? { title: m.title } : {}),
    ...(messages ? { messages } : {}),
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
