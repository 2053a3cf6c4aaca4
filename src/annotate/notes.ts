/**
 * The text of one review note: what a careful human reviewer would write in the margin of the school's
 * own document for a finding. The message, what to do, and the guidance it rests on, from the rule's
 * declared advice (the same words as the HTML report and the feedback email).
 */
import { adviceFor, titleFor } from '../formatters/advice.js';
import type { Guidance } from '../guidance/types.js';
import type { LintMessage, RuleMeta } from '../types.js';

export interface NoteOptions {
  rulesMeta: Record<string, RuleMeta>;
  /** The run's as-of date (YYYY-MM-DD). */
  asOf: string;
  guidance?: Guidance;
}

export interface ReviewNote {
  /** "Error" or "Warning", and the finding's title: "Error: Current KCSIE cited". */
  heading: string;
  /** The finding's message. */
  message: string;
  /** What to do, as a sentence. */
  action: string;
  /** "Keeping children safe in education … (KCSIE 2026): https://…", or what it rests on. */
  source: string;
}

export function noteFor(message: LintMessage, options: NoteOptions): ReviewNote {
  const advice = adviceFor(message, { asOf: options.asOf, rulesMeta: options.rulesMeta, guidance: options.guidance });
  const severity = message.severity === 2 ? 'Error' : 'Warning';
  const title = message.ruleId ? titleFor(message.ruleId, options.rulesMeta, message.messageId) : 'The file could not be read';
  const source = advice.guidance.length
    ? advice.guidance.map((g) => `${g.title}${g.edition ? ` (${g.edition})` : ''}: ${g.url}`).join('; ')
    : `Based on ${advice.basis ?? 'the policy itself'}.`;
  return {
    heading: `${severity}: ${title}${message.ruleId ? ` (${message.ruleId})` : ''}`,
    message: oneLine(message.message),
    action: `${oneLine(advice.action).replace(/[.\s]+$/, '')}.`,
    source,
  };
}

/** The note as plain text, one part a line (a Word comment's paragraphs, a PDF note's text). */
export function noteLines(note: ReviewNote): string[] {
  return [note.heading, note.message, `What to do: ${note.action}`, note.source.startsWith('Based on') ? note.source : `Guidance: ${note.source}`];
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
