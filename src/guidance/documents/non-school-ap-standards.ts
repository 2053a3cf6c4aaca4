/** non-school-ap-standards: the document and its editions, with the research's sources (../data.ts says how the research became data). */
import type { GuidanceDocument } from '../types.js';

export const nonSchoolApStandards: GuidanceDocument = {
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
};
