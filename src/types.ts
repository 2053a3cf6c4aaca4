/**
 * The rule-facing types of policy-lint: a rule module, its meta and context, and the settings that turn
 * rules on. The result types (LintMessage, LintResult, positions) live in the leaf ./results.ts and are
 * re-exported here.
 */
import type { Node as MdastNode, Root } from 'mdast';
import type { MessagesDeclaration } from './common/messages.js';
import type { Block, Citation, Field, PolicyDate, PolicyKindJudgement, PolicyModel } from './model/types.js';
import type { PolicyKind, Severity, SourceFormat, Span } from './results.js';
import type { Guidance } from './guidance/types.js';
import type { RevisionFacts } from './load/types.js';
import type { Comparison } from './compare/align.js';

export type { MessageGuidance, MessageSpec, MessagesDeclaration } from './common/messages.js';
export type { RevisionFacts } from './load/types.js';

export type { LintMessage, LintResult, PolicyKind, Severity, SourceFormat, SourcePoint, Span, SuppressedLintMessage } from './results.js';

export type SeverityName = 'off' | 'warn' | 'error';
export type SeveritySetting = Severity | SeverityName;

/**
 * What a finding is about, for `report({ at })`: the engine works out the span and the excerpt.
 * - a Block (a paragraph, heading, list item, table row): the whole block, or block.text[from, to);
 * - a Field: its value (its label when the value is empty);
 * - a Citation: the words that cite the document;
 * - a PolicyDate: the date as written;
 * - 'document': the file as a whole (line 1).
 */
export type ReportTarget = Block | Field | Citation | PolicyDate | 'document';

export interface ReportDescriptor {
  /** A messageId of the rule's `meta.messages`: the message is its template filled from `data`. */
  messageId?: string;
  /** The facts of this finding: fill the message's and the advice's `{{placeholders}}`, and go into the JSON. */
  data?: Record<string, unknown>;
  /** Where, as a model object (see ReportTarget). One of `at`, `node` or `span` is required. */
  at?: ReportTarget;
  /** With a Block `at`: the finding is block.text[from, to). */
  from?: number;
  to?: number;
  /** A message without a messageId (a rule with no `meta.messages`), or one that replaces the template's text. */
  message?: string;
  /** Where, as an mdast node, or a span (offsets into the Markdown, or the original file with space 'original'). */
  node?: MdastNode;
  span?: Span;
  /** Replaces the excerpt the engine would take. */
  excerpt?: string;
  /** Overrides the rule's configured severity (review-date-current reports warnings and errors). */
  severity?: 'warn' | 'error';
}

export interface RuleContext {
  readonly id: string;
  /** The rule's options after defaults were applied and the schema checked them. */
  readonly options: Record<string, unknown>;
  /** The "as of" date every date-based rule uses (the CLI's --date). Midnight UTC. */
  readonly asOf: Date;
  readonly model: PolicyModel;
  readonly tree: Root;
  /** The Markdown that was parsed. */
  readonly text: string;
  readonly filePath: string;
  readonly format: SourceFormat;
  readonly guidance: Guidance;
  /** What the Word loader saw of tracked changes and comments (null for other formats, or none seen). */
  readonly revisions: RevisionFacts | null;
  /**
   * The document compared with the model policy given with --model: each model paragraph the same,
   * changed, moved or missing, missing sections, blanks still blank. null when no model was given.
   */
  readonly comparison: Comparison | null;
  /** What kind of policy the document is (the same as model.kind). */
  readonly kind: PolicyKindJudgement;
  /**
   * Whether this document must have what the rule looks for: its kind is one of the rule's
   * `meta.requiredIn`. A rule reports an ABSENCE ("does not name its designated teacher") only when
   * this is true; it is false when the kind is unknown.
   */
  readonly required: boolean;
  report(descriptor: ReportDescriptor): void;
}

/** JSON Schema (draft 2020-12 subset that Ajv reads) for a rule's options object. */
export type OptionsSchema = Record<string, unknown>;

export interface RuleMeta {
  id: string;
  /** A short title for reports and charts ("Current KCSIE cited"); default the id. */
  title?: string;
  description: string;
  /**
   * The messages the rule reports, by messageId: the template, and the advice for a school (reason,
   * action, the guidance it rests on). A rule with messages may report only these ids.
   */
  messages?: MessagesDeclaration;
  /** URL of the rule's docs (the .md file beside it). */
  docs: string;
  defaultSeverity: SeverityName;
  /**
   * false: the rule is off unless a setting turns it on (policy-lint:adviser does, for the built-in
   * adviser's pack); default on, at defaultSeverity, as part of policy-lint:recommended.
   */
  recommended?: boolean;
  /** Schema of the options object; defaults come from its `default`s. */
  schema?: OptionsSchema;
  fixable: boolean;
  /** Whether the rule reads the "as of" date. */
  usesDate?: boolean;
  /**
   * The kinds of policy the rule runs on; default every kind. A document whose kind is unknown is
   * checked by every rule (checks of what IS there are safe on any document).
   */
  kinds?: readonly PolicyKind[];
  /**
   * The kinds of policy that must have what the rule looks for ('every-kind' for all of them, unknown
   * included): the rule reports an absence only there (context.required). Default: none, for a rule
   * that only checks what is there.
   */
  requiredIn?: readonly PolicyKind[] | 'every-kind';
}

export interface RuleModule {
  meta: RuleMeta;
  /**
   * Checks one document: called once per document with its model, reports through `context.report`,
   * returns nothing (there are no node listeners: the model already holds what a rule needs).
   */
  check(context: RuleContext): void;
  /** ESLint's name for the same function, accepted from plugins written to it; `check` wins. */
  create?(context: RuleContext): void;
}

/** A rule's setting: a severity, or [severity, options]. */
export type RuleSetting = SeveritySetting | [SeveritySetting, Record<string, unknown>?];

export interface LintOptions {
  /** Per-rule settings; rules not named keep their defaults. */
  rules?: Record<string, RuleSetting>;
  /** "as of" date, YYYY-MM-DD or a Date. Default: today. */
  date?: string | Date;
  /** Extra rules (plugins) beside the built-in ones. */
  plugins?: RuleModule[];
  /**
   * Report inline disable directives that suppressed nothing (ESLint's reportUnusedDisableDirectives):
   * true or 'warn' as warnings, 'error' as errors. Default: off.
   */
  reportUnusedDisableDirectives?: boolean | 'off' | 'warn' | 'error';
  /** The kind of every document linted, instead of the kind policy-lint reads from its text. */
  kind?: PolicyKind;
}

export interface LintTextOptions extends LintOptions {
  /** Name to report the text under; its extension picks the loader (default .md). */
  filePath?: string;
}

export type { MdastNode, Root };
