/**
 * Smoke test of `factlint-ls --stdio` as a real process, driven over JSON-RPC as an editor
 * would: initialise, open a draft, receive its diagnostics, ask for the quick fix.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import {
  CodeActionRequest,
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type CodeAction,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

const BIN = path.resolve(__dirname, '../../bin/factlint-ls.js');

describe('factlint-ls --stdio', () => {
  let child: ChildProcess;
  let conn: ProtocolConnection;
  const published: PublishDiagnosticsParams[] = [];
  const waiters: (() => void)[] = [];

  before(async () => {
    child = spawn(process.execPath, [BIN, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    conn = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
      published.push(p);
      waiters.splice(0).forEach((w) => w());
    });
    conn.listen();
    await conn.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} });
    await conn.sendNotification(InitializedNotification.type, {});
  });

  after(async () => {
    await conn.sendRequest(ShutdownRequest.type);
    await conn.sendNotification(ExitNotification.type);
    conn.dispose();
    child.kill();
  });

  function diagnosticsFor(uri: string): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve) => {
      const look = () => {
        const found = published.find((p) => p.uri === uri);
        if (found) resolve(found);
        else waiters.push(look);
      };
      look();
    });
  }

  it('publishes a diagnostic with the rule as code and offers its fix', async () => {
    const uri = 'file:///draft.md';
    const text = '---\ndate: 2026-03-06\n---\nThey spoke of a Free and Open Indo-Pacific (FIOP).\n';
    await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const d = await diagnosticsFor(uri);
    assert.equal(d.diagnostics.length, 1);
    const [diag] = d.diagnostics;
    assert.equal(diag.code, 'acronym');
    assert.equal(diag.source, 'factlint');
    assert.deepEqual(diag.range, { start: { line: 3, character: 44 }, end: { line: 3, character: 48 } });
    const actions = (await conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: diag.range,
      context: { diagnostics: [diag] },
    })) as CodeAction[];
    assert.equal(actions.length, 1);
    assert.equal(actions[0].title, 'Replace with "FOIP"');
    assert.equal(actions[0].isPreferred, true);
  });
});
