/**
 * Character and word helpers that loaders, the model and rules all use. A leaf: it imports nothing of
 * the project, so src/load/ need not import src/model/ for them.
 */

/** Whether a UTF-16 code unit is white space, as /\s/ says (the common cases without a regex). */
export function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || (code > 127 && /\s/.test(String.fromCharCode(code)));
}

/** Trims a [from, to) range of `text` to its non-space content. */
export function trimRange(text: string, from: number, to: number): [number, number] {
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  return [from, to];
}

/** The number of white-space-separated words (counted in place: it runs on every cell and label). */
export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** What may follow a sentence's last stop: quotes, brackets, emphasis markers. */
const CLOSING = '\'"’”)]*_';

/** Ends a sentence or a lead-in: . ! ? : ; (ignoring closing quotes, brackets, emphasis markers and spaces). */
export function endsWithTerminal(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && (CLOSING.includes(text[i]) || isSpace(text.charCodeAt(i)))) i--;
  return i >= 0 && '.!?:;'.includes(text[i]);
}
