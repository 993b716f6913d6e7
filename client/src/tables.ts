/** How a facts table is named to people: "default", or its path in the workspace. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { TableInfo } from './messages';

/** A table as the extension shows it. */
export interface Table {
  /** "default", or the file's path relative to its workspace folder. */
  label: string;
  /** The file. */
  uri: vscode.Uri;
}

/** Turns the server's TableInfo into a Table. */
export function toTable(client: LanguageClient, info: TableInfo): Table {
  const uri = client.protocol2CodeConverter.asUri(info.uri);
  return { label: info.name === 'default' ? 'default' : vscode.workspace.asRelativePath(uri), uri };
}
