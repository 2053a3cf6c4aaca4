/**
 * Position maps: every loader turns its input into Markdown, and findings must still point at the
 * ORIGINAL file. A loader builds the Markdown with a MappedTextBuilder, which records, for each piece of
 * output, where it came from; PositionMap answers "which original offset is this Markdown offset?", and a
 * Locator turns an original offset into line and column (and page, for PDFs).
 */
import type { SourcePoint } from '../results.js';

interface Segment {
  /** Start offset in the output (Markdown). */
  out: number;
  /** Offset in the original text that output offset `out` maps to. */
  orig: number;
  /** Copied text maps character for character; inserted text maps every character to `orig`. */
  copied: boolean;
}

export class PositionMap {
  /** Segments sorted by `out`; each runs to the next segment's `out`. */
  private readonly segments: Segment[];
  readonly outputLength: number;

  constructor(segments: Segment[], outputLength: number) {
    this.segments = segments;
    this.outputLength = outputLength;
  }

  /** A map for text that was not changed at all. */
  static identity(length: number): PositionMap {
    return new PositionMap([{ out: 0, orig: 0, copied: true }], length);
  }

  /** The original offset that output offset `offset` came from. */
  toOriginal(offset: number): number {
    const segments = this.segments;
    if (segments.length === 0) return 0;
    let lo = 0;
    let hi = segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segments[mid].out <= offset) lo = mid;
      else hi = mid - 1;
    }
    const seg = segments[lo];
    if (!seg.copied) return seg.orig;
    return seg.orig + Math.max(0, offset - seg.out);
  }
}

/** Builds output text piece by piece, remembering where each piece came from. */
export class MappedTextBuilder {
  private readonly parts: string[] = [];
  private readonly segments: Segment[] = [];
  private length = 0;

  constructor(readonly original: string) {}

  /** Appends original[start, end) unchanged. */
  copy(start: number, end: number): this {
    if (end <= start) return this;
    this.push(this.original.slice(start, end), start, true);
    return this;
  }

  /** Appends text that is not in the original (a list marker, a joining space), anchored at `anchor`. */
  insert(text: string, anchor: number): this {
    if (text.length === 0) return this;
    this.push(text, anchor, false);
    return this;
  }

  /** Current output length. */
  get outputLength(): number {
    return this.length;
  }

  /** The last character written, or '' when nothing was. */
  lastChar(): string {
    for (let i = this.parts.length - 1; i >= 0; i--) {
      const part = this.parts[i];
      if (part.length > 0) return part[part.length - 1];
    }
    return '';
  }

  build(): { text: string; map: PositionMap } {
    return { text: this.parts.join(''), map: new PositionMap(this.segments, this.length) };
  }

  private push(text: string, orig: number, copied: boolean): void {
    const last = this.segments[this.segments.length - 1];
    // Merge with the previous segment when the mapping simply continues, to keep the map small.
    const continues =
      last !== undefined &&
      copied &&
      last.copied &&
      last.orig + (this.length - last.out) === orig;
    if (!continues) this.segments.push({ out: this.length, orig, copied });
    this.parts.push(text);
    this.length += text.length;
  }
}

/** Turns an original offset into a place a person can find. */
export interface Locator {
  locate(originalOffset: number): SourcePoint;
}

/** Line and column (1-based) in a plain text; lines end at \n. */
export class TextLocator implements Locator {
  private readonly lineStarts: number[];

  constructor(text: string) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.lineStarts = starts;
  }

  /** 0-based index of the line containing `offset`. */
  lineIndex(offset: number): number {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  lineStart(lineIndex: number): number {
    return this.lineStarts[lineIndex] ?? 0;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  locate(offset: number): SourcePoint {
    const index = this.lineIndex(offset);
    return { line: index + 1, column: offset - this.lineStarts[index] + 1 };
  }
}
