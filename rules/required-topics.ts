/**
 * required-topics: for each kind of policy, the topics a Virtual School adviser expects it to cover,
 * each with the evidence phrases that satisfy it, as data the authority can edit through the options.
 * One finding per topic the policy never mentions, at the document. A topic whose expectation began on
 * a date (kinship care, from the virtual school head's role extension) is not expected before that date,
 * and a policy dated before it is still reported, with that said. Short documents (an extract, a web
 * page, the opening of a longer file) are not judged: a topic missing from them says nothing.
 */
import { defineRule, docsUrl, findEdition, formatDateValue, formatDay, isModelPublicationDate, parseIsoDate, POLICY_KINDS, wordCount } from '../src/kit/index.js';
import type { Block, PolicyKind, RuleContext } from '../src/kit/index.js';

const ID = 'required-topics';

/** A topic's evidence: a regular expression source, or several that must all be found in one place. */
type Evidence = string | string[];
interface Since {
  guidance?: string;
  edition?: number;
  date?: string;
}
interface Topic {
  id: string;
  title: string;
  evidence: Evidence[];
  lookedFor?: string;
  why?: string;
  since?: Since;
}

/** Words for looked-after and previously looked-after children, as policies write them. */
const LAC = "looked[- ]after|\\bP?CLA\\b|\\bP?LAC\\b|\\bCPLA\\b|children in care|\\bCiC\\b|previously";
const VIRTUAL_SCHOOL = '\\bvirtual schools?\\b|\\bVSH\\b|\\bvirtual head';

const PEP: Topic = {
  id: 'pep',
  title: 'the personal education plan (PEP)',
  lookedFor: '"personal education plan" or "PEP"',
  why: "Every looked-after child must have a personal education plan, and the designated teacher leads the school's part in it; the policy should say how the school contributes to it and reviews it.",
  evidence: ['personal education plan', '\\b(?:e-?)?PEPs?\\b'],
};
const PUPIL_PREMIUM_PLUS: Topic = {
  id: 'pupil-premium-plus',
  title: 'Pupil Premium Plus',
  lookedFor: '"Pupil Premium Plus", "PP+", or pupil premium with looked-after children',
  why: 'Pupil Premium Plus is extra funding for looked-after and previously looked-after children; the policy should say how the school uses it and agrees its use with the virtual school head.',
  evidence: [
    'pupil premium\\s*(?:grant\\s*)?(?:\\(\\s*)?(?:plus|\\+)',
    '\\bPPG?\\s?(?:\\+|plus\\b)',
    '(?:\\bLAC|\\bCLA|looked[- ]after(?: children)?|\\bcare) premium',
    ['pupil premium|\\bPPG?\\b', LAC],
  ],
};
const VIRTUAL_SCHOOL_HEAD: Topic = {
  id: 'virtual-school-head',
  title: 'the virtual school head',
  lookedFor: '"virtual school", "virtual school head" or "VSH"',
  why: "The virtual school head promotes the education of the authority's looked-after children and advises on previously looked-after children and children with a social worker; the policy should say how the school works with the virtual school.",
  evidence: [VIRTUAL_SCHOOL],
};
const ADMISSIONS_PRIORITY: Topic = {
  id: 'admissions-priority',
  title: 'admissions priority for looked-after and previously looked-after children',
  lookedFor: 'admission(s) with priority or oversubscription, or the School Admissions Code',
  why: 'The School Admissions Code gives looked-after and previously looked-after children the highest priority for a place; the policy should say so and how the school admits them quickly.',
  evidence: [
    'oversubscri',
    'admissions? code',
    'admission of looked[- ]after',
    ['admissions?\\b|\\badmitt?(?:ed|ing)?\\b', 'priorit'],
    ['admissions? (?:policy|policies|arrangements|criteria)', LAC],
  ],
};
const DT_TRAINING: Topic = {
  id: 'designated-teacher-training',
  title: "the designated teacher's training",
  lookedFor: 'the designated teacher with training or professional development',
  why: 'The designated teacher must have the training to do the role, and keep it up to date; the policy should say the governors make sure of it.',
  evidence: [
    [
      'designated teachers?|\\bDTs?\\b|designated (?:members? of )?staff',
      'train|\\bCPD\\b|professional development|\\bcourses?\\b|briefings?\\b|network meetings?|conferences?\\b|knowledge and skills|skills and knowledge',
    ],
  ],
};
const VIRTUAL_SCHOOL_BEFORE_EXCLUSION: Topic = {
  id: 'virtual-school-before-exclusion',
  title: 'involving the virtual school before a suspension or exclusion',
  lookedFor: 'the virtual school (or the VSH, the child\'s social worker or local authority) with suspension or exclusion',
  why: 'Where a looked-after child is at risk of suspension or permanent exclusion, the designated teacher should contact the virtual school head as soon as possible, so that it can be avoided; the policy should say so.',
  evidence: [[`${VIRTUAL_SCHOOL}|(?:child[\\u0027\\u2019]s|responsible|home) local authority|social workers?`, 'exclu|suspen|fixed[- ]term']],
};
const PREVIOUSLY_LOOKED_AFTER: Topic = {
  id: 'previously-looked-after',
  title: 'previously looked-after children',
  lookedFor: '"previously looked after", "PLAC" or the orders that end care (adoption, special guardianship, child arrangements)',
  why: 'Since 2018 the designated teacher and the virtual school also support children who left care through adoption, a special guardianship order or a child arrangements order; the policy should cover them.',
  evidence: [
    '(?:previously|formerly)[- ](?:looked[- ]after|LAC\\b|CLA\\b|cared[- ]for|in care)|ceased to be looked[- ]after|post[- ](?:looked[- ]after|LAC\\b)',
    '\\bP-?LAC?\\b|\\bCPLA\\b|\\bPCLA\\b|\\bPCfC\\b',
    '(?:adoption|special guardianship|child arrangements?|residence) orders?',
    'adopted from care',
  ],
};
const CHILDREN_WITH_A_SOCIAL_WORKER: Topic = {
  id: 'children-with-a-social-worker',
  title: 'children with a social worker',
  lookedFor: '"children with a social worker", children in need or a child protection plan',
  why: "Since 2021 the virtual school head's role extends to every child who has or has had a social worker (children in need, on a child protection plan); the policy should say how the school supports them.",
  evidence: [
    '\\b(?:child|children|pupils?|students?|young (?:people|person)|learners?)\\s+(?:who\\s+(?:have|has)\\s+(?:(?:or\\s+)?(?:have|has|had)\\s+){0,3}|with\\s+|known\\s+to\\s+(?:the\\s+)?(?:children[\\u0027\\u2019]s\\s+)?)(?:a\\s+)?social\\s+(?:workers?|care|services)\\b',
    '\\bchild(?:ren)? in need\\b|\\bCiN\\b|child protection plans?|\\bCP plans?\\b|\\bCWSW\\b|\\bCSW\\b',
  ],
};
const KINSHIP_CARE: Topic = {
  id: 'kinship-care',
  title: 'kinship care',
  lookedFor: '"kinship" or "family and friends care"',
  why: "Since September 2024 the virtual school head's role also covers children in kinship care (living with relatives or friends under a special guardianship or child arrangements order); the policy should cover them.",
  evidence: ['kinship', 'family and friends (?:care|carers?|foster)', 'connected (?:persons?|carers?)'],
  since: { guidance: 'vsh-cwsw-kinship-extension', edition: 2023 },
};

/** What an adviser expects, per kind of policy (kinds not listed expect nothing until configured). */
const DEFAULT_TOPICS: Partial<Record<PolicyKind, Topic[]>> = {
  'looked-after': [
    PEP,
    PUPIL_PREMIUM_PLUS,
    VIRTUAL_SCHOOL_HEAD,
    ADMISSIONS_PRIORITY,
    DT_TRAINING,
    VIRTUAL_SCHOOL_BEFORE_EXCLUSION,
    PREVIOUSLY_LOOKED_AFTER,
    CHILDREN_WITH_A_SOCIAL_WORKER,
    KINSHIP_CARE,
  ],
  'designated-teacher': [PEP, PUPIL_PREMIUM_PLUS, VIRTUAL_SCHOOL_HEAD, DT_TRAINING, VIRTUAL_SCHOOL_BEFORE_EXCLUSION, PREVIOUSLY_LOOKED_AFTER],
  'social-worker': [VIRTUAL_SCHOOL_HEAD, CHILDREN_WITH_A_SOCIAL_WORKER, KINSHIP_CARE],
  'kinship-care': [VIRTUAL_SCHOOL_HEAD, KINSHIP_CARE],
};

const DATE = '^\\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01]))?$';
const TOPIC_SCHEMA = {
  type: 'object',
  required: ['id', 'title', 'evidence'],
  properties: {
    id: { type: 'string', minLength: 1 },
    title: { type: 'string', minLength: 1 },
    evidence: {
      type: 'array',
      minItems: 1,
      items: { anyOf: [{ type: 'string', minLength: 1 }, { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } }] },
    },
    lookedFor: { type: 'string' },
    why: { type: 'string' },
    since: {
      type: 'object',
      properties: { guidance: { type: 'string' }, edition: { type: 'integer' }, date: { type: 'string', pattern: DATE } },
      additionalProperties: false,
    },
  },
  additionalProperties: false,
};
const TOPIC_LIST = { type: 'array', items: TOPIC_SCHEMA };
const KIND_PROPERTIES = (withDefaults: boolean) =>
  Object.fromEntries(POLICY_KINDS.map((k) => [k, withDefaults ? { ...TOPIC_LIST, default: DEFAULT_TOPICS[k] ?? [] } : TOPIC_LIST]));

const BASIS = "what a Virtual School adviser expects a policy of this kind to cover (the authority's topics, in the rule's options)";

export default defineRule({
  meta: {
    id: ID,
    title: 'Expected topics covered',
    description: 'The policy covers the topics an adviser expects of its kind (for a looked-after children policy: the PEP, Pupil Premium Plus, the virtual school head, admissions, …); the topics are data the authority can edit.',
    docs: docsUrl(ID),
    // The adviser's pack (policy-lint:adviser), off by default: see README, "Presets".
    recommended: false,
    defaultSeverity: 'warn',
    usesDate: true,
    // The topics are data: any kind may be given some. A kind without topics expects nothing, and a
    // document of unknown kind is never judged.
    requiredIn: POLICY_KINDS,
    messages: {
      missing: {
        message: 'The policy does not cover {{topic}}: no mention of {{lookedFor}} was found.',
        title: 'Topic not covered',
        reason: 'The policy says nothing about {{topic}}, which an adviser expects of this kind of policy. {{why}}',
        action: 'Add a section on {{topic}}',
        basis: BASIS,
      },
      'missing-since': {
        message: 'The policy does not cover {{topic}}, expected since {{since}} under the {{sinceWhat}}; the policy is dated {{policyDate}}, before that.',
        title: 'Topic not covered',
        reason: 'The policy says nothing about {{topic}}, which an adviser expects of this kind of policy. {{why}} The policy predates this expectation, so it must be updated.',
        action: 'Update the policy to cover {{topic}}',
        basis: BASIS,
      },
    },
    schema: {
      type: 'object',
      properties: {
        topics: {
          type: 'object',
          properties: KIND_PROPERTIES(true),
          additionalProperties: false,
          default: Object.fromEntries(POLICY_KINDS.map((k) => [k, DEFAULT_TOPICS[k] ?? []])),
        },
        addTopics: { type: 'object', properties: KIND_PROPERTIES(false), additionalProperties: false, default: {} },
        minWords: { type: 'integer', minimum: 0, default: 600 },
      },
      additionalProperties: false,
    },
  },
  check(context) {
    if (!context.required) return;
    const blocks = context.model.blocks;
    const words = blocks.reduce((n, b) => n + wordCount(b.text), 0);
    if (words < (context.options.minWords as number)) return;
    const topics = topicsFor(context);
    if (topics.length === 0) return;
    const whole = blocks.map((b) => b.text).join('\n');
    let places: string[] | undefined;
    let policyDate: { end: Date; text: string } | null | undefined;
    for (const topic of topics) {
      const since = sinceOf(context, topic.since);
      if (since && since.date > context.asOf) continue;
      const covered = topic.evidence.some((e) => {
        if (typeof e === 'string') return pattern(e).test(whole);
        places ??= placesOf(context);
        const res = e.map(pattern);
        return places.some((text) => res.every((re) => re.test(text)));
      });
      if (covered) continue;
      const data = { topic: topic.title, lookedFor: topic.lookedFor ?? topic.title, why: topic.why ?? `An adviser expects this policy to cover ${topic.title}.` };
      if (since) {
        if (policyDate === undefined) policyDate = ownDate(context);
        if (policyDate && policyDate.end < since.date) {
          context.report({ messageId: 'missing-since', at: 'document', data: { ...data, since: since.text, sinceWhat: since.what, policyDate: policyDate.text } });
          continue;
        }
      }
      context.report({ messageId: 'missing', at: 'document', data });
    }
  },
});

/**
 * The topics for the document's kinds: each kind's list (the options replace the default list of a kind
 * they name), then its added topics (one with the id of a topic already there replaces it); a topic
 * expected by two of its kinds counts once.
 */
function topicsFor(context: RuleContext): Topic[] {
  const lists = context.options.topics as Partial<Record<PolicyKind, Topic[]>>;
  const added = context.options.addTopics as Partial<Record<PolicyKind, Topic[]>>;
  const byId = new Map<string, Topic>();
  for (const kind of context.kind.kinds) {
    const own = new Map<string, Topic>();
    for (const t of lists[kind] ?? []) own.set(t.id, t);
    for (const t of added[kind] ?? []) own.set(t.id, t);
    for (const [id, t] of own) if (!byId.has(id)) byId.set(id, t);
  }
  return [...byId.values()];
}

const compiled = new Map<string, RegExp>();
/** An evidence source as a case-insensitive pattern; one that is not a valid expression is taken literally. */
function pattern(source: string): RegExp {
  let re = compiled.get(source);
  if (!re) {
    try {
      re = new RegExp(source, 'i');
    } catch {
      re = new RegExp(source.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
    }
    compiled.set(source, re);
  }
  return re;
}

/**
 * Where each block stands, for evidence that must be found together: its text, its section's title, the
 * sentence that leads into its list, and the item it sits under ("Role of the designated teacher" over
 * "attend training each year").
 */
function placesOf(context: RuleContext): string[] {
  const leadIns = new Map<Block, Block>();
  for (const list of context.model.lists) for (const item of list.items) if (!leadIns.has(item)) leadIns.set(item, list.leadIn);
  return context.model.blocks.map((block) => {
    const parts = [block.text, context.model.sections[block.section]?.title ?? ''];
    if (block.parent) parts.push(block.parent.text);
    const lead = leadIns.get(block);
    if (lead) parts.push(lead.text);
    return parts.join('\n');
  });
}

/** When a topic became expected: a date, or the in-force date of a guidance edition (from the guidance data). */
function sinceOf(context: RuleContext, since: Since | undefined): { date: Date; text: string; what: string } | null {
  if (!since) return null;
  if (since.date) {
    const [y, m, d] = since.date.split('-').map(Number);
    const date = new Date(Date.UTC(y, m - 1, d ?? 1));
    return { date, text: d ? formatDay(date) : formatDateValue({ start: date, end: date, precision: 'month', text: since.date, index: 0 }), what: "authority's topics" };
  }
  const doc = since.guidance ? context.guidance.documents[since.guidance] : undefined;
  const edition = doc && since.edition !== undefined ? findEdition(doc, since.edition) : undefined;
  const date = parseIsoDate(edition?.inForce);
  if (!doc || !edition || !date) return null;
  return { date, text: formatDay(date), what: edition.label };
}

/**
 * The policy's own latest date: approved, adopted, last reviewed, dated or published, not a county
 * model's publication date kept in the copy; null when it states none.
 */
function ownDate(context: RuleContext): { end: Date; text: string } | null {
  let best: { end: Date; text: string } | null = null;
  for (const d of context.model.dates) {
    if (d.role === 'next-review') continue;
    if (isModelPublicationDate(d, context.model.blocks)) continue;
    if (!best || d.value.end > best.end) best = { end: d.value.end, text: formatDateValue(d.value) };
  }
  return best;
}
