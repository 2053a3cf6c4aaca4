/**
 * A rule's messages, as it declares them in `meta.messages` (ESLint's, extended with the adviser's
 * plain-English advice), and the one way their `{{placeholders}}` are filled. A leaf: the engine fills a
 * report's message from it, and the formatters fill the advice (reason, action) from the same data, so a
 * report rebuilt from JSON reads as the run did.
 */

/** Where a finding's advice rests: a guidance document of the data module, by id. */
export interface MessageGuidance {
  /** The document's id in the guidance data ("kcsie", "designated-teacher"), or a template ("{{document}}"). */
  document: string;
  /**
   * A line of the fact the advice uses (a template). With `fact: 'school-week'` the reference gives the
   * school-week fact's sources and no in-force date (the date that matters is in the note).
   */
  note?: string;
  fact?: 'school-week';
}

/** One message a rule reports: its text, and the advice a school governor reads beside it. */
export interface MessageSpec {
  /** The message, with `{{name}}` filled from the report's data (as ESLint's). */
  message: string;
  /** A short title of the finding (default: the rule's title). */
  title?: string;
  /** Why it matters, for a school governor (template). */
  reason?: string;
  /** What the school should do: imperative, without a final full stop (template). */
  action?: string;
  /**
   * The guidance documents it rests on, by id (the edition: `data.current` when the report gives that
   * document's year as `data.document`/`data.current`, else the edition in force on the as-of date).
   */
  guidance?: Array<string | MessageGuidance>;
  /** When it rests on no guidance: on what, in words ("the policy's own review date"). */
  basis?: string;
}

/** meta.messages: a messageId's template, or its template with advice. */
export type MessagesDeclaration = Record<string, string | MessageSpec>;

/** The declared spec of a messageId (a bare template string becomes `{ message }`); undefined when not declared. */
export function messageSpecOf(messages: MessagesDeclaration | undefined, messageId: string | undefined): MessageSpec | undefined {
  if (!messages || messageId === undefined || !Object.prototype.hasOwnProperty.call(messages, messageId)) return undefined;
  const spec = messages[messageId];
  return typeof spec === 'string' ? { message: spec } : spec;
}

/**
 * `{{name}}` (spaces allowed inside the braces) replaced by String(data.name); a name the data does not
 * have is left as written, as ESLint leaves it, so a missing fact shows rather than vanishes.
 */
export function fillTemplate(template: string, data: Record<string, unknown> | undefined): string {
  return template.replace(/\{\{\s*([^{}\s]+)\s*\}\}/g, (whole, name: string) =>
    data && Object.prototype.hasOwnProperty.call(data, name) && data[name] !== undefined ? String(data[name]) : whole,
  );
}
