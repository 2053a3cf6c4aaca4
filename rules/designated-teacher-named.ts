/**
 * designated-teacher-named: the designated teacher for looked-after and previously looked-after
 * children must be named. Reads the model's labelled fields; sentences count when there is no field.
 */
import { checkNamedRole } from '../src/checks/named-role.js';
import { defineRule, docsUrl } from '../src/rule-kit.js';

const ID = 'designated-teacher-named';
const DT_LABEL = /\bdesignated\s+teachers?\b/i;
const NOT_DT = /\b(?:safeguarding|governors?|dsl)\b/i;

export default defineRule({
  meta: {
    id: ID,
    description: 'The designated teacher for looked-after and previously looked-after children is named (one per school in a trust policy).',
    docs: docsUrl(ID),
    defaultSeverity: 'error',
    fixable: false,
    schema: { type: 'object', properties: {}, additionalProperties: false },
  },
  create(context) {
    // The same machinery as a declarative `require-named-role` rule.
    checkNamedRole(context, {
      label: DT_LABEL,
      exclude: NOT_DT,
      role: 'designated teacher',
      roleShort: 'designated teacher for CLA and PLA',
      roleLong: 'designated teacher for looked-after and previously looked-after children',
    });
  },
});
