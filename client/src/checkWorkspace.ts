/**
 * "factlint: Check all drafts in the workspace": sends every draft to the server (CHECK_FILES) in
 * batches, which publishes their diagnostics to the Problems panel. Cancellable between and
 * during batches.
 */
import * as vscode from 'vscode';
import { LSPErrorCodes, ResponseError, type LanguageClient } from 'vscode-languageclient/node';
import { checkSummary } from './format';
import { checkFilesRequest } from './messages';

const DRAFT_GLOB = '**/*.{md,markdown,txt}';
const EXCLUDE_GLOB = '**/node_modules/**';
/** Files per request: big enough to be quick, small enough to cancel promptly and show progress. */
const BATCH_SIZE = 50;

/** Runs the command; reports "N drafts, M findings" at the end. */
export async function checkWorkspace(client: LanguageClient): Promise<void> {
  const files = await vscode.workspace.findFiles(DRAFT_GLOB, EXCLUDE_GLOB);
  if (files.length === 0) {
    void vscode.window.showInformationMessage('factlint: no drafts (*.md, *.markdown, *.txt) in the workspace.');
    return;
  }
  files.sort((a, b) => a.toString().localeCompare(b.toString()));
  const locale = vscode.env.language;
  let checked = 0;
  let findings = 0;
  let stopped = false;
  try {
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'factlint: checking drafts', cancellable: true },
      async (progress, token) => {
        for (let i = 0; i < files.length && !token.isCancellationRequested; i += BATCH_SIZE) {
          const batch = files.slice(i, i + BATCH_SIZE);
          progress.report({ message: `${i.toLocaleString(locale)} of ${files.length.toLocaleString(locale)}` });
          const uris = batch.map((u) => client.code2ProtocolConverter.asUri(u));
          try {
            const result = await client.sendRequest(checkFilesRequest, { uris }, token);
            checked += result.checked;
            findings += result.findings;
          } catch (error) {
            if (!isCancellation(error, token)) throw error;
          }
          progress.report({ increment: (batch.length / files.length) * 100 });
        }
        stopped = token.isCancellationRequested;
      },
    );
  } catch (error) {
    void vscode.window.showErrorMessage(`factlint: checking the drafts failed: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  // Not awaited: the command ends now, whether or not the message is ever dismissed.
  void vscode.window.showInformationMessage(checkSummary(checked, findings, stopped, locale), 'Show problems').then((choice) => {
    if (choice) void vscode.commands.executeCommand('workbench.actions.view.problems');
  });
}

function isCancellation(error: unknown, token: vscode.CancellationToken): boolean {
  return token.isCancellationRequested || (error instanceof ResponseError && error.code === LSPErrorCodes.RequestCancelled);
}
