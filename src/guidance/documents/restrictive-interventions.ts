/** restrictive-interventions: the document and its editions, with the research's sources (../data.ts says how the research became data). */
import type { GuidanceDocument } from '../types.js';

export const restrictiveInterventions: GuidanceDocument = {
  id: 'restrictive-interventions',
  title: 'Restrictive interventions, including use of reasonable force, in schools',
  shortName: 'Restrictive interventions guidance',
  status: 'recording/reporting section statutory; remainder non-statutory',
  // Not in the reference data, and the page's address is not known here: a gov.uk search for its title.
  url: 'https://www.gov.uk/search/all?keywords=restrictive+interventions+including+use+of+reasonable+force+in+schools',
  mentionPatterns: [/use\s+of\s+reasonable\s+force/i, /restrictive\s+interventions/i],
  urlPatterns: [],
  editions: [
    {
      year: 2013,
      label: 'Use of reasonable force 2013',
      inForce: null,
      verified: false,
      // reference: edition "2013 'Use of reasonable force'"; in force null; confidence null
      notes: "'Use of reasonable force' (July 2013), superseded by Restrictive interventions (in force 1 April 2026). The reference data gives no in-force date, source or confidence for this edition; the 2026 sources say it replaces 'Use of reasonable force' / the 2013 framework.",
      sources: [
        "https://www.handsamcompliancematters.co.uk/dfe-statutory-guidance-update-use-of-reasonable-force-in-schools-how-handsam-can-help (in force 1 April 2026; replaces 'Use of reasonable force')",
        'https://www.seainclusion.co.uk/post/restrictive-interventions-including-use-of-reasonable-force-in-schools-key-points-and-possible-ac (issued just before Christmas 2025)',
        'https://www.nasschools.org.uk/new-guidance-on-restrictive-interventions-key-legal-implications-for-special-schools/ (replaces 2013 framework)',
      ],
    },
    {
      year: 2026,
      label: 'Restrictive interventions guidance 2026',
      inForce: '2026-04-01',
      verified: true,
      // reference: edition "2026"; in force "2026-04-01"; confidence "verified"
      notes: 'Published December 2025, in force 1 April 2026, with the Schools (Recording and Reporting of Seclusion and Restraint) (No. 2) (England) Regulations 2025.',
      sources: [
        "https://www.handsamcompliancematters.co.uk/dfe-statutory-guidance-update-use-of-reasonable-force-in-schools-how-handsam-can-help (in force 1 April 2026; replaces 'Use of reasonable force')",
        'https://www.seainclusion.co.uk/post/restrictive-interventions-including-use-of-reasonable-force-in-schools-key-points-and-possible-ac (issued just before Christmas 2025)',
        'https://www.nasschools.org.uk/new-guidance-on-restrictive-interventions-key-legal-implications-for-special-schools/ (replaces 2013 framework)',
      ],
    },
  ],
  replacedNames: [
    {
      kind: 'title',
      name: 'Use of reasonable force',
      // Not inside the title that replaced it ("Restrictive interventions, including use of reasonable force, in
      //   schools"), nor followed by "in schools" (a short name for the new title as much as the old).
      patterns: [/(?<!including\s{1,3}(?:the\s+)?)\buse\s+of\s+reasonable\s+force\b(?!,?\s+in\s+schools)/i],
      plain: true,
      replacement: 'Restrictive interventions, including use of reasonable force, in schools',
      edition: 2026,
      // reference: checkable_facts reasonable_force "'Use of reasonable force' (2013) replaced by 'Restrictive
      //   interventions, including use of reasonable force, in schools' in force 1 April 2026".
      notes: "'Use of reasonable force: advice for headteachers, staff and governing bodies' (July 2013), replaced by the restrictive interventions guidance in force from 1 April 2026.",
      sources: [
        "https://www.handsamcompliancematters.co.uk/dfe-statutory-guidance-update-use-of-reasonable-force-in-schools-how-handsam-can-help (in force 1 April 2026; replaces 'Use of reasonable force')",
        'https://www.nasschools.org.uk/new-guidance-on-restrictive-interventions-key-legal-implications-for-special-schools/ (replaces 2013 framework)',
      ],
    },
  ],
};
