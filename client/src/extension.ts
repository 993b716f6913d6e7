/**
 * The VS Code extension's entry point. It only wires things up: starts factlint's language
 * server, registers the commands and the status-bar item. Everything factlint knows is in the
 * server (see client/README.md).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { checkWorkspace } from './checkWorkspace';
import { createClient } from './client';
import { openFactsTable } from './factsTable';
import { CHOOSE_TABLE_COMMAND, CREATE_FACTS_TABLE_COMMAND, SHOW_RULE_DOCS_COMMAND } from './messages';
import { showRuleDocumentation } from './ruleDocs';
import { openSampleDraft } from './sample';
import { StatusBar } from './statusBar';
import { chooseFactsTable, createFactsTable } from './tableCommands';

/** The commands of package.json's `contributes.commands`. */
const COMMANDS = {
  checkWorkspace: 'factlint.checkWorkspace',
  createFactsTable: CREATE_FACTS_TABLE_COMMAND,
  chooseFactsTable: CHOOSE_TABLE_COMMAND,
  openFactsTable: 'factlint.openFactsTable',
  openSampleDraft: 'factlint.openSampleDraft',
  showOutput: 'factlint.showOutput',
  showRuleDocumentation: SHOW_RULE_DOCS_COMMAND,
} as const;

let client: LanguageClient | undefined;

/** Called by VS Code when a Markdown or plain-text document opens, in a workspace with a facts table, or for a command. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('factlint', { log: true });
  const c = createClient(context, output);
  client = c;
  context.subscriptions.push(
    output,
    new StatusBar(c, COMMANDS.openFactsTable),
    vscode.commands.registerCommand(COMMANDS.checkWorkspace, () => checkWorkspace(c)),
    vscode.commands.registerCommand(COMMANDS.openFactsTable, () => openFactsTable(c, context)),
    vscode.commands.registerCommand(COMMANDS.createFactsTable, (arg?: unknown) => createFactsTable(c, arg)),
    vscode.commands.registerCommand(COMMANDS.chooseFactsTable, (arg?: unknown) => chooseFactsTable(c, arg)),
    vscode.commands.registerCommand(COMMANDS.showOutput, () => output.show()),
    vscode.commands.registerCommand(COMMANDS.openSampleDraft, () => openSampleDraft(context)),
    vscode.commands.registerCommand(COMMANDS.showRuleDocumentation, (rule?: unknown) => showRuleDocumentation(context, rule)),
  );
  try {
    await c.start();
  } catch (error) {
    // The client has already said why in the output channel; the commands stay available.
    output.error(`the language server did not start: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Called by VS Code when the extension stops. */
export function deactivate(): Thenable<void> | undefined {
  // A client that never got running has nothing to stop (and stop() would throw).
  return client?.isRunning() ? client.stop() : undefined;
}
