/**
 * The one module of facts about guidance: the built-in data (./data.ts), which edition is in force on a
 * date, and configuration overrides ("our authority counts KCSIE 2026 from 1 September 2026").
 */
import { formatDay } from '../model/dates.js';
import { ConfigError } from '../config.js';
import { defaultGuidanceData } from './data.js';
import type { Edition, Guidance, GuidanceDocument, SchoolWeekFact } from './types.js';

export type { Edition, Guidance, GuidanceDocument, SchoolWeekFact } from './types.js';
export { GUIDANCE_DATA_AS_OF, GUIDANCE_DATA_SOURCE } from './data.js';

/** An override's edition: the year, and whatever it adds or corrects. */
export type EditionOverride = Partial<Edition> & { year: number };

export interface GuidanceOverrides {
  /** By document id ("kcsie"); editions add to or correct the built-in ones by year. */
  documents?: Record<string, { editions?: EditionOverride[] }>;
  schoolWeek?: Partial<SchoolWeekFact>;
}

/** UTC midnight of a YYYY-MM-DD, or null. */
function isoDay(s: string | null | undefined): Date | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  const date = new Date(Date.UTC(y, mo, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo && date.getUTCDate() === d ? date : null;
}

/**
 * The edition in force on `asOf`: the latest VERIFIED edition whose in-force date is on or before it.
 * Editions without an in-force date, and unverified ones (a consultation draft), are never current.
 */
export function editionInForce(doc: GuidanceDocument, asOf: Date): Edition | undefined {
  let best: { edition: Edition; from: number } | undefined;
  for (const edition of doc.editions) {
    if (!edition.verified) continue;
    const from = isoDay(edition.inForce)?.getTime();
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
  const d = isoDay(edition.inForce);
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
  };
}

function checkEditionOverride(docId: string, e: EditionOverride): void {
  const where = `guidance.documents.${docId}.editions`;
  if (!e || typeof e !== 'object') throw new ConfigError(`${where}: each edition must be an object with a year.`);
  if (!Number.isInteger(e.year) || e.year < 1900 || e.year > 2199) {
    throw new ConfigError(`${where}: "year" must be a four-digit year, not ${JSON.stringify(e.year)}.`);
  }
  if (e.inForce !== undefined && e.inForce !== null && !isoDay(e.inForce)) {
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
