/**
 * A reviewed copy of a .md or .txt policy as Markdown: the text as it was, a footnote marker
 * ([^policy-lint-3]) at the end of each line a finding is on, and the notes as GitHub-style footnotes
 * at the end, under "Review notes". Footnotes read well in a Markdown viewer (GitHub, VS Code, Obsidian
 * render a numbered link to the note and back) and leave the school's text where it was; a note about
 * the whole document is a list item under the same heading. A .txt policy keeps its line breaks (each
 * line ends with a hard break) so that it reads as it did.
 */
import type { LintMessage } from '../types.js';
import { type ReviewNote } from './notes.js';

export interface ReviewedMarkdownInput {
  original: string;
  /** 'text' for a .txt policy (kept line for line), 'markdown' for a .md one. */
  format: 'markdown' | 'text';
  messages: LintMessage[];
  notes: ReviewNote[];
  /** "23 November 2026". */
  asOfLong: string;
  /** The author named in the heading ("policy-lint", or the adviser's name). */
  author: string;
}

/**
 * A finding about the whole document (no review date at all, a missing topic: `report({ at: 'document' })`):
 * it quotes nothing and sits at the very start, with no width.
 */
export function isWholeDocument(message: LintMessage): boolean {
  return !message.excerpt && message.line === 1 && message.column === 1 && (message.endLine ?? 1) === 1 && (message.endColumn ?? 1) <= 2;
}

export function reviewedMarkdown(input: ReviewedMarkdownInput): string {
  const eol = input.original.includes('\r\n') ? '\r\n' : '\n';
  const lines = input.original.split(/\r?\n/);
  const skip = unmarkableLines(lines, input.format);
  const markers = new Map<number, string[]>();
  const footnotes: string[] = [];
  const whole: string[] = [];
  input.messages.forEach((m, i) => {
    const note = input.notes[i];
    const body = `**${escapeInline(note.heading)}**: ${escapeInline(note.message)} What to do: ${escapeInline(note.action)} ${escapeInline(note.source.startsWith('Based on') ? note.source : `Guidance: ${note.source}`)}`;
    const index = m.line - 1;
    if (isWholeDocument(m) || index < 0 || index >= lines.length || skip.has(index)) {
      whole.push(`- ${isWholeDocument(m) ? '(The whole document.)' : `Line ${m.line}:`} ${body}`);
      return;
    }
    const id = `policy-lint-${footnotes.length + 1}`;
    footnotes.push(`[^${id}]: Line ${m.line}. ${body}`);
    const list = markers.get(index) ?? [];
    list.push(`[^${id}]`);
    markers.set(index, list);
  });
  const out = lines.map((line, i) => {
    const marks = markers.get(i)?.join('') ?? '';
    let text = line;
    if (marks) {
      // In a table row the marker goes inside the last cell, so the row stays a row.
      const pipe = /\|\s*$/.exec(text);
      text = pipe ? `${text.slice(0, pipe.index).trimEnd()} ${marks} ${text.slice(pipe.index)}` : `${text.trimEnd()} ${marks}`;
    }
    // Extracted text keeps its lines: a hard break at the end of each (two spaces).
    if (input.format === 'text' && text.trim() !== '' && i < lines.length - 1) text = `${text.trimEnd()}  `;
    return text;
  });
  while (out.length > 0 && out[out.length - 1].trim() === '') out.pop();
  const count = input.messages.length;
  out.push(
    '',
    '---',
    '',
    `## Review notes (${escapeInline(input.author)}, as of ${input.asOfLong})`,
    '',
    `${count} finding${count === 1 ? '' : 's'}; each note is also marked at its line.`,
    '',
  );
  if (whole.length > 0) out.push(...whole, '');
  if (footnotes.length > 0) out.push(...footnotes, '');
  return out.join(eol);
}

/** Lines a marker must not be added to: fenced code, front matter, and (Markdown) HTML blocks. */
function unmarkableLines(lines: string[], format: 'markdown' | 'text'): Set<number> {
  const skip = new Set<number>();
  if (format === 'text') return skip;
  let i = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((l, j) => j > 0 && /^(?:---|\.\.\.)\s*$/.test(l));
    if (end > 0) for (; i <= end; i++) skip.add(i);
  }
  let fence: string | null = null;
  for (; i < lines.length; i++) {
    const open = /^\s{0,3}(`{3,}|~{3,})/.exec(lines[i]);
    if (fence) {
      skip.add(i);
      if (open && open[1][0] === fence[0] && open[1].length >= fence.length) fence = null;
    } else if (open) {
      fence = open[1];
      skip.add(i);
    }
  }
  return skip;
}

/**
 * Text that Markdown shows as written (a school name with * or _ in it, a message with [brackets]); a
 * URL becomes an autolink, <https://…>, so it stays a link.
 */
function escapeInline(text: string): string {
  return text
    .split(/(https?:\/\/[^\s<>]+)/)
    .map((part, i) => (i % 2 === 1 ? `<${part.replace(/[.,;:)]+$/, '')}>${part.match(/[.,;:)]+$/)?.[0] ?? ''}` : part.replace(/([\\`*_[\]<>|])/g, '\\$1')))
    .join('');
}
