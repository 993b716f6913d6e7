/**
 * Code actions that build the user's facts tables from a draft: "Add <name> as <title> to
 * <table>" where the draft names someone no table knows with a known title, and "Add <spelling>
 * as an alias of <person>" on a `name` finding. They edit only the user's tables (those of
 * `.factlint.yaml` and `factlint.facts`), never the default one:
 * - one table: the action carries the edit of that table;
 * - several: in VS Code one action whose client command asks which (CHOOSE_TABLE_COMMAND), in
 *   other editors one action per table;
 * - none: "Create a facts table and add …" (CREATE_FACTS_TABLE_COMMAND in VS Code, which asks the
 *   beat; CREATE_TABLE_COMMAND with the beat "newsroom" elsewhere).
 * An alias goes to the table that writes the person when a user table does. Alias actions are
 * never preferred, and never part of fix-all: the preferred fix stays the correction.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type WorkspaceEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import {
  CHOOSE_TABLE_COMMAND,
  CREATE_FACTS_TABLE_COMMAND,
  CREATE_TABLE_COMMAND,
  DEFAULT_BEAT,
  type ChooseTableArgs,
  type CreateTableArgs,
  type TableAddition,
} from '../../../common/out/protocol';
import { suggestAlias, type CompiledFacts, type Finding, type NewPerson } from '../engine';
import { beatFileStem } from '../project/starter';
import { IMPORT_MARK } from '../project/table-doc';
import { editTable, type EditProblem, type FileEdit } from '../project/table-edit';
import { fsPath } from './workspace';

/** What the table actions need from the server. */
export interface TableActionEnv {
  /** Client commands the editor runs itself (`InitializationOptions.clientCommands`). */
  clientCommands: ReadonlySet<string>;
  /** Whether the editor shows a code action that is disabled, with its reason. */
  disabledSupport: boolean;
  /** Whether the editor asks for a code action's edit when it is chosen (`codeAction/resolve`): then a table is read only for the action chosen. */
  resolveSupport: boolean;
  /** A table's text as the editor has it (open, else on disk, without a byte-order mark); undefined when it cannot be read. */
  read(file: string): string | undefined;
  /** The version of a file open in the editor, or null. */
  version(file: string): number | null;
  /** How messages name a file. */
  display(file: string): string;
  /** The workspace folder of a file. */
  folderOf(file: string | undefined): string | undefined;
}

/** What the draft and its check give the table actions. */
export interface TableActionInput {
  /** The draft. */
  doc: TextDocument;
  /** Its compiled facts. */
  compiled: CompiledFacts;
  /** Its user tables, in merge order (absolute paths). */
  tables: readonly string[];
  /** Its findings. */
  findings: readonly Finding[];
  /** The people it names whom no table knows. */
  newPeople: readonly NewPerson[];
  /** The range asked about, as offsets. */
  start: number;
  end: number;
  /** The diagnostics the editor sent with the request. */
  diagnostics: readonly Diagnostic[];
}

/** The table actions for a range of a draft. */
export function tableActions(input: TableActionInput, env: TableActionEnv): CodeAction[] {
  const { doc, start, end } = input;
  // An imported table is rewritten whole by its next import: what the editor added would be lost.
  const tables = input.tables.filter((t) => !env.read(t)?.startsWith(IMPORT_MARK));
  const out: CodeAction[] = [];
  const touches = (a: number, b: number) => a <= end && b >= start;
  for (const p of input.newPeople) {
    if (!touches(p.start, p.end) && !touches(p.titleStart, p.titleEnd)) continue;
    const addition: TableAddition = { kind: 'person', name: p.name, role: { ...p.role, from: p.from } };
    out.push(...offer(input, env, `Add "${p.name}" as ${p.label}`, addition, tables));
  }
  for (const f of input.findings) {
    if (f.rule !== 'name' || !touches(f.offset, f.offset + f.length)) continue;
    const s = suggestAlias(input.compiled, f);
    if (!s) continue;
    const diagnostics = input.diagnostics.filter((d) => d.code === 'name' && doc.offsetAt(d.range.start) === f.offset);
    const actions = offer(input, env, `Add "${s.alias}" as an alias of ${s.person}`, { kind: 'alias', ...s }, aliasTables(f, s.person, tables, env));
    out.push(...actions.map((a) => ({ ...a, diagnostics, isPreferred: false })));
  }
  return out;
}

/** The user tables an alias may go to: the one that writes the person, else those that name them, else all. */
function aliasTables(f: Finding, person: string, tables: readonly string[], env: TableActionEnv): readonly string[] {
  if (f.fact?.file && tables.includes(f.fact.file)) return [f.fact.file];
  const naming = tables.filter((t) => env.read(t)?.includes(person));
  return naming.length > 0 ? naming : tables;
}

/** The actions that add `addition` to one of `tables`, or to a new table when there is none. */
function offer(input: TableActionInput, env: TableActionEnv, what: string, addition: TableAddition, tables: readonly string[]): CodeAction[] {
  const draft = input.doc.uri;
  if (tables.length === 0) {
    const folder = env.folderOf(fsPath(draft));
    if (folder === undefined) return [];
    const args: CreateTableArgs = { folder: URI.file(folder).toString(), addition, draft };
    const rest = what[0].toLowerCase() + what.slice(1);
    if (env.clientCommands.has(CREATE_FACTS_TABLE_COMMAND)) {
      return [command(`Create a facts table and ${rest}…`, CREATE_FACTS_TABLE_COMMAND, args)];
    }
    return [command(`Create ${beatFileStem(DEFAULT_BEAT)}.facts.yaml and ${rest}`, CREATE_TABLE_COMMAND, { ...args, beat: DEFAULT_BEAT })];
  }
  if (tables.length > 1 && env.clientCommands.has(CHOOSE_TABLE_COMMAND)) {
    const args: ChooseTableArgs = { tables: tables.map((t) => ({ uri: URI.file(t).toString(), label: env.display(t) })), addition, draft };
    return [command(`${what} to a facts table…`, CHOOSE_TABLE_COMMAND, args)];
  }
  return tables.flatMap((t) => direct(env, `${what} to ${env.display(t)}`, addition, t));
}

function command(title: string, name: string, arg: object): CodeAction {
  return { title, kind: CodeActionKind.QuickFix, command: { title, command: name, arguments: [arg] } };
}

/** What an action that edits one table keeps for `codeAction/resolve`. */
interface TableActionData {
  table: string;
  addition: TableAddition;
}

/**
 * The action that carries the edit of one table; disabled (or left out) when the table cannot
 * take it. An editor that resolves code actions gets the edit only for the action chosen.
 */
function direct(env: TableActionEnv, title: string, addition: TableAddition, table: string): CodeAction[] {
  if (env.resolveSupport) return [{ title, kind: CodeActionKind.QuickFix, data: { table, addition } satisfies TableActionData }];
  const edit = tableEdit(env, table, addition);
  if ('problem' in edit) return env.disabledSupport ? [{ title, kind: CodeActionKind.QuickFix, disabled: { reason: edit.problem } }] : [];
  return [{ title, kind: CodeActionKind.QuickFix, edit }];
}

/**
 * Fills in the edit of an action made by `direct` (`codeAction/resolve`); any other action is
 * returned as it is. A table that cannot take the edit is said with `showError`, and the action
 * comes back without one.
 */
export function resolveTableAction(action: CodeAction, env: TableActionEnv, showError: (message: string) => void): CodeAction {
  const data = action.data as Partial<TableActionData> | undefined;
  if (!data || typeof data.table !== 'string' || !data.addition || action.edit) return action;
  const edit = tableEdit(env, data.table, data.addition);
  if ('problem' in edit) {
    showError(`factlint: ${edit.problem}`);
    return action;
  }
  return { ...action, edit };
}

/** The last edits made, by table and addition, with the text they were made for: a table is read again only when it changed. */
const made = new Map<string, { text: string; edit: FileEdit | EditProblem }>();
const MADE_KEPT = 32;

/** The workspace edit that makes `addition` in `table`, or why it cannot be made. */
function tableEdit(env: TableActionEnv, table: string, addition: TableAddition): WorkspaceEdit | EditProblem {
  const text = env.read(table);
  if (text === undefined) return { problem: `${env.display(table)} cannot be read` };
  const key = `${table}\u0000${JSON.stringify(addition)}`;
  let last = made.get(key);
  if (last?.text !== text) {
    last = { text, edit: editTable(text, addition) };
    made.delete(key);
    made.set(key, last);
    if (made.size > MADE_KEPT) made.delete(made.keys().next().value!);
  }
  if ('problem' in last.edit) return { problem: `${env.display(table)}: ${last.edit.problem}` };
  const uri = URI.file(table).toString();
  const at = TextDocument.create(uri, 'yaml', 0, text);
  const { offset, length, text: newText } = last.edit.edit;
  return { documentChanges: [{ textDocument: { uri, version: env.version(table) }, edits: [{ range: { start: at.positionAt(offset), end: at.positionAt(offset + length) }, newText }] }] };
}
