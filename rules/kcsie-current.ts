/**
 * kcsie-current: every citation of Keeping Children Safe in Education that carries a year (in the
 * text, or in a linked file name such as KCSIE_2022_revised.pdf) cites the edition in force on the
 * as-of date. The editions and their in-force dates come from the guidance data module.
 */
import { checkCitationsCurrent, CITE_CURRENT_MESSAGES, defineRule, docsUrl } from '../src/kit/index.js';

const ID = 'kcsie-current';
/** The advice names the guidance in full; the rest is the shared check's. */
const SINCE = 'schools must follow the edition in force, {{currentEdition}}, since {{inForce}}.';
const WHY =
  '{{shortName}} is statutory safeguarding guidance that is usually updated every September, so a policy that points to an old edition can miss duties added since.';

export default defineRule({
  meta: {
    id: ID,
    title: 'Current KCSIE cited',
    description: 'Citations of Keeping Children Safe in Education (KCSIE) that name a year cite the edition in force.',
    docs: docsUrl(ID),
    usesDate: true,
    messages: {
      outdated: {
        ...CITE_CURRENT_MESSAGES.outdated,
        reason: `The policy cites Keeping Children Safe in Education {{cited}}; ${SINCE} ${WHY}`,
        action:
          'Update the reference to {{citedEdition}} to {{currentEdition}}, the edition schools must follow since {{inForce}} (or simply refer to “the current edition of {{shortName}}”, so the policy does not date)',
        guidance: ['kcsie'],
      },
      'outdated-link': { ...CITE_CURRENT_MESSAGES['outdated-link'], reason: `The policy links to Keeping Children Safe in Education {{cited}}; ${SINCE} ${WHY}`, guidance: ['kcsie'] },
    },
  },
  check(context) {
    checkCitationsCurrent(context, 'kcsie');
  },
});
