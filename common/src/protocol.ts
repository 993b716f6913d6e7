/**
 * factlint's own LSP messages, shared by the client and the server. Plain names and types:
 * each side wraps them in its library's RequestType / NotificationType.
 */

/** Client → server request: what governs a document (for the status bar). */
export const DOCUMENT_STATUS = 'factlint/documentStatus';

/** Parameters of DOCUMENT_STATUS. */
export interface DocumentStatusParams {
  /** The document. */
  uri: string;
}

/** A facts table in use. */
export interface TableInfo {
  /** "default" for the embedded table, else the table's absolute path. */
  name: string;
  /** URI of the table file (the embedded table's is the file shipped with the extension). */
  uri: string;
}

/** Result of DOCUMENT_STATUS; null when the document is not checked. */
export interface DocumentStatus {
  /** The article date (YYYY-MM-DD). */
  articleDate: string;
  /** Where it was found: option, front-matter, date-line, dateline, first-date or today. */
  articleDateSource: string;
  /** True when the date is a guess: today's, or a year guessed for a date written without one (JSON's `articleDateGuessed`). */
  articleDateGuessed?: boolean;
  /** How many facts are loaded (people, offices, acronyms, terms and milestones). */
  facts: number;
  /** The tables in use, in merge order. */
  tables: TableInfo[];
  /** True while a facts table has errors and the last good version is in use. */
  stale: boolean;
  /** What the checks skipped in the document (code, front matter, HTML), in order; empty when nothing. */
  skipped: SkippedInfo[];
}

/** A stretch of a document that the checks skipped. */
export interface SkippedInfo {
  /** `front-matter`, `fenced-code`, `indented-code`, `html` or `code-span`. */
  kind: string;
  /** Its first line, 0-based as LSP counts. */
  startLine: number;
  /** Its last line, 0-based. */
  endLine: number;
}

/** Server → client notification: statuses changed (a document was re-checked or tables reloaded). */
export const STATUS_CHANGED = 'factlint/statusChanged';

/** Parameters of STATUS_CHANGED: the document re-checked, or none when every status may have changed. */
export interface StatusChangedParams {
  /** The document, absent when tables or settings changed. */
  uri?: string;
}

/** Client → server request: check these files and publish their diagnostics. */
export const CHECK_FILES = 'factlint/checkFiles';

/** Parameters of CHECK_FILES. */
export interface CheckFilesParams {
  /** File URIs (Markdown or plain text). */
  uris: string[];
}

/** Result of CHECK_FILES. */
export interface CheckFilesResult {
  /** Files checked. */
  checked: number;
  /** Findings in them. */
  findings: number;
}

/** The code action kind of "fix all factlint problems" on save. */
export const FIX_ALL_KIND = 'source.fixAll.factlint';

/** Command the "Show documentation" code action runs: opens a rule's documentation. */
export const SHOW_RULE_DOCS_COMMAND = 'factlint.showRuleDocumentation';

/** What the client tells the server when it starts it (`initializationOptions`). */
export interface InitializationOptions {
  /** Whether the workspace is trusted: in an untrusted one only facts tables inside the workspace are read. */
  trusted: boolean;
}

/** Client → server notification: the workspace became trusted. */
export const TRUST_CHANGED = 'factlint/trustChanged';

/** Parameters of TRUST_CHANGED. */
export interface TrustChangedParams {
  /** Always true: VS Code only ever grants trust during a session. */
  trusted: boolean;
}
