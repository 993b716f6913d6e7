/**
 * Protocol tests of `factlint-ls --stdio` as a real process, driven as an editor would:
 * diagnostics (pull and push), code actions including fix-on-save, hover fact cards,
 * facts tables broken and mended, settings changes, the status request, skipped text.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  CodeActionRequest,
  ExecuteCommandRequest,
  CompletionRequest,
  DidChangeConfigurationNotification,
  HoverRequest,
  type CodeAction,
  type CompletionItem,
  type Hover,
  type TextDocumentEdit,
} from 'vscode-languageserver-protocol/node';
import { skipWithoutRealArticles, storyTitle, STORIES } from '../articles';
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
`;

describe('factlint-ls --stdio (pull diagnostics, as VS Code)', function () {
  let dir: string;
  let client: TestClient;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-ls-'));
    fs.writeFileSync(path.join(dir, 'team.facts.yaml'), TEAM_TABLE);
    client = new TestClient(dir);
    client.settings = { facts: ['team.facts.yaml'] };
    await client.start(dir, true);
  });

  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  for (const kind of ['paraphrased', 'real'] as const) {
    it(storyTitle(kind, 'gives exactly the FIOP diagnostic for the 2026 story and none for the 2025 one'), async function () {
      skipWithoutRealArticles(this, kind);
      const story2026 = STORIES.find((s) => s.kind === kind && s.year === 2026)!;
      const story2025 = STORIES.find((s) => s.kind === kind && s.year === 2025)!;
      const uri2026 = fileUri(path.join(dir, `${kind}-2026.txt`));
      const uri2025 = fileUri(path.join(dir, `${kind}-2025.txt`));
      const text2026 = fs.readFileSync(story2026.file, 'utf8');
      await client.open(uri2026, text2026);
      await client.open(uri2025, fs.readFileSync(story2025.file, 'utf8'));
      const d = await client.diagnostics(uri2026);
      assert.equal(d.length, 1);
      assert.equal(d[0].code, 'acronym');
      assert.equal(d[0].source, 'factlint');
      assert.equal(d[0].severity, 1);
      const { line, character } = story2026.fiop!;
      assert.deepEqual(d[0].range, { start: { line, character }, end: { line, character: character + 4 } });
      assert.equal(text2026.split('\n')[line].slice(character, character + 4), 'FIOP');
      assert.match(String(d[0].message), /^"FIOP" should be "FOIP" \(Free and Open Indo-Pacific\) — default table$/);
      assert.match(d[0].codeDescription!.href, /\/docs\/rules\/acronym\.md$/);
      const rel = d[0].relatedInformation![0];
      assert.match(rel.location.uri, /\/facts\/default\.facts\.yaml$/);
      const tableLines = fs.readFileSync(path.resolve(__dirname, '../../../facts/default.facts.yaml'), 'utf8').split('\n');
      assert.match(tableLines[rel.location.range.start.line], /short: FOIP/);
      assert.deepEqual(await client.diagnostics(uri2025), []);
    });
  }

  it('offers the preferred fix, disabling and documentation, tied to the document version', async () => {
    const uri = fileUri(path.join(dir, 'fix.md'));
    const text = '---\ndate: 2026-03-06\n---\nThey spoke of a Free and Open Indo-Pacific (FIOP).\n';
    await client.open(uri, text);
    const [diag] = await client.diagnostics(uri);
    const actions = (await client.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diag.range, context: { diagnostics: [diag] } })) as CodeAction[];
    assert.deepEqual(
      actions.map((a) => [a.title, a.isPreferred ?? false]),
      [
        ['Replace "FIOP" with "FOIP"', true],
        ['Disable acronym for this line', false],
        ['Show documentation for acronym', false],
        ['Ignore "FIOP" in this workspace', false],
      ],
    );
    const edit = actions[0].edit!.documentChanges![0] as TextDocumentEdit;
    assert.deepEqual(edit.textDocument, { uri, version: 1 });
    assert.deepEqual(edit.edits, [{ range: diag.range, newText: 'FOIP' }]);
    const disable = actions[1].edit!.documentChanges![0] as TextDocumentEdit;
    assert.deepEqual(disable.edits, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, newText: '<!-- factlint-disable-next-line acronym -->\n' }]);
    assert.deepEqual(actions[2].command, { title: 'Show documentation for acronym', command: 'factlint.openRuleDocumentation', arguments: ['acronym'] });
    // Not VS Code: the server's own command asks the editor to show the rule's page.
    assert.equal(await client.conn.sendRequest(ExecuteCommandRequest.type, actions[2].command!), true);
    assert.match(client.shownDocuments.at(-1) ?? '', /^file:\/\/.*\/docs\/rules\/acronym\.md$/);
  });

  it('never hands out edits for an old version', async () => {
    const uri = fileUri(path.join(dir, 'stale.md'));
    await client.open(uri, '---\ndate: 2026-03-06\n---\nA Free and Open Indo-Pacific (FIOP).\n');
    await client.diagnostics(uri);
    const v2 = await client.change(uri, '---\ndate: 2026-03-06\n---\nNow: a Free and Open Indo-Pacific (FIOP).\n');
    const actions = (await client.conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 3, character: 0 }, end: { line: 3, character: 60 } },
      context: { diagnostics: [] },
    })) as CodeAction[];
    const edit = actions.find((a) => a.title === 'Replace "FIOP" with "FOIP"')!.edit!.documentChanges![0] as TextDocumentEdit;
    assert.equal(edit.textDocument.version, v2);
    assert.equal(edit.edits[0].range.start.character, 35, "the offset of FIOP in the new text, not the old (30)");
  });

  it('fixes every unambiguous finding on save (source.fixAll.factlint) and leaves the rest', async () => {
    const uri = fileUri(path.join(dir, 'save.md'));
    const text = [
      '---',
      'date: 2026-03-06',
      '---',
      'The Free and Open Indo-Pacific (FIOP) and the Special Strategic Global Partnership.',
      'Foreign Minister Takeshi Iwaya spoke.',
      '',
    ].join('\n');
    await client.open(uri, text);
    const diags = await client.diagnostics(uri);
    assert.deepEqual(diags.map((d) => d.code), ['acronym', 'term', 'title-date']);
    const actions = (await client.conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.factlint'] },
    })) as CodeAction[];
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll.factlint');
    const edits = (actions[0].edit!.documentChanges![0] as TextDocumentEdit).edits.map((e) => ('newText' in e ? e.newText : ''));
    assert.deepEqual(edits, ['FOIP', 'Special Strategic and Global Partnership']);
  });

  it('shows a fact card on hover', async () => {
    const uri = fileUri(path.join(dir, 'hover.md'));
    await client.open(uri, '---\ndate: 2026-03-06\n---\nForeign Secretary Vikram Misri met Motegi.\n');
    const hover = (await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 3, character: 22 } })) as Hover;
    const md = (hover.contents as { value: string }).value;
    assert.match(md, /\*\*Vikram Misri\*\*/);
    assert.match(md, /\*\*Foreign Secretary \(India\)\*\*, since 2024-07-15/);
    assert.match(md, /factlint · default table, line \d+/);
  });

  it('survives a didOpen whose text is not a string, reading the document as empty', async () => {
    const bad = fileUri(path.join(dir, 'no-text.md'));
    await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: bad, languageId: 'markdown', version: 1, text: 42 } });
    assert.deepEqual(await client.diagnostics(bad), []);
    // Still answering, with the right diagnostics for a good document.
    const good = fileUri(path.join(dir, 'after-no-text.md'));
    await client.open(good, '---\ndate: 2026-03-06\n---\nThe FIOP.\n');
    assert.deepEqual((await client.diagnostics(good)).map((d) => [d.code, d.range.start.line, d.range.start.character]), [['acronym', 3, 4]]);
  });

  it('clamps an incremental change that reaches outside the document, so later positions stay right', async () => {
    const uri = fileUri(path.join(dir, 'out-of-range.md'));
    const head = '---\ndate: 2026-03-06\n---\n';
    await client.open(uri, `${head}First line.\n`);
    // Lines 10–11 do not exist: the text goes at the end (the text-document library, given this
    // range, made line offsets for lines that are not there); a negative column is the line's start.
    await client.edit(uri, [{ range: { start: { line: 10, character: 0 }, end: { line: 11, character: 0 } }, text: 'The FIOP.\n' }]);
    await client.edit(uri, [{ range: { start: { line: 3, character: -5 }, end: { line: 3, character: 0 } }, text: 'Then ' }]);
    await client.edit(uri, [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, text: 'Also the FIOP. ' }, { text: undefined }]);
    const edited = (await client.diagnostics(uri)).map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.character]);
    // The same text opened fresh gives the same diagnostics.
    const fresh = fileUri(path.join(dir, 'out-of-range-fresh.md'));
    await client.open(fresh, `${head}Then First line.\nAlso the FIOP. The FIOP.\n`);
    const expected = (await client.diagnostics(fresh)).map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.character]);
    assert.deepEqual(expected, [['acronym', 4, 9, 13], ['acronym', 4, 19, 23]]);
    assert.deepEqual(edited, expected);
  });

  it('checks a very large draft on its own thread, with the diagnostics and hover cards of any draft', async function () {
    this.timeout(60_000);
    const uri = fileUri(path.join(dir, 'very-large.md'));
    // Over a megabyte: checked on the server's worker thread, read around the hover only.
    const filler = 'Officials met again to talk about trade and ports.\n'.repeat(4000);
    const text = `---\ndate: 2026-03-06\n---\n${filler}The FIOP plan.\n\n${filler.repeat(4)}Foreign Secretary Vikram Misri met Motegi.\n`;
    await client.open(uri, text);
    const lines = text.split('\n');
    const fiop = lines.findIndex((l) => l.startsWith('The FIOP'));
    assert.deepEqual((await client.diagnostics(uri)).map((d) => [d.code, d.range.start.line, d.range.start.character]), [['acronym', fiop, 4]]);
    const misri = lines.findIndex((l) => l.startsWith('Foreign Secretary'));
    const hover = (await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: misri, character: 22 } })) as Hover;
    assert.match((hover.contents as { value: string }).value, /\*\*Foreign Secretary \(India\)\*\*, since 2024-07-15/);
  });

  it('answers the status request with the article date, the facts and the tables', async () => {
    const uri = fileUri(path.join(dir, 'status.md'));
    await client.open(uri, '---\ndate: 2026-03-06\n---\nText.\n');
    const status = (await client.conn.sendRequest('factlint/documentStatus', { uri })) as {
      articleDate: string;
      articleDateSource: string;
      facts: number;
      tables: { name: string; uri: string }[];
      stale: boolean;
    };
    assert.equal(status.articleDate, '2026-03-06');
    assert.equal(status.articleDateSource, 'front-matter');
    assert.ok(status.facts > 80, String(status.facts));
    assert.deepEqual(status.tables.map((t) => path.basename(t.name)), ['default', 'team.facts.yaml']);
    assert.equal(status.stale, false);
    assert.equal((status as { articleDateGuessed?: boolean }).articleDateGuessed, false);
  });

  it('says in the status when the article date is a guess (a dateline without its year)', async () => {
    const uri = fileUri(path.join(dir, 'status-guessed.md'));
    await client.open(uri, 'TOKYO, March 4 (Reuters) - Officials met.\n');
    const status = (await client.conn.sendRequest('factlint/documentStatus', { uri })) as { articleDateSource: string; articleDateGuessed?: boolean };
    assert.equal(status.articleDateSource, 'dateline');
    assert.equal(status.articleDateGuessed, true);
  });

  it('checks indented prose, hints at an indented block skipped as code, and lists what it skipped in the status', async () => {
    const uri = fileUri(path.join(dir, 'indented.md'));
    const text = [
      '---', 'date: 2026-03-06', '---', '',
      '    The ministers backed the FIOP vision in a joint statement, officials said.', '',
      '    $ factlint --fix FIOP.md', '',
      'Run `factlint` again.',
    ].join('\n');
    await client.open(uri, text);
    const d = await client.diagnostics(uri);
    assert.deepEqual(d.map((x) => [x.code, x.severity, x.range.start.line]), [['acronym', 1, 4], ['skipped-indented-code', 4, 6]]);
    assert.deepEqual(d[1].range, { start: { line: 6, character: 4 }, end: { line: 6, character: 28 } });
    assert.match(String(d[1].message), /^Not checked: this indented block reads as code\./);
    const status = (await client.conn.sendRequest('factlint/documentStatus', { uri })) as { skipped: unknown[] };
    assert.deepEqual(status.skipped, [
      { kind: 'front-matter', startLine: 0, endLine: 2 },
      { kind: 'indented-code', startLine: 6, endLine: 6 },
      { kind: 'code-span', startLine: 8, endLine: 8 },
    ]);
  });

  it('shows a broken table\'s errors in it, keeps drafts on the last good table, and re-checks them once mended', async () => {
    const tableUri = fileUri(path.join(dir, 'team.facts.yaml'));
    const draftUri = fileUri(path.join(dir, 'mayor.md'));
    await client.open(draftUri, '---\ndate: 2026-03-06\n---\nFinance Minister Karla Vesely spoke. Mayor Karla Vesely spoke.\n');
    assert.deepEqual(await client.diagnostics(draftUri), []);
    await client.open(tableUri, TEAM_TABLE);
    assert.deepEqual(await client.diagnostics(tableUri), []);
    // Broken: a date that does not exist.
    const refreshes = client.refreshes;
    await client.change(tableUri, TEAM_TABLE.replace('from: 2020-01-01', 'from: 2020-02-30'));
    await client.until(() => client.refreshes > refreshes);
    const tableDiags = await client.diagnostics(tableUri);
    assert.equal(tableDiags.length, 1);
    assert.deepEqual(tableDiags[0].range.start, { line: 9, character: 14 });
    assert.match(String(tableDiags[0].message), /2020-02-30/);
    const status = (await client.conn.sendRequest('factlint/documentStatus', { uri: draftUri })) as { stale: boolean };
    assert.equal(status.stale, true);
    assert.deepEqual(await client.diagnostics(draftUri), [], 'the last good table still holds');
    // Mended, with Vesely's mayoralty ended: the draft is re-checked against the new facts.
    const again = client.refreshes;
    await client.change(tableUri, TEAM_TABLE.replace('from: 2020-01-01', 'from: 2020-01-01\n        to: 2024-12-31'));
    await client.until(() => client.refreshes > again);
    assert.deepEqual(await client.diagnostics(tableUri), []);
    assert.deepEqual((await client.diagnostics(draftUri)).map((d) => d.code), ['title-date']);
  });

  it('completes office ids and keys in a facts table', async () => {
    const uri = fileUri(path.join(dir, 'new.facts.yaml'));
    await client.open(uri, 'version: 1\npeople:\n  - name: A B\n    roles:\n      - office: \n');
    const items = (await client.conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 4, character: 16 } })) as CompletionItem[];
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes('zz-mayor') && labels.includes('jp-foreign-minister'), labels.join(','));
  });

  it('re-checks with new severities when settings change', async () => {
    const uri = fileUri(path.join(dir, 'severity.md'));
    await client.open(uri, '---\ndate: 2026-03-06\n---\nA Free and Open Indo-Pacific (FIOP).\n');
    assert.equal((await client.diagnostics(uri))[0].severity, 1);
    const refreshes = client.refreshes;
    client.settings = { facts: ['team.facts.yaml'], rules: { acronym: 'warning' } };
    await client.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    await client.until(() => client.refreshes > refreshes);
    assert.equal((await client.diagnostics(uri))[0].severity, 2);
    client.settings = { facts: ['team.facts.yaml'], enable: false };
    await client.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    assert.deepEqual(await client.diagnostics(uri), []);
    client.settings = { facts: ['team.facts.yaml'] };
    await client.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  });
});

describe('factlint-ls --stdio (push diagnostics)', () => {
  let dir: string;
  let client: TestClient;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-ls-push-'));
    client = new TestClient(dir);
    await client.start(dir, false);
  });

  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('publishes diagnostics for the latest version only, after rapid edits', async () => {
    const uri = fileUri(path.join(dir, 'push.md'));
    await client.open(uri, '---\ndate: 2026-03-06\n---\nA Free and Open Indo-Pacific (FIOP).\n');
    await client.change(uri, '---\ndate: 2026-03-06\n---\nA Free and Open Indo-Pacific (FOIP).\n');
    const v3 = await client.change(uri, '---\ndate: 2026-03-06\n---\nThe Special Strategic Global Partnership.\n');
    await client.until(() => (client.pushed.get(uri) ?? []).some((p) => p.version === v3));
    const published = client.pushed.get(uri)!;
    assert.deepEqual(published.map((p) => p.version), [v3], 'older versions are never published');
    assert.deepEqual(published[0].diagnostics.map((d) => d.code), ['term']);
  });

  it('publishes diagnostics for files checked with factlint/checkFiles', async () => {
    const file = path.join(dir, 'closed.md');
    fs.writeFileSync(file, '---\ndate: 2026-03-06\n---\nA Free and Open Indo-Pacific (FIOP).\n');
    const uri = fileUri(file);
    const r = (await client.conn.sendRequest('factlint/checkFiles', { uris: [uri] })) as { checked: number; findings: number };
    assert.deepEqual(r, { checked: 1, findings: 1 });
    await client.until(() => client.pushed.has(uri));
    assert.deepEqual(client.pushed.get(uri)![0].diagnostics.map((d) => d.code), ['acronym']);
  });
});

describe('factlint-ls --stdio (an editor that sends its settings rather than being asked)', () => {
  // Neovim 0.7, Helix and others send settings in initializationOptions and
  // workspace/didChangeConfiguration; the server must not ignore them.
  let dir: string;
  let client: TestClient;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-ls-sent-'));
    client = new TestClient(dir);
    await client.start(dir, false, true, { configuration: false, showDocument: false, initializationOptions: { settings: { factlint: { rules: { acronym: 'warning' } } } } });
  });

  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('applies the settings of initializationOptions, then of each didChangeConfiguration', async () => {
    const uri = fileUri(path.join(dir, 'sent.md'));
    const text = '---\ndate: 2026-03-06\n---\nA Free and Open Indo-Pacific (FIOP).\n';
    const latest = () => client.pushed.get(uri)?.at(-1)?.diagnostics;
    await client.open(uri, text);
    await client.until(() => latest() !== undefined);
    assert.deepEqual(latest()!.map((d) => [d.code, d.severity]), [['acronym', 2]], 'a warning, as initializationOptions say');
    // An editor that can neither run VS Code's command nor show a document is offered no "Show documentation".
    const [d] = latest()!;
    const actions = (await client.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
    assert.ok(actions.length > 0 && !actions.some((a) => a.title.startsWith('Show documentation')), actions.map((a) => a.title).join(', '));
    const before = client.pushed.get(uri)!.length;
    await client.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: { factlint: { rules: { acronym: 'off' } } } });
    await client.until(() => client.pushed.get(uri)!.length > before);
    assert.deepEqual(latest(), [], 'off, as the editor then sent');
    const after = client.pushed.get(uri)!.length;
    await client.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: { factlint: { rules: { acronym: 'error' } } } });
    await client.until(() => client.pushed.get(uri)!.length > after);
    assert.deepEqual(latest()!.map((d) => [d.code, d.severity]), [['acronym', 1]]);
    // Settings of another tool only: factlint's last ones stay.
    const other = client.pushed.get(uri)!.length;
    await client.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: { otherTool: { x: 1 } } });
    await client.until(() => client.pushed.get(uri)!.length > other);
    assert.deepEqual(latest()!.map((d) => [d.code, d.severity]), [['acronym', 1]]);
  });
});

describe('factlint-ls --stdio (untrusted workspace)', () => {
  let outside: string;
  let inner: string;
  let client: TestClient;

  beforeEach(() => {
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-ls-outside-'));
    inner = path.join(outside, 'ws');
    fs.mkdirSync(inner);
    fs.writeFileSync(path.join(outside, 'x.facts.yaml'), TEAM_TABLE);
    client = new TestClient(inner);
  });

  afterEach(async () => {
    await client.stop();
    fs.rmSync(outside, { recursive: true, force: true });
  });

  async function status(folder = inner): Promise<{ articleDate: string; tables: { name: string }[] } | null> {
    await client.start(folder, true, false);
    const uri = fileUri(path.join(folder, 'a.md'));
    await client.open(uri, '---\ndate: 2026-03-06\n---\nText.\n');
    return (await client.conn.sendRequest('factlint/documentStatus', { uri })) as { articleDate: string; tables: { name: string }[] } | null;
  }

  it('reads no facts table outside the workspace', async () => {
    client.settings = { facts: [path.join(outside, 'x.facts.yaml')], useDefaultFacts: false };
    assert.deepEqual((await status())?.tables, []);
  });

  it('reads no .factlint.yaml above the workspace', async () => {
    fs.writeFileSync(path.join(outside, '.factlint.yaml'), 'date: 2020-01-01\n');
    client.settings = { useDefaultFacts: false };
    assert.equal((await status())?.articleDate, '2026-03-06', 'the date of the outside .factlint.yaml is not used');
  });

  it('reads no facts table that is a link inside the workspace to a file outside it', async () => {
    fs.symlinkSync(path.join(outside, 'x.facts.yaml'), path.join(inner, 'linked.facts.yaml'));
    client.settings = { facts: ['linked.facts.yaml', '*.facts.yaml'], useDefaultFacts: false };
    assert.deepEqual((await status())?.tables, []);
    await client.until(() => client.logs.some((l) => /linked\.facts\.yaml not read: the workspace is not trusted and the table is outside it \(links followed\)/.test(l.message)));
  });

  it('reads no .factlint.yaml that is a link inside the workspace to one outside it', async () => {
    fs.writeFileSync(path.join(outside, 'outside.yaml'), 'date: 2020-01-01\n');
    fs.symlinkSync(path.join(outside, 'outside.yaml'), path.join(inner, '.factlint.yaml'));
    client.settings = { useDefaultFacts: false };
    assert.equal((await status())?.articleDate, '2026-03-06', 'the date of the linked .factlint.yaml is not used');
  });

  it('reads the tables inside a workspace opened by a path through a link', async () => {
    fs.writeFileSync(path.join(inner, 'team.facts.yaml'), TEAM_TABLE);
    const link = path.join(outside, 'ws-link');
    fs.symlinkSync(inner, link);
    client.settings = { facts: ['team.facts.yaml'], useDefaultFacts: false };
    assert.deepEqual((await status(link))?.tables.map((t) => t.name), [path.join(link, 'team.facts.yaml')]);
  });
});
