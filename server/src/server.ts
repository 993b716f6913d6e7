/**
 * The language server (`factlint-ls --stdio`, or over IPC from the VS Code client): checks
 * Markdown and plain-text documents as they open and change, and offers each finding's fixes
 * as quick fixes. A thin front end over the engine, like the CLI.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  CodeAction,
  CodeActionKind,
  createConnection,
  DiagnosticSeverity,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Diagnostic,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { check, compileFacts, type CompiledFacts, type Finding, type Severity } from './engine';
import { formatFactsError, loadTables } from './engine/facts/load';

const DEFAULT_TABLE = path.resolve(__dirname, '../../facts/default.facts.yaml');

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
/** Findings of each open document, by URI, with the version they were computed for. */
const findingsByUri = new Map<string, { version: number; findings: Finding[] }>();
let facts: CompiledFacts | undefined;

function loadDefaultFacts(): CompiledFacts | undefined {
  const r = loadTables([{ name: 'default', file: null, text: fs.readFileSync(DEFAULT_TABLE, 'utf8') }]);
  if (r.errors.length > 0) {
    connection.console.error(r.errors.map(formatFactsError).join('\n'));
    return undefined;
  }
  return compileFacts(r.facts);
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

function validate(doc: TextDocument): void {
  facts ??= loadDefaultFacts();
  if (!facts) return;
  const format = doc.languageId === 'markdown' || /\.(md|markdown)$/i.test(doc.uri) ? 'markdown' : 'plaintext';
  const result = check(doc.getText(), facts, { format, today: today() });
  findingsByUri.set(doc.uri, { version: doc.version, findings: result.findings });
  const diagnostics: Diagnostic[] = result.findings.map((f) => ({
    range: { start: doc.positionAt(f.offset), end: doc.positionAt(f.offset + f.length) },
    severity: SEVERITY[f.severity],
    code: f.rule,
    source: 'factlint',
    message: f.message,
  }));
  void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
}

connection.onInitialize(() => ({
  capabilities: {
    textDocumentSync: TextDocumentSyncKind.Incremental,
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
  },
  serverInfo: { name: 'factlint-ls' },
}));

documents.onDidChangeContent((e) => validate(e.document));
documents.onDidClose((e) => {
  findingsByUri.delete(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.onCodeAction((params) => {
  const doc = documents.get(params.textDocument.uri);
  const stored = findingsByUri.get(params.textDocument.uri);
  // Fixes computed for another version of the text would edit the wrong place.
  if (!doc || !stored || stored.version !== doc.version) return [];
  const start = doc.offsetAt(params.range.start);
  const end = doc.offsetAt(params.range.end);
  const actions: CodeAction[] = [];
  for (const f of stored.findings) {
    if (f.offset > end || f.offset + f.length < start) continue;
    f.fixes.forEach((fix, i) => {
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        isPreferred: i === 0,
        edit: {
          documentChanges: [
            {
              textDocument: { uri: doc.uri, version: doc.version },
              edits: fix.edits.map((e) => ({ range: { start: doc.positionAt(e.offset), end: doc.positionAt(e.offset + e.length) }, newText: e.text })),
            },
          ],
        },
      });
    });
  }
  return actions;
});

documents.listen(connection);
connection.listen();
