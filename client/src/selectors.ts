/** Which documents factlint looks at: drafts (Markdown, plain text) and facts tables. */
import * as vscode from 'vscode';

/** A document filter that both VS Code and the language client accept. */
interface Filter {
  readonly scheme: string;
  readonly language?: string;
  readonly pattern?: string;
}

/** Drafts: Markdown and plain text, saved or untitled. */
export const DRAFTS: readonly Filter[] = [
  { scheme: 'file', language: 'markdown' },
  { scheme: 'untitled', language: 'markdown' },
  { scheme: 'file', language: 'plaintext' },
  { scheme: 'untitled', language: 'plaintext' },
];

/** Facts tables, which stay YAML documents: the server reports their errors. */
export const FACTS_TABLES: readonly Filter[] = [{ scheme: 'file', pattern: '**/*.facts.yaml' }];

/** Whether a document is a draft, i.e. has an article date and a status to show. */
export function isDraft(document: vscode.TextDocument): boolean {
  return vscode.languages.match([...DRAFTS], document) > 0;
}
