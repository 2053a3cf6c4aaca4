/** promoting-education-lac: the document and its editions, with the research's sources (../data.ts says how the research became data). */
import type { GuidanceDocument } from '../types.js';

export const promotingEducationLac: GuidanceDocument = {
  id: 'promoting-education-lac',
  title: 'Promoting the education of looked-after children and previously looked-after children: statutory guidance for local authorities',
  shortName: 'Promoting the education of looked-after children',
  status: 'statutory guidance (LASSA 1970 s7)',
  url: 'https://gov.uk/government/publications/promoting-the-education-of-looked-after-children',
  mentionPatterns: [
    /promoting\s+the\s+education\s+of\s+looked[-\s]after/i,
    /promoting\s+the\s+educational\s+achievement\s+of\s+looked\s+after/i,
  ],
  urlPatterns: [],
  editions: [
    {
      year: 2014,
      label: 'Promoting the education of looked after children 2014',
      inForce: null,
      verified: true,
      // reference: edition "2014 (July 2014) 'Promoting the education of looked after children' / earlier
      //   'Promoting the achievement of looked-after children'"; in force null; confidence "verified that older
      //   versions were withdrawn/replaced; 2014 month from general knowledge"
      notes: "July 2014 edition (earlier 'Promoting the achievement of looked-after children'), withdrawn; the month is from general knowledge, so no in-force day. Superseded by the 2018 edition.",
      sources: [
        'https://www.gov.uk/government/publications/promoting-the-achievement-of-looked-after-children (withdrawn)',
        'https://gov.uk/government/publications/promoting-the-education-of-looked-after-children (Last updated 26 February 2018)',
      ],
    },
    {
      year: 2018,
      label: 'Promoting the education of looked-after children 2018',
      inForce: '2018-09-01',
      verified: true,
      // reference: edition "2018"; in force "PLAC VSH duties from September 2018"; confidence "verified"
      notes: 'Published February 2018 (gov.uk last updated 26 February 2018), with the PLAC virtual school head duties from September 2018 (the month only is given; the first day is used). No later edition found.',
      sources: [
        'https://gov.uk/government/publications/promoting-the-education-of-looked-after-children (Last updated 26 February 2018)',
        'https://vdocument.in/promoting-the-education-of-looked-after-children-and-previously-looked-after-children.html (PDF transcript, February 2018)',
        'https://csapps.norfolk.gov.uk/csshared/ecourier2/misheet.asp?misheetid=30039 (new VSH/DT duties for PLAC in force from September 2018)',
      ],
    },
  ],
  replacedNames: [
    {
      kind: 'title',
      name: 'Promoting the achievement of looked-after children',
      patterns: [/promoting\s+the\s+achievement\s+of\s+looked[-\s]after\s+children(?:\s+and\s+previously\s+looked[-\s]after\s+children)?/i],
      // Also the words of the duty ("committed to promoting the achievement of looked after children").
      plain: true,
      replacement: 'Promoting the education of looked-after children and previously looked-after children',
      edition: 2014,
      // reference: promoting-education-lac editions: 2014 "'Promoting the education of looked after children' /
      //   earlier 'Promoting the achievement of looked-after children'"; "verified that older versions were
      //   withdrawn/replaced". The 2014 edition has no in-force day, so the old title counts as replaced from the
      //   2018 edition's (1 September 2018).
      notes: "The earlier title, withdrawn; replaced by 'Promoting the education of looked after children' (2014), itself replaced by the February 2018 edition.",
      sources: [
        'https://www.gov.uk/government/publications/promoting-the-achievement-of-looked-after-children (withdrawn)',
        'https://gov.uk/government/publications/promoting-the-education-of-looked-after-children (Last updated 26 February 2018)',
      ],
    },
  ],
};
