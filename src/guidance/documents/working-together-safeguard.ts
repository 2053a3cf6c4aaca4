/** working-together-safeguard: the document and its editions, with the research's sources (../data.ts says how the research became data). */
import type { GuidanceDocument } from '../types.js';
import { titleThenYear } from './url-patterns.js';

export const workingTogetherSafeguard: GuidanceDocument = {
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
};
