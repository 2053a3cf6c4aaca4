/** kinship-care-guidance: the document and its editions, with the research's sources (../data.ts says how the research became data). */
import type { GuidanceDocument } from '../types.js';

// Added from the research's revision of 2026-12-01.
export const kinshipCareGuidance: GuidanceDocument = {
  id: 'kinship-care-guidance',
  title: 'Kinship care: statutory guidance for local authorities',
  shortName: 'Kinship care guidance',
  status: 'statutory guidance (local authorities)',
  // Not in the reference data: the gov.uk address is from general knowledge. The research's note: kinship-care
  //   policies cite it; the school-facing duties sit in the VSH role extension guidance.
  url: 'https://www.gov.uk/government/publications/kinship-care-statutory-guidance-for-local-authorities',
  // From citation_patterns, narrowed: 'kinship care' then 'statutory guidance' with at most a colon, a dash or
  //   'DfE' between ("Kinship care: statutory guidance", "kinship care statutory guidance"), not 40 characters of
  //   anything ("children in kinship care are supported as the designated teacher statutory guidance 2018 sets
  //   out" cites the designated teacher guidance); the bare 'family and friends care' is replaced by the old title with
  //   'statutory guidance' ('children in family and friends care' names a care arrangement, not the document).
  mentionPatterns: [
    /kinship\s+care\s*[:,\u2013\u2014-]?\s*(?:\(?DfE\)?[:,]?\s+)?statutory\s+guidance/i,
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
  replacedNames: [
    {
      kind: 'title',
      name: 'Family and Friends Care: statutory guidance for local authorities',
      patterns: [/family\s+and\s+friends\s+care/i],
      // 'children in family and friends care' names a care arrangement, not the guidance.
      plain: true,
      replacement: 'Kinship care: statutory guidance for local authorities',
      edition: 2024,
      // reference: kinship-care-guidance editions: 2011 "'Family and Friends Care: statutory guidance for local
      //   authorities'", notes "Replaced by Kinship care statutory guidance, 11 Oct 2024"; 2024 notes "Replaces
      //   Family and Friends Care (2010/2011); citations of 'Family and Friends Care' are out of date".
      notes: 'Replaced by the kinship care statutory guidance, published and in force on 11 October 2024.',
      sources: [
        'https://goodmanray.com/news/2024/11/new-statutory-guidance-on-kinship-care',
        'https://albionchambers.co.uk/legal-summary-kinship-care-statutory-guidance-for-local-authorities/',
      ],
    },
  ],
};
