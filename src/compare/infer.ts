/**
 * `--model auto`: the model policy inferred from the copies themselves, for a batch with no model to
 * hand: the paragraphs that most copies share, in their usual order. One copy (the one that shares most
 * paragraphs with the others) gives the order and the sections; each of its paragraphs is kept when at
 * least half the copies have it (the same words, give or take a filled-in name or date), in the wording
 * most of them use. Words that differ from copy to copy in a kept paragraph (each school's name, its
 * designated teacher) become a blank, as the model would have had them.
 */
import { bagOf, dice } from './bags.js';
import { BLANK, isDateWord, tokenize } from './tokens.js';

export interface CopyText {
  /** The copy's blocks, in order: text, and whether each is a heading (with its depth). */
  blocks: Array<{ text: string; heading: number }>;
}

export interface InferredModel {
  /** The model as Markdown (headings as #, paragraphs between blank lines), to print and to read. */
  markdown: string;
  /** How many copies it was inferred from, and how many paragraphs it kept. */
  copies: number;
  paragraphs: number;
}

/** A paragraph is kept when at least this share of the copies has it. */
export const KEEP_SHARE = 0.5;

interface Para {
  text: string;
  heading: number;
  words: string[];
  key: string;
}

export function inferModel(copies: CopyText[]): InferredModel {
  const docs: Para[][] = copies.map((c) =>
    c.blocks
      .map((b) => {
        const words = tokenize(b.text).map((t) => t.word);
        return { text: b.text, heading: b.heading, words, key: words.filter((w) => !isDateWord(w)).join(' ') };
      })
      .filter((p) => p.words.length > 0),
  );
  if (docs.length < 2) throw new Error('--model auto needs at least two copies to infer the model from');
  // How many copies have each exact paragraph (dates aside).
  const counts = new Map<string, number>();
  for (const doc of docs) for (const key of new Set(doc.map((p) => p.key))) counts.set(key, (counts.get(key) ?? 0) + 1);
  // The copy that shares most with the others gives the order.
  let best = 0;
  let bestScore = -1;
  docs.forEach((doc, i) => {
    const score = doc.reduce((s, p) => s + (counts.get(p.key) ?? 1) - 1, 0);
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  });
  const need = Math.max(2, Math.ceil(docs.length * KEEP_SHARE));
  const kept: Para[] = [];
  for (const [n, p] of docs[best].entries()) {
    const variants: Para[] = [];
    for (const doc of docs) {
      const found = closest(p, doc, n / docs[best].length);
      if (found) variants.push(found);
    }
    if (variants.length < need) continue;
    kept.push(modelWording(p, variants));
  }
  const markdown = kept.map((p) => (p.heading > 0 ? `${'#'.repeat(Math.min(6, p.heading))} ${p.text}` : p.text)).join('\n\n');
  return { markdown: `${markdown}\n`, copies: docs.length, paragraphs: kept.length };
}

/** The copy's paragraph that is `p` (the same words, or nearly), looked for near where `p` is in its copy. */
function closest(p: Para, doc: Para[], place: number): Para | undefined {
  const exact = doc.find((q) => q.key === p.key);
  if (exact) return exact;
  const centre = Math.round(place * doc.length);
  let best: Para | undefined;
  // A short heading or paragraph ("Oak School Policy") is mostly its one filled-in name: a looser match, nearer its place.
  const short = p.words.length <= 6;
  let bestScore = short ? 0.6 : 0.8;
  const window = short ? 4 : 25;
  const words = bagOf(p.words);
  for (let i = Math.max(0, centre - window); i < Math.min(doc.length, centre + window); i++) {
    if (short && (doc[i].heading > 0) !== (p.heading > 0)) continue;
    const score = dice(words, bagOf(doc[i].words));
    if (score >= bestScore) {
      bestScore = score;
      best = doc[i];
    }
  }
  return best;
}

/**
 * The wording of a kept paragraph: the variant most copies use, with each word (or run of date words)
 * that fewer than 60% of the copies have replaced by a blank, as the model leaves a blank where each
 * school writes its own name, people and dates.
 */
function modelWording(p: Para, variants: Para[]): Para {
  const byText = new Map<string, number>();
  for (const v of variants) byText.set(v.words.join(' '), (byText.get(v.words.join(' ')) ?? 0) + 1);
  const topWords = [...byText].sort((a, b) => b[1] - a[1])[0][0];
  const top = variants.find((v) => v.words.join(' ') === topWords) ?? p;
  const need = Math.ceil(variants.length * 0.6);
  const share = new Map<string, number>();
  for (const v of variants) for (const w of new Set(v.words)) share.set(w, (share.get(w) ?? 0) + 1);
  const texts = variants.map((v) => ` ${v.words.join(' ')} `);
  const tokens = tokenize(top.text);
  // Numbering before the first word ("2.", "a)") is kept as the most common copy has it.
  let out = tokens.length ? top.text.slice(0, tokens[0].start).trim() : '';
  let keptUpTo = -1;
  const keep = (from: number, to: number) => {
    // Kept words next to kept words keep what was between them ("looked-after", "child’s").
    out += keptUpTo >= 0 ? top.text.slice(keptUpTo, to) : `${out ? ' ' : ''}${top.text.slice(from, to)}`;
    keptUpTo = to;
  };
  const blank = () => {
    if (!out.endsWith('..........')) out += `${out ? ' ' : ''}..........`;
    keptUpTo = -1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.word === BLANK) {
      // The copies' own blank ("[School name]", "……"), as the most common copy writes it.
      keep(t.start, t.end);
      continue;
    }
    if (isDateWord(t.word)) {
      // A date is one unit: kept when most copies have the same date, else a blank.
      let j = i;
      while (j + 1 < tokens.length && isDateWord(tokens[j + 1].word)) j++;
      const run = tokens.slice(i, j + 1).map((x) => x.word).join(' ');
      if (texts.filter((x) => x.includes(` ${run} `)).length >= need) keep(t.start, tokens[j].end);
      else blank();
      i = j;
      continue;
    }
    if ((share.get(t.word) ?? 0) >= need) keep(t.start, t.end);
    else blank();
  }
  // A kept end keeps its full stop.
  if (keptUpTo >= 0) out += top.text.slice(keptUpTo).replace(/[^.!?:;]+$/, '');
  return { ...top, text: out };
}
