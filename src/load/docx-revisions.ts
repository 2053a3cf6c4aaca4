/**
 * Tracked changes and comments left in a Word document, read from document.xml (mammoth does not
 * report them): how many insertions, deletions, moves, formatting changes and comments, and which body
 * line has the first one (facts: rules/docx-tracked-changes words the finding). Separate because it
 * reads the raw XML, not mammoth's tree; the body lines are counted by the one walk in ./docx-units.ts.
 */
import { bodyUnits } from './docx-units.js';

export interface RevisionScan {
  insertions: number;
  deletions: number;
  moves: number;
  formatting: number;
  commentIds: Set<string>;
  /** 0-based index of the body line (paragraph or table row, as mammoth counts them) with the first one. */
  firstUnit: number;
}

const INSERTIONS = new Set(['w:ins', 'w:cellIns']);
const DELETIONS = new Set(['w:del', 'w:cellDel']);
const MOVES = new Set(['w:moveFrom', 'w:moveTo']);
const FORMATTING = new Set(['w:rPrChange', 'w:pPrChange', 'w:sectPrChange', 'w:tblPrChange', 'w:trPrChange', 'w:tcPrChange', 'w:tblGridChange', 'w:numberingChange']);

/**
 * Counts revisions and comment anchors, and finds the body line (as mammoth counts them: see
 * ./docx-units.ts) that has the first one: the lines completed before it.
 */
export function scanRevisions(xml: string): RevisionScan {
  const scan: RevisionScan = { insertions: 0, deletions: 0, moves: 0, formatting: 0, commentIds: new Set(), firstUnit: -1 };
  let first = -1;
  const units = bodyUnits(xml, (name, attributes, at) => {
    if (INSERTIONS.has(name)) scan.insertions++;
    else if (DELETIONS.has(name)) scan.deletions++;
    else if (MOVES.has(name)) scan.moves++;
    else if (FORMATTING.has(name)) scan.formatting++;
    else if (name === 'w:commentRangeStart' || name === 'w:commentReference') {
      scan.commentIds.add(/\bw:id="([^"]*)"/.exec(attributes)?.[1] ?? String(scan.commentIds.size));
    } else return;
    if (first === -1) first = at;
  });
  if (first >= 0) scan.firstUnit = units.filter((unit) => unit.end < first).length;
  return scan;
}

export function countElements(xml: string, name: string): number {
  const re = new RegExp(`<${name}[\\s/>]`, 'g');
  return xml.match(re)?.length ?? 0;
}
