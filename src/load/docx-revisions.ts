/**
 * Tracked changes and comments left in a Word document, read from document.xml (mammoth does not
 * report them): how many insertions, deletions, moves, formatting changes and comments, which body
 * line has the first one (facts: rules/docx-tracked-changes words the finding). Separate because it reads the raw XML, not
 * mammoth's tree, and counts body lines the way mammoth does so that the finding lands on the right
 * paragraph.
 */

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
 * Counts revisions and comment anchors, and finds the paragraph that has the first one, counting body
 * units the way mammoth does: a body paragraph is one unit, a table row is one unit, a paragraph whose
 * mark was deleted merges into the next one, a deleted row is gone, and text-box (w:pict) paragraphs
 * follow their paragraph.
 */
export function scanRevisions(xml: string): RevisionScan {
  const scan: RevisionScan = { insertions: 0, deletions: 0, moves: 0, formatting: 0, commentIds: new Set(), firstUnit: -1 };
  const stack: string[] = [];
  let units = 0;
  let pDepth = 0;
  let tblDepth = 0;
  let choiceDepth = 0;
  let deletedMark = false;
  let deletedRow = false;
  let extra = 0;
  let pictDepth = 0;
  const tag = /<(\/?)([A-Za-z_][\w.-]*(?::[\w.-]+)?)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>/g;
  const hit = (): void => {
    if (scan.firstUnit === -1) scan.firstUnit = units;
  };
  let m: RegExpExecArray | null;
  while ((m = tag.exec(xml)) !== null) {
    const name = m[2];
    if (!name) continue;
    const closing = m[1] === '/';
    const selfClosing = m[4] === '/';
    if (closing) {
      // Pop to the matching element (tolerates sloppy nesting).
      const at = stack.lastIndexOf(name);
      if (at === -1) continue;
      stack.length = at;
      if (name === 'mc:Choice') choiceDepth--;
      if (choiceDepth > 0) continue;
      if (name === 'w:pict') pictDepth--;
      if (name === 'w:p') {
        pDepth--;
        if (pDepth === 0 && tblDepth === 0) {
          if (!deletedMark) units += 1 + extra;
          deletedMark = false;
          extra = 0;
        } else if (pDepth === 1 && pictDepth > 0 && tblDepth === 0) {
          extra++;
        }
      } else if (name === 'w:tbl') {
        tblDepth--;
      } else if (name === 'w:tr' && tblDepth === 1 && pDepth === 0) {
        if (!deletedRow) units++;
        deletedRow = false;
      }
      continue;
    }
    const parent = stack[stack.length - 1];
    const grandparent = stack[stack.length - 2];
    if (name === 'mc:Choice') choiceDepth++;
    if (choiceDepth === 0) {
      if (INSERTIONS.has(name)) {
        scan.insertions++;
        hit();
      } else if (DELETIONS.has(name)) {
        scan.deletions++;
        hit();
        if (name === 'w:del' && parent === 'w:rPr' && grandparent === 'w:pPr' && pDepth === 1 && tblDepth === 0) deletedMark = true;
        if (name === 'w:del' && parent === 'w:trPr' && tblDepth === 1 && pDepth === 0) deletedRow = true;
      } else if (MOVES.has(name)) {
        scan.moves++;
        hit();
      } else if (FORMATTING.has(name)) {
        scan.formatting++;
        hit();
      } else if (name === 'w:commentRangeStart' || name === 'w:commentReference') {
        const id = /\bw:id="([^"]*)"/.exec(m[3])?.[1] ?? String(scan.commentIds.size);
        scan.commentIds.add(id);
        hit();
      }
    }
    if (selfClosing) {
      if (name === 'w:p' && choiceDepth === 0 && pDepth === 0 && tblDepth === 0) units++;
      if (name === 'mc:Choice') choiceDepth--;
      continue;
    }
    stack.push(name);
    if (choiceDepth > 0) continue;
    if (name === 'w:p') pDepth++;
    else if (name === 'w:tbl') tblDepth++;
    else if (name === 'w:pict') pictDepth++;
  }
  return scan;
}

export function countElements(xml: string, name: string): number {
  const re = new RegExp(`<${name}[\\s/>]`, 'g');
  return xml.match(re)?.length ?? 0;
}
