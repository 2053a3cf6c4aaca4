/** vsh-cwsw-kinship-extension: the document and its editions, with the research's sources (../data.ts says how the research became data). */
import type { GuidanceDocument } from '../types.js';
import { titleThenYear } from './url-patterns.js';

export const vshCwswKinshipExtension: GuidanceDocument = {
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
};
