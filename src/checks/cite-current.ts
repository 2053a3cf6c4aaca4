/**
 * The machinery behind kcsie-current (and any "is this guidance cited at its current edition?" check):
 * every citation of a document that names a year must name the edition in force on the as-of date.
 * A citation without a year ("the current KCSIE guidance") is fine; a year newer than the data knows is
 * not questioned (the school may know of an edition this release does not).
 */
import { formatDay } from '../common/days.js';
import type { MessageSpec } from '../common/messages.js';
import { editionInForce, findEdition, formatInForce } from '../guidance/index.js';
import type { Citation } from '../model/types.js';
import type { RuleContext } from '../types.js';

/**
 * The messages checkCitationsCurrent reports, for a rule's `meta.messages` (a rule adds its own reason
 * and action). Data: document (id), title, shortName, cited and current (years), citedEdition and
 * currentEdition ("KCSIE 2025"), inForce (when the current edition applies from), asOf, via, and for a
 * link its file and the document's url.
 */
export const CITE_CURRENT_MESSAGES = {
  outdated: {
    message: 'Cites {{citedEdition}}; the edition in force on {{asOf}} is {{currentEdition}} (in force from {{inForce}}).',
    reason: 'The policy cites {{citedEdition}}; schools must follow the edition in force, {{currentEdition}}, since {{inForce}}.',
    action: 'Update the reference to {{citedEdition}} to {{currentEdition}}, the edition in force since {{inForce}} (or refer to “the current edition of {{shortName}}”, so the policy does not date)',
  },
  'outdated-link': {
    message: 'Links to {{citedEdition}} ({{file}}); the edition in force on {{asOf}} is {{currentEdition}} (in force from {{inForce}}).',
    reason: 'The policy links to {{citedEdition}}; schools must follow the edition in force, {{currentEdition}}, since {{inForce}}.',
    action: 'Replace the link to {{citedEdition}} with a link to {{currentEdition}}: {{url}}',
  },
} satisfies Record<string, MessageSpec>;

export function checkCitationsCurrent(context: RuleContext, documentId: string): void {
  const doc = context.guidance.documents[documentId];
  if (!doc) throw new Error(`no guidance document "${documentId}" in the knowledge data`);
  const current = editionInForce(doc, context.asOf);
  if (!current) return;
  const asOf = formatDay(context.asOf);
  const citations = context.model.citations.filter((c) => c.documentId === documentId && c.year !== null);
  const reported: Citation[] = [];
  for (const citation of citations) {
    const year = citation.year as number;
    if (year >= current.year) continue;
    // A link whose text already cites the same year (or is the same URL) is one finding, not two; so is
    // a passage extracted twice, once with its spaces lost (a document site's summary above its
    // transcript). A passage the document itself repeats is cited twice, and reported twice.
    if (reported.some((r) => r.year === year && (overlaps(r, citation) || sameExtractedPassage(r, citation)))) continue;
    reported.push(citation);
    const link = citation.via !== 'text';
    context.report({
      messageId: link ? 'outdated-link' : 'outdated',
      at: citation,
      data: {
        document: documentId,
        title: doc.title,
        shortName: doc.shortName,
        cited: year,
        current: current.year,
        citedEdition: findEdition(doc, year)?.label ?? `${doc.shortName} ${year}`,
        currentEdition: current.label,
        inForce: formatInForce(current),
        asOf,
        via: citation.via,
        ...(link ? { file: fileName(citation.url ?? citation.text), url: doc.url } : {}),
      },
    });
  }
}

/** Letters and digits only, lower case: "Keeping Children Safe in Education' 2019" = "KeepingChildrenSafeinEducation'2019". */
function bare(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();
}

/**
 * Two text citations of one passage extracted twice: the same letters and digits, and the same few
 * before them, but written differently (spaces or punctuation lost in one).
 */
function sameExtractedPassage(a: Citation, b: Citation): boolean {
  if (a.via !== 'text' || b.via !== 'text' || !a.block || !b.block || a.index === undefined || b.index === undefined) return false;
  if (a.text === b.text || bare(a.text) !== bare(b.text)) return false;
  const before = (c: Citation) => bare(c.block!.text.slice(Math.max(0, c.index! - 40), c.index)).slice(-8);
  const x = before(a);
  const y = before(b);
  if (x.length < y.length ? x.length < 4 && x.length > 0 : y.length < 4 && y.length > 0) return false;
  if ((x === '') !== (y === '')) return false;
  return x.length < y.length ? y.endsWith(x) : x.endsWith(y);
}

function overlaps(a: Citation, b: Citation): boolean {
  return (a.span.space ?? 'normalized') === (b.span.space ?? 'normalized') && a.span.start < b.span.end && b.span.start < a.span.end;
}

function fileName(url: string): string {
  const clean = url.split(/[?#]/)[0];
  const last = clean.slice(clean.lastIndexOf('/') + 1);
  return last || url;
}
