/**
 * Turns the CLI's [files | dirs | globs] into a sorted list of files. A directory expands to the
 * supported files in it; a named file is always linted (an unsupported format then gets a clear fatal
 * message); a pattern that matches nothing is a usage error, as in ESLint.
 *
 * Links to directories are followed, except one that leads back into a folder already being walked
 * (`self -> .`, `up -> ..`): that is a loop, skipped with one notice. A file reached by more than one
 * path (through a link) is listed once, by its real path.
 */
import { stat as statCallback, type Stats } from 'node:fs';
import { lstat, realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import fg from 'fast-glob';
import { ConfigError } from './config.js';
import { SUPPORTED_EXTENSIONS } from './load/index.js';

const EXT_GLOB = `**/*.{${SUPPORTED_EXTENSIONS.map((e) => e.slice(1)).join(',')}}`;
const IGNORE = ['**/node_modules/**', '**/.git/**'];

export class NoFilesError extends ConfigError {}

export interface ExpandOptions {
  /** Told once per directory link that loops back into the walk (and so is skipped). */
  onNotice?: (message: string) => void;
}

export async function expandPatterns(patterns: string[], cwd = process.cwd(), options: ExpandOptions = {}): Promise<string[]> {
  /** Real path -> the path the file is reported by. */
  const files = new Map<string, string>();
  const guard = new LinkGuard(cwd, options.onNotice);
  for (const pattern of patterns) {
    const absolute = resolve(cwd, pattern);
    const info = await stat(absolute).catch(() => null);
    // Named, and there, but not a file or folder to walk: a dangling link, a link loop, a FIFO, a socket,
    // a device. Linting it gives one fatal finding that says what it is; the run goes on.
    if (!info?.isFile() && !info?.isDirectory() && (await lstat(absolute).then(() => true, () => false))) {
      if (!files.has(absolute)) files.set(absolute, absolute);
      continue;
    }
    if (info?.isFile()) {
      const real = await realpath(absolute).catch(() => absolute);
      if (!files.has(real)) files.set(real, absolute);
      continue;
    }
    const fs = { stat: guard.stat };
    const matches = info?.isDirectory()
      ? await fg(EXT_GLOB, { cwd: absolute, absolute: true, ignore: IGNORE, caseSensitiveMatch: false, dot: false, followSymbolicLinks: true, fs })
      : await fg(pattern.replace(/\\/g, '/'), { cwd, absolute: true, ignore: IGNORE, caseSensitiveMatch: false, onlyFiles: true, followSymbolicLinks: true, fs });
    if (matches.length === 0) {
      throw new NoFilesError(
        info?.isDirectory()
          ? `No policy files (${SUPPORTED_EXTENSIONS.join(', ')}) were found in "${pattern}".`
          : `No files matching the pattern "${pattern}" were found.`,
      );
    }
    // A file inside the folder (or cwd, for a glob) is shown under it as the user named it; one reached
    // through a link to elsewhere, by its real path.
    const base = info?.isDirectory() ? absolute : cwd;
    const realBase = await realpath(base).catch(() => base);
    const reals = await Promise.all(matches.map((m) => realpath(resolve(m)).catch(() => resolve(m))));
    for (const real of reals.sort()) {
      if (files.has(real)) continue;
      const inside = relative(realBase, real);
      files.set(real, inside && !inside.startsWith(`..${sep}`) && inside !== '..' && !isAbsolute(inside) ? join(base, inside) : real);
    }
  }
  return [...new Set(files.values())].sort();
}

/**
 * fast-glob's `stat`, which it calls for each symbolic link it meets: a link to a directory that is, or
 * holds, a folder on the way to the link (by real path) is a loop, and is reported to fast-glob as a
 * broken link, so it is not entered.
 */
class LinkGuard {
  private readonly reals = new Map<string, Promise<string>>();
  private readonly told = new Set<string>();

  constructor(
    private readonly cwd: string,
    private readonly onNotice?: (message: string) => void,
  ) {}

  readonly stat = (path: string, callback: (error: NodeJS.ErrnoException | null, stats: Stats) => void): void => {
    statCallback(path, (error, stats) => {
      if (error || !stats.isDirectory()) {
        callback(error, stats);
        return;
      }
      this.loopsBack(resolve(this.cwd, path)).then(
        (loop) => (loop ? callback(Object.assign(new Error(`symbolic link loop: ${path}`), { code: 'ELOOP' }), stats) : callback(null, stats)),
        () => callback(null, stats),
      );
    });
  };

  private async loopsBack(link: string): Promise<boolean> {
    const target = await this.realpath(link);
    const home = await this.realpath(dirname(link));
    for (let folder = dirname(link); ; folder = dirname(folder)) {
      const real = await this.realpath(folder);
      if (real === target || real.startsWith(target.endsWith(sep) ? target : target + sep)) {
        // Once per link, however many paths lead to it.
        const place = join(home, basename(link));
        if (!this.told.has(place)) {
          this.told.add(place);
          this.onNotice?.(`skipped the folder link "${relative(this.cwd, link) || link}": it leads back into a folder already being linted (a loop), whose files are linted once, by their own paths`);
        }
        return true;
      }
      if (dirname(folder) === folder) return false;
    }
  }

  private realpath(path: string): Promise<string> {
    let real = this.reals.get(path);
    if (!real) {
      real = realpath(path);
      this.reals.set(path, real);
    }
    return real;
  }
}
