/**
 * A test LSP client: starts `factlint-ls --stdio` as a real process and talks to it over
 * JSON-RPC with vscode-languageserver-protocol, answering the server's own requests
 * (configuration, registration, refresh) the way an editor would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  ApplyWorkspaceEditRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DiagnosticRefreshRequest,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowDocumentRequest,
  ShowMessageNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ApplyWorkspaceEditParams,
  type ApplyWorkspaceEditResult,
  type ClientCapabilities,
  type Diagnostic,
  type FullDocumentDiagnosticReport,
  type LogMessageParams,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';

const BIN = path.resolve(__dirname, '../../../bin/factlint-ls.js');

/** A running server and the editor-side state a test needs. */
export class TestClient {
  readonly conn: ProtocolConnection;
  /** The server process. */
  readonly child: ChildProcess;
  /** Resolves with the server's exit code when it ends. */
  readonly exited: Promise<number | null>;
  /** What the server wrote on stderr. */
  stderr = '';
  /** Lines of the server's log (`window/logMessage`). */
  readonly logs: LogMessageParams[] = [];
  /** Messages the server showed (`window/showMessage`). */
  readonly shown: LogMessageParams[] = [];
  /** Settings the client answers `workspace/configuration` with (the `factlint` section). */
  settings: Record<string, unknown> = {};
  /** Pushed diagnostics, by URI, latest last. */
  readonly pushed = new Map<string, PublishDiagnosticsParams[]>();
  /** The documents the server asked the editor to show (`window/showDocument`), by URI. */
  readonly shownDocuments: string[] = [];
  /** How many times the server asked for a diagnostics refresh. */
  refreshes = 0;
  /** The edits the server asked the client to apply (`workspace/applyEdit`), in order; each is applied to the files on disk. */
  readonly applyEdits: ApplyWorkspaceEditParams[] = [];
  private readonly waiters: (() => void)[] = [];
  private readonly versions = new Map<string, number>();
  /** Configuration requests held back, in order, and how many more to hold. */
  private readonly held: (() => Promise<void>)[] = [];
  private toHold = 0;

  /** Starts the server in `cwd`, with `env` added to this process's environment. */
  constructor(cwd: string, env: Record<string, string> = {}) {
    this.child = spawn(process.execPath, [BIN, '--stdio'], { cwd, env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    // 'close', not 'exit': by then stderr has been read to its end.
    this.exited = new Promise((resolve) => this.child.on('close', (code) => resolve(code)));
    // Writing to a server that has exited fails; the tests that end it look at how it ended.
    this.child.stdin!.on('error', () => undefined);
    this.child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (this.stderr += chunk));
    this.conn = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.conn.onRequest(ConfigurationRequest.type, (p) => {
      const answer = () => p.items.map(() => this.settings);
      if (this.toHold === 0) return answer();
      this.toHold--;
      return new Promise((resolve) => {
        this.held.push(async () => {
          resolve(answer());
          // The library queues the answer for writing a few promise steps later; after this
          // turn of the event loop it is queued, so whatever the test sends next goes after it.
          await new Promise((queued) => setImmediate(queued));
        });
        this.wake();
      });
    });
    this.conn.onNotification(LogMessageNotification.type, (p) => {
      this.logs.push(p);
      this.wake();
    });
    this.conn.onNotification(ShowMessageNotification.type, (p) => {
      this.shown.push(p);
      this.wake();
    });
    this.conn.onRequest(RegistrationRequest.type, () => undefined);
    this.conn.onRequest(ShowDocumentRequest.type, (p) => {
      this.shownDocuments.push(p.uri);
      this.wake();
      return { success: true };
    });
    this.conn.onRequest(ApplyWorkspaceEditRequest.type, (p) => {
      this.applyEdits.push(p);
      const result = applyToDisk(p);
      this.wake();
      return result;
    });
    this.conn.onRequest(DiagnosticRefreshRequest.type, () => {
      this.refreshes++;
      this.wake();
    });
    this.conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
      const list = this.pushed.get(p.uri) ?? [];
      list.push(p);
      this.pushed.set(p.uri, list);
      this.wake();
    });
    this.conn.listen();
  }

  private wake(): void {
    this.waiters.splice(0).forEach((w) => w());
  }

  /** Resolves when `ready()` is true, re-testing whenever the server sends something. */
  until(ready: () => boolean): Promise<void> {
    return new Promise((resolve) => {
      const look = () => (ready() ? resolve() : this.waiters.push(look));
      look();
    });
  }

  /**
   * Holds back the answer to the server's next configuration request, so that the check waiting
   * for it finishes only when the test says; resolves, once the server has asked, with the
   * function that answers it (which resolves once the answer is on its way, ahead of anything
   * sent after).
   */
  async holdConfiguration(): Promise<() => Promise<void>> {
    const index = this.held.length;
    this.toHold++;
    await this.until(() => this.held.length > index);
    return this.held[index];
  }

  /**
   * Initialises with pull diagnostics (like VS Code) or without (push). `clientCommands` are the
   * client's own commands the server may put in code actions (`InitializationOptions`);
   * `createFiles: false` makes a client that cannot create files with `workspace/applyEdit`;
   * `resolveEdits` one that asks for a code action's edit when it is chosen (`codeAction/resolve`).
   */
  async start(
    rootPath: string,
    pull: boolean,
    trusted = true,
    options: { clientCommands?: string[]; createFiles?: boolean; resolveEdits?: boolean; configuration?: boolean; initializationOptions?: Record<string, unknown>; showDocument?: boolean } = {},
  ): Promise<void> {
    const capabilities: ClientCapabilities = {
      workspace: {
        configuration: options.configuration !== false,
        didChangeConfiguration: { dynamicRegistration: true },
        diagnostics: { refreshSupport: true },
        applyEdit: true,
        workspaceEdit: { documentChanges: true, resourceOperations: options.createFiles === false ? [] : ['create'] },
      },
      window: { showDocument: { support: options.showDocument !== false } },
      textDocument: {
        ...(pull ? { diagnostic: { dynamicRegistration: false } } : {}),
        ...(options.resolveEdits ? { codeAction: { dataSupport: true, resolveSupport: { properties: ['edit'] } } } : {}),
      },
    };
    const rootUri = URI.file(rootPath).toString();
    await this.conn.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'ws' }],
      capabilities,
      initializationOptions: { trusted, ...(options.clientCommands ? { clientCommands: options.clientCommands } : {}), ...options.initializationOptions },
    });
    await this.conn.sendNotification(InitializedNotification.type, {});
  }

  /** Opens a document. */
  async open(uri: string, text: string, languageId = /\.txt$/.test(uri) ? 'plaintext' : /\.ya?ml$/.test(uri) ? 'yaml' : 'markdown'): Promise<void> {
    this.versions.set(uri, 1);
    await this.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Closes a document. */
  async close(uri: string): Promise<void> {
    this.versions.delete(uri);
    await this.conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** Replaces a document's whole text; returns the new version. */
  async change(uri: string, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  /** Sends incremental changes as given, however wrong their ranges; returns the new version. */
  async edit(uri: string, contentChanges: unknown[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges } as never);
    return version;
  }

  /** Pulls a document's diagnostics. */
  async diagnostics(uri: string): Promise<Diagnostic[]> {
    const r = (await this.conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport;
    return r.items;
  }

  /** Shuts the server down (if it is still running). */
  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      await this.conn.sendRequest(ShutdownRequest.type);
      await this.conn.sendNotification(ExitNotification.type);
    }
    this.conn.dispose();
    this.child.kill();
  }
}

/** Applies a workspace edit to the files on disk, as an editor would to files it has not open. */
export function applyToDisk(p: ApplyWorkspaceEditParams): ApplyWorkspaceEditResult {
  for (const change of p.edit.documentChanges ?? []) {
    if ('kind' in change) {
      if (change.kind !== 'create') return { applied: false, failureReason: `the test client does not ${change.kind} files` };
      const file = URI.parse(change.uri).fsPath;
      if (fs.existsSync(file) && !change.options?.overwrite) {
        if (change.options?.ignoreIfExists) continue;
        return { applied: false, failureReason: `${file} exists` };
      }
      fs.writeFileSync(file, '');
    } else {
      const file = URI.parse(change.textDocument.uri).fsPath;
      const doc = TextDocument.create(change.textDocument.uri, 'yaml', 0, fs.readFileSync(file, 'utf8'));
      fs.writeFileSync(file, TextDocument.applyEdits(doc, change.edits.map((e) => ('newText' in e ? e : { range: e.range, newText: '' }))));
    }
  }
  return { applied: true };
}

/** A file URI. */
export function fileUri(p: string): string {
  return URI.file(p).toString();
}
