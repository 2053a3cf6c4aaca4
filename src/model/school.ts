/** Which school a policy belongs to, from its own words. */
import type { Block } from './types.js';
import { wordCount } from './text.js';

const NAMED_INSTITUTION = /((?:[A-Z][\w'\u2019&.-]*\s+){0,6}?(?:[A-Z][\w'\u2019&.-]*\s+)?(?:School|Academy|Trust|College|Federation|Infants?|Juniors?))\b/;

export function findSchool(blocks: Block[]): string | null {
  // A short line near the top that names one ("Windermere Primary School").
  for (const block of blocks.slice(0, 12)) {
    const text = block.text.trim();
    if (text.includes('\n') || wordCount(text) > 8) continue;
    const m = NAMED_INSTITUTION.exec(text);
    if (m && /^[A-Z]/.test(m[1]) && !/^(?:model|policy|children)\b/i.test(m[1])) return m[1].trim();
  }
  // "At Edwinstree Middle School we will ensure …" / "At Hartsfield School, we will …"
  for (const block of blocks) {
    const m = /\bAt (?:the )?((?:[A-Z][\w'\u2019&.-]*\s+){0,6}(?:School|Academy|Trust|College|Federation))\b/.exec(block.text);
    if (m) return m[1].trim();
  }
  return null;
}

export function findTitle(blocks: Block[]): string | null {
  const heading = blocks.find((b) => b.kind === 'heading');
  if (heading) return heading.text.trim();
  const first = blocks.find((b) => b.text.trim().length > 0);
  return first ? first.text.trim().replace(/\s+/g, ' ').slice(0, 120) : null;
}
