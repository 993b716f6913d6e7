/**
 * Building facts tables from the editor. The server makes the edits (ADD_TO_TABLE_COMMAND,
 * CREATE_TABLE_COMMAND, sent back with `workspace/applyEdit`); these commands only ask what the
 * server cannot: which table, which folder, which beat.
 * - "factlint: Create facts table" (CREATE_FACTS_TABLE_COMMAND), from the palette or from the
 *   "Create a facts table and add …" code action: writes `<beat>.facts.yaml` and names it in
 *   `.factlint.yaml`, saves both (the server reads the config from disk) and opens the table;
 * - CHOOSE_TABLE_COMMAND, run by an "Add … to a facts table…" code action when the draft has
 *   several tables: a QuickPick of them, then the addition.
 */
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import { ADD_TO_TABLE_COMMAND, CREATE_TABLE_COMMAND, DEFAULT_BEAT, type ChooseTableArgs, type CreateTableArgs, type TableEditResult } from './messages';

/** Runs "factlint: Create facts table"; resolves with the new table, or undefined when nothing was created. */
export async function createFactsTable(client: LanguageClient, arg?: unknown): Promise<vscode.Uri | undefined> {
  const args = (arg && typeof arg === 'object' ? arg : {}) as CreateTableArgs;
  const folder = args.folder !== undefined ? vscode.Uri.parse(args.folder) : await pickFolder();
  if (!folder) return undefined;
  const beat =
    args.beat ??
    (await vscode.window.showInputBox({
      title: 'factlint: Create facts table',
      prompt: 'The beat the table is for; it names the file (newsroom → newsroom.facts.yaml)',
      value: DEFAULT_BEAT,
      validateInput: (v) => (/[A-Za-z0-9]/.test(v.normalize('NFKD')) ? undefined : 'Give the beat a name with letters or digits'),
    }));
  if (beat === undefined) return undefined;
  const result = await run(client, CREATE_TABLE_COMMAND, { folder: client.code2ProtocolConverter.asUri(folder), beat, addition: args.addition, draft: args.draft });
  if (!result?.applied || !result.table) return undefined;
  // The server reads .factlint.yaml from disk: the new table counts once it is saved.
  for (const file of result.files ?? []) await save(client.protocol2CodeConverter.asUri(file));
  const table = client.protocol2CodeConverter.asUri(result.table);
  const line = result.line ?? 0;
  await vscode.window.showTextDocument(table, { selection: new vscode.Range(line, 0, line, 0), preview: false });
  return table;
}

/** Runs CHOOSE_TABLE_COMMAND: asks which table, then adds to it. */
export async function chooseFactsTable(client: LanguageClient, arg?: unknown): Promise<TableEditResult | undefined> {
  const args = arg as ChooseTableArgs | undefined;
  if (!args || !Array.isArray(args.tables) || args.tables.length === 0) return undefined;
  const what = args.addition.kind === 'person' ? `"${args.addition.name}"` : `"${args.addition.alias}"`;
  const chosen = await vscode.window.showQuickPick(
    args.tables.map((t) => ({ label: t.label, uri: t.uri })),
    { title: `factlint: Add ${what} to a facts table`, placeHolder: 'Add to which facts table?' },
  );
  if (!chosen) return undefined;
  return run(client, ADD_TO_TABLE_COMMAND, { table: chosen.uri, addition: args.addition, draft: args.draft });
}

/** Runs a server command; the server says itself why it did nothing (`window/showMessage`). */
async function run(client: LanguageClient, command: string, arg: object): Promise<TableEditResult | undefined> {
  if (!client.isRunning()) {
    void vscode.window.showErrorMessage('factlint: the language server is not running; see "factlint: Show output".');
    return undefined;
  }
  return (await client.sendRequest(ExecuteCommandRequest.type, { command, arguments: [arg] })) as TableEditResult | undefined;
}

async function pickFolder(): Promise<vscode.Uri | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showErrorMessage('factlint: open a folder first; the facts table and .factlint.yaml are written in it.');
    return undefined;
  }
  if (folders.length === 1) return folders[0].uri;
  return (await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Create the facts table in which folder?' }))?.uri;
}

async function save(uri: vscode.Uri): Promise<void> {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) ?? (await vscode.workspace.openTextDocument(uri));
  if (doc.isDirty) await doc.save();
}
