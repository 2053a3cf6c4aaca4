/** length-of-school-week: the document and its editions, with the research's sources (../data.ts says how the research became data). */
import type { GuidanceDocument } from '../types.js';

export const lengthOfSchoolWeek: GuidanceDocument = {
  id: 'length-of-school-week',
  title: 'Length of the school week: minimum expectation',
  shortName: 'Length of the school week guidance',
  status: 'non-statutory',
  url: 'https://gov.uk/government/publications/length-of-the-school-week-minimum-expectation',
  // From citation_patterns; left out: the year-capturing variant; '32.5 hours' (a figure, checked by
  //   ap-hours-current through schoolWeek, not a mention of the document).
  mentionPatterns: [/length\s+of\s+the\s+school\s+week/i],
  urlPatterns: [],
  editions: [
    {
      year: 2022,
      label: 'Schools White Paper 2022',
      inForce: null,
      verified: true,
      // reference: edition "Schools White Paper 'Opportunity for all'"; in force "expectation by September 2023
      //   (later deferred)"; confidence "verified"
      notes: "Schools White Paper 'Opportunity for all' (28 March 2022): the 32.5-hour expectation by September 2023, later deferred. A white paper, not an edition of the guidance; no in-force date.",
      sources: [
        'https://themiracletech.com/latest/schools-said-the-learning-week-in-england-must-be-at-least-32-5-hours-long/ (White Paper 28 March 2022)',
        'https://edcentral.uk/ednews/schools/14502-government-delays-expectation-for-schools-in-england-to-run-32-5-hour-week (32.5h includes breaks)',
      ],
    },
    {
      year: 2023,
      label: 'Length of the school week guidance 2023',
      inForce: '2023-07-01',
      verified: true,
      // reference: edition "Guidance July 2023"; in force "expectation: at least 32.5 hours by September 2024 at
      //   the latest"; confidence "verified"
      notes: 'Non-statutory guidance of July 2023 (the month only is given; the first day is used): at least 32.5 hours by September 2024 at the latest, for state-funded mainstream schools.',
      sources: [
        "https://gov.uk/government/publications/length-of-the-school-week-minimum-expectation ('at least 32.5 hours by September 2024 at the latest')",
        'https://schoolsweek.co.uk/dfe-delays-32-5-hour-week-expectation-to-2024/ (2023-07-17)',
        'https://edcentral.uk/ednews/schools/14502-government-delays-expectation-for-schools-in-england-to-run-32-5-hour-week (32.5h includes breaks)',
        'https://www.leadershipupdate-rbwm.co.uk/school-hours/',
        "https://lbhflearningpartnership.com/our_news/part-time-timetable-arrangements/ ('Specialist settings, including alternative provision providers, should share the ambition to extend and enrich the school week')",
      ],
    },
  ],
};
