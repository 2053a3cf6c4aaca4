/** send-code: the document and its editions, with the research's sources (../data.ts says how the research became data). */
import type { GuidanceDocument } from '../types.js';
import { titleThenYear } from './url-patterns.js';

export const sendCode: GuidanceDocument = {
  id: 'send-code',
  title: 'Special educational needs and disability code of practice: 0 to 25 years',
  shortName: 'SEND Code of Practice',
  status: 'statutory code (Children and Families Act 2014 s77)',
  // Not in the reference data: the gov.uk address is from general knowledge.
  url: 'https://www.gov.uk/government/publications/send-code-of-practice-0-to-25',
  mentionPatterns: [/SEND\s+code\s+of\s+practice/i, /special\s+educational\s+needs\s+and\s+disability\s+code\s+of\s+practice/i],
  urlPatterns: [
    titleThenYear('SEND code of practice', 2),
  ],
  editions: [
    {
      year: 2014,
      label: 'SEND Code of Practice 2014',
      inForce: '2014-09-01',
      verified: false,
      // reference: edition "2014"; in force "2014-09-01"; confidence null
      notes: 'Published 30 July 2014; superseded by the January 2015 edition. The reference data gives no source or confidence for this edition.',
      sources: [
        'guidance-facts.json: documents[id=send-code].editions[0] (no source URL given)',
      ],
    },
    {
      year: 2015,
      label: 'SEND Code of Practice 2015',
      inForce: '2015-04-01',
      verified: true,
      // reference: edition "2015"; in force "2015-04-01"; confidence "verified (secondary)"
      notes: 'Published January 2015; still current in 2026 (SEND reform expected mostly from 2029).',
      sources: [
        'http://www.lexology.com/library/detail.aspx?g=91b385f1-9fb4-4c76-8bcf-16896b050b6b (Jan 2015 Code in force 1 April 2015)',
        "https://www.remarkableminds.app/answers/what-is-the-send-code-of-practice-2015 ('It remains current law in 2026')",
        "https://www.forbessolicitors.co.uk/articles/the-king-announces-education-for-all-bill (King's Speech 13 May 2026)",
        'https://www.policythreads.co.uk/issue/education-for-all-bill/ (Part 3 CFA 2014 remains the statutory chassis; reforms largely from 2029)',
        'https://dagdevon.uk/2026/05/18/education-for-all-send-reform-bill/',
        'https://www.firstresponsetraining.com/tag/school-reforms (Every Child Achieving and Thriving white paper, 23 Feb 2026)',
      ],
    },
  ],
};
