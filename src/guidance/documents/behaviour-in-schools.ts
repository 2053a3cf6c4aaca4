/** behaviour-in-schools: the document and its editions, with the research's sources (../data.ts says how the research became data). */
import type { GuidanceDocument } from '../types.js';
import { titleThenYear } from './url-patterns.js';

export const behaviourInSchools: GuidanceDocument = {
  id: 'behaviour-in-schools',
  title: 'Behaviour in schools: advice for headteachers and school staff',
  shortName: 'Behaviour in Schools',
  status: 'non-statutory advice',
  url: 'https://www.gov.uk/government/publications/behaviour-in-schools--2',
  // From citation_patterns; left out: the year-capturing variant. 'behaviour in schools' does not count inside
  //   'Mental health and behaviour in schools', another document (mental-health-behaviour below).
  mentionPatterns: [/(?<!mental\s+health\s+and\s+)behaviour\s+in\s+schools/i, /behaviour\s+and\s+discipline\s+in\s+schools/i],
  urlPatterns: [
    // Behaviour_in_Schools_guidance_July_2022.pdf
    titleThenYear('behaviour in schools'),
    titleThenYear('behaviour and discipline in schools'),
  ],
  editions: [
    {
      year: 2016,
      label: 'Behaviour and discipline in schools 2016',
      inForce: null,
      verified: true,
      // reference: edition "2016 predecessor: 'Behaviour and discipline in schools'"; in force null; confidence
      //   "existence verified (Browne Jacobson 'previous guidance from 2016'); date partly unverified"
      notes: "The predecessor, 'Behaviour and discipline in schools'; existence verified, month (January 2016) unverified. Superseded by Behaviour in schools (2022).",
      sources: [
        'https://www.brownejacobson.com/education/training-and-resources/legal-updates/2022/07/new-guidance-on-behaviour-in-schools (28 July 2022; previous guidance 2016)',
      ],
    },
    {
      year: 2022,
      label: 'Behaviour in Schools 2022',
      inForce: '2022-09-01',
      verified: true,
      // reference: edition "2022"; in force "2022-09-01"; confidence "verified"
      notes: 'Published July 2022; paragraph 58 updated 1 September 2022; 7 October 2022 clarified it also applies to independent schools.',
      sources: [
        'https://www.gov.uk/government/publications/behaviour-in-schools--2 (Last updated 7 October 2022; history)',
        "http://www.govwire.co.uk/news/home-office/guidance-detainees-who-refuse-to-eat-or-drink-22701 (copy of gov.uk 'Behaviour in schools' page, 1 Sept 2022; 'Published 16 July 2013')",
        'https://www.vwv.co.uk/news-and-events/blog/academies-law-brief/new-behaviour-in-schools',
        'https://www.brownejacobson.com/education/training-and-resources/legal-updates/2022/07/new-guidance-on-behaviour-in-schools (28 July 2022; previous guidance 2016)',
        'https://www.nasuwt.org.uk/advice/in-the-classroom/behaviour-management-for-teachers-in-the-classroom/advice-on-the-dfe-behaviour-in-schools-publication.html',
      ],
    },
    {
      year: 2024,
      label: 'Behaviour in Schools 2024',
      inForce: '2024-02-20',
      verified: true,
      // reference: edition "2024 update"; in force "on publication (non-statutory)"; confidence "month verified;
      //   day unverified"
      notes: 'February 2024 update (mobile phone content), non-statutory, applies on publication. The month is verified, the day is not (c. 19-20 February 2024); the later day is used so it never becomes current too early.',
      sources: [
        "https://www.vwv.co.uk/news-and-events/blog/academies-law-brief/new-guidance-mobile-use-schools ('Behaviour in schools guidance ... has also been amended to include content on mobile phone use')",
        "https://teachingtimes.com/dfe-guidance-on-ban-of-mobile-phones-in-schools (Feb 2024; 'Behaviour in Schools (which was also recently updated)')",
        'https://www.independent.co.uk/news/uk/home-news/mobile-phones-schools-banned-classroom-guidance-b2498703.html (2024-02-20)',
      ],
    },
    {
      year: 2026,
      label: 'Behaviour in Schools 2026',
      inForce: null,
      verified: false,
      // reference (revised 2026-12-01): edition "2026 (mobile phone tightening)"; in force null; confidence "not
      //   an edition of Behaviour in schools (mobile phones guidance only)"; current_as_of_2026_11_23 "Feb 2024
      //   version (latest verified) read with Jan 2026 mobile phones guidance". Kept, unverified (never current),
      //   so that a policy citing "Behaviour in schools 2026" is not told that edition is unknown.
      notes: "Not an edition of Behaviour in schools: the separate, non-statutory 'Mobile phones in schools' guidance (updated 19 January 2026; 'phone-free by default'; Ofsted checks phone policies on every inspection from 1 April 2026). The February 2024 update remains the latest Behaviour in schools; whether the document itself was re-issued in 2026 is UNVERIFIED.",
      sources: [
        'https://educationinspection.blog.gov.uk/2026/01/23/what-the-governments-updated-guidance-on-mobile-phones-means-for-school-inspections',
        'https://schoolsweek.co.uk/new-mobile-phone-guidance-what-does-it-mean-for-schools (26 Jan 2026)',
        'https://www.brownejacobson.com/insights/dfe-guidance-update-steps-to-phone-free-schools',
      ],
    },
  ],
  replacedNames: [
    {
      kind: 'title',
      name: 'Behaviour and discipline in schools',
      patterns: [/behaviour\s+and\s+discipline\s+in\s+schools/i],
      // Also ordinary words ("powers over behaviour and discipline in schools").
      plain: true,
      replacement: 'Behaviour in schools: advice for headteachers and school staff',
      edition: 2022,
      // reference: behaviour-in-schools editions: "2016 predecessor: 'Behaviour and discipline in schools'",
      //   typical_in_text_forms "Behaviour and discipline in schools (2016)"; superseded by the 2022 edition.
      notes: "The predecessor advice, 'Behaviour and discipline in schools' (2016), superseded by Behaviour in schools (July 2022, in force 1 September 2022).",
      sources: [
        'https://www.brownejacobson.com/education/training-and-resources/legal-updates/2022/07/new-guidance-on-behaviour-in-schools (28 July 2022; previous guidance 2016)',
      ],
    },
  ],
};
