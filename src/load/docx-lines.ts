/**
 * The walk of mammoth's document tree into lines: the body paragraphs, list items and table rows of a
 * Word document, in order, each with its text, its kind (heading, item, row) and the marks (line
 * breaks, link starts and ends) the Markdown needs, then the footnotes and endnotes the body refers to.
 * Separate because it is the one place that knows mammoth's tree (the types below mirror the parts of
 * mammoth/lib/documents.js we read); the Markdown writer sees only lines, not mammoth.
 */

export interface MElement {
  type: string;
  children?: MElement[];
  value?: string;
  href?: string;
  anchor?: string;
  styleId?: string | null;
  styleName?: string | null;
  numbering?: { level: string | number; isOrdered: boolean } | null;
  breakType?: string;
  checked?: boolean;
  body?: MElement[];
}

export interface MDocument {
  type: 'document';
  children: MElement[];
  notes?: { resolve(reference: MElement): MElement | null };
  comments?: unknown[];
}

export type Mark = { at: number; type: 'break' } | { at: number; type: 'link-start'; href: string } | { at: number; type: 'link-end' };

export type LineKind = 'paragraph' | 'heading' | 'item' | 'row';

export interface Line {
  text: string;
  marks: Mark[];
  kind: LineKind;
  /** Heading level (1-6) or list level (0-based). */
  level: number;
  /** Characters at the start that are a typed bullet, not text (a "• " typed by hand). */
  skip: number;
  /** Rows of the same table share an id; rows of a table with one column are paragraphs. */
  table?: number;
}

class LineText {
  text = '';
  marks: Mark[] = [];
  private inLink = false;

  add(s: string): void {
    this.text += s.replace(/[\r\n\v\f\u2028\u2029]/g, ' ');
  }

  lineBreak(): void {
    this.marks.push({ at: this.text.length, type: 'break' });
    this.text += ' ';
  }

  separate(): void {
    if (this.text.length > 0 && !/\s$/.test(this.text)) this.text += ' ';
  }

  link(href: string, body: () => void): void {
    if (this.inLink || !href) {
      body();
      return;
    }
    this.inLink = true;
    this.marks.push({ at: this.text.length, type: 'link-start', href });
    body();
    this.marks.push({ at: this.text.length, type: 'link-end' });
    this.inLink = false;
  }
}

export interface Walk {
  lines: Line[];
  bodyCount: number;
  images: number;
}

export function documentLines(document: MDocument): Walk {
  const lines: Line[] = [];
  const noteRefs: MElement[] = [];
  let tables = 0;
  let images = 0;

  const inline = (nodes: MElement[] | undefined, line: LineText): void => {
    for (const node of nodes ?? []) {
      switch (node.type) {
        case 'text':
          line.add(node.value ?? '');
          break;
        case 'tab':
          line.add('\t');
          break;
        case 'break':
          if (node.breakType === 'line' || !node.breakType) line.lineBreak();
          else line.separate();
          break;
        case 'checkbox':
          line.add(node.checked ? '\u2612' : '\u2610');
          break;
        case 'hyperlink': {
          // A link to a bookmark in the same document is navigation, not a citation: text only.
          line.link(node.href ?? '', () => inline(node.children, line));
          break;
        }
        case 'noteReference':
          noteRefs.push(node);
          break;
        case 'image':
          images++;
          break;
        case 'paragraph':
          // A text box's paragraph inside a run: read it as part of this line.
          line.separate();
          inline(node.children, line);
          break;
        case 'table':
          line.separate();
          cellContent(node.children, line);
          break;
        default:
          if (node.children) inline(node.children, line);
      }
    }
  };

  // The content of a table cell (or of a table nested in one), flattened with spaces.
  const cellContent = (nodes: MElement[] | undefined, line: LineText): void => {
    for (const node of nodes ?? []) {
      if (node.type === 'paragraph' || node.type === 'tableRow' || node.type === 'tableCell' || node.type === 'table') {
        line.separate();
        if (node.type === 'paragraph') inline(node.children, line);
        else cellContent(node.children, line);
      } else {
        inline([node], line);
      }
    }
  };

  const paragraph = (node: MElement): void => {
    const line = new LineText();
    inline(node.children, line);
    const heading = headingLevel(node);
    let kind: LineKind = 'paragraph';
    let level = 0;
    let skip = 0;
    if (heading > 0) {
      kind = 'heading';
      level = heading;
    } else if (node.numbering) {
      kind = 'item';
      level = Math.max(0, Math.min(8, Number(node.numbering.level) || 0));
      // "o Repair and Restore meetings": a sub-bullet whose "o" glyph was typed (or converted) as text.
      const o = /^\s*o[ \t\u00a0]+(?=\S)/.exec(line.text);
      if (o) {
        skip = o[0].length;
        level++;
      }
    } else {
      const typed = /^\s*[\u2022\u00b7\u25aa\u25cf\u25e6\u2023\u2043\u25a0\u27a2\u2013-](?:\s+)(?=\S)/.exec(line.text);
      if (typed) {
        kind = 'item';
        skip = typed[0].length;
      }
    }
    lines.push({ text: line.text, marks: line.marks, kind, level, skip });
  };

  const table = (node: MElement): void => {
    const id = ++tables;
    const rows: Line[] = [];
    let multiColumn = false;
    for (const row of node.children ?? []) {
      if (row.type !== 'tableRow') continue;
      const line = new LineText();
      let filled = 0;
      (row.children ?? []).forEach((cell, i) => {
        if (i > 0) line.add('\t');
        const before = line.text.length;
        cellContent(cell.children, line);
        if (/\S/.test(line.text.slice(before))) filled++;
      });
      if (filled >= 2) multiColumn = true;
      rows.push({ text: line.text, marks: line.marks, kind: 'row', level: 0, skip: 0, table: id });
    }
    for (const row of rows) lines.push(multiColumn ? row : { ...row, kind: 'paragraph', table: undefined });
  };

  const block = (node: MElement): void => {
    if (node.type === 'paragraph') paragraph(node);
    else if (node.type === 'table') table(node);
    else if (node.type === 'image') images++;
    else if (node.children && node.type !== 'run' && node.type !== 'hyperlink') node.children.forEach(block);
  };

  document.children.forEach(block);
  const bodyCount = lines.length;

  // Footnotes and endnotes the body refers to, after the body, in the order they are referred to.
  const seen = new Set<MElement>();
  for (let i = 0; i < noteRefs.length; i++) {
    const note = document.notes?.resolve(noteRefs[i]);
    if (!note || seen.has(note)) continue;
    seen.add(note);
    for (const child of note.body ?? []) block(child);
  }
  return { lines, bodyCount, images };
}

function headingLevel(node: MElement): number {
  for (const name of [node.styleName, node.styleId]) {
    if (!name) continue;
    const m = /^heading\s*([1-6])$/i.exec(name.trim());
    if (m) return Number(m[1]);
    if (/^title$/i.test(name.trim())) return 1;
  }
  return 0;
}
