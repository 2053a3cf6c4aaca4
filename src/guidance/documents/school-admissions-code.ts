/** school-admissions-code: the document and its editions, with the research's sources (../data.ts says how the research became data). */
import type { GuidanceDocument } from '../types.js';
import { titleThenYear } from './url-patterns.js';

export const schoolAdmissionsCode: GuidanceDocument = {
  id: 'school-admissions-code',
  title: 'School Admissions Code',
  shortName: 'School Admissions Code',
  status: 'statutory code',
  // Not in the reference data: the gov.uk address is from general knowledge.
  url: 'https://www.gov.uk/government/publications/school-admissions-code--2',
  mentionPatterns: [/school\s+admissions\s+code/i],
  urlPatterns: [
    titleThenYear('school admissions code', 2),
  ],
  editions: [
    {
      year: 2014,
      label: 'School Admissions Code 2014',
      inForce: '2014-12-19',
      verified: false,
      // reference: edition "2014"; in force "2014-12-19"; confidence null
      notes: 'Published December 2014; superseded by the 2021 code. The reference data gives no source or confidence for this edition.',
      sources: [
        'guidance-facts.json: documents[id=school-admissions-code].editions[0] (no source URL given)',
      ],
    },
    {
      year: 2021,
      label: 'School Admissions Code 2021',
      inForce: '2021-09-01',
      verified: true,
      // reference: edition "2021"; in force "2021-09-01"; confidence "verified (secondary)"
      notes: 'Paragraph 1.7: highest oversubscription priority for looked-after and all previously looked-after children. A later code is UNVERIFIED.',
      sources: [
        'https://www.birmingham.gov.uk/info/50252/birmingham_virtual_school/2506/... (Admissions Code 2021 in force 1 Sept 2021; LAC/PLAC highest priority) ; Leicestershire VS FAQ quoting para 1.7',
      ],
    },
  ],
};
