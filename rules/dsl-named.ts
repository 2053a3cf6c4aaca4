/**
 * dsl-named: the designated safeguarding lead (DSL) must be named. A blank or placeholder is reported in
 * any policy; a policy that names no one (or only a role, "the headteacher is the DSL") is reported only
 * when it is a safeguarding or child protection policy, or a policy about looked-after children, children
 * with a social worker or kinship care. Older names for the role count: the designated senior person
 * (DSP), the designated person for child protection, the child protection officer.
 */
import { checkNamedRole, defineRule, docsUrl, namedRoleMessagesWith } from '../src/kit/index.js';

const ID = 'dsl-named';

/**
 * The lead's titles: "Designated Safeguarding Lead" (also glued by extraction, "DesignatedSafeguardingLead"),
 * "DSL", "Designated Senior Lead/Person for Child Protection", "Designated Child Protection Person",
 * "Designated Person for Child Protection", "Child Protection Officer/Co-ordinator/Lead", "DSP", and the
 * older "designated teacher(s) for child protection".
 */
const DSL_LABEL =
  /\bdesignated\s*safeguarding\s*leads?\b|\bDSLs?\b|\bdesignated\s*senior\s*(?:lead|leader|person|officer)s?\b|\bdesignated\s*(?:child\s*protection\s*)?(?:persons?|officers?|leads?)\s*for\s*(?:safeguarding|child\s*protection)\b|\bdesignated\s*child\s*protection\s*(?:persons?|officers?|leads?|co-?ordinators?)\b|\bchild\s*protection\s*(?:officers?|co-?ordinators?|leads?)\b|\bDSPs?\b|\bchild\s*protection\s+designated\s+(?:teachers?|persons?|staff)\b|\bdesignated\s+(?:teachers?|persons?|staff|members?\s+of\s+staff)\s+(?:for|with\s+(?:\w+\s+)?responsibility\s+for|involved\s+in\s+(?:matters\s+of\s+)?)\s*child\s*protection\b/i;
/** Deputies and other roles that share the words: a deputy's name does not name the lead. */
const NOT_DSL = /\bdeput(?:y|ies)\b|\bDDSLs?\b|\balternate\b|\bback-?up\b|\bassistant\s+DSL\b|\bgovernors?\b|\btrustees?\b|\bonline[\s-]*safety\b|\be-?safety\b|\bprevent\s+lead\b|\bmental\s+health\b/i;

/** The advice for every message: why the name matters, and what is wrong in this copy (`how`). */
const MESSAGES = namedRoleMessagesWith({
  reason: (how) =>
    'Every school must appoint a designated safeguarding lead, a senior member of staff who takes lead responsibility for safeguarding and child protection, ' +
    `and staff, pupils, parents and carers must know who it is and how to reach them; here ${how}.`,
  action: 'Fill in the name of the designated safeguarding lead (and, where there are deputies, theirs)',
  guidance: ['kcsie'],
  roleExample: 'the headteacher',
  noneNamed: 'no designated safeguarding lead is named',
});

export default defineRule({
  meta: {
    id: ID,
    title: 'Safeguarding lead named',
    description: 'The designated safeguarding lead (DSL) is named, in safeguarding and child protection policies and in policies about looked-after children.',
    docs: docsUrl(ID),
    // The adviser's pack (policy-lint:adviser), off by default: see README, "Presets".
    recommended: false,
    // Only these policies must say who the DSL is; a behaviour or attendance policy need not.
    requiredIn: ['safeguarding', 'looked-after', 'social-worker', 'kinship-care'],
    messages: MESSAGES,
  },
  check(context) {
    checkNamedRole(context, {
      label: DSL_LABEL,
      exclude: NOT_DSL,
      role: 'designated safeguarding lead',
      nearby: true,
    });
  },
});
