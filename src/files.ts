/**
 * Turns the CLI's [files | dirs | globs] into a sorted list of files. A directory expands to the
 * supported files in it; a named file is always linted (an unsupported format then gets a clear fatal
 * message); a pattern that matches nothing is a usage error, as in ESLint.
 *
 * Links met in a walk (a folder, or a glob) are followed when they lead to somewhere inside the folder
 * being linted (for a glob, the current folder, or the glob's fixed leading folder). A link that leads
 * outside it (a pull request could add `secret.md -> /etc/passwd`) is not followed unless
 * `followSymlinks` is set: expandInputs gives it back in `skipped`, with why, for linting to turn into
 * one fatal finding (a file link when the walk would have linted a file of its name; a folder link when
 * the walk would have entered it). A file named on the command line is always read. A link to a
 * directory that leads back into a folder already being walked (`self -> .`, `up -> ..`) is a loop,
 * skipped with one notice either way (nothing is lost: its files are listed by their own paths). A file
 * reached by more than one path (through a link) is listed once, by its real path.
 *
 * Every input is in the result, none dropped: what cannot be walked or read is listed too, for linting
 * to turn into one fatal finding each, and the run goes on: a folder that cannot be read (permission
 * denied); a file or folder whose name is not valid UTF-8 (listed by a printable name with `\xNN`
 * escapes: see load/file-name.ts); and, with a name the walk would lint (for a folder, a supported
 * extension; for a glob, a name it matches), a dangling link, a link loop, a FIFO, a socket or a device
 * (loadFile says which, and never opens it). Such a thing with another name is left out, as a file of
 * that name would be.
 */
import { readdir as readdirCallback, stat as statCallback, type Dirent, type Stats } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import fg from 'fast-glob';
import { ConfigError } from './config.js';
import { SUPPORTED_EXTENSIONS } from './load/index.js';
import { escapeFileName, isUtf8 } from './load/file-name.js';

const EXT_GLOB = `**/*.{${SUPPORTED_EXTENSIONS.map((e) => e.slice(1)).join(',')}}`;
const IGNORE = ['**/node_modules/**', '**/.git/**'];

export class NoFilesError extends ConfigError {}

/** A path a walk met and did not read, with why: for linting to turn into one fatal finding. */
export interface SkippedInput {
  /** The link's path, as its folder was named (as files are listed). */
  path: string;
  /** Why it was not read, and how to read it (a LoadError message: lower case, no full stop). */
  reason: string;
}

/** What the command line's patterns stand for: the files to lint, and the paths met but not read. */
export interface ExpandedInputs {
  /** Sorted; none of them in `skipped`. */
  files: string[];
  /** Sorted by path. */
  skipped: SkippedInput[];
}

export interface ExpandOptions {
  /** Told once per folder link that is skipped because it loops back into the walk. */
  onNotice?: (message: string) => void;
  /**
   * Follow links (to files or folders) met in a walk that lead outside the folder being linted (for a
   * glob, outside the current folder). Default false: they are not read, and listed in `skipped`. Loops
   * are skipped either way.
   */
  followSymlinks?: boolean;
}

/** expandInputs' files; each path in `skipped` is told to `onSkipped` (with why it was not read). */
export async function expandPatterns(
  patterns: string[],
  cwd = process.cwd(),
  options: ExpandOptions & { onSkipped?: (path: string, reason: string) => void } = {},
): Promise<string[]> {
  const { files, skipped } = await expandInputs(patterns, cwd, options);
  for (const { path, reason } of skipped) options.onSkipped?.(path, reason);
  return files;
}

export async function expandInputs(patterns: string[], cwd = process.cwd(), options: ExpandOptions = {}): Promise<ExpandedInputs> {
  /** Real path -> the path the file is reported by. */
  const files = new Map<string, string>();
  /** Real path of the link itself (its folder's real path and its name) -> what it leads to, and its path. */
  const skipped = new Map<string, { path: string; target: string; isDirectory: boolean }>();
  const walk = new Walk(cwd, options);
  for (const pattern of patterns) {
    const absolute = resolve(cwd, pattern);
    let statError: string | undefined;
    const found = await stat(absolute).catch((error: NodeJS.ErrnoException) => {
      statError = error.code;
      return null;
    });
    // Named, and there, but not a file or folder to walk: a dangling link, a link loop, a FIFO, a socket,
    // a device; or named, but behind a folder that cannot be searched (permission denied). Linting it
    // gives one fatal finding that says what it is; the run goes on.
    const denied = (statError === 'EACCES' || statError === 'EPERM') && !fg.isDynamicPattern(pattern);
    if (denied || (!found?.isFile() && !found?.isDirectory() && (await lstat(absolute).then(() => true, () => false)))) {
      if (!files.has(absolute)) files.set(absolute, absolute);
      continue;
    }
    if (found?.isFile()) {
      const real = await realpath(absolute).catch(() => absolute);
      if (!files.has(real)) files.set(real, absolute);
      continue;
    }
    const isFolder = found?.isDirectory() === true;
    // Links may lead anywhere inside the folder named; for a glob, inside cwd or the glob's fixed start
    // (`../shared/**/*.md`: ../shared).
    const base = isFolder ? absolute : cwd;
    const realBase = await realpath(base).catch(() => base);
    const bounds = isFolder ? [realBase] : [realBase, await realpath(resolve(cwd, fixedStart(pattern))).catch(() => resolve(cwd, fixedStart(pattern)))];
    walk.begin(bounds);
    const fs = { stat: walk.stat, readdir: walk.readdir } as unknown as fg.FileSystemAdapter;
    // Not onlyFiles: what the pattern matches and is not a folder is listed, so that a dangling link, a
    // link loop, a FIFO, a socket or a device with a name the walk would lint (say `policy.md`) gets its
    // one fatal finding from loadFile instead of vanishing. A folder link the walk skips (a loop, or one
    // that leads outside) reaches fast-glob as a link to nothing, so it is matched like a file: left out.
    const entries = isFolder
      ? await fg(EXT_GLOB, { cwd: absolute, absolute: true, ignore: IGNORE, caseSensitiveMatch: false, dot: false, onlyFiles: false, objectMode: true, followSymbolicLinks: true, fs })
      : await fg(pattern.replace(/\\/g, '/'), { cwd, absolute: true, ignore: IGNORE, caseSensitiveMatch: false, onlyFiles: false, objectMode: true, followSymbolicLinks: true, fs });
    const matches: string[] = [];
    const outside: Array<{ link: string; target: string; isDirectory: boolean }> = [];
    for (const entry of entries) {
      if (entry.dirent.isDirectory()) continue;
      const path = resolve(entry.path);
      if (walk.loops.has(path)) continue;
      const target = walk.outsideFiles.get(path);
      if (target !== undefined) outside.push({ link: path, target, isDirectory: false });
      else matches.push(path);
    }
    // A folder link out of the folder is reported only when the walk would have entered it.
    for (const [link, target] of walk.enteredOutsideFolders()) outside.push({ link, target, isDirectory: true });
    const unwalkable = walk.unwalkable();
    if (matches.length === 0 && unwalkable.length === 0 && outside.length === 0) {
      throw new NoFilesError(
        isFolder
          ? `No policy files (${SUPPORTED_EXTENSIONS.join(', ')}) were found in "${pattern}".`
          : `No files matching the pattern "${pattern}" were found.`,
      );
    }
    // A file inside the folder (or cwd, for a glob) is shown under it as the user named it; one reached
    // through a link to elsewhere, by its real path.
    const shown = (real: string): string => {
      const inside = relative(realBase, real);
      if (inside === '') return base;
      return !inside.startsWith(`..${sep}`) && inside !== '..' && !isAbsolute(inside) ? join(base, inside) : real;
    };
    const walked: string[] = [];
    for (const match of matches) {
      const escaped = walk.escapedNames(match);
      // A name that is not valid UTF-8: listed by its escaped name, as found (it has no real path to give).
      if (escaped) for (const name of escaped) files.set(name, name);
      else walked.push(match);
    }
    for (const path of unwalkable) {
      if (walk.isEscapedName(path)) files.set(path, path);
      else walked.push(path);
    }
    // A dangling link or a link loop has no real path: it is known by its folder's real path and its name.
    const reals = await Promise.all(walked.map(async (path) => [await realpath(path).catch(() => walk.place(path)), path] as const));
    for (const [real] of reals.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (!files.has(real)) files.set(real, shown(real));
    }
    // A link reached by more than one path (through a link inside) is reported once, by its real place.
    const places = await Promise.all(outside.map(async (o) => [await walk.place(o.link), o] as const));
    for (const [place, o] of places.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (!skipped.has(place)) skipped.set(place, { path: walk.escapedNames(o.link)?.[0] ?? shown(place), target: o.target, isDirectory: o.isDirectory });
    }
  }
  const listed = [...new Set(files.values())].sort();
  const named = new Set(listed);
  // A link whose file is linted anyway (named, or inside another folder named) costs nothing: not reported.
  const notRead = [...skipped.values()].filter((s) => !named.has(s.path) && !(!s.isDirectory && files.has(s.target)));
  return {
    files: listed,
    skipped: notRead
      .map((s) => ({
        path: s.path,
        reason: s.isDirectory
          ? `not read: this folder link leads outside the folder being linted (to "${s.target}"), and links out of it are not followed; name the folder itself to lint the files in it, or use --follow-symlinks`
          : `not read: this link leads outside the folder being linted (to "${s.target}"), and links out of it are not followed; name the file itself to lint it, or use --follow-symlinks`,
      }))
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
  };
}

/** The leading part of a glob with no pattern characters in it ('' for none). */
function fixedStart(pattern: string): string {
  const parts = pattern.replace(/\\/g, '/').split('/');
  const fixed: string[] = [];
  for (const part of parts.slice(0, -1)) {
    if (fg.isDynamicPattern(part)) break;
    fixed.push(part);
  }
  return fixed.join('/');
}

type ReaddirCallback = (error: NodeJS.ErrnoException | null, entries?: Array<string | Dirent>) => void;

/**
 * The file-system calls fast-glob walks with, and what they learn on the way.
 *
 * - `readdir`: a folder that cannot be read (EACCES, EPERM) is noted and read as empty, so the walk goes
 *   on; a name that is not valid UTF-8 (which Node gives with U+FFFD) is noted with its bytes, and a
 *   folder with such a name is noted and not entered.
 * - `stat`, which fast-glob calls for each symbolic link it meets: a link to a directory that is, or
 *   holds, a folder on the way to the link (by real path) is a loop, noted (one notice) and reported to
 *   fast-glob as a broken link, so it is not entered. A link whose real path is outside the folder being
 *   linted is not followed (unless asked): a file link is noted and reported as a broken link (so it is
 *   matched by name, never read); a folder link is noted and reported as the folder it is, and if
 *   fast-glob then reads it (the walk would enter it) `readdir` notes that and reads it as empty.
 */
class Walk {
  private readonly reals = new Map<string, Promise<string>>();
  private readonly told = new Set<string>();
  /** A path as Node decodes it (U+FFFD for bad bytes) -> its bytes and the escaped names it stands for. */
  private readonly badNames = new Map<string, { bytes: Buffer; escaped: string[] }>();
  private readonly escaped = new Set<string>();
  private bounds: string[] = [];
  private found = new Set<string>();
  /** Folder links this pattern's walk skipped as loops. */
  loops = new Set<string>();
  /** File links this pattern's walk met that lead outside the folder being linted -> the real path they lead to. */
  outsideFiles = new Map<string, string>();
  /** Folder links that lead outside -> the real path they lead to; `entered` when the walk came to read them. */
  private outsideFolders = new Map<string, { target: string; entered: boolean }>();

  constructor(
    private readonly cwd: string,
    private readonly options: ExpandOptions,
  ) {}

  /** Starts the walk of one pattern, whose links may lead anywhere under `bounds` (real paths). */
  begin(bounds: string[]): void {
    this.bounds = bounds;
    this.found = new Set();
    this.loops = new Set();
    this.outsideFiles = new Map();
    this.outsideFolders = new Map();
  }

  /** This pattern's folder links out of the folder that its walk would have entered, with their targets. */
  enteredOutsideFolders(): Array<[string, string]> {
    return [...this.outsideFolders].filter(([, o]) => o.entered).map(([link, o]) => [link, o.target]);
  }

  /** Where a path is, whether or not it leads anywhere: its folder's real path, and its own name. */
  async place(path: string): Promise<string> {
    const folder = dirname(path);
    return join(await this.realpath(folder).catch(() => folder), basename(path));
  }

  /** Folders this pattern's walk could not read, and folders whose names are not valid UTF-8. */
  unwalkable(): string[] {
    return [...this.found];
  }

  /** The escaped names a path Node gave (with U+FFFD) stands for; undefined for a good name. */
  escapedNames(path: string): string[] | undefined {
    return this.badNames.get(path)?.escaped;
  }

  isEscapedName(path: string): boolean {
    return this.escaped.has(path);
  }

  readonly readdir = (path: string, options: unknown, callback?: ReaddirCallback): void => {
    const done = (typeof options === 'function' ? options : callback) as ReaddirCallback;
    const settings = (typeof options === 'function' ? {} : options) as { withFileTypes?: boolean };
    const folder = resolve(this.cwd, path);
    const outside = this.outsideFolders.get(folder);
    if (outside) {
      // A folder link out of the folder being linted, which the walk would enter: noted, not read.
      outside.entered = true;
      done(null, []);
      return;
    }
    const bad = this.badNames.get(folder);
    if (bad) {
      // A folder whose name is not valid UTF-8: its files cannot be named either. Noted, not entered.
      for (const name of bad.escaped) this.found.add(name);
      done(null, []);
      return;
    }
    const read = (error: NodeJS.ErrnoException | null, entries: Array<string | Dirent>): void => {
      if (error) {
        if (error.code === 'EACCES' || error.code === 'EPERM') {
          this.found.add(folder);
          done(null, []);
        } else {
          done(error);
        }
        return;
      }
      if (!entries.some((entry) => (typeof entry === 'string' ? entry : entry.name).includes('\uFFFD'))) {
        done(null, entries);
        return;
      }
      this.noteBadNames(folder).then(
        () => done(null, entries),
        () => done(null, entries),
      );
    };
    if (settings.withFileTypes) readdirCallback(path, { withFileTypes: true }, read as (e: NodeJS.ErrnoException | null, d: Dirent[]) => void);
    else readdirCallback(path, read as (e: NodeJS.ErrnoException | null, d: string[]) => void);
  };

  /** Reads a folder's names as bytes, and notes each that is not valid UTF-8. */
  private async noteBadNames(folder: string): Promise<void> {
    const names = await readdir(folder, { encoding: 'buffer' });
    const prefix = Buffer.from(join(folder, 'x').slice(0, -1));
    for (const name of names) {
      if (isUtf8(name)) continue;
      const decoded = join(folder, name.toString('utf8'));
      const escaped = join(folder, escapeFileName(name));
      const entry = this.badNames.get(decoded) ?? { bytes: Buffer.concat([prefix, name]), escaped: [] };
      if (!entry.escaped.includes(escaped)) entry.escaped.push(escaped);
      this.badNames.set(decoded, entry);
      this.escaped.add(escaped);
    }
  }

  readonly stat = (path: string, callback: (error: NodeJS.ErrnoException | null, stats: Stats) => void): void => {
    const link = resolve(this.cwd, path);
    statCallback(this.badNames.get(link)?.bytes ?? path, (error, stats) => {
      if (error) {
        callback(error, stats);
        return;
      }
      // Reported as a link to nothing (ENOENT, which fast-glob passes over quietly), so not followed.
      const skip = (): void => callback(Object.assign(new Error(`not followed: ${path}`), { code: 'ENOENT' }), stats);
      this.skips(link, stats.isDirectory()).then(
        (skipped) => (skipped ? skip() : callback(null, stats)),
        () => (this.options.followSymlinks ? callback(null, stats) : skip()),
      );
    });
  };

  /**
   * True for a link fast-glob is to see as broken: a loop (after one notice), or a file link that leads
   * outside (noted). A folder link that leads outside is noted, and seen as the folder it is (its
   * readdir is answered with nothing).
   */
  private async skips(link: string, isDirectory: boolean): Promise<boolean> {
    if (isDirectory && (await this.loopsBack(link))) {
      this.loops.add(link);
      return true;
    }
    if (this.options.followSymlinks) return false;
    const target = await this.realpath(link);
    if (this.bounds.some((bound) => target === bound || target.startsWith(bound.endsWith(sep) ? bound : bound + sep))) return false;
    if (!isDirectory) {
      this.outsideFiles.set(link, target);
      return true;
    }
    if (!this.outsideFolders.has(link)) this.outsideFolders.set(link, { target, entered: false });
    return false;
  }

  private async loopsBack(link: string): Promise<boolean> {
    const target = await this.realpath(link);
    for (let folder = dirname(link); ; folder = dirname(folder)) {
      const real = await this.realpath(folder);
      if (real === target || real.startsWith(target.endsWith(sep) ? target : target + sep)) {
        await this.tell(
          link,
          `skipped the folder link "${this.shown(link)}": it leads back into a folder already being linted (a loop), whose files are linted once, by their own paths`,
        );
        return true;
      }
      if (dirname(folder) === folder) return false;
    }
  }

  /** Once per link, however many paths lead to it. */
  private async tell(link: string, message: string): Promise<void> {
    const place = join(await this.realpath(dirname(link)), basename(link));
    if (this.told.has(place)) return;
    this.told.add(place);
    this.options.onNotice?.(message);
  }

  private shown(link: string): string {
    const bad = this.badNames.get(link);
    const path = bad ? bad.escaped[0] : link;
    return relative(this.cwd, path) || path;
  }

  private realpath(path: string): Promise<string> {
    let real = this.reals.get(path);
    if (!real) {
      const bad = this.badNames.get(path);
      real = bad ? realpath(bad.bytes).then((r) => r.toString()) : realpath(path);
      this.reals.set(path, real);
    }
    return real;
  }
}
