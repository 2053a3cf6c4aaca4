/**
 * The machinery behind kcsie-current (and any "is this guidance cited at its current edition?" check):
 * every citation of a document that names a year must name the edition in force on the as-of date.
 * A citation without a year ("the current KCSIE guidance") is fine; a year newer than the data knows is
 * not questioned (the school may know of an edition this release does not).
 */
import { editionInForce, findEdition, formatInForce } from '../guidance/index.js';
import type { Citation } from '../model/types.js';
import { excerptAround, formatDay } from '../rule-kit.js';
import type { RuleContext } from '../types.js';

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
    // A link whose text already cites the same year (or is the same URL) is one finding, not two.
    if (reported.some((r) => r.year === year && overlaps(r, citation))) continue;
    reported.push(citation);
    const cited = findEdition(doc, year)?.label ?? `${doc.shortName} ${year}`;
    const how =
      citation.via === 'text'
        ? `Cites ${cited}`
        : `Links to ${cited} (${fileName(citation.url ?? citation.text)})`;
    context.report({
      message: `${how}; the edition in force on ${asOf} is ${current.label} (in force from ${formatInForce(current)}).`,
      span: citation.span,
      excerpt:
        citation.block && citation.index !== undefined
          ? excerptAround(citation.block, citation.index, citation.index + citation.text.length)
          : citation.url,
      messageId: 'outdated',
      data: { document: documentId, cited: year, current: current.year, via: citation.via },
    });
  }
}

function overlaps(a: Citation, b: Citation): boolean {
  return (a.span.space ?? 'normalized') === (b.span.space ?? 'normalized') && a.span.start < b.span.end && b.span.start < a.span.end;
}

function fileName(url: string): string {
  const clean = url.split(/[?#]/)[0];
  const last = clean.slice(clean.lastIndexOf('/') + 1);
  return last || url;
}
