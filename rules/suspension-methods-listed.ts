/**
 * suspension-methods-listed: where a policy says it "will use the following methods to avoid
 * suspending/excluding…", real methods must follow. A lead-in stated twice in one section with the list
 * under one of them (as Edwinstree's does) is fine.
 */
import { collapse, defineRule, docsUrl, type Block, type LeadInList } from '../src/kit/index.js';

const ID = 'suspension-methods-listed';

/** "We will use the following methods to avoid suspending …", "Strategies we use to prevent exclusion include:" */
export const METHODS_LEAD_IN =
  /\b(?:methods?|strategies|strategy|approaches|steps|measures|ways|interventions)\b[^.]{0,80}?\b(?:avoid|prevent|reduce|minimi[sz]e)\w*\b[^.]{0,40}?\b(?:suspen\w*|exclu\w*)|\b(?:avoid|prevent)\w*\s+(?:suspen\w*|exclu\w*)[^.]{0,60}?\b(?:include|are|will be)\b[^.]{0,20}[:;]\s*$/i;

/** A list item that holds no method: "...", "…", "[insert methods]", "TBC", "-". */
function isPlaceholder(item: Block): boolean {
  const text = collapse(item.text);
  if (!/[A-Za-z]{2}/.test(text)) return true;
  return /^(?:\[[^\]]*\]|<[^>]*>|tbc|tba|to be (?:confirmed|added|completed)|insert(?: methods?)?(?: here)?|n\/a|x+)$/i.test(text);
}

/** Why it matters, with what is wrong in this copy. */
function reason(how: string): string {
  return (
    `The policy promises a list of the methods the school uses to avoid suspending or excluding a child with a social worker, but ${how}. ` +
    'Governors, carers and the Virtual School cannot see what the school will actually do; the statutory guidance on suspension and ' +
    'permanent exclusion expects schools to consider extra support for these pupils, and to work with their social worker and the Virtual School, before suspending or excluding.'
  );
}
const ACTION =
  'List the methods the school actually uses to avoid suspending or excluding a child with a social worker (for example: early contact with the ' +
  "child's social worker and the Virtual School, a review of their Personal Education Plan, extra support in class)";

export default defineRule({
  meta: {
    id: ID,
    title: 'Methods to avoid suspension listed',
    description: 'A "we will use the following methods to avoid suspension/exclusion" lead-in is followed by a list of real methods.',
    docs: docsUrl(ID),
    messages: {
      empty: {
        message: 'The policy says it will use "the following methods" to avoid suspension or exclusion, but no methods follow.',
        reason: reason('no methods follow'),
        action: ACTION,
        guidance: ['suspension-exclusion'],
      },
      placeholders: {
        message: 'The list of methods to avoid suspension or exclusion holds only placeholders ({{items}}).',
        reason: reason('the list holds only placeholders'),
        action: ACTION,
        guidance: ['suspension-exclusion'],
      },
    },
  },
  check(context) {
    const model = context.model;
    const byLeadIn = new Map<Block, LeadInList>();
    for (const list of model.lists) byLeadIn.set(list.leadIn, list);

    const leadIns = model.blocks.filter((b) => METHODS_LEAD_IN.test(b.text) && (byLeadIn.has(b) || /\bfollowing\b/i.test(b.text)));
    // Group by section: one lead-in with real methods satisfies its section.
    const bySection = new Map<number, Block[]>();
    for (const block of leadIns) {
      const group = bySection.get(block.section) ?? [];
      group.push(block);
      bySection.set(block.section, group);
    }
    for (const group of bySection.values()) {
      const methods = (b: Block) => (byLeadIn.get(b)?.items ?? []).filter((i) => !isPlaceholder(i));
      if (group.some((b) => methods(b).length > 0)) continue;
      for (const block of group) {
        const items = byLeadIn.get(block)?.items ?? [];
        if (items.length === 0) context.report({ messageId: 'empty', at: block });
        else context.report({ messageId: 'placeholders', at: block, data: { items: items.map((i) => JSON.stringify(collapse(i.text))).join(', ') } });
      }
    }
  },
});
