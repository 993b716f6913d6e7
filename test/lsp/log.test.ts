/**
 * The log (VS Code's "factlint" output channel, any editor's LSP log): the server's start, the
 * tables it loaded and how, the settings applied, and each draft's article date and where it came
 * from, each said once and again only when it changes; a broken table as a warning.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DidChangeWatchedFilesNotification, FileChangeType, MessageType } from 'vscode-languageserver-protocol/node';
import { fileUri, TestClient } from './client';

describe('factlint-ls --stdio: the log', () => {
  let dir: string;
  let client: TestClient;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-log-'));
    fs.writeFileSync(path.join(dir, 'team.facts.yaml'), 'version: 1\nacronyms:\n  - short: NCA\n    expansion: National Coastal Authority\n');
    client = new TestClient(dir, { FACTLINT_NO_CACHE: '1' });
    client.settings = { facts: ['team.facts.yaml'] };
    await client.start(dir, true);
  });

  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const lines = (level?: MessageType) => client.logs.filter((l) => level === undefined || l.type === level).map((l) => l.message);

  it('says what it loaded and applied, and each draft\'s article date once', async () => {
    const uri = fileUri(path.join(dir, 'a.md'));
    await client.open(uri, '---\ndate: 2026-03-06\n---\nThe NCA met.\n');
    await client.diagnostics(uri);
    await client.change(uri, '---\ndate: 2026-03-06\n---\nThe NCA met again.\n');
    await client.diagnostics(uri);
    assert.ok(lines().some((l) => /^factlint-ls \d+\.\d+\.\d+ started \(node v\d+/.test(l)), lines().join('\n'));
    assert.ok(lines(MessageType.Info).some((l) => /^facts tables default, .*team\.facts\.yaml: \d+ facts, parsed and compiled in \d+ ms$/.test(l)), lines().join('\n'));
    assert.ok(lines().some((l) => l.startsWith('settings: {"enable":true,"facts":["team.facts.yaml"]')), lines().join('\n'));
    assert.equal(lines().filter((l) => /a\.md: article date 2026-03-06 \(front matter\)$/.test(l)).length, 1, 'once, not on every edit');
    await client.change(uri, 'The NCA met.\n');
    await client.diagnostics(uri);
    assert.ok(lines().some((l) => /a\.md: article date \d{4}-\d{2}-\d{2} \(no date found: today's date, a guess\)$/.test(l)), 'and again when it changes');
  });

  it('says a broken table is broken, as a warning, and that the last good version stays in use', async () => {
    const table = path.join(dir, 'team.facts.yaml');
    fs.writeFileSync(table, 'version: 1\nacronyms:\n  - short: NCA\n');
    await client.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: fileUri(table), type: FileChangeType.Changed }] });
    // The tables are read again when a draft is next checked.
    await client.diagnostics(fileUri(path.join(dir, 'a.md')));
    assert.ok(lines(MessageType.Warning).some((l) => /team\.facts\.yaml: \d+ facts, the last good version stays in use; 1 error/.test(l)), lines().join('\n'));
  });
});
