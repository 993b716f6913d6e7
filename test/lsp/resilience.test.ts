/**
 * Protocol tests of how `factlint-ls --stdio` holds up against clients that get things wrong: a
 * broken input stream ends it with one line on stderr; a handler that throws answers an error
 * and the server answers on; a client that refuses the server's own requests does not end it;
 * positions below zero are refused; and a check begun for an older version never publishes over
 * a newer one.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  CodeActionRequest,
  CompletionRequest,
  DiagnosticRefreshRequest,
  DidChangeConfigurationNotification,
  ErrorCodes,
  HoverRequest,
  MessageType,
  RegistrationRequest,
  ResponseError,
  ShutdownRequest,
  type Hover,
} from 'vscode-languageserver-protocol/node';
import { fileUri, TestClient } from './client';

const DRAFT = '---\ndate: 2026-03-06\n---\nThe Free and Open Indo-Pacific (FIOP).\n';

let dir: string;
before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-ls-resilience-'));
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The message a request was refused with. */
async function refusal(request: Promise<unknown>): Promise<ResponseError<unknown>> {
  try {
    await request;
  } catch (e) {
    return e as ResponseError<unknown>;
  }
  assert.fail('the request was answered, not refused');
}

describe('factlint-ls --stdio (a broken input stream)', () => {
  /** Starts a server, lets it answer once, writes `bytes` to it, and waits for it to end. */
  async function feed(bytes: string): Promise<{ code: number | null; lines: string[] }> {
    const client = new TestClient(dir);
    await client.start(dir, true);
    client.child.stdin!.write(bytes);
    const code = await client.exited;
    await client.stop();
    return { code, lines: client.stderr.split('\n').filter((l) => l !== '') };
  }

  it('exits with 1 and one line on stderr after garbage bytes', async () => {
    const { code, lines } = await feed('hello there\n');
    assert.equal(code, 1);
    assert.equal(lines.length, 1, lines.join('\n'));
    assert.match(lines[0], /^factlint-ls: the input stream is broken \(a header line must read "Name: value", not "hello "/);
    assert.match(lines[0], /restart the server\.$/);
  });

  it('exits after a header without Content-Length', async () => {
    const { code, lines } = await feed('Content-Type: application/vscode-jsonrpc\r\n\r\n{}');
    assert.equal(code, 1);
    assert.deepEqual(lines.map((l) => /a message header has no Content-Length/.test(l)), [true]);
  });

  it('exits after a Content-Length that is not a number', async () => {
    const { code, lines } = await feed('Content-Length: lots\r\n\r\n{}');
    assert.equal(code, 1);
    assert.deepEqual(lines.map((l) => /Content-Length must be a number of bytes, not "lots"/.test(l)), [true]);
  });

  it('exits after a body shorter than its Content-Length says', async () => {
    const body = JSON.stringify({ jsonrpc: '2.0', method: 'initialized', params: {} });
    const { code, lines } = await feed(`Content-Length: 5\r\n\r\n${body}`);
    assert.equal(code, 1);
    assert.deepEqual(lines.map((l) => /a message body is not one JSON object/.test(l)), [true]);
  });

  it('exits with a line when the input ends inside a message', async () => {
    const client = new TestClient(dir);
    await client.start(dir, true);
    client.child.stdin!.end('Content-Length: 40\r\n\r\n{"jsonrpc"');
    assert.equal(await client.exited, 1);
    assert.match(client.stderr, /^factlint-ls: the input stream is broken \(the input ended 30 bytes before the end of a message's body, at byte \d+\); exiting/);
  });

  it('exits when its input ends: 1 without a shutdown request, 0 after one, saying nothing', async () => {
    const abrupt = new TestClient(dir);
    await abrupt.start(dir, true);
    abrupt.child.stdin!.end();
    assert.equal(await abrupt.exited, 1);
    assert.equal(abrupt.stderr, '');

    const orderly = new TestClient(dir);
    await orderly.start(dir, true);
    await orderly.conn.sendRequest(ShutdownRequest.type);
    orderly.child.stdin!.end();
    assert.equal(await orderly.exited, 0);
    assert.equal(orderly.stderr, '');
  });
});

describe('factlint-ls --stdio (handlers that fail alone)', () => {
  let client: TestClient;
  const uri = () => fileUri(path.join(dir, 'fail.md'));

  before(async () => {
    client = new TestClient(dir);
    await client.start(dir, true);
    await client.open(uri(), DRAFT);
  });
  after(() => client.stop());

  it('answers a request whose handler throws with an error, logs why, and answers the next one', async () => {
    const range = { start: { line: 3, character: 0 }, end: { line: 3, character: 5 } };
    const e = await refusal(client.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri: uri() }, range, context: null } as never));
    assert.equal(e.code, ErrorCodes.InternalError);
    assert.match(e.message, /^factlint could not answer textDocument\/codeAction: /);
    await client.until(() => client.logs.some((l) => l.type === MessageType.Error && /^factlint: textDocument\/codeAction failed: TypeError/.test(l.message)));
    const hover = (await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri: uri() }, position: { line: 3, character: 34 } })) as Hover;
    assert.match((hover.contents as { value: string }).value, /\*\*FOIP\*\*/);
  });

  it('refuses a hover, a completion or a code action at a position below zero (InvalidParams), rather than answer as at 0', async () => {
    const hover = await refusal(client.conn.sendRequest(HoverRequest.type, { textDocument: { uri: uri() }, position: { line: -1, character: 0 } }));
    assert.equal(hover.code, ErrorCodes.InvalidParams);
    assert.equal(hover.message, 'textDocument/hover: position.line must be a whole number from 0, not -1');
    const table = fileUri(path.join(dir, 'complete.facts.yaml'));
    await client.open(table, 'version: 1\npeople:\n  - name: A B\n    roles:\n      - office: \n');
    const completion = await refusal(client.conn.sendRequest(CompletionRequest.type, { textDocument: { uri: table }, position: { line: 4, character: -1 } }));
    assert.equal(completion.code, ErrorCodes.InvalidParams);
    const range = { start: { line: 3, character: 0 }, end: { line: 3, character: -2 } };
    const action = await refusal(client.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri: uri() }, range, context: { diagnostics: [] } }));
    assert.equal(action.code, ErrorCodes.InvalidParams);
    assert.match(action.message, /range\.end\.character must be a whole number from 0, not -2/);
    // A position at 0 is still a position.
    assert.equal(await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri: uri() }, position: { line: 0, character: 0 } }), null);
  });
});

describe('factlint-ls --stdio (a client that refuses the server\'s requests)', () => {
  it('lives on when the client refuses to register its watchers and to refresh diagnostics', async () => {
    const client = new TestClient(dir);
    const no = () => new ResponseError(ErrorCodes.MethodNotFound, 'not here');
    client.conn.onRequest(RegistrationRequest.type, no);
    client.conn.onRequest(DiagnosticRefreshRequest.type, no);
    await client.start(dir, true);
    // A settings change asks for a refresh, refused too.
    await client.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const uri = fileUri(path.join(dir, 'refused.md'));
    await client.open(uri, DRAFT);
    assert.deepEqual((await client.diagnostics(uri)).map((d) => d.code), ['acronym']);
    await client.until(() => client.logs.filter((l) => l.type === MessageType.Error && /failed: .*not here/.test(l.message)).length === 3);
    assert.equal(client.child.exitCode, null, 'still running');
    await client.stop();
  });
});

describe('factlint-ls --stdio (an older check finishing last)', () => {
  it('publishes nothing for a version whose check finishes after a newer one was published (push)', async () => {
    // No debounce timer fires during the test: checks run on open and on a settings change only.
    const client = new TestClient(dir, { FACTLINT_DEBOUNCE_MS: '3600000' });
    await client.start(dir, false);
    const uri = fileUri(path.join(dir, 'race.md'));
    // The check begun on open waits for settings the client holds back.
    const holding = client.holdConfiguration();
    await client.open(uri, DRAFT);
    const release = await holding;
    const v2 = await client.change(uri, '---\ndate: 2026-03-06\n---\nThe Special Strategic Global Partnership.\n');
    // A settings change checks the document again, with settings asked afresh: version 2 is published.
    await client.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    await client.until(() => (client.pushed.get(uri) ?? []).length > 0);
    // Now the first check, begun for version 1, finishes last.
    await release();
    // Anything that check would publish comes before the answer to a later request.
    await client.conn.sendRequest('factlint/documentStatus', { uri });
    const published = client.pushed.get(uri)!;
    assert.deepEqual(published.map((p) => p.version), [v2]);
    assert.deepEqual(published[0].diagnostics.map((d) => d.code), ['term']);
    await client.stop();
  });

  it('pushes no diagnostics read from disk for a file opened while "check all drafts" waited (pull)', async () => {
    const client = new TestClient(dir);
    await client.start(dir, true);
    const file = path.join(dir, 'opened-meanwhile.md');
    fs.writeFileSync(file, DRAFT);
    const uri = fileUri(file);
    const holding = client.holdConfiguration();
    const result = client.conn.sendRequest('factlint/checkFiles', { uris: [uri] });
    const release = await holding;
    // Opened, and edited, while the check of the file on disk waits.
    await client.open(uri, '---\ndate: 2026-03-06\n---\nNothing to see.\n');
    await release();
    assert.deepEqual(await result, { checked: 1, findings: 0 });
    assert.equal(client.pushed.get(uri), undefined, 'the disk text\'s diagnostics would stand beside the pulled ones');
    assert.deepEqual(await client.diagnostics(uri), []);
    await client.stop();
  });
});
