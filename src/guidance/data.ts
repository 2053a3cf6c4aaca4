/**
 * Facts about the guidance that school policies for looked-after children cite: editions with their
 * in-force dates, and the expected length of the school week. The single home of these facts: rules
 * never hard-code a year or a number of hours.
 *
 * Where the data came from: the research file shared/reference/guidance-facts.json, copied into this
 * module (written out once with a small script, then read through; the JSON is not read at run time).
 * First copied from its 2026-11-23 version; brought up to its revision of 2026-12-01 ("as_of": 2026-12-01,
 * meta.revision_2026_12_01) by diffing the two: KCSIE 2026 now verified in force from 1 September 2026;
 * Working Together to Safeguard Children 2026 (published 18 March 2026); four documents added (kinship
 * care statutory guidance 2024, mental health and behaviour in schools 2018, information sharing advice
 * 2024, non-school alternative provision standards 2025); the 2026 "edition" of Behaviour in schools
 * re-described as the separate mobile phones guidance. The research's method: public sources (gov.uk
 * pages and their update histories, legislation.gov.uk, local authority pages, law-firm and sector
 * summaries); its stored copies may lag the live web (newest gov.uk material seen: June 2026; newest
 * secondary: October 2026; anything DfE published July-November 2026 other than KCSIE 2026 may be
 * missing). Each edition keeps the sources the research gave for it (URLs, with the research's note in
 * brackets), and a comment with what the research said (edition, in force, confidence).
 *
 * How the research was turned into data:
 * - inForce is an ISO day where the research gives one. Where it gives only a month ("September 2018"),
 *   the first day of that month is used and the note says so; where it gives only a year, or nothing,
 *   inForce is null (such an edition is never "current").
 * - verified follows the research's confidence: false where it says UNVERIFIED / draft only, or gives no
 *   source or confidence at all. An unverified edition is never "current" (see editionInForce).
 * - mentionPatterns are the research's citation_patterns as JavaScript RegExps (case-insensitive), without
 *   the variants that capture a year (finding the year near a mention is the model's job) and without
 *   patterns that match a term rather than the document (each document says which were left out).
 * - urlPatterns (capture group 1 = edition year) are written for file names and link targets that carry a
 *   year, such as KCSIE_2022_revised.pdf and Behaviour_in_Schools_guidance_July_2022.pdf.
 * - replacedNames (titles replaced under another name, and the Local Safeguarding Children Board) come
 *   from the research's predecessor editions and their superseded_by, its edition notes and its checkable
 *   facts (terminology_suspension, reasonable_force, kcsie_terms, the AP and health-needs changes), each
 *   with the sources the research gave; their patterns match the old title and not the one that replaced
 *   it. The edition a name was replaced by is given by year, so the day it went out of date is that
 *   edition's in-force day (a rule never reports it earlier).
 * - Not carried over: the research's other checkable facts (Pupil Premium Plus rates and the like) and the list
 *   of primary legislation: no rule reads them yet.
 *
 * GUIDANCE_DATA_AS_OF is the day this data was last checked against the research. A run whose as-of
 * date is more than six months later says so (guidanceStaleness in ./index.ts).
 *
 * To add an edition (KCSIE 2027 once DfE publishes it): add it to its document in ./documents/, with its
 * sources, and move GUIDANCE_DATA_AS_OF; or let a school or authority add it in configuration
 * (`knowledge.editions` in a config file; mergeGuidance in ./index.ts).
 */
import type { Guidance, GuidanceDocument, SchoolWeekFact } from './types.js';
import { kcsie } from './documents/kcsie.js';
import { behaviourInSchools } from './documents/behaviour-in-schools.js';
import { suspensionExclusion } from './documents/suspension-exclusion.js';
import { workingTogetherSafeguard } from './documents/working-together-safeguard.js';
import { workingTogetherAttendance } from './documents/working-together-attendance.js';
import { sendCode } from './documents/send-code.js';
import { schoolAdmissionsCode } from './documents/school-admissions-code.js';
import { arrangingAlternativeProvision } from './documents/arranging-alternative-provision.js';
import { designatedTeacher } from './documents/designated-teacher.js';
import { promotingEducationLac } from './documents/promoting-education-lac.js';
import { vshCwswKinshipExtension } from './documents/vsh-cwsw-kinship-extension.js';
import { healthNeedsEducation } from './documents/health-needs-education.js';
import { childrenMissingEducation } from './documents/children-missing-education.js';
import { restrictiveInterventions } from './documents/restrictive-interventions.js';
import { rshe } from './documents/rshe.js';
import { lengthOfSchoolWeek } from './documents/length-of-school-week.js';
import { kinshipCareGuidance } from './documents/kinship-care-guidance.js';
import { mentalHealthBehaviour } from './documents/mental-health-behaviour.js';
import { informationSharing } from './documents/information-sharing.js';
import { nonSchoolApStandards } from './documents/non-school-ap-standards.js';

/** The research this data was copied from, and the day the data was last checked against it. */
export const GUIDANCE_DATA_SOURCE = 'shared/reference/guidance-facts.json';
export const GUIDANCE_DATA_AS_OF = '2026-12-01';

/** By document id, one module each under ./documents/ (in the order `--print-guidance` lists them). */
export const documents: Record<string, GuidanceDocument> = {
  kcsie,
  'behaviour-in-schools': behaviourInSchools,
  'suspension-exclusion': suspensionExclusion,
  'working-together-safeguard': workingTogetherSafeguard,
  'working-together-attendance': workingTogetherAttendance,
  'send-code': sendCode,
  'school-admissions-code': schoolAdmissionsCode,
  'arranging-alternative-provision': arrangingAlternativeProvision,
  'designated-teacher': designatedTeacher,
  'promoting-education-lac': promotingEducationLac,
  'vsh-cwsw-kinship-extension': vshCwswKinshipExtension,
  'health-needs-education': healthNeedsEducation,
  'children-missing-education': childrenMissingEducation,
  'restrictive-interventions': restrictiveInterventions,
  rshe,
  'length-of-school-week': lengthOfSchoolWeek,
  'kinship-care-guidance': kinshipCareGuidance,
  'mental-health-behaviour': mentalHealthBehaviour,
  'information-sharing': informationSharing,
  'non-school-ap-standards': nonSchoolApStandards,
};

/**
 * The expected length of the school week. The linter uses it as today's expected full-time week when it
 * reads the hours a policy gives for alternative provision, though no statutory AP hours figure exists.
 */
export const schoolWeek: SchoolWeekFact = {
  hours: 32.5,
  expectedFrom: '2024-09-01',
  originalTarget: '2023-09-01',
  statutory: false,
  summary:
    'A non-statutory minimum length of the school week: at least 32.5 hours, breaks included, for state-funded mainstream schools, ' +
    'expected by September 2024 at the latest (the Schools White Paper of March 2022 first set September 2023; the July 2023 ' +
    'guidance deferred it). There is no statutory number of hours that defines full-time education and no DfE hours figure for ' +
    'alternative provision (specialist settings, AP included, "should share the ambition"); the linter uses 32.5 hours as ' +
    "today's expected full-time week.",
  sources: [
    'https://themiracletech.com/latest/schools-said-the-learning-week-in-england-must-be-at-least-32-5-hours-long/ (White Paper 28 March 2022)',
    'https://edcentral.uk/ednews/schools/14502-government-delays-expectation-for-schools-in-england-to-run-32-5-hour-week (32.5h includes breaks)',
    "https://gov.uk/government/publications/length-of-the-school-week-minimum-expectation ('at least 32.5 hours by September 2024 at the latest')",
    'https://schoolsweek.co.uk/dfe-delays-32-5-hour-week-expectation-to-2024/ (2023-07-17)',
    'https://www.leadershipupdate-rbwm.co.uk/school-hours/',
    "https://lbhflearningpartnership.com/our_news/part-time-timetable-arrangements/ ('Specialist settings, including alternative provision providers, should share the ambition to extend and enrich the school week')",
  ],
};

export const defaultGuidanceData: Guidance = { documents, schoolWeek };
