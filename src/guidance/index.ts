/**
 * The one module of facts about guidance: the built-in data (./data.ts), which edition is in force on a
 * date, configuration overrides ("our authority counts KCSIE 2027 from 1 September 2027"), and how old
 * the built-in facts are on a run's as-of date (guidanceStaleness).
 */
import { formatDay, parseIsoDate } from '../common/days.js';
import { ConfigError } from '../config.js';
import { defaultGuidanceData, GUIDANCE_DATA_AS_OF } from './data.js';
import type { Edition, Guidance, GuidanceDocument, ReplacedName, SchoolWeekFact } from './types.js';

export type { Edition, Guidance, GuidanceDocument, ReplacedName, SchoolWeekFact } from './types.js';
export { GUIDANCE_DATA_AS_OF, GUIDANCE_DATA_SOURCE } from './data.js';

/** An override's edition: the year, and whatever it adds or corrects. */
export type EditionOverride = Partial<Edition> & { year: number };

export interface GuidanceOverrides {
  /** By document id ("kcsie"); editions add to or correct the built-in ones by year. */
  documents?: Record<string, { editions?: EditionOverride[] }>;
  schoolWeek?: Partial<SchoolWeekFact>;
}

/**
 * The edition in force on `asOf`: the latest VERIFIED edition whose in-force date is on or before it.
 * Editions without an in-force date, and unverified ones (a consultation draft), are never current.
 */
export function editionInForce(doc: GuidanceDocument, asOf: Date): Edition | undefined {
  let best: { edition: Edition; from: number } | undefined;
  for (const edition of doc.editions) {
    if (!edition.verified) continue;
    const from = parseIsoDate(edition.inForce)?.getTime();
    if (from === undefined || from > asOf.getTime()) continue;
    if (!best || from > best.from || (from === best.from && edition.year > best.edition.year)) best = { edition, from };
  }
  return best?.edition;
}

/** The edition a policy cites by `year` ("KCSIE 2024" -> 2024), verified or not. */
export function findEdition(doc: GuidanceDocument, year: number): Edition | undefined {
  return doc.editions.find((e) => e.year === year);
}

/** The in-force date as a message writes it: "1 September 2025" ("an unknown date" where there is none). */
export function formatInForce(edition: Edition): string {
  const d = parseIsoDate(edition.inForce);
  if (!d) return 'an unknown date';
  return formatDay(d);
}

function copyRegExp(re: RegExp): RegExp {
  return new RegExp(re.source, re.flags);
}

function copyEdition(e: Edition): Edition {
  return { ...e, sources: [...e.sources] };
}

function copyDocument(doc: GuidanceDocument): GuidanceDocument {
  return {
    ...doc,
    mentionPatterns: doc.mentionPatterns.map(copyRegExp),
    urlPatterns: doc.urlPatterns.map(copyRegExp),
    editions: doc.editions.map(copyEdition),
    ...(doc.replacedNames ? { replacedNames: doc.replacedNames.map(copyReplacedName) } : {}),
  };
}

function copyReplacedName(r: ReplacedName): ReplacedName {
  return { ...r, patterns: r.patterns.map(copyRegExp), sources: [...r.sources] };
}

function checkEditionOverride(docId: string, e: EditionOverride): void {
  const where = `guidance.documents.${docId}.editions`;
  if (!e || typeof e !== 'object') throw new ConfigError(`${where}: each edition must be an object with a year.`);
  if (!Number.isInteger(e.year) || e.year < 1900 || e.year > 2199) {
    throw new ConfigError(`${where}: "year" must be a four-digit year, not ${JSON.stringify(e.year)}.`);
  }
  if (e.inForce !== undefined && e.inForce !== null && !parseIsoDate(e.inForce)) {
    throw new ConfigError(`${where} (${e.year}): "inForce" must be a real date written YYYY-MM-DD, not ${JSON.stringify(e.inForce)}.`);
  }
  if (e.sources !== undefined && (!Array.isArray(e.sources) || e.sources.some((s) => typeof s !== 'string'))) {
    throw new ConfigError(`${where} (${e.year}): "sources" must be a list of strings.`);
  }
}

/**
 * Guidance with configuration overrides applied. Returns a new object and never changes `base`.
 * An override edition adds to the document's editions or corrects the one with the same year; it counts
 * as verified unless it says `verified: false` (an authority that adds KCSIE 2026 in its configuration
 * means it). A new edition without a label gets "<short name> <year>"; without sources, "configuration"
 * (a corrected one keeps its sources and adds "configuration").
 */
export function mergeGuidance(base: Guidance, overrides: GuidanceOverrides): Guidance {
  const documents: Record<string, GuidanceDocument> = {};
  for (const [id, doc] of Object.entries(base.documents)) documents[id] = copyDocument(doc);

  for (const [id, override] of Object.entries(overrides.documents ?? {})) {
    const doc = documents[id];
    if (!doc) {
      throw new ConfigError(`guidance.documents: no guidance document "${id}"; known documents: ${Object.keys(documents).join(', ')}.`);
    }
    for (const e of override?.editions ?? []) {
      checkEditionOverride(id, e);
      const i = doc.editions.findIndex((x) => x.year === e.year);
      const old = i >= 0 ? doc.editions[i] : undefined;
      const merged: Edition = {
        year: e.year,
        label: e.label ?? old?.label ?? `${doc.shortName} ${e.year}`,
        inForce: e.inForce !== undefined ? e.inForce : (old?.inForce ?? null),
        verified: e.verified ?? true,
        sources: e.sources && e.sources.length > 0 ? [...e.sources] : [...(old?.sources ?? []), 'configuration'],
        notes: e.notes ?? (old ? `Changed by configuration.${old.notes ? ` Built-in note: ${old.notes}` : ''}` : 'Added by configuration.'),
      };
      if (i >= 0) doc.editions[i] = merged;
      else doc.editions.push(merged);
    }
  }
  for (const doc of Object.values(documents)) doc.editions.sort((a, b) => a.year - b.year);

  const schoolWeek: SchoolWeekFact = { ...base.schoolWeek, ...(overrides.schoolWeek ?? {}) };
  schoolWeek.sources = [...(overrides.schoolWeek?.sources ?? base.schoolWeek.sources)];
  return { documents, schoolWeek };
}

function deepFreeze<T>(value: T): T {
  // RegExps stay unfrozen: a global RegExp's lastIndex must stay writable.
  if (value && typeof value === 'object' && !(value instanceof RegExp) && !Object.isFrozen(value)) {
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** The built-in facts (read-only: use mergeGuidance for a changed copy). */
export const defaultGuidance: Guidance = deepFreeze(mergeGuidance(defaultGuidanceData, {}));

/** The built-in facts count as stale when the as-of date is more than this many months after they were checked. */
export const GUIDANCE_STALE_AFTER_MONTHS = 6;

/** How old the built-in guidance facts are on a run's as-of date (see guidanceStaleness). */
export interface GuidanceStaleness {
  /** The day the built-in data was last checked against the research (GUIDANCE_DATA_AS_OF), YYYY-MM-DD. */
  checked: string;
  /** The run's as-of date, YYYY-MM-DD. */
  asOf: string;
  /** Whole calendar months from `checked` to `asOf` (0 when `asOf` is earlier). */
  months: number;
  /** `asOf` is more than GUIDANCE_STALE_AFTER_MONTHS months after `checked`: editions published since may be missing. */
  stale: boolean;
}

/** `date` plus `n` calendar months; the day is kept, or the month's last day where it has fewer (31 August + 6 = 28/29 February). */
function addMonths(date: Date, n: number): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + n;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(date.getUTCDate(), last)));
}

function isoOf(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * Whether the tool's own knowledge is out of date on `asOf` (a Date or YYYY-MM-DD): the built-in facts
 * were checked on `checked` (default GUIDANCE_DATA_AS_OF), and DfE may have published editions since.
 * Stale when `asOf` is more than six months later (checked 2026-12-01: stale from 2027-06-02). The CLI,
 * the json-with-metadata and HTML formatters and the programmatic API all use this one function.
 */
export function guidanceStaleness(asOf: Date | string, checked: string = GUIDANCE_DATA_AS_OF): GuidanceStaleness {
  const day = typeof asOf === 'string' ? parseIsoDate(asOf) : Number.isNaN(asOf.getTime()) ? null : new Date(Date.UTC(asOf.getUTCFullYear(), asOf.getUTCMonth(), asOf.getUTCDate()));
  if (!day) throw new ConfigError(`The "as of" date must be a real date written YYYY-MM-DD, not ${JSON.stringify(typeof asOf === 'string' ? asOf : String(asOf))}.`);
  const from = parseIsoDate(checked);
  if (!from) throw new Error(`guidance data: the checked date ${JSON.stringify(checked)} is not a YYYY-MM-DD day`);
  let months = 0;
  while (addMonths(from, months + 1).getTime() <= day.getTime()) months++;
  return {
    checked: isoOf(from),
    asOf: isoOf(day),
    months,
    stale: day.getTime() > addMonths(from, GUIDANCE_STALE_AFTER_MONTHS).getTime(),
  };
}

/**
 * The one-line notice for stale knowledge (undefined when it is not stale): how old the facts are and how
 * to add an edition by configuration (`knowledge.editions`, which mergeGuidance applies).
 */
export function guidanceStalenessNotice(s: GuidanceStaleness): string | undefined {
  if (!s.stale) return undefined;
  const from = parseIsoDate(s.checked) as Date;
  const to = parseIsoDate(s.asOf) as Date;
  const exact = addMonths(from, s.months).getTime() === to.getTime();
  return (
    `policy-lint's guidance facts were last checked on ${formatDay(from)}, ${exact ? '' : 'more than '}${s.months} months before the as-of date (${formatDay(to)}): ` +
    'an edition published since then is unknown to it, so a policy citing the edition it replaced is not reported. ' +
    'Update policy-lint, or add the edition in a config file under knowledge.editions, e.g. ' +
    'knowledge: { editions: { kcsie: [{ year: YYYY, inForce: "YYYY-MM-DD" }] } } ' +
    '(policy-lint --print-guidance lists the guidance ids and the editions it knows).'
  );
}
