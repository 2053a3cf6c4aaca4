/** The messages of checkNamedRole (./named-role.ts), for the rules built on it. */
import type { MessageSpec } from '../common/messages.js';

/**
 * The messages checkNamedRole reports, for a rule's `meta.messages` (a rule may add its own reason and
 * action, or replace these). Data: role (as the message words it), label and value (of a field),
 * forSchool (" for Oak School" in a trust's list, else ''), problem (what a field holds instead of a
 * name), roleGiven (the role a sentence gives instead of a person).
 */
export const NAMED_ROLE_MESSAGES = {
  blank: {
    message: 'The {{role}}{{forSchool}} is not named: "{{label}}" is left blank.',
    reason: 'The policy should name the {{role}}, so staff, carers and other agencies know whom to contact; here the name is left blank.',
    action: 'Fill in the name of the {{role}}',
  },
  unanswered: {
    message: 'The {{role}} is not named: "{{label}}" asks for the name, but nothing under it gives one.',
    reason: 'The policy should name the {{role}}, so staff, carers and other agencies know whom to contact; here the name is left blank.',
    action: 'Fill in the name of the {{role}}',
  },
  placeholder: {
    message: 'The {{role}}{{forSchool}} is not named: "{{label}}" holds {{problem}}.',
    reason: 'The policy should name the {{role}}, so staff, carers and other agencies know whom to contact; here the name is still a placeholder.',
    action: 'Fill in the name of the {{role}}',
  },
  'placeholder-sentence': {
    message: 'The {{role}} is not named: the sentence holds a placeholder, not a name.',
    reason: 'The policy should name the {{role}}, so staff, carers and other agencies know whom to contact; here the name is still a placeholder.',
    action: 'Fill in the name of the {{role}}',
  },
  'role-not-name': {
    message: 'The {{role}}{{forSchool}} is not named: "{{label}}" gives a role ("{{problem}}"), not a person\'s name.',
    reason: 'The policy should name the {{role}}, so staff, carers and other agencies know whom to contact; here it gives a role, not the person who holds it.',
    action: 'Fill in the name of the {{role}}',
  },
  'role-in-sentence': {
    message: 'The {{role}} is not named: the policy gives a role ("{{roleGiven}}"), not a person.',
    reason: 'The policy should name the {{role}}, so staff, carers and other agencies know whom to contact; here it gives a role, not the person who holds it.',
    action: 'Fill in the name of the {{role}}',
  },
  missing: {
    message: 'The policy does not name its {{role}}.',
    reason: 'The policy should name the {{role}}, so staff, carers and other agencies know whom to contact; no one is named.',
    action: 'Fill in the name of the {{role}}',
  },
} satisfies Record<string, MessageSpec>;

/** What a named-role rule says about its role, for namedRoleMessagesWith. */
export interface NamedRoleAdvice {
  /** Why the name matters, ending with what is wrong in this copy (`how`: "the name is left blank"). */
  reason: (how: string) => string;
  action: string;
  guidance?: string[];
  /** A role a policy gives instead of a person ("the SENCO"). */
  roleExample: string;
  /** What is wrong when no one is named ("no designated teacher is named"). */
  noneNamed: string;
}

/** NAMED_ROLE_MESSAGES with one rule's advice: the same reason for each message, with its own "how". */
export function namedRoleMessagesWith(advice: NamedRoleAdvice): Record<keyof typeof NAMED_ROLE_MESSAGES, MessageSpec> {
  const how: Record<keyof typeof NAMED_ROLE_MESSAGES, string> = {
    blank: 'the name is left blank',
    unanswered: 'the name is left blank',
    placeholder: 'the name is still a placeholder',
    'placeholder-sentence': 'the name is still a placeholder',
    'role-not-name': `the policy gives a role (such as "${advice.roleExample}"), not the person who holds it`,
    'role-in-sentence': `the policy gives a role (such as "${advice.roleExample}"), not the person who holds it`,
    missing: advice.noneNamed,
  };
  const out = {} as Record<keyof typeof NAMED_ROLE_MESSAGES, MessageSpec>;
  for (const id of Object.keys(NAMED_ROLE_MESSAGES) as Array<keyof typeof NAMED_ROLE_MESSAGES>) {
    out[id] = { ...NAMED_ROLE_MESSAGES[id], reason: advice.reason(how[id]), action: advice.action, ...(advice.guidance ? { guidance: advice.guidance } : {}) };
  }
  return out;
}
