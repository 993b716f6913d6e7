/**
 * SHOW_RULE_DOCS_COMMAND, run by a finding's "Show documentation" code action: opens
 * `docs/rules/<id>.md`, shipped inside the extension, in the Markdown preview.
 */
import * as vscode from 'vscode';
import { RULE_IDS } from '../../common/out/settings';

/** Runs the command with the rule id as its argument; without one, asks which rule. */
export async function showRuleDocumentation(context: vscode.ExtensionContext, rule?: unknown): Promise<void> {
  const id = typeof rule === 'string' ? rule : await vscode.window.showQuickPick([...RULE_IDS], { placeHolder: 'Show the documentation of which rule?' });
  if (id === undefined) return;
  if (!(RULE_IDS as readonly string[]).includes(id)) {
    void vscode.window.showErrorMessage(`factlint: there is no rule "${id}". The rules are: ${RULE_IDS.join(', ')}.`);
    return;
  }
  const page = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', `${id}.md`);
  await vscode.commands.executeCommand('markdown.showPreview', page);
}
