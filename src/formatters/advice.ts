/**
 * Plain-English advice shared by the adviser's reports (html, and anything else that wants it): for each
 * finding, a reason a school governor understands, what to do about it, and the guidance it rests on
 * (title, year, link); and, for one file, a short "feedback for the school" email.
 *
 * Nothing here hard-codes a year, a date or a number of hours: editions, in-force dates and the school
 * week come from the guidance data module (defaultGuidance, or the guidance passed in), and the facts of
 * one finding (the year cited, the review date) from the message's `data`, with the message text as a
 * fallback for results read back from JSON written by another tool.
 *
 * The text returned is plain text (untrusted parts included: school names, excerpts); callers escape it
 * for their format.
 */
import { formatDay, parseIsoDate } from '../common/days.js';
import { defaultGuidance, editionInForce, findEdition, formatInForce } from '../guidance/index.js';
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
  /** Rules' meta, for rules this module has no advice for (plugins). */
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

/** "1 September 2024" for an ISO day (as given when it is not one). */
function formatIso(iso: string): string {
  const day = parseIsoDate(iso);
  return day ? formatLongDate(day) : iso;
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

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

function kcsieAdvice(message: LintMessage, guidance: Guidance, asOf: Date): Advice {
  const doc = guidance.documents.kcsie;
  const data = message.data ?? {};
  const fromText = /\b(?:KCSI?E|Keeping Children Safe in Education)\D{0,40}?((?:19|20)\d\d)/i.exec(message.message);
  const citedYear = num(data.cited) ?? (fromText ? Number(fromText[1]) : undefined);
  const currentYear = num(data.current);
  const current = doc ? ((currentYear !== undefined ? findEdition(doc, currentYear) : undefined) ?? editionInForce(doc, asOf)) : undefined;
  const shortName = doc?.shortName ?? 'KCSIE';
  const cited = citedYear !== undefined ? (doc ? findEdition(doc, citedYear)?.label : undefined) ?? `${shortName} ${citedYear}` : `an earlier edition of ${shortName}`;
  const citedLong = citedYear !== undefined ? `Keeping Children Safe in Education ${citedYear}` : 'an earlier edition of Keeping Children Safe in Education';
  const currentLabel = current?.label ?? (currentYear !== undefined ? `${shortName} ${currentYear}` : `the current edition of ${shortName}`);
  const since = current?.inForce ? ` since ${formatInForce(current)}` : '';
  const viaLink = data.via === 'url' || /^Links to\b/.test(message.message);

  const reason =
    `The policy ${viaLink ? 'links to' : 'cites'} ${citedLong}; schools must follow the edition in force, ${currentLabel}${since ? `,${since}` : ''}. ` +
    `${shortName} is statutory safeguarding guidance that is usually updated every September, so a policy that points to an old edition can miss duties added since.`;
  const action = viaLink
    ? `Replace the link to ${cited} with a link to ${currentLabel}${doc ? `: ${doc.url}` : ''}`
    : `Update the reference to ${cited} to ${currentLabel}, the edition schools must follow${since} (or simply refer to “the current edition of ${shortName}”, so the policy does not date)`;
  return { reason, action, guidance: doc ? [docRef(doc, asOf, current)] : [] };
}

function apHoursAdvice(message: LintMessage, guidance: Guidance, asOf: Date): Advice {
  const week = guidance.schoolWeek;
  const doc = guidance.documents['length-of-school-week'];
  const since = formatIso(week.expectedFrom);
  const hours = num(message.data?.expectedHours) ?? week.hours;
  const below = /\bbelow\b/i.test(message.message);
  const passedTarget = /target date that has passed/i.test(message.message);
  const what =
    below && passedTarget
      ? 'describes full-time alternative provision as fewer hours than a full school week, and ties the full week to a target date that has passed'
      : passedTarget
        ? 'ties the full school week for alternative provision to a target date that has passed'
        : 'describes full-time alternative provision as fewer hours than a full school week';
  const reason =
    `The policy ${what}. Since ${since} schools have been expected to offer a school week of at least ${hours} hours, breaks included` +
    `${week.statutory ? '' : ' (a non-statutory expectation; there is no separate hours figure for alternative provision)'}. ` +
    'A child placed in full-time alternative provision should not be offered a shorter week than their classmates.';
  const action = [
    `State that full-time alternative provision means at least ${hours} hours a week`,
    passedTarget ? 'and remove the target date that has passed' : '',
  ]
    .filter(Boolean)
    .join(', ');
  const note = `At least ${hours} hours a week, breaks included, expected from ${since}${week.statutory ? '' : ' (non-statutory)'}.`;
  const ref: GuidanceRef = doc
    ? // The note gives the date that matters (when the week became expected), not the guidance's publication month.
      { ...docRef(doc, asOf, undefined, note), inForce: undefined, sources: [...week.sources] }
    : {
        title: 'Length of the school week: minimum expectation',
        shortName: 'Length of the school week guidance',
        status: week.statutory ? 'statutory' : 'non-statutory',
        url: (week.sources.find((s) => /gov\.uk/.test(s)) ?? week.sources[0] ?? '').split(/\s/)[0],
        sources: [...week.sources],
        note,
      };
  return { reason, action, guidance: [ref] };
}

function designatedTeacherAdvice(message: LintMessage, guidance: Guidance, asOf: Date): Advice {
  const doc = guidance.documents['designated-teacher'];
  const id = message.messageId;
  const how =
    id === 'blank'
      ? 'the name is left blank'
      : id === 'placeholder'
        ? 'the name is still a placeholder'
        : id === 'role-not-name'
          ? 'the policy gives a role (such as "the SENCO"), not the person who holds it'
          : 'no designated teacher is named';
  const reason =
    'Schools must appoint a designated teacher to promote the education of looked-after and previously looked-after children. ' +
    `The policy should name that person, so carers, social workers and the Virtual School know whom to contact; here ${how}.`;
  return {
    reason,
    action: 'Fill in the name of the designated teacher for looked-after and previously looked-after children',
    guidance: doc ? [docRef(doc, asOf)] : [],
  };
}

function suspensionAdvice(message: LintMessage, guidance: Guidance, asOf: Date): Advice {
  const doc = guidance.documents['suspension-exclusion'];
  const how = message.messageId === 'placeholders' || /placeholders/i.test(message.message) ? 'the list holds only placeholders' : 'no methods follow';
  const reason =
    `The policy promises a list of the methods the school uses to avoid suspending or excluding a child with a social worker, but ${how}. ` +
    'Governors, carers and the Virtual School cannot see what the school will actually do; the statutory guidance on suspension and ' +
    'permanent exclusion expects schools to consider extra support for these pupils, and to work with their social worker and the Virtual School, before suspending or excluding.';
  return {
    reason,
    action:
      'List the methods the school actually uses to avoid suspending or excluding a child with a social worker (for example: early contact with the ' +
      "child's social worker and the Virtual School, a review of their Personal Education Plan, extra support in class)",
    guidance: doc ? [docRef(doc, asOf)] : [],
  };
}

function reviewDateAdvice(message: LintMessage): Advice {
  const data = message.data ?? {};
  const when = str(data.reviewDate) ?? /review date, (.+?), has passed/i.exec(message.message)?.[1] ?? /\(([^()]+)\)\.?$/.exec(message.message)?.[1];
  const basis = "the policy's own review date";
  if (message.messageId === 'passed' || /has passed/i.test(message.message)) {
    return {
      reason: `The policy's review date${when ? ` (${when})` : ''} has passed, so the policy is out of date: governors agreed to look at it again by then.`,
      action: `Review the policy and set a new review date${when ? `: the current one, ${when}, has passed` : ''}`,
      guidance: [],
      basis,
    };
  }
  if (message.messageId === 'due-soon' || /due for review/i.test(message.message)) {
    return {
      reason: `The policy is due for review soon${when ? ` (${when})` : ''}; plan the review so governors can approve the updated policy in time.`,
      action: `Plan the review that is due${when ? ` in ${when}` : ''}, so governors can approve the updated policy in time`,
      guidance: [],
      basis,
    };
  }
  return {
    reason: 'No next review date could be found in the policy. Without one, governors cannot tell when the policy must be looked at again.',
    action: 'Add a next review date to the policy',
    guidance: [],
    basis,
  };
}

function trackedChangesAdvice(): Advice {
  return {
    reason: 'The Word document still contains tracked changes or comments, so it is not yet the final text governors will sign.',
    action: 'Accept or reject the tracked changes and resolve the comments in Word, then send the clean copy',
    guidance: [],
    basis: 'the document itself',
  };
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

/** Plain-English advice for one finding. */
export function adviceFor(message: LintMessage, options: AdviceOptions = {}): Advice {
  const guidance = options.guidance ?? defaultGuidance;
  const asOf = asOfDate(options.asOf);
  if (isInternalError(message)) return internalErrorAdvice();
  if (message.ruleId === null) return unreadableAdvice();
  switch (message.ruleId) {
    case 'kcsie-current':
      return kcsieAdvice(message, guidance, asOf);
    case 'ap-hours-current':
      return apHoursAdvice(message, guidance, asOf);
    case 'designated-teacher-named':
      return designatedTeacherAdvice(message, guidance, asOf);
    case 'suspension-methods-listed':
      return suspensionAdvice(message, guidance, asOf);
    case 'review-date-current':
      return reviewDateAdvice(message);
    case 'docx-tracked-changes':
      return trackedChangesAdvice();
    default: {
      const description = options.rulesMeta?.[message.ruleId]?.description;
      const text = message.message.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
      return {
        reason: description ? `${description} ${message.message}` : message.message,
        action: text,
        guidance: [],
        basis: `the rule ${message.ruleId}`,
      };
    }
  }
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
