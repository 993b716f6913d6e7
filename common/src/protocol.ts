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

/** Command the "Show documentation" code action runs in VS Code (a client command): opens a rule's documentation in the Markdown preview. */
export const SHOW_RULE_DOCS_COMMAND = 'factlint.showRuleDocumentation';

/**
 * The same for any other editor that can show a document (`window/showDocument`): a command of
 * the server's, which asks the editor to open the rule's page.
 */
export const OPEN_RULE_DOCS_COMMAND = 'factlint.openRuleDocumentation';

/** What the client tells the server when it starts it (`initializationOptions`). */
export interface InitializationOptions {
  /** Whether the workspace is trusted: in an untrusted one only facts tables inside the workspace are read. */
  trusted: boolean;
  /**
   * The client's own commands that code actions may run (CHOOSE_TABLE_COMMAND,
   * CREATE_FACTS_TABLE_COMMAND): with them, the server lets the editor ask which table, or the
   * new table's beat; without them it offers one code action per table, and a table named
   * "newsroom".
   */
  clientCommands?: string[];
  /**
   * Settings at start, for editors that send rather than answer `workspace/configuration`:
   * `{ factlint: { … } }` (a `factlint` key at the top level is read too).
   */
  settings?: { factlint?: unknown };
}

/** A role of a person as a facts table writes it (docs/contract.md §2). */
export interface TableRole {
  office?: string;
  title?: string;
  country?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  from?: string;
}

/** What the editor's "Add … to a facts table" adds. */
export type TableAddition =
  /** A person with a role (the role alone when the table has the person under that name). */
  | { kind: 'person'; name: string; role: TableRole }
  /** A spelling of a known person's name (with the person's entry, when the table has none). */
  | { kind: 'alias'; person: string; wikidata?: string; alias: string };

/** Server command: adds to a facts table, with `workspace/applyEdit`. Its one argument is AddToTableArgs. */
export const ADD_TO_TABLE_COMMAND = 'factlint.ls.addToTable';

/** The argument of ADD_TO_TABLE_COMMAND. */
export interface AddToTableArgs {
  /** The table's file URI. */
  table: string;
  /** What to add. */
  addition: TableAddition;
  /** The draft it was offered for: the edited table is checked with that draft's tables before the edit is made. */
  draft?: string;
}

/** What ADD_TO_TABLE_COMMAND and CREATE_TABLE_COMMAND answer. */
export interface TableEditResult {
  /** Whether the editor applied the edit. */
  applied: boolean;
  /** Why nothing was applied (also shown with `window/showMessage`). */
  message?: string;
  /** The table's file URI. */
  table?: string;
  /** The 0-based line of the table where what was added begins. */
  line?: number;
  /** Every file the edit created or changed, for the editor to save: the server reads `.factlint.yaml` from disk. */
  files?: string[];
}

/** Server command: writes a new beat's facts table and names it in `.factlint.yaml`, as `factlint tables init`. Its one argument is CreateTableArgs. */
export const CREATE_TABLE_COMMAND = 'factlint.ls.createTable';

/** The argument of CREATE_TABLE_COMMAND and of CREATE_FACTS_TABLE_COMMAND (where every field may be left out). */
export interface CreateTableArgs {
  /** The folder URI to write it in (a workspace folder). */
  folder?: string;
  /** The beat, which names the file (`<beat>.facts.yaml`); "newsroom" by default. */
  beat?: string;
  /** Something to add to the new table. */
  addition?: TableAddition;
  /** The draft it was offered for. */
  draft?: string;
}

/** The beat of a new table unless the user names one. */
export const DEFAULT_BEAT = 'newsroom';

/** Client command (VS Code): "factlint: Create facts table"; asks the folder and the beat, then runs CREATE_TABLE_COMMAND and opens the table. */
export const CREATE_FACTS_TABLE_COMMAND = 'factlint.createFactsTable';

/** Client command (VS Code), run by a code action: asks which table (a QuickPick), then runs ADD_TO_TABLE_COMMAND. Its one argument is ChooseTableArgs. */
export const CHOOSE_TABLE_COMMAND = 'factlint.chooseFactsTable';

/** The argument of CHOOSE_TABLE_COMMAND. */
export interface ChooseTableArgs {
  /** The tables to choose from, in merge order. */
  tables: { uri: string; label: string }[];
  /** What to add. */
  addition: TableAddition;
  /** The draft it was offered for. */
  draft?: string;
}

/** Client → server notification: the workspace became trusted. */
export const TRUST_CHANGED = 'factlint/trustChanged';

/** Parameters of TRUST_CHANGED. */
export interface TrustChangedParams {
  /** Always true: VS Code only ever grants trust during a session. */
  trusted: boolean;
}
