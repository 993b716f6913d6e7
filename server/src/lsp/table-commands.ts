/**
 * The server's table commands (`workspace/executeCommand`): ADD_TO_TABLE_COMMAND adds a person,
 * a role or an alias to a user's facts table, CREATE_TABLE_COMMAND writes a new beat's table (as
 * `factlint tables init`) and names it in `.factlint.yaml`. Both send the edit to the editor
 * with `workspace/applyEdit`, so it is undone like any edit, after checking that the tables
 * still load with no new error. What cannot be done is said with `window/showMessage` and in
 * the answer, never as a failed request: a person pressed a button and should read why.
 */
import * as path from 'node:path';
import { ResponseError, ErrorCodes, type ApplyWorkspaceEditParams, type ApplyWorkspaceEditResult, type WorkspaceEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { DEFAULT_BEAT, type AddToTableArgs, type CreateTableArgs, type TableAddition, type TableEditResult } from '../../../common/out/protocol';
import { formatFactsError, loadTables, type FactsError, type TableInput } from '../engine';
import { CONFIG_FILE } from '../project/config';
import { beatFileStem, starterFiles } from '../project/starter';
import { IMPORT_MARK } from '../project/table-doc';
import { addTableToConfig, applyEdit, editTable, type FileEdit } from '../project/table-edit';
import { isFactsTable } from './checker';
import { fsPath } from './workspace';

/** What the commands need from the server. */
export interface TableCommandEnv {
  /** A file's text as the editor has it (open, else on disk, without a byte-order mark); undefined when it is not there. */
  read(file: string): string | undefined;
  /** The version of a file open in the editor, or null. */
  version(file: string): number | null;
  /** How messages name a file. */
  display(file: string): string;
  /** The tables a draft (a file URI; a folder's: a draft there) is checked with: the user tables (absolute paths, in merge order), and whether the default table comes first. */
  tablesOf(draft: string): Promise<{ defaultTable: boolean; files: readonly string[] }>;
  /** The default table's text. */
  defaultText(): string;
  /** The `.factlint.yaml` governing a folder that may be edited, if any. */
  configOf(folder: string): string | undefined;
  /** Whether `folder` is a workspace folder or lies in one. */
  inWorkspace(folder: string): boolean;
  /** Whether the editor can create files through `workspace/applyEdit`. */
  canCreateFiles: boolean;
  /** Whether the editor reads `metadata` of an edit (then it is marked a refactoring, which VS Code saves when the file was not open). */
  metadataSupport: boolean;
  /** Today's local date (YYYY-MM-DD), the new table's `asOf`. */
  today(): string;
  /** Sends `workspace/applyEdit`. */
  applyEdit(params: ApplyWorkspaceEditParams): Promise<ApplyWorkspaceEditResult>;
  /** Shows an error to the user. */
  showError(message: string): void;
}

/** A refusal: shown to the user, and the answer. */
function refuse(env: TableCommandEnv, message: string): TableEditResult {
  env.showError(`factlint: ${message}`);
  return { applied: false, message };
}

function invalid(what: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, what);
}

/** Checks the shape of a TableAddition sent by the editor. */
function checkAddition(a: unknown): TableAddition {
  const x = a as Record<string, unknown> | null;
  const text = (v: unknown) => typeof v === 'string' && v.trim() !== '';
  if (x && x.kind === 'person' && text(x.name) && x.role && typeof x.role === 'object') {
    const role = x.role as Record<string, unknown>;
    const fields = ['office', 'title', 'country', 'from'];
    if ((text(role.office) || text(role.title)) && Object.keys(role).every((k) => fields.includes(k) && text(role[k]))) return x as TableAddition;
  }
  if (x && x.kind === 'alias' && text(x.person) && text(x.alias) && (x.wikidata === undefined || text(x.wikidata))) return x as TableAddition;
  throw invalid(`"addition" must be { kind: "person", name, role: { office | title, country?, from? } } or { kind: "alias", person, alias, wikidata? }; got ${JSON.stringify(a)}`);
}

function fileOf(uri: unknown, what: string): string {
  const file = typeof uri === 'string' ? fsPath(uri) : undefined;
  if (file === undefined) throw invalid(`"${what}" must be a file: URI; got ${JSON.stringify(uri)}`);
  return file;
}

/**
 * The first error that loading the tables with `changed` texts gives and loading them as they are
 * does not; errors are compared by table and message, as an insertion moves the lines below it.
 */
function newError(env: TableCommandEnv, set: { defaultTable: boolean; files: readonly string[] }, changed: Map<string, string>): string | undefined {
  const inputs = (texts: (file: string) => string | undefined): TableInput[] => [
    ...(set.defaultTable ? [{ name: 'default', file: null, text: env.defaultText() }] : []),
    ...[...new Set([...set.files, ...changed.keys()])].flatMap((file) => {
      const text = texts(file);
      return text === undefined ? [] : [{ name: file, file, text }];
    }),
  ];
  const key = (e: FactsError) => `${e.file}\u0000${e.message}`;
  const before = new Map<string, number>();
  for (const e of loadTables(inputs((f) => env.read(f))).errors) before.set(key(e), (before.get(key(e)) ?? 0) + 1);
  for (const e of loadTables(inputs((f) => changed.get(f) ?? env.read(f))).errors) {
    const n = before.get(key(e)) ?? 0;
    if (n === 0) return `${formatFactsError({ ...e, file: env.display(e.file) })}`;
    before.set(key(e), n - 1);
  }
  return undefined;
}

/** The text edit of a FileEdit, in positions of `text`. */
function textEdit(uri: string, text: string, e: FileEdit) {
  const doc = TextDocument.create(uri, 'yaml', 0, text);
  return { range: { start: doc.positionAt(e.edit.offset), end: doc.positionAt(e.edit.offset + e.edit.length) }, newText: e.edit.text };
}

async function send(env: TableCommandEnv, label: string, edit: WorkspaceEdit): Promise<boolean> {
  const params: ApplyWorkspaceEditParams = env.metadataSupport ? { label, edit, metadata: { isRefactoring: true } } : { label, edit };
  return (await env.applyEdit(params)).applied;
}

/** What an addition is called in messages and in the editor's undo list. */
function describe(a: TableAddition): string {
  return a.kind === 'person' ? `"${a.name}"` : `"${a.alias}" as an alias of ${a.person}`;
}

/** ADD_TO_TABLE_COMMAND. */
export async function addToTable(arg: unknown, env: TableCommandEnv): Promise<TableEditResult> {
  const args = (arg ?? {}) as Partial<AddToTableArgs>;
  const table = fileOf(args.table, 'table');
  const addition = checkAddition(args.addition);
  if (!isFactsTable(table)) throw invalid(`"table" must be a facts table (*.facts.yaml); got ${args.table}`);
  const shown = env.display(table);
  const text = env.read(table);
  if (text === undefined) return refuse(env, `${shown} cannot be read; nothing was added`);
  if (text.startsWith(IMPORT_MARK)) return refuse(env, `${shown} was written by "factlint tables import", and its next import rewrites it; add to another table that .factlint.yaml names after it`);
  const made = editTable(text, addition);
  if ('problem' in made) return refuse(env, `${shown}: ${made.problem}`);
  const changed = applyEdit(text, made.edit);
  const set = args.draft === undefined ? { defaultTable: true, files: [table] } : await env.tablesOf(args.draft);
  const error = newError(env, set, new Map([[table, changed]]));
  if (error) return refuse(env, `adding ${describe(addition)} to ${shown} would give ${error}; nothing was added`);
  const uri = URI.file(table).toString();
  const applied = await send(env, `Add ${describe(addition)} to ${shown}`, {
    documentChanges: [{ textDocument: { uri, version: env.version(table) }, edits: [textEdit(uri, text, made)] }],
  });
  return { applied, table: uri, line: made.line, files: [uri] };
}

/** CREATE_TABLE_COMMAND. */
export async function createTable(arg: unknown, env: TableCommandEnv): Promise<TableEditResult> {
  const args = (arg ?? {}) as CreateTableArgs;
  const folder = fileOf(args.folder, 'folder');
  const addition = args.addition === undefined ? undefined : checkAddition(args.addition);
  if (args.beat !== undefined && typeof args.beat !== 'string') throw invalid(`"beat" must be a string; got ${JSON.stringify(args.beat)}`);
  if (!env.inWorkspace(folder)) return refuse(env, `${folder} is not in the workspace; open it as a workspace folder to create a facts table there`);
  if (!env.canCreateFiles) return refuse(env, `this editor cannot create files for factlint; run "factlint tables init --beat ${args.beat ?? DEFAULT_BEAT}" in ${folder} instead`);
  const stem = beatFileStem(args.beat ?? DEFAULT_BEAT);
  if (stem === null) return refuse(env, `the beat "${args.beat}" has no letters or digits to name a file with; choose another`);
  const starter = starterFiles(stem, env.today());
  const table = path.join(folder, starter.tableFile);
  if (env.read(table) !== undefined) return refuse(env, `${env.display(table)} already exists; it was left as it is. Choose another beat, or add to that table`);
  let text = starter.table;
  let line: number | undefined;
  if (addition) {
    const made = editTable(text, addition);
    if ('problem' in made) return refuse(env, `the new table: ${made.problem}`);
    text = applyEdit(text, made.edit);
    line = made.line;
  }
  const tableUri = URI.file(table).toString();
  const changes: WorkspaceEdit['documentChanges'] = [
    { kind: 'create', uri: tableUri, options: { overwrite: false, ignoreIfExists: false } },
    { textDocument: { uri: tableUri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: text }] },
  ];
  const config = env.configOf(folder);
  const files = [tableUri];
  if (config !== undefined) {
    const configText = env.read(config) ?? '';
    const rel = path.relative(path.dirname(config), table).split(path.sep).join('/');
    const made = addTableToConfig(configText, rel);
    if (made !== null && 'problem' in made) return refuse(env, `${env.display(config)}: ${made.problem}`);
    if (made !== null) {
      const uri = URI.file(config).toString();
      changes.push({ textDocument: { uri, version: env.version(config) }, edits: [textEdit(uri, configText, made)] });
      files.push(uri);
    }
  } else {
    const uri = URI.file(path.join(folder, CONFIG_FILE)).toString();
    changes.push(
      { kind: 'create', uri, options: { overwrite: false, ignoreIfExists: false } },
      { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: starter.config }] },
    );
    files.push(uri);
  }
  // As a draft in the folder will be checked: its tables now, and the new one.
  const before = await env.tablesOf(args.draft ?? URI.file(path.join(folder, 'draft.md')).toString());
  const set = { defaultTable: before.defaultTable, files: [...before.files.filter((f) => f !== table), table] };
  const error = newError(env, set, new Map([[table, text]]));
  if (error) return refuse(env, `the new table would give ${error}; nothing was created`);
  const applied = await send(env, addition ? `Create ${starter.tableFile} and add ${describe(addition)}` : `Create ${starter.tableFile}`, { documentChanges: changes });
  return { applied, table: tableUri, line, files };
}
