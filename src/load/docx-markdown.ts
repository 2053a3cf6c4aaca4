/**
 * Markdown for a Word document's lines: headings, list items (with their nesting), table rows,
 * hard line breaks and links, with every character escaped that Markdown would otherwise read as
 * syntax. Written with a MappedTextBuilder, so every piece of Markdown points back at the paragraph
 * it came from. Separate from the walk because escaping is its own subject: what remark would read
 * back differently from what Word shows.
 */
import { MappedTextBuilder } from './position-map.js';
import { trimRange } from '../common/text.js';
import type { Line } from './docx-lines.js';

/** Always escaped in text: they could start emphasis, code, links or HTML. */
const ALWAYS = new Set(['\\', '`', '*', '[', ']', '<']);

export function renderMarkdown(original: string, lines: Line[], lineStarts: number[]): ReturnType<MappedTextBuilder['build']> {
  const b = new MappedTextBuilder(original);
  let prev: Line | undefined;
  let itemDepth = -1;

  lines.forEach((line, index) => {
    const base = lineStarts[index];
    const [s, e] = trimRange(line.text, line.skip, line.text.length);
    if (s >= e) return;

    if (b.outputLength > 0) {
      const tight =
        (line.kind === 'item' && prev?.kind === 'item') ||
        (line.kind === 'row' && prev?.kind === 'row' && prev.table === line.table);
      b.insert(tight ? '\n' : '\n\n', base);
    }
    let indent = '';
    if (line.kind === 'heading') {
      b.insert(`${'#'.repeat(line.level)} `, base + s);
    } else if (line.kind === 'item') {
      const depth = Math.min(line.level, prev?.kind === 'item' ? itemDepth + 1 : 0);
      itemDepth = depth;
      indent = '  '.repeat(depth + 1);
      b.insert(`${'  '.repeat(depth)}- `, base + s);
    }
    if (line.kind !== 'item') itemDepth = -1;
    renderInline(b, line, s, e, base, indent);
    prev = line;
  });
  return b.build();
}

function renderInline(b: MappedTextBuilder, line: Line, s: number, e: number, base: number, indent: string): void {
  const text = line.text;
  const heading = line.kind === 'heading';
  const hardBreaks = line.kind === 'paragraph' || line.kind === 'item';

  // Links, clamped to the visible range; links with no text left are dropped (their href stays in
  // nothing: Word shows nothing for them either).
  const opens = new Map<number, string[]>();
  const closes = new Map<number, string[]>();
  const breaks = new Set<number>();
  let open: { at: number; href: string } | undefined;
  for (const mark of line.marks) {
    if (mark.type === 'break') breaks.add(mark.at);
    else if (mark.type === 'link-start') open = { at: mark.at, href: mark.href };
    else if (open) {
      const [from, to] = trimRange(text, Math.max(open.at, s), Math.min(mark.at, e));
      if (from < to) {
        push(opens, from, '[');
        push(closes, to, `](${linkDestination(open.href)})`);
      }
      open = undefined;
    }
  }

  let lineStart = true;
  let escapeAt = -1;
  let afterBreak = false;
  for (let i = s; i < e; i++) {
    for (const close of closes.get(i) ?? []) b.insert(close, base + i - 1);
    const ch = text[i];
    if (hardBreaks && breaks.has(i)) {
      if (!afterBreak) b.insert(`\\\n${indent}`, base + i);
      afterBreak = true;
      lineStart = true;
      continue;
    }
    if (afterBreak && /\s/.test(ch)) continue;
    afterBreak = false;
    for (const o of opens.get(i) ?? []) b.insert(o, base + i);
    if (lineStart && ch === '\t') continue;
    let escape = ALWAYS.has(ch) || i === escapeAt;
    if (ch === '_') escape = !(isWordChar(text[i - 1]) && isWordChar(text[i + 1]));
    else if (ch === '&') escape = /^&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i.test(text.slice(i, i + 40));
    else if (ch === '#') escape = heading || lineStart;
    else if (lineStart && (ch === '>' || ch === '-' || ch === '+' || ch === '=' || ch === '~')) escape = true;
    else if (lineStart && /[0-9]/.test(ch)) {
      const m = /^[0-9]{1,9}[.)]/.exec(text.slice(i, i + 10));
      if (m) escapeAt = i + m[0].length - 1;
    }
    if (escape) b.insert('\\', base + i);
    b.copy(base + i, base + i + 1);
    if (!/\s/.test(ch)) lineStart = false;
  }
  for (const close of closes.get(e) ?? []) b.insert(close, base + e - 1);
}

function push(map: Map<number, string[]>, at: number, value: string): void {
  const list = map.get(at);
  if (list) list.push(value);
  else map.set(at, [value]);
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/** A link destination remark reads back as exactly `href`. */
function linkDestination(href: string): string {
  const clean = href.replace(/[\r\n]/g, '');
  if (/[\s<>]/.test(clean)) return `<${clean.replace(/[\\<>]/g, '\\$&')}>`;
  return clean.replace(/[\\()]/g, '\\$&');
}
