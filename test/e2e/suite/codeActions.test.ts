/**
 * Code actions as the editor offers them: the preferred quick fix, the other fixes, fix-all for
 * one rule and for all, `source.fixAll.factlint` (also on save), disabling a rule for a line,
 * and the rule's documentation. Each test works on its own copy of a draft.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  actionTitled,
  apply,
  brief,
  codeActions,
  codeOf,
  diagnosticsWhen,
  diagnosticsWithCodes,
  open,
  openCopy,
  sorted,
  WAIT_MS,
} from './helpers';

/** drafts/fixes.md after every unambiguous fix: what `factlint --fix` makes of it too. */
const FIXES_FIXED = `---
date: 2026-03-06
---

# Week ahead

Officials said the talks would cover the Free and Open Indo-Pacific (FOIP). A second
session on FOIP maritime projects follows on Friday.

Foreign Secretary Vikram Misri will brief reporters on the Special Strategic and Global Partnership.
`;

const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('factlint');

/** Resolves when a tab that `wanted` accepts appears (or is already open). */
function tabOpened(wanted: (tab: vscode.Tab) => boolean): Promise<vscode.Tab> {
  const find = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find(wanted);
  return new Promise((resolve, reject) => {
    const now = find();
    if (now) return resolve(now);
    const sub = vscode.window.tabGroups.onDidChangeTabs(() => {
      const t = find();
      if (!t) return;
      sub.dispose();
      clearTimeout(timer);
      resolve(t);
    });
    const timer = setTimeout(() => {
      sub.dispose();
      const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs.map((t) => t.label));
      reject(new Error(`no such tab within ${WAIT_MS} ms; tabs: [${tabs.join(', ')}]`));
    }, WAIT_MS);
  });
}

describe('code actions', () => {
  it('offers "Replace FIOP with FOIP" as the preferred quick fix, and applying it clears the diagnostic', async () => {
    const doc = await openCopy('drafts/acronym.md');
    const [d] = await diagnosticsWithCodes(doc.uri, ['acronym']);
    const actions = await codeActions(doc.uri, d.range);
    const preferred = actions.filter((a) => a.isPreferred);
    assert.deepEqual(
      preferred.map((a) => [a.title, a.kind?.value]),
      [['Replace "FIOP" with "FOIP"', 'quickfix']],
    );
    await apply(preferred[0]);
    assert.equal(doc.lineAt(6).text, 'Officials said the talks would cover the Free and Open Indo-Pacific (FOIP).');
    await diagnosticsWhen(doc.uri, (ds) => ds.length === 0, 'no diagnostics after the fix');
  });

  it('offers both fixes of an ambiguous finding, the first preferred, and the other actions for it', async () => {
    const doc = await open('drafts/misri-tokyo.md');
    const ds = sorted(await diagnosticsWithCodes(doc.uri, ['title', 'title-date', 'acronym', 'milestone', 'term', 'name', 'weekday']));
    const actions = await codeActions(doc.uri, ds[0].range);
    const fixes = actions.filter((a) => a.title.startsWith('Replace "'));
    assert.deepEqual(
      fixes.map((a) => [a.title, a.isPreferred === true]),
      [
        ['Replace "External Affairs Minister" with "Foreign Secretary"', true],
        ['Replace "Vikram Misri" with "Subrahmanyam Jaishankar"', false],
      ],
    );
    const quickFixes = actions.filter((a) => a.kind && vscode.CodeActionKind.QuickFix.contains(a.kind));
    assert.deepEqual(
      quickFixes.map((a) => a.title).sort(),
      [
        'Disable title for this line',
        'Fix all factlint problems',
        'Ignore "External Affairs Minister" in this workspace',
        'Replace "External Affairs Minister" with "Foreign Secretary"',
        'Replace "Vikram Misri" with "Subrahmanyam Jaishankar"',
        'Show documentation for title',
      ],
    );
  });

  it('"Fix all acronym problems in this file" fixes every FIOP and nothing else', async () => {
    const doc = await openCopy('drafts/fixes.md');
    const ds = sorted(await diagnosticsWithCodes(doc.uri, ['acronym', 'acronym', 'title', 'term']));
    const before = doc.getText();
    await apply(actionTitled(await codeActions(doc.uri, ds[0].range), 'Fix all acronym problems in this file'));
    assert.equal(doc.getText(), before.replace(/FIOP/g, 'FOIP'));
    const after = await diagnosticsWithCodes(doc.uri, ['title', 'term']);
    assert.deepEqual(sorted(after).map(brief), ['title 9:0-9:25 Error', 'term 9:67-10:11 Warning']);
  });

  it('"Fix all factlint problems" applies every unambiguous fix, as factlint --fix does', async () => {
    const doc = await openCopy('drafts/fixes.md');
    const ds = sorted(await diagnosticsWithCodes(doc.uri, ['acronym', 'acronym', 'title', 'term']));
    await apply(actionTitled(await codeActions(doc.uri, ds[0].range), 'Fix all factlint problems'));
    // Two passes, as --fix makes them: the term mended, the milestone it names dates the sentence
    // too, no one holder fits both dates, and the title's one fix left is applied.
    assert.equal(doc.getText(), FIXES_FIXED);
    await diagnosticsWhen(doc.uri, (ds) => ds.length === 0, 'nothing left after fixing all');
  });

  it('answers source.fixAll.factlint with the same edits', async () => {
    const doc = await openCopy('drafts/fixes.md');
    await diagnosticsWithCodes(doc.uri, ['acronym', 'acronym', 'title', 'term']);
    const whole = new vscode.Range(0, 0, doc.lineCount, 0);
    const actions = await codeActions(doc.uri, whole, FIX_ALL_KIND.value);
    assert.deepEqual(
      actions.map((a) => [a.title, a.kind?.value]),
      [['Fix all factlint problems', 'source.fixAll.factlint']],
    );
    await apply(actions[0]);
    assert.equal(doc.getText(), FIXES_FIXED);
  });

  it('fixes on save with editor.codeActionsOnSave', async () => {
    const editor = vscode.workspace.getConfiguration('editor');
    await editor.update('codeActionsOnSave', { [FIX_ALL_KIND.value]: 'explicit' }, vscode.ConfigurationTarget.Workspace);
    try {
      const doc = await openCopy('drafts/fixes.md');
      await diagnosticsWithCodes(doc.uri, ['acronym', 'acronym', 'title', 'term']);
      const edit = new vscode.WorkspaceEdit();
      edit.insert(doc.uri, new vscode.Position(doc.lineCount - 1, 0), 'Updated at noon.\n');
      assert.ok(await vscode.workspace.applyEdit(edit));
      assert.ok(await doc.save(), 'the draft saves');
      const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(doc.uri));
      assert.equal(onDisk, FIXES_FIXED + 'Updated at noon.\n');
    } finally {
      await editor.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('"Disable acronym for this line" inserts a suppression comment above the line', async () => {
    const doc = await openCopy('drafts/acronym.md');
    const [d] = await diagnosticsWithCodes(doc.uri, ['acronym']);
    await apply(actionTitled(await codeActions(doc.uri, d.range), 'Disable acronym for this line'));
    assert.equal(doc.lineAt(6).text, '<!-- factlint-disable-next-line acronym -->');
    assert.equal(doc.lineAt(7).text, 'Officials said the talks would cover the Free and Open Indo-Pacific (FIOP).');
    await diagnosticsWhen(doc.uri, (ds) => ds.length === 0, 'no diagnostics once the line is suppressed');
  });

  it('"Show documentation for acronym" opens the rule page in the Markdown preview', async () => {
    const doc = await open('drafts/acronym.md');
    const [d] = await diagnosticsWithCodes(doc.uri, ['acronym']);
    assert.equal(codeOf(d), 'acronym');
    const show = actionTitled(await codeActions(doc.uri, d.range), 'Show documentation for acronym');
    assert.equal(show.command?.command, 'factlint.showRuleDocumentation');
    assert.deepEqual(show.command?.arguments, ['acronym']);
    await apply(show);
    const tab = await tabOpened((t) => t.input instanceof vscode.TabInputWebview && /acronym\.md/.test(t.label));
    assert.equal(tab.label, 'Preview acronym.md');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
