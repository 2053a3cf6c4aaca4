/**
 * Flattens the mdast tree into blocks: the pieces of text a person sees as one unit (a heading, a
 * paragraph, a list item's own text, a row of a tab-separated table). Each block keeps a map from its
 * plain text back to Markdown offsets, so a rule can point at a word inside it.
 */
import type { Heading, List, ListItem, Node, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { Block, BlockKind, Link } from './types.js';

/** Pieces of block text: text[textStart..] came from markdown[mdStart..]. */
interface Piece {
  textStart: number;
  mdStart: number;
  /** Per-character Markdown offsets when the text differs from its source (escapes, stripped indent). */
  offsets?: number[];
}

class TextCollector {
  text = '';
  readonly pieces: Piece[] = [];

  constructor(private readonly markdown: string) {}

  add(value: string, mdStart: number, mdEnd: number): void {
    if (value.length === 0) return;
    const source = this.markdown.slice(mdStart, mdEnd);
    const piece: Piece = { textStart: this.text.length, mdStart };
    if (source !== value) piece.offsets = align(value, source, mdStart);
    this.pieces.push(piece);
    this.text += value;
  }

  /** Text with no source of its own (a line break), anchored at `mdOffset`. */
  addSynthetic(value: string, mdOffset: number): void {
    this.pieces.push({ textStart: this.text.length, mdStart: mdOffset, offsets: Array(value.length).fill(mdOffset) });
    this.text += value;
  }

  offsetAt(i: number, fallback: number): number {
    const pieces = this.pieces;
    if (pieces.length === 0) return fallback;
    let lo = 0;
    let hi = pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (pieces[mid].textStart <= i) lo = mid;
      else hi = mid - 1;
    }
    const piece = pieces[lo];
    const k = i - piece.textStart;
    if (piece.offsets) return piece.offsets[Math.min(k, piece.offsets.length - 1)] ?? piece.mdStart;
    return piece.mdStart + k;
  }
}

/**
 * Markdown offsets of each character of `value`, which remark derived from `source` by removing
 * backslash escapes, entity syntax and the indentation of continuation lines.
 */
function align(value: string, source: string, base: number): number[] {
  const offsets: number[] = new Array(value.length);
  let j = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    let k = j;
    // Look a few characters ahead for this character (skipping '\', indentation, entity text).
    while (k < source.length && k - j < 12 && source[k] !== ch) k++;
    if (k < source.length && source[k] === ch) {
      offsets[i] = base + k;
      j = k + 1;
    } else {
      offsets[i] = base + Math.min(j, source.length - 1);
    }
  }
  return offsets;
}

/** Inline HTML that converters write around text; its tags are not text. */
const KNOWN_TAG = /^<\/?(?:a|u|b|i|em|strong|span|sup|sub|br|p|div|font|mark|small|s|del|ins|strike|img)\b[^>]*>$|^<!--/i;

export interface FlattenResult {
  blocks: Block[];
  links: Link[];
}

/** Where a link's text ends, in collectInline's work list. */
interface LinkEnd {
  type: 'link-end';
  url: string;
  textStart: number;
  span: { start: number; end: number };
}

/** Walks the tree in document order. Sections are assigned later (see sections.ts). */
export function flatten(tree: Root, markdown: string): FlattenResult {
  const blocks: Block[] = [];
  const links: Link[] = [];

  const makeBlock = (
    kind: BlockKind,
    node: Node,
    collector: TextCollector,
    depth: number,
    start: number,
    end: number,
  ): Block => {
    const block: Block = {
      index: blocks.length,
      kind,
      text: collector.text,
      start,
      end,
      depth,
      node,
      section: 0,
      offsetAt: (i: number) => collector.offsetAt(i, start),
    };
    blocks.push(block);
    return block;
  };

  /** Inline content in order, without recursion (emphasis may nest thousands deep); a link's text is read when its end is reached. */
  const collectInline = (nodes: PhrasingContent[], collector: TextCollector): void => {
    const pending: Array<PhrasingContent | LinkEnd> = [];
    const pushAll = (list: PhrasingContent[]): void => {
      for (let i = list.length - 1; i >= 0; i--) pending.push(list[i]);
    };
    pushAll(nodes);
    while (pending.length > 0) {
      const node = pending.pop()!;
      if (node.type === 'link-end') {
        links.push({ url: node.url, text: collector.text.slice(node.textStart), span: node.span, inProse: true });
        continue;
      }
      const start = node.position?.start.offset ?? 0;
      const end = node.position?.end.offset ?? start;
      switch (node.type) {
        case 'text':
        case 'inlineCode':
          collector.add(node.value, start, end);
          break;
        case 'break':
          collector.addSynthetic('\n', start);
          break;
        case 'link':
          pending.push({ type: 'link-end', url: node.url, textStart: collector.text.length, span: { start, end } });
          pushAll(node.children);
          break;
        case 'image':
          if (node.alt) collector.addSynthetic(node.alt, start);
          break;
        case 'html':
          // <u>, <a id>, <br>: markup, not text. A <br> separates lines. Anything else in angle
          // brackets ("<insert name>") is a placeholder someone typed: keep it as text.
          if (/^<br\s*\/?>$/i.test(node.value)) collector.addSynthetic('\n', start);
          else if (!KNOWN_TAG.test(node.value)) collector.add(node.value, start, end);
          break;
        default:
          if ('children' in node) pushAll(node.children as PhrasingContent[]);
      }
    }
  };

  const paragraphBlocks = (node: Paragraph | Heading, kind: BlockKind, depth: number): Block[] => {
    const collector = new TextCollector(markdown);
    collectInline(node.children, collector);
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    if (kind === 'paragraph' && collector.text.includes('\t')) {
      // A tab-separated table converted from Word: each line is a row of its own.
      return splitRows(node, collector, start);
    }
    return [makeBlock(kind, node, collector, depth, start, end)];
  };

  const splitRows = (node: Paragraph | Heading, collector: TextCollector, start: number): Block[] => {
    const rows: Block[] = [];
    let lineStart = 0;
    const text = collector.text;
    for (let i = 0; i <= text.length; i++) {
      if (i < text.length && text[i] !== '\n') continue;
      const from = lineStart;
      const to = i;
      lineStart = i + 1;
      if (to <= from) continue;
      const rowCollector = new TextCollector(markdown);
      rowCollector.text = text.slice(from, to);
      rowCollector.pieces.push({
        textStart: 0,
        mdStart: collector.offsetAt(from, start),
        offsets: Array.from({ length: to - from }, (_, k) => collector.offsetAt(from + k, start)),
      });
      const rowStart = collector.offsetAt(from, start);
      const rowEnd = collector.offsetAt(to - 1, start) + 1;
      rows.push(makeBlock(text.slice(from, to).includes('\t') ? 'table-row' : 'paragraph', node, rowCollector, 0, rowStart, rowEnd));
    }
    return rows;
  };

  /**
   * A list and everything nested in it, in document order, without recursion (a list nested 10,000
   * deep must not overflow the stack): an item's block comes before its sub-items' blocks.
   */
  const visitList = (list: List, level: number, parent: Block | undefined): void => {
    const pending: { item: ListItem; level: number; parent: Block | undefined }[] = [];
    const push = (l: List, lv: number, p: Block | undefined): void => {
      for (let i = l.children.length - 1; i >= 0; i--) pending.push({ item: l.children[i], level: lv, parent: p });
    };
    push(list, level, parent);
    while (pending.length > 0) {
      const next = pending.pop()!;
      const { block, nested } = visitItem(next.item, next.level, next.parent);
      for (let i = nested.length - 1; i >= 0; i--) push(nested[i], next.level + 1, block);
    }
  };

  const visitItem = (item: ListItem, level: number, parent: Block | undefined): { block: Block; nested: List[] } => {
    const collector = new TextCollector(markdown);
    const start = item.position?.start.offset ?? 0;
    let end = start;
    const nested: List[] = [];
    let first = true;
    for (const child of item.children) {
      if (child.type === 'paragraph' || child.type === 'heading') {
        if (!first) collector.addSynthetic('\n', child.position?.start.offset ?? start);
        collectInline(child.children, collector);
        end = child.position?.end.offset ?? end;
        first = false;
      } else if (child.type === 'list') {
        nested.push(child);
      }
    }
    const block = makeBlock('list-item', item, collector, level, start, Math.max(end, start));
    block.children = [];
    if (parent) {
      block.parent = parent;
      parent.children!.push(block);
    }
    // Block content other than paragraphs and lists (code, html) inside an item is rare; skipped.
    return { block, nested };
  };

  const visit = (node: RootContent): void => {
    switch (node.type) {
      case 'heading':
        paragraphBlocks(node, 'heading', node.depth);
        break;
      case 'paragraph':
        paragraphBlocks(node, 'paragraph', 0);
        break;
      case 'list':
        visitList(node, 1, undefined);
        break;
      case 'blockquote':
        // Its content is walked by the loop below (no recursion: quotes may nest 10,000 deep).
        break;
      case 'yaml': {
        // Front matter: data, not prose. A 'code' block (which no rule reads as prose) whose node is the
        // yaml node; model/fields.ts reads its keys as fields.
        const collector = new TextCollector(markdown);
        const start = node.position?.start.offset ?? 0;
        const end = node.position?.end.offset ?? start;
        const raw = markdown.slice(start, end);
        const open = raw.indexOf('\n') + 1;
        const close = raw.lastIndexOf('\n');
        if (open > 0 && close >= open) collector.add(raw.slice(open, close), start + open, start + close);
        makeBlock('code', node, collector, 0, start, end);
        break;
      }
      case 'code': {
        // Indented text a converter left behind; read it as plain text.
        const collector = new TextCollector(markdown);
        const start = node.position?.start.offset ?? 0;
        const end = node.position?.end.offset ?? start;
        collector.add(node.value, start, end);
        makeBlock('code', node, collector, 0, start, end);
        break;
      }
      case 'html': {
        const collector = new TextCollector(markdown);
        const start = node.position?.start.offset ?? 0;
        const end = node.position?.end.offset ?? start;
        if (!KNOWN_TAG.test(node.value.trim())) {
          // "<insert name>" on a line of its own: a placeholder someone typed, not markup.
          collector.add(node.value, start, end);
          makeBlock('paragraph', node, collector, 0, start, end);
          break;
        }
        const visible = node.value.replace(/<[^>]*>/g, '');
        if (visible.trim()) {
          collector.addSynthetic(visible, start);
          makeBlock('html', node, collector, 0, start, end);
        }
        break;
      }
      case 'thematicBreak': {
        // A line of underscores in a converted Word document is a blank to fill in, not a rule.
        const start = node.position?.start.offset ?? 0;
        const end = node.position?.end.offset ?? start;
        const raw = markdown.slice(start, end);
        if (/^\s*_{3,}\s*$/.test(raw)) {
          const collector = new TextCollector(markdown);
          collector.add(raw, start, end);
          makeBlock('paragraph', node, collector, 0, start, end);
        }
        break;
      }
      default:
        break;
    }
  };

  const pending: RootContent[] = [];
  for (let i = tree.children.length - 1; i >= 0; i--) pending.push(tree.children[i]);
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node.type === 'blockquote') {
      for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i]);
    } else {
      visit(node);
    }
  }
  return { blocks, links };
}
