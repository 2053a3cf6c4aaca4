/** working-together-attendance: the document and its editions, with the research's sources (../data.ts says how the research became data). */
import type { GuidanceDocument } from '../types.js';
import { titleThenYear } from './url-patterns.js';

export const workingTogetherAttendance: GuidanceDocument = {
  id: 'working-together-attendance',
  title: 'Working together to improve school attendance',
  shortName: 'Working Together to Improve School Attendance',
  status: 'statutory from 19 August 2024 (non-statutory 2022 edition)',
  // Not in the reference data: the gov.uk address is from general knowledge.
  url: 'https://www.gov.uk/government/publications/working-together-to-improve-school-attendance',
  // From citation_patterns; left out: the year-capturing variant.
  mentionPatterns: [/working\s+together\s+to\s+improve\s+school\s+attendance/i],
  urlPatterns: [
    titleThenYear('working together to improve school attendance', 2),
  ],
  editions: [
    {
      year: 2022,
      label: 'Working Together to Improve School Attendance 2022',
      inForce: '2022-09-01',
      verified: true,
      // reference: edition "2022"; in force "September 2022 (non-statutory)"; confidence "verified"
      notes: 'Published May 2022, non-statutory, applying from September 2022; the sources give the month only, the first day is used.',
      sources: [
        'https://schools.oxfordshire.gov.uk/schools-news/2024/changes-working-together-improve-school-attendance-published-february-2024 (changes vs May 2022 edition)',
        'https://suffolksendiass.co.uk/education/school-exclusion/full-time-education/ (quotes para 66 of WTISA 2022 on part-time timetables)',
      ],
    },
    {
      year: 2024,
      label: 'Working Together to Improve School Attendance 2024',
      inForce: '2024-08-19',
      verified: true,
      // reference: edition "2024"; in force "2024-08-19 (statutory)"; confidence "verified"
      notes: 'Statutory from 19 August 2024 (published for information 29 February 2024), with the 2024 registration regulations and daily attendance data sharing. No later edition found.',
      sources: [
        'https://csapps.norfolk.gov.uk/csshared/ecourier2/misheet.asp?misheetid=69295 (29 Feb 2024 publication; statutory 19 Aug 2024)',
        'https://schools.oxfordshire.gov.uk/schools-news/2024/changes-working-together-improve-school-attendance-published-february-2024 (changes vs May 2022 edition)',
        'https://schoolleaders.thekeysupport.com/.../working-together-to-improve-school-attendance-updated-for-august-2024/',
        'https://www.stoneking.co.uk/literature/e-bulletins/working-together-improve-school-attendance',
        "https://northumberlandeducation.co.uk/important-information-from-education-welfare-september-2024/ ('very slightly updated version')",
      ],
    },
  ],
};
