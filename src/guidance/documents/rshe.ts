/** rshe: the document and its editions, with the research's sources (../data.ts says how the research became data). */
import type { GuidanceDocument } from '../types.js';

export const rshe: GuidanceDocument = {
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
};
