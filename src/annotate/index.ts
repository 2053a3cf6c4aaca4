/**
 * `--annotate DIR`: each linted policy handed back as the school's own document with the findings on
 * it, as a human reviewer would: DIR/<path>.reviewed.docx with Word comments, .reviewed.pdf with notes
 * and highlights, .reviewed.md with footnotes (for .md and .txt). Runs after linting, from the results
 * (so cached results and results from workers annotate too), reading each input again; it never writes
 * to an input.
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { formatDay, parseIsoDate } from '../common/days.js';
import { ConfigError } from '../config.js';
import type { Guidance } from '../guidance/types.js';
import { loadBytes } from '../load/index.js';
import { PdfLocator } from '../load/pdf-document.js';
import type { LintResult, RuleMeta } from '../types.js';
import { reviewedDocx } from './docx.js';
import { reviewedMarkdown } from './markdown.js';
import { noteFor } from './notes.js';
import { reviewedPdf } from './pdf.js';

export interface AnnotateOptions {
  /** The folder to write into; '-' for standard output (one document, from --stdin). */
  dir: string;
  cwd: string;
  /** Replace reviewed files that are already there. */
  force?: boolean;
  /** The comments' author (default "policy-lint"). */
  author?: string;
  asOf: string;
  rulesMeta: Record<string, RuleMeta>;
  guidance?: Guidance;
  /** The inputs as given (files and folders), which the output must not be, or be inside. */
  inputs: string[];
}

export interface Annotated {
  /** The input file. */
  filePath: string;
  /** The reviewed copy written (absolute), or undefined when none was (a clean or unreadable file). */
  reviewed?: string;
  /** Why there is no reviewed copy, when there is not. */
  skipped?: string;
}

const KIND: Record<string, 'docx' | 'pdf' | 'markdown' | 'text'> = { '.docx': 'docx', '.pdf': 'pdf', '.md': 'markdown', '.markdown': 'markdown', '.txt': 'text', '.text': 'text' };

/** Where a policy's reviewed copy goes: DIR/<its path from cwd>.reviewed.<ext> (a file outside cwd: DIR/<name>). */
export function reviewedPath(filePath: string, options: Pick<AnnotateOptions, 'dir' | 'cwd'>): string {
  const from = relative(options.cwd, filePath);
  const inside = from && !from.startsWith('..') && !isAbsolute(from) ? from : basename(filePath);
  const ext = extname(inside);
  const kind = KIND[ext.toLowerCase()];
  const outExt = kind === 'docx' ? '.docx' : kind === 'pdf' ? '.pdf' : '.md';
  return join(resolve(options.cwd, options.dir), `${inside.slice(0, inside.length - ext.length)}.reviewed${outExt}`);
}

/**
 * Checks, before anything is linted, that DIR may be written: not an input, not inside an input folder
 * (the next run would lint the reviewed copies), not a file. Throws ConfigError (exit 2) naming the problem.
 */
export async function checkAnnotateDir(options: Pick<AnnotateOptions, 'dir' | 'cwd' | 'inputs'>): Promise<void> {
  if (options.dir === '-') return;
  if (options.dir.trim() === '') throw new ConfigError('--annotate needs a folder to write the reviewed documents to (or - with --stdin).');
  const dir = resolve(options.cwd, options.dir);
  const info = await stat(dir).catch(() => null);
  if (info && !info.isDirectory()) throw new ConfigError(`--annotate: "${options.dir}" is a file: name a folder to write the reviewed documents to.`);
  for (const input of options.inputs) {
    const path = resolve(options.cwd, input.replace(/[*?[{].*$/, '') || '.');
    if (dir === path || dir.startsWith(path.endsWith(sep) ? path : path + sep)) {
      throw new ConfigError(
        `--annotate: "${options.dir}" is ${dir === path ? 'the folder being linted' : `inside "${input}", which is being linted`}: write the reviewed documents to a folder outside it (the next run would lint them as policies).`,
      );
    }
  }
}

/** Writes each result's reviewed copy; refuses (before writing any) to replace one without `force`, or to write over an input. */
export async function annotateResults(results: LintResult[], options: AnnotateOptions): Promise<Annotated[]> {
  const plan = results.map((result) => ({ result, target: reviewedPath(result.filePath, options) }));
  const inputs = new Set(results.map((r) => resolve(r.filePath)));
  const todo = plan.filter(({ result }) => wanted(result) === undefined);
  for (const { target } of todo) {
    if (inputs.has(target)) throw new ConfigError(`--annotate: the reviewed copy "${relative(options.cwd, target)}" would overwrite a policy being linted; choose another folder.`);
    if (!options.force && (await stat(target).catch(() => null))) {
      throw new ConfigError(`--annotate: "${relative(options.cwd, target)}" is already there: add --annotate-force to replace the reviewed documents, or choose another folder.`);
    }
  }
  const out: Annotated[] = [];
  for (const { result, target } of plan) {
    const why = wanted(result);
    if (why) {
      out.push({ filePath: result.filePath, skipped: why });
      continue;
    }
    try {
      const bytes = await reviewedBytes(result, options);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, bytes);
      out.push({ filePath: result.filePath, reviewed: target });
    } catch (error) {
      out.push({ filePath: result.filePath, skipped: `it could not be annotated (${(error as Error)?.message ?? error})` });
    }
  }
  return out;
}

/** Why a result gets no reviewed copy (undefined: it gets one). */
function wanted(result: LintResult): string | undefined {
  if (result.messages.some((m) => m.fatal)) return 'it could not be read';
  if (result.messages.length === 0) return 'nothing was found in it';
  if (!KIND[extname(result.filePath).toLowerCase()]) return 'policy-lint cannot write a reviewed copy of this kind of file';
  return undefined;
}

/** The reviewed document for one result, from its file (or the bytes given, for standard input). */
export async function reviewedBytes(result: LintResult, options: Omit<AnnotateOptions, 'dir' | 'inputs' | 'cwd'>, given?: Uint8Array): Promise<Uint8Array> {
  const bytes = given ?? new Uint8Array(await readFile(result.filePath));
  const kind = KIND[extname(result.filePath).toLowerCase()] ?? (result.format === 'docx' || result.format === 'pdf' ? result.format : 'markdown');
  const notes = result.messages.map((m) => noteFor(m, options));
  const author = options.author?.trim() || 'policy-lint';
  if (kind === 'docx') {
    const doc = await loadBytes(bytes, result.filePath, { maxTextMb: 0 });
    return reviewedDocx({ bytes, lines: doc.original.split('\n'), messages: result.messages, notes, author, date: options.asOf });
  }
  if (kind === 'pdf') {
    const doc = await loadBytes(bytes, result.filePath, { maxTextMb: 0 });
    const locator = doc.locator instanceof PdfLocator ? doc.locator : undefined;
    return reviewedPdf({ bytes, messages: result.messages, notes, author, date: options.asOf, boxOf: (page, line, from, to) => locator?.box(page, line, from, to) });
  }
  const doc = await loadBytes(bytes, result.filePath, { maxTextMb: 0 });
  const asOfDay = parseIsoDate(options.asOf);
  const text = reviewedMarkdown({ original: doc.original, format: kind === 'text' ? 'text' : 'markdown', messages: result.messages, notes, author, asOfLong: asOfDay ? formatDay(asOfDay) : options.asOf });
  return new TextEncoder().encode(text);
}
