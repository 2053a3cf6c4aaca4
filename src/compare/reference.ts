/**
 * The model policy a batch is compared with (--model FILE), read once: loaded by the same loaders as any
 * policy (.docx, .pdf, .md, .txt), parsed by the one parser, its paragraphs and sections taken from the
 * policy model, each paragraph as words, and its guidance notes to schools marked.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ConfigError } from '../config.js';
import { defaultGuidance } from '../guidance/index.js';
import { loadBytes } from '../load/index.js';
import { buildModel } from '../model/index.js';
import { parseMarkdown } from '../parse.js';
import type { ReferencePolicy, ReferenceParagraph, ReferenceSection } from './align.js';
import { tokenize } from './tokens.js';

/**
 * A model's note to the school that adopts it, not policy text: "Schools should insert …", "Guidance
 * note: …", "[Delete as appropriate]", "Amend this section to …", a paragraph wholly in brackets.
 */
const INSTRUCTION =
  /^\s*(?:\[?\s*(?:guidance(?:\s+note)?|note(?:\s+to\s+schools?)?|instructions?|model\s+policy\s+note)\s*[:\-–]|\[[^\]]{40,}\]\s*$)|\bschools?\s+(?:should|may\s+wish\s+to|will\s+need\s+to|must|need\s+to)\s+(?:insert|add|amend|delete|include|complete|adapt|personalise|personalize|edit|remove)\b|\b(?:delete|amend|remove)\s+(?:as\s+appropriate|if\s+not\s+(?:applicable|relevant))\b|\b(?:amend|adapt)\s+this\s+(?:section|paragraph|policy)\b|\bthis\s+is\s+an?\s+['‘’"“”]?model['‘’"“”]?\s+policy\b|\bschools?\s+(?:may|can)\s+(?:adapt|adopt|amend|edit)\b/i;

/**
 * The model's publication details, which a school's copy may drop: "PUBLICATION SCHEDULE NUMBER:",
 * "AUTHORISING OFFICER:", "AUTHOR OF PUBLICATION:", "TARGET AUDIENCE:", "Published by …", "Issue No. 13",
 * the publishing department's line.
 */
const PUBLICATION =
  /^\s*(?:publication\s+(?:schedule\s+number|date)|authoris(?:ing|ed)\s+officer|author\s+of\s+publication|target\s+audience|published\s+by|issue\s+no\b|post\s*:|unit\s*:|review\s+date\s*:|children['’]s\s+services\s*:)/i;

export function isPublicationDetail(text: string): boolean {
  return PUBLICATION.test(text);
}

export function isInstruction(text: string): boolean {
  return INSTRUCTION.test(text);
}

/** The model policy from its Markdown (as a loader gave it). */
export function referenceFromMarkdown(markdown: string, filePath: string): ReferencePolicy {
  const model = buildModel(parseMarkdown(markdown), markdown, [], defaultGuidance);
  const paragraphs: ReferenceParagraph[] = [];
  // The model's sections: its headings (a heading over a blank is still a heading), and the titles the
  // policy model finds in text extracted without headings ("Policy Objective" on a line of its own).
  const titles = new Set(model.sections.map((section) => section.heading).filter((heading) => heading !== null));
  const sections: ReferenceSection[] = [{ index: 0, title: '', paragraphs: [] }];
  for (const block of model.blocks) {
    if (block.kind === 'code' || block.kind === 'html') continue;
    if (block.kind === 'heading' || titles.has(block)) sections.push({ index: sections.length, title: block.text.trim().replace(/:$/, ''), paragraphs: [] });
    const section = sections[sections.length - 1];
    const paragraph: ReferenceParagraph = {
      index: paragraphs.length,
      section: section.index,
      heading: block.kind === 'heading',
      text: block.text,
      tokens: tokenize(block.text),
      instruction: isInstruction(block.text),
      publication: isPublicationDetail(block.text),
    };
    paragraphs.push(paragraph);
    section.paragraphs.push(paragraph.index);
  }
  if (sections[0].paragraphs.length === 0) {
    sections.shift();
    for (const s of sections) s.index--;
    for (const p of paragraphs) p.section--;
  }
  return { filePath, title: model.title, school: model.school, paragraphs, sections };
}

/** Reads a model policy file; a model that cannot be read is a usage error (exit 2), before any policy is linted. */
export async function loadReference(path: string, cwd = process.cwd()): Promise<{ reference: ReferencePolicy; sha1: string }> {
  const file = resolve(cwd, path);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    throw new ConfigError(`--model: cannot read "${path}" (${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}).`);
  }
  let markdown: string;
  try {
    markdown = (await loadBytes(bytes, file, { maxTextMb: 0 })).markdown;
  } catch (error) {
    throw new ConfigError(`--model: "${path}" cannot be read as a policy: ${(error as Error).message}.`);
  }
  const reference = referenceFromMarkdown(markdown, file);
  if (reference.paragraphs.reduce((n, p) => n + p.tokens.length, 0) < 50) throw new ConfigError(`--model: "${path}" has almost no text to compare copies with.`);
  return { reference, sha1: createHash('sha1').update(bytes).digest('hex') };
}
