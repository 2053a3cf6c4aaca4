/**
 * virtual-school-named (warning): a policy about looked-after children names the virtual school head, or
 * gives the Virtual School's contact (an email address, a phone number or a web address), so staff know
 * whom to call. A plain mention of "the Virtual School" with neither is reported there; a policy that
 * never mentions it is reported once. A blank or placeholder for the head ("Virtual School Head: ……") is
 * reported in any policy.
 */
import { checkNamedRole, defineRule, docsUrl, NAMED_ROLE_MESSAGES, sentences, type Block, type MessageSpec, type ReportDescriptor, type RuleContext } from '../src/kit/index.js';

const ID = 'virtual-school-named';

/** The Virtual School, its head ("VSH", "virtual headteacher"), however extraction spaced it. */
const VIRTUAL_SCHOOL = /\bvirtual\s*schools?(?:\s*head(?:\s*teacher)?s?\b)?|\bVSHs?\b|\bvirtual\s+head\s*teachers?\b/i;
/** The head's titles: "Virtual School Head(teacher)", "Head of the Virtual School", "VSH", "virtual headteacher". */
const VSH_LABEL = /\bvirtual\s*school\s*head(?:\s*teacher)?s?\b|\bhead\s+of\s+(?:the\s+)?virtual\s*school\b|\bVSHs?\b|\bvirtual\s+head\s*teachers?\b/i;
/** Deputies and others of the Virtual School: their names do not name its head. */
const NOT_VSH = /\bdeput(?:y|ies)\b|\bassistant\b|\badvis[eo]rs?\b|\bofficers?\b/i;

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
/** A UK phone number: 01992 556915, 0207 364 3444, 0300 123 4567, +44 1992 556915. */
const PHONE = /(?:\+44\s?\(?0?\)?\s?|\b0)\d{2,4}[\s-]?\d{3}[\s-]?\d{3,4}\b/;
const WEB = /\b(?:https?:\/\/|www\.)[^\s<>()]+/i;
/** National guidance (the DfE's publications, legislation): a link to it is no contact for a virtual school. */
const NATIONAL = /\b(?:www\.gov\.uk|publishing\.service\.gov\.uk|legislation\.gov\.uk|ofsted\.gov\.uk|education\.gov\.uk|gov\.uk\/government)\b/i;

const ROLE = 'virtual school head';

function advised(spec: MessageSpec, how: string): MessageSpec {
  return {
    ...spec,
    reason:
      "Every local authority's virtual school head promotes the education of the children it looks after, and the designated teacher works with the Virtual School on each child's personal education plan. " +
      `Staff, carers and social workers should find in the policy whom to contact; here ${how}.`,
    action: 'Name the virtual school head, or give the Virtual School’s email address, phone number or website',
    guidance: ['promoting-education-lac'],
  };
}

/** Whether the text gives a way to reach someone: an email address, a phone number, a local web address. */
function hasContact(text: string): boolean {
  if (EMAIL.test(text) || PHONE.test(text)) return true;
  const web = WEB.exec(text);
  return !!web && !NATIONAL.test(web[0]);
}

/** A line that heads the Virtual School's details ("The Hertfordshire Virtual School for Children Looked After", "Virtual School contacts:"). */
function headsDetails(block: Block): boolean {
  return block.text.trim().split(/\s+/).length <= 14 && !/[.!?]\s*$/.test(block.text.trim());
}

/** Whether the policy gives the Virtual School's contact: in a block that mentions it, or in the lines under a line that heads its details. */
function givesContact(context: RuleContext): boolean {
  const { blocks, links } = context.model;
  // An address that is the Virtual School's own: virtualschool@…, …/virtual-school, a link named for it.
  for (const link of links) {
    if (NATIONAL.test(link.url) || !/^(?:https?:|mailto:|www\.)/i.test(link.url)) continue;
    if (/virtual|vschool/i.test(link.url) || VIRTUAL_SCHOOL.test(link.text)) return true;
  }
  for (const block of blocks) {
    // virtualschool@…, vs.team@…virtualschool.org: an address of the Virtual School's own, wherever it is.
    if (/[\w.+-]*virtual[\w.+-]*@|@[\w.-]*virtual/i.test(block.text)) return true;
    if (!VIRTUAL_SCHOOL.test(block.text)) continue;
    if (hasContact(block.text)) return true;
    if (!headsDetails(block)) continue;
    for (const next of blocks.slice(block.index + 1, block.index + 6)) {
      if (next.kind === 'heading') break;
      if (hasContact(next.text)) return true;
    }
  }
  return false;
}

/** A blank or placeholder in a sentence about the head ("[email protected]" is a web page's hidden email address, not a placeholder). */
const PLACEHOLDER = /\[(?!email\s+protected\])[^\]]*\]|\.{3,}|\u2026{2,}|_{3,}|\b(?:TBC|TBA|XXXX+)\b/;

function placeholderAboutHead(at: ReportDescriptor['at']): boolean {
  if (!at || typeof at !== 'object' || !('offsetAt' in at)) return false;
  return sentences(at.text).some((s) => VSH_LABEL.test(s.text) && PLACEHOLDER.test(s.text));
}

/**
 * Whether the policy names the head, by the named-role machinery (as designated-teacher-named reads its
 * teacher); the blanks and placeholders it finds for the head are reported, in any kind of policy.
 */
function namesHead(context: RuleContext): boolean {
  let named = true;
  const report = (descriptor: ReportDescriptor): void => {
    const id = descriptor.messageId;
    if (id === 'blank' || id === 'placeholder') context.report(descriptor);
    else named = false; // "does not name", a role, a line with nothing under it, a placeholder in a sentence
    if (id === 'placeholder-sentence' && placeholderAboutHead(descriptor.at)) context.report(descriptor);
  };
  const probe: RuleContext = Object.create(context, { required: { value: true }, report: { value: report } });
  checkNamedRole(probe, { label: VSH_LABEL, exclude: NOT_VSH, role: ROLE, nearby: true });
  return named;
}

export default defineRule({
  meta: {
    id: ID,
    title: 'Virtual school contact given',
    description: 'A policy about looked-after children names the virtual school head or gives the Virtual School’s contact details.',
    docs: docsUrl(ID),
    // The adviser's pack (policy-lint:adviser), off by default: see README, "Presets".
    recommended: false,
    defaultSeverity: 'warn',
    requiredIn: ['looked-after', 'social-worker', 'kinship-care'],
    messages: {
      blank: advised(NAMED_ROLE_MESSAGES.blank, 'the name is left blank'),
      placeholder: advised(NAMED_ROLE_MESSAGES.placeholder, 'the name is still a placeholder'),
      'placeholder-sentence': advised(NAMED_ROLE_MESSAGES['placeholder-sentence'], 'the name is still a placeholder'),
      'no-contact': advised(
        {
          message: 'The policy mentions "{{mention}}" but neither names the virtual school head nor gives the Virtual School’s email address, phone number or website.',
        },
        'the Virtual School is mentioned, but no one is named and no contact is given',
      ),
      missing: advised(
        { message: 'The policy does not mention the Virtual School: it neither names the virtual school head nor gives the Virtual School’s contact details.' },
        'the Virtual School is not mentioned at all',
      ),
    },
  },
  check(context) {
    const named = namesHead(context);
    if (named || !context.required || givesContact(context)) return;
    const first = context.model.blocks.find((b) => VIRTUAL_SCHOOL.test(b.text));
    if (!first) {
      context.report({ messageId: 'missing', at: 'document' });
      return;
    }
    const m = VIRTUAL_SCHOOL.exec(first.text)!;
    context.report({ messageId: 'no-contact', at: first, from: m.index, to: m.index + m[0].length, data: { mention: m[0].replace(/\s+/g, ' ') } });
  },
});
