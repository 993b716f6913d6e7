/**
 * Facts tables in the editor: the workspace's table (named in .vscode/settings.json) is used,
 * drafts are checked again when it is edited (before and after saving), and a broken table
 * gets diagnostics of its own while drafts keep the last good facts.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { brief, diagnosticsWhen, diagnosticsWithCodes, file, open, sorted } from './helpers';

/** Replaces the first `from` in a document with `to`, as a person typing would (unsaved). */
async function replaceIn(doc: vscode.TextDocument, from: string, to: string): Promise<void> {
  const at = doc.getText().indexOf(from);
  assert.ok(at >= 0, `"${from}" is in ${doc.uri.path}`);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(doc.positionAt(at), doc.positionAt(at + from.length)), to);
  assert.ok(await vscode.workspace.applyEdit(edit));
}

/** Throws away unsaved changes of a document and closes its editor. */
async function revertAndClose(doc: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(doc);
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
}

describe('facts tables', () => {
  it('checks drafts against the table named in factlint.facts as well as the default table', async () => {
    const doc = await open('drafts/team-brief.md');
    const ds = sorted(await diagnosticsWithCodes(doc.uri, ['acronym', 'term', 'acronym']));
    const table = file('team.facts.yaml').fsPath;
    assert.deepEqual(ds.map(brief), ['acronym 4:41-4:45 Error', 'term 4:72-5:10 Warning', 'acronym 6:48-6:52 Error']);
    assert.deepEqual(
      ds.map((d) => d.message),
      [
        `"KPTA" should be "KTPA" (Kestria Trade Partnership Agreement) — ${table}`,
        `"North Corridor Initiative" should be "Northern Corridor Initiative" — ${table}`,
        '"FIOP" should be "FOIP" (Free and Open Indo-Pacific) — default table',
      ],
    );
    assert.equal(ds[0].relatedInformation?.[0]?.location.uri.fsPath, table, 'the fact is in the team table');
  });

  it('checks open drafts again while the table is edited, before it is saved', async () => {
    const draft = await open('drafts/team-brief.md');
    await diagnosticsWithCodes(draft.uri, ['acronym', 'term', 'acronym']);
    const table = await open('team.facts.yaml');
    try {
      await replaceIn(table, 'terms:\n', 'terms:\n  - canonical: Harbor Compact\n    variants: [Harbour Compact]\n');
      assert.equal(table.isDirty, true);
      const ds = sorted(await diagnosticsWithCodes(draft.uri, ['acronym', 'term', 'term', 'acronym']));
      assert.equal(brief(ds[2]), 'term 5:40-5:55 Warning');
      assert.equal(ds[2].message, `"Harbour Compact" should be "Harbor Compact" — ${table.uri.fsPath}`);
    } finally {
      await revertAndClose(table);
    }
    await diagnosticsWithCodes(draft.uri, ['acronym', 'term', 'acronym']);
  });

  it('checks open drafts again when the table changes on disk', async () => {
    const draft = await open('drafts/team-brief.md');
    await diagnosticsWithCodes(draft.uri, ['acronym', 'term', 'acronym']);
    const uri = file('team.facts.yaml');
    const original = await vscode.workspace.fs.readFile(uri);
    const text = new TextDecoder().decode(original);
    try {
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text.replace('    variants: [North Corridor Initiative]\n', '')));
      await diagnosticsWithCodes(draft.uri, ['acronym', 'acronym']);
    } finally {
      await vscode.workspace.fs.writeFile(uri, original);
    }
    await diagnosticsWithCodes(draft.uri, ['acronym', 'term', 'acronym']);
  });

  it('reports an error in a table on the table itself, and drafts keep the last good facts', async () => {
    const draft = await open('drafts/team-brief.md');
    await diagnosticsWithCodes(draft.uri, ['acronym', 'term', 'acronym']);
    const table = await open('team.facts.yaml');
    try {
      await replaceIn(table, 'from: 2024-01-15', 'from: 2024-13-15');
      const [d] = await diagnosticsWhen(table.uri, (ds) => ds.length === 1, 'one diagnostic in the broken table');
      assert.deepEqual(
        { code: d.code, range: d.range, severity: d.severity, message: d.message },
        {
          code: 'facts-table',
          range: new vscode.Range(11, 14, 11, 24),
          severity: vscode.DiagnosticSeverity.Error,
          message: '"2024-13-15" is not a real date: write the date as YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2024-12-15)',
        },
      );
      assert.deepEqual(sorted(await diagnosticsWithCodes(draft.uri, ['acronym', 'term', 'acronym'])).map(brief), [
        'acronym 4:41-4:45 Error',
        'term 4:72-5:10 Warning',
        'acronym 6:48-6:52 Error',
      ]);
      await replaceIn(table, 'from: 2024-13-15', 'from: 2024-01-15');
      await diagnosticsWhen(table.uri, (ds) => ds.length === 0, 'no diagnostics in the mended table');
    } finally {
      await revertAndClose(table);
    }
  });
});
