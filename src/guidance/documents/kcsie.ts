/** kcsie: the document and its editions, with the research's sources (../data.ts says how the research became data). */
import type { GuidanceDocument } from '../types.js';
import { SEP, YEAR, titleThenYear } from './url-patterns.js';

export const kcsie: GuidanceDocument = {
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
  replacedNames: [
    {
      kind: 'body',
      name: 'Local Safeguarding Children Board (LSCB)',
      patterns: [/\bLSCBs?\b/i, /\blocal\s+safeguarding\s+children(?:['\u2019]s)?\s+boards?\b/i],
      plain: false,
      replacement: 'the safeguarding partners and their local safeguarding arrangements (Children and Social Work Act 2017)',
      edition: 2018,
      // reference: kcsie 2018 edition notes "LSCBs replaced by 'safeguarding partners' terminology (Children and
      //   Social Work Act 2017)"; checkable_facts kcsie_terms "LSCB -> safeguarding partners (KCSIE 2018/2019)".
      notes: "Local Safeguarding Children Boards were replaced by the safeguarding partners' local arrangements (Children and Social Work Act 2017); KCSIE 2018 (in force 3 September 2018) uses the new terms.",
      sources: [
        'https://www.safeguardinginschools.co.uk/keeping-children-safe-in-education-2018-additional-information/',
        'https://www.michelmores.com/education-insight/keeping-children-safe-education-updated-guidance/',
        'https://safeguarding.network/kcsie2019/ ; https://safeguarding.network/kcsie-2019/ ; https://safeguarding.network/20190901-september-dsl-actions/',
      ],
    },
  ],
};
