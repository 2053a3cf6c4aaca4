/**
 * Aligns a school's copy with the model policy it is based on, word by word over the whole document
 * (jsdiff's Myers diff), then judges each model paragraph: the same (extraction noise, rewrapping,
 * renumbering, a filled blank, the school's name and dates, a spelling fix do not count), changed (with
 * the word difference), moved (found elsewhere, unchanged), or missing; and each model section, missing
 * when almost none of it is there. A copy of which little aligns is "not based on this model".
 */
import { diffArrays } from 'diff';
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
  const ref: Located[] = reference.paragraphs.flatMap((p) => p.tokens.map((token) => ({ word: token.word, owner: p.index, token })));
  const copy: Located[] = copyBlocks.flatMap((b, i) => tokenize(b.text).map((token) => ({ word: token.word, owner: i, token })));
  const { matchOf, complete } = alignWords(ref.map((t) => t.word), copy.map((t) => t.word));
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
      owners.set(copy[j].owner, (owners.get(copy[j].owner) ?? 0) + 1);
      // A blank the copy still has, unless the school wrote beside it (".....Sarah Gilliver.....": filled in).
      if (ref[k].word === BLANK && !filledBeside(copy, copyMatched, j)) unfilled.push({ copyBlock: copy[j].owner, start: copy[j].token.start, end: copy[j].token.end });
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
  copy.forEach((t, j) => {
    if (copyMatched[j]) return;
    const bag = spare.get(t.owner) ?? new Map<string, number>();
    bag.set(t.word, (bag.get(t.word) ?? 0) + 1);
    spare.set(t.owner, bag);
  });
  for (const pc of paragraphs) {
    if (pc.status !== 'missing' || pc.paragraph.tokens.length < 4) continue;
    const words = bagOf(pc.paragraph.tokens.map((t) => t.word));
    for (const [block, bag] of spare) {
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
      const list = section.paragraphs.map((i) => paragraphs[i]).filter((pc) => !pc.paragraph.instruction);
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

/**
 * Word alignment: unique four-word sequences found in both texts, in the longest chain that keeps their
 * order, anchor it; the stretches between anchors are aligned with jsdiff (Myers). Linear in the texts
 * but for the stretches, which are short in a copy of the model; a copy with almost no anchors is not
 * aligned further (`complete` false: it is not based on the model).
 */
export function alignWords(ref: string[], copy: string[]): { matchOf: Int32Array; addedAfter: Map<number, number[]>; complete: boolean } {
  const matchOf = new Int32Array(ref.length).fill(-1);
  const addedAfter = new Map<number, number[]>();
  const grams = (words: string[]) => {
    const seen = new Map<string, number>();
    for (let i = 0; i + ANCHOR <= words.length; i++) {
      const key = words.slice(i, i + ANCHOR).join(' ');
      seen.set(key, seen.has(key) ? -1 : i);
    }
    return seen;
  };
  const inRef = grams(ref);
  const inCopy = grams(copy);
  const pairs: Array<[number, number]> = [];
  for (const [key, i] of inRef) {
    const j = inCopy.get(key);
    if (i >= 0 && j !== undefined && j >= 0) pairs.push([i, j]);
  }
  pairs.sort((a, b) => a[0] - b[0]);
  const chain = longestIncreasing(pairs);
  // Anchored words: each anchor's four, kept in order and without overlaps.
  let lastI = -1;
  let lastJ = -1;
  const anchors: Array<[number, number]> = [];
  for (const [i, j] of chain) {
    for (let k = 0; k < ANCHOR; k++) {
      if (i + k > lastI && j + k > lastJ) {
        anchors.push([i + k, j + k]);
        lastI = i + k;
        lastJ = j + k;
      }
    }
  }
  if (anchors.length < ref.length * 0.1) return { matchOf, addedAfter, complete: false };
  for (const [i, j] of anchors) matchOf[i] = j;
  // The stretches between anchors (and before the first, after the last).
  let i0 = 0;
  let j0 = 0;
  for (const [i, j] of [...anchors, [ref.length, copy.length] as [number, number]]) {
    if (i > i0 || j > j0) alignStretch(ref, copy, i0, i, j0, j, matchOf, addedAfter);
    i0 = i + 1;
    j0 = j + 1;
  }
  return { matchOf, addedAfter, complete: true };
}

/** Aligns ref[i0, i1) with copy[j0, j1) by Myers' diff; too different a stretch stays unmatched. */
function alignStretch(ref: string[], copy: string[], i0: number, i1: number, j0: number, j1: number, matchOf: Int32Array, addedAfter: Map<number, number[]>): void {
  const added = (after: number, from: number, count: number) => {
    const list = addedAfter.get(after) ?? [];
    for (let k = 0; k < count; k++) list.push(from + k);
    addedAfter.set(after, list);
  };
  if (i1 === i0) {
    added(i0 - 1, j0, j1 - j0);
    return;
  }
  if (j1 === j0) return;
  const n = i1 - i0 + (j1 - j0);
  const changes = diffArrays(ref.slice(i0, i1), copy.slice(j0, j1), { maxEditLength: Math.min(n, Math.max(50, 2000)), timeout: 2000 });
  if (!changes) {
    added(i1 - 1, j0, j1 - j0);
    return;
  }
  let i = i0;
  let j = j0;
  for (const change of changes) {
    const count = change.count ?? change.value.length;
    if (change.added) {
      added(i - 1, j, count);
      j += count;
    } else if (change.removed) {
      i += count;
    } else {
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
function filledBeside(copy: Located[], copyMatched: Uint8Array, j: number): boolean {
  return [j - 1, j + 1].some((n) => n >= 0 && n < copy.length && copy[n].owner === copy[j].owner && !copyMatched[n]);
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
function paragraphDiff(ref: Located[], copy: Located[], matchOf: Int32Array, copyMatched: Uint8Array, from: number, to: number): { parts: Hunk[]; text: DiffPart[] } {
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
    blocks.add(copy[j].owner);
    lo = Math.min(lo, j);
    hi = Math.max(hi, j);
  }
  const extra: number[] = [];
  if (hi >= 0) {
    let a = lo;
    let b = hi;
    while (a > 0 && copy[a - 1].owner === copy[lo].owner) a--;
    while (b < copy.length - 1 && copy[b + 1].owner === copy[hi].owner) b++;
    for (let j = a; j <= b; j++) if (!copyMatched[j] && blocks.has(copy[j].owner)) extra.push(j);
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
      hunk.added.push(copy[extra[e]].word);
      push('added', copy[extra[e]].word === BLANK ? '…' : copy[extra[e]].word);
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

/** Takes one `word` out of the bag; false when it has none. */
function take(bag: Map<string, number>, word: string): boolean {
  const n = bag.get(word) ?? 0;
  if (n === 0) return false;
  bag.set(word, n - 1);
  return true;
}

function bagOf(words: string[]): Map<string, number> {
  const bag = new Map<string, number>();
  for (const w of words) bag.set(w, (bag.get(w) ?? 0) + 1);
  return bag;
}

/** Dice's coefficient of two bags of words. */
function dice(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  let size = 0;
  for (const [w, n] of a) {
    shared += Math.min(n, b.get(w) ?? 0);
    size += n;
  }
  for (const n of b.values()) size += n;
  return size ? (2 * shared) / size : 0;
}
