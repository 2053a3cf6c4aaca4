/**
 * model-issue-current: a school's copy of a county model policy says which issue (or date) of the model
 * it is based on ("Issue No. 11", "based on Model Policy – September 2023 CSF4093"); the authority
 * states the current issue of each of its models in the configuration, and a copy based on an older one
 * is reported. Without configured models, the model given with --model is used at the issue its own cover
 * states; with neither, the rule reports nothing. A base is read only by the model's
 * name, with words that say it is a model (model, schedule, based on, taken from); a copy that states no
 * base, or one the rule cannot tie to a configured model, is not reported.
 */
import { defineRule, docsUrl, findDates, formatDateValue, type Block, type Comparison, type DateValue } from '../src/kit/index.js';

const ID = 'model-issue-current';

interface ModelSpec {
  id: string;
  name: string;
  title?: string;
  issue?: number;
  date?: string;
}

/** What the copy states of its base: an issue number or the model's date, and where. */
interface Stated {
  issue?: number;
  date?: DateValue;
  block: Block;
  from: number;
  to: number;
  /** The index of the block that names the model: statements with the same one belong together. */
  group: number;
}

/** Words that make a passage about a model policy (a county's "Model School Policy", its schedule number). */
const MODEL_WORDS = /\bmodel\b|\bschedule\b|\b(?:based|modelled)\s+(?:up)?on\b|\b(?:taken|adapted|derived)\s+from\b/i;
/** "Issue No. 11", "ISSUE 6", "Issue number: 13" (not "issues", not "issue 3 of 5"). */
const ISSUE = /\bissue\s*(?:no\b\.?|number\b|#)?\s*[:.]?\s*(\d{1,3})\b(?!\s*(?:\/|of\b))/gi;
/** A block that holds a publication fact: an issue number on its own, or a publication label. */
const PUBLICATION_LINE = /^\s*issue\s*(?:no\b\.?|number\b|#)?\s*[:.]?\s*\d{1,3}\s*$|\bpublication\b|\bpublished\b|\bschedule\b/i;
/** The words just before a date that make it the model's date: "dated", "PUBLICATION DATE:", "issued". */
const DATE_CUE = /(?:\bdated|\bpublication\s+date|\bdate\s+of\s+(?:publication|issue)|\bpublished|\bissue\s+date|\bissued)\b[\s:.,\-\u2013\u2014]*(?:(?:in|on|of)\s+)?$/i;
/** A date right after the model's name: "Model Policy – September 2023", "HERTS MODEL POLICY AUGUST 2015". */
const AFTER_MODEL = /\bmodel\b([^.;!?]{0,40})$/i;
/**
 * Between "model" and a date: words of another date ("review", "approved") or of another document ("the
 * DfE guidance of February 2018") make it not the model's.
 */
const OTHER_DATE_WORDS = /\b(?:review|approv|adopt|agreed|ratified|signed|guidance|regulation|statutory|edition|kcsie)|\b(?:next|due|until|from|dfe|act|code)\b/i;
const NEAR = 2;
const SHORT = 300;

export default defineRule({
  meta: {
    id: ID,
    title: 'County model issue current',
    description:
      "A copy of a county model policy is based on the model's current issue (the models and their current issues come from the authority's configuration; none configured, nothing is reported).",
    docs: docsUrl(ID),
    // The adviser's pack (policy-lint:adviser), off by default: see README, "Presets".
    recommended: false,
    defaultSeverity: 'warn',
    messages: {
      older: {
        message: 'The policy is based on {{stated}} of {{model}}; the current issue is {{current}}.',
        reason:
          'The policy says it was taken from {{stated}} of {{model}}. The authority has issued {{current}} since; each issue brings the model into line with new guidance and duties, so a copy of an older one may miss what has changed.',
        action: 'Compare the policy with {{current}} of {{model}} and update it, then record the issue it is now based on',
        basis: "the authority's current issue of its model policy, as configured",
      },
    },
    schema: {
      type: 'object',
      properties: {
        models: {
          type: 'array',
          default: [],
          items: {
            type: 'object',
            required: ['id', 'name'],
            anyOf: [{ required: ['issue'] }, { required: ['date'] }],
            properties: {
              id: { type: 'string', minLength: 1 },
              name: { type: 'string', minLength: 1 },
              title: { type: 'string', minLength: 1 },
              issue: { type: 'integer', minimum: 1 },
              date: { type: 'string', pattern: '^\\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01]))?$' },
            },
            additionalProperties: false,
          },
        },
      },
      additionalProperties: false,
    },
  },
  check(context) {
    const configured = context.options.models as ModelSpec[];
    // With --model and no configured models: the model given, at the issue its own cover states.
    const given = configured.length === 0 ? modelOnCover(context.comparison) : undefined;
    const models = given ? [given] : configured;
    const blocks = context.model.blocks;
    for (const model of models) {
      const stated = statedBases(blocks, nameOf(model.name));
      const current = currentOf(model);
      const label = model.title ?? model.id;
      const issues = stated.filter((s) => s.issue !== undefined);
      if (model.issue !== undefined && issues.length > 0) {
        // The newest issue the copy states governs (a cover kept from a newer issue and an old footer).
        const newest = issues.reduce((a, b) => (b.issue! > a.issue! ? b : a));
        if (newest.issue! < model.issue) {
          const date = stated.find((s) => s.date && s.group === newest.group)?.date;
          const what = `issue ${newest.issue}${date ? ` (${formatDateValue(date)})` : ''}`;
          context.report({ messageId: 'older', at: newest.block, from: newest.from, to: newest.to, data: { stated: what, model: label, current: current.text } });
        }
        continue;
      }
      const dates = stated.filter((s) => s.date !== undefined);
      if (!current.date || dates.length === 0) continue;
      const newest = dates.reduce((a, b) => (b.date!.end > a.date!.end ? b : a));
      if (newest.date!.end < current.date) {
        const what = `the ${formatDateValue(newest.date!)} issue`;
        context.report({ messageId: 'older', at: newest.block, from: newest.from, to: newest.to, data: { stated: what, model: label, current: current.text } });
      }
    }
  },
});

/**
 * The model given with --model, as a configured model would be: the issue its cover states ("Issue No.
 * 13" on a publication line), named by the word "model" in the copy. Undefined without a model, or when
 * its cover states no issue.
 */
function modelOnCover(comparison: Comparison | null): ModelSpec | undefined {
  if (!comparison) return undefined;
  let issue: number | undefined;
  for (const p of comparison.reference.paragraphs) {
    if (!PUBLICATION_LINE.test(p.text) && !/^\s*issue\b/i.test(p.text)) continue;
    for (const m of p.text.matchAll(ISSUE)) issue = Math.max(issue ?? 0, Number(m[1]));
  }
  if (issue === undefined) return undefined;
  const file = comparison.reference.filePath.split(/[\\/]/).pop() ?? 'the model';
  return { id: 'model', name: '\\bmodel\\b', issue, title: `the model policy given with --model (${file})` };
}

/** The model's name as a case-insensitive pattern; a name that is not a valid expression is taken literally. */
function nameOf(source: string): RegExp {
  try {
    return new RegExp(source, 'i');
  } catch {
    return new RegExp(source.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
  }
}

/** The configured current issue: its first day, and how a message names it ("issue 13 (September 2024)"). */
function currentOf(model: ModelSpec): { date?: Date; text: string } {
  let date: Date | undefined;
  let when: string | undefined;
  if (model.date) {
    const [y, m, d] = model.date.split('-').map(Number);
    date = new Date(Date.UTC(y, m - 1, d ?? 1));
    when = formatDateValue({ start: date, end: date, precision: d ? 'day' : 'month', text: model.date, index: 0 });
  }
  if (model.issue !== undefined) return { date, text: `issue ${model.issue}${when ? ` (${when})` : ''}` };
  return { date, text: `the ${when} issue` };
}

/**
 * Every base the copy states of the model named by `name`: in the block that names it and the short
 * blocks next to it (a header table's rows, an "Issue No. 11" line under the credit), when the passage
 * says it is a model. Issue numbers in the naming block, or in a neighbour that is an issue line or a
 * publication row; dates that the words before them make the model's ("dated August 2022",
 * "PUBLICATION DATE: September 2024", "Model Policy – September 2023"), never a review or approval date.
 */
function statedBases(blocks: Block[], name: RegExp): Stated[] {
  const out: Stated[] = [];
  const seen = new Set<string>();
  const add = (s: Stated) => {
    const key = `${s.block.index}:${s.from}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(s);
  };
  for (const block of blocks) {
    if (!name.test(block.text)) continue;
    const region = regionAround(blocks, block.index);
    if (!region.some((b) => MODEL_WORDS.test(b.text))) continue;
    for (const b of region) {
      if (b === block || PUBLICATION_LINE.test(b.text)) {
        for (const m of b.text.matchAll(ISSUE)) add({ issue: Number(m[1]), block: b, from: m.index, to: m.index + m[0].length, group: block.index });
      }
      for (const d of findDates(b.text)) {
        if (isModelDate(b.text, d)) add({ date: d, block: b, from: d.index, to: d.index + d.text.length, group: block.index });
      }
    }
  }
  return out;
}

/** The naming block and its short neighbours, up to NEAR blocks either side (stopping at a long one). */
function regionAround(blocks: Block[], at: number): Block[] {
  const region = [blocks[at]];
  for (const step of [-1, 1]) {
    for (let i = at + step; i >= 0 && i < blocks.length && Math.abs(i - at) <= NEAR; i += step) {
      if (blocks[i].text.length > SHORT) break;
      region.push(blocks[i]);
    }
  }
  return region;
}

/** Whether the words before a date make it the model's date. */
function isModelDate(text: string, date: DateValue): boolean {
  const before = text.slice(Math.max(0, date.index - 120), date.index);
  if (DATE_CUE.test(before)) return true;
  const m = AFTER_MODEL.exec(before);
  return m !== null && !OTHER_DATE_WORDS.test(m[1]);
}
