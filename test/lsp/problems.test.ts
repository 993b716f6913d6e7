/**
 * Protocol tests of how `factlint-ls --stdio` says that a draft's configuration or tables are
 * broken, so that users of any editor see it: the draft is marked not checked (or keeps the last
 * good version), the file at fault gets diagnostics at the place of each error, the user is told
 * once in a message, and the log has a line.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DidChangeWatchedFilesNotification, FileChangeType, MessageType } from 'vscode-languageserver-protocol/node';
import { fileUri, TestClient } from './client';

const TEAM_TABLE = `version: 1
offices:
  - id: zz-mayor
    title: Mayor of Zenda
    aliases: [Mayor]
people:
  - name: Karla Vesely
    roles:
      - office: zz-mayor
        from: 2020-01-01
        to: 2024-12-31
`;

/** A draft that the team table finds one thing wrong with (Vesely is mayor no more). */
const DRAFT = '---\ndate: 2026-03-06\n---\nMayor Karla Vesely spoke.\n';

describe('factlint-ls --stdio (a broken configuration or table)', () => {
  let dir: string;
  let client: TestClient;

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-ls-problems-'));
    fs.writeFileSync(path.join(dir, '.factlint.yaml'), 'defaultFacts: false\nfacts: [team.facts.yaml]\n');
    client = new TestClient(dir);
  });

  afterEach(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const draftUri = () => fileUri(path.join(dir, 'draft.md'));
  const errorsShown = () => client.shown.filter((m) => m.type === MessageType.Error).map((m) => m.message);
  const errorsLogged = () => client.logs.filter((m) => m.type === MessageType.Error).map((m) => m.message);

  /** Tells the server files changed on disk, and waits for it to ask for a refresh. */
  async function filesChanged(file: string, type: FileChangeType): Promise<void> {
    const refreshes = client.refreshes;
    await client.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: fileUri(file), type }] });
    await client.until(() => client.refreshes > refreshes);
  }

  it('marks a draft not checked when .factlint.yaml names a table that does not exist, and says once where', async () => {
    await client.start(dir, true);
    await client.open(draftUri(), DRAFT);
    const [d, ...rest] = await client.diagnostics(draftUri());
    assert.deepEqual(rest, []);
    assert.equal(d.code, 'not-checked');
    assert.equal(d.severity, 1);
    assert.deepEqual(d.range.start, { line: 0, character: 0 });
    const said = '.factlint.yaml:2:9: facts table team.facts.yaml does not exist; create it, or correct or remove this entry of "facts"';
    assert.equal(d.message, `Not checked: ${said} — until it is fixed, the drafts that use it are not checked`);
    assert.deepEqual(d.relatedInformation![0].location, { uri: fileUri(path.join(dir, '.factlint.yaml')), range: { start: { line: 1, character: 8 }, end: { line: 1, character: 8 } } });
    // The config gets the diagnostic at the entry, the user a message, the log a line.
    const configUri = fileUri(path.join(dir, '.factlint.yaml'));
    await client.until(() => client.pushed.has(configUri) && errorsShown().length > 0);
    const [onConfig] = client.pushed.get(configUri)!;
    assert.deepEqual(onConfig.diagnostics.map((x) => [x.code, x.range.start.line, x.range.start.character, x.range.end.character]), [['factlint-config', 1, 8, 23]]);
    assert.match(String(onConfig.diagnostics[0].message), /^facts table team\.facts\.yaml does not exist; create it/);
    assert.deepEqual(errorsShown(), [`factlint: ${said} — until it is fixed, the drafts that use it are not checked`]);
    assert.ok(errorsLogged().includes(errorsShown()[0]), errorsLogged().join('\n'));

    // Typing in the draft tells nobody again.
    await client.change(draftUri(), `${DRAFT}More.\n`);
    assert.equal((await client.diagnostics(draftUri()))[0].code, 'not-checked');
    await client.conn.sendRequest('factlint/documentStatus', { uri: draftUri() });
    assert.equal(errorsShown().length, 1);
    assert.equal(client.pushed.get(configUri)!.length, 1);

    // The table written: the draft is checked, and the config's diagnostic is cleared.
    fs.writeFileSync(path.join(dir, 'team.facts.yaml'), TEAM_TABLE);
    await filesChanged(path.join(dir, 'team.facts.yaml'), FileChangeType.Created);
    assert.deepEqual((await client.diagnostics(draftUri())).map((x) => x.code), ['title-date']);
    await client.until(() => client.pushed.get(configUri)!.length === 2);
    assert.deepEqual(client.pushed.get(configUri)![1].diagnostics, []);
  });

  it('puts the errors of a broken table that is not open on the table, at their line and column', async () => {
    const table = path.join(dir, 'team.facts.yaml');
    fs.writeFileSync(table, TEAM_TABLE.replace('from: 2020-01-01', 'from: 2020-02-30'));
    await client.start(dir, true);
    await client.open(draftUri(), DRAFT);
    const [d] = await client.diagnostics(draftUri());
    assert.equal(d.code, 'not-checked');
    assert.match(String(d.message), /^Not checked: team\.facts\.yaml:10:15: .*2020-02-30/);
    await client.until(() => client.pushed.has(fileUri(table)));
    const [onTable] = client.pushed.get(fileUri(table))!;
    assert.deepEqual(onTable.diagnostics.map((x) => [x.code, x.range.start.line, x.range.start.character]), [['facts-table', 9, 14]]);
    await client.until(() => errorsShown().length > 0);
    assert.equal(errorsShown().length, 1);
    assert.match(errorsShown()[0], /^factlint: team\.facts\.yaml:10:15: /);

    // Opened in the editor, the table shows its own errors: the pushed ones are cleared.
    const pushes = client.pushed.get(fileUri(table))!.length;
    await client.open(fileUri(table), fs.readFileSync(table, 'utf8'));
    await client.until(() => client.pushed.get(fileUri(table))!.length > pushes);
    assert.deepEqual(client.pushed.get(fileUri(table))!.at(-1)!.diagnostics, []);
    assert.equal((await client.diagnostics(fileUri(table))).length, 1);
  });

  it('keeps checking drafts with the last good table when the table breaks on disk, and says so', async () => {
    const table = path.join(dir, 'team.facts.yaml');
    fs.writeFileSync(table, TEAM_TABLE);
    await client.start(dir, true);
    await client.open(draftUri(), DRAFT);
    assert.deepEqual((await client.diagnostics(draftUri())).map((x) => x.code), ['title-date']);
    fs.writeFileSync(table, TEAM_TABLE.replace('from: 2020-01-01', 'from: 2020-02-30'));
    await filesChanged(table, FileChangeType.Changed);
    assert.deepEqual((await client.diagnostics(draftUri())).map((x) => x.code), ['title-date'], 'the last good table still holds');
    await client.until(() => client.pushed.has(fileUri(table)) && errorsShown().length > 0);
    assert.match(errorsShown()[0], /^factlint: team\.facts\.yaml:10:15: .* — until it is fixed, drafts use its last good version$/);
    const status = (await client.conn.sendRequest('factlint/documentStatus', { uri: draftUri() })) as { stale: boolean };
    assert.equal(status.stale, true);
  });

  it('marks a draft not checked under a broken .factlint.yaml, and keeps the last good one once it was read', async () => {
    const config = path.join(dir, '.factlint.yaml');
    fs.writeFileSync(path.join(dir, 'team.facts.yaml'), TEAM_TABLE);
    fs.writeFileSync(config, 'defaultFacts: false\nfacts: [team.facts.yaml]\nrulez: {}\n');
    await client.start(dir, true);
    await client.open(draftUri(), DRAFT);
    const [d] = await client.diagnostics(draftUri());
    assert.equal(d.code, 'not-checked');
    assert.match(String(d.message), /^Not checked: \.factlint\.yaml:3:1: unknown key "rulez"; the keys are facts, defaultFacts, rules, date, ignore — until it is fixed, the drafts it governs are not checked$/);
    await client.until(() => client.pushed.has(fileUri(config)));
    assert.deepEqual(client.pushed.get(fileUri(config))![0].diagnostics.map((x) => [x.range.start.line, x.range.start.character]), [[2, 0]]);

    // Mended: checked. Broken again: checked with the last good config, and told.
    fs.writeFileSync(config, 'defaultFacts: false\nfacts: [team.facts.yaml]\n');
    await filesChanged(config, FileChangeType.Changed);
    assert.deepEqual((await client.diagnostics(draftUri())).map((x) => x.code), ['title-date']);
    fs.writeFileSync(config, 'defaultFacts: false\nfacts: [team.facts.yaml]\ndate: 2026-02-30\n');
    await filesChanged(config, FileChangeType.Changed);
    assert.deepEqual((await client.diagnostics(draftUri())).map((x) => x.code), ['title-date']);
    await client.until(() => errorsShown().some((m) => m.includes('.factlint.yaml:3:7')));
    assert.match(errorsShown().at(-1)!, /"date" must be a real date .* — until it is fixed, drafts use its last good version$/);
  });
});
