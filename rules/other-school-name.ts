/**
 * other-school-name: the name of another school where the policy speaks of its own ("At Elm Primary
 * School we …", "Elm Primary School is committed to …", "the governing body of Elm Academy") in Oak
 * Primary School's policy: text copied from another school's policy and not changed. The policy's own
 * school is the one the model reads from its heading (`model.school`); without it, or in a trust's or
 * federation's policy (which names its schools on purpose), the rule stays quiet. The local authority,
 * the Virtual School, a trust, generic phrases ("the child's previous school", "a maintained school")
 * and schools named on purpose (a feeder, a partner, a provider, the school a child moves to) are not
 * reported.
 */
import { defineRule, docsUrl, sentenceAt, type Block } from '../src/kit/index.js';

const ID = 'other-school-name';

/** Words that describe a school without naming it ("Primary", "C of E", "Free", "Previous"). */
const GENERIC = new Set(
  (
    'the a an our this that these your their its his her each every any all another other same new previous former current next first last local nearest ' +
    'receiving sending home host feeder partner sister linked link mainstream special specialist alternative independent maintained state private public ' +
    'free faith church catholic methodist jewish muslim islamic christian anglican c of e ce rc cofe england voluntary aided controlled va vc foundation ' +
    'community trust primary secondary junior juniors infant infants nursery middle upper lower high grammar comprehensive through all-through sixth form ' +
    'further education technical studio university training teaching research virtual hospital secure residential boarding day summer forest sunday ' +
    'holiday model national county city area pupil referral unit pru designated named relevant appropriate suitable mixed girls boys co-educational ' +
    'school schools academy academies college colleges english british international st saint and & jmi ' +
    // Awards and descriptions a heading may carry ("A Rights Respecting School", "Healthy School").
    'rights respecting healthy eco award gold silver bronze platinum outstanding good leading support supporting artsmark quality mark inclusion ' +
    'dyslexia autism friendly accredited nurturing attachment aware trauma informed values ofsted sing up music sports games'
  ).split(' '),
);
/** The end of a school's name: "School", "Academy", "College" (also glued on by extraction: "CastleHillSchool"). */
const NAME_END = /(?:School|Academy|College)\b/g;
/** A word of a name: capitalised ("St", "Mary's", "C.E.", "JMI", "Co-op"). */
const NAME_WORD = /^["'\u2018\u201c]?[A-Z][\w'\u2019.&-]*$/;
/** Words that start a sentence or phrase before a name, or end a title before it, and are not part of it. */
const LEAD =
  /^(?:at|the|our|this|in|for|by|to|from|with|within|when|where|all|every|each|welcome|dear|as|of|and|on|into|about|both|if|while|whilst|see|visit|contact|education|policy|policies|safeguarding|protection|children|care|act|guidance|statement|plan|procedures?|behaviour|attendance|page|appendix|section|contents|version|date|reviewed?|approved|signed|governors|headteacher|principal|introduction|rationale|aims?|purpose|name|named|transcript|document|title)$/i;
/** Capitalised words that may follow a name in a sentence ("Oak School Policy" is a title, "Oak School We" is not). */
const CONTINUES = /^[A-Z][\w'\u2019-]*/;
const SENTENCE_WORD = /^(?:We|Our|It|Is|Are|Will|Has|Have|All|The|This|Staff|Pupils|Students|Children|Governors)$/;

/** A body that runs several schools: its policy names its schools on purpose. */
const GROUP = /\b(?:Trust|Federation|Partnership|Diocese|Alliance|Group|Collaborative|Foundation|Company|Council|Authority)$/i;
/** A policy written for several schools ("all of our academies", "across the trust"). */
const MULTI_SCHOOL =
  /\b(?:(?:all|each|every|any)\s+(?:of\s+)?our|our|member|federated)\s+(?:schools|academies)\b|\bacross\s+(?:the|our)\s+(?:trust|federation|schools|academies|MAT)\b|\b(?:our|the)\s+(?:trust|federation)['\u2019]s\s+(?:schools|academies)\b/i;

/** Another school on purpose: a feeder, a partner, a provider, where a child comes from or goes to. */
const ON_PURPOSE =
  /\b(?:feeder|(?:partner|sister|neighbouring|nearby|linked|host|receiving|previous|former|other)\s+(?:schools?|academ(?:y|ies)|colleges?|secondar(?:y|ies)|primar(?:y|ies)|setting)|another\s+school|both\s+schools|two\s+schools|in\s+partnership\s+with\s+(?:the\s+)?[A-Z]|federat\w*|alliance|cluster|transfer\w*|transition\w*|formerly|renamed|known\s+as|outreach|providers?|alternative\s+provision|placements?|visit\w*|taster|trips?|fixtures?|competitions?|tournaments?|universit\w+|joined|merge[ds]?|merger|amalgamat\w*|convert\w*|conversion|sponsor\w*|together\s+with|along\s+with|dual[\s-]regist\w*|teaching\s+school|research\s+school)\b/i;

/** The frames in which a school speaks of itself, with the name at `{name}`. */
function speaksOfItself(block: Block, start: number, end: number): boolean {
  const text = block.text;
  const before = text.slice(Math.max(0, start - 80), start);
  const after = text.slice(end, end + 80);
  const sentence = sentenceAt(text, start);
  const inSentence = text.slice(sentence.start, start);
  // "At Elm Primary School we …", "At Elm Academy, our pupils …"
  if (/\bat\s+(?:the\s+)?$/i.test(before) && /^\s*,?\s*(?:we|our|all\s+(?:staff|pupils|students|children)|everyone|staff|pupils|students)\b/i.test(after)) return true;
  // "Elm Primary School is committed to …", "The Elm Academy believes …" (the name opens the sentence).
  if (/^\s*["'\u2018\u201c(]?\s*(?:the\s+)?$/i.test(inSentence) && /^\s*(?:\(["'\u2018\u201c]?the\s+(?:school|academy)["'\u2019\u201d]?\)\s*)?(?:is|are|has|will|believes|recognises|recognizes|aims|acknowledges|endeavours|endeavors|seeks|strives|intends|expects|values|wants|understands|ensures|promotes|provides|takes|fully|works|welcomes|operates|adopts|complies|regards|considers)\b/i.test(after)) return true;
  // "Elm Academy's approach", "Elm School's governing body"
  if (/^['\u2019]s\s+(?:approach|commitment|policy|policies|staff|governing|governors|ethos|vision|values|aims?|mission|pupils|students|children|community|designated|headteacher|head|leadership|procedures|responsibilit\w+|curriculum|behaviour|safeguarding|duty|duties)\b/i.test(after)) return true;
  // "The governing body of Elm School", "staff at Elm Academy"
  if (/\b(?:governing\s+(?:body|board)|governors|board\s+of\s+governors|local\s+governing\s+body|staff|pupils|students|headteacher|head\s+teacher|principal|community|ethos|mission|designated\s+teacher|designated\s+safeguarding\s+lead|senco)\s+(?:of|at)\s+(?:the\s+)?$/i.test(before)) return true;
  // "our school, Elm Primary School", "Elm Academy ('the School')"
  if (/\b(?:our|this)\s+(?:school|academy)\s*(?:,|\(|\u2013|-)\s*$/i.test(before) || /^\s*\(\s*(?:["'\u2018\u201c]?(?:the|our)\s+(?:school|academy)|hereafter|hereinafter)/i.test(after)) return true;
  return false;
}

/** The words of a name that tell it apart, lower-cased ("St Mary's C of E Primary School" -> mary). */
function distinctive(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2') // "CastleHillSchool", "ClarendonPrimary"
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/'s\b|["'().]/g, '')
    .split(/[\s/]+/)
    .filter((w) => w && !GENERIC.has(w))
    .map((w) => w.replace(/-/g, ''))
    .filter((w) => w && !GENERIC.has(w) && !/^\d+$/.test(w));
}

/** Edit distance of two words (for a misspelt own name: "Ednowed", "Westgtae"). */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = next;
    }
  }
  return row[b.length];
}

/** Whether two names may be the same school: a distinctive word in common (or misspelt), or one inside the other. */
function sameSchool(words: string[], own: string[]): boolean {
  const joined = words.join('');
  const ownJoined = own.join('');
  if (joined.includes(ownJoined) || ownJoined.includes(joined)) return true;
  return words.some((w) =>
    own.some((o) => {
      const [a, b] = [w.replace(/s$/, ''), o.replace(/s$/, '')];
      const shorter = Math.min(a.length, b.length);
      return a === b || (shorter >= 4 && distance(a, b) <= (shorter >= 6 ? 2 : 1));
    }),
  );
}

/** The school names in a block's text, with where they are. */
function namesIn(text: string): Array<{ name: string; start: number; end: number }> {
  const found: Array<{ name: string; start: number; end: number }> = [];
  NAME_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NAME_END.exec(text)) !== null) {
    const end = m.index + m[0].length;
    // Glued on ("FountaindaleSchool") or a word of its own.
    const glued = m.index > 0 && /[a-z]/.test(text[m.index - 1]);
    if (m.index > 0 && !glued && !/\s/.test(text[m.index - 1])) continue;
    let start = glued ? text.lastIndexOf(' ', m.index) + 1 : m.index;
    const words: string[] = [];
    // Walk back over the words of the name.
    for (let guard = 0; guard < 7; guard++) {
      const head = text.slice(0, start);
      const w = /(\S+)[ \t]$/.exec(head);
      if (!w || /\s{2,}$/.test(head)) break;
      const word = w[1];
      // A heading in capitals before a name in mixed case ("PRINCIPLES Belmont School").
      if (/^[A-Z]{4,}$/.test(word) && !(words.length > 0 && /^[A-Z]{2,}$/.test(words[0]))) break;
      const inName =
        (NAME_WORD.test(word) && !LEAD.test(word)) ||
        // "C of E", "Church of England"
        (word === 'of' && /(?:^|\s)(?:C|Church)\s$/.test(head.slice(0, head.length - w[0].length))) ||
        (/^(?:and|&)$/.test(word) && words.length > 0);
      if (!inName) break;
      words.unshift(word);
      start = head.length - w[0].length;
    }
    // A name cannot start or end with "and".
    while (words.length > 0 && /^(?:and|&|of)$/.test(words[0])) {
      start += words[0].length + 1;
      words.shift();
    }
    if (words.length === 0 && !glued) continue;
    found.push({ name: text.slice(start, end), start, end });
  }
  return found;
}

export default defineRule({
  meta: {
    id: ID,
    title: "Another school's name",
    description: "The policy does not speak of another school as its own (text copied from another school's policy and not changed).",
    docs: docsUrl(ID),
    // The adviser's pack (policy-lint:adviser), off by default: see README, "Presets".
    recommended: false,
    messages: {
      'other-school': {
        message: 'The policy speaks of "{{name}}" as its own school, but it is the policy of {{school}}: is this text copied from another school\'s policy?',
        reason:
          "A policy that calls the school by another school's name was copied from that school's policy and not checked. Parents, staff and inspectors read it as this school's commitments, so every part of it must be this school's own.",
        action: 'Replace "{{name}}" with the name of this school, {{school}}, and check the text around it for other copied details',
        basis: "the school's own name, as the policy gives it in its heading",
      },
    },
  },
  check(context) {
    const school = context.model.school?.replace(/\s+/g, ' ').trim();
    // (A heading that describes rather than names, "A Voluntary Controlled School", is no name.)
    if (!school || GROUP.test(school) || /^an?\s/i.test(school) || /\b(?:virtual|teaching|research)\s+school\b/i.test(school)) return;
    const own = distinctive(school);
    if (own.length === 0) return;
    const blocks = context.model.blocks.filter((b) => b.kind !== 'code' && b.kind !== 'html');
    // "Elm Academy Trust" read as the school "Elm Academy": the policy is the trust's.
    const asGroup = new RegExp(`${school.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+(?:Trust|Federation|Partnership)\\b`, 'i');
    if (blocks.slice(0, 12).some((b) => asGroup.test(b.text))) return;
    // A policy for several schools names them on purpose.
    if (blocks.some((b) => MULTI_SCHOOL.test(b.text))) return;
    for (const block of blocks) {
      const names = namesIn(block.text);
      for (const { name, start, end } of names) {
        const words = distinctive(name);
        // "Primary School", "a maintained school", "the Virtual School", "Hertfordshire Virtual School".
        if (words.length === 0 || /\bvirtual\s+school\b/i.test(name)) continue;
        if (sameSchool(words, own)) continue;
        // An acronym ("KES Academy") may be this school's: unsure, quiet.
        if (words.every((w) => name.includes(w.toUpperCase()) && w.length <= 5)) continue;
        // Part of a longer name or title: "Oak School Improvement Plan", "Co-op Academy Leeds".
        const next = CONTINUES.exec(block.text.slice(end).replace(/^[ \t]/, ''));
        if (next && /^[ \t]\S/.test(block.text.slice(end)) && !SENTENCE_WORD.test(next[0])) continue;
        const sentence = sentenceAt(block.text, start);
        const text = block.text.slice(sentence.start, sentence.end);
        if (ON_PURPOSE.test(text)) continue;
        // The sentence also names this school: the two are named side by side on purpose.
        if (names.some((n) => n.start !== start && n.start >= sentence.start && n.end <= sentence.end && sameSchool(distinctive(n.name), own))) continue;
        if (!speaksOfItself(block, start, end)) continue;
        context.report({ messageId: 'other-school', at: block, from: start, to: end, data: { name: name.replace(/\s+/g, ' '), school } });
      }
    }
  },
});
