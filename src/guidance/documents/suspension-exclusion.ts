/** suspension-exclusion: the document and its editions, with the research's sources (../data.ts says how the research became data). */
import type { GuidanceDocument } from '../types.js';
import { titleThenYear } from './url-patterns.js';

export const suspensionExclusion: GuidanceDocument = {
  id: 'suspension-exclusion',
  title: 'Suspension and permanent exclusion from maintained schools, academies and pupil referral units in England, including pupil movement',
  shortName: 'Suspension and Permanent Exclusion guidance',
  status: "statutory guidance (2026 edition explicitly labelled 'Statutory guidance')",
  // Not in the reference data: the gov.uk address is from general knowledge.
  url: 'https://www.gov.uk/government/publications/school-exclusion',
  // From citation_patterns; left out: the year-capturing variant; 'fixed-term exclusion' (old terminology, not a
  //   mention of the document). The old title may be written 'Exclusions from ...' (a policy's "DfE (2017)
  //   'Exclusions from maintained schools, academies and pupil referral units in England'").
  mentionPatterns: [
    /suspension\s+and\s+permanent\s+exclusion/i,
    /exclusions?\s+from\s+maintained\s+schools,?\s+academies\s+and\s+pupil\s+referral\s+units/i,
  ],
  urlPatterns: [
    // Suspension_and_Permanent_Exclusion_guidance_July_2022.pdf
    titleThenYear('suspension and permanent exclusion'),
    titleThenYear('exclusion from maintained schools', 8),
  ],
  editions: [
    {
      year: 2012,
      label: 'Exclusion from maintained schools guidance 2012',
      inForce: '2012-09-01',
      verified: true,
      // reference: edition "2012/2017 predecessor: 'Exclusion from maintained schools, academies and pupil referral
      //   units in England'"; in force "2012-09-01 (2012 version); Sept 2017 update"; confidence "verified (multiple
      //   LA pages cite Sept 2017 / Sept 2012)"
      notes: "The predecessor, 'Exclusion from maintained schools, academies and pupil referral units in England' (used 'fixed-term exclusion').",
      sources: ['https://docslib.org/doc/13838661/reasons-for-exclusion (2012 guidance effective 1 September 2012)'],
    },
    {
      year: 2017,
      label: 'Exclusion from maintained schools guidance 2017',
      inForce: '2017-09-01',
      verified: true,
      // reference: edition "2012/2017 predecessor: 'Exclusion from maintained schools, academies and pupil referral
      //   units in England'"; in force "2012-09-01 (2012 version); Sept 2017 update"; confidence "verified (multiple
      //   LA pages cite Sept 2017 / Sept 2012)"
      notes: 'September 2017 update of the predecessor; the source gives the month only, the first day is used.',
      sources: ['https://wvs.sch.life/page/detail/exclusions- (cites DfE September 2017)'],
    },
    {
      year: 2022,
      label: 'Suspension and Permanent Exclusion guidance 2022',
      inForce: '2022-09-01',
      verified: true,
      // reference: edition "2022"; in force "2022-09-01"; confidence "verified"
      notes: "Published July 2022. 'Suspension' replaces 'fixed-term exclusion'; the headteacher must notify the social worker / VSH without delay.",
      sources: [
        "https://www.enfield.gov.uk/services/children-and-education/virtual-school/suspensions-and-exclusions (quotes 'DfE suspension and permanent exclusion guidance, July 2022')",
        'https://www.cognus.org.uk/services/suttonvirtualschool/training-and-resources/resources/exclusions-and-suspensions/ (applies to decisions from 1 Sept 2022)',
        'https://cyps.northyorks.gov.uk/exclusions',
        'https://customers.junipereducation.org/updated-guidance-on-suspension-and-permanent-exclusions/',
      ],
    },
    {
      year: 2023,
      label: 'Suspension and Permanent Exclusion guidance 2023',
      inForce: '2023-09-01',
      verified: true,
      // reference: edition "2023"; in force "2023-09-01"; confidence "verified"
      notes: 'Published May 2023.',
      sources: [
        'https://covid19.thekeysupport.com/.../need-to-know-dfe-updates-school-suspensions-and-permanent-exclusions-guidance/ (last reviewed 26 May 2023; in effect 1 Sept 2023)',
        'https://www.hilldickinson.com/insights/articles/suspensions-and-permanent-exclusions-new-guidance-and-practical-considerations',
        'https://customers.junipereducation.org/updated-guidance-on-suspension-and-permanent-exclusions/',
      ],
    },
    {
      year: 2024,
      label: 'Suspension and Permanent Exclusion guidance 2024',
      inForce: null,
      verified: true,
      // reference: edition "2024"; in force "UNVERIFIED (probably on publication / aligned with 19 Aug 2024
      //   regulations)"; confidence "edition verified; in-force date unverified"
      notes: 'August 2024 technical update for the School Attendance (Pupil Registration) (England) Regulations 2024; the edition is verified but its in-force date is not (probably on publication, with the 19 August 2024 regulations), so it is never treated as current.',
      sources: [
        "https://schoolsweb.buckinghamshire.gov.uk/behaviour-wellbeing/exclusions-procedures/exclusions-and-reintegration/buckinghamshire-council-exclusion-guidance/?print=true ('DfE Suspension and Permanent Exclusion Guidance August 2024'; technical update for School Attendance (Pupil Registration) (England) Regulations 2024)",
        'https://jackminto.com/2024/09/15/school-suspensions-and-permanent-exclusions-dfe-guidance-update',
      ],
    },
    {
      year: 2026,
      label: 'Suspension and Permanent Exclusion guidance 2026',
      inForce: '2026-07-26',
      verified: true,
      // reference: edition "2026"; in force "2026-07-26"; confidence "verified (multiple sources)"
      notes: 'Published 26 May 2026; replaces the 2024 version. Off-site direction extended to academies; interim PEP reviews for looked-after children at risk of exclusion.',
      sources: [
        'https://schoolleaders.thekeysupport.com/pupils-and-parents/behaviour-and-attendance/exclusions/suspension-and-exclusion-guidance-summary-of-changes/ (29 May 2026)',
        'https://schoolgovernors.thekeysupport.com/curriculum-and-pupils/behaviour-attendance/discipline-exclusions/suspension-and-exclusion-guidance-summary-of-changes/ (1 June 2026)',
        'https://iqmaward.com/blogs/dfe-exclusion-suspension-guidance-update-2026/ (published 26 May; replaces from 26 July 2026)',
        'https://www.hilldickinson.com/our-view/articles/department-for-education-releases-new-statutory-suspension-and-exclusions-guidance/ (27.05.2026)',
        'https://www.brownejacobson.com/insights/latest-dfe-exclusions-guidance-for-schools-and-academies',
        "https://www.ureach-ap.co.uk/post/new-school-suspension-and-exclusion-guidance-2026-what-schools-need-to-know ('comes into force on 26 July 2026 and replaces the 2024 version')",
      ],
    },
  ],
  replacedNames: [
    {
      kind: 'title',
      name: 'Exclusion from maintained schools, academies and pupil referral units in England',
      // Not inside the title that replaced it ("Suspension and permanent exclusion from maintained schools, ...").
      patterns: [/(?<!permanent\s{0,3})\bexclusions?\s+from\s+maintained\s+schools,?\s+academies\s+and\s+pupil\s+referral\s+units(?:\s+in\s+England)?/i],
      plain: false,
      replacement: 'Suspension and permanent exclusion from maintained schools, academies and pupil referral units in England, including pupil movement',
      edition: 2022,
      // reference: checkable_facts terminology_suspension "'Fixed-term exclusion' replaced by 'suspension' in the
      //   2022 exclusion guidance; old title 'Exclusion from maintained schools, academies and PRUs' replaced";
      //   the 2012/2017 predecessor's superseded_by "2022 edition".
      notes: 'The 2012 guidance (updated September 2017) was replaced by the suspension and permanent exclusion guidance, which applies to decisions from 1 September 2022.',
      sources: [
        'https://www.cognus.org.uk/services/suttonvirtualschool/training-and-resources/resources/exclusions-and-suspensions/ (applies to decisions from 1 Sept 2022)',
        'https://cyps.northyorks.gov.uk/exclusions',
        'https://wvs.sch.life/page/detail/exclusions- (cites DfE September 2017)',
        'https://docslib.org/doc/13838661/reasons-for-exclusion (2012 guidance effective 1 September 2012)',
      ],
    },
  ],
};
