/**
 * A reviewed copy of a .docx: the same document with one Word comment per finding, authored as asked
 * ("policy-lint", or the adviser's name), anchored on the words the finding is about where they can be
 * found exactly (the runs that hold them), else on the finding's whole paragraph; a finding about the
 * whole document goes on its first paragraph (the title). Only document.xml, comments.xml and, when the
 * document had no comments, the relationships and content types change; every other part is copied as
 * it was (compressed bytes reused, never re-inflated), and the school's own comments and tracked
 * changes stay.
 */
import JSZip from 'jszip';
import type { LintMessage } from '../types.js';
import { bodyUnits, type ParagraphXml } from '../load/docx-units.js';
import { isWholeDocument } from './markdown.js';
import { noteLines, type ReviewNote } from './notes.js';

export interface DocxReviewInput {
  bytes: Uint8Array;
  /** The loader's lines (its `original`, one body line per line), to check a finding's words. */
  lines: string[];
  messages: LintMessage[];
  notes: ReviewNote[];
  author: string;
  /** The comments' date: the run's as-of day (YYYY-MM-DD). */
  date: string;
}

const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const COMMENTS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

interface Insertion {
  at: number;
  text: string;
  /** Order among insertions at the same place: range ends before range starts. */
  order: number;
}

export async function reviewedDocx(input: DocxReviewInput): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(input.bytes);
  const documentPart = zip.file('word/document.xml');
  if (!documentPart) throw new Error('the document has no word/document.xml');
  const xml = await documentPart.async('string');
  const units = bodyUnits(xml);
  const commentsPart = zip.file('word/comments.xml');
  const commentsXml = commentsPart ? await commentsPart.async('string') : undefined;
  let nextId = 1 + Math.max(-1, ...[...xml.matchAll(/<w:(?:commentRangeStart|commentRangeEnd|commentReference)\b[^>]*\bw:id="(\d+)"/g)].map((m) => Number(m[1])), ...[...(commentsXml ?? '').matchAll(/<w:comment\b[^>]*\bw:id="(\d+)"/g)].map((m) => Number(m[1])));

  const insertions: Insertion[] = [];
  const selfClosing = new Set<number>();
  const comments: string[] = [];
  input.messages.forEach((message, i) => {
    const unitIndex = isWholeDocument(message) ? firstTextUnit(units, xml) : message.line - 1;
    const paragraph = units[unitIndex]?.paragraphs[0] ?? units[0]?.paragraphs[0];
    if (!paragraph) return;
    const id = nextId++;
    const range = isWholeDocument(message) ? undefined : wordRange(xml, paragraph, input.lines[unitIndex] ?? '', message);
    if (paragraph.selfClosing) selfClosing.add(paragraph.open);
    const start = range?.start ?? paragraphContentStart(xml, paragraph);
    const end = range?.end ?? paragraph.close;
    insertions.push({ at: start, text: `<w:commentRangeStart w:id="${id}"/>`, order: 1 });
    insertions.push({
      at: end,
      text: `<w:commentRangeEnd w:id="${id}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="${id}"/></w:r>`,
      order: 0,
    });
    comments.push(commentXml(id, input.author, input.date, noteLines(input.notes[i])));
  });

  let out = xml;
  insertions.sort((a, b) => b.at - a.at || b.order - a.order);
  for (const ins of insertions) out = out.slice(0, ins.at) + ins.text + out.slice(ins.at);
  // A paragraph written <w:p/> cannot hold a comment: it is opened and closed around it.
  for (const open of [...selfClosing].sort((a, b) => b - a)) {
    const tagEnd = out.indexOf('>', open) + 1;
    const tag = out.slice(open, tagEnd);
    const closeAt = nextParagraphBoundary(out, tagEnd);
    out = `${out.slice(0, open)}${tag.replace(/\s*\/>$/, '>')}${out.slice(tagEnd, closeAt)}</w:p>${out.slice(closeAt)}`;
  }
  zip.file('word/document.xml', out);

  if (commentsXml) {
    zip.file('word/comments.xml', withComments(commentsXml, comments.join('')));
  } else {
    zip.file('word/comments.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W_NS}">${comments.join('')}</w:comments>`);
    await addRelationship(zip);
    await addContentType(zip);
  }
  // DEFLATE as the parts came: JSZip copies a part it did not change without inflating it.
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The comments part with ours added at its end (its root may be empty, written <w:comments … />). */
function withComments(xml: string, added: string): string {
  if (/<\/w:comments>\s*$/.test(xml)) return xml.replace(/<\/w:comments>\s*$/, `${added}</w:comments>`);
  const empty = /<w:comments\b((?:[^>"']|"[^"]*"|'[^']*')*?)\s*\/>\s*$/.exec(xml);
  if (empty) return `${xml.slice(0, empty.index)}<w:comments${empty[1]}>${added}</w:comments>`;
  throw new Error('its comments part (word/comments.xml) is not one policy-lint can add to');
}

/** Right after the paragraph's properties (or its open tag): where a range over the whole paragraph starts. */
function paragraphContentStart(xml: string, p: ParagraphXml): number {
  if (p.selfClosing) return p.openEnd;
  const after = xml.slice(p.openEnd, p.close);
  const props = /^\s*<w:pPr\b[\s\S]*?<\/w:pPr>/.exec(after) ?? /^\s*<w:pPr\b[^>]*\/>/.exec(after);
  return p.openEnd + (props ? props[0].length : 0);
}

/** For a <w:p/> made into <w:p>…</w:p>: the insertions just after it, up to the next tag that is not ours. */
function nextParagraphBoundary(xml: string, from: number): number {
  const ours = /^(?:<w:commentRangeStart[^>]*\/>|<w:commentRangeEnd[^>]*\/>|<w:r><w:rPr><w:rStyle w:val="CommentReference"\/><\/w:rPr><w:commentReference[^>]*\/><\/w:r>)+/.exec(xml.slice(from));
  return from + (ours ? ours[0].length : 0);
}

/** The first body line with text: a whole-document note goes on the title. */
function firstTextUnit(units: ReturnType<typeof bodyUnits>, xml: string): number {
  const i = units.findIndex((u) => u.paragraphs.some((p) => !p.selfClosing && /<w:t\b[^>]*>[^<]*\S/.test(xml.slice(p.openEnd, p.close))));
  return Math.max(0, i);
}

interface RunXml {
  start: number;
  end: number;
  text: string;
}

/**
 * The runs that hold the finding's words, when the paragraph's runs are its direct children and their
 * text is the line the loader read (so the finding's columns are offsets into it); else undefined.
 */
function wordRange(xml: string, p: ParagraphXml, line: string, message: LintMessage): { start: number; end: number } | undefined {
  if (p.selfClosing || message.endLine !== undefined && message.endLine !== message.line) return undefined;
  const runs: RunXml[] = [];
  const body = xml.slice(p.openEnd, p.close);
  const child = /<w:r\b[^>]*>[\s\S]*?<\/w:r>|<w:(?!r\b)([\w]+)\b[^>]*\/>|<w:(?!r\b)([\w]+)\b[^>]*>[\s\S]*?<\/w:\2>/g;
  let m: RegExpExecArray | null;
  let text = '';
  while ((m = child.exec(body)) !== null) {
    if (!m[0].startsWith('<w:r')) {
      // Text outside direct runs (a hyperlink, an insertion, a field): the columns cannot be trusted.
      if (/<w:t\b/.test(m[0]) && !/^<w:(?:pPr|del|bookmarkStart|bookmarkEnd|proofErr|commentRangeStart|commentRangeEnd)\b/.test(m[0])) return undefined;
      continue;
    }
    const t = [...m[0].matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>|<w:tab\/>/g)].map((x) => (x[0] === '<w:tab/>' ? '\t' : decodeXml(x[1]))).join('');
    runs.push({ start: p.openEnd + m.index, end: p.openEnd + m.index + m[0].length, text });
    text += t;
    runs[runs.length - 1].text = t;
  }
  if (text !== line) return undefined;
  const from = message.column - 1;
  const to = Math.max(from + 1, (message.endColumn ?? message.column + 1) - 1);
  let offset = 0;
  let first: RunXml | undefined;
  let last: RunXml | undefined;
  for (const run of runs) {
    const next = offset + run.text.length;
    if (!first && from < next) first = run;
    if (to <= next) {
      last = run;
      break;
    }
    offset = next;
  }
  if (!first || !last) return undefined;
  return { start: first.start, end: last.end };
}

function decodeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (whole, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (named[e.toLowerCase()]) return named[e.toLowerCase()];
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
  });
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c] as string)
    // XML 1.0 allows no control characters but tab, line feed and carriage return.
    .replace(/[^\t\n\r\u0020-\uffff]/gu, (c) => (c.codePointAt(0)! > 0xffff ? c : ''));
}

function commentXml(id: number, author: string, date: string, lines: string[]): string {
  const initials = author.split(/\s+/).map((w) => w[0] ?? '').join('').slice(0, 4).toUpperCase() || 'PL';
  const paragraphs = lines.map(
    (line, i) =>
      `<w:p>${i === 0 ? '<w:r><w:annotationRef/></w:r>' : ''}<w:r>${i === 0 ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p>`,
  );
  return `<w:comment w:id="${id}" w:author="${escapeXml(author)}" w:date="${date}T00:00:00Z" w:initials="${escapeXml(initials)}">${paragraphs.join('')}</w:comment>`;
}

async function addRelationship(zip: JSZip): Promise<void> {
  const path = 'word/_rels/document.xml.rels';
  const rels = (await zip.file(path)?.async('string')) ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  if (rels.includes(COMMENTS_REL)) return;
  const used = new Set([...rels.matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]));
  let n = 1;
  while (used.has(`rIdPolicyLint${n}`)) n++;
  zip.file(path, rels.replace(/<\/Relationships>\s*$/, `<Relationship Id="rIdPolicyLint${n}" Type="${COMMENTS_REL}" Target="comments.xml"/></Relationships>`));
}

async function addContentType(zip: JSZip): Promise<void> {
  const path = '[Content_Types].xml';
  const types = await zip.file(path)?.async('string');
  if (!types || types.includes('PartName="/word/comments.xml"')) return;
  zip.file(path, types.replace(/<\/Types>\s*$/, `<Override PartName="/word/comments.xml" ContentType="${COMMENTS_TYPE}"/></Types>`));
}
