/**
 * `--stdin`: lint one document read from standard input. `--stdin-filename NAME` names it: its
 * extension picks the loader as a file's would (.md, .txt, and — the bytes are read as they are —
 * .docx and .pdf, which are also recognised by their bytes without a name), and the result's filePath
 * is NAME resolved against cwd. Without a name the document is Markdown (unless its bytes say PDF or
 * Word) and its filePath is "<text>", as ESLint's.
 */
import { resolve } from 'node:path';
import { fatalResult, type Linter } from './linter.js';
import { loadBytes, MAX_INPUT_BYTES, tooLarge } from './load/index.js';
import type { LintResult } from './types.js';

/** Standard input as the CLI is given it: a stream (process.stdin), any async iterable of chunks, or a function returning the bytes. */
export type StdinSource =
  | AsyncIterable<Uint8Array | string>
  | (() => Uint8Array | string | Promise<Uint8Array | string>);

/** The filePath of a document read from stdin with no --stdin-filename. */
export const STDIN_FILE_PATH = '<text>';

/**
 * Reads all of standard input as bytes (a string is taken as UTF-8), up to the cap a file has
 * (MAX_INPUT_BYTES): past it, reading stops (the stream is closed) and a LoadError says so.
 */
export async function readStdin(source: StdinSource): Promise<Uint8Array> {
  if (typeof source === 'function') {
    const bytes = toBytes(await source());
    if (bytes.length > MAX_INPUT_BYTES) throw tooLarge('standard input');
    return bytes;
  }
  const chunks: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of source) {
    const bytes = toBytes(chunk);
    length += bytes.length;
    if (length > MAX_INPUT_BYTES) throw tooLarge('standard input');
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

function toBytes(chunk: Uint8Array | string): Uint8Array {
  return typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
}

/**
 * Lints standard input: bytes already read, or a source it reads (with readStdin's cap). A document
 * that cannot be read, or is over the cap, gives one fatal message, as a file would.
 */
export async function lintStdin(linter: Linter, input: Uint8Array | StdinSource, options: { filename?: string; cwd: string }): Promise<LintResult> {
  const filePath = options.filename ? resolve(options.cwd, options.filename) : STDIN_FILE_PATH;
  let doc;
  try {
    const bytes = input instanceof Uint8Array ? input : await readStdin(input);
    doc = await loadBytes(bytes, options.filename ?? `${STDIN_FILE_PATH}.md`, { maxTextMb: linter.maxTextMb });
  } catch (error) {
    return fatalResult(filePath, error);
  }
  return linter.lintDocument(doc, filePath);
}
