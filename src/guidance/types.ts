/**
 * Facts about the guidance that policies cite. The data lives in one module (./data.ts), built from
 * ../shared/reference/guidance-facts.json with each fact's sources; rules never hard-code a year or a
 * number of hours. Adding KCSIE 2026 is one entry in data.ts (or a config override), not a rule change.
 */

export interface Edition {
  /** The year a policy cites it by ("KCSIE 2024" -> 2024). */
  year: number;
  /** How to name it in a message: "KCSIE 2025". */
  label: string;
  /** ISO date (YYYY-MM-DD) from which it applies; null where no in-force date is known. */
  inForce: string | null;
  /** false where the research could not confirm it (then it never becomes "current"). */
  verified: boolean;
  sources: string[];
  notes?: string;
}

export interface GuidanceDocument {
  id: string;
  title: string;
  /** Short name used in messages ("KCSIE"). */
  shortName: string;
  /** statutory guidance, non-statutory advice, ... */
  status: string;
  /** The document's gov.uk page. */
  url: string;
  /**
   * Patterns that find a mention of the document in prose (case-insensitive, no capture groups
   * needed). A year near the mention is found by the model, not by these patterns.
   */
  mentionPatterns: RegExp[];
  /**
   * Patterns for a link target or file name; capture group 1 is the edition year
   * (e.g. /KCSIE[_\- ]?(20\d\d)/i for KCSIE_2022_revised.pdf).
   */
  urlPatterns: RegExp[];
  editions: Edition[];
}

/** The expected length of the school week (the figure alternative-provision hours are checked against). */
export interface SchoolWeekFact {
  /** Hours per week, breaks included. */
  hours: number;
  /** ISO date from which the expectation applies. */
  expectedFrom: string;
  /** The earlier target date that was deferred (policies still say "32.5 by September 2023"). */
  originalTarget: string;
  statutory: boolean;
  summary: string;
  sources: string[];
}

export interface Guidance {
  documents: Record<string, GuidanceDocument>;
  schoolWeek: SchoolWeekFact;
}
