/**
 * `policy-lint --print-guidance [--date D]`: every guidance document the linter knows, with the edition in
 * force on the as-of date (editionInForce), its in-force day and its sources; and the staleness notice the
 * CLI prints once per run when the built-in facts are more than six months old (guidanceStaleness).
 */
import { formatDay } from '../common/days.js';
import { editionInForce, formatInForce, guidanceStaleness, guidanceStalenessNotice } from './index.js';
import type { Edition, Guidance } from './types.js';

export interface PrintGuidanceOptions {
  /** The config file whose `knowledge` changed the built-in facts (as the user should see it), if any. */
  configFile?: string | null;
}

/** A source as the listing shows it: its URL without the research's bracketed note ("configuration" as it is). */
function sourceUrl(source: string): string {
  const first = source.trim().split(/\s+/)[0];
  return /^https?:\/\//.test(first) ? first : source.trim();
}

function describe(edition: Edition): string {
  return `${edition.label}${edition.inForce ? `, from ${formatInForce(edition)}` : ', no in-force date'}${edition.verified ? '' : ' (unverified)'}`;
}

/** The text --print-guidance writes. */
export function formatGuidanceList(guidance: Guidance, asOf: Date, options: PrintGuidanceOptions = {}): string {
  const staleness = guidanceStaleness(asOf);
  const day = formatDay(asOf);
  const lines = [
    `Guidance policy-lint knows, with the edition in force on ${day}.`,
    `The built-in facts were last checked against research on ${formatDay(new Date(`${staleness.checked}T00:00:00Z`))}` +
      (options.configFile ? `; editions and corrections from ${options.configFile} (knowledge) are included.` : '.'),
    '',
  ];
  const pad = (label: string) => `  ${label.padEnd(10)}`;
  for (const doc of Object.values(guidance.documents)) {
    lines.push(`${doc.id}: ${doc.title}`);
    const current = editionInForce(doc, asOf);
    if (current) {
      lines.push(`${pad('in force:')}${current.label}, from ${formatInForce(current)}`);
      const sources = current.sources.map(sourceUrl);
      sources.forEach((s, i) => lines.push(`${i === 0 ? pad('sources:') : pad('')}${s}`));
    } else {
      // Editions that can never be current say why nothing is; a dated later one is shown as "next" below.
      const never = doc.editions.filter((e) => !e.verified || e.inForce === null).map(describe).join('; ');
      lines.push(`${pad('in force:')}no edition in force on ${day}${never ? ` (also known: ${never})` : ''}`);
    }
    const next = doc.editions
      .filter((e) => e.verified && e.inForce !== null && new Date(`${e.inForce}T00:00:00Z`).getTime() > asOf.getTime())
      .sort((a, b) => (a.inForce as string).localeCompare(b.inForce as string))[0];
    if (next) lines.push(`${pad('next:')}${next.label}, from ${formatInForce(next)}`);
    lines.push(`${pad('page:')}${doc.url}`, '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The line the CLI writes once to standard error when the built-in facts are stale on `asOf` ('' when not). */
export function staleGuidanceLine(asOf: Date | string): string {
  const notice = guidanceStalenessNotice(guidanceStaleness(asOf));
  return notice ? `policy-lint: note: ${notice}\n` : '';
}
