/**
 * The language server (`factlint-ls --stdio`, or over IPC from the VS Code client). Wires LSP
 * events to the pieces in `lsp/`: checks Markdown and plain-text drafts as they change (after
 * a short debounce), serves pull diagnostics where the client supports them and pushes
 * otherwise, code actions, hover fact cards, and facts tables as documents with their errors.
 */
import * as fs from 'node:fs';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  ErrorCodes,
  LSPErrorCodes,
  MessageType,
  ProposedFeatures,
  ResponseError,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type InitializeParams,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import {
  ADD_TO_TABLE_COMMAND,
  CHECK_FILES,
  CREATE_TABLE_COMMAND,
  DOCUMENT_STATUS,
  FIX_ALL_KIND,
  OPEN_RULE_DOCS_COMMAND,
  STATUS_CHANGED,
  TRUST_CHANGED,
  type CheckFilesParams,
  type CheckFilesResult,
  type DocumentStatus,
  type DocumentStatusParams,
  type InitializationOptions,
} from '../../common/out/protocol';
import { articleDateOrigin, describeAt, findNewPeople, RULES, type CheckOptions, type CompiledFacts, type FactCard, type NewPerson } from './engine';
import { localDate } from './project/clock';
import { packageVersion } from './project/paths';
import { formatOf, readDraft, readRegularFile } from './project/read';
import { DEFAULT_TABLE_FILE, TableLoader } from './project/tables';
import { codeActions, docsCommandFor } from './lsp/actions';
import { resolveTableAction, tableActions, type TableActionEnv } from './lsp/additions';
import { EditorFiles } from './lsp/editor-files';
import { ignoreActions, type IgnoreEnv } from './lsp/ignore-actions';
import { addToTable, createTable, type TableCommandEnv } from './lsp/table-commands';
import { Checker, isFactsTable, recheckOf, type Outcome } from './lsp/checker';
import { complete } from './lsp/completion';
import { guardedDocuments } from './lsp/documents';
import { CONFIG_CODE, placeDiagnostics, ruleDocsUri, TABLE_CODE, tableUri } from './lsp/diagnostics';
import { factFirst, hoverMarkdown } from './lsp/hover';
import { Offload, OFFLOAD_CHARS } from './lsp/offload';
import { ProblemReport } from './lsp/problems';
import { answering, detach, noting, validPosition, validRange } from './lsp/safe';
import { watchFraming } from './lsp/stream';
import { fsPath, Workspace } from './lsp/workspace';
import { sentSection, SettingsCache } from './lsp/settings';

/** Milliseconds of quiet after an edit before a document is checked (`FACTLINT_DEBOUNCE_MS` overrides it, for the benchmark). */
const DEBOUNCE_MS = Number(process.env.FACTLINT_DEBOUNCE_MS ?? '') >= 0 && process.env.FACTLINT_DEBOUNCE_MS ? Number(process.env.FACTLINT_DEBOUNCE_MS) : 150;

// On stdio, bytes out of step with the framing would leave the server deaf and alive for ever
// (the library waits for a header that never comes): end it instead, saying why, in one line on
// stderr, which every editor keeps. Watched before the connection exists, so that this line is
// written before the library's own exit on a stream that ends.
if (process.argv.includes('--stdio')) {
  watchFraming(process.stdin, (reason) => {
    fs.writeSync(2, `factlint-ls: the input stream is broken (${reason}); exiting. Each message must be "Content-Length: <bytes>\\r\\n\\r\\n" and that many bytes of JSON; restart the server.\n`);
    process.exit(1);
  });
}

const connection = createConnection(ProposedFeatures.all);
/** Logs a failure where the editor shows the server's log. */
const logError = (message: string): void => connection.console.error(message);
// The last resort: a failure nothing caught is logged, and the server answers on.
process.on('unhandledRejection', (e) => logError(`factlint: unexpected failure: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`));
process.on('uncaughtException', (e) => logError(`factlint: unexpected failure: ${e.stack ?? e.message}`));
const documents = new TextDocuments(guardedDocuments((message) => connection.console.warn(message)));
const workspace = new Workspace();
let configurationSupported = false;
let pullSupported = false;
/** Whether the client opens documents the server names (`window/showDocument`). */
let showDocumentSupported = false;
/** The client's own commands that code actions may run (`InitializationOptions.clientCommands`). */
let clientCommands: ReadonlySet<string> = new Set();
/** What the client's code actions and workspace edits support. */
const clientEdits = { disabledActions: false, resolveEdits: false, createFiles: false, metadata: false };
const settings = new SettingsCache(connection, () => configurationSupported);
const tables = new TableLoader({
  readOpen: (file) => {
    for (const d of documents.all()) if (fsPath(d.uri) === file) return d.getText();
    return undefined;
  },
  keepRestoredCopy: true,
  onLoad: (e) => {
    const what = `facts tables ${e.names.join(', ')}: ${e.count} facts`;
    const how = e.from === 'cache' ? `read from the cache in ${e.ms} ms` : e.from === 'compiled' ? `parsed and compiled in ${e.ms} ms` : e.from === 'last good version' ? 'the last good version stays in use' : 'none in use: the drafts that use them are not checked';
    const problems = e.problems > 0 ? `; ${e.problems} error${e.problems === 1 ? '' : 's'} (in the Problems panel, at their place)` : '';
    (e.problems > 0 ? connection.console.warn : connection.console.info).call(connection.console, `${what}, ${how}${problems}`);
  },
});
const offload = new Offload(logError);
const checker = new Checker(tables, DEFAULT_TABLE_FILE, offload, (file) => workspace.display(file));
const problems = new ProblemReport({
  log: (level, message) => (level === 'error' ? connection.console.error(message) : connection.console.info(message)),
  show: (message) => detach('window/showMessage', logError, connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message })),
  push: (file, list) => {
    const uri = URI.file(file).toString();
    const open = documents.get(uri);
    let text = open?.getText() ?? '';
    // The text only places the ends of the underlines.
    if (!open && list.length > 0) {
      try {
        text = readRegularFile(file).toString('utf8');
      } catch {
        // Gone meanwhile: the problems stand at their lines all the same.
      }
    }
    const doc = TextDocument.create(uri, 'yaml', 0, text);
    detach('publishing diagnostics', logError, connection.sendDiagnostics({ uri, diagnostics: placeDiagnostics(doc, list.map((p) => ({ ...p.at!, message: p.message })), isFactsTable(uri) ? TABLE_CODE : CONFIG_CODE) }));
  },
  isOpenTable: (file) => isFactsTable(file) && documents.get(URI.file(file).toString()) !== undefined,
  display: (file) => workspace.display(file),
});
/** Tables and configs as the editor has them, for the edits that build tables. */
const editorFiles = new EditorFiles(documents);
const lastEdit = new Map<string, number>();
const timers = new Map<string, NodeJS.Timeout>();
/** Files outside the editor whose diagnostics were pushed by "check all drafts". */
const pushedClosed = new Set<string>();

connection.onInitialize(
  answering('initialize', logError, (params: InitializeParams) => {
    const caps = params.capabilities;
    configurationSupported = caps.workspace?.configuration === true;
    showDocumentSupported = caps.window?.showDocument?.support === true;
    pullSupported = caps.textDocument?.diagnostic !== undefined;
    workspace.folders = (params.workspaceFolders ?? []).map((f) => URI.parse(f.uri).fsPath);
    if (workspace.folders.length === 0 && params.rootUri) workspace.folders = [URI.parse(params.rootUri).fsPath];
    const init = params.initializationOptions as Partial<InitializationOptions> | undefined;
    settings.take(sentSection(init));
    workspace.trusted = init?.trusted !== false;
    clientCommands = new Set(Array.isArray(init?.clientCommands) ? init.clientCommands.filter((c): c is string => typeof c === 'string') : []);
    const edits = caps.workspace?.workspaceEdit;
    clientEdits.disabledActions = caps.textDocument?.codeAction?.disabledSupport === true;
    clientEdits.resolveEdits = caps.textDocument?.codeAction?.resolveSupport?.properties?.includes('edit') === true;
    clientEdits.createFiles = caps.workspace?.applyEdit === true && edits?.documentChanges === true && (edits.resourceOperations ?? []).includes('create');
    clientEdits.metadata = edits?.metadataSupport === true;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: true },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [' ', ':'] },
        executeCommandProvider: { commands: [ADD_TO_TABLE_COMMAND, CREATE_TABLE_COMMAND, OPEN_RULE_DOCS_COMMAND] },
        ...(pullSupported ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
        workspace: { workspaceFolders: { supported: true } },
      },
      serverInfo: { name: 'factlint-ls' },
    };
  }),
);

connection.onInitialized(
  noting('initialized', logError, () => {
    connection.console.info(`factlint-ls ${packageVersion()} started (node ${process.version}, process ${process.pid}); workspace folders: ${workspace.folders.join(', ') || 'none'}`);
    // A client may refuse a registration: the server then runs without it.
    if (configurationSupported) detach('registering for factlint settings', logError, connection.client.register(DidChangeConfigurationNotification.type, { section: 'factlint' }));
    detach('registering file watchers', logError, connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: '**/.factlint.yaml' }, { globPattern: '**/*.facts.yaml' }],
    }));
  }),
);

/** Checks a document now, with its settings, and tells what is wrong with its config and tables. */
async function runCheck(doc: TextDocument): Promise<Outcome> {
  const applied = await settings.get(doc.uri);
  // The cache gives the same object until the settings change: written out only then, not per keystroke.
  if (!loggedSettings.has(applied)) {
    loggedSettings.add(applied);
    logOnce('settings', `settings: ${JSON.stringify(applied)}${configurationSupported ? '' : ' (as the editor sent them; it cannot be asked)'}`);
  }
  const outcome = await checker.runAsync(doc, workspace.setup(doc.uri, applied));
  problems.report(outcome.problems, outcome.observed);
  const r = outcome.result;
  if (r) logOnce(`date ${doc.uri}`, `${workspace.display(fsPath(doc.uri) ?? doc.uri)}: article date ${r.articleDate} (${articleDateOrigin(r.articleDateSource)}${r.articleDateGuessed ? ', a guess' : ''})`);
  return outcome;
}

/** Settings objects already written to the log. */
const loggedSettings = new WeakSet<object>();

/** What the log last said on each subject: a line is written when what it says changes, not on every keystroke. */
const logged = new Map<string, string>();

function logOnce(subject: string, line: string): void {
  if (logged.get(subject) === line) return;
  if (logged.size > 10_000) logged.clear();
  logged.set(subject, line);
  connection.console.info(line);
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
    detach(`checking ${doc.uri}`, logError, publish(doc.uri));
  };
  // No debounce means the next turn of the event loop, not a timer's minimum of a millisecond.
  if (DEBOUNCE_MS === 0) setImmediate(run);
  else timers.set(doc.uri, setTimeout(run, DEBOUNCE_MS));
}

/**
 * Push mode: checks a document and publishes its diagnostics. The check waits for the settings
 * first; if the document changed meanwhile, a newer publish is on its way, and this one, begun
 * for an older version, publishes nothing.
 */
async function publish(uri: string): Promise<void> {
  const doc = documents.get(uri);
  if (!doc) return;
  const version = doc.version;
  const outcome = await runCheck(doc);
  if (documents.get(uri)?.version !== version) return;
  await connection.sendDiagnostics({ uri, version, diagnostics: outcome.diagnostics });
  await connection.sendNotification(STATUS_CHANGED, { uri });
}

/** Everything must be checked again: tables or settings changed. */
function recheckAll(): void {
  checker.clear();
  if (pullSupported) detach('asking for a diagnostics refresh', logError, connection.languages.diagnostics.refresh());
  else for (const d of documents.all()) detach(`checking ${d.uri}`, logError, publish(d.uri));
  detach('sending factlint/statusChanged', logError, connection.sendNotification(STATUS_CHANGED, {}));
}

/** Files or settings changed on disk: read configs and tables again, and tell again what is still wrong. */
function reloadAll(): void {
  workspace.reset();
  editorFiles.forgetDisk();
  tables.forgetDisk();
  problems.retell();
  recheckAll();
}

/** Documents just opened: their first check runs at once, with no debounce. */
const justOpened = new Set<string>();

documents.onDidOpen(
  noting('textDocument/didOpen', logError, (e: { document: TextDocument }) => {
    justOpened.add(e.document.uri);
    // Diagnostics pushed while the file was closed would stand beside the pulled ones.
    const file = fsPath(e.document.uri);
    const pushed = pushedClosed.delete(e.document.uri) || (file !== undefined && isFactsTable(e.document.uri) && problems.opened(file));
    if (pullSupported && pushed) return connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  }),
);

documents.onDidChangeContent(
  noting('textDocument/didChange', logError, (e: { document: TextDocument }) => {
    if (justOpened.delete(e.document.uri)) {
      if (!pullSupported) detach(`checking ${e.document.uri}`, logError, publish(e.document.uri));
    } else {
      lastEdit.set(e.document.uri, Date.now());
      if (!pullSupported) schedule(e.document);
    }
    // A facts table being edited changes the facts of every draft that uses it.
    if (isFactsTable(e.document.uri)) {
      clearTimeout(timers.get('tables'));
      timers.set('tables', setTimeout(noting('re-checking after a table changed', logError, recheckAll), DEBOUNCE_MS));
    }
  }),
);

documents.onDidClose(
  noting('textDocument/didClose', logError, (e: { document: TextDocument }) => {
    clearTimeout(timers.get(e.document.uri));
    checker.forget(e.document.uri);
    lastEdit.delete(e.document.uri);
    if (!pullSupported) detach('clearing diagnostics', logError, connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }));
    if (isFactsTable(e.document.uri)) recheckAll();
  }),
);

connection.languages.diagnostics.on(
  answering('textDocument/diagnostic', logError, async (params, token) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    await quiet(doc.uri, token);
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'a newer version is on its way', { retriggerRequest: true });
    const outcome = checker.current(doc) ?? (await runCheck(doc));
    detach('sending factlint/statusChanged', logError, connection.sendNotification(STATUS_CHANGED, { uri: doc.uri }));
    return { kind: DocumentDiagnosticReportKind.Full, items: outcome.diagnostics };
  }),
);

connection.onDidChangeConfiguration(
  noting('workspace/didChangeConfiguration', logError, (params: { settings?: unknown }) => {
    // VS Code sends no settings (it is asked); other editors send the section itself.
    if (!settings.take(sentSection(params))) settings.clear();
    reloadAll();
  }),
);

connection.onDidChangeWatchedFiles(noting('workspace/didChangeWatchedFiles', logError, reloadAll));

connection.onNotification(
  TRUST_CHANGED,
  noting(TRUST_CHANGED, logError, () => {
    workspace.trusted = true;
    reloadAll();
  }),
);

connection.onCodeAction(
  answering('textDocument/codeAction', logError, async (params) => {
    const range = validRange('textDocument/codeAction', 'range', params.range);
    const doc = documents.get(params.textDocument.uri);
    if (!doc || isFactsTable(doc.uri)) return [];
    const outcome = checker.current(doc) ?? (await runCheck(doc));
    if (!outcome.result || documents.get(doc.uri)?.version !== outcome.version) return [];
    const start = doc.offsetAt(range.start);
    const end = doc.offsetAt(range.end);
    const actions = codeActions(doc, outcome.result.findings, start, end, params.context.diagnostics, params.context.only, recheckOf(doc, outcome), docsCommandFor(clientCommands, showDocumentSupported));
    const compiled = outcome.facts?.compiled;
    const quickFixes = !params.context.only || params.context.only.some((o) => o === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(o + '.'));
    // Last in the menu: ignoring a finding for the whole workspace is the widest choice.
    const here = outcome.result.findings.filter((f) => f.offset <= end && f.offset + f.length >= start);
    const ignoring = quickFixes ? ignoreActions(here, params.context.diagnostics, outcome.setup.configFile, workspace.folderOf(fsPath(doc.uri)), ignoreEnv) : [];
    if (!compiled || !quickFixes) return [...actions, ...ignoring];
    const input = {
      doc,
      compiled,
      tables: outcome.setup.tables.files,
      findings: outcome.result.findings,
      newPeople: newPeopleNear(doc, compiled, outcome, start),
      start,
      end,
      diagnostics: params.context.diagnostics,
    };
    return [...actions, ...tableActions(input, tableActionEnv), ...ignoring];
  }),
);

connection.onCodeActionResolve(answering('codeAction/resolve', logError, (action) => resolveTableAction(action, tableActionEnv, tableCommandEnv.showError)));

const ignoreEnv: IgnoreEnv = {
  read: (file) => editorFiles.text(file),
  version: (file) => editorFiles.version(file),
  get canCreateFiles() {
    return clientEdits.createFiles;
  },
};

const tableActionEnv: TableActionEnv = {
  get clientCommands() {
    return clientCommands;
  },
  get disabledSupport() {
    return clientEdits.disabledActions;
  },
  get resolveSupport() {
    return clientEdits.resolveEdits;
  },
  read: (file) => editorFiles.text(file),
  version: (file) => editorFiles.version(file),
  display: (file) => workspace.display(file),
  folderOf: (file) => workspace.folderOf(file),
};

const tableCommandEnv: TableCommandEnv = {
  read: (file) => editorFiles.text(file),
  version: (file) => editorFiles.version(file),
  display: (file) => workspace.display(file),
  tablesOf: async (uri) => workspace.setup(uri, await settings.get(uri)).tables,
  defaultText: () => readRegularFile(DEFAULT_TABLE_FILE).toString('utf8'),
  configOf: (folder) => workspace.configOf(folder),
  inWorkspace: (folder) => workspace.inWorkspace(folder),
  get canCreateFiles() {
    return clientEdits.createFiles;
  },
  get metadataSupport() {
    return clientEdits.metadata;
  },
  today: localDate,
  applyEdit: (params) => connection.workspace.applyEdit(params),
  showError: (message) => detach('window/showMessage', logError, connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message })),
};

connection.onExecuteCommand(
  answering('workspace/executeCommand', logError, async (params) => {
    const arg = params.arguments?.[0];
    if (params.command === ADD_TO_TABLE_COMMAND) return addToTable(arg, tableCommandEnv);
    if (params.command === CREATE_TABLE_COMMAND) return createTable(arg, tableCommandEnv);
    if (params.command === OPEN_RULE_DOCS_COMMAND) {
      if (typeof arg !== 'string' || !RULES.some((r) => r.id === arg)) throw new ResponseError(ErrorCodes.InvalidParams, `${OPEN_RULE_DOCS_COMMAND} takes a rule id, one of ${RULES.map((r) => r.id).join(', ')}`);
      const shown = await connection.window.showDocument({ uri: ruleDocsUri(arg) });
      return shown.success;
    }
    throw new ResponseError(ErrorCodes.InvalidParams, `factlint-ls has no command "${params.command}"; its commands are ${ADD_TO_TABLE_COMMAND}, ${CREATE_TABLE_COMMAND} and ${OPEN_RULE_DOCS_COMMAND}`);
  }),
);

/**
 * The people a draft names whom no table knows, near an offset: all of them, found once per
 * version, in a draft of ordinary size; in a very large one, those in the text around it (as the
 * hover reads it), found on each request.
 */
function newPeopleNear(doc: TextDocument, compiled: CompiledFacts, outcome: Outcome, offset: number): NewPerson[] {
  const text = doc.getText();
  const options: CheckOptions = { format: formatOf(doc.uri, doc.languageId), articleDate: outcome.setup.articleDate, today: localDate(), rules: outcome.setup.rules };
  if (text.length < OFFLOAD_CHARS) return (outcome.newPeople ??= findNewPeople(text, compiled, options));
  const [from, to] = windowAround(text, offset);
  return findNewPeople(text.slice(from, to), compiled, { ...options, articleDate: options.articleDate ?? outcome.result?.articleDate }).map((p) => ({
    ...p,
    start: p.start + from,
    end: p.end + from,
    titleStart: p.titleStart + from,
    titleEnd: p.titleEnd + from,
  }));
}

connection.onHover(
  answering('textDocument/hover', logError, async (params) => {
    const position = validPosition('textDocument/hover', 'position', params.position);
    const doc = documents.get(params.textDocument.uri);
    if (!doc || isFactsTable(doc.uri)) return null;
    const outcome = checker.current(doc) ?? (await runCheck(doc));
    const compiled = outcome.facts?.compiled;
    if (!compiled || !outcome.setup.enabled) return null;
    const offset = doc.offsetAt(position);
    const cards = hoverCards(doc, compiled, outcome, offset);
    if (cards.length === 0) return null;
    return { contents: { kind: 'markdown', value: hoverMarkdown(factFirst(cards, outcome.result?.findings ?? [], offset)) } };
  }),
);

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
  const [from, to] = windowAround(text, offset);
  return describeAt(text.slice(from, to), compiled, { ...options, articleDate: options.articleDate ?? outcome.result?.articleDate }, offset - from);
}

/** The text a very large draft is read in around an offset: its lines within HOVER_WINDOW characters, or its words in a huge line. */
function windowAround(text: string, offset: number): [number, number] {
  // At line breaks, unless the line is itself huge: then at spaces.
  let from = text.lastIndexOf('\n', Math.max(0, offset - HOVER_WINDOW)) + 1;
  if (offset - from > 2 * HOVER_WINDOW) from = text.indexOf(' ', offset - HOVER_WINDOW) + 1;
  let to = text.indexOf('\n', Math.min(text.length, offset + HOVER_WINDOW));
  if (to === -1) to = text.length;
  if (to - offset > 2 * HOVER_WINDOW) {
    const space = text.lastIndexOf(' ', offset + HOVER_WINDOW);
    to = space > offset ? space : offset + HOVER_WINDOW;
  }
  return [from, to];
}

/** Characters read on each side of a hover in a very large draft. */
const HOVER_WINDOW = 8_000;

connection.onCompletion(
  answering('textDocument/completion', logError, async (params) => {
    const position = validPosition('textDocument/completion', 'position', params.position);
    const doc = documents.get(params.textDocument.uri);
    if (!doc || !isFactsTable(doc.uri)) return [];
    const setup = workspace.setup(doc.uri, await settings.get(doc.uri));
    const known = tables.load(setup.tables).compiled;
    return complete(doc.getText(), position.line, position.character, known ? [...known.officeById.keys()] : []);
  }),
);

connection.onRequest(
  DOCUMENT_STATUS,
  answering(DOCUMENT_STATUS, logError, async (params: DocumentStatusParams): Promise<DocumentStatus | null> => {
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
  }),
);

connection.onRequest(
  CHECK_FILES,
  answering(CHECK_FILES, logError, async (params: CheckFilesParams, token: CancellationToken): Promise<CheckFilesResult> => {
    let checked = 0;
    let findings = 0;
    for (const uri of params.uris) {
      if (token.isCancellationRequested) break;
      const file = fsPath(uri);
      let outcome: Outcome | undefined;
      if (!documents.get(uri)) {
        if (!file) continue;
        let text: string;
        try {
          text = readDraft(file, false).text;
        } catch {
          continue;
        }
        const setup = workspace.setup(uri, await settings.get(uri));
        const onDisk = await checker.runAsync(TextDocument.create(uri, formatOf(file), 0, text), setup);
        // Opened while this was checked: the editor's text is the one to check, and its
        // diagnostics come as any open document's; those of the disk would stand beside them.
        if (!documents.get(uri)) {
          outcome = onDisk;
          checker.forget(uri);
          problems.report(outcome.problems, outcome.observed);
          pushedClosed.add(uri);
          detach('publishing diagnostics', logError, connection.sendDiagnostics({ uri, diagnostics: outcome.diagnostics }));
        }
      }
      const open = documents.get(uri);
      if (open) outcome = checker.current(open) ?? (await runCheck(open));
      checked++;
      findings += outcome?.result?.findings.length ?? 0;
    }
    return { checked, findings };
  }),
);

documents.listen(connection);
connection.listen();
