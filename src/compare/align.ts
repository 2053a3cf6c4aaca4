/**
 * Aligns a school's copy with the model policy it is based on, word by word over the whole document
 * (jsdiff's Myers diff), then judges each model paragraph: the same (extraction noise, rewrapping,
 * renumbering, a filled blank, the school's name and dates, a spelling fix do not count), changed (with
 * the word difference), moved (found elsewhere, unchanged), or missing; and each model section, missing
 * when almost none of it is there. A copy of which little aligns is "not based on this model".
 */
import { diffArrays } from 'diff';
import { bagOf, dice, sizeOf, take } from './bags.js';
import { BLANK, isDateWord, spellingVariant, tokenize, type Token } from './tokens.js';

export interface ReferenceParagraph {
  index: number;
  /** Index into ReferencePolicy.sections. */
  section: number;
  heading: boolean;
  text: string;
  tokens: Token[];
  /** The model's guidance to schools, not policy text ("Schools should insert …"). */
  instruction: boolean;
  /** The model's publication details (schedule number, authorising officer, "Published by"): not policy text either. */
  publication?: boolean;
}

export interface ReferenceSection {
  index: number;
  title: string;
  paragraphs: number[];
}

/** A model policy, read once: its paragraphs as words, and its sections. */
export interface ReferencePolicy {
  filePath: string;
  title: string | null;
  school: string | null;
  paragraphs: ReferenceParagraph[];
  sections: ReferenceSection[];
}

/** One step of a word difference: words kept, removed from the model's text, or added in the copy's. */
export interface DiffPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

export interface ParagraphComparison {
  paragraph: ReferenceParagraph;
  status: 'same' | 'changed' | 'moved' | 'missing';
  /** Share of the paragraph's words found in the copy (0-1). */
  similarity: number;
  /** The copy's block (index into its model's blocks) holding most of it, if any. */
  copyBlock: number | null;
  /** For a changed paragraph: the word difference (the model's words, and the copy's). */
  diff?: DiffPart[];
  /** The model's blanks still blank in the copy: where (copy block, offsets in its text). */
  unfilled: Array<{ copyBlock: number; start: number; end: number }>;
}

export interface Comparison {
  reference: ReferencePolicy;
  /** Share of the model's words found in the copy. */
  aligned: number;
  /** Almost nothing aligns: the copy is not based on this model. */
  unrelated: boolean;
  paragraphs: ParagraphComparison[];
  /** Model sections the copy lacks, with the copy block after which they would have been (null: at the start). */
  missingSections: Array<{ section: ReferenceSection; after: number | null }>;
}

/** The copy's words, in parallel arrays (a copy has thousands: no object per word). */
interface CopyTokens {
  length: number;
  word: string[];
  owner: Int32Array;
  start: Int32Array;
  end: Int32Array;
}

function copyTokens(blocks: readonly { text: string }[]): CopyTokens {
  const word: string[] = [];
  const owner: number[] = [];
  const start: number[] = [];
  const end: number[] = [];
  blocks.forEach((b, i) => {
    for (const t of tokenize(b.text)) {
      word.push(t.word);
      owner.push(i);
      start.push(t.start);
      end.push(t.end);
    }
  });
  return { length: word.length, word, owner: Int32Array.from(owner), start: Int32Array.from(start), end: Int32Array.from(end) };
}

interface Located {
  word: string;
  owner: number;
  token: Token;
}

/** Below this share of the model's words in the copy, the copy is not based on the model. */
export const UNRELATED_BELOW = 0.3;
/** A section with less than this share of its words in the copy is missing. */
const SECTION_MISSING_BELOW = 0.25;
/** A paragraph with less than this share is missing (if not found moved). */
const PARAGRAPH_MISSING_BELOW = 0.35;

export function compareWithReference(reference: ReferencePolicy, copyBlocks: readonly { text: string }[], copySchool: string | null): Comparison {
  const prepared = prepare(reference);
  const ref = prepared.located;
  const copy = copyTokens(copyBlocks);
  const copyIds = new Int32Array(copy.length);
  const extra = new Map<string, number>();
  for (let j = 0; j < copy.length; j++) {
    const word = copy.word[j];
    let id = prepared.ids.get(word) ?? extra.get(word);
    if (id === undefined) extra.set(word, (id = prepared.ids.size + extra.size));
    copyIds[j] = id;
  }
  const { matchOf, complete } = alignIds(prepared.words, copyIds, prepared.grams);
  const copyMatched = new Uint8Array(copy.length);
  for (const j of matchOf) if (j >= 0) copyMatched[j] = 1;
  const aligned = ref.length ? countMatched(matchOf) / ref.length : 0;
  const unrelated = !complete || aligned < UNRELATED_BELOW;
  const schoolWords = new Set([...tokenize(copySchool ?? ''), ...tokenize(reference.school ?? '')].map((t) => t.word).filter((w) => !/^(?:school|academy|primary|secondary|the|of|and|st|c|e|ce|church|junior|infant|high|college)$/.test(w)));

  // Per paragraph: its words' positions in `ref`.
  const firstToken: number[] = [];
  let at = 0;
  for (const p of reference.paragraphs) {
    firstToken.push(at);
    at += p.tokens.length;
  }
  const paragraphs: ParagraphComparison[] = reference.paragraphs.map((p, n) => {
    const from = firstToken[n];
    const to = from + p.tokens.length;
    let matched = 0;
    const owners = new Map<number, number>();
    const unfilled: ParagraphComparison['unfilled'] = [];
    for (let k = from; k < to; k++) {
      const j = matchOf[k];
      if (j < 0) continue;
      matched++;
      owners.set(copy.owner[j], (owners.get(copy.owner[j]) ?? 0) + 1);
      // A blank the copy still has, unless the school wrote beside it (".....Sarah Gilliver.....": filled in).
      if (ref[k].word === BLANK && !filledBeside(copy, copyMatched, j)) unfilled.push({ copyBlock: copy.owner[j], start: copy.start[j], end: copy.end[j] });
    }
    const similarity = p.tokens.length ? matched / p.tokens.length : 1;
    const copyBlock = owners.size ? [...owners].sort((a, b) => b[1] - a[1])[0][0] : null;
    if (p.tokens.length === 0) return { paragraph: p, status: 'same', similarity, copyBlock, unfilled };
    if (similarity < PARAGRAPH_MISSING_BELOW) return { paragraph: p, status: 'missing', similarity, copyBlock, unfilled };
    const diff = paragraphDiff(ref, copy, matchOf, copyMatched, from, to);
    const significant = diff && hasSignificantChange(diff.parts, schoolWords);
    return { paragraph: p, status: significant ? 'changed' : 'same', similarity, copyBlock, unfilled, ...(significant ? { diff: diff.text } : {}) };
  });

  // Paragraphs moved elsewhere: a missing one whose words are, nearly all, one copy block the diff left unmatched.
  const spare = new Map<number, Map<string, number>>();
  for (let j = 0; j < copy.length; j++) {
    if (copyMatched[j]) continue;
    const bag = spare.get(copy.owner[j]) ?? new Map<string, number>();
    bag.set(copy.word[j], (bag.get(copy.word[j]) ?? 0) + 1);
    spare.set(copy.owner[j], bag);
  }
  for (const pc of paragraphs) {
    if (pc.status !== 'missing' || pc.paragraph.tokens.length < 4) continue;
    const words = bagOf(pc.paragraph.tokens.map((t) => t.word));
    const size = pc.paragraph.tokens.length;
    for (const [block, bag] of spare) {
      const spareSize = sizeOf(bag);
      if (spareSize < size * 0.7 || spareSize > size * 1.4) continue;
      if (dice(words, bag) >= 0.85) {
        pc.status = 'moved';
        pc.copyBlock = block;
        spare.delete(block);
        break;
      }
    }
  }

  // Sections: missing when almost none of their words (moved paragraphs counted as there) are in the copy.
  const missingSections: Comparison['missingSections'] = [];
  if (!unrelated) {
    for (const section of reference.sections) {
      // The model's notes to schools are meant to go, and its blanks to be filled: neither counts.
      const list = section.paragraphs.map((i) => paragraphs[i]).filter((pc) => !pc.paragraph.instruction && !pc.paragraph.publication);
      const words = (pc: ParagraphComparison) => pc.paragraph.tokens.filter((t) => t.word !== BLANK).length;
      const total = list.reduce((s, pc) => s + words(pc), 0);
      if (total < 6) continue;
      const present = list.reduce((s, pc) => s + (pc.status === 'moved' ? words(pc) : Math.min(1, pc.similarity) * words(pc)), 0);
      if (present / total >= SECTION_MISSING_BELOW) continue;
      const before = paragraphs.slice(0, section.paragraphs[0]).reverse().find((pc) => pc.copyBlock !== null && pc.status !== 'missing');
      missingSections.push({ section, after: before?.copyBlock ?? null });
    }
  }
  return { reference, aligned, unrelated, paragraphs, missingSections };
}

/** Words of four that occur once in each text anchor the alignment (as patience diff anchors on unique lines). */
const ANCHOR = 4;

/** The model's side of every comparison, worked out once per model: its words as ids, and its anchors. */
interface Prepared {
  located: Located[];
  ids: Map<string, number>;
  words: Int32Array;
  grams: Map<number, number>;
}

const preparedFor = new WeakMap<ReferencePolicy, Prepared>();

function prepare(reference: ReferencePolicy): Prepared {
  let prepared = preparedFor.get(reference);
  if (prepared) return prepared;
  const located = reference.paragraphs.flatMap((p) => p.tokens.map((token) => ({ word: token.word, owner: p.index, token })));
  const ids = new Map<string, number>();
  const words = new Int32Array(located.length);
  located.forEach((t, i) => {
    let id = ids.get(t.word);
    if (id === undefined) ids.set(t.word, (id = ids.size));
    words[i] = id;
  });
  prepared = { located, ids, words, grams: uniqueGrams(words, 0, words.length, ANCHOR) };
  preparedFor.set(reference, prepared);
  return prepared;
}

/** A number for the n words at i (a hash: a clash only costs an anchor, as a repeated sequence does). */
function gramKey(words: Int32Array, i: number, n: number): number {
  let h = 0;
  for (let k = 0; k < n; k++) h = (Math.imul(h, 0x01000193) ^ (words[i + k] + 1)) >>> 0;
  return h * 8 + n;
}

/** Each n-word sequence of words[from, to) that occurs once there: its key -> its start (-1: more than once). */
function uniqueGrams(words: Int32Array, from: number, to: number, n: number): Map<number, number> {
  const seen = new Map<number, number>();
  for (let i = from; i + n <= to; i++) {
    const key = gramKey(words, i, n);
    seen.set(key, seen.has(key) ? -1 : i);
  }
  return seen;
}

/**
 * Word alignment: unique four-word sequences found in both texts, in the longest chain that keeps their
 * order, anchor it; between anchors, the same again with shorter sequences unique within the stretch
 * (as patience diff recurses), and Myers' diff (jsdiff) for what is left. A copy with almost no anchors
 * is not aligned further (`complete` false: it is not based on the model).
 */
export function alignIds(ref: Int32Array, copy: Int32Array, refGrams?: Map<number, number>): { matchOf: Int32Array; complete: boolean } {
  const matchOf = new Int32Array(ref.length).fill(-1);
  const anchors = anchorsBetween(ref, copy, 0, ref.length, 0, copy.length, ANCHOR, refGrams);
  if (anchors.length < ref.length * 0.1) return { matchOf, complete: false };
  fill(ref, copy, anchors, 0, ref.length, 0, copy.length, matchOf, ANCHOR - 1);
  return { matchOf, complete: true };
}

/** Anchors between ref[i0, i1) and copy[j0, j1): the words of n-word sequences unique in both, in one increasing chain. */
function anchorsBetween(ref: Int32Array, copy: Int32Array, i0: number, i1: number, j0: number, j1: number, n: number, refGrams?: Map<number, number>): Array<[number, number]> {
  const inRef = refGrams ?? uniqueGrams(ref, i0, i1, n);
  const inCopy = uniqueGrams(copy, j0, j1, n);
  const pairs: Array<[number, number]> = [];
  for (const [key, j] of inCopy) {
    if (j < 0) continue;
    const i = inRef.get(key);
    if (i === undefined || i < 0) continue;
    let same = true;
    for (let k = 0; k < n && same; k++) same = ref[i + k] === copy[j + k];
    if (same) pairs.push([i, j]);
  }
  pairs.sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  let lastI = i0 - 1;
  let lastJ = j0 - 1;
  for (const [i, j] of longestIncreasing(pairs)) {
    for (let k = 0; k < n; k++) {
      if (i + k > lastI && j + k > lastJ) {
        out.push([i + k, j + k]);
        lastI = i + k;
        lastJ = j + k;
      }
    }
  }
  return out;
}

/** Marks the anchors, then aligns each stretch between them: shorter unique sequences first, Myers last. */
function fill(ref: Int32Array, copy: Int32Array, anchors: Array<[number, number]>, i0: number, i1: number, j0: number, j1: number, matchOf: Int32Array, n: number): void {
  let a = i0;
  let b = j0;
  for (const [i, j] of [...anchors, [i1, j1] as [number, number]]) {
    if (i < i1) matchOf[i] = j;
    if (i > a && j > b) stretch(ref, copy, a, i, b, j, matchOf, n);
    a = i + 1;
    b = j + 1;
  }
}

function stretch(ref: Int32Array, copy: Int32Array, i0: number, i1: number, j0: number, j1: number, matchOf: Int32Array, n: number): void {
  // Long stretches: anchor them on shorter sequences unique within them, then go on inside.
  if (n >= 3 && i1 - i0 > 24 && j1 - j0 > 24) {
    const anchors = anchorsBetween(ref, copy, i0, i1, j0, j1, n);
    if (anchors.length > 0) {
      fill(ref, copy, anchors, i0, i1, j0, j1, matchOf, n - 1);
      return;
    }
  }
  const changes = diffArrays(Array.from(ref.subarray(i0, i1)), Array.from(copy.subarray(j0, j1)), { maxEditLength: Math.min(i1 - i0 + (j1 - j0), 120), timeout: 1000 });
  if (!changes) return;
  let i = i0;
  let j = j0;
  for (const change of changes) {
    const count = change.count ?? change.value.length;
    if (change.added) j += count;
    else if (change.removed) i += count;
    else {
      for (let k = 0; k < count; k++) matchOf[i + k] = j + k;
      i += count;
      j += count;
    }
  }
}

/** The longest chain of pairs increasing in both (pairs sorted by the first), by patience sorting. */
function longestIncreasing(pairs: Array<[number, number]>): Array<[number, number]> {
  const tails: number[] = [];
  const previous = new Int32Array(pairs.length).fill(-1);
  const tailIndex: number[] = [];
  pairs.forEach(([, j], k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid] < j) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = j;
    tailIndex[lo] = k;
    previous[k] = lo > 0 ? tailIndex[lo - 1] : -1;
  });
  const out: Array<[number, number]> = [];
  for (let k = tailIndex[tails.length - 1] ?? -1; k >= 0; k = previous[k]) out.push(pairs[k]);
  return out.reverse();
}

/** Whether the copy has words of its own right beside its blank j, in the same block. */
function filledBeside(copy: CopyTokens, copyMatched: Uint8Array, j: number): boolean {
  return [j - 1, j + 1].some((n) => n >= 0 && n < copy.length && copy.owner[n] === copy.owner[j] && !copyMatched[n]);
}

function countMatched(matchOf: Int32Array): number {
  let n = 0;
  for (const j of matchOf) if (j >= 0) n++;
  return n;
}

interface Hunk {
  removed: string[];
  added: string[];
}

/**
 * The paragraph's word difference as text parts, and its hunks (removed and added words between two
 * kept ones). Words the copy added at the paragraph's edges are the school's own text, not a change.
 */
function paragraphDiff(ref: Located[], copy: CopyTokens, matchOf: Int32Array, copyMatched: Uint8Array, from: number, to: number): { parts: Hunk[]; text: DiffPart[] } {
  const parts: Hunk[] = [];
  const text: DiffPart[] = [];
  let hunk: Hunk = { removed: [], added: [] };
  // The copy blocks this paragraph's kept words are in: their other words are its edit (in copy order,
  // between the kept words they stand between); words in other blocks are the school's own paragraphs.
  const blocks = new Set<number>();
  let lo = copy.length;
  let hi = -1;
  for (let k = from; k < to; k++) {
    const j = matchOf[k];
    if (j < 0) continue;
    blocks.add(copy.owner[j]);
    lo = Math.min(lo, j);
    hi = Math.max(hi, j);
  }
  const extra: number[] = [];
  if (hi >= 0) {
    let a = lo;
    let b = hi;
    while (a > 0 && copy.owner[a - 1] === copy.owner[lo]) a--;
    while (b < copy.length - 1 && copy.owner[b + 1] === copy.owner[hi]) b++;
    for (let j = a; j <= b; j++) if (!copyMatched[j] && blocks.has(copy.owner[j])) extra.push(j);
  }
  let e = 0;
  const push = (kind: DiffPart['kind'], word: string): void => {
    const last = text[text.length - 1];
    if (last?.kind === kind) last.text += ` ${word}`;
    else text.push({ kind, text: word });
  };
  const close = (): void => {
    if (hunk.removed.length || hunk.added.length) parts.push(hunk);
    hunk = { removed: [], added: [] };
  };
  const addUpTo = (j: number): void => {
    for (; e < extra.length && extra[e] < j; e++) {
      hunk.added.push(copy.word[extra[e]]);
      push('added', copy.word[extra[e]] === BLANK ? '…' : copy.word[extra[e]]);
    }
  };
  for (let k = from; k < to; k++) {
    const shown = ref[k].word === BLANK ? '…' : ref[k].word;
    const j = matchOf[k];
    if (j >= 0) addUpTo(j);
    if (j >= 0 && ref[k].word === BLANK) {
      // A blank paired with a blank: it may be the copy's own dots around a name, so it does not end the hunk.
      hunk.removed.push(BLANK);
      push('same', shown);
    } else if (j >= 0) {
      close();
      push('same', shown);
    } else {
      hunk.removed.push(ref[k].word);
      push('removed', shown);
    }
  }
  addUpTo(copy.length);
  close();
  return { parts, text };
}

/** Whether any hunk is more than a filled blank, the school's name, a date, or a spelling fix. */
function hasSignificantChange(hunks: Hunk[], schoolWords: Set<string>): boolean {
  const expected = (w: string) => w === BLANK || isDateWord(w) || schoolWords.has(w);
  for (const h of hunks) {
    // A blank filled in: the model's blank gone, whatever the school wrote there (the diff may take a
    // word beside the blank out and put it back: "[-at …-] {+at Oakfield Primary+}").
    if (h.removed.includes(BLANK)) {
      const added = bagOf(h.added);
      if (h.removed.every((w) => w === BLANK || expected(w) || take(added, w))) continue;
    }
    if (h.removed.every(expected) && h.added.every(expected)) continue;
    if (h.removed.length === h.added.length && h.removed.every((w, i) => spellingVariant(w, h.added[i]) || (expected(w) && expected(h.added[i])))) continue;
    return true;
  }
  return false;
}
