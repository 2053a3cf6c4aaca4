/**
 * The body lines of a Word document as mammoth reads them (one per body paragraph, one per table row; a
 * paragraph whose mark was deleted joins the next; a deleted row is gone; a text box's paragraphs follow
 * their paragraph), with where each line's paragraphs are in document.xml. The one walk of document.xml
 * that both place things by line: the tracked-changes facts (./docx-revisions.ts: which line has the first
 * revision) and the review comments of --annotate (which paragraph a finding's line is).
 * test/annotate/docx.test.ts checks the count against the loader's lines on every corpus document.
 */

/** One w:p element in document.xml: its open tag [open, openEnd), and its close tag's start (= openEnd for <w:p/>). */
export interface ParagraphXml {
  open: number;
  openEnd: number;
  close: number;
  selfClosing: boolean;
}

export interface BodyUnit {
  paragraphs: ParagraphXml[];
  /** Where in document.xml the line is complete (its last paragraph's or its row's closing tag). */
  end: number;
}

/**
 * Called for every element opened outside an mc:Choice (Word's alternative content, which mammoth does not
 * read), with its name, its attributes' text, its offset, and its parent's and grandparent's names.
 */
export type ElementVisitor = (name: string, attributes: string, at: number, parent: string | undefined, grandparent: string | undefined) => void;

const TAG = /<(\/?)([A-Za-z_][\w.-]*(?::[\w.-]+)?)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>/g;

export function bodyUnits(xml: string, visit?: ElementVisitor): BodyUnit[] {
  const units: BodyUnit[] = [];
  const stack: string[] = [];
  let pDepth = 0;
  let tblDepth = 0;
  let choiceDepth = 0;
  let pictDepth = 0;
  let deletedMark = false;
  let deletedRow = false;
  let pending: ParagraphXml[] = [];
  let body: ParagraphXml | null = null;
  let nested: ParagraphXml | null = null;
  let boxes: ParagraphXml[] = [];
  let row: ParagraphXml[] = [];
  let cell: ParagraphXml | null = null;
  const re = new RegExp(TAG.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml)) !== null) {
    const name = m[2];
    if (!name) continue;
    const closing = m[1] === '/';
    const selfClosing = m[4] === '/';
    const end = m.index + m[0].length;
    if (closing) {
      const at = stack.lastIndexOf(name);
      if (at === -1) continue;
      stack.length = at;
      if (name === 'mc:Choice') choiceDepth--;
      if (choiceDepth > 0) continue;
      if (name === 'w:pict') pictDepth--;
      if (name === 'w:p') {
        pDepth--;
        if (pDepth === 0 && tblDepth === 0 && body) {
          body.close = m.index;
          if (deletedMark) pending.push(body);
          else {
            units.push({ paragraphs: [...pending, body], end: m.index });
            for (const box of boxes) units.push({ paragraphs: [box], end: m.index });
            pending = [];
          }
          boxes = [];
          body = null;
          deletedMark = false;
        } else if (pDepth === 1 && pictDepth > 0 && tblDepth === 0 && nested) {
          nested.close = m.index;
          boxes.push(nested);
          nested = null;
        } else if (pDepth === 0 && tblDepth === 1 && cell) {
          cell.close = m.index;
          row.push(cell);
          cell = null;
        }
      } else if (name === 'w:tbl') {
        tblDepth--;
      } else if (name === 'w:tr' && tblDepth === 1 && pDepth === 0) {
        if (!deletedRow) units.push({ paragraphs: row, end: m.index });
        row = [];
        deletedRow = false;
      }
      continue;
    }
    const parent = stack[stack.length - 1];
    const grandparent = stack[stack.length - 2];
    if (name === 'mc:Choice') choiceDepth++;
    if (choiceDepth === 0) {
      visit?.(name, m[3], m.index, parent, grandparent);
      if (name === 'w:del' && parent === 'w:rPr' && grandparent === 'w:pPr' && pDepth === 1 && tblDepth === 0) deletedMark = true;
      if (name === 'w:del' && parent === 'w:trPr' && tblDepth === 1 && pDepth === 0) deletedRow = true;
    }
    if (selfClosing) {
      if (name === 'w:p' && choiceDepth === 0 && pDepth === 0 && tblDepth === 0) {
        units.push({ paragraphs: [...pending, { open: m.index, openEnd: end, close: end, selfClosing: true }], end: m.index });
        pending = [];
      }
      if (name === 'mc:Choice') choiceDepth--;
      continue;
    }
    stack.push(name);
    if (choiceDepth > 0) continue;
    if (name === 'w:p') {
      const paragraph = { open: m.index, openEnd: end, close: -1, selfClosing: false };
      if (pDepth === 0 && tblDepth === 0) body = paragraph;
      else if (pDepth === 1 && pictDepth > 0 && tblDepth === 0) nested = paragraph;
      else if (pDepth === 0 && tblDepth === 1) cell = paragraph;
      pDepth++;
    } else if (name === 'w:tbl') tblDepth++;
    else if (name === 'w:pict') pictDepth++;
  }
  return units;
}
