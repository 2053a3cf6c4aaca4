/** arranging-alternative-provision: the document and its editions, with the research's sources (../data.ts says how the research became data). */
import type { GuidanceDocument } from '../types.js';
import { titleThenYear } from './url-patterns.js';

export const arrangingAlternativeProvision: GuidanceDocument = {
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
  replacedNames: [
    {
      kind: 'title',
      name: 'Alternative provision: statutory guidance for local authorities',
      // The whole old title: 'alternative provision statutory guidance' alone may mean the new guide, which is
      //   statutory guidance too.
      patterns: [/alternative\s+provision\s*[:,\u2013\u2014-]?\s*statutory\s+guidance\s+for\s+local\s+authorities/i],
      plain: false,
      replacement: 'Arranging alternative provision: a guide for local authorities and schools',
      edition: 2025,
      // reference: ap_hours fact "AP statutory guidance changed: 'Alternative provision' (Jan 2013) replaced by
      //   'Arranging alternative provision: a guide for local authorities and schools' (5 Feb 2025)".
      notes: "'Alternative provision: statutory guidance for local authorities' (January 2013), replaced by the guide of 5 February 2025.",
      sources: [
        'https://gov.uk/government/publications/alternative-provision (Published 10 January 2013; Last updated 5 February 2025)',
        "https://ap.dcpro.co.uk/what-you-need-to-know-about-the-2025-alternative-provision-guidance/page/2 ('On February 5th 2025 ... released updated guidance')",
        'https://www.forbessolicitors.co.uk/articles/alternative-provision-updated-department-guidance',
      ],
    },
  ],
};
