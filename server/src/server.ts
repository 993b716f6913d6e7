/**
 * The language server (`factlint-ls --stdio`, or over IPC from the VS Code client). Wires LSP
 * events to the pieces in `lsp/`: checks Markdown and plain-text drafts as they change (after
 * a short debounce), serves pull diagnostics where the client supports them and pushes
 * otherwise, code actions, hover fact cards, and facts tables as documents with their errors.
 */
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ProposedFeatures,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type InitializeParams,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import {
  CHECK_FILES,
  DOCUMENT_STATUS,
  FIX_ALL_KIND,
  STATUS_CHANGED,
  TRUST_CHANGED,
  type CheckFilesParams,
  type CheckFilesResult,
  type DocumentStatus,
  type DocumentStatusParams,
  type InitializationOptions,
} from '../../common/out/protocol';
import { describeAt, type CompiledFacts, type FactCard } from './engine';
import { localDate } from './project/clock';
import { formatOf, readDraft } from './project/read';
import { DEFAULT_TABLE_FILE, TableLoader } from './project/tables';
import { codeActions } from './lsp/actions';
import { Checker, isFactsTable, type Outcome } from './lsp/checker';
import { complete } from './lsp/completion';
import { guardedDocuments } from './lsp/documents';
import { tableUri } from './lsp/diagnostics';
import { hoverMarkdown } from './lsp/hover';
import { Offload, OFFLOAD_CHARS } from './lsp/offload';
import { fsPath, Workspace } from './lsp/workspace';
import { SettingsCache } from './lsp/settings';

/** Milliseconds of quiet after an edit before a document is checked (`FACTLINT_DEBOUNCE_MS` overrides it, for the benchmark). */
const DEBOUNCE_MS = Number(process.env.FACTLINT_DEBOUNCE_MS ?? '') >= 0 && process.env.FACTLINT_DEBOUNCE_MS ? Number(process.env.FACTLINT_DEBOUNCE_MS) : 150;

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(guardedDocuments((message) => connection.console.warn(message)));
const workspace = new Workspace();
let configurationSupported = false;
let pullSupported = false;
const settings = new SettingsCache(connection, () => configurationSupported);
const tables = new TableLoader({
  readOpen: (file) => {
    for (const d of documents.all()) if (fsPath(d.uri) === file) return d.getText();
    return undefined;
  },
  keepRestoredCopy: true,
});
const offload = new Offload((line) => connection.console.error(line));
const checker = new Checker(tables, DEFAULT_TABLE_FILE, offload);
const lastEdit = new Map<string, number>();
const timers = new Map<string, NodeJS.Timeout>();
/** Files outside the editor whose diagnostics were pushed by "check all drafts". */
const pushedClosed = new Set<string>();

connection.onInitialize((params: InitializeParams) => {
  const caps = params.capabilities;
  configurationSupported = caps.workspace?.configuration === true;
  pullSupported = caps.textDocument?.diagnostic !== undefined;
  workspace.folders = (params.workspaceFolders ?? []).map((f) => URI.parse(f.uri).fsPath);
  if (workspace.folders.length === 0 && params.rootUri) workspace.folders = [URI.parse(params.rootUri).fsPath];
  const init = params.initializationOptions as Partial<InitializationOptions> | undefined;
  workspace.trusted = init?.trusted !== false;
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      hoverProvider: true,
      completionProvider: { triggerCharacters: [' ', ':'] },
      ...(pullSupported ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      workspace: { workspaceFolders: { supported: true } },
    },
    serverInfo: { name: 'factlint-ls' },
  };
});

connection.onInitialized(() => {
  if (configurationSupported) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'factlint' });
  void connection.client.register(DidChangeWatchedFilesNotification.type, {
    watchers: [{ globPattern: '**/.factlint.yaml' }, { globPattern: '**/*.facts.yaml' }],
  }).catch(() => undefined);
});

/** Checks a document now, with its settings. */
async function runCheck(doc: TextDocument): Promise<Outcome> {
  const setup = workspace.setup(doc.uri, await settings.get(doc.uri));
  for (const p of setup.problems) connection.console.warn(p);
  return checker.runAsync(doc, setup);
}

/** Waits until the document has been quiet for the debounce, unless the request is cancelled. */
function quiet(uri: string, token: CancellationToken): Promise<void> {
  const wait = (lastEdit.get(uri) ?? 0) + DEBOUNCE_MS - Date.now();
  if (wait <= 0) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, wait);
    token.onCancellationRequested(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Push mode: check after the debounce and publish, unless a newer edit came meanwhile. */
function schedule(doc: TextDocument): void {
  clearTimeout(timers.get(doc.uri));
  const run = (): void => {
    timers.delete(doc.uri);
    void publish(doc.uri);
  };
  // No debounce means the next turn of the event loop, not a timer's minimum of a millisecond.
  if (DEBOUNCE_MS === 0) setImmediate(run);
  else timers.set(doc.uri, setTimeout(run, DEBOUNCE_MS));
}

async function publish(uri: string): Promise<void> {
  const doc = documents.get(uri);
  if (!doc) return;
  const version = doc.version;
  const outcome = await runCheck(doc);
  if (documents.get(uri)?.version !== version) return;
  void connection.sendDiagnostics({ uri, version, diagnostics: outcome.diagnostics });
  void connection.sendNotification(STATUS_CHANGED, { uri });
}

/** Everything must be checked again: tables or settings changed. */
function recheckAll(): void {
  checker.clear();
  if (pullSupported) void connection.languages.diagnostics.refresh();
  else for (const d of documents.all()) void publish(d.uri);
  void connection.sendNotification(STATUS_CHANGED, {});
}

/** Documents just opened: their first check runs at once, with no debounce. */
const justOpened = new Set<string>();

documents.onDidOpen((e) => {
  justOpened.add(e.document.uri);
  // Diagnostics pushed while the file was closed would stand beside the pulled ones.
  if (pullSupported && pushedClosed.delete(e.document.uri)) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

documents.onDidChangeContent((e) => {
  if (justOpened.delete(e.document.uri)) {
    if (!pullSupported) void publish(e.document.uri);
  } else {
    lastEdit.set(e.document.uri, Date.now());
    if (!pullSupported) schedule(e.document);
  }
  // A facts table being edited changes the facts of every draft that uses it.
  if (isFactsTable(e.document.uri)) {
    clearTimeout(timers.get('tables'));
    timers.set('tables', setTimeout(() => recheckAll(), DEBOUNCE_MS));
  }
});

documents.onDidClose((e) => {
  clearTimeout(timers.get(e.document.uri));
  checker.forget(e.document.uri);
  lastEdit.delete(e.document.uri);
  if (!pullSupported) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  if (isFactsTable(e.document.uri)) recheckAll();
});

connection.languages.diagnostics.on(async (params, token) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
  await quiet(doc.uri, token);
  if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'a newer version is on its way', { retriggerRequest: true });
  const outcome = checker.current(doc) ?? (await runCheck(doc));
  void connection.sendNotification(STATUS_CHANGED, { uri: doc.uri });
  return { kind: DocumentDiagnosticReportKind.Full, items: outcome.diagnostics };
});

connection.onDidChangeConfiguration(() => {
  settings.clear();
  workspace.reset();
  tables.forgetDisk();
  recheckAll();
});

connection.onDidChangeWatchedFiles(() => {
  workspace.reset();
  tables.forgetDisk();
  recheckAll();
});

connection.onNotification(TRUST_CHANGED, () => {
  workspace.trusted = true;
  workspace.reset();
  recheckAll();
});

connection.onCodeAction(async (params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc || isFactsTable(doc.uri)) return [];
  const outcome = checker.current(doc) ?? (await runCheck(doc));
  if (!outcome.result || documents.get(doc.uri)?.version !== outcome.version) return [];
  return codeActions(doc, outcome.result.findings, doc.offsetAt(params.range.start), doc.offsetAt(params.range.end), params.context.diagnostics, params.context.only);
});

connection.onHover(async (params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc || isFactsTable(doc.uri)) return null;
  const outcome = checker.current(doc) ?? (await runCheck(doc));
  const compiled = outcome.facts?.compiled;
  if (!compiled || !outcome.setup.enabled) return null;
  const cards = hoverCards(doc, compiled, outcome, doc.offsetAt(params.position));
  if (cards.length === 0) return null;
  return { contents: { kind: 'markdown', value: hoverMarkdown(cards) } };
});

/**
 * The fact cards at an offset. A very large draft is read only around it (its lines within
 * HOVER_WINDOW characters, or its words in a huge line), with the article date its last check
 * found: reading all of it would hold this thread for seconds. (A window that starts inside a code
 * block may read it as prose: a hover card, never a finding.)
 */
function hoverCards(doc: TextDocument, compiled: CompiledFacts, outcome: Outcome, offset: number): FactCard[] {
  const text = doc.getText();
  const options = { format: formatOf(doc.uri, doc.languageId), articleDate: outcome.setup.articleDate, today: localDate() };
  if (text.length < OFFLOAD_CHARS) return describeAt(text, compiled, options, offset);
  // At line breaks, unless the line is itself huge: then at spaces.
  let from = text.lastIndexOf('\n', Math.max(0, offset - HOVER_WINDOW)) + 1;
  if (offset - from > 2 * HOVER_WINDOW) from = text.indexOf(' ', offset - HOVER_WINDOW) + 1;
  let to = text.indexOf('\n', Math.min(text.length, offset + HOVER_WINDOW));
  if (to === -1) to = text.length;
  if (to - offset > 2 * HOVER_WINDOW) {
    const space = text.lastIndexOf(' ', offset + HOVER_WINDOW);
    to = space > offset ? space : offset + HOVER_WINDOW;
  }
  return describeAt(text.slice(from, to), compiled, { ...options, articleDate: options.articleDate ?? outcome.result?.articleDate }, offset - from);
}

/** Characters read on each side of a hover in a very large draft. */
const HOVER_WINDOW = 8_000;

connection.onCompletion(async (params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc || !isFactsTable(doc.uri)) return [];
  const setup = workspace.setup(doc.uri, await settings.get(doc.uri));
  const known = tables.load(setup.tables).compiled;
  return complete(doc.getText(), params.position.line, params.position.character, known ? [...known.officeById.keys()] : []);
});

connection.onRequest(DOCUMENT_STATUS, async (params: DocumentStatusParams): Promise<DocumentStatus | null> => {
  const doc = documents.get(params.uri);
  if (!doc || isFactsTable(doc.uri)) return null;
  const outcome = checker.current(doc) ?? (await runCheck(doc));
  if (!outcome.result || !outcome.facts) return null;
  return {
    articleDate: outcome.result.articleDate,
    articleDateSource: outcome.result.articleDateSource,
    articleDateGuessed: outcome.result.articleDateGuessed,
    facts: outcome.facts.count,
    tables: outcome.facts.files.map((f) => ({ name: f === DEFAULT_TABLE_FILE ? 'default' : f, uri: tableUri(f, DEFAULT_TABLE_FILE) })),
    stale: outcome.facts.stale,
    skipped: outcome.result.skipped.map((s) => ({ kind: s.kind, startLine: doc.positionAt(s.start).line, endLine: doc.positionAt(Math.max(s.start, s.end - 1)).line })),
  };
});

connection.onRequest(CHECK_FILES, async (params: CheckFilesParams, token: CancellationToken): Promise<CheckFilesResult> => {
  let checked = 0;
  let findings = 0;
  for (const uri of params.uris) {
    if (token.isCancellationRequested) break;
    const open = documents.get(uri);
    const file = fsPath(uri);
    let doc = open;
    if (!doc) {
      if (!file) continue;
      let text: string;
      try {
        text = readDraft(file).text;
      } catch {
        continue;
      }
      doc = TextDocument.create(uri, formatOf(file), 0, text);
    }
    const outcome = open ? (checker.current(open) ?? (await runCheck(open))) : await checker.runAsync(doc, workspace.setup(uri, await settings.get(uri)));
    if (!open) {
      checker.forget(uri);
      pushedClosed.add(uri);
      void connection.sendDiagnostics({ uri, diagnostics: outcome.diagnostics });
    }
    checked++;
    findings += outcome.result?.findings.length ?? 0;
  }
  return { checked, findings };
});

documents.listen(connection);
connection.listen();
