/**
 * The status-bar item: the article date that governs the active draft and how many facts are
 * loaded, from the server's DOCUMENT_STATUS. Hidden when the active editor is a file that is not
 * a draft; kept while a panel has focus (the Output, the terminal: their text is no editor's file),
 * as long as a draft is still visible.
 */
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { statusText, statusTooltip } from './format';
import { documentStatusRequest, STATUS_CHANGED, type DocumentStatus, type StatusChangedParams } from './messages';
import { isDraft } from './selectors';
import { toTable } from './tables';

/** Documents that panels show, not an editor group: focus on them leaves the item as it is. */
const PANEL_SCHEMES: ReadonlySet<string> = new Set(['output', 'debug', 'vscode-terminal', 'comment']);

/** Shows the active draft's status; refreshed on editor change and on STATUS_CHANGED. */
export class StatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly disposables: vscode.Disposable[];
  /** Counts refreshes, so that a late answer about an earlier editor is dropped. */
  private generation = 0;

  constructor(
    private readonly client: LanguageClient,
    command: string,
  ) {
    this.item = vscode.window.createStatusBarItem('factlint.status', vscode.StatusBarAlignment.Right, 100);
    this.item.name = 'factlint';
    this.item.command = command;
    this.disposables = [
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => void this.refresh()),
      client.onNotification(STATUS_CHANGED, (params?: StatusChangedParams) => {
        if (!params?.uri || params.uri === this.activeUri()) void this.refresh();
      }),
      client.onDidChangeState((e) => {
        if (e.newState !== State.Starting) void this.refresh();
      }),
    ];
  }

  /** Asks the server about the active editor's document and shows or hides the item. */
  async refresh(): Promise<void> {
    const generation = ++this.generation;
    const active = vscode.window.activeTextEditor?.document;
    // A panel with focus (the Output shows its text as an "output:" document) says nothing about
    // the draft in the editor group: the item stays as it is while a draft is still in view.
    if ((active === undefined || PANEL_SCHEMES.has(active.uri.scheme)) && vscode.window.visibleTextEditors.some((e) => isDraft(e.document))) return;
    const document = active;
    let status: DocumentStatus | null = null;
    if (document && isDraft(document) && this.client.isRunning()) {
      try {
        const uri = this.client.code2ProtocolConverter.asUri(document.uri);
        status = await this.client.sendRequest(documentStatusRequest, { uri });
      } catch {
        status = null; // The server stopped or does not know the document: nothing to show.
      }
    }
    if (generation !== this.generation) return;
    if (status) this.show(status);
    else this.item.hide();
  }

  /** The active editor's document URI as the server knows it, if any. */
  private activeUri(): string | undefined {
    const document = vscode.window.activeTextEditor?.document;
    return document && this.client.code2ProtocolConverter.asUri(document.uri);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  private show(status: DocumentStatus): void {
    const locale = vscode.env.language;
    const tables = status.tables.map((info) => {
      const table = toTable(this.client, info);
      return { label: table.label, href: table.uri.toString() };
    });
    const tooltip = new vscode.MarkdownString(statusTooltip(status, tables, locale), true);
    this.item.text = statusText(status, locale);
    this.item.tooltip = tooltip;
    this.item.backgroundColor = status.stale ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.accessibilityInformation = {
      label: `factlint: article date ${status.articleDate}, ${status.facts} facts${status.stale ? ', a facts table has errors' : ''}`,
    };
    this.item.show();
  }
}
