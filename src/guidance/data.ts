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
 * - Not carried over: the research's checkable facts (Pupil Premium Plus rates and the like) and the list
 *   of primary legislation: no rule reads them yet.
 *
 * GUIDANCE_DATA_AS_OF is the day this data was last checked against the research. A run whose as-of
 * date is more than six months later says so (guidanceStaleness in ./index.ts).
 *
 * To add an edition (KCSIE 2027 once DfE publishes it): add it here with its sources and move
 * GUIDANCE_DATA_AS_OF, or let a school or authority add it in configuration (`knowledge.editions` in a
 * config file; mergeGuidance in ./index.ts).
 */
import type { Guidance, GuidanceDocument, SchoolWeekFact } from './types.js';

/** One or more separators in a file name or link target: _ - . + space or %20. */
const SEP = '(?:[_\\-\\s+.]|%20)+';
const YEAR = '((?:19|20)\\d\\d)(?!\\d)';

/**
 * A URL pattern: the title's words (a regular-expression fragment each) joined by separators, then within
 * `gap` further words ("guidance_July_") the edition year, captured as group 1.
 * titleThenYear('behaviour in schools') reads 2022 in Behaviour_in_Schools_guidance_July_2022.pdf.
 */
function titleThenYear(words: string, gap = 3): RegExp {
  return new RegExp(`(?<![a-z\\d])${words.split(' ').join(SEP)}${SEP}(?:[a-z]+${SEP}){0,${gap}}?${YEAR}`, 'i');
}

/** The research this data was copied from, and the day the data was last checked against it. */
export const GUIDANCE_DATA_SOURCE = 'shared/reference/guidance-facts.json';
export const GUIDANCE_DATA_AS_OF = '2026-12-01';

export const documents: Record<string, GuidanceDocument> = {
  kcsie: {
    id: 'kcsie',
    title: 'Keeping children safe in education: statutory guidance for schools and colleges',
    shortName: 'KCSIE',
    status: 'statutory guidance (schools and colleges must have regard to it)',
    url: 'https://www.gov.uk/government/publications/keeping-children-safe-in-education--2',
    // From citation_patterns; left out: the two year-capturing variants; the 'Part one ... keeping children safe'
    //   pattern (it also matches the everyday phrase 'keeping children safe' after any 'Part 1'; the KCSIE mention
    //   inside it is found by the first pattern).
    mentionPatterns: [/keeping\s+children\s+safe\s+in\s+education/i, /\bKCSI?E\b/i],
    urlPatterns: [
      // KCSIE_2022_revised.pdf, KCSiE-2021, kcsie2019, KCSIE_Part_One_2024.pdf
      new RegExp(`(?<![a-z\\d])KCSI?E(?:${SEP}(?:[a-z]+${SEP}){0,3}?)?${YEAR}`, 'i'),
      // keeping-children-safe-in-education-2023, Keeping_children_safe_in_education_2024.pdf
      titleThenYear('keeping children safe in education'),
    ],
    editions: [
      {
        year: 2016,
        label: 'KCSIE 2016',
        inForce: '2016-09-05',
        verified: true,
        // reference: edition "2016"; in force "2016-09-05"; confidence "in-force verified; publication day unverified"
        notes: 'In force verified; the publication day (May 2016) is not.',
        sources: [
          'https://www.gov.uk/government/publications/keeping-children-safe-in-education--2 (gov.uk page + update history; also copies at gov.uk/...?msclkid=..., govwire.co.uk, fenews.co.uk, xbtt.top mirror)',
          "https://www.infosecpartners.com/cyber-security-consulting/education/edu-kcsie ('Coming into statutory force on 5th September 2016')",
        ],
      },
      {
        year: 2018,
        label: 'KCSIE 2018',
        inForce: '2018-09-03',
        verified: true,
        // reference: edition "2018"; in force "2018-09-03"; confidence "verified (secondary sources)"
        notes: "LSCBs replaced by 'safeguarding partners' terminology. No 2017 edition was found (the 2016 edition stayed in force until 3 September 2018).",
        sources: [
          'https://www.safeguardinginschools.co.uk/keeping-children-safe-in-education-2018-additional-information/',
          'https://www.michelmores.com/education-insight/keeping-children-safe-education-updated-guidance/',
        ],
      },
      {
        year: 2019,
        label: 'KCSIE 2019',
        inForce: '2019-09-02',
        verified: true,
        // reference: edition "2019"; in force "2019-09-02"; confidence "in-force verified by 2 sources;
        //   for-information date single source"
        notes: 'In force verified by two sources; the for-information date (26 June 2019) rests on one.',
        sources: [
          'https://safeguarding.network/kcsie2019/ ; https://safeguarding.network/kcsie-2019/ ; https://safeguarding.network/20190901-september-dsl-actions/',
          'https://www.flicklearning.com/blog/what-are-the-key-changes-made-to-keeping-children-safe-in-education-2019',
        ],
      },
      {
        year: 2020,
        label: 'KCSIE 2020',
        inForce: '2020-09-01',
        verified: true,
        // reference: edition "2020"; in force "2020-09-01"; confidence "verified"
        notes: 'Minor legal update 18 January 2021 (EU exit).',
        sources: [
          'https://www.traffordsafeguardingpartnership.org.uk/About-us/News/2020/New-Keeping-Children-Safe-in-Education-Guidance.aspx',
          'https://safeguarding.network/keeping-children-safe-education/',
          'https://www.egfl.org.uk/news/2020/06/new-version-keeping-children-safe-education-september-2020',
          'https://ineqe.com/2020/06/23/keeping-children-safe-in-education-2020',
          'https://www.gov.uk/government/publications/keeping-children-safe-in-education--2 (gov.uk page + update history; also copies at gov.uk/...?msclkid=..., govwire.co.uk, fenews.co.uk, xbtt.top mirror)',
        ],
      },
      {
        year: 2021,
        label: 'KCSIE 2021',
        inForce: '2021-09-01',
        verified: true,
        // reference: edition "2021"; in force "2021-09-01"; confidence "verified (copy of gov.uk history)"
        sources: [
          'https://www.fenews.co.uk/press-releases/217-resources/19880-keeping-children-safe-in-education (copy of gov.uk page, 6 July 2021)',
          'https://www.gov.uk/government/publications/keeping-children-safe-in-education--2 (gov.uk page + update history; also copies at gov.uk/...?msclkid=..., govwire.co.uk, fenews.co.uk, xbtt.top mirror)',
        ],
      },
      {
        year: 2022,
        label: 'KCSIE 2022',
        inForce: '2022-09-01',
        verified: true,
        // reference: edition "2022"; in force "2022-09-01"; confidence "verified (copy of gov.uk history)"
        sources: [
          'http://www.govwire.co.uk/news/home-office/press-release-uk-experts-help-stop-spread-of-terrorist-videos-online-22700 (copy of gov.uk KCSIE page, 1 Sept 2022)',
          'https://www.gov.uk/government/publications/keeping-children-safe-in-education--2 (gov.uk page + update history; also copies at gov.uk/...?msclkid=..., govwire.co.uk, fenews.co.uk, xbtt.top mirror)',
        ],
      },
      {
        year: 2023,
        label: 'KCSIE 2023',
        inForce: '2023-09-01',
        verified: true,
        // reference: edition "2023"; in force "2023-09-01"; confidence "verified"
        notes: 'Filtering and monitoring emphasis.',
        sources: [
          "https://csapps.norfolk.gov.uk/csshared/ecourier2/misheet.asp?misheetid=64840 (Norfolk MI sheet 106/23: 'On 6 June 2023 the DfE published...')",
          'https://www.robinsongracehr.com/post/keeping-children-safe-in-education-2023-key-points',
          'https://www.gov.uk/government/publications/keeping-children-safe-in-education--2 (gov.uk page + update history; also copies at gov.uk/...?msclkid=..., govwire.co.uk, fenews.co.uk, xbtt.top mirror)',
        ],
      },
      {
        year: 2024,
        label: 'KCSIE 2024',
        inForce: '2024-09-01',
        verified: true,
        // reference: edition "2024"; in force "2024-09-01 per DfE for-information note; final document dated 2
        //   September 2024 and several sources say in force 2 Sept 2024"; confidence "verified; treat 1 or 2 Sept 2024
        //   as equivalent"
        notes: 'In force 1 September 2024 per the DfE for-information note; the final document is dated 2 September 2024 and several sources say in force 2 September 2024. Treat 1 or 2 September as equivalent.',
        sources: [
          "https://schools.norfolk.gov.uk/article/59483/Revisions-to-Keeping-Children-Safe-in-Education-DfE-Guidance-from-1st-September-2024-For-Information-Only ('On 24 May 2024...')",
          "https://quizgecko.com/upload/keeping-children-safe-in-education-2024-a36zVp (transcript: 'Statutory guidance for schools and colleges 2 September 2024')",
          "http://keepingchildrensafeineducation.co.uk/index.html ('came into force on 2nd September 2024')",
          'https://dataspire.co.uk/blog/kcsie2024',
          'https://www.gov.uk/government/publications/keeping-children-safe-in-education--2 (gov.uk page + update history; also copies at gov.uk/...?msclkid=..., govwire.co.uk, fenews.co.uk, xbtt.top mirror)',
        ],
      },
      {
        year: 2025,
        label: 'KCSIE 2025',
        inForce: '2025-09-01',
        verified: true,
        // reference: edition "2025"; in force "2025-09-01"; confidence "verified"
        notes: 'Technical changes only; Part one unchanged from 2024.',
        sources: [
          'https://www.schools.norfolk.gov.uk/article/70729/Revisions-to-Keeping-Children-Safe-in-Education-DfE-pending-publication-of-final-version-which-comes-into-force-in-September-2025',
          "https://schoolclerk.co.uk/category/friday-updates/page/3 ('KCSIE 2025 – School Clerk Update 11 July 2025')",
          'https://www.edushield.org.uk/3190-2',
          'https://www.birchwoodprimary.co.uk/latest-safeguarding-updates/',
        ],
      },
      {
        year: 2026,
        label: 'KCSIE 2026',
        inForce: '2026-09-01',
        verified: true,
        // reference (revised 2026-12-01): edition "2026"; in force "2026-09-01"; confidence "in force verified by
        //   several independent secondary sources (Aug-Oct 2026); publication day single source; no primary
        //   (gov.uk) copy seen"; current_as_of_2026_12_01 "KCSIE 2026 (in force from 1 September 2026). Every
        //   citation of KCSIE 2025 or older is out of date from that day."
        //   (In the 2026-11-23 research it was "draft verified; final unverified", so verified was false.)
        notes: 'Published for information July 2026 (7 July 2026 per one source citing the NSPCC CASPAR briefing; consultation draft 12 February to 22 April 2026). Final text in force 1 September 2026, replacing KCSIE 2025 (a source of 26 August 2026: KCSIE 2025 applies only until 31 August 2026). Changes: child-to-caregiver abuse; community-based early help vs targeted Family Help (shared with Working Together 2026); DSL cover; information sharing when children move setting; generative AI; phone-free schools; filtering and monitoring reviewed annually; young carers; children with medical conditions; attendance as a safeguarding factor; gender-questioning children; Part three: supervision exemption removed from regulated activity (Crime and Policing Act 2026); Part five rewritten. Paragraph numbers changed throughout (e.g. para 218: the DSL holds the fact that a child has a social worker). Removal of Annex A: draft only, not verified for the final text. The in-force date rests on secondary sources; no gov.uk copy was seen.',
        sources: [
          'https://consult.education.gov.uk/independent-education-and-school-safeguarding-division/keeping-children-safe-in-education-2026-revisions (Opened 12 Feb 2026, closes 22 Apr 2026)',
          'https://www.gov.uk/government/publications/including-guidance-on-children-who-are-questioning-their-gender-in-kcsie/... (policy paper, published 12 February 2026)',
          'https://www.safecic.co.uk/news/3827-proposed-changes-education-stat-guidance',
          'https://northumberlandeducation.co.uk/keeping-children-safe-in-education-2026-consultation-version-now-published',
          'https://www.farrer.co.uk/news-and-insights/proposed-key-changes-to-keeping-children-safe-in-education-2026/',
          'https://ecp-safeguarding-blogs.blogspot.com/2026/02/KCSiE2026consultation.html',
          'https://ssslearning.co.uk/safeguarding-articles/kcsie26',
          "https://www.prideprogress.co.uk/platform/kcsie-2026-consultation ('They should continue to follow the 2025 version of KCSIE')",
          "https://github.com/GuidedChildhood/guided-childhood (research/2026-09-05-master-audit.md: 'KCSIE 2026 (in force 1 September 2026)'; decisions archive 2026-09 quotes final paras 159, 160, 165)",
          'https://github.com/Gangoo91/Elec-Mate-Merge (college safeguarding records citing KCSIE 2026 paras 74, 78, 150, 151, 218)',
          "https://github.com/ssakthivel02/kirthiverse (reference guide, last checked 2026-09-10: 'The September 2026 version is in force from 1 September 2026')",
          'https://www.schools.norfolk.gov.uk/article/79341/Regulated-activity-Removal-of-the-supervision-exemption-comes-into-force-1-September-2026 (26 June 2026; a change KCSIE 2026 carries)',
        ],
      },
    ],
  },
  'behaviour-in-schools': {
    id: 'behaviour-in-schools',
    title: 'Behaviour in schools: advice for headteachers and school staff',
    shortName: 'Behaviour in Schools',
    status: 'non-statutory advice',
    url: 'https://www.gov.uk/government/publications/behaviour-in-schools--2',
    // From citation_patterns; left out: the year-capturing variant. 'behaviour in schools' does not count inside
    //   'Mental health and behaviour in schools', another document (mental-health-behaviour below).
    mentionPatterns: [/(?<!mental\s+health\s+and\s+)behaviour\s+in\s+schools/i, /behaviour\s+and\s+discipline\s+in\s+schools/i],
    urlPatterns: [
      // Behaviour_in_Schools_guidance_July_2022.pdf
      titleThenYear('behaviour in schools'),
      titleThenYear('behaviour and discipline in schools'),
    ],
    editions: [
      {
        year: 2016,
        label: 'Behaviour and discipline in schools 2016',
        inForce: null,
        verified: true,
        // reference: edition "2016 predecessor: 'Behaviour and discipline in schools'"; in force null; confidence
        //   "existence verified (Browne Jacobson 'previous guidance from 2016'); date partly unverified"
        notes: "The predecessor, 'Behaviour and discipline in schools'; existence verified, month (January 2016) unverified. Superseded by Behaviour in schools (2022).",
        sources: [
          'https://www.brownejacobson.com/education/training-and-resources/legal-updates/2022/07/new-guidance-on-behaviour-in-schools (28 July 2022; previous guidance 2016)',
        ],
      },
      {
        year: 2022,
        label: 'Behaviour in Schools 2022',
        inForce: '2022-09-01',
        verified: true,
        // reference: edition "2022"; in force "2022-09-01"; confidence "verified"
        notes: 'Published July 2022; paragraph 58 updated 1 September 2022; 7 October 2022 clarified it also applies to independent schools.',
        sources: [
          'https://www.gov.uk/government/publications/behaviour-in-schools--2 (Last updated 7 October 2022; history)',
          "http://www.govwire.co.uk/news/home-office/guidance-detainees-who-refuse-to-eat-or-drink-22701 (copy of gov.uk 'Behaviour in schools' page, 1 Sept 2022; 'Published 16 July 2013')",
          'https://www.vwv.co.uk/news-and-events/blog/academies-law-brief/new-behaviour-in-schools',
          'https://www.brownejacobson.com/education/training-and-resources/legal-updates/2022/07/new-guidance-on-behaviour-in-schools (28 July 2022; previous guidance 2016)',
          'https://www.nasuwt.org.uk/advice/in-the-classroom/behaviour-management-for-teachers-in-the-classroom/advice-on-the-dfe-behaviour-in-schools-publication.html',
        ],
      },
      {
        year: 2024,
        label: 'Behaviour in Schools 2024',
        inForce: '2024-02-20',
        verified: true,
        // reference: edition "2024 update"; in force "on publication (non-statutory)"; confidence "month verified;
        //   day unverified"
        notes: 'February 2024 update (mobile phone content), non-statutory, applies on publication. The month is verified, the day is not (c. 19-20 February 2024); the later day is used so it never becomes current too early.',
        sources: [
          "https://www.vwv.co.uk/news-and-events/blog/academies-law-brief/new-guidance-mobile-use-schools ('Behaviour in schools guidance ... has also been amended to include content on mobile phone use')",
          "https://teachingtimes.com/dfe-guidance-on-ban-of-mobile-phones-in-schools (Feb 2024; 'Behaviour in Schools (which was also recently updated)')",
          'https://www.independent.co.uk/news/uk/home-news/mobile-phones-schools-banned-classroom-guidance-b2498703.html (2024-02-20)',
        ],
      },
      {
        year: 2026,
        label: 'Behaviour in Schools 2026',
        inForce: null,
        verified: false,
        // reference (revised 2026-12-01): edition "2026 (mobile phone tightening)"; in force null; confidence "not
        //   an edition of Behaviour in schools (mobile phones guidance only)"; current_as_of_2026_11_23 "Feb 2024
        //   version (latest verified) read with Jan 2026 mobile phones guidance". Kept, unverified (never current),
        //   so that a policy citing "Behaviour in schools 2026" is not told that edition is unknown.
        notes: "Not an edition of Behaviour in schools: the separate, non-statutory 'Mobile phones in schools' guidance (updated 19 January 2026; 'phone-free by default'; Ofsted checks phone policies on every inspection from 1 April 2026). The February 2024 update remains the latest Behaviour in schools; whether the document itself was re-issued in 2026 is UNVERIFIED.",
        sources: [
          'https://educationinspection.blog.gov.uk/2026/01/23/what-the-governments-updated-guidance-on-mobile-phones-means-for-school-inspections',
          'https://schoolsweek.co.uk/new-mobile-phone-guidance-what-does-it-mean-for-schools (26 Jan 2026)',
          'https://www.brownejacobson.com/insights/dfe-guidance-update-steps-to-phone-free-schools',
        ],
      },
    ],
  },
  'suspension-exclusion': {
    id: 'suspension-exclusion',
    title: 'Suspension and permanent exclusion from maintained schools, academies and pupil referral units in England, including pupil movement',
    shortName: 'Suspension and Permanent Exclusion guidance',
    status: "statutory guidance (2026 edition explicitly labelled 'Statutory guidance')",
    // Not in the reference data: the gov.uk address is from general knowledge.
    url: 'https://www.gov.uk/government/publications/school-exclusion',
    // From citation_patterns; left out: the year-capturing variant; 'fixed-term exclusion' (old terminology, not a
    //   mention of the document).
    mentionPatterns: [
      /suspension\s+and\s+permanent\s+exclusion/i,
      /exclusion\s+from\s+maintained\s+schools,?\s+academies\s+and\s+pupil\s+referral\s+units/i,
    ],
    urlPatterns: [
      // Suspension_and_Permanent_Exclusion_guidance_July_2022.pdf
      titleThenYear('suspension and permanent exclusion'),
      titleThenYear('exclusion from maintained schools', 8),
    ],
    editions: [
      {
        year: 2012,
        label: 'Exclusion from maintained schools guidance 2012',
        inForce: '2012-09-01',
        verified: true,
        // reference: edition "2012/2017 predecessor: 'Exclusion from maintained schools, academies and pupil referral
        //   units in England'"; in force "2012-09-01 (2012 version); Sept 2017 update"; confidence "verified (multiple
        //   LA pages cite Sept 2017 / Sept 2012)"
        notes: "The predecessor, 'Exclusion from maintained schools, academies and pupil referral units in England' (used 'fixed-term exclusion').",
        sources: ['https://docslib.org/doc/13838661/reasons-for-exclusion (2012 guidance effective 1 September 2012)'],
      },
      {
        year: 2017,
        label: 'Exclusion from maintained schools guidance 2017',
        inForce: '2017-09-01',
        verified: true,
        // reference: edition "2012/2017 predecessor: 'Exclusion from maintained schools, academies and pupil referral
        //   units in England'"; in force "2012-09-01 (2012 version); Sept 2017 update"; confidence "verified (multiple
        //   LA pages cite Sept 2017 / Sept 2012)"
        notes: 'September 2017 update of the predecessor; the source gives the month only, the first day is used.',
        sources: ['https://wvs.sch.life/page/detail/exclusions- (cites DfE September 2017)'],
      },
      {
        year: 2022,
        label: 'Suspension and Permanent Exclusion guidance 2022',
        inForce: '2022-09-01',
        verified: true,
        // reference: edition "2022"; in force "2022-09-01"; confidence "verified"
        notes: "Published July 2022. 'Suspension' replaces 'fixed-term exclusion'; the headteacher must notify the social worker / VSH without delay.",
        sources: [
          "https://www.enfield.gov.uk/services/children-and-education/virtual-school/suspensions-and-exclusions (quotes 'DfE suspension and permanent exclusion guidance, July 2022')",
          'https://www.cognus.org.uk/services/suttonvirtualschool/training-and-resources/resources/exclusions-and-suspensions/ (applies to decisions from 1 Sept 2022)',
          'https://cyps.northyorks.gov.uk/exclusions',
          'https://customers.junipereducation.org/updated-guidance-on-suspension-and-permanent-exclusions/',
        ],
      },
      {
        year: 2023,
        label: 'Suspension and Permanent Exclusion guidance 2023',
        inForce: '2023-09-01',
        verified: true,
        // reference: edition "2023"; in force "2023-09-01"; confidence "verified"
        notes: 'Published May 2023.',
        sources: [
          'https://covid19.thekeysupport.com/.../need-to-know-dfe-updates-school-suspensions-and-permanent-exclusions-guidance/ (last reviewed 26 May 2023; in effect 1 Sept 2023)',
          'https://www.hilldickinson.com/insights/articles/suspensions-and-permanent-exclusions-new-guidance-and-practical-considerations',
          'https://customers.junipereducation.org/updated-guidance-on-suspension-and-permanent-exclusions/',
        ],
      },
      {
        year: 2024,
        label: 'Suspension and Permanent Exclusion guidance 2024',
        inForce: null,
        verified: true,
        // reference: edition "2024"; in force "UNVERIFIED (probably on publication / aligned with 19 Aug 2024
        //   regulations)"; confidence "edition verified; in-force date unverified"
        notes: 'August 2024 technical update for the School Attendance (Pupil Registration) (England) Regulations 2024; the edition is verified but its in-force date is not (probably on publication, with the 19 August 2024 regulations), so it is never treated as current.',
        sources: [
          "https://schoolsweb.buckinghamshire.gov.uk/behaviour-wellbeing/exclusions-procedures/exclusions-and-reintegration/buckinghamshire-council-exclusion-guidance/?print=true ('DfE Suspension and Permanent Exclusion Guidance August 2024'; technical update for School Attendance (Pupil Registration) (England) Regulations 2024)",
          'https://jackminto.com/2024/09/15/school-suspensions-and-permanent-exclusions-dfe-guidance-update',
        ],
      },
      {
        year: 2026,
        label: 'Suspension and Permanent Exclusion guidance 2026',
        inForce: '2026-07-26',
        verified: true,
        // reference: edition "2026"; in force "2026-07-26"; confidence "verified (multiple sources)"
        notes: 'Published 26 May 2026; replaces the 2024 version. Off-site direction extended to academies; interim PEP reviews for looked-after children at risk of exclusion.',
        sources: [
          'https://schoolleaders.thekeysupport.com/pupils-and-parents/behaviour-and-attendance/exclusions/suspension-and-exclusion-guidance-summary-of-changes/ (29 May 2026)',
          'https://schoolgovernors.thekeysupport.com/curriculum-and-pupils/behaviour-attendance/discipline-exclusions/suspension-and-exclusion-guidance-summary-of-changes/ (1 June 2026)',
          'https://iqmaward.com/blogs/dfe-exclusion-suspension-guidance-update-2026/ (published 26 May; replaces from 26 July 2026)',
          'https://www.hilldickinson.com/our-view/articles/department-for-education-releases-new-statutory-suspension-and-exclusions-guidance/ (27.05.2026)',
          'https://www.brownejacobson.com/insights/latest-dfe-exclusions-guidance-for-schools-and-academies',
          "https://www.ureach-ap.co.uk/post/new-school-suspension-and-exclusion-guidance-2026-what-schools-need-to-know ('comes into force on 26 July 2026 and replaces the 2024 version')",
        ],
      },
    ],
  },
  'working-together-safeguard': {
    id: 'working-together-safeguard',
    title: 'Working together to safeguard children: statutory guidance on multi-agency working to help, protect and promote the welfare of children',
    shortName: 'Working Together to Safeguard Children',
    status: 'statutory guidance',
    // Not in the reference data: the gov.uk address is from general knowledge.
    url: 'https://www.gov.uk/government/publications/working-together-to-safeguard-children--2',
    // From citation_patterns; left out: the year-capturing variant; 'LSCB' / 'local safeguarding children board' (old
    //   terminology, not a mention of the document).
    mentionPatterns: [/working\s+together\s+to\s+safeguard\s+children/i],
    urlPatterns: [
      titleThenYear('working together to safeguard children', 0),
    ],
    editions: [
      {
        year: 2018,
        label: 'Working Together to Safeguard Children 2018',
        inForce: null,
        verified: true,
        // reference: edition "2018"; in force "2018"; confidence "verified"
        notes: 'Published July 2018 (factual update 2020); the reference data gives the year only, so no in-force day.',
        sources: [
          'https://www.procedures.org.uk/2018/07/05/revised-working-together-published/',
          'https://safeguardingbedfordshiretraining.co.uk/news/working-together-2023 (2018 edition had a limited factual update in 2020)',
        ],
      },
      {
        year: 2023,
        label: 'Working Together to Safeguard Children 2023',
        inForce: '2023-12-15',
        verified: true,
        // reference (revised 2026-12-01): edition "2023"; in force "2023-12-15"; confidence "2023 verified; later
        //   revisions unverified"; notes "Replaced by the 2026 edition on 18 March 2026."
        notes: 'Replaces the 2018 edition; replaced by the 2026 edition on 18 March 2026. Minor revisions (May 2025) are reported but UNVERIFIED.',
        sources: [
          "https://content.govdelivery.com/accounts/UKCUMBERLAND/bulletins/38e23c6 ('On 15th December 2023 ... This edition replaces the 2018 edition')",
          'https://www.suttonlscp.org.uk/news/article/safeguarding-children-statutory-guidance.2023-12-20.4qj6q8r629',
          'https://safeguardingbedfordshiretraining.co.uk/news/working-together-2023 (2018 edition had a limited factual update in 2020)',
          "https://hertfordshirescp.trixonline.co.uk/amendments (May 2025: 'in line with further revisions to Working Together to Safeguard Children')",
        ],
      },
      {
        year: 2026,
        label: 'Working Together to Safeguard Children 2026',
        inForce: '2026-03-18',
        verified: true,
        // reference (added 2026-12-01): edition "2026"; published "2026-03-18"; in force "2026-03-18"; confidence
        //   "edition and publication date: two or more secondary sources quoting gov.uk addresses; in-force day
        //   inferred"
        notes: "Published 18 March 2026 and replaces the 2023 edition; no separate commencement date was seen, so it is treated as in force on publication (the in-force day is inferred). Applies to all children, including those in kinship care, adopted and looked-after; 'family help' combines targeted early help and section 17 support.",
        sources: [
          "https://www.leedsscp.org.uk/news/working-together-safeguard-children-2026-whats-changed ('replacing the 2023 version')",
          'https://independentsafeguardingservice.org/news/8-iss-news (links the gov.uk 2026 PDF and summary of changes)',
          'https://ssslearning.co.uk/safeguarding-articles/working-together-to-safeguard-children-2026',
          'https://communityvision.org.uk/working-together-to-safeguard-children-2026-key-updates-announced/',
        ],
      },
    ],
  },
  'working-together-attendance': {
    id: 'working-together-attendance',
    title: 'Working together to improve school attendance',
    shortName: 'Working Together to Improve School Attendance',
    status: 'statutory from 19 August 2024 (non-statutory 2022 edition)',
    // Not in the reference data: the gov.uk address is from general knowledge.
    url: 'https://www.gov.uk/government/publications/working-together-to-improve-school-attendance',
    // From citation_patterns; left out: the year-capturing variant.
    mentionPatterns: [/working\s+together\s+to\s+improve\s+school\s+attendance/i],
    urlPatterns: [
      titleThenYear('working together to improve school attendance', 2),
    ],
    editions: [
      {
        year: 2022,
        label: 'Working Together to Improve School Attendance 2022',
        inForce: '2022-09-01',
        verified: true,
        // reference: edition "2022"; in force "September 2022 (non-statutory)"; confidence "verified"
        notes: 'Published May 2022, non-statutory, applying from September 2022; the sources give the month only, the first day is used.',
        sources: [
          'https://schools.oxfordshire.gov.uk/schools-news/2024/changes-working-together-improve-school-attendance-published-february-2024 (changes vs May 2022 edition)',
          'https://suffolksendiass.co.uk/education/school-exclusion/full-time-education/ (quotes para 66 of WTISA 2022 on part-time timetables)',
        ],
      },
      {
        year: 2024,
        label: 'Working Together to Improve School Attendance 2024',
        inForce: '2024-08-19',
        verified: true,
        // reference: edition "2024"; in force "2024-08-19 (statutory)"; confidence "verified"
        notes: 'Statutory from 19 August 2024 (published for information 29 February 2024), with the 2024 registration regulations and daily attendance data sharing. No later edition found.',
        sources: [
          'https://csapps.norfolk.gov.uk/csshared/ecourier2/misheet.asp?misheetid=69295 (29 Feb 2024 publication; statutory 19 Aug 2024)',
          'https://schools.oxfordshire.gov.uk/schools-news/2024/changes-working-together-improve-school-attendance-published-february-2024 (changes vs May 2022 edition)',
          'https://schoolleaders.thekeysupport.com/.../working-together-to-improve-school-attendance-updated-for-august-2024/',
          'https://www.stoneking.co.uk/literature/e-bulletins/working-together-improve-school-attendance',
          "https://northumberlandeducation.co.uk/important-information-from-education-welfare-september-2024/ ('very slightly updated version')",
        ],
      },
    ],
  },
  'send-code': {
    id: 'send-code',
    title: 'Special educational needs and disability code of practice: 0 to 25 years',
    shortName: 'SEND Code of Practice',
    status: 'statutory code (Children and Families Act 2014 s77)',
    // Not in the reference data: the gov.uk address is from general knowledge.
    url: 'https://www.gov.uk/government/publications/send-code-of-practice-0-to-25',
    mentionPatterns: [/SEND\s+code\s+of\s+practice/i, /special\s+educational\s+needs\s+and\s+disability\s+code\s+of\s+practice/i],
    urlPatterns: [
      titleThenYear('SEND code of practice', 2),
    ],
    editions: [
      {
        year: 2014,
        label: 'SEND Code of Practice 2014',
        inForce: '2014-09-01',
        verified: false,
        // reference: edition "2014"; in force "2014-09-01"; confidence null
        notes: 'Published 30 July 2014; superseded by the January 2015 edition. The reference data gives no source or confidence for this edition.',
        sources: [
          'guidance-facts.json: documents[id=send-code].editions[0] (no source URL given)',
        ],
      },
      {
        year: 2015,
        label: 'SEND Code of Practice 2015',
        inForce: '2015-04-01',
        verified: true,
        // reference: edition "2015"; in force "2015-04-01"; confidence "verified (secondary)"
        notes: 'Published January 2015; still current in 2026 (SEND reform expected mostly from 2029).',
        sources: [
          'http://www.lexology.com/library/detail.aspx?g=91b385f1-9fb4-4c76-8bcf-16896b050b6b (Jan 2015 Code in force 1 April 2015)',
          "https://www.remarkableminds.app/answers/what-is-the-send-code-of-practice-2015 ('It remains current law in 2026')",
          "https://www.forbessolicitors.co.uk/articles/the-king-announces-education-for-all-bill (King's Speech 13 May 2026)",
          'https://www.policythreads.co.uk/issue/education-for-all-bill/ (Part 3 CFA 2014 remains the statutory chassis; reforms largely from 2029)',
          'https://dagdevon.uk/2026/05/18/education-for-all-send-reform-bill/',
          'https://www.firstresponsetraining.com/tag/school-reforms (Every Child Achieving and Thriving white paper, 23 Feb 2026)',
        ],
      },
    ],
  },
  'school-admissions-code': {
    id: 'school-admissions-code',
    title: 'School Admissions Code',
    shortName: 'School Admissions Code',
    status: 'statutory code',
    // Not in the reference data: the gov.uk address is from general knowledge.
    url: 'https://www.gov.uk/government/publications/school-admissions-code--2',
    mentionPatterns: [/school\s+admissions\s+code/i],
    urlPatterns: [
      titleThenYear('school admissions code', 2),
    ],
    editions: [
      {
        year: 2014,
        label: 'School Admissions Code 2014',
        inForce: '2014-12-19',
        verified: false,
        // reference: edition "2014"; in force "2014-12-19"; confidence null
        notes: 'Published December 2014; superseded by the 2021 code. The reference data gives no source or confidence for this edition.',
        sources: [
          'guidance-facts.json: documents[id=school-admissions-code].editions[0] (no source URL given)',
        ],
      },
      {
        year: 2021,
        label: 'School Admissions Code 2021',
        inForce: '2021-09-01',
        verified: true,
        // reference: edition "2021"; in force "2021-09-01"; confidence "verified (secondary)"
        notes: 'Paragraph 1.7: highest oversubscription priority for looked-after and all previously looked-after children. A later code is UNVERIFIED.',
        sources: [
          'https://www.birmingham.gov.uk/info/50252/birmingham_virtual_school/2506/... (Admissions Code 2021 in force 1 Sept 2021; LAC/PLAC highest priority) ; Leicestershire VS FAQ quoting para 1.7',
        ],
      },
    ],
  },
  'arranging-alternative-provision': {
    id: 'arranging-alternative-provision',
    title: 'Arranging alternative provision: a guide for local authorities and schools',
    shortName: 'Arranging alternative provision',
    status: "statutory guidance (replaces 'Alternative provision: statutory guidance for local authorities' 2013)",
    url: 'https://www.gov.uk/government/publications/alternative-provision',
    // From citation_patterns; left out: the year-capturing variant.
    mentionPatterns: [/alternative\s+provision[:,]?\s+statutory\s+guidance/i, /arranging\s+alternative\s+provision/i],
    urlPatterns: [
      titleThenYear('arranging alternative provision'),
    ],
    editions: [
      {
        year: 2013,
        label: 'Alternative provision statutory guidance 2013',
        inForce: '2013-01-01',
        verified: true,
        // reference: edition "2013"; in force "2013-01-01"; confidence "verified"
        notes: "'Alternative provision: statutory guidance for local authorities', published 10 January 2013, effective from 1 January 2013; page updated 2016. Superseded by the February 2025 guide.",
        sources: [
          'https://gov.uk/government/publications/alternative-provision (Published 10 January 2013; Last updated 5 February 2025)',
        ],
      },
      {
        year: 2025,
        label: 'Arranging alternative provision 2025',
        inForce: '2025-02-05',
        verified: true,
        // reference: edition "2025"; in force "2025-02-05 (on publication; no separate date found)"; confidence
        //   "verified"
        notes: 'Published 5 February 2025 and applies on publication (no separate in-force date found). Adds unregistered AP and in-school units; full-time education from the sixth school day of a suspension.',
        sources: [
          'https://gov.uk/government/publications/alternative-provision (Published 10 January 2013; Last updated 5 February 2025)',
          "https://ap.dcpro.co.uk/what-you-need-to-know-about-the-2025-alternative-provision-guidance/page/2 ('On February 5th 2025 ... released updated guidance')",
          'https://apfinder.co.uk/new-alternative-provision-guidance/',
          'https://www.forbessolicitors.co.uk/articles/alternative-provision-updated-department-guidance',
          "https://suffolksendiass.co.uk/education/attendance/alternative-provision (quotes 'Arranging alternative provision' p.12; one-to-one tuition hours may be fewer)",
        ],
      },
    ],
  },
  'designated-teacher': {
    id: 'designated-teacher',
    title: 'The designated teacher for looked-after and previously looked-after children: statutory guidance on their roles and responsibilities',
    shortName: 'Designated teacher guidance',
    status: 'statutory guidance (maintained schools under CYPA 2008 s20(4); academies under s20A(4)/Academies Act 2010 s2E)',
    url: 'https://gov.uk/government/publications/designated-teacher-for-looked-after-children',
    // From citation_patterns; left out: the year-capturing variant.
    mentionPatterns: [/designated\s+teacher\s+for\s+looked[-\s]after/i, /role\s+and\s+responsibilities\s+of\s+the\s+designated\s+teacher/i],
    urlPatterns: [],
    editions: [
      {
        year: 2009,
        label: 'Designated teacher guidance 2009',
        inForce: null,
        verified: true,
        // reference: edition "2009"; in force "2009"; confidence "verified (consultation doc + SI note)"
        notes: "'Role and responsibilities of the designated teacher' with the 2009 regulations (SI 2009/1538); the reference data gives the year only, so no in-force day. Superseded by the 2018 edition.",
        sources: [
          'https://studylib.net/doc/5822742/... (consultation version 24 February 2009)',
          'https://legislation.gov.uk/uksi/2009/1538/note/made/data.html (designated teacher must be a qualified teacher who has completed induction, or head/acting head)',
        ],
      },
      {
        year: 2018,
        label: 'Designated teacher guidance 2018',
        inForce: '2018-09-01',
        verified: true,
        // reference: edition "2018"; in force "PLAC duties from September 2018 (Children and Social Work Act 2017)";
        //   confidence "verified; absence of later update not proven"
        notes: 'Published February 2018; extended to previously looked-after children and academies, with the PLAC duties from September 2018 (the month only is given; the first day is used). No later edition found (absence not proven).',
        sources: [
          'https://gov.uk/government/publications/designated-teacher-for-looked-after-children',
          'https://www.trixonline.co.uk/policy-briefs/april/april-228/ (Briefing 228, April 2018: DT guidance February 2018)',
          'https://www.procedures.org.uk/2018/03/12/designated-teacher-looked-children-updated-guidance/',
          'https://csapps.norfolk.gov.uk/csshared/ecourier2/misheet.asp?misheetid=30039 (new VSH/DT duties for PLAC in force from September 2018)',
        ],
      },
    ],
  },
  'promoting-education-lac': {
    id: 'promoting-education-lac',
    title: 'Promoting the education of looked-after children and previously looked-after children: statutory guidance for local authorities',
    shortName: 'Promoting the education of looked-after children',
    status: 'statutory guidance (LASSA 1970 s7)',
    url: 'https://gov.uk/government/publications/promoting-the-education-of-looked-after-children',
    mentionPatterns: [
      /promoting\s+the\s+education\s+of\s+looked[-\s]after/i,
      /promoting\s+the\s+educational\s+achievement\s+of\s+looked\s+after/i,
    ],
    urlPatterns: [],
    editions: [
      {
        year: 2014,
        label: 'Promoting the education of looked after children 2014',
        inForce: null,
        verified: true,
        // reference: edition "2014 (July 2014) 'Promoting the education of looked after children' / earlier
        //   'Promoting the achievement of looked-after children'"; in force null; confidence "verified that older
        //   versions were withdrawn/replaced; 2014 month from general knowledge"
        notes: "July 2014 edition (earlier 'Promoting the achievement of looked-after children'), withdrawn; the month is from general knowledge, so no in-force day. Superseded by the 2018 edition.",
        sources: [
          'https://www.gov.uk/government/publications/promoting-the-achievement-of-looked-after-children (withdrawn)',
          'https://gov.uk/government/publications/promoting-the-education-of-looked-after-children (Last updated 26 February 2018)',
        ],
      },
      {
        year: 2018,
        label: 'Promoting the education of looked-after children 2018',
        inForce: '2018-09-01',
        verified: true,
        // reference: edition "2018"; in force "PLAC VSH duties from September 2018"; confidence "verified"
        notes: 'Published February 2018 (gov.uk last updated 26 February 2018), with the PLAC virtual school head duties from September 2018 (the month only is given; the first day is used). No later edition found.',
        sources: [
          'https://gov.uk/government/publications/promoting-the-education-of-looked-after-children (Last updated 26 February 2018)',
          'https://vdocument.in/promoting-the-education-of-looked-after-children-and-previously-looked-after-children.html (PDF transcript, February 2018)',
          'https://csapps.norfolk.gov.uk/csshared/ecourier2/misheet.asp?misheetid=30039 (new VSH/DT duties for PLAC in force from September 2018)',
        ],
      },
    ],
  },
  'vsh-cwsw-kinship-extension': {
    id: 'vsh-cwsw-kinship-extension',
    title: 'Promoting the education of children with a social worker and children in kinship care arrangements: virtual school head role extension',
    shortName: 'VSH role extension guidance',
    status: "non-statutory guidance; statutory duty created by Children's Wellbeing and Schools Act 2026 s6 (new Children Act 1989 s23ZZZA) - commencement unverified",
    url: 'https://www.gov.uk/government/publications/virtual-school-head-role-extension-to-children-with-a-social-worker',
    // From citation_patterns; left out: 'children in kinship care arrangements' (names a group of children, not the
    //   document).
    mentionPatterns: [
      /virtual\s+school\s+head\s+role\s+extension/i,
      /promoting\s+the\s+education\s+of\s+children\s+with\s+a\s+social\s+worker/i,
    ],
    urlPatterns: [
      // Promoting_the_education_of_children_with_a_social_worker_-_virtual_school_head_role_extension_2022.pdf
      titleThenYear('virtual school head role extension', 2),
    ],
    editions: [
      {
        year: 2021,
        label: 'VSH role extension guidance 2021',
        inForce: '2021-09-01',
        verified: true,
        // reference: edition "2021"; in force "September 2021 (non-statutory VSH role for children with a social
        //   worker)"; confidence "verified"
        notes: 'Published 16 June 2021; the non-statutory VSH role for children with a social worker from September 2021 (the month only is given; the first day is used).',
        sources: [
          'https://www.gov.uk/government/publications/virtual-school-head-role-extension-to-children-with-a-social-worker (Published 16 June 2021; Last updated 5 March 2024)',
          'https://www.fenews.co.uk/resources/guidance-virtual-school-head-role-extension-to-children-with-a-social-worker/ (last updated 3 Aug 2021)',
        ],
      },
      {
        year: 2022,
        label: 'VSH role extension guidance 2022',
        inForce: null,
        verified: true,
        // reference: edition "2022 update (user's 'June 2022')"; in force null; confidence "update exists; date
        //   unverified"
        notes: 'An update listed in the gov.uk history between August 2021 and 19 June 2023 (likely June 2022); the update is verified, its date is not.',
        sources: [
          'http://www.govwire.co.uk/news/uk-visas-immigration/policy-paper-policy-statement-section-67-of-the-immigration-act-2016-53167 (copy of gov.uk page, last updated 19 June 2023)',
        ],
      },
      {
        year: 2023,
        label: 'VSH role extension guidance 2023 (kinship care)',
        inForce: '2024-09-01',
        verified: true,
        // reference: edition "2023/2024 kinship version"; in force "September 2024 (kinship care within non-statutory
        //   VSH role)"; confidence "verified"
        notes: 'Kinship care added 15 December 2023 (HTML updated 5 March 2024); the kinship role applies from September 2024 (the month only is given; the first day is used). CWSA 2026 s6 makes the duty statutory, commencement UNVERIFIED.',
        sources: [
          'https://www.gov.uk/government/publications/virtual-school-head-role-extension-to-children-with-a-social-worker (Published 16 June 2021; Last updated 5 March 2024)',
          "https://gov.uk/government/publications/virtual-school-head-role-extension-to-children-with-a-social-worker/promoting-the-education-of-children-with-a-social-worker-and-children-in-kinship-care-arrangements-virtual-school-head-role-extension (Updated 5 March 2024; 'non-statutory')",
          'https://govdiff.njk.onl/update/2023-12-15T11:11:00+00:00/www.gov.uk/government/publications/virtual-school-head-role-extension-to-children-with-a-social-worker (update history incl. 2025-07-17 grant letter 2025-26, 2025-09-02 MoU)',
          'https://centralbedfordshire.gov.uk/info/320/virtual_school/1778/kinship',
        ],
      },
    ],
  },
  'health-needs-education': {
    id: 'health-needs-education',
    title: 'Arranging education for children who cannot attend school because of health needs',
    shortName: 'Health needs education guidance',
    status: 'statutory guidance for local authorities (s19 Education Act 1996) plus advice for schools',
    url: 'https://www.gov.uk/government/publications/education-for-children-with-health-needs-who-cannot-attend-school',
    mentionPatterns: [
      /children\s+who\s+cannot\s+attend\s+school\s+because\s+of\s+health\s+needs/i,
      /education\s+for\s+children\s+with\s+health\s+needs\s+who\s+cannot\s+attend\s+school/i,
      /ensuring\s+a\s+good\s+education\s+for\s+children\s+who\s+cannot\s+attend/i,
    ],
    urlPatterns: [],
    editions: [
      {
        year: 2013,
        label: 'Ensuring a good education for children who cannot attend school because of health needs 2013',
        inForce: null,
        verified: true,
        // reference: edition "2013"; in force "2013"; confidence "verified"
        notes: "January 2013, revised May 2013 (gov.uk 'Published 17 May 2013'); the reference data gives the year only as in-force date. Superseded by the December 2023 guidance.",
        sources: [
          'https://www.gov.uk/government/publications/education-for-children-with-health-needs-who-cannot-attend-school (Published 17 May 2013)',
          'https://pdfslide.net/documents/ensuring-a-good-education-for-children-who-cannot-attend-school.html (January 2013)',
        ],
      },
      {
        year: 2023,
        label: 'Health needs education guidance 2023',
        inForce: '2023-12-01',
        verified: true,
        // reference: edition "2023"; in force "December 2023 (exact day unverified)"; confidence "verified (secondary
        //   copies)"
        notes: 'December 2023 (exact day unverified; the first of the month is used). Whether it was folded into the February 2025 AP guide is unverified.',
        sources: [
          "https://www.cerneabbas.dorset.sch.uk/arranging-education-for-children-who-cannot-attend (full text, 'December 2023')",
          "https://www.dorsetcouncil.gov.uk/-/section-19-policy ('The December 2023 Guidance')",
          'https://jia.org.uk/2024/04/16/department-for-education-update-to-guidance-on-arranging-education-for-children-who-cannot-attend-school-because-of-health-needs/ (15 school days trigger)',
        ],
      },
    ],
  },
  'children-missing-education': {
    id: 'children-missing-education',
    title: 'Children missing education: statutory guidance for local authorities',
    shortName: 'Children Missing Education',
    status: 'statutory guidance',
    // Not in the reference data: the gov.uk address is from general knowledge.
    url: 'https://www.gov.uk/government/publications/children-missing-education',
    mentionPatterns: [/children\s+missing\s+education/i],
    urlPatterns: [],
    editions: [
      {
        year: 2016,
        label: 'Children Missing Education 2016',
        inForce: null,
        verified: false,
        // reference: edition "2016"; in force null; confidence null
        notes: "Published September 2016; superseded by the 2024 edition. The reference data gives no in-force date, source or confidence for this edition; the 2024 source confirms it replaced 'Sept 2016'.",
        sources: [
          'https://wscp.org.uk/policies-and-procedures/schools-education (Children Missing Education 2024 replaces Sept 2016)',
        ],
      },
      {
        year: 2024,
        label: 'Children Missing Education 2024',
        inForce: '2024-08-19',
        verified: true,
        // reference: edition "2024"; in force "2024-08-19 (aligned with 2024 regulations)"; confidence "verified
        //   (secondary)"
        notes: 'Published August 2024, aligned with the 2024 registration regulations.',
        sources: [
          'https://wscp.org.uk/policies-and-procedures/schools-education (Children Missing Education 2024 replaces Sept 2016)',
        ],
      },
    ],
  },
  'restrictive-interventions': {
    id: 'restrictive-interventions',
    title: 'Restrictive interventions, including use of reasonable force, in schools',
    shortName: 'Restrictive interventions guidance',
    status: 'recording/reporting section statutory; remainder non-statutory',
    // Not in the reference data, and the page's address is not known here: a gov.uk search for its title.
    url: 'https://www.gov.uk/search/all?keywords=restrictive+interventions+including+use+of+reasonable+force+in+schools',
    mentionPatterns: [/use\s+of\s+reasonable\s+force/i, /restrictive\s+interventions/i],
    urlPatterns: [],
    editions: [
      {
        year: 2013,
        label: 'Use of reasonable force 2013',
        inForce: null,
        verified: false,
        // reference: edition "2013 'Use of reasonable force'"; in force null; confidence null
        notes: "'Use of reasonable force' (July 2013), superseded by Restrictive interventions (in force 1 April 2026). The reference data gives no in-force date, source or confidence for this edition; the 2026 sources say it replaces 'Use of reasonable force' / the 2013 framework.",
        sources: [
          "https://www.handsamcompliancematters.co.uk/dfe-statutory-guidance-update-use-of-reasonable-force-in-schools-how-handsam-can-help (in force 1 April 2026; replaces 'Use of reasonable force')",
          'https://www.seainclusion.co.uk/post/restrictive-interventions-including-use-of-reasonable-force-in-schools-key-points-and-possible-ac (issued just before Christmas 2025)',
          'https://www.nasschools.org.uk/new-guidance-on-restrictive-interventions-key-legal-implications-for-special-schools/ (replaces 2013 framework)',
        ],
      },
      {
        year: 2026,
        label: 'Restrictive interventions guidance 2026',
        inForce: '2026-04-01',
        verified: true,
        // reference: edition "2026"; in force "2026-04-01"; confidence "verified"
        notes: 'Published December 2025, in force 1 April 2026, with the Schools (Recording and Reporting of Seclusion and Restraint) (No. 2) (England) Regulations 2025.',
        sources: [
          "https://www.handsamcompliancematters.co.uk/dfe-statutory-guidance-update-use-of-reasonable-force-in-schools-how-handsam-can-help (in force 1 April 2026; replaces 'Use of reasonable force')",
          'https://www.seainclusion.co.uk/post/restrictive-interventions-including-use-of-reasonable-force-in-schools-key-points-and-possible-ac (issued just before Christmas 2025)',
          'https://www.nasschools.org.uk/new-guidance-on-restrictive-interventions-key-legal-implications-for-special-schools/ (replaces 2013 framework)',
        ],
      },
    ],
  },
  rshe: {
    id: 'rshe',
    title: 'Relationships education, relationships and sex education (RSE) and health education statutory guidance',
    shortName: 'RSHE guidance',
    status: 'statutory guidance',
    // Not in the reference data: the gov.uk address is from general knowledge.
    url: 'https://www.gov.uk/government/publications/relationships-education-relationships-and-sex-education-rse-and-health-education',
    // From citation_patterns; left out: 'relationships (and sex) education' and bare 'RSHE'/'RSE' (subject names, not
    //   mentions of the document); replaced by the title and 'RSHE/RSE (statutory) guidance'.
    mentionPatterns: [
      /relationships\s+education,\s+relationships\s+and\s+sex\s+education/i,
      /\b(?:RSHE|RSE)\s+(?:statutory\s+)?guidance\b/i,
    ],
    urlPatterns: [],
    editions: [
      {
        year: 2025,
        label: 'RSHE guidance 2025',
        inForce: '2026-09-01',
        verified: true,
        // reference: edition "2025 revision"; in force "September 2026"; confidence "verified (secondary + PQ answer)"
        notes: 'Revised guidance published July 2025, informing teaching from September 2026 (the month only is given; the first day is used). The earlier (2019) edition is not in the reference data.',
        sources: [
          'https://www.edushield.org.uk/3190-2 (revised RSHE guidance published July 2025, in force September 2026)',
          "https://parallelparliament.co.uk/mp/carla-denyer/dept/DfE/writtenanswers ('The new guidance informs teaching from September 2026')",
        ],
      },
    ],
  },
  'length-of-school-week': {
    id: 'length-of-school-week',
    title: 'Length of the school week: minimum expectation',
    shortName: 'Length of the school week guidance',
    status: 'non-statutory',
    url: 'https://gov.uk/government/publications/length-of-the-school-week-minimum-expectation',
    // From citation_patterns; left out: the year-capturing variant; '32.5 hours' (a figure, checked by
    //   ap-hours-current through schoolWeek, not a mention of the document).
    mentionPatterns: [/length\s+of\s+the\s+school\s+week/i],
    urlPatterns: [],
    editions: [
      {
        year: 2022,
        label: 'Schools White Paper 2022',
        inForce: null,
        verified: true,
        // reference: edition "Schools White Paper 'Opportunity for all'"; in force "expectation by September 2023
        //   (later deferred)"; confidence "verified"
        notes: "Schools White Paper 'Opportunity for all' (28 March 2022): the 32.5-hour expectation by September 2023, later deferred. A white paper, not an edition of the guidance; no in-force date.",
        sources: [
          'https://themiracletech.com/latest/schools-said-the-learning-week-in-england-must-be-at-least-32-5-hours-long/ (White Paper 28 March 2022)',
          'https://edcentral.uk/ednews/schools/14502-government-delays-expectation-for-schools-in-england-to-run-32-5-hour-week (32.5h includes breaks)',
        ],
      },
      {
        year: 2023,
        label: 'Length of the school week guidance 2023',
        inForce: '2023-07-01',
        verified: true,
        // reference: edition "Guidance July 2023"; in force "expectation: at least 32.5 hours by September 2024 at
        //   the latest"; confidence "verified"
        notes: 'Non-statutory guidance of July 2023 (the month only is given; the first day is used): at least 32.5 hours by September 2024 at the latest, for state-funded mainstream schools.',
        sources: [
          "https://gov.uk/government/publications/length-of-the-school-week-minimum-expectation ('at least 32.5 hours by September 2024 at the latest')",
          'https://schoolsweek.co.uk/dfe-delays-32-5-hour-week-expectation-to-2024/ (2023-07-17)',
          'https://edcentral.uk/ednews/schools/14502-government-delays-expectation-for-schools-in-england-to-run-32-5-hour-week (32.5h includes breaks)',
          'https://www.leadershipupdate-rbwm.co.uk/school-hours/',
          "https://lbhflearningpartnership.com/our_news/part-time-timetable-arrangements/ ('Specialist settings, including alternative provision providers, should share the ambition to extend and enrich the school week')",
        ],
      },
    ],
  },
  // Added from the research's revision of 2026-12-01.
  'kinship-care-guidance': {
    id: 'kinship-care-guidance',
    title: 'Kinship care: statutory guidance for local authorities',
    shortName: 'Kinship care guidance',
    status: 'statutory guidance (local authorities)',
    // Not in the reference data: the gov.uk address is from general knowledge. The research's note: kinship-care
    //   policies cite it; the school-facing duties sit in the VSH role extension guidance.
    url: 'https://www.gov.uk/government/publications/kinship-care-statutory-guidance-for-local-authorities',
    // From citation_patterns; 'kinship care ... statutory guidance' does not count after 'non-' ("kinship care
    //   (non-statutory guidance)"); the bare 'family and friends care' is replaced by the old title with
    //   'statutory guidance' ('children in family and friends care' names a care arrangement, not the document).
    mentionPatterns: [
      /kinship\s+care[^\n]{0,40}?(?<!non-)statutory\s+guidance/i,
      /family\s+and\s+friends\s+care[:,]?\s+statutory\s+guidance/i,
    ],
    urlPatterns: [],
    editions: [
      {
        year: 2011,
        label: 'Family and Friends Care statutory guidance 2011',
        inForce: '2011-04-01',
        verified: true,
        // reference: edition "2011 'Family and Friends Care: statutory guidance for local authorities'"; published
        //   "2010/2011"; in force "2011-04-01"; confidence "two secondary"
        notes: "'Family and Friends Care: statutory guidance for local authorities' (published 2010/2011). Replaced by the Kinship care statutory guidance on 11 October 2024.",
        sources: ['https://goodmanray.com/news/2024/11/new-statutory-guidance-on-kinship-care'],
      },
      {
        year: 2024,
        label: 'Kinship care statutory guidance 2024',
        inForce: '2024-10-11',
        verified: true,
        // reference: edition "2024"; published "2024-10-11"; in force "2024-10-11"; confidence "two secondary"
        notes: "Published 11 October 2024 and in force on publication. Replaces Family and Friends Care (2010/2011); citations of 'Family and Friends Care' are out of date.",
        sources: [
          'https://kinship.org.uk/our-work-and-impact/policy-and-influencing/policy-tracker/improving-local-authority-practice/',
          'https://albionchambers.co.uk/legal-summary-kinship-care-statutory-guidance-for-local-authorities/',
          'https://goodmanray.com/news/2024/11/new-statutory-guidance-on-kinship-care',
        ],
      },
    ],
  },
  'mental-health-behaviour': {
    id: 'mental-health-behaviour',
    title: 'Mental health and behaviour in schools',
    shortName: 'Mental health and behaviour in schools',
    status: 'non-statutory advice',
    // Not in the reference data: the gov.uk address is from general knowledge.
    url: 'https://www.gov.uk/government/publications/mental-health-and-behaviour-in-schools--2',
    mentionPatterns: [/mental\s+health\s+and\s+behaviour\s+in\s+schools/i],
    urlPatterns: [],
    editions: [
      {
        year: 2014,
        label: 'Mental health and behaviour in schools 2014',
        inForce: null,
        verified: false,
        // reference: edition "2014"; published "June 2014"; in force null; confidence "general knowledge, unverified"
        notes: 'June 2014; earlier editions 2014 and 2016 were not researched in detail. The reference data gives no in-force date or source for this edition.',
        sources: ['guidance-facts.json: documents[id=mental-health-behaviour].editions[0] (no source URL given)'],
      },
      {
        year: 2018,
        label: 'Mental health and behaviour in schools 2018',
        inForce: '2018-11-13',
        verified: true,
        // reference: edition "2018"; published "2018-11-13"; in force "2018-11-13"; confidence "two secondary"
        notes: 'Published 13 November 2018; the latest edition found on 1 December 2026.',
        sources: [
          'https://www.ascl.org.uk/help-and-advice/help-and-advice.updated-guidance-on-mental-health-and-behaviour.html',
          'https://www.readkong.com/page/mental-health-and-behaviour-in-schools-9652868',
        ],
      },
    ],
  },
  'information-sharing': {
    id: 'information-sharing',
    title: 'Information sharing: advice for practitioners providing safeguarding services to children, young people, parents and carers',
    shortName: 'Information sharing advice',
    status: 'non-statutory advice',
    // Not in the reference data: the gov.uk address is from general knowledge.
    url: 'https://www.gov.uk/government/publications/safeguarding-practitioners-information-sharing-advice',
    // From citation_patterns, kept within a sentence ('information sharing. Seek advice' is not a mention).
    mentionPatterns: [/information\s+sharing[^\n.;]{0,30}advice/i],
    urlPatterns: [],
    editions: [
      {
        year: 2018,
        label: 'Information sharing advice 2018',
        inForce: '2018-07-04',
        verified: true,
        // reference: edition "2018"; published "July 2018"; in force "2018-07-04"; confidence "two secondary"
        notes: 'Published July 2018; replaced May 2024.',
        sources: ['https://www.leadershipupdate-rbwm.co.uk/updated-information-sharing-guidance-april-2024/'],
      },
      {
        year: 2024,
        label: 'Information sharing advice 2024',
        inForce: '2024-05-01',
        verified: true,
        // reference: edition "2024"; published "May 2024"; in force "2024-05-01"; confidence "two secondary"
        notes: 'May 2024; the gov.uk page was last updated 1 May 2024.',
        sources: [
          'https://www.leadershipupdate-rbwm.co.uk/updated-information-sharing-guidance-april-2024/',
          'https://leedsscp.org.uk/practitioners/guidance/information-sharing-toolbox/relevance',
        ],
      },
    ],
  },
  'non-school-ap-standards': {
    id: 'non-school-ap-standards',
    title: 'Non-school alternative provision: voluntary national standards',
    shortName: 'Non-school AP standards',
    status: 'non-statutory (DfE intends to make mandatory by legislation)',
    // Not in the reference data, and the page's address is not known here: a gov.uk search for its title.
    url: 'https://www.gov.uk/search/all?keywords=non-school+alternative+provision+voluntary+national+standards',
    mentionPatterns: [/non-school\s+alternative\s+provision[^\n]{0,30}standards/i],
    urlPatterns: [],
    editions: [
      {
        year: 2025,
        label: 'Non-school AP standards 2025',
        inForce: '2025-08-31',
        verified: true,
        // reference: edition "2025"; published "August 2025"; in force "2025-08-31"; confidence "two secondary"
        notes: "Voluntary; published August 2025 with the response to 'Strengthening protections in unregistered AP' (schools to tell local authorities of placements).",
        sources: [
          'https://www.vwv.co.uk/insights/articles/from-the-old-unregistered-alternative-provision-to-the-new-non-school-alternative-provision-new-standards-strengthening-alternative-provision',
          'https://www.closethegaps.co.uk/updates/non-school-alternative-provision-voluntary-national-standards-dfe',
        ],
      },
    ],
  },
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
