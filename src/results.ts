/**
 * The shapes of results: what policy-lint reports and formatters read (LintMessage and LintResult follow
 * ESLint's, so tools that read ESLint JSON can read ours), and the places they point at. A leaf: it
 * imports nothing of the project, so loaders, the model and formatters use it without a circle.
 */

/** The kinds of school policy policy-lint tells apart (POLICY_KINDS in src/model/kind.ts lists them). */
export type PolicyKind =
  | 'looked-after'
  | 'designated-teacher'
  | 'social-worker'
  | 'kinship-care'
  | 'safeguarding'
  | 'behaviour'
  | 'exclusion'
  | 'alternative-provision'
  | 'attendance'
  | 'send'
  | 'other';

/** 0 = off, 1 = warn, 2 = error: ESLint's numbering. */
export type Severity = 0 | 1 | 2;

/** Which format a document was loaded from. */
export type SourceFormat = 'markdown' | 'text' | 'docx' | 'pdf';

/** A place in the ORIGINAL file, 1-based like ESLint. `page` is set for PDFs (see README). */
export interface SourcePoint {
  line: number;
  column: number;
  page?: number;
}

export interface LintMessage {
  /** null for a fatal message about the file itself (unreadable, undecodable). */
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** PDF only: the page the finding is on (line is then the line within that page). */
  page?: number;
  endPage?: number;
  /** A short excerpt of the text the finding is about, so a person can find it without line numbers. */
  excerpt?: string;
  /** true for a message about the file itself, as in ESLint. */
  fatal?: boolean;
  /** Message id and data, for formatters and tests that want structured detail. */
  messageId?: string;
  data?: Record<string, unknown>;
}

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** What the file was read as (undefined when it could not be read at all). */
  format?: SourceFormat;
  /** The school the policy belongs to, when the document says. */
  school?: string;
  /** What kind of policy it is ('unknown' when unclear; absent when the file could not be read). */
  kind?: PolicyKind | 'unknown';
  /** Why policy-lint thinks so: 'title "Behaviour Policy"', 'set by configuration', … */
  kindEvidence?: string;
  /**
   * Messages an inline directive or a bulk suppression turned off (ESLint's field); present only when
   * there are some.
   */
  suppressedMessages?: SuppressedLintMessage[];
  /** The reviewed copy written for it by --annotate (absolute path), when one was. */
  reviewedFile?: string;
}

/** A message that was not reported, and why (ESLint's shape). */
export interface SuppressedLintMessage extends LintMessage {
  /** 'directive': an inline policy-lint-disable comment; 'file': the bulk suppressions file. */
  suppressions: Array<{ kind: 'directive' | 'file'; justification: string }>;
}

/** A range in one of the two coordinate spaces a rule can see. */
export interface Span {
  /** Offset (0-based) of the first character. */
  start: number;
  /** Offset one past the last character. */
  end: number;
  /**
   * 'normalized' (default): offsets into the Markdown that was parsed.
   * 'original': offsets into the original text, used for things kept out of the prose (a URL a PDF
   * dropped between lines, a running header).
   */
  space?: 'normalized' | 'original';
}
