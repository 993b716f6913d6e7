/** Creates the language client that starts factlint's server over IPC. */
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { CHOOSE_TABLE_COMMAND, CREATE_FACTS_TABLE_COMMAND, SHOW_RULE_DOCS_COMMAND, trustChangedNotification, type InitializationOptions } from './messages';
import { DRAFTS, FACTS_TABLES } from './selectors';

/** The server module: the bundled one in a packaged extension, else tsc's output (development). */
function serverModule(context: vscode.ExtensionContext): string {
  const bundled = context.asAbsolutePath('dist/server.js');
  return fs.existsSync(bundled) ? bundled : context.asAbsolutePath('server/out/server.js');
}

/**
 * A client for the workspace, not yet started. Settings are not pushed: the server pulls
 * `factlint.*` per resource (`workspace/configuration`). The library itself reads
 * `factlint.trace.server` (from the client id).
 */
export function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = serverModule(context);
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  // A function, so that a restarted server is told the trust of that moment.
  // The commands name the client's own, which ask which table and which beat (tableCommands.ts).
  const initializationOptions = (): InitializationOptions => ({ trusted: vscode.workspace.isTrusted, clientCommands: [CHOOSE_TABLE_COMMAND, CREATE_FACTS_TABLE_COMMAND, SHOW_RULE_DOCS_COMMAND] });
  const clientOptions: LanguageClientOptions = {
    documentSelector: [...DRAFTS, ...FACTS_TABLES],
    initializationOptions,
    outputChannel: output,
    // No `synchronize`: the server registers its own file watchers (tables, `.factlint.yaml`)
    // and its interest in `factlint.*` changes, then pulls the settings it needs.
  };
  const client = new LanguageClient('factlint', 'factlint', serverOptions, clientOptions);
  context.subscriptions.push(
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      // A stopped client has nobody to tell; it starts again with the new trust.
      client.sendNotification(trustChangedNotification, { trusted: true }).catch(() => undefined);
    }),
  );
  return client;
}
