/**
 * "factlint: Open facts table": opens a table the active draft is checked against (a QuickPick
 * when there are several). With no draft active, the tables of every open draft; with none of
 * those, the default table shipped with the extension.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { documentStatusRequest } from './messages';
import { isDraft } from './selectors';
import { toTable, type Table } from './tables';

/** Runs the command. */
export async function openFactsTable(client: LanguageClient, context: vscode.ExtensionContext): Promise<void> {
  const tables = await tablesInUse(client, context);
  const table = tables.length === 1 ? tables[0] : await pick(tables);
  if (!table) return;
  await vscode.window.showTextDocument(table.uri);
  if (context.extensionMode === vscode.ExtensionMode.Production && isInside(table.uri, context.extensionUri)) {
    // The shipped table is replaced on every update: edits to it would be lost.
    await vscode.commands.executeCommand('workbench.action.files.setActiveEditorReadonlyInSession').then(undefined, () => undefined);
  }
}

async function tablesInUse(client: LanguageClient, context: vscode.ExtensionContext): Promise<Table[]> {
  const active = vscode.window.activeTextEditor?.document;
  if (active && isDraft(active)) {
    const tables = await tablesOf(client, [active]);
    if (tables.length > 0) return tables;
  }
  const tables = await tablesOf(client, vscode.workspace.textDocuments.filter(isDraft));
  if (tables.length > 0) return tables;
  return [{ label: 'default', uri: vscode.Uri.joinPath(context.extensionUri, 'facts', 'default.facts.yaml') }];
}

/** The tables the server uses for these documents, each once, in merge order. */
async function tablesOf(client: LanguageClient, documents: readonly vscode.TextDocument[]): Promise<Table[]> {
  if (!client.isRunning() || documents.length === 0) return [];
  const statuses = await Promise.all(
    documents.map((d) =>
      client.sendRequest(documentStatusRequest, { uri: client.code2ProtocolConverter.asUri(d.uri) }).then(
        (s) => s,
        () => null,
      ),
    ),
  );
  const byUri = new Map<string, Table>();
  for (const status of statuses) {
    for (const t of status?.tables ?? []) {
      if (!byUri.has(t.uri)) byUri.set(t.uri, toTable(client, t));
    }
  }
  return [...byUri.values()];
}

async function pick(tables: readonly Table[]): Promise<Table | undefined> {
  const items = tables.map((table) => ({ label: table.label, description: table.label === 'default' ? 'shipped with factlint' : undefined, table }));
  const chosen = await vscode.window.showQuickPick(items, { placeHolder: 'Open which facts table?', matchOnDescription: true });
  return chosen?.table;
}

function isInside(uri: vscode.Uri, folder: vscode.Uri): boolean {
  const base = folder.toString().replace(/\/?$/, '/');
  return uri.toString().startsWith(base);
}
