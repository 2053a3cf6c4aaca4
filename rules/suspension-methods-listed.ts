/**
 * suspension-methods-listed: where a policy says it "will use the following methods to avoid
 * suspending/excluding…", real methods must follow. A lead-in stated twice in one section with the list
 * under one of them (as Edwinstree's does) is fine.
 */
import type { Block, LeadInList } from '../src/model/types.js';
import { collapse } from '../src/model/text.js';
import { defineRule, docsUrl, excerptAround, spanOf } from '../src/rule-kit.js';

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

export default defineRule({
  meta: {
    id: ID,
    description: 'A "we will use the following methods to avoid suspension/exclusion" lead-in is followed by a list of real methods.',
    docs: docsUrl(ID),
    defaultSeverity: 'error',
    fixable: false,
    schema: { type: 'object', properties: {}, additionalProperties: false },
  },
  create(context) {
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
        const message =
          items.length === 0
            ? 'The policy says it will use "the following methods" to avoid suspension or exclusion, but no methods follow.'
            : `The list of methods to avoid suspension or exclusion holds only placeholders (${items.map((i) => JSON.stringify(collapse(i.text))).join(', ')}).`;
        context.report({
          message,
          span: spanOf(block),
          excerpt: excerptAround(block),
          messageId: items.length === 0 ? 'empty' : 'placeholders',
        });
      }
    }
  },
});
