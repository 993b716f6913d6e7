/**
 * Building facts tables from the editor: the "Add <name> as <title> to <table>" quick fix applied
 * to the workspace's table and undone there, and "factlint: Create facts table", which writes a
 * beat's table, names it in .factlint.yaml (created, then added to), opens it, never overwrites
 * one, and the server checks drafts with it at once. Each test puts the workspace back.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { actionTitled, apply, diagnosticsWhen, diagnosticsWithCodes, factlintDiagnostics, file, open, openCopy, positionOf, retryCancelled } from './helpers';

const SOURCE = '"TODO: where you checked this (a link, a document, a call)"';

/** The text of a file on disk. */
async function onDisk(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
}

/** Closes every editor of a document, throwing its unsaved changes away. */
async function revertAndClose(doc: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(doc);
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
}

/**
 * The code actions over a range, resolved as the editor resolves the one it applies (factlint
 * reads a table only then), once factlint's are among them: until the server has the document,
 * an early request may be answered by the other providers alone (see `warmUp`), so it is asked
 * again, a bounded number of times.
 */
async function actionsWith(uri: vscode.Uri, range: vscode.Range, title: string): Promise<vscode.CodeAction[]> {
  const seen: string[] = [];
  for (let i = 0; i < 50; i++) {
    const actions = (await retryCancelled(() => vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, undefined, 100))) ?? [];
    if (actions.some((a) => a.title === title)) return actions;
    seen.push(actions.map((a) => a.title).join(' | '));
  }
  throw new Error(`no action "${title}"; the editor offered: ${seen.slice(-3).join(' // ')}`);
}

describe('building facts tables', () => {
  it('adds a person named with a known title to the workspace table, as an edit that undo takes back', async () => {
    const draft = await openCopy('drafts/new-person.md');
    const at = positionOf(draft, 'Ada Quill');
    const title = 'Add "Ada Quill" as Trade Minister (Kestria) to team.facts.yaml';
    const action = actionTitled(await actionsWith(draft.uri, new vscode.Range(at, at.translate(0, 9)), title), title);
    assert.equal(action.kind?.value, 'quickfix');
    assert.deepEqual(factlintDiagnostics(draft.uri), [], 'an unknown name is no finding');
    const tableUri = file('team.facts.yaml');
    const original = await onDisk(tableUri);
    await apply(action);
    const table = await vscode.workspace.openTextDocument(tableUri);
    try {
      const ada = `  - name: Ada Quill\n    roles:\n      - office: kestria-trade-minister\n        from: 2026-03-06\n        source: ${SOURCE}\n`;
      assert.equal(table.getText(), original.replace('        from: 2024-01-15\n', `        from: 2024-01-15\n${ada}`));
      assert.ok(table.getText().startsWith("# The newsroom's own facts"), 'the comment at the top stays');
      await vscode.window.showTextDocument(table);
      await vscode.commands.executeCommand('undo');
      assert.equal(table.getText(), original, 'undo takes the addition back');
    } finally {
      await revertAndClose(table);
    }
    assert.equal(await onDisk(tableUri), original);
  });

  it('"factlint: Create facts table" writes the table, names it in .factlint.yaml, opens it, and drafts use it', async () => {
    const draft = await open('drafts/starter-terms.md');
    const config = file('.factlint.yaml');
    const first = file('e2e-beat.facts.yaml');
    const second = file('e2e-second.facts.yaml');
    assert.equal(await exists(config), false, 'the workspace starts with no .factlint.yaml');
    try {
      const made = await vscode.commands.executeCommand<vscode.Uri | undefined>('factlint.createFactsTable', { beat: 'E2E Beat' });
      assert.equal(made?.toString(), first.toString());
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), first.toString(), 'the new table is open');
      const table = await onDisk(first);
      assert.match(table, /^# yaml-language-server: \$schema=.*\n# The e2e-beat facts table/);
      assert.equal(vscode.window.activeTextEditor?.document.isDirty, false, 'saved');
      assert.equal(await onDisk(config), '# factlint settings for the drafts in this folder and below.\n# Tables are merged in order: the default table (unless defaultFacts: false), then these.\nfacts: [e2e-beat.facts.yaml]\n');
      // The starter table's made-up acronym: the draft is checked with the new table.
      await diagnosticsWithCodes(draft.uri, ['acronym']);
      // Never over an existing table.
      assert.equal(await vscode.commands.executeCommand('factlint.createFactsTable', { beat: 'e2e beat' }), undefined);
      assert.equal(await onDisk(first), table);
      // A second table goes into the existing .factlint.yaml, which keeps the rest.
      assert.equal((await vscode.commands.executeCommand<vscode.Uri | undefined>('factlint.createFactsTable', { beat: 'E2E Second' }))?.toString(), second.toString());
      assert.equal(await onDisk(config), '# factlint settings for the drafts in this folder and below.\n# Tables are merged in order: the default table (unless defaultFacts: false), then these.\nfacts: [e2e-beat.facts.yaml, e2e-second.facts.yaml]\n');
    } finally {
      for (const doc of vscode.workspace.textDocuments.filter((d) => [first, second].some((u) => u.toString() === d.uri.toString()))) await revertAndClose(doc);
      for (const uri of [config, first, second]) if (await exists(uri)) await vscode.workspace.fs.delete(uri);
    }
    await diagnosticsWhen(draft.uri, (ds) => ds.length === 0, 'no diagnostics once the tables are gone');
  });
});
