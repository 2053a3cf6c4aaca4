/** health-needs-education: the document and its editions, with the research's sources (../data.ts says how the research became data). */
import type { GuidanceDocument } from '../types.js';

export const healthNeedsEducation: GuidanceDocument = {
  id: 'health-needs-education',
  title: 'Arranging education for children who cannot attend school because of health needs',
  shortName: 'Health needs education guidance',
  status: 'statutory guidance for local authorities (s19 Education Act 1996) plus advice for schools',
  url: 'https://www.gov.uk/government/publications/education-for-children-with-health-needs-who-cannot-attend-school',
  mentionPatterns: [
    /children\s+who\s+cannot\s+attend\s+school\s+because\s+of\s+health\s+needs/i,
    /education\s+for\s+children\s+with\s+health\s+needs\s+who\s+cannot\s+attend\s+school/i,
    /ensuring\s+a\s+good\s+education\s+for\s+children\s+who\s+cannot\s+attend/i,
  ],
  urlPatterns: [],
  editions: [
    {
      year: 2013,
      label: 'Ensuring a good education for children who cannot attend school because of health needs 2013',
      inForce: null,
      verified: true,
      // reference: edition "2013"; in force "2013"; confidence "verified"
      notes: "January 2013, revised May 2013 (gov.uk 'Published 17 May 2013'); the reference data gives the year only as in-force date. Superseded by the December 2023 guidance.",
      sources: [
        'https://www.gov.uk/government/publications/education-for-children-with-health-needs-who-cannot-attend-school (Published 17 May 2013)',
        'https://pdfslide.net/documents/ensuring-a-good-education-for-children-who-cannot-attend-school.html (January 2013)',
      ],
    },
    {
      year: 2023,
      label: 'Health needs education guidance 2023',
      inForce: '2023-12-01',
      verified: true,
      // reference: edition "2023"; in force "December 2023 (exact day unverified)"; confidence "verified (secondary
      //   copies)"
      notes: 'December 2023 (exact day unverified; the first of the month is used). Whether it was folded into the February 2025 AP guide is unverified.',
      sources: [
        "https://www.cerneabbas.dorset.sch.uk/arranging-education-for-children-who-cannot-attend (full text, 'December 2023')",
        "https://www.dorsetcouncil.gov.uk/-/section-19-policy ('The December 2023 Guidance')",
        'https://jia.org.uk/2024/04/16/department-for-education-update-to-guidance-on-arranging-education-for-children-who-cannot-attend-school-because-of-health-needs/ (15 school days trigger)',
      ],
    },
  ],
  replacedNames: [
    {
      kind: 'title',
      name: 'Ensuring a good education for children who cannot attend school because of health needs',
      patterns: [/ensuring\s+a\s+good\s+education\s+for\s+children\s+who\s+cannot\s+attend(?:\s+school\s+because\s+of\s+health\s+needs)?/i],
      plain: false,
      replacement: 'Arranging education for children who cannot attend school because of health needs',
      edition: 2023,
      // reference: ap_hours fact "Health needs guidance changed: 2013 guidance replaced by 'Arranging education for
      //   children who cannot attend school because of health needs' (Dec 2023)".
      notes: "'Ensuring a good education for children who cannot attend school because of health needs' (January, revised May 2013), replaced in December 2023.",
      sources: [
        'https://www.gov.uk/government/publications/education-for-children-with-health-needs-who-cannot-attend-school (Published 17 May 2013)',
        "https://www.cerneabbas.dorset.sch.uk/arranging-education-for-children-who-cannot-attend (full text, 'December 2023')",
        'https://jia.org.uk/2024/04/16/department-for-education-update-to-guidance-on-arranging-education-for-children-who-cannot-attend-school-because-of-health-needs/ (15 school days trigger)',
      ],
    },
  ],
};
