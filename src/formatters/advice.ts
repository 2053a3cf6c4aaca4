/**
 * Plain-English advice shared by the adviser's reports (html, and anything else that wants it): for each
 * finding, a reason a school governor understands, what to do about it, and the guidance it rests on
 * (title, year, link); and, for one file, a short "feedback for the school" email.
 *
 * Nothing here knows a rule: each rule declares, per messageId, the reason, the action and the guidance
 * it rests on (meta.messages); the facts of one finding (the year cited, the review date) come from the
 * message's `data`, and the guidance references from the guidance data module (defaultGuidance, or the
 * guidance passed in). `rulesMeta` is how the rules' declarations reach here: formatters get it in their
 * context, and json-with-metadata carries it, so a report rebuilt from JSON reads as the run did.
 *
 * The text returned is plain text (untrusted parts included: school names, excerpts); callers escape it
 * for their format.
 */
import { formatDay, parseIsoDate } from '../common/days.js';
import { fillTemplate, messageSpecOf, type MessageGuidance } from '../common/messages.js';
import { defaultGuidance, editionInForce, findEdition } from '../guidance/index.js';
import type { Edition, Guidance, GuidanceDocument } from '../guidance/index.js';
import type { LintMessage, LintResult, RuleMeta } from '../types.js';
import { displayPath, isError, isInternalError, isUnreadable, whereOf } from './util.js';

/** One piece of guidance a finding rests on. */
export interface GuidanceRef {
  /** The document's full title. */
  title: string;
  /** Its short name ("KCSIE"). */
  shortName: string;
  /** The year of the edition the advice rests on (the one in force on the as-of date), if known. */
  year?: number;
  /** That edition's label ("KCSIE 2025"). */
  edition?: string;
  /** The day (YYYY-MM-DD) that edition applies from; null when it is not known. */
  inForce?: string | null;
  /** statutory guidance, non-statutory, ... */
  status: string;
  /** The document's page (gov.uk). */
  url: string;
  /** Where the facts came from (URLs, some with a note in brackets). */
  sources: string[];
  /** One line of the fact the advice uses ("at least 32.5 hours a week, ..."). */
  note?: string;
}

export interface Advice {
  /** Why it matters, for a school governor. */
  reason: string;
  /** What the school should do: an imperative sentence without a final full stop. */
  action: string;
  /** The guidance the finding rests on; empty when it rests on the policy (or file) itself. */
  guidance: GuidanceRef[];
  /** When `guidance` is empty: what the finding rests on, in words. */
  basis?: string;
}

export interface AdviceOptions {
  /** The run's as-of date (YYYY-MM-DD or a Date); default today. */
  asOf?: string | Date;
  /** Facts about guidance; default the built-in data module. */
  guidance?: Guidance;
  /** The rules' meta (their declared messages and advice), by rule id. Without it, advice is the message itself. */
  rulesMeta?: Record<string, RuleMeta>;
}

/** What the policy is, in the email's first sentence. */
export const POLICY_NAME = 'your policy for children with a social worker';

/** The as-of date as a UTC-midnight Date. */
export function asOfDate(asOf: string | Date | undefined): Date {
  if (asOf instanceof Date && !Number.isNaN(asOf.getTime())) return asOf;
  const day = typeof asOf === 'string' ? parseIsoDate(asOf) : null;
  if (day) return day;
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** "23 November 2026". */
export const formatLongDate = formatDay;

/** A reference to a document at the edition in force on the as-of date (or a given edition). */
function docRef(doc: GuidanceDocument, asOf: Date, edition?: Edition, note?: string): GuidanceRef {
  const e = edition ?? editionInForce(doc, asOf);
  return {
    title: doc.title,
    shortName: doc.shortName,
    ...(e ? { year: e.year, edition: e.label, inForce: e.inForce } : {}),
    status: doc.status,
    url: doc.url,
    sources: e ? [...e.sources] : [],
    ...(note ? { note } : {}),
  };
}

/**
 * The guidance a message rests on, as its rule declared it: the edition the finding names (data.current
 * for data.document), else the one in force on the as-of date; the school-week fact's sources where the
 * advice rests on that fact.
 */
function guidanceRef(declared: string | MessageGuidance, data: Record<string, unknown>, guidance: Guidance, asOf: Date): GuidanceRef | undefined {
  const given = typeof declared === 'string' ? { document: declared } : declared;
  // The id may be a template ("{{document}}"): a rule about any guidance names the one the finding cites.
  const ref = { ...given, document: fillTemplate(given.document, data) };
  const doc = guidance.documents[ref.document];
  if (!doc) return undefined;
  const named = data.document === ref.document && typeof data.current === 'number' ? findEdition(doc, data.current) : undefined;
  const note = ref.note ? fillTemplate(ref.note, data) : undefined;
  const out = docRef(doc, asOf, named, note);
  // The note gives the date that matters (when the week became expected), not the guidance's publication month.
  if (ref.fact === 'school-week') return { ...out, inForce: undefined, sources: [...guidance.schoolWeek.sources] };
  return out;
}

function unreadableAdvice(): Advice {
  return {
    reason: 'The file could not be read, so none of the checks could be made: the school needs to send a copy that can be read.',
    action: 'Send the policy again as a Word document (.docx) or as a PDF with selectable text (not a scan or a password-protected file)',
    guidance: [],
    basis: 'the file itself',
  };
}

/** policy-lint failed on the file: the fault is ours, and nothing is for the school. */
function internalErrorAdvice(): Advice {
  return {
    reason: 'policy-lint itself failed on this file (a fault in the tool, not in the file), so its checks were not made.',
    action:
      'Report it to the policy-lint maintainers with the file and this message, and check the policy by hand; nothing here is for the school',
    guidance: [],
    basis: 'policy-lint',
  };
}

/**
 * Plain-English advice for one finding: the reason, action and guidance its rule declares for the
 * messageId (meta.messages, filled from the finding's data); for a rule that declares none (a plugin),
 * its description and message.
 */
export function adviceFor(message: LintMessage, options: AdviceOptions = {}): Advice {
  const guidance = options.guidance ?? defaultGuidance;
  const asOf = asOfDate(options.asOf);
  if (isInternalError(message)) return internalErrorAdvice();
  if (message.ruleId === null) return unreadableAdvice();
  const meta = options.rulesMeta?.[message.ruleId];
  const spec = messageSpecOf(meta?.messages, message.messageId);
  const data = message.data ?? {};
  if (spec?.reason && spec.action) {
    const refs = (spec.guidance ?? []).map((g) => guidanceRef(g, data, guidance, asOf)).filter((r): r is GuidanceRef => r !== undefined);
    const advice: Advice = { reason: fillTemplate(spec.reason, data), action: fillTemplate(spec.action, data), guidance: refs };
    if (refs.length === 0) advice.basis = spec.basis ? fillTemplate(spec.basis, data) : spec.guidance?.length ? undefined : `the rule ${message.ruleId}`;
    if (advice.basis === undefined) delete advice.basis;
    return advice;
  }
  const description = meta?.description;
  const text = message.message.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
  return {
    reason: description ? `${description} ${message.message}` : message.message,
    action: text,
    guidance: [],
    basis: `the rule ${message.ruleId}`,
  };
}

/** A finding's title: its message's, else its rule's, else the rule id. */
export function titleFor(ruleId: string, rulesMeta: Record<string, RuleMeta> | undefined, messageId?: string): string {
  const meta = rulesMeta?.[ruleId];
  return messageSpecOf(meta?.messages, messageId)?.title ?? meta?.title ?? ruleId;
}

/** The school a result belongs to: the policy's own name for it, else the file's name. */
export function schoolOf(result: LintResult): { name: string; fromDocument: boolean } {
  const school = result.school?.replace(/\s+/g, ' ').trim();
  if (school) return { name: school, fromDocument: true };
  const base = result.filePath.split(/[\\/]/).pop() || result.filePath;
  return { name: base, fromDocument: false };
}

/** One line, at most `max` characters, cut at a word with an ellipsis; a long URL is shown by its last part. */
export function shortExcerpt(text: string, max = 90): string {
  const one = text.replace(/\s+/g, ' ').trim();
  if (one.length <= max) return one;
  if (/^https?:\/\/\S+$/i.test(one)) {
    const last = one.replace(/[?#].*$/, '').replace(/\/+$/, '').split('/').pop() ?? '';
    if (last.length > 0 && last.length < max - 2) return `…/${last}`;
  }
  const cut = one.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** Where a finding is, for a school reading its own Word or PDF copy ('' for the whole file). */
export function emailLocation(result: LintResult, message: LintMessage): string {
  const where = whereOf(result, message);
  const quote = message.excerpt ? `“${shortExcerpt(message.excerpt)}”` : '';
  const withQuote = (place: string): string => (quote ? `${place}: ${quote}` : place);
  switch (where.kind) {
    case 'file':
      return '';
    case 'docx':
      // Word does not show paragraph numbers: the quoted text is what finds the place.
      return quote ? `Where it says ${quote}` : `Paragraph ${where.paragraph}`;
    case 'pdf':
      return withQuote(where.page === undefined ? `Line ${where.line}` : `Page ${where.page}, line ${where.line}`);
    case 'text':
      return withQuote(`Line ${where.line}`);
  }
}

/**
 * A short, polite, ready-to-send email to the school about one file's findings: a greeting naming the
 * school (result.school, else the file name), what to fix before governors sign the policy off (errors),
 * what to consider (warnings), and "Kind regards,". Findings with the same action are one item with
 * their places listed together.
 */
export function feedbackFor(result: LintResult, options: AdviceOptions & { cwd?: string } = {}): string {
  const { name, fromDocument } = schoolOf(result);
  const asOf = formatLongDate(asOfDate(options.asOf));
  const file = options.cwd ? displayPath(result.filePath, options.cwd) : schoolOf({ ...result, school: undefined }).name;
  const greeting = fromDocument ? `Dear ${name},` : 'Dear colleagues,';
  const thanks = `Thank you for sending ${POLICY_NAME}${fromDocument ? '' : ` (${file})`}.`;
  const out: string[] = [greeting, ''];

  const internal = result.messages.find(isInternalError);
  if (internal) {
    // Our failure, not the school's: a note for the adviser, never an email telling the school its file is at fault.
    return [
      `Not for the school: policy-lint failed while checking ${file}, so there is no feedback to send.`,
      '',
      internal.message.replace(/\s+/g, ' ').trim(),
      '',
    ].join('\n');
  }
  if (isUnreadable(result)) {
    const fatal = result.messages.find((m) => m.fatal && m.ruleId === null) as LintMessage;
    const why = lowerFirst(fatal.message.replace(/\s+/g, ' ').trim().replace(/\.$/, ''));
    out.push(
      `${thanks} Unfortunately we could not open the file you sent (${why}), so we have not been able to check it.`,
      '',
      `Please ${lowerFirst(unreadableAdvice().action)}.`,
    );
  } else if (result.messages.length === 0) {
    out.push(
      `${thanks} We have checked it against the guidance in force on ${asOf} and found nothing that needs to change before governors sign it off.`,
    );
  } else {
    const errors = items(result, result.messages.filter(isError), options);
    const warnings = items(result, result.messages.filter((m) => !isError(m)), options);
    out.push(`${thanks} We have checked it against the guidance in force on ${asOf}.`);
    if (errors.length > 0) {
      out.push('', 'Before governors sign it off, please:', '', ...numbered(errors));
    }
    if (warnings.length > 0) {
      out.push('', errors.length > 0 ? 'You may also want to:' : 'Before governors sign it off, you may want to:', '', ...numbered(warnings));
    }
    out.push('', 'Please do get in touch if anything here is unclear.');
  }
  out.push('', 'Kind regards,', '');
  return out.join('\n');
}

/** "This PDF" -> "this PDF"; "PDF files" stays. */
function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

/** "1. action." with each place on its own indented line below. */
function numbered(list: Array<{ action: string; places: string[] }>): string[] {
  const out: string[] = [];
  list.forEach((item, i) => {
    if (i > 0 && list.some((x) => x.places.length > 0)) out.push('');
    out.push(`${i + 1}. ${item.action}.`);
    for (const place of item.places) out.push(`   ${place}`);
  });
  return out;
}

/** One item per distinct action, in document order, with every place it applies to. */
function items(result: LintResult, messages: LintMessage[], options: AdviceOptions): Array<{ action: string; places: string[] }> {
  const byAction = new Map<string, string[]>();
  for (const m of messages) {
    const action = adviceFor(m, options).action;
    const places = byAction.get(action) ?? [];
    const where = emailLocation(result, m);
    if (where && !places.includes(where)) places.push(where);
    byAction.set(action, places);
  }
  return [...byAction].map(([action, places]) => ({ action, places }));
}
