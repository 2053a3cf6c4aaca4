/** Bags of words (each word with its count), for the comparison with a model and its inference. */

/** Takes one `word` out of the bag; false when it has none. */
export function take(bag: Map<string, number>, word: string): boolean {
  const n = bag.get(word) ?? 0;
  if (n === 0) return false;
  bag.set(word, n - 1);
  return true;
}

/** Each word with how many times it occurs. */
export function bagOf(words: string[]): Map<string, number> {
  const bag = new Map<string, number>();
  for (const w of words) bag.set(w, (bag.get(w) ?? 0) + 1);
  return bag;
}

/** How many words the bag holds. */
export function sizeOf(bag: Map<string, number>): number {
  let n = 0;
  for (const c of bag.values()) n += c;
  return n;
}

/** Dice's coefficient of two bags of words. */
export function dice(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  let size = 0;
  for (const [w, n] of a) {
    shared += Math.min(n, b.get(w) ?? 0);
    size += n;
  }
  for (const n of b.values()) size += n;
  return size ? (2 * shared) / size : 0;
}
