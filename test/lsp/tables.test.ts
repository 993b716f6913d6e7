/**
 * Protocol tests of building facts tables from the editor, with `factlint-ls --stdio` as a real
 * process: "Add <name> as <title> to <table>" and "Add <spelling> as an alias of <person>" as
 * code actions (one table, several, none; with and without the client's own commands), the
 * server's commands and their `workspace/applyEdit` round trip, and the tables it writes, which
 * keep their comments and load with no error.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionRequest,
  CodeActionResolveRequest,
  DidChangeWatchedFilesNotification,
  ExecuteCommandRequest,
  FileChangeType,
  type CodeAction,
  type TextDocumentEdit,
} from 'vscode-languageserver-protocol/node';
import type * as Engine from '../../server/src/engine';
import { fileUri, TestClient } from './client';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { loadTables } = require(path.resolve(__dirname, '../../../server/out/engine')) as typeof Engine;
const DEFAULT_TABLE = fs.readFileSync(path.resolve(__dirname, '../../../facts/default.facts.yaml'), 'utf8');

const TEAM = `# Our desk's table.
version: 1
offices:
  - id: zz-mayor
    title: Mayor of Zenda
    aliases: [Mayor]   # how reporters write it
people:
  # The mayors.
  - name: Karla Vesely
    roles:
      - office: zz-mayor
        from: 2020-01-01
        to: 2025-12-31
# End of the table.
`;

const OTHER = `version: 1
# Nobody yet.
people: []
`;

const HEAD = '---\ndate: 2026-03-06\n---\n';

const CHOOSE = 'factlint.chooseFactsTable';
const CREATE_CLIENT = 'factlint.createFactsTable';
const ADD = 'factlint.ls.addToTable';
const CREATE = 'factlint.ls.createTable';

/** Loads tables (the default one first) through the engine's loader; fails on any error. */
function loads(...files: string[]): Engine.Facts {
  const r = loadTables([{ name: 'default', file: null, text: DEFAULT_TABLE }, ...files.map((f) => ({ name: f, file: f, text: fs.readFileSync(f, 'utf8') }))]);
  assert.deepEqual(r.errors.map((e) => `${e.file}:${e.line}: ${e.message}`), []);
  return r.facts;
}

/** The text of a file after the one edit of a code action that edits it. */
function afterEdit(action: CodeAction, file: string): string {
  const changes = action.edit?.documentChanges ?? [];
  assert.equal(changes.length, 1, `"${action.title}" edits one file`);
  const edit = changes[0] as TextDocumentEdit;
  assert.deepEqual(edit.textDocument, { uri: fileUri(file), version: null }, 'the table, not open in the editor');
  const doc = TextDocument.create(edit.textDocument.uri, 'yaml', 0, fs.readFileSync(file, 'utf8'));
  return TextDocument.applyEdits(doc, edit.edits.map((e) => ('newText' in e ? e : { range: e.range, newText: '' })));
}

describe('factlint-ls --stdio: building facts tables', () => {
  let dir: string;
  let client: TestClient;

  /** A workspace with these files, and a started server with these settings. */
  async function workspace(files: Record<string, string>, settings: Record<string, unknown>, options: { clientCommands?: string[]; createFiles?: boolean; resolveEdits?: boolean } = {}): Promise<void> {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-tables-'));
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
    client = new TestClient(dir);
    client.settings = settings;
    await client.start(dir, true, true, options);
  }

  afterEach(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Opens a draft and asks for the code actions over the first `needle` in it. */
  async function actionsAt(name: string, text: string, needle: string): Promise<CodeAction[]> {
    const uri = fileUri(path.join(dir, name));
    await client.open(uri, text);
    await client.diagnostics(uri);
    const doc = TextDocument.create(uri, 'markdown', 1, text);
    const at = text.indexOf(needle);
    assert.ok(at >= 0, needle);
    const range = { start: doc.positionAt(at), end: doc.positionAt(at + needle.length) };
    return (await client.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics: [] } })) as CodeAction[];
  }

  /** Runs a code action's command as an editor would. */
  async function run(action: CodeAction): Promise<{ applied: boolean; message?: string; table?: string; line?: number; files?: string[] }> {
    assert.ok(action.command, `"${action.title}" runs a command`);
    return (await client.conn.sendRequest(ExecuteCommandRequest.type, { command: action.command.command, arguments: action.command.arguments })) as never;
  }

  /** Tells the server that files changed on disk, and waits for it to ask for fresh diagnostics. */
  async function changedOnDisk(...files: string[]): Promise<void> {
    const refreshes = client.refreshes;
    await client.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: files.map((f) => ({ uri: fileUri(f), type: FileChangeType.Changed as FileChangeType })) });
    await client.until(() => client.refreshes > refreshes);
  }

  it('offers to add a person named with a known title to the one user table, as an edit that keeps its comments', async () => {
    await workspace({ 'team.facts.yaml': TEAM }, { facts: ['team.facts.yaml'] });
    const draft = `${HEAD}Mayor Ada Quill opened the bridge.\n`;
    const actions = await actionsAt('bridge.md', draft, 'Ada Quill');
    assert.deepEqual(await client.diagnostics(fileUri(path.join(dir, 'bridge.md'))), [], 'an unknown name is no finding');
    assert.deepEqual(actions.map((a) => [a.title, a.kind, a.isPreferred, a.diagnostics]), [['Add "Ada Quill" as Mayor of Zenda to team.facts.yaml', 'quickfix', undefined, undefined]]);
    const table = path.join(dir, 'team.facts.yaml');
    const added = afterEdit(actions[0], table);
    assert.equal(
      added,
      TEAM.replace(
        '        to: 2025-12-31\n',
        '        to: 2025-12-31\n  - name: Ada Quill\n    roles:\n      - office: zz-mayor\n        from: 2026-03-06\n        source: "TODO: where you checked this (a link, a document, a call)"\n',
      ),
    );
    fs.writeFileSync(table, added);
    assert.deepEqual(loads(table).people.find((p) => p.name === 'Ada Quill')?.roles.map((r) => r.office), ['zz-mayor']);
    // Someone the table knows gets no such action; nor does a title alone.
    assert.deepEqual(await actionsAt('vesely.md', `${HEAD}In 2024, Mayor Karla Vesely watched.\n`, 'Karla Vesely'), []);
  });

  it('offers one action per user table to an editor without the table command, never the default table', async () => {
    await workspace({ 'team.facts.yaml': TEAM, 'other.facts.yaml': OTHER }, { facts: ['team.facts.yaml', 'other.facts.yaml'] });
    const actions = await actionsAt('bridge.md', `${HEAD}Mayor Ada Quill opened the bridge.\n`, 'Mayor');
    assert.deepEqual(
      actions.map((a) => a.title),
      ['Add "Ada Quill" as Mayor of Zenda to team.facts.yaml', 'Add "Ada Quill" as Mayor of Zenda to other.facts.yaml'],
    );
    const other = path.join(dir, 'other.facts.yaml');
    const added = afterEdit(actions[1], other);
    assert.ok(added.startsWith('version: 1\n# Nobody yet.\npeople:\n  - name: Ada Quill\n    roles:\n      - office: zz-mayor\n'), added);
    fs.writeFileSync(other, added);
    loads(path.join(dir, 'team.facts.yaml'), other);
  });

  it('offers a misspelling as an alias, never preferred and never in fix-all, in each table when the person is only in the default one', async () => {
    await workspace({ 'team.facts.yaml': TEAM, 'other.facts.yaml': OTHER }, { facts: ['team.facts.yaml', 'other.facts.yaml'] });
    const text = `${HEAD}Foreign Secretary Vikram Misry spoke.\n`;
    const actions = await actionsAt('misry.md', text, 'Misry');
    const uri = fileUri(path.join(dir, 'misry.md'));
    const [diag] = await client.diagnostics(uri);
    assert.equal(diag.code, 'name');
    assert.deepEqual(
      actions.map((a) => [a.title, a.isPreferred ?? false]),
      [
        ['Replace "Vikram Misry" with "Vikram Misri"', true],
        ['Disable name for this line', false],
        ['Show documentation for name', false],
        ['Add "Vikram Misry" as an alias of Vikram Misri to team.facts.yaml', false],
        ['Add "Vikram Misry" as an alias of Vikram Misri to other.facts.yaml', false],
        ['Ignore "Vikram Misry" in this workspace', false],
      ],
    );
    const team = path.join(dir, 'team.facts.yaml');
    const added = afterEdit(actions[3], team);
    assert.equal(added, TEAM.replace('        to: 2025-12-31\n', '        to: 2025-12-31\n  - name: Vikram Misri\n    aliases: [Vikram Misry]\n'));
    fs.writeFileSync(team, added);
    const misri = loads(team).people.filter((p) => p.name === 'Vikram Misri');
    assert.equal(misri.length, 1, 'the entry extends the default table\'s person');
    assert.ok(misri[0].aliases.includes('Vikram Misry') && misri[0].roles.length > 0);
    const fixAll = (await client.conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: diag.range,
      context: { diagnostics: [], only: ['source.fixAll.factlint'] },
    })) as CodeAction[];
    assert.deepEqual(fixAll.map((a) => (a.edit!.documentChanges![0] as TextDocumentEdit).textDocument.uri), [uri], 'fix-all edits the draft only');
  });

  it('gives the edit when the action is chosen, to an editor that resolves code actions, and leaves imported tables alone', async () => {
    const imported = '# factlint-import: wikidata\nversion: 1\npeople: []\n';
    await workspace({ 'team.facts.yaml': TEAM, 'wd.facts.yaml': imported }, { facts: ['wd.facts.yaml', 'team.facts.yaml'] }, { resolveEdits: true });
    const [action] = await actionsAt('bridge.md', `${HEAD}Mayor Ada Quill opened the bridge.\n`, 'Ada Quill');
    assert.equal(action.title, 'Add "Ada Quill" as Mayor of Zenda to team.facts.yaml', 'one table: the imported one is rewritten by its next import');
    assert.equal(action.edit, undefined);
    const resolved = (await client.conn.sendRequest(CodeActionResolveRequest.type, action)) as CodeAction;
    assert.ok(afterEdit(resolved, path.join(dir, 'team.facts.yaml')).includes('  - name: Ada Quill\n'));
    const refused = (await client.conn.sendRequest(ExecuteCommandRequest.type, {
      command: ADD,
      arguments: [{ table: fileUri(path.join(dir, 'wd.facts.yaml')), addition: { kind: 'alias', person: 'A B', alias: 'A Bee' } }],
    })) as { applied: boolean; message: string };
    assert.deepEqual(refused, {
      applied: false,
      message: 'wd.facts.yaml was written by "factlint tables import", and its next import rewrites it; add to another table that .factlint.yaml names after it',
    });
  });

  it('adds an alias to the user table that writes the person, even with several tables', async () => {
    await workspace({ 'team.facts.yaml': TEAM, 'other.facts.yaml': OTHER }, { facts: ['other.facts.yaml', 'team.facts.yaml'] });
    const actions = await actionsAt('vesley.md', `${HEAD}Mayor Karla Vesley watched.\n`, 'Vesley');
    const alias = actions.filter((a) => a.title.includes('alias'));
    assert.deepEqual(alias.map((a) => a.title), ['Add "Karla Vesley" as an alias of Karla Vesely to team.facts.yaml']);
    assert.equal(afterEdit(alias[0], path.join(dir, 'team.facts.yaml')), TEAM.replace('  - name: Karla Vesely\n', '  - name: Karla Vesely\n    aliases: [Karla Vesley]\n'));
  });

  it('lets the editor ask which table, then adds through workspace/applyEdit, and the draft is checked with the new facts', async () => {
    await workspace({ 'team.facts.yaml': TEAM, 'other.facts.yaml': OTHER }, { facts: ['team.facts.yaml', 'other.facts.yaml'] }, { clientCommands: [CHOOSE, CREATE_CLIENT] });
    const draft = `${HEAD}Ada Quill, the Mayor of Zenda, opened the bridge.\n`;
    const actions = await actionsAt('bridge.md', draft, 'Ada');
    assert.deepEqual(actions.map((a) => [a.title, a.command?.command]), [['Add "Ada Quill" as Mayor of Zenda to a facts table…', CHOOSE]]);
    const args = actions[0].command!.arguments![0] as { tables: { uri: string; label: string }[]; addition: unknown; draft: string };
    const team = path.join(dir, 'team.facts.yaml');
    const other = path.join(dir, 'other.facts.yaml');
    assert.deepEqual(args.tables, [
      { uri: fileUri(team), label: 'team.facts.yaml' },
      { uri: fileUri(other), label: 'other.facts.yaml' },
    ]);
    assert.deepEqual(args.addition, { kind: 'person', name: 'Ada Quill', role: { office: 'zz-mayor', from: '2026-03-06' } });
    // The editor asked; the user chose team.facts.yaml.
    const result = (await client.conn.sendRequest(ExecuteCommandRequest.type, { command: ADD, arguments: [{ table: args.tables[0].uri, addition: args.addition, draft: args.draft }] })) as { applied: boolean; line: number };
    assert.deepEqual(result, { applied: true, table: fileUri(team), line: 13, files: [fileUri(team)] });
    assert.equal(client.applyEdits.length, 1);
    assert.equal(client.applyEdits[0].label, 'Add "Ada Quill" to team.facts.yaml');
    const written = fs.readFileSync(team, 'utf8');
    assert.equal(written.split('\n')[13], '  - name: Ada Quill');
    assert.equal(written, TEAM.replace('# End of the table.\n', `${written.split('\n').slice(13, 18).join('\n')}\n# End of the table.\n`), 'comments kept, the rest byte for byte');
    loads(team, other);
    await changedOnDisk(team);
    assert.deepEqual(await actionsAt('bridge.md', draft, 'Ada'), [], 'Ada Quill is known now');
  });

  it('refuses an addition that would break the tables or cannot be made, and says why', async () => {
    await workspace({ 'team.facts.yaml': TEAM, 'broken.facts.yaml': 'version: 1\npeople: [\n' }, { facts: ['team.facts.yaml'] });
    const draft = fileUri(path.join(dir, 'x.md'));
    const table = fileUri(path.join(dir, 'team.facts.yaml'));
    const wrongOffice = (await client.conn.sendRequest(ExecuteCommandRequest.type, {
      command: ADD,
      arguments: [{ table, draft, addition: { kind: 'person', name: 'Ada Quill', role: { office: 'zz-nowhere', from: '2026-03-06' } } }],
    })) as { applied: boolean; message: string };
    assert.equal(wrongOffice.applied, false);
    assert.match(wrongOffice.message, /^adding "Ada Quill" to team\.facts\.yaml would give team\.facts\.yaml:16:17: no facts table defines the office "zz-nowhere".*; nothing was added$/);
    const broken = (await client.conn.sendRequest(ExecuteCommandRequest.type, {
      command: ADD,
      arguments: [{ table: fileUri(path.join(dir, 'broken.facts.yaml')), addition: { kind: 'alias', person: 'A B', alias: 'A Bee' } }],
    })) as { applied: boolean; message: string };
    assert.deepEqual(broken, { applied: false, message: 'broken.facts.yaml: the table has a YAML error at line 3, column 1; fix it first' });
    await client.until(() => client.shown.length >= 2);
    assert.deepEqual(client.shown.map((m) => m.message), [`factlint: ${wrongOffice.message}`, `factlint: ${broken.message}`]);
    assert.equal(client.applyEdits.length, 0);
    assert.equal(fs.readFileSync(path.join(dir, 'team.facts.yaml'), 'utf8'), TEAM);
    await assert.rejects(client.conn.sendRequest(ExecuteCommandRequest.type, { command: ADD, arguments: [{ table, addition: { kind: 'person', name: 'Ada Quill' } }] }), /"addition" must be/);
  });

  it('creates a table with the person when there is none, names it in .factlint.yaml, and uses it', async () => {
    await workspace({}, {});
    const draft = `${HEAD}Foreign Secretary Ada Quill spoke.\n`;
    const actions = await actionsAt('fs.md', draft, 'Ada Quill');
    assert.deepEqual(actions.map((a) => [a.title, a.command?.command]), [['Create newsroom.facts.yaml and add "Ada Quill" as Foreign Secretary (India)', CREATE]]);
    const result = await run(actions[0]);
    const table = path.join(dir, 'newsroom.facts.yaml');
    const config = path.join(dir, '.factlint.yaml');
    assert.deepEqual(result, { applied: true, table: fileUri(table), line: result.line, files: [fileUri(table), fileUri(config)] });
    const written = fs.readFileSync(table, 'utf8');
    assert.match(written, /^# yaml-language-server: \$schema=/);
    assert.equal(written.split('\n')[result.line!], '  - name: Ada Quill');
    assert.ok(written.includes('  - name: Ada Quill\n    roles:\n      - office: in-foreign-secretary\n        from: 2026-03-06\n'), written);
    assert.equal(fs.readFileSync(config, 'utf8').split('\n').find((l) => l.startsWith('facts:')), 'facts: [newsroom.facts.yaml]');
    loads(table);
    await changedOnDisk(table, config);
    const status = (await client.conn.sendRequest('factlint/documentStatus', { uri: fileUri(path.join(dir, 'fs.md')) })) as { tables: { name: string }[] };
    assert.deepEqual(status.tables.map((t) => t.name), ['default', table]);
    assert.deepEqual(await actionsAt('fs.md', draft, 'Ada Quill'), [], 'Ada Quill is known now');
    // Never over an existing table.
    const again = (await client.conn.sendRequest(ExecuteCommandRequest.type, { command: CREATE, arguments: [{ folder: fileUri(dir) }] })) as { applied: boolean; message: string };
    assert.deepEqual(again, { applied: false, message: 'newsroom.facts.yaml already exists; it was left as it is. Choose another beat, or add to that table' });
    assert.equal(fs.readFileSync(table, 'utf8'), written);
  });

  it('adds a new table to an existing .factlint.yaml, keeping the rest of it', async () => {
    const config = '# The desk\'s settings.\nfacts:\n  - team.facts.yaml   # shared\nrules:\n  term: off\n';
    await workspace({ '.factlint.yaml': config, 'team.facts.yaml': TEAM }, {});
    const result = (await client.conn.sendRequest(ExecuteCommandRequest.type, { command: CREATE, arguments: [{ folder: fileUri(dir), beat: 'Sports Desk' }] })) as { applied: boolean; files: string[] };
    assert.equal(result.applied, true);
    assert.deepEqual(result.files, [fileUri(path.join(dir, 'sports-desk.facts.yaml')), fileUri(path.join(dir, '.factlint.yaml'))]);
    assert.equal(fs.readFileSync(path.join(dir, '.factlint.yaml'), 'utf8'), config.replace('   # shared\n', '   # shared\n  - sports-desk.facts.yaml\n'));
    loads(path.join(dir, 'team.facts.yaml'), path.join(dir, 'sports-desk.facts.yaml'));
  });

  it('in VS Code, lets the editor ask the beat; an editor that cannot create files is told what to run', async () => {
    await workspace({}, {}, { clientCommands: [CHOOSE, CREATE_CLIENT], createFiles: false });
    const [action] = await actionsAt('fs.md', `${HEAD}Foreign Secretary Ada Quill spoke.\n`, 'Ada Quill');
    assert.equal(action.title, 'Create a facts table and add "Ada Quill" as Foreign Secretary (India)…');
    assert.equal(action.command?.command, CREATE_CLIENT);
    assert.deepEqual(action.command?.arguments, [
      { folder: fileUri(dir), addition: { kind: 'person', name: 'Ada Quill', role: { office: 'in-foreign-secretary', from: '2026-03-06' } }, draft: fileUri(path.join(dir, 'fs.md')) },
    ]);
    const result = (await client.conn.sendRequest(ExecuteCommandRequest.type, { command: CREATE, arguments: [{ folder: fileUri(dir), beat: 'politics' }] })) as { applied: boolean; message: string };
    assert.equal(result.applied, false);
    assert.match(result.message, /^this editor cannot create files for factlint; run "factlint tables init --beat politics" in .* instead$/);
    assert.deepEqual(fs.readdirSync(dir), [], 'nothing was written');
  });
});
