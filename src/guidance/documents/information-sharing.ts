/** information-sharing: the document and its editions, with the research's sources (../data.ts says how the research became data). */
import type { GuidanceDocument } from '../types.js';

export const informationSharing: GuidanceDocument = {
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
};
