/**
 * The policy model: what rules read. Built once per document from the mdast tree. Offsets are into the
 * Markdown that was parsed (a Span with space 'original' points into the original text instead).
 */
import type { Node as MdastNode } from 'mdast';
import type { PolicyKind, Span } from '../results.js';

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'table-row' | 'html' | 'code';

/** A unit of text a person would see as one piece: a heading, a paragraph, a list item's own text. */
export interface Block {
  index: number;
  kind: BlockKind;
  /** Plain text, inline markup removed, whitespace folded to single spaces. */
  text: string;
  start: number;
  end: number;
  /** Heading depth, or list nesting level (1 = top-level item); 0 otherwise. */
  depth: number;
  node: MdastNode;
  /** Index into PolicyModel.sections. */
  section: number;
  /** For a nested list item, the item it sits under. */
  parent?: Block;
  /** For a list item, its direct sub-items. */
  children?: Block[];
  /** Normalized offset of text[i]. */
  offsetAt(i: number): number;
}

export interface Section {
  index: number;
  /** '' for the part before the first heading. */
  title: string;
  depth: number;
  heading: Block | null;
  blocks: Block[];
}

export type FieldLayout = 'same-line' | 'table-row' | 'next-block' | 'list';

/** A label and its value: "Next Review:" -> "December 2025". */
export interface Field {
  label: string;
  value: string;
  labelSpan: Span;
  valueSpan: Span;
  layout: FieldLayout;
  /** The block the value is in, and the value's offset in that block's text. */
  block: Block;
  valueOffset: number;
}

/** A sentence that introduces a list ("We will use the following methods ...:") and the items under it. */
export interface LeadInList {
  leadIn: Block;
  /** The items that belong to the lead-in: its sub-items, or the list that follows it. Empty if none. */
  items: Block[];
}

export type DatePrecision = 'day' | 'month' | 'term' | 'season' | 'year' | 'academic-year';

/** A date expression read as a person would (UK order: 01/09/2025 is 1 September 2025). */
export interface DateValue {
  /** First day the expression covers, UTC midnight. */
  start: Date;
  /** Last day it covers, UTC midnight. */
  end: Date;
  precision: DatePrecision;
  /** The text as written. */
  text: string;
  /** Offset of `text` in the string it was found in. */
  index: number;
}

export type DateRole = 'next-review' | 'last-reviewed' | 'adopted' | 'approved' | 'published' | 'dated';

export interface PolicyDate {
  role: DateRole;
  value: DateValue;
  /** The label or phrase that gave the role ("Next Review:", "to be reviewed"). */
  label: string;
  span: Span;
  block: Block;
}

export interface Link {
  url: string;
  /** Link text; '' for a URL found on its own. */
  text: string;
  span: Span;
  /** false for a URL kept out of the prose (dropped between lines by a PDF). */
  inProse: boolean;
}

/** A mention of a guidance document, with the edition year it names, if any. */
export interface Citation {
  documentId: string;
  /** Edition year cited, or null ("the current KCSIE guidance"). */
  year: number | null;
  /** Where the year came from. */
  via: 'text' | 'link' | 'url';
  /** The words that cite it. */
  text: string;
  span: Span;
  url?: string;
  /** For a citation in the prose: its block and the offset of `text` in the block's text. */
  block?: Block;
  index?: number;
}

export type { PolicyKind } from '../results.js';

/** What kind of policy a document is, and why policy-lint thinks so. */
export interface PolicyKindJudgement {
  /** The main kind; 'unknown' when neither the title nor the vocabulary says clearly. */
  kind: PolicyKind | 'unknown';
  /** Every kind the document is (a "Behaviour and Exclusions Policy" is both); empty when unknown. */
  kinds: PolicyKind[];
  /** What decided: the title, the vocabulary, the configuration, or nothing. */
  source: 'title' | 'vocabulary' | 'config' | 'none';
  /** The evidence in words: 'title "Children Looked After Policy"'. */
  evidence: string;
}

export interface PolicyModel {
  blocks: Block[];
  sections: Section[];
  fields: Field[];
  lists: LeadInList[];
  dates: PolicyDate[];
  links: Link[];
  citations: Citation[];
  /** The document's title (first heading or first short line), if any. */
  title: string | null;
  /** The school (or trust) the policy belongs to, if the document says. */
  school: string | null;
  /** What kind of policy this is (looked-after, safeguarding, behaviour, …), with its evidence. */
  kind: PolicyKindJudgement;
}
