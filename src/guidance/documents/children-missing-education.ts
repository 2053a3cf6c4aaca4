/** children-missing-education: the document and its editions, with the research's sources (../data.ts says how the research became data). */
import type { GuidanceDocument } from '../types.js';

export const childrenMissingEducation: GuidanceDocument = {
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
};
