/**
 * Is this a person's name? Used for named roles (designated teacher, designated governor, DSL).
 * Blank, dots, underscores, "[name]"-style placeholders, "TBC" and "XXXX" are not names; dot leaders
 * around a real name (".....Sarah Gilliver.....") are fine; a role after the name
 * ("Mr J. Okafor (Deputy Head)", "Sara Ash, Head of Standards") is allowed.
 */

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'rev', 'revd', 'sir', 'dame']);
const ROLE_WORDS = new Set([
  'the', 'a', 'an', 'our', 'of', 'and', 'for', 'school', 'head', 'headteacher', 'head-teacher', 'teacher',
  'deputy', 'assistant', 'senco', 'dsl', 'designated', 'lead', 'governor', 'principal', 'executive',
  'name', 'named', 'person', 'role', 'staff', 'member', 'senior', 'leader', 'chair', 'safeguarding',
  // Words that start capitalised phrases in policies but never a person's name ("Looked After Children").
  'looked', 'after', 'children', 'child', 'previously', 'virtual', 'pupil', 'premium', 'plus', 'governing', 'body',
  'board', 'local', 'authority', 'council', 'education', 'plan', 'team', 'leadership', 'welfare', 'officer',
  'social', 'worker', 'services', 'service', 'department', 'manager', 'coordinator', 'co-ordinator', 'inclusion',
  'pastoral', 'vice', 'associate', 'sendco', 'academy', 'trust', 'policy', 'designated', 'mental', 'health',
]);
const PLACEHOLDER =
  /^(?:tbc|tba|tbd|t\.b\.c\.?|n\/?a|none|nil|vacant|unknown|pending|name|names|insert(?: name)?(?: here)?|enter name|to be (?:confirmed|appointed|agreed|decided)|not (?:yet )?(?:appointed|known)|x+|\?+|-+)$/i;

export interface NameJudgement {
  isName: boolean;
  /** The name itself, without dot leaders and trailing role. */
  name: string;
  /** Why it is not a name ("blank", "placeholder '[name]'"). */
  reason?: string;
}

/** Strips dot leaders, underscores, ellipses and the trailing role. */
export function cleanNameValue(value: string): string {
  return value
    .replace(/[.\u2026_]{2,}/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s\-\u2013\u2014:;,]+|[\s\-\u2013\u2014:;,]+$/g, '')
    .trim();
}

export function judgeName(value: string): NameJudgement {
  // "Mrs J.Green": an initial glued to the surname is read as "J. Green".
  const cleaned = cleanNameValue(value).replace(/\b([A-Z])\.(?=[A-Z][\p{Ll}])/gu, '$1. ');
  if (!cleaned) return { isName: false, name: '', reason: 'blank' };
  if (/^[[<{(].*[\]>})]$/.test(cleaned)) return { isName: false, name: cleaned, reason: `placeholder "${cleaned}"` };
  // The person part: before a comma or bracket that adds a role.
  const person = cleaned.split(/\s*[,(\u2013\u2014]\s*|\s+-\s+/)[0].trim();
  if (!person || PLACEHOLDER.test(person)) return { isName: false, name: cleaned, reason: `placeholder "${cleaned}"` };
  if (/\d/.test(person)) return { isName: false, name: cleaned, reason: `"${cleaned}" is not a name` };
  const words = person.split(/\s+/);
  if (words.length > 6) return { isName: false, name: cleaned, reason: `"${cleaned}" reads as a sentence, not a name` };
  const nameWords = words.filter((w) => {
    const bare = w.replace(/[.'\u2019]/g, '').toLowerCase();
    return /^[A-Z\u00c0-\u017f][\p{L}'\u2019-]+$/u.test(w.replace(/\.$/, '')) && !TITLES.has(bare) && !ROLE_WORDS.has(bare) && !PLACEHOLDER.test(bare);
  });
  if (nameWords.length === 0) {
    const allRole = words.every((w) => ROLE_WORDS.has(w.toLowerCase().replace(/[.'\u2019]/g, '')));
    return { isName: false, name: cleaned, reason: allRole ? `"${cleaned}" names a role, not a person` : `placeholder "${cleaned}"` };
  }
  return { isName: true, name: person };
}

/**
 * A person's name in running text after a title or a capitalised first name: "Mrs A. Patel",
 * "Jo Gant", "Kathryn Dearn". Returns its offset and text, or null.
 */
export const PERSON_NAME =
  /\b(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+(?:[A-Z]\.\s*|[A-Z]\s+)*[A-Z][\p{L}'\u2019-]+(?:\s+[A-Z][\p{L}'\u2019-]+)?|[A-Z][\p{Ll}'\u2019-]+(?:\s+[A-Z]\.)?\s+[A-Z][\p{L}'\u2019-]+(?:-[A-Z][\p{L}'\u2019-]+)?)/gu;
