/**
 * The engine: load -> parse -> model -> rules -> messages in original positions. A Linter checks its
 * settings once (a bad rule name or option throws ConfigError before any file is read) and then lints
 * any number of documents. A file that cannot be read gives one fatal message; nothing throws for it.
 */
import { resolve as resolvePath } from 'node:path';
import { builtinRules } from '../rules/index.js';
import { ConfigError, resolveRules, suggest, type ResolvedRule } from './config.js';
import { applyDirectives, parseDirectives, unusedDirectivesSeverity } from './directives.js';
import { defaultGuidance } from './guidance/index.js';
import type { Guidance } from './guidance/types.js';
import { loadBytes, loadFile, loadString, LoadError, type LoadedDocument } from './load/index.js';
import { buildModel } from './model/index.js';
import { POLICY_KINDS } from './model/kind.js';
import type { PolicyKind, PolicyKindJudgement } from './model/types.js';
import { excerptOf } from './model/text.js';
import { parseIsoDate } from './model/dates.js';
import { DEFAULT_MAX_TEXT_MB, parseMarkdown, TextLimitError } from './parse.js';
import { fillTemplate, messageSpecOf } from './common/messages.js';
import { checkOf } from './kit/define.js';
import { compareWithReference, type Comparison, type ReferencePolicy } from './compare/align.js';
import { placeOf } from './kit/target.js';
import type { LintMessage, LintOptions, LintResult, ReportDescriptor, RuleContext, RuleMeta, RuleModule, Span } from './types.js';

export interface LinterOptions extends LintOptions {
  /** Facts about guidance; defaults to the built-in data module. */
  guidance?: Guidance;
  /**
   * TIMING: when given, the milliseconds spent loading, parsing, building the model and in each rule
   * are added to it (keys: '[load]', '[parse]', '[model]' and rule ids). Nothing is measured otherwise.
   */
  timings?: Map<string, number>;
  /**
   * The most text one document may have, in MB (2^20 bytes of UTF-8) of the Markdown handed to the
   * parser (the text of a .md or .txt as loaded, the text extracted from a .docx or .pdf). Default
   * DEFAULT_MAX_TEXT_MB (1); 0: no limit. A longer text gets one fatal finding that says both sizes.
   */
  maxTextMb?: number;
  /**
   * The model policy each document is compared with (--model), read once by loadReference; the
   * comparison is made once per document, when a rule first reads context.comparison.
   */
  reference?: ReferencePolicy;
}

function addTime(timings: Map<string, number>, key: string, since: number): void {
  timings.set(key, (timings.get(key) ?? 0) + (performance.now() - since));
}

/** The "as of" date: YYYY-MM-DD or a Date, default today (UTC). */
export function resolveAsOf(date: string | Date | undefined): Date {
  if (date === undefined) {
    const now = new Date();
    return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  }
  if (date instanceof Date) {
    if (Number.isNaN(date.getTime())) throw new ConfigError('The "as of" date is not a valid date.');
    return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  }
  const parsed = parseIsoDate(date);
  if (!parsed) throw new ConfigError(`--date must be a real date written YYYY-MM-DD (e.g. 2026-11-23), not ${JSON.stringify(date)}.`);
  return parsed;
}

export class Linter {
  readonly asOf: Date;
  readonly rules: ReadonlyMap<string, RuleModule>;
  private readonly active: ResolvedRule[];
  private readonly guidance: Guidance;
  private readonly reportUnusedDisableDirectives: LinterOptions['reportUnusedDisableDirectives'];
  private readonly timings: Map<string, number> | undefined;
  private readonly kind: PolicyKind | undefined;
  /** The text cap in MB (0: none), for loaders outside the Linter (standard input). */
  readonly maxTextMb: number;
  private readonly reference: ReferencePolicy | undefined;

  constructor(options: LinterOptions = {}) {
    const registry = new Map<string, RuleModule>();
    for (const rule of [...builtinRules, ...(options.plugins ?? [])]) {
      if (registry.has(rule.meta.id) && !builtinRules.includes(rule)) {
        throw new ConfigError(`Two rules are named "${rule.meta.id}".`);
      }
      const check = checkOf(rule);
      if (!check) throw new ConfigError(`The rule "${rule.meta.id}" has no check(context) function.`);
      registry.set(rule.meta.id, rule.check === check ? rule : { ...rule, check });
    }
    this.rules = registry;
    this.active = resolveRules(registry, options.rules);
    this.asOf = resolveAsOf(options.date);
    this.guidance = options.guidance ?? defaultGuidance;
    this.reportUnusedDisableDirectives = options.reportUnusedDisableDirectives;
    this.timings = options.timings;
    this.kind = checkKind(options.kind);
    this.maxTextMb = checkMaxTextMb(options.maxTextMb);
    this.reference = options.reference;
  }

  /** Meta of every known rule, by id (for formatters). */
  get rulesMeta(): Record<string, RuleMeta> {
    const meta: Record<string, RuleMeta> = {};
    for (const [id, rule] of this.rules) meta[id] = rule.meta;
    return meta;
  }

  /** Lints text; `filePath`'s extension picks the loader (.txt: extracted plain text; else Markdown). */
  lintText(text: string, filePath = '<text>.md'): LintResult {
    return this.lintDocument(loadString(text, filePath), filePath);
  }

  /**
   * Lints a file's bytes (a .docx or .pdf in memory, say) as if read from `filePath`, whose extension
   * picks the loader. Never throws for bad bytes: they become one fatal message.
   */
  async lintBytes(bytes: Uint8Array, filePath: string): Promise<LintResult> {
    let doc: LoadedDocument;
    try {
      doc = await loadBytes(bytes, filePath, { maxTextMb: this.maxTextMb });
    } catch (error) {
      return fatalResult(filePath, error);
    }
    return this.lintDocument(doc, filePath);
  }

  /** Lints one file. Never throws for a bad file: it becomes one fatal message. */
  async lintFile(filePath: string): Promise<LintResult> {
    const absolute = resolvePath(filePath);
    let doc: LoadedDocument;
    const timings = this.timings;
    const start = timings ? performance.now() : 0;
    try {
      doc = await loadFile(absolute, { maxTextMb: this.maxTextMb });
    } catch (error) {
      return fatalResult(absolute, error);
    } finally {
      if (timings) addTime(timings, '[load]', start);
    }
    return this.lintDocument(doc, absolute);
  }

  lintDocument(doc: LoadedDocument, filePath: string): LintResult {
    const timings = this.timings;
    let start = timings ? performance.now() : 0;
    let tree;
    try {
      tree = parseMarkdown(doc.markdown, { maxTextMb: this.maxTextMb });
    } catch (error) {
      if (error instanceof TextLimitError) return fatalAt(filePath, error, doc);
      return fatalResult(filePath, error, doc.format);
    }
    if (timings) {
      addTime(timings, '[parse]', start);
      start = performance.now();
    }
    let model;
    try {
      model = buildModel(tree, doc.markdown, doc.artifacts, this.guidance, this.kind);
    } catch (error) {
      return fatalResult(filePath, error, doc.format);
    }
    if (timings) addTime(timings, '[model]', start);
    const messages: LintMessage[] = [];

    const kind = model.kind;
    const reference = this.reference;
    let comparison: Comparison | undefined;
    const compared = (): Comparison | null => (reference ? (comparison ??= compareWithReference(reference, model.blocks, model.school)) : null);
    for (const { rule, severity, options } of this.active) {
      const id = rule.meta.id;
      if (!appliesTo(rule.meta, kind)) continue;
      const context: RuleContext = {
        id,
        options,
        asOf: this.asOf,
        model,
        tree,
        text: doc.markdown,
        filePath,
        format: doc.format,
        guidance: this.guidance,
        revisions: doc.revisions ?? null,
        get comparison() {
          return compared();
        },
        kind,
        required: isRequiredIn(rule.meta, kind),
        report: (descriptor) => {
          messages.push(this.toMessage(doc, rule.meta, severity, descriptor));
        },
      };
      if (timings) start = performance.now();
      try {
        const returned: unknown = rule.check(context);
        if (returned !== undefined && returned !== null) {
          // An ESLint author's create() returns node listeners; here the rule has already run.
          throw new Error('check(context) returned a value: a policy-lint rule checks the whole document in check() and reports through context.report, with no listeners to return');
        }
      } catch (error) {
        messages.push({
          ruleId: id,
          severity: 2,
          fatal: true,
          message: `Internal error in rule "${id}": ${(error as Error).message}. Please report it with the file that caused it.`,
          messageId: INTERNAL_ERROR,
          line: 1,
          column: 1,
        });
      }
      if (timings) addTime(timings, id, start);
    }

    messages.sort((a, b) => (a.page ?? 0) - (b.page ?? 0) || a.line - b.line || a.column - b.column);
    // Inline directives (Markdown and text only), read from the original text, by original line.
    const directives = doc.format === 'markdown' || doc.format === 'text' ? parseDirectives(doc.original) : [];
    if (directives.length === 0) return withKind(summarise(filePath, messages, doc.format, model.school ?? undefined), kind);
    const applied = applyDirectives(messages, directives, {
      reportUnused: unusedDirectivesSeverity(this.reportUnusedDisableDirectives),
      knownRules: new Set(this.rules.keys()),
      suggest: (id) => suggest(id, this.rules.keys()),
    });
    const kept = [...applied.messages, ...applied.problems];
    kept.sort((a, b) => (a.page ?? 0) - (b.page ?? 0) || a.line - b.line || a.column - b.column);
    const result = withKind(summarise(filePath, kept, doc.format, model.school ?? undefined), kind);
    if (applied.suppressed.length > 0) result.suppressedMessages = applied.suppressed;
    return result;
  }

  private toMessage(doc: LoadedDocument, meta: RuleMeta, configured: 1 | 2, d: ReportDescriptor): LintMessage {
    const ruleId = meta.id;
    const spec = messageSpecOf(meta.messages, d.messageId);
    if (d.messageId !== undefined && meta.messages && !spec) {
      throw new Error(`reported the messageId "${d.messageId}", which meta.messages does not declare (it declares ${Object.keys(meta.messages).join(', ') || 'none'})`);
    }
    const text = d.message ?? (spec ? fillTemplate(spec.message, d.data) : undefined);
    if (text === undefined) throw new Error('reported without a message or a messageId');
    const place = d.at !== undefined ? placeOf(d.at, d.from, d.to) : undefined;
    const span = d.span ?? place?.span ?? spanOfNode(d.node);
    const original = span.space === 'original';
    const startOrig = original ? span.start : doc.map.toOriginal(span.start);
    const endOrig = original ? span.end : doc.map.toOriginal(Math.max(span.start, span.end - 1)) + 1;
    const start = doc.locator.locate(startOrig);
    const end = doc.locator.locate(Math.max(startOrig, endOrig));
    // A rule may report some findings as warnings; a rule configured as "warn" never reports errors.
    const asked = d.severity === 'warn' ? 1 : 2;
    const severity = Math.min(asked, configured) as 1 | 2;
    const message: LintMessage = {
      ruleId,
      severity,
      message: text,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
    };
    if (start.page !== undefined) message.page = start.page;
    if (end.page !== undefined) message.endPage = end.page;
    // The excerpt is plain text: a node's text without its Markdown, else the text under the span.
    const excerpt =
      d.excerpt ??
      (place && !d.span ? place.excerpt : undefined) ??
      (d.node ? excerptOf(nodeText(d.node)) : excerptOf(original ? doc.original.slice(span.start, span.end) : doc.markdown.slice(span.start, span.end)));
    if (excerpt) message.excerpt = excerpt;
    if (d.messageId) message.messageId = d.messageId;
    if (d.data) message.data = d.data;
    return message;
  }
}

/** maxTextMb: a number of MB, 0 for no limit. */
function checkMaxTextMb(value: number | undefined): number {
  if (value === undefined) return DEFAULT_MAX_TEXT_MB;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new ConfigError(`maxTextMb must be a number of megabytes, 0 or more (0: no limit), not ${JSON.stringify(value)}.`);
  }
  return value;
}

/** The fatal finding for a text refused at one place: on that place's line (and page), which it names. */
function fatalAt(filePath: string, error: TextLimitError, doc: LoadedDocument): LintResult {
  const point = doc.locator.locate(doc.map.toOriginal(Math.min(error.offset, Math.max(0, doc.markdown.length - 1))));
  const place =
    point.page !== undefined
      ? `the paragraph at page ${point.page}, line ${point.line}`
      : doc.format === 'docx'
        ? `paragraph ${point.line} of the document`
        : `the paragraph at line ${point.line}`;
  const message: LintMessage = { ruleId: null, fatal: true, severity: 2, message: capitalise(error.messageAt(place)), line: point.line, column: point.column };
  if (point.page !== undefined) message.page = point.page;
  return summarise(filePath, [message], doc.format);
}

/** A kind set by the API or configuration must be one policy-lint knows. */
function checkKind(kind: string | undefined): PolicyKind | undefined {
  if (kind === undefined) return undefined;
  if ((POLICY_KINDS as readonly string[]).includes(kind)) return kind as PolicyKind;
  const hint = suggest(kind, POLICY_KINDS);
  throw new ConfigError(`Unknown policy kind "${kind}"${hint ? ` (did you mean "${hint}"?)` : ''}; the kinds are ${POLICY_KINDS.join(', ')}.`);
}

/** Whether a rule runs on a document of this kind: every rule runs where the kind is unknown. */
export function appliesTo(meta: RuleMeta, judgement: PolicyKindJudgement): boolean {
  if (!meta.kinds || judgement.kinds.length === 0) return true;
  return judgement.kinds.some((k) => meta.kinds!.includes(k));
}

/** Whether a document of this kind must have what the rule looks for (never, where the kind is unknown). */
export function isRequiredIn(meta: RuleMeta, judgement: PolicyKindJudgement): boolean {
  if (meta.requiredIn === 'every-kind') return true;
  if (!meta.requiredIn) return false;
  return judgement.kinds.some((k) => meta.requiredIn!.includes(k));
}

function withKind(result: LintResult, judgement: PolicyKindJudgement): LintResult {
  result.kind = judgement.kind;
  result.kindEvidence = judgement.evidence;
  return result;
}

function spanOfNode(node: ReportDescriptor['node']): Span {
  const start = node?.position?.start.offset;
  const end = node?.position?.end.offset;
  if (start === undefined || end === undefined) return { start: 0, end: 0 };
  return { start, end };
}

export function summarise(filePath: string, messages: LintMessage[], format?: LintResult['format'], school?: string): LintResult {
  let errorCount = 0;
  let warningCount = 0;
  let fatalErrorCount = 0;
  for (const m of messages) {
    if (m.severity === 2) errorCount++;
    else warningCount++;
    if (m.fatal) fatalErrorCount++;
  }
  const result: LintResult = {
    filePath,
    messages,
    errorCount,
    warningCount,
    fatalErrorCount,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
  };
  if (format) result.format = format;
  if (school) result.school = school;
  return result;
}

/**
 * The text of an mdast node, as mdast-util-to-string gives it (values, image alt text, children in
 * order), without recursion: a list item nested 10,000 deep must not overflow the stack.
 */
export function nodeText(node: unknown): string {
  let text = '';
  const pending: unknown[] = [node];
  while (pending.length > 0) {
    const n = pending.pop() as { value?: unknown; alt?: unknown; children?: unknown[] } | null;
    if (!n || typeof n !== 'object') continue;
    if ('value' in n) text += typeof n.value === 'string' ? n.value : '';
    else if (typeof n.alt === 'string' && n.alt) text += n.alt;
    else if (Array.isArray(n.children)) for (let i = n.children.length - 1; i >= 0; i--) pending.push(n.children[i]);
  }
  return text;
}

/** The messageId of a fatal message for a failure of policy-lint itself, not of the file. */
export const INTERNAL_ERROR = 'internal-error';

/** The message for a failure of policy-lint itself: for the adviser, with what to do about it. */
export function internalErrorMessage(detail: string): string {
  return (
    `Internal error in policy-lint while checking this file (${detail}): the file was not checked. ` +
    'This is a fault in policy-lint, not in the file: please report it to the policy-lint maintainers with the file that caused it, and check this policy by hand.'
  );
}

/**
 * One fatal message for a file that could not be read, decoded or parsed (a LoadError: what is wrong
 * with the file), or that policy-lint itself failed on (anything else: an internal error, ours).
 */
export function fatalResult(filePath: string, error: unknown, format?: LintResult['format']): LintResult {
  if (error instanceof LoadError) {
    return summarise(filePath, [{ ruleId: null, fatal: true, severity: 2, message: capitalise(error.message), line: 1, column: 1 }], format);
  }
  const detail = (error as Error)?.message ?? String(error);
  return summarise(
    filePath,
    [{ ruleId: null, fatal: true, severity: 2, message: internalErrorMessage(detail), messageId: INTERNAL_ERROR, line: 1, column: 1 }],
    format,
  );
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
