/**
 * Dates with their role. The role comes from a field's label ("Next Review:", "Last Reviewed",
 * "Adopted :") or from the phrase just before a date in prose ("to be reviewed in Spring Term 2026",
 * "Review date September 2025"). A "last reviewed" date is never a next-review date.
 */
import { findDates, parseDate } from './dates.js';
import type { Block, DateRole, Field, PolicyDate } from './types.js';

/** The role a label gives the date in its value, or null when the label is not about a date. */
export function roleOfLabel(label: string): DateRole | null {
  const l = label.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/\blast\b.*\breview|\bdate (?:last )?reviewed\b|^reviewed\b|\breviewed (?:on|in)\b|\bprevious review/.test(l)) return 'last-reviewed';
  if (/\bnext\b|\breview date\b|\bdate (?:of|for) (?:the )?(?:next )?review\b|\bdue (?:for )?review\b|\breview due\b|\bto be reviewed\b|\brenewal\b|^(?:policy )?review\b|\breview by\b/.test(l)) return 'next-review';
  if (/\badopt/.test(l)) return 'adopted';
  if (/\bapprov|\bratified|\bsigned off|\bagreed by\b/.test(l)) return 'approved';
  if (/\bpublicat|\bpublished|\bissued?\b|\bissue date/.test(l)) return 'published';
  if (/^(?:date|dated)\b/.test(l)) return 'dated';
  return null;
}

/**
 * Phrases in prose that make the date right after them a next-review date. The gap between phrase and
 * date may hold only connecting words ("is", "in", "by", "on", "due", ":", "-", "the").
 */
const INLINE_NEXT_REVIEW =
  /\b(?:next (?:policy )?review(?: date)?|(?:policy )?review date|date of (?:the )?next review|due for (?:its next )?review|to be reviewed(?: again)?|review(?:ed)? (?:is )?due|(?:will be |is )?reviewed (?:again )?(?:by|before)|next)\b/gi;
const INLINE_LAST_REVIEWED = /\b(?:last reviewed|date reviewed|reviewed on|was reviewed)\b/gi;
const CONNECTOR = /^(?:\s|[:\u2013\u2014,-]|\b(?:is|was|on|in|by|at|due|date|the|of|during|before|annually|every|year|term|next)\b)*$/i;

export function extractDates(blocks: Block[], fields: Field[]): PolicyDate[] {
  const dates: PolicyDate[] = [];
  const seen = new Set<string>();
  const add = (d: PolicyDate) => {
    const key = `${d.span.start}:${d.role}`;
    if (seen.has(key)) return;
    seen.add(key);
    dates.push(d);
  };

  for (const field of fields) {
    const role = roleOfLabel(field.label);
    if (!role) continue;
    const value = parseDate(field.value);
    if (!value) continue;
    const at = field.valueOffset + value.index;
    const span = { start: field.block.offsetAt(at), end: field.block.offsetAt(at + value.text.length - 1) + 1 };
    add({ role, value, label: field.label, span, block: field.block });
  }

  for (const block of blocks) {
    if (block.kind === 'code' || block.kind === 'html') continue;
    const text = block.text;
    if (!/review/i.test(text) && !/\bnext\b/i.test(text)) continue;
    const found = findDates(text);
    if (found.length === 0) continue;
    for (const [re, role] of [
      [INLINE_LAST_REVIEWED, 'last-reviewed'],
      [INLINE_NEXT_REVIEW, 'next-review'],
    ] as const) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text)) !== null) {
        const phraseEnd = m.index + m[0].length;
        const date = found.find((d) => d.index >= phraseEnd && d.index - phraseEnd <= 30);
        if (!date || !CONNECTOR.test(text.slice(phraseEnd, date.index))) continue;
        // "last reviewed" inside a next-review phrase is caught by the first pattern, checked first.
        if (role === 'next-review' && dates.some((d) => d.block === block && d.value.index === date.index && d.role === 'last-reviewed')) continue;
        add({
          role,
          value: date,
          label: m[0],
          span: { start: block.offsetAt(date.index), end: block.offsetAt(date.index + date.text.length - 1) + 1 },
          block,
        });
      }
    }
  }
  dates.sort((a, b) => a.span.start - b.span.start);
  return dates;
}
