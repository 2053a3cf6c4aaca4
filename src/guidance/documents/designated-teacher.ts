/** designated-teacher: the document and its editions, with the research's sources (../data.ts says how the research became data). */
import type { GuidanceDocument } from '../types.js';

export const designatedTeacher: GuidanceDocument = {
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
  replacedNames: [
    {
      kind: 'title',
      name: 'The role and responsibilities of the designated teacher for looked after children',
      patterns: [/role\s+and\s+responsibilities\s+of\s+the\s+designated\s+teacher(?:\s+for\s+looked[-\s]after\s+children)?/i],
      // Also a policy's own heading ("Role and responsibilities of the designated teacher").
      plain: true,
      replacement: 'The designated teacher for looked-after and previously looked-after children: statutory guidance on their roles and responsibilities',
      edition: 2018,
      // reference: designated-teacher editions: 2009 (typical_in_text_forms "Role and Responsibilities of the
      //   Designated Teacher (2009)"), superseded_by "2018 edition".
      notes: "The 2009 statutory guidance, 'The role and responsibilities of the designated teacher for looked after children', superseded by the February 2018 guidance (PLAC duties from September 2018).",
      sources: [
        'https://studylib.net/doc/5822742/... (consultation version 24 February 2009)',
        'https://gov.uk/government/publications/designated-teacher-for-looked-after-children',
        'https://www.procedures.org.uk/2018/03/12/designated-teacher-looked-children-updated-guidance/',
      ],
    },
  ],
};
