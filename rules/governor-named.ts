/**
 * governor-named: the governor responsible for looked-after and previously looked-after children (the
 * designated, named or link governor) must be named. A blank or placeholder is reported in any policy; a
 * policy that names no one is reported only when it is about looked-after children, children with a
 * social worker or kinship care.
 */
import { checkNamedRole, defineRule, docsUrl, namedRoleMessagesWith } from '../src/kit/index.js';

const ID = 'governor-named';

/**
 * The governor's titles: "Designated (School) Governor", "Named Governor", "Nominated Governor", "Link
 * Governor", "Governor with responsibility for Children Looked After", "the governor responsible for CLA",
 * "nominate a school governor".
 */
const GOVERNOR_LABEL =
  /\b(?:designated|named|nominated|link|lead|nominate[sd]?\s+(?:a|one)|appoint(?:s|ed)?\s+a)\s+(?:school\s+)?governors?\b|\bgovernors?\s+(?:with\s+(?:special\s+|lead\s+|particular\s+|specific\s+)?responsibility\s+for|responsible\s+for|for)\s+(?:the\s+)?(?:(?:children|pupils|students)\s+(?:who\s+are\s+)?(?:looked[\s-]after|in\s+care|in\s+public\s+care)|looked[\s-]after|previously\s+looked|LAC|CLA|CiC|CfC|PLAC?|cared[\s-]for|children\s+with\s+a\s+social\s+worker)/i;
/** Governors for other things: the safeguarding governor, the SEN governor, the chair. */
const NOT_GOVERNOR =
  /\b(?:safeguarding|child\s+protection|safer\s+recruitment|SEND?|SENCO|special\s+educational|health\s+and\s+safety|finance|chair|vice|pupil\s+premium|online|e-?safety|attendance|behaviour|well-?being|mental\s+health|careers|prevent|training|data)\b/i;

/** The advice for every message: why the name matters, and what is wrong in this copy (`how`). */
const MESSAGES = namedRoleMessagesWith({
  reason: (how) =>
    'The governing body should name one governor to champion looked-after and previously looked-after children: to hold the school to account for their progress and to liaise with the designated teacher. ' +
    `The policy should say who it is; here ${how}.`,
  action: 'Fill in the name of the governor responsible for looked-after and previously looked-after children',
  guidance: ['designated-teacher'],
  roleExample: 'the chair of governors',
  noneNamed: 'no governor for looked-after children is named',
});

export default defineRule({
  meta: {
    id: ID,
    title: 'Governor for CLA named',
    description: 'The governor responsible for looked-after and previously looked-after children is named, in policies about them.',
    docs: docsUrl(ID),
    // The adviser's pack (policy-lint:adviser), off by default: see README, "Presets".
    recommended: false,
    requiredIn: ['looked-after', 'social-worker', 'kinship-care'],
    messages: MESSAGES,
  },
  check(context) {
    checkNamedRole(context, {
      label: GOVERNOR_LABEL,
      exclude: NOT_GOVERNOR,
      role: 'governor for looked-after children',
      roleLong: 'governor responsible for looked-after and previously looked-after children',
      nearby: true,
    });
  },
});
