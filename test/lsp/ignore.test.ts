/**
 * "Ignore "X" in this workspace": the copy is left alone, the flagged text goes into
 * `.factlint.yaml`'s `ignore` (comments kept, or a new file), and the server then drops the
 * finding, as the CLI does.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CodeActionRequest, DidChangeWatchedFilesNotification, FileChangeType, type CodeAction } from 'vscode-languageserver-protocol/node';
import { runCli } from '../cli-inprocess';
import { applyToDisk, fileUri, TestClient } from './client';

const DRAFT = '---\ndate: 2026-03-06\n---\nA Free and Open Indo-Pacific (FIOP) and the Special Strategic Global Partnership.\n';

async function ignoreAction(client: TestClient, uri: string, word: string): Promise<CodeAction | undefined> {
  const diagnostics = await client.diagnostics(uri);
  const d = diagnostics.find((x) => DRAFT.split('\n')[x.range.start.line].slice(x.range.start.character).startsWith(word));
  assert.ok(d, `a diagnostic on ${word}`);
  const actions = (await client.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
  return actions.find((a) => a.title.startsWith('Ignore '));
}

describe('factlint-ls --stdio: ignoring a finding in the workspace', () => {
  let dir: string;
  let client: TestClient;

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-ignore-'));
    client = new TestClient(dir);
    await client.start(dir, true);
  });

  afterEach(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('adds the flagged text and its rule to .factlint.yaml, keeping its comments; the finding goes, in the editor and the CLI', async () => {
    const config = path.join(dir, '.factlint.yaml');
    fs.writeFileSync(config, '# Our desk keeps this.\nrules:\n  term: warning\n');
    const file = path.join(dir, 'draft.md');
    fs.writeFileSync(file, DRAFT);
    const uri = fileUri(file);
    await client.open(uri, DRAFT);
    const action = await ignoreAction(client, uri, 'FIOP');
    assert.equal(action?.title, 'Ignore "FIOP" in this workspace');
    assert.deepEqual(applyToDisk({ edit: action.edit! }), { applied: true });
    assert.equal(fs.readFileSync(config, 'utf8'), '# Our desk keeps this.\nrules:\n  term: warning\nignore:\n  - { text: FIOP, rule: acronym }\n');
    assert.equal(fs.readFileSync(file, 'utf8'), DRAFT, 'the copy is left alone');
    await client.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: fileUri(config), type: FileChangeType.Changed }] });
    await client.until(() => client.refreshes > 0);
    assert.deepEqual((await client.diagnostics(uri)).map((d) => d.code), ['term']);
    const cli = JSON.parse((await runCli(dir, ['--format', 'json', 'draft.md'])).stdout) as { files: { findings: { rule: string }[] }[] };
    assert.deepEqual(cli.files[0].findings.map((f) => f.rule), ['term']);
  });

  it('creates .factlint.yaml in the workspace folder when there is none', async () => {
    const file = path.join(dir, 'draft.md');
    fs.writeFileSync(file, DRAFT);
    const uri = fileUri(file);
    await client.open(uri, DRAFT);
    const action = await ignoreAction(client, uri, 'Special');
    assert.equal(action?.title, 'Ignore "Special Strategic Global Partnership" in this workspace');
    assert.deepEqual(applyToDisk({ edit: action.edit! }), { applied: true });
    assert.equal(fs.readFileSync(path.join(dir, '.factlint.yaml'), 'utf8'), 'ignore:\n  - { text: Special Strategic Global Partnership, rule: term }\n');
  });
});
