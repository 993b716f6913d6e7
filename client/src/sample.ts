/**
 * "factlint: Open a sample draft": an untitled Markdown draft with a few planted errors that the
 * default table knows (media/walkthrough/sample.md, our own sentences), for the walkthrough.
 */
import * as fs from 'node:fs';
import * as vscode from 'vscode';

/** Opens the sample in a new, untitled editor (saving it asks where). */
export async function openSampleDraft(context: vscode.ExtensionContext): Promise<void> {
  const content = fs.readFileSync(context.asAbsolutePath('media/walkthrough/sample.md'), 'utf8');
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  await vscode.window.showTextDocument(doc);
}
