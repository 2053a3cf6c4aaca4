/**
 * What kind of policy a document is, with the evidence: a school runs policy-lint over its whole policy
 * folder, and a check that demands something be present (a named designated teacher) only makes sense
 * in the kinds of policy that must have it.
 *
 * The title decides when it names a kind ("Children Looked After Policy", "Behaviour and Exclusions
 * Policy"): a policy's title is what the school says the document is. Failing that, the document's
 * vocabulary decides, but only when one kind clearly leads; otherwise the kind is 'unknown', and rules
 * report no absence (they stay quiet rather than guess).
 */
import type { Block, PolicyKind, PolicyKindJudgement } from './types.js';
import { wordCount } from './text.js';

/** The kinds of school policy policy-lint tells apart, in the order documentation lists them. */
export const POLICY_KINDS = [
  'looked-after',
  'designated-teacher',
  'social-worker',
  'kinship-care',
  'safeguarding',
  'behaviour',
  'exclusion',
  'alternative-provision',
  'attendance',
  'send',
  'other',
] as const satisfies readonly PolicyKind[];

/** Each kind in words, for reports. */
export const KIND_TITLES: Record<PolicyKind | 'unknown', string> = {
  'looked-after': 'Looked-after children policy',
  'designated-teacher': 'Designated teacher policy',
  'social-worker': 'Children with a social worker policy',
  'kinship-care': 'Kinship care policy',
  safeguarding: 'Safeguarding policy',
  behaviour: 'Behaviour policy',
  exclusion: 'Suspension and exclusion policy',
  'alternative-provision': 'Alternative provision policy',
  attendance: 'Attendance policy',
  send: 'SEND policy',
  other: 'Other policy',
  unknown: 'Kind of policy unclear',
};

/** The policies about looked-after and previously looked-after children and their designated teacher. */
export const LOOKED_AFTER_KINDS: readonly PolicyKind[] = ['looked-after', 'designated-teacher', 'social-worker', 'kinship-care'];

/**
 * Title words for each kind (not 'other'): words without case, acronyms with it (so "send a letter"
 * is not SEND, nor "Clarendon" CLA).
 */
const TITLE_PATTERNS: ReadonlyArray<[PolicyKind, RegExp]> = [
  ['kinship-care', /\bkinship\b|\bfamily and friends care\b/i],
  ['social-worker', /\bsocial\s*workers?\b|\bchild(?:ren)? in need\b/i],
  ['designated-teacher', /\bdesignated\s*teachers?\b/i],
  [
    'looked-after',
    /\blooked[\s-]*after\b|\bchildren in care\b|\bin public care\b|\bcared[\s-]+for\s+child|\bcare[\s-]experienced\b|\bcare leavers?\b|\bcorporate parent/i,
  ],
  ['looked-after', /\b(?:P-?)?LAC\b|\bP?CLA\b|\bPLAC?\b|\bCiC\b|\bCIC\b|\bP?CfC\b/],
  ['safeguarding', /\bsafeguarding\b|\bchild protection\b|\bkeeping children safe\b/i],
  ['exclusion', /\bexclu(?:sion|ding)s?\b|\bsuspensions?\b/i],
  ['behaviour', /\bbehaviou?r(?:al)?\b|\banti[\s-]?bullying\b|\bdiscipline\b|\bpositive relationships\b/i],
  ['alternative-provision', /\balternative provision\b|\boff[\s-]site (?:direction|provision)\b/i],
  ['attendance', /\battendance\b|\babsence\b|\bpunctuality\b|\bchildren missing education\b/i],
  ['send', /\bspecial educational needs?\b|\blearning difficult/i],
  ['send', /\bSEND\b|\bSEN\b|\bSENCO\b/],
];

/** "Pupil Premium Policy", "Policy on Charging": a line that names a policy (not "Policy details"). */
const NAMED_POLICY = /^(?:[\w'\u2019&,-]+\s+){1,6}polic(?:y|ies)\b|^polic(?:y|ies)\s+(?:on|for)\s+\w/i;

/** Words that name no topic before "policy": "General Policy Statement", "Care Guidance and Support Policies". */
const GENERIC_TITLE_WORDS = new Set([
  'the', 'a', 'an', 'our', 'this', 'school', "school's", 'general', 'model', 'whole', 'trust', 'academy', 'and', 'of',
  'for', 'on', 'to', 'care', 'guidance', 'support', 'statutory', 'draft', 'new', 'updated', 'revised', 'full', 'main',
]);

/** Whether a title names a topic before "policy": "Pupil Premium Policy" does, "The Policy" does not. */
function namesATopic(title: string): boolean {
  const before = title.slice(0, title.search(/polic(?:y|ies)/i));
  return before
    .toLowerCase()
    .split(/[^a-z'\u2019-]+/)
    .some((w) => w.length > 1 && !GENERIC_TITLE_WORDS.has(w));
}

/** Words that make a short line read as a document title. */
const TITLE_WORD = /\bpolic(?:y|ies)\b|\bprocedures?\b|\bstatement\b|\bguidance\b|\bprotocol\b/i;

/** Vocabulary counted when the title says nothing: each hit is one point for its kind. */
const VOCABULARY: ReadonlyArray<[PolicyKind, RegExp]> = [
  [
    'looked-after',
    /\blooked[\s-]*after\b|\bvirtual school\b|\bpersonal education plans?\b|\bdesignated teacher\b|\bpupil premium plus\b|\bspecial guardianship\b|\bcorporate parent/gi,
  ],
  ['looked-after', /\b(?:P-?)?LAC\b|\bP?CLA\b|\bPLAC?\b|\bPEPs?\b/g],
  ['safeguarding', /\bsafeguarding\b|\bchild protection\b|\babuse\b|\bneglect\b|\bkeeping children safe\b/gi],
  ['safeguarding', /\bDSL\b|\bLADO\b|\bKCSi?E\b|\bKCSIE\b/g],
  ['behaviour', /\bbehaviou?r\b|\bsanctions?\b|\brewards?\b|\bdetentions?\b|\bbullying\b/gi],
  ['exclusion', /\bexclu(?:sion|ded|de)s?\b|\bsuspen(?:sion|ded|d)s?\b|\bindependent review panel\b/gi],
  ['attendance', /\battendance\b|\babsences?\b|\bpunctuality\b|\bunauthori[sz]ed\b|\bpenalty notices?\b|\blateness\b/gi],
  ['send', /\beducation,? health and care plans?\b|\bspecial educational needs?\b/gi],
  ['send', /\bSENDCo\b|\bSENCO\b|\bSENCo\b|\bSEND?\b|\bEHC ?Ps?\b/g],
  ['alternative-provision', /\balternative provision\b/gi],
];

/** A possible title: a block near the top, without the policies it points to. */
interface TitleCandidate {
  text: string;
}

/** Lines near the top that may be the title: the first line, the first heading, short lines that say "policy". */
function titleCandidates(blocks: Block[]): TitleCandidate[] {
  const out: TitleCandidate[] = [];
  let heading = false;
  let first = false;
  for (const block of blocks.slice(0, 30)) {
    // The title is near the top, after at most a cover's contact list.
    if (block.start > 4000) break;
    if (block.kind === 'code' || block.kind === 'html') continue;
    const text = ownTitle(block.text).trim();
    if (!text) continue;
    // A title is a line, not a sentence of the policy's body.
    const words = wordCount(text);
    // (A trailing "..." or "…" is a cut, not the end of a sentence.)
    const sentenceLike = /[.!?]\s+[A-Z]/.test(text) || (/[^.]\.$/.test(text) && words > 8);
    const isFirst = !first;
    first = true;
    const isFirstHeading = block.kind === 'heading' && !heading;
    if (block.kind === 'heading') heading = true;
    if (words > 40 || sentenceLike) continue;
    if (isFirst || isFirstHeading || TITLE_WORD.test(text)) out.push({ text });
  }
  return out;
}

/** The kinds a title names, in the order its words name them. */
export function kindsInTitle(title: string): PolicyKind[] {
  const found: Array<[number, PolicyKind]> = [];
  for (const [kind, re] of TITLE_PATTERNS) {
    const m = re.exec(title);
    if (m) found.push([m.index, kind]);
  }
  found.sort((a, b) => a[0] - b[0]);
  return [...new Set(found.map(([, kind]) => kind))];
}

/** A title without the policies it points to: "Children Looked After Policy See also: Child Protection Policy …". */
function ownTitle(text: string): string {
  const cut = /\b(?:see also|read (?:in conjunction|alongside|with)|related polic|linked polic|this policy should be read)/i.exec(text);
  return cut ? text.slice(0, cut.index) : text;
}

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `"${flat.length > 80 ? `${flat.slice(0, 79)}\u2026` : flat}"`;
}

/** Decides the kind of a policy from its blocks. */
export function classifyPolicy(blocks: Block[]): PolicyKindJudgement {
  const candidates = titleCandidates(blocks);
  // A line that calls itself a policy is the title before a strapline above it ("Safeguarding children
  // is everyone's responsibility" over "Looked after Children Policy").
  const ordered = [...candidates.filter((b) => TITLE_WORD.test(b.text)), ...candidates.filter((b) => !TITLE_WORD.test(b.text))];
  for (const { text } of ordered) {
    const kinds = kindsInTitle(text);
    if (kinds.length > 0) return { kind: kinds[0], kinds, source: 'title', evidence: `title ${quote(text)}` };
  }

  // A short title that calls itself a policy of a kind we have no words for ("Pupil Premium Policy",
  // "Charging and Remissions Policy") is that other kind, however often it speaks of looked-after children.
  const named = candidates.find((c) => NAMED_POLICY.test(c.text) && wordCount(c.text) <= 8 && namesATopic(c.text));
  if (named) return { kind: 'other', kinds: ['other'], source: 'title', evidence: `title ${quote(named.text)}` };

  // No title names a kind: count the vocabulary, and decide only when one kind clearly leads.
  const scores = new Map<PolicyKind, number>();
  for (const block of blocks) {
    if (block.kind === 'code' || block.kind === 'html') continue;
    for (const [kind, re] of VOCABULARY) {
      re.lastIndex = 0;
      let n = 0;
      while (re.exec(block.text) !== null) n++;
      if (n) scores.set(kind, (scores.get(kind) ?? 0) + n);
    }
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (top && top[1] >= 6 && top[1] >= 2 * (second?.[1] ?? 0)) {
    const rest = second ? `, next ${second[0]} ${second[1]}` : '';
    return { kind: top[0], kinds: [top[0]], source: 'vocabulary', evidence: `vocabulary (${top[0]} ${top[1]} mentions${rest})` };
  }
  // A titled policy of a kind we have no words for ("Charging and Remissions Policy").
  const titled = candidates.find((b) => /\bpolicy\b/i.test(b.text) && !/^policy\b/i.test(b.text.trim()));
  if (titled) return { kind: 'other', kinds: ['other'], source: 'title', evidence: `title ${quote(titled.text)}` };
  return { kind: 'unknown', kinds: [], source: 'none', evidence: ranked.length ? 'no title names a kind, and no kind of vocabulary clearly leads' : 'no title or vocabulary names a kind' };
}

/** Whether a judged document is one of `kinds` (never, when its kind is unknown). */
export function isKindOf(judgement: PolicyKindJudgement, kinds: readonly PolicyKind[]): boolean {
  return judgement.kinds.some((k) => kinds.includes(k));
}
