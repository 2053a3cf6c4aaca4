/**
 * What every loader produces: Markdown for remark-parse, plus what is needed to point back at the
 * original file. One parser and one model serve every format because of this shape.
 */
import type { SourceFormat } from '../results.js';
import type { Locator, PositionMap } from './position-map.js';

/**
 * Something the loader kept out of the prose but did not throw away: a URL that a PDF dropped between
 * lines (it can be evidence, e.g. a link to KCSIE_2022_revised.pdf), a page number, a repeated running
 * header. Offsets are into `original`.
 */
export interface Artifact {
  kind: 'url' | 'page-number' | 'running-header';
  text: string;
  start: number;
  end: number;
}

/**
 * What the Word loader saw of tracked changes and comments, as facts: counts, and where the first one is.
 * A rule words the finding (the loader reports facts, not findings).
 */
export interface RevisionFacts {
  insertions: number;
  deletions: number;
  moves: number;
  /** Formatting changes (run, paragraph, section, table, numbering properties). */
  formatting: number;
  comments: number;
  /** Offsets into `original` of the body line that has the first one. */
  start: number;
  end: number;
}

export interface LoadedDocument {
  format: SourceFormat;
  /**
   * The text positions refer to. For .md and .txt the decoded file; for .docx one body paragraph per
   * line; for .pdf the text lines of each page in reading order (the locator knows the pages).
   */
  original: string;
  /** The Markdown that remark-parse reads. */
  markdown: string;
  /** Markdown offset -> original offset. */
  map: PositionMap;
  /** Original offset -> line/column (/page). */
  locator: Locator;
  artifacts: Artifact[];
  /** Tracked changes and comments a .docx still holds (absent for other formats, and when it holds none). */
  revisions?: RevisionFacts;
}

/** A file that could not be loaded: one fatal message for it, and the run goes on. */
export class LoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LoadError';
  }
}
