/**
 * kcsie-current: every citation of Keeping Children Safe in Education that carries a year (in the
 * text, or in a linked file name such as KCSIE_2022_revised.pdf) cites the edition in force on the
 * as-of date. The editions and their in-force dates come from the guidance data module.
 */
import { checkCitationsCurrent } from '../src/checks/cite-current.js';
import { defineRule, docsUrl } from '../src/rule-kit.js';

const ID = 'kcsie-current';

export default defineRule({
  meta: {
    id: ID,
    description: 'Citations of Keeping Children Safe in Education (KCSIE) that name a year cite the edition in force.',
    docs: docsUrl(ID),
    defaultSeverity: 'error',
    fixable: false,
    usesDate: true,
    schema: { type: 'object', properties: {}, additionalProperties: false },
  },
  create(context) {
    checkCitationsCurrent(context, 'kcsie');
  },
});
