/** Which school a policy belongs to, from its own words. */
import type { Block } from './types.js';
import { wordCount } from './text.js';

/** A capitalised word, perhaps in quotes (“Oakridge”, ‘Beacon’: quotes are made straight first). */
const WORD = `["']?[A-Z][\\w'&.-]*"?`;
/** "C of E", "Church of England", "St Peter and St Paul": lower-case words inside a name. */
const TOKEN = `(?:C of E|Church of England|${WORD}(?: and (?=St\\b|Saint\\b))?)`;
const INSTITUTION = '(?:School|Academy|Trust|College|Federation|Infants?|Juniors?)';
const NAMED_INSTITUTION = new RegExp(`((?:${TOKEN}\\s+){0,6}?(?:${TOKEN}\\s+)?${INSTITUTION})\\b`);
const AT_INSTITUTION = new RegExp(`\\bAt (?:the )?((?:${TOKEN}\\s+){0,6}(?:School|Academy|Trust|College|Federation))\\b`);
/** Words that name a kind of school, not a school: "Primary School" or "Trust" alone is no name. */
const GENERIC = /^(?:the|our|this|a|primary|junior|juniors|infant|infants|nursery|secondary|high|middle|first|upper|lower|catholic|ce|c|of|e|church|england|community|special|free|voluntary|aided|controlled|school|academy|trust|college|federation)$/i;

/**
 * The same name however the document was typed or converted: curly quotes and apostrophes made
 * straight (a PDF or Word file has “Oakridge” and St Mary’s where the Markdown has "Oakridge" and
 * St Mary's), runs of spaces made one.
 */
function plain(text: string): string {
  return text.replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'").replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"').replace(/[ \t\u00a0]+/g, ' ');
}

function isGeneric(name: string): boolean {
  return name.split(/\s+/).every((word) => GENERIC.test(word.replace(/["'.]/g, '')));
}

/** A short run of capitalised words, the first half of a name wrapped onto two lines ("Spring Meadow"). */
function isNameStart(line: string): boolean {
  return /^(?:["']?[A-Z][\w'&.-]*"?\s*){1,4}$/.test(line) && !isGeneric(line);
}

export function findSchool(blocks: Block[]): string | null {
  // A short line near the top that names one ("Windermere Primary School"); a PDF or a converted
  // document may have wrapped it ("Spring Meadow" / "Primary School"), in one block or two.
  let previous = '';
  for (const block of blocks.slice(0, 12)) {
    const lines = plain(block.text).trim().split('\n').map((l) => l.trim()).filter(Boolean);
    if (lines.length === 0 || wordCount(block.text) > 8 * lines.length) {
      previous = '';
      continue;
    }
    for (const line of lines) {
      if (wordCount(line) <= 8) {
        const name = nameIn(line) ?? (isNameStart(previous) ? nameIn(`${previous} ${line}`) : null);
        if (name) return name;
      }
      previous = line;
    }
  }
  // "At Edwinstree Middle School we will ensure …" / "At Hartsfield School, we will …"
  for (const block of blocks) {
    const m = AT_INSTITUTION.exec(plain(block.text));
    if (m && !isGeneric(m[1])) return m[1].replace(/\s+/g, ' ').trim();
  }
  return null;
}

function nameIn(line: string): string | null {
  const m = NAMED_INSTITUTION.exec(line);
  if (!m || !/^["']?[A-Z]/.test(m[1]) || /^(?:model|policy|children)\b/i.test(m[1])) return null;
  const name = m[1].replace(/\s+/g, ' ').trim();
  return isGeneric(name) ? null : name;
}

export function findTitle(blocks: Block[]): string | null {
  const heading = blocks.find((b) => b.kind === 'heading');
  if (heading) return heading.text.trim();
  const first = blocks.find((b) => b.text.trim().length > 0);
  return first ? first.text.trim().replace(/\s+/g, ' ').slice(0, 120) : null;
}
