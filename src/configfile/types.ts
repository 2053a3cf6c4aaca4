/** The shape of a policy-lint configuration (a .policylintrc.yaml, policy-lint.config.js, …). */
import type { EditionOverride } from '../guidance/index.js';
import type { SchoolWeekFact } from '../guidance/types.js';
import type { PolicyKind } from '../model/types.js';
import type { RuleModule, RuleSetting } from '../types.js';

export type RuleSettings = Record<string, RuleSetting>;

/** Rule settings for the files that match `files` (globs relative to the config file's directory). */
export interface ConfigOverride {
  files: string | string[];
  excludedFiles?: string | string[];
  rules?: RuleSettings;
  /** The kind of policy these files are ("looked-after", "safeguarding", …), instead of the kind read from the text. */
  kind?: PolicyKind;
  /** The model policy these files are compared with (as --model), a path from this config file's folder. */
  model?: string;
}

/** Corrections and additions to the guidance facts (editions by guidance id, the school week). */
export interface KnowledgeConfig {
  /** By guidance id ("kcsie", "behaviour-in-schools"): editions to add or correct by year. */
  editions?: Record<string, EditionOverride[]>;
  schoolWeek?: Partial<SchoolWeekFact>;
}

export interface RequireSectionDefinition {
  kind: 'require-section';
  /** The heading (or any of several) that must exist; compared without case, numbering or a trailing colon. */
  heading: string | string[];
  /** 'contains' (default): a title containing the words ("Safeguarding and child protection"); 'exact'. */
  match?: 'contains' | 'exact';
  message?: string;
  /** The kinds of policy that must have the section (default: every kind). */
  requiredIn?: PolicyKind[];
  description?: string;
  url?: string;
}

export interface RequireNamedRoleDefinition {
  kind: 'require-named-role';
  /** The role as a label says it: "Designated Safeguarding Lead". */
  role: string;
  /** A regular expression for the labels instead of the role's words. */
  label?: string;
  /** Labels to leave out (a regular expression): "deputy". */
  exclude?: string;
  /** The kinds of policy that must name the person (default: every kind); blanks are reported in any. */
  requiredIn?: PolicyKind[];
  description?: string;
  url?: string;
}

export interface StalePhraseDefinition {
  kind: 'stale-phrase';
  /** A regular expression (JavaScript syntax), matched in each paragraph, heading, list item and table row. */
  pattern: string;
  /** Regular-expression flags; default "i". */
  flags?: string;
  /** The message; {{match}} is replaced by the words found. */
  message?: string;
  /** What to write instead, added to the message. */
  replacement?: string;
  description?: string;
  url?: string;
}

export interface CiteCurrentDefinition {
  kind: 'cite-current';
  /** A guidance id from the knowledge data ("behaviour-in-schools", "suspension-exclusion"). */
  guidance: string;
  description?: string;
  url?: string;
}

export type RuleDefinition = RequireSectionDefinition | RequireNamedRoleDefinition | StalePhraseDefinition | CiteCurrentDefinition;

export interface PolicyLintConfig {
  $schema?: string;
  /** Presets and shareable configs: "policy-lint:recommended", "policy-lint:all", a package, a path, "plugin:herts/recommended". */
  extends?: string | string[];
  /** Plugins: package names ("policy-lint-plugin-herts" or "herts") or paths ("./local-rules.js"). */
  plugins?: string[];
  rules?: RuleSettings;
  overrides?: ConfigOverride[];
  /** The "as of" date (YYYY-MM-DD); the CLI's --date wins. */
  asOf?: string;
  /** The model policy every file is compared with (as --model; --model wins), a path from this file's folder. */
  model?: string;
  knowledge?: KnowledgeConfig;
  /** Declarative rules, by name; enable them in `rules` like any rule. */
  define?: Record<string, RuleDefinition>;
}

/** What a plugin module exports. */
export interface PolicyLintPlugin {
  meta?: { name?: string; version?: string };
  rules: Record<string, RuleModule>;
  configs?: Record<string, PolicyLintConfig>;
}
