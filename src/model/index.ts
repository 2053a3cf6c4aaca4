/**
 * Builds the policy model once per document. The cheap parts (blocks, links) are built at once; the
 * rest is computed on first use, so a run with few rules pays only for what they read.
 */
import type { Root } from 'mdast';
import type { Guidance } from '../guidance/types.js';
import type { Artifact } from '../load/types.js';
import { flatten } from './blocks.js';
import { extractCitations } from './citations.js';
import { extractFields } from './fields.js';
import { classifyPolicy } from './kind.js';
import { extractLists } from './lists.js';
import { extractDates } from './policy-dates.js';
import { findSchool, findTitle } from './school.js';
import { buildSections } from './sections.js';
import type { Block, Citation, Field, LeadInList, Link, PolicyDate, PolicyKind, PolicyKindJudgement, PolicyModel, Section } from './types.js';

export type * from './types.js';

class LazyPolicyModel implements PolicyModel {
  readonly blocks: Block[];
  readonly links: Link[];
  private cache: {
    fields?: Field[];
    sections?: Section[];
    lists?: LeadInList[];
    dates?: PolicyDate[];
    citations?: Citation[];
    title?: string | null;
    school?: string | null;
    kind?: PolicyKindJudgement;
  } = {};

  constructor(
    tree: Root,
    markdown: string,
    private readonly artifacts: Artifact[],
    private readonly guidance: Guidance,
    private readonly kindSetting?: PolicyKind,
  ) {
    const flat = flatten(tree, markdown);
    this.blocks = flat.blocks;
    this.links = flat.links;
    // Sections are built at once: every block's `section` index must be right before a rule reads it.
    this.cache.fields = extractFields(this.blocks);
    this.cache.sections = buildSections(this.blocks, this.cache.fields);
    for (const a of artifacts) {
      if (a.kind === 'url') this.links.push({ url: a.text, text: '', span: { start: a.start, end: a.end, space: 'original' }, inProse: false });
    }
  }

  get fields(): Field[] {
    return (this.cache.fields ??= extractFields(this.blocks));
  }
  get sections(): Section[] {
    return (this.cache.sections ??= buildSections(this.blocks, this.fields));
  }
  get lists(): LeadInList[] {
    return (this.cache.lists ??= extractLists(this.blocks));
  }
  get dates(): PolicyDate[] {
    return (this.cache.dates ??= extractDates(this.blocks, this.fields));
  }
  get citations(): Citation[] {
    return (this.cache.citations ??= extractCitations(
      this.blocks,
      this.links.filter((l) => l.inProse),
      this.artifacts,
      this.guidance,
    ));
  }
  get title(): string | null {
    if (this.cache.title === undefined) this.cache.title = findTitle(this.blocks);
    return this.cache.title;
  }
  get kind(): PolicyKindJudgement {
    if (!this.cache.kind) {
      const set = this.kindSetting;
      this.cache.kind = set ? { kind: set, kinds: [set], source: 'config', evidence: `set by configuration ("${set}")` } : classifyPolicy(this.blocks);
    }
    return this.cache.kind;
  }
  get school(): string | null {
    if (this.cache.school === undefined) this.cache.school = findSchool(this.blocks);
    return this.cache.school;
  }
}

/** `kind`: the policy's kind as the configuration sets it; classified from the text when not given. */
export function buildModel(tree: Root, markdown: string, artifacts: Artifact[], guidance: Guidance, kind?: PolicyKind): PolicyModel {
  return new LazyPolicyModel(tree, markdown, artifacts, guidance, kind);
}
