/**
 * Reads a file into a LoadedDocument. The format comes from the file's bytes first (a .txt that is
 * really a PDF is read as a PDF) and its extension second. The Word and PDF loaders are imported only
 * when a .docx or .pdf is met, so linting Markdown never pays for mammoth or pdf.js.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { decodeText } from './decode.js';
import { loadMarkdown } from './markdown.js';
import { sniffFormat } from './sniff.js';
import { loadPlainText } from './text.js';
import { LoadError, type LoadedDocument } from './types.js';

export { LoadError } from './types.js';
export type { LoadedDocument, Artifact, LoaderNotice } from './types.js';

/** Extensions a directory expands to. Other files can still be named one by one. */
export const SUPPORTED_EXTENSIONS = ['.md', '.markdown', '.txt', '.text', '.docx', '.pdf'] as const;

const TEXT_EXTENSIONS = new Set(['.txt', '.text']);

/** Loads bytes; `filePath` only informs the choice of loader. Throws LoadError for unreadable input. */
export async function loadBytes(bytes: Uint8Array, filePath: string): Promise<LoadedDocument> {
  const format = sniffFormat(bytes, filePath);
  if (typeof format === 'object') throw new LoadError(`${format.unsupported}`);
  if (format === 'docx') {
    const { loadDocx } = await import('./docx.js');
    return loadDocx(bytes);
  }
  if (format === 'pdf') {
    const { loadPdf } = await import('./pdf.js');
    return loadPdf(bytes);
  }
  const { text } = decodeText(bytes);
  return loadString(text, filePath);
}

/** Loads text that is already decoded: .txt/.text as extracted plain text, anything else as Markdown. */
export function loadString(text: string, filePath: string): LoadedDocument {
  const normalised = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lf = normalised.includes('\r') ? normalised.replace(/\r\n?/g, '\n') : normalised;
  return TEXT_EXTENSIONS.has(extname(filePath).toLowerCase()) ? loadPlainText(lf) : loadMarkdown(lf);
}

export async function loadFile(filePath: string): Promise<LoadedDocument> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'the file does not exist' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message;
    throw new LoadError(`cannot read the file: ${reason}`);
  }
  return loadBytes(bytes, filePath);
}
