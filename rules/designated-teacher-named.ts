/**
 * designated-teacher-named: the designated teacher for looked-after and previously looked-after
 * children must be named. Reads the model's labelled fields and the sentences about the role. A blank or
 * placeholder is reported in any policy; a policy that names no one (or only a role) is reported only
 * when it is about looked-after children, children with a social worker, kinship care or the
 * designated teacher.
 */
import { checkNamedRole, defineRule, docsUrl, LOOKED_AFTER_KINDS, namedRoleMessagesWith } from '../src/kit/index.js';

const ID = 'designated-teacher-named';
/**
 * "Designated teacher", also glued by extraction ("DesignatedTeacher"), and the Act's "designated member of
 * staff" for looked-after and previously looked-after pupils (not the one for safeguarding).
 */
const DT_LABEL = /\bdesignated\s*teachers?\b|\bdesignated\s+members?\s+of\s+staff\b(?![^.]{0,40}\b(?:safeguarding|child protection)\b)/i;
const NOT_DT = /\b(?:safeguarding|governors?|dsl)\b/i;

/** The advice for every message: why the name matters, and what is wrong in this copy (`how`). */
const MESSAGES = namedRoleMessagesWith({
  reason: (how) =>
    'Schools must appoint a designated teacher to promote the education of looked-after and previously looked-after children. ' +
    `The policy should name that person, so carers, social workers and the Virtual School know whom to contact; here ${how}.`,
  action: 'Fill in the name of the designated teacher for looked-after and previously looked-after children',
  guidance: ['designated-teacher'],
  roleExample: 'the SENCO',
  noneNamed: 'no designated teacher is named',
});

export default defineRule({
  meta: {
    id: ID,
    title: 'Designated teacher named',
    description: 'The designated teacher for looked-after and previously looked-after children is named (one per school in a trust policy).',
    docs: docsUrl(ID),
    // Every school must have a designated teacher, but only these policies must say who it is.
    requiredIn: LOOKED_AFTER_KINDS,
    messages: MESSAGES,
  },
  check(context) {
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
