/**
 * Inline directives in Markdown and text policies, as ESLint's comments:
 *
 *   <!-- policy-lint-disable kcsie-current -- the trust cites the 2022 edition on purpose -->
 *   <!-- policy-lint-enable kcsie-current -->
 *   <!-- policy-lint-disable-next-line review-date-current -->
 *   <!-- policy-lint-disable-line -->
 *
 * No rule ids = every rule. Several ids are separated by commas (or spaces); ` -- ` starts the reason.
 * Directives are read from the ORIGINAL text with a regular expression, so they work the same in .md and
 * .txt (the text loader may escape `<`; the original is not escaped) and match messages by their
 * original line and column. Word and PDF files have no place for them: see bulk suppressions.
 */
import type { LintMessage, SuppressedLintMessage } from './types.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named; empty = every rule. */
  ruleIds: string[];
  /** The reason after ` -- `, '' if none. */
  justification: string;
  /** Where the comment starts (1-based, original text). */
  line: number;
  column: number;
  /** The line the comment ends on. */
  endLine: number;
}

const DIRECTIVE = /<!--\s*policy-lint-(disable-next-line|disable-line|disable|enable)(?=[\s-]|-->)([\s\S]*?)-->/g;

/** Every directive in the original text, in order. */
export function parseDirectives(original: string): Directive[] {
  const lineStarts = [0];
  for (let i = 0; i < original.length; i++) if (original[i] === '\n') lineStarts.push(i + 1);
  const locate = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo] + 1 };
  };
  const directives: Directive[] = [];
  DIRECTIVE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DIRECTIVE.exec(original)) !== null) {
    const body = m[2];
    const dashes = body.search(/(?:^|\s)--(?:\s|$)/);
    const list = dashes >= 0 ? body.slice(0, dashes) : body;
    const justification = dashes >= 0 ? body.slice(dashes).replace(/^\s*--\s*/, '').trim() : '';
    const ruleIds = list
      .split(/[\s,]+/)
      .map((s) => s.trim())
      .filter(Boolean);
    const start = locate(m.index);
    const end = locate(m.index + m[0].length - 1);
    directives.push({ kind: m[1] as DirectiveKind, ruleIds, justification, line: start.line, column: start.column, endLine: end.line });
  }
  return directives;
}

export interface DirectiveOutcome {
  /** Messages still reported. */
  messages: LintMessage[];
  /** Messages a directive turned off, each with its suppression (ESLint's suppressedMessages). */
  suppressed: SuppressedLintMessage[];
  /** Problems with the directives themselves: unused (when asked) and unknown rule ids. */
  problems: LintMessage[];
}

export interface ApplyDirectivesOptions {
  /** Report a directive (or a rule id in it) that suppressed nothing: 0 no, 1 warning, 2 error. */
  reportUnused?: 0 | 1 | 2;
  /** Known rule ids: an id in a directive that is none of them is reported (a typo disables nothing). */
  knownRules?: ReadonlySet<string>;
  /** "Did you mean" for an unknown rule id. */
  suggest?: (id: string) => string | undefined;
}

function before(d: Directive, m: LintMessage): boolean {
  return d.line < m.line || (d.line === m.line && d.column <= m.column);
}

/**
 * Applies directives to messages (by original line and column). Fatal messages and messages without a
 * rule are never suppressed.
 */
export function applyDirectives(messages: LintMessage[], directives: Directive[], options: ApplyDirectivesOptions = {}): DirectiveOutcome {
  const problems: LintMessage[] = [];
  if (directives.length === 0) return { messages, suppressed: [], problems };
  const used = new Set<string>();
  const kept: LintMessage[] = [];
  const suppressed: SuppressedLintMessage[] = [];
  const ranges = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable');
  const lines = directives.filter((d) => d.kind === 'disable-next-line' || d.kind === 'disable-line');

  for (const message of messages) {
    if (!message.ruleId || message.fatal) {
      kept.push(message);
      continue;
    }
    const rule = message.ruleId;
    let by: Directive | undefined;
    // A line directive first: it is the most specific.
    for (const d of lines) {
      const target = d.kind === 'disable-line' ? d.line : d.endLine + 1;
      if (target !== message.line) continue;
      if (d.ruleIds.length === 0 || d.ruleIds.includes(rule)) {
        by = d;
        break;
      }
    }
    if (!by) {
      let all: Directive | undefined;
      const state = new Map<string, Directive | 'enabled'>();
      for (const d of ranges) {
        if (!before(d, message)) break;
        if (d.kind === 'disable') {
          if (d.ruleIds.length === 0) {
            all = d;
            state.clear();
          } else for (const r of d.ruleIds) state.set(r, d);
        } else if (d.ruleIds.length === 0) {
          all = undefined;
          state.clear();
        } else for (const r of d.ruleIds) state.set(r, 'enabled');
      }
      const s = state.get(rule);
      by = s === 'enabled' ? undefined : (s ?? all);
    }
    if (by) {
      used.add(`${directives.indexOf(by)}:${by.ruleIds.length === 0 ? '*' : rule}`);
      suppressed.push({ ...message, suppressions: [{ kind: 'directive', justification: by.justification }] });
    } else {
      kept.push(message);
    }
  }

  // Unknown rule ids: the directive would silently do nothing.
  if (options.knownRules) {
    for (const d of directives) {
      for (const r of d.ruleIds) {
        if (options.knownRules.has(r)) continue;
        const near = options.suggest?.(r);
        problems.push(directiveProblem(d, 1, `Unknown rule "${r}" in a policy-lint-${d.kind} directive.${near ? ` Did you mean "${near}"?` : ''}`));
      }
    }
  }

  if (options.reportUnused) {
    const severity = options.reportUnused === 2 ? 2 : 1;
    for (const [i, d] of directives.entries()) {
      if (d.kind === 'enable') continue;
      if (d.ruleIds.length === 0) {
        if (!used.has(`${i}:*`)) problems.push(directiveProblem(d, severity, `Unused policy-lint-${d.kind} directive (no problems were reported).`));
        continue;
      }
      const unused = d.ruleIds.filter((r) => !used.has(`${i}:${r}`) && (!options.knownRules || options.knownRules.has(r)));
      if (unused.length === 0) continue;
      const list = unused.map((r) => `'${r}'`).join(' or ');
      problems.push(directiveProblem(d, severity, `Unused policy-lint-${d.kind} directive (no problems were reported from ${list}).`));
    }
    // An enable with nothing disabled before it.
    let all = false;
    const disabled = new Set<string>();
    for (const d of ranges) {
      if (d.kind === 'disable') {
        if (d.ruleIds.length === 0) all = true;
        for (const r of d.ruleIds) disabled.add(r);
        continue;
      }
      if (d.ruleIds.length === 0) {
        if (!all && disabled.size === 0) problems.push(directiveProblem(d, severity, 'Unused policy-lint-enable directive (no matching policy-lint-disable directives were found).'));
        all = false;
        disabled.clear();
        continue;
      }
      const stray = d.ruleIds.filter((r) => !all && !disabled.has(r));
      if (stray.length > 0) {
        problems.push(
          directiveProblem(d, severity, `Unused policy-lint-enable directive (no matching policy-lint-disable directives were found for ${stray.map((r) => `'${r}'`).join(' or ')}).`),
        );
      }
      for (const r of d.ruleIds) disabled.delete(r);
    }
  }
  return { messages: kept, suppressed, problems };
}

function directiveProblem(d: Directive, severity: 1 | 2, message: string): LintMessage {
  return { ruleId: null, severity, message, line: d.line, column: d.column };
}

/** "off" / "warn" / "error" / boolean -> 0 / 1 / 2. */
export function unusedDirectivesSeverity(value: boolean | 'off' | 'warn' | 'error' | 0 | 1 | 2 | undefined): 0 | 1 | 2 {
  if (value === true || value === 'warn' || value === 1) return 1;
  if (value === 'error' || value === 2) return 2;
  return 0;
}
