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
  /**
   * Names this document's subject went by before it was replaced under another name: an old title
   * ("Use of reasonable force", replaced by "Restrictive interventions, including use of reasonable
   * force, in schools") or a body the guidance abolished (the Local Safeguarding Children Board). None
   * where the document kept its title.
   */
  replacedNames?: ReplacedName[];
}

/** An old title (or body) that guidance replaced under another name, and what replaced it. */
export interface ReplacedName {
  /** 'title': an old title of the guidance; 'body': an organisation the guidance replaced (LSCB). */
  kind: 'title' | 'body';
  /** The old name as a message names it: "Use of reasonable force". */
  name: string;
  /**
   * Patterns that find the old name (case-insensitive, no capture groups needed, not global). They
   * must not match the name that replaced it ("Suspension and permanent exclusion from maintained
   * schools ..." is not the old "Exclusion from maintained schools ...").
   */
  patterns: RegExp[];
  /**
   * The old name is also ordinary words ("the use of reasonable force", "children in family and friends
   * care"): it counts as the old title only where the policy writes it as one (quoted, or beside
   * "guidance", "advice", "DfE" or a year). False where the words can only be the title.
   */
  plain: boolean;
  /** What replaced it, as a message names it: the new title, or the new arrangements in words. */
  replacement: string;
  /**
   * The year of this document's edition that replaced it. The old name is out of date from the in-force
   * day of that edition, or, where that edition has none, of the first later verified edition that has
   * one (never earlier than the data can show).
   */
  edition: number;
  sources: string[];
  notes?: string;
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
