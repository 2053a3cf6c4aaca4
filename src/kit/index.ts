/**
 * The public rule kit, `policy-lint/rule`: everything a rule needs, and the same for a built-in rule as
 * for a plugin's. The built-in rules import nothing else (the lint config keeps it so), so any of them
 * could move into a plugin unchanged.
 *
 *   import { defineRule } from 'policy-lint/rule';
 *   export default defineRule({
 *     meta: { id: 'dsl-named', description: '…', messages: { missing: 'The policy does not name its {{role}}.' } },
 *     check(context) {
 *       if (!context.model.fields.some((f) => /safeguarding lead/i.test(f.label))) {
 *         context.report({ messageId: 'missing', at: 'document', data: { role: 'designated safeguarding lead' } });
 *       }
 *     },
 *   });
 *
 * A rule receives the policy's model (blocks, sections, labelled fields, lists with their lead-in, dated
 * citations, dates with their role), reports `{ messageId, data, at }`, and declares each messageId's
 * template and advice in `meta.messages`.
 */

// Defining a rule.
export { defineRule, docsUrl, NO_OPTIONS, type RuleSpec } from './define.js';
export type {
  RuleModule,
  RuleMeta,
  RuleContext,
  ReportDescriptor,
  ReportTarget,
  MessageSpec,
  MessageGuidance,
  MessagesDeclaration,
  OptionsSchema,
  RevisionFacts,
  SeverityName,
} from '../types.js';

// The policy model a rule reads.
export type { Block, BlockKind, Citation, DateRole, DateValue, Field, LeadInList, Link, PolicyDate, PolicyKindJudgement, PolicyModel, Section } from '../model/types.js';
export type { PolicyKind, Span } from '../results.js';
export { POLICY_KINDS, LOOKED_AFTER_KINDS } from '../model/kind.js';

// Where, in a block (for a span or excerpt of your own; `report({ at, from, to })` usually does it).
export { excerptAround, spanIn, spanOf } from './spans.js';

// Text: sentences, words, whitespace.
export { collapse, sentences, sentenceAt, wordCount, type TextRange } from '../model/text.js';

// Dates: read as a person in England would (01/09/2025 is 1 September), and written back.
export { findDates, parseDate, formatDateValue, formatDay, parseIsoDate, toIsoDate } from '../model/dates.js';
export { isModelPublicationDate } from '../model/policy-dates.js';

// Names: is this a person's name, a role, a blank or a placeholder?
export { judgeName, type NameJudgement } from '../model/names.js';

// Guidance facts: editions and when they came into force (context.guidance holds the data).
export { editionInForce, findEdition, formatInForce } from '../guidance/index.js';
export type { Edition, Guidance, GuidanceDocument, SchoolWeekFact } from '../guidance/types.js';

// The comparison with the model policy (--model): context.comparison.
export type { Comparison, DiffPart, ParagraphComparison, ReferencePolicy, ReferenceParagraph, ReferenceSection } from '../compare/align.js';

// Ready-made checks, with the messages they report (spread them into meta.messages).
export { checkNamedRole, roleLabelPattern, type NamedRoleSpec } from '../checks/named-role.js';
export { NAMED_ROLE_MESSAGES, namedRoleMessagesWith, type NamedRoleAdvice } from '../checks/named-role-messages.js';
export { checkCitationsCurrent, CITE_CURRENT_MESSAGES } from '../checks/cite-current.js';
