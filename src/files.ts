/**
 * Turns the CLI's [files | dirs | globs] into a sorted list of files. A directory expands to the
 * supported files in it; a named file is always linted (an unsupported format then gets a clear fatal
 * message); a pattern that matches nothing is a usage error, as in ESLint.
 *
 * Links met in a walk (a folder, or a glob) are followed when they lead to somewhere inside the folder
 * being linted (for a glob, the current folder, or the glob's fixed leading folder). A link that leads
 * outside it (a pull request could add `secret.md -> /etc/passwd`) is skipped with one notice, unless
 * `followSymlinks` is set; a file named on the command line is always read. A link to a directory that
 * leads back into a folder already being walked (`self -> .`, `up -> ..`) is a loop, skipped with one
 * notice either way. A file reached by more than one path (through a link) is listed once, by its real
 * path.
 *
 * What cannot be walked is listed too, for linting to turn into one fatal finding each, and the run
 * goes on: a folder that cannot be read (permission denied), and a file or folder whose name is not
 * valid UTF-8 (listed by a printable name with `\xNN` escapes: see load/file-name.ts).
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

export interface ExpandOptions {
  /** Told once per link that is skipped: one that loops back into the walk, or leads outside the folder. */
  onNotice?: (message: string) => void;
  /**
   * Follow links (to files or folders) met in a walk that lead outside the folder being linted (for a
   * glob, outside the current folder). Default false: they are skipped, with a notice each. Loops are
   * skipped either way.
   */
  followSymlinks?: boolean;
}

export async function expandPatterns(patterns: string[], cwd = process.cwd(), options: ExpandOptions = {}): Promise<string[]> {
  /** Real path -> the path the file is reported by. */
  const files = new Map<string, string>();
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
    const matches = isFolder
      ? await fg(EXT_GLOB, { cwd: absolute, absolute: true, ignore: IGNORE, caseSensitiveMatch: false, dot: false, followSymbolicLinks: true, fs })
      : await fg(pattern.replace(/\\/g, '/'), { cwd, absolute: true, ignore: IGNORE, caseSensitiveMatch: false, onlyFiles: true, followSymbolicLinks: true, fs });
    const unwalkable = walk.unwalkable();
    if (matches.length === 0 && unwalkable.length === 0) {
      const skipped = walk.skippedOutside;
      const links = skipped === 0 ? '' : ` (${skipped} ${skipped === 1 ? 'link that leads' : 'links that lead'} outside it ${skipped === 1 ? 'was' : 'were'} not followed)`;
      throw new NoFilesError(
        isFolder
          ? `No policy files (${SUPPORTED_EXTENSIONS.join(', ')}) were found in "${pattern}"${links}.`
          : `No files matching the pattern "${pattern}" were found${links}.`,
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
      const escaped = walk.escapedNames(resolve(match));
      // A name that is not valid UTF-8: listed by its escaped name, as found (it has no real path to give).
      if (escaped) for (const name of escaped) files.set(name, name);
      else walked.push(resolve(match));
    }
    for (const path of unwalkable) {
      if (walk.isEscapedName(path)) files.set(path, path);
      else walked.push(path);
    }
    const reals = await Promise.all(walked.map(async (path) => [await realpath(path).catch(() => path), path] as const));
    for (const [real] of reals.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (!files.has(real)) files.set(real, shown(real));
    }
  }
  return [...new Set(files.values())].sort();
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
 *   holds, a folder on the way to the link (by real path) is a loop; a link whose real path is outside
 *   the folder being linted is not followed (unless asked). Either is reported to fast-glob as a
 *   broken link, so it is neither listed nor entered.
 */
class Walk {
  private readonly reals = new Map<string, Promise<string>>();
  private readonly told = new Set<string>();
  /** A path as Node decodes it (U+FFFD for bad bytes) -> its bytes and the escaped names it stands for. */
  private readonly badNames = new Map<string, { bytes: Buffer; escaped: string[] }>();
  private readonly escaped = new Set<string>();
  private bounds: string[] = [];
  private found = new Set<string>();
  skippedOutside = 0;

  constructor(
    private readonly cwd: string,
    private readonly options: ExpandOptions,
  ) {}

  /** Starts the walk of one pattern, whose links may lead anywhere under `bounds` (real paths). */
  begin(bounds: string[]): void {
    this.bounds = bounds;
    this.found = new Set();
    this.skippedOutside = 0;
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

  /** True (after one notice per link) for a link to skip: a loop, or one that leads outside. */
  private async skips(link: string, isDirectory: boolean): Promise<boolean> {
    if (isDirectory && (await this.loopsBack(link))) return true;
    if (this.options.followSymlinks) return false;
    const target = await this.realpath(link);
    if (this.bounds.some((bound) => target === bound || target.startsWith(bound.endsWith(sep) ? bound : bound + sep))) return false;
    this.skippedOutside++;
    await this.tell(
      link,
      `skipped the ${isDirectory ? 'folder ' : ''}link "${this.shown(link)}", which leads outside the folder being linted (to "${target}"): name the ${isDirectory ? 'folder' : 'file'} itself to lint it, or use --follow-symlinks`,
    );
    return true;
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
