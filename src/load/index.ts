/**
 * Reads a file into a LoadedDocument. The format comes from the file's bytes first (a .txt that is
 * really a PDF is read as a PDF) and its extension second. The Word and PDF loaders are imported only
 * when a .docx or .pdf is met, so linting Markdown never pays for mammoth or pdf.js.
 */
import { lstat, readdir, readFile, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { extname } from 'node:path';
import { decodeText } from './decode.js';
import { invalidFileNameBytes } from './file-name.js';
import { loadMarkdown } from './markdown.js';
import { sniffFormat } from './sniff.js';
import { loadPlainText } from './text.js';
import { megabytes, RAISE_TEXT_LIMIT } from './limits.js';
import { LoadError, type LoadedDocument } from './types.js';

export { LoadError } from './types.js';
export type { LoadedDocument, Artifact, RevisionFacts } from './types.js';

/** Extensions a directory expands to. Other files can still be named one by one. */
export const SUPPORTED_EXTENSIONS = ['.md', '.markdown', '.txt', '.text', '.docx', '.pdf'] as const;

const TEXT_EXTENSIONS = new Set(['.txt', '.text']);

/** Most bytes one document may have, a file or standard input (a .docx also unpacks to at most 50 MB). */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

/** The fatal reason for input over MAX_INPUT_BYTES; `size` when it is known. */
export function tooLarge(what: string, size?: number): LoadError {
  const mb = (n: number): string => `${Math.round(n / 1024 ** 2)} MB`;
  return new LoadError(`not read: ${what} is ${size === undefined ? 'more than' : `${mb(size)}, more than`} the ${mb(MAX_INPUT_BYTES)} limit for one document`);
}

export interface LoadOptions {
  /**
   * The Linter's text cap (maxTextMb): a text file many times over it is refused before it is decoded,
   * since decoding and normalising 45 MB of text takes half a gigabyte only to be refused after. The
   * exact cap is applied to the loaded text (src/parse.ts); this is the cheap early check.
   */
  maxTextMb?: number;
}

/**
 * Raw text bytes past which a text file cannot be within the text cap: a UTF-16 file has 2 bytes a
 * character, UTF-8 1 to 3 per UTF-16 unit; four times the cap leaves room for what loading drops
 * (running headers, blank lines).
 */
const EARLY_TEXT_FACTOR = 4;

/** Loads bytes; `filePath` only informs the choice of loader. Throws LoadError for unreadable input. */
export async function loadBytes(bytes: Uint8Array, filePath: string, options: LoadOptions = {}): Promise<LoadedDocument> {
  // An empty file (or only spaces and line breaks) has nothing to lint, whatever its name says: one
  // fatal finding that says so, not "names no designated teacher" or "damaged".
  if (isBlank(bytes)) throw emptyFile(bytes.length);
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
  const cap = (options.maxTextMb ?? 0) * 2 ** 20;
  if (cap > 0 && bytes.length > cap * EARLY_TEXT_FACTOR) {
    throw new LoadError(
      `not checked: the file is ${megabytes(bytes.length)} of text, far more than the ${megabytes(cap)} policy-lint reads from one document (a policy is rarely more than 0.2 MB); if this really is one policy, ${RAISE_TEXT_LIMIT}`,
    );
  }
  const { text } = decodeText(bytes);
  if (/^[\s\uFEFF]*$/u.test(text)) throw emptyFile(bytes.length);
  return loadString(text, filePath);
}

/** Only ASCII whitespace, after an optional UTF-8 byte-order mark (or nothing at all). */
function isBlank(bytes: Uint8Array): boolean {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (let i = start; i < bytes.length; i++) {
    const b = bytes[i];
    if (b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09 && b !== 0x0b && b !== 0x0c) return false;
  }
  return true;
}

function emptyFile(size: number): LoadError {
  return new LoadError(size === 0 ? 'the file is empty (0 bytes)' : `the file is empty (${size} ${size === 1 ? 'byte' : 'bytes'}, only whitespace)`);
}

/** Loads text that is already decoded: .txt/.text as extracted plain text, anything else as Markdown. */
export function loadString(text: string, filePath: string): LoadedDocument {
  const normalised = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lf = normalised.includes('\r') ? normalised.replace(/\r\n?/g, '\n') : normalised;
  return TEXT_EXTENSIONS.has(extname(filePath).toLowerCase()) ? loadPlainText(lf) : loadMarkdown(lf);
}

/** What a special file is, in words. */
function specialKind(info: Stats): string {
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'a special file';
}

export async function loadFile(filePath: string, options: LoadOptions = {}): Promise<LoadedDocument> {
  let bytes: Uint8Array | undefined;
  let size: number | undefined;
  let step: 'stat' | 'read' = 'stat';
  try {
    const info = await stat(filePath);
    // A folder in the list is one its walk could not read (see files.ts).
    if (info.isDirectory()) throw await folderError(filePath);
    // A FIFO, socket or device is never read: reading one may wait for ever or never end.
    if (!info.isFile()) throw new LoadError(`cannot read the file: it is not a regular file but ${specialKind(info)}`);
    size = info.size;
    step = 'read';
    if (size <= MAX_INPUT_BYTES) bytes = await readFile(filePath);
  } catch (error) {
    if (error instanceof LoadError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      const badName = await invalidNameError(filePath);
      if (badName) throw badName;
    }
    const dangling = code === 'ENOENT' && (await lstat(filePath).then((l) => l.isSymbolicLink()).catch(() => false));
    const reason =
      code === 'ENOENT'
        ? dangling
          ? 'it is a link to a file that does not exist'
          : 'the file does not exist'
        : code === 'ELOOP'
          ? 'it is a symbolic link that loops back on itself'
          : code === 'EACCES' || code === 'EPERM'
            ? step === 'stat'
              ? 'permission denied (a folder on its path cannot be opened)'
              : 'permission denied'
            : code === 'EISDIR'
              ? 'it is a directory'
              : (error as Error).message;
    throw new LoadError(`cannot read the file: ${reason}`);
  }
  if (!bytes) throw tooLarge('the file', size);
  return loadBytes(bytes, filePath, options);
}

/** Why a folder in the list of files is not linted: it cannot be read. */
async function folderError(folder: string): Promise<LoadError> {
  try {
    await readdir(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (error as Error).message;
    return new LoadError(`cannot read the folder: ${reason}; the files in it were not linted`);
  }
  return new LoadError('cannot read the file: it is a directory');
}

/** For a path listed by the escaped form of a name that is not valid UTF-8 (see file-name.ts): says so. */
async function invalidNameError(filePath: string): Promise<LoadError | null> {
  const bytes = invalidFileNameBytes(filePath);
  const info = bytes && (await lstat(bytes).catch(() => null));
  if (!info) return null;
  return info.isDirectory()
    ? new LoadError('the folder name is not valid UTF-8 (shown here with \\xNN for each byte that is not): rename the folder; the files in it were not linted')
    : new LoadError('the file name is not valid UTF-8 (shown here with \\xNN for each byte that is not): rename the file to lint it');
}
