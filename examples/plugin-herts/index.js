/**
 * An example policy-lint plugin. Its rule is named "herts/virtual-school-contact" once loaded; its
 * preset is used as `extends: ["plugin:herts/recommended"]`.
 *
 * A real plugin would `import { defineRule } from 'policy-lint/rule'` (defaults filled, types checked);
 * this one has no dependencies so that it runs from a plain copy, so it spells out its meta.
 */
const VIRTUAL_SCHOOL = /\bvirtual\s+school\b/i;
const CONTACT = /(?:@|\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b|https?:\/\/)/;

const virtualSchoolContact = {
  meta: {
    description: 'The policy gives a way to contact the Virtual School (an email address, a phone number or a web page).',
    docs: 'https://example.org/policy-lint-plugin-herts/virtual-school-contact',
    defaultSeverity: 'warn',
    fixable: false,
    messages: {
      'no-contact': {
        message: 'The policy mentions the Virtual School but gives no way to contact it.',
        reason: 'Carers and social workers need to reach the Virtual School quickly about a looked-after child; the policy names it but gives no contact.',
        action: 'Add the Virtual School’s email address, phone number or web page',
      },
      'no-email': 'The policy mentions the Virtual School but gives no email address for it.',
    },
    schema: {
      type: 'object',
      properties: { requireEmail: { type: 'boolean', default: false } },
      additionalProperties: false,
    },
  },
  check(context) {
    const blocks = context.model.blocks.filter((b) => VIRTUAL_SCHOOL.test(b.text));
    if (blocks.length === 0) return;
    const wanted = context.options.requireEmail ? /@/ : CONTACT;
    if (blocks.some((b) => wanted.test(b.text))) return;
    context.report({ messageId: context.options.requireEmail ? 'no-email' : 'no-contact', at: blocks[0] });
  },
};

export default {
  meta: { name: 'herts', version: '1.0.0' },
  rules: {
    'virtual-school-contact': virtualSchoolContact,
  },
  configs: {
    recommended: {
      extends: ['policy-lint:recommended'],
      rules: {
        'herts/virtual-school-contact': 'warn',
        'docx-tracked-changes': 'error',
      },
    },
  },
};
