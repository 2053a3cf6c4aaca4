/** mental-health-behaviour: the document and its editions, with the research's sources (../data.ts says how the research became data). */
import type { GuidanceDocument } from '../types.js';

export const mentalHealthBehaviour: GuidanceDocument = {
  id: 'mental-health-behaviour',
  title: 'Mental health and behaviour in schools',
  shortName: 'Mental health and behaviour in schools',
  status: 'non-statutory advice',
  // Not in the reference data: the gov.uk address is from general knowledge.
  url: 'https://www.gov.uk/government/publications/mental-health-and-behaviour-in-schools--2',
  mentionPatterns: [/mental\s+health\s+and\s+behaviour\s+in\s+schools/i],
  urlPatterns: [],
  editions: [
    {
      year: 2014,
      label: 'Mental health and behaviour in schools 2014',
      inForce: null,
      verified: false,
      // reference: edition "2014"; published "June 2014"; in force null; confidence "general knowledge, unverified"
      notes: 'June 2014; earlier editions 2014 and 2016 were not researched in detail. The reference data gives no in-force date or source for this edition.',
      sources: ['guidance-facts.json: documents[id=mental-health-behaviour].editions[0] (no source URL given)'],
    },
    {
      year: 2018,
      label: 'Mental health and behaviour in schools 2018',
      inForce: '2018-11-13',
      verified: true,
      // reference: edition "2018"; published "2018-11-13"; in force "2018-11-13"; confidence "two secondary"
      notes: 'Published 13 November 2018; the latest edition found on 1 December 2026.',
      sources: [
        'https://www.ascl.org.uk/help-and-advice/help-and-advice.updated-guidance-on-mental-health-and-behaviour.html',
        'https://www.readkong.com/page/mental-health-and-behaviour-in-schools-9652868',
      ],
    },
  ],
};
