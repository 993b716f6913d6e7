/** Diagnostics as the editor shows them: ranges, messages, codes, severities, for Markdown and plain text. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { brief, codeOf, diagnosticsWithCodes, EXTENSION_ID, open, sorted } from './helpers';

describe('diagnostics', () => {
  it('activates on a Markdown draft', async () => {
    const doc = await open('drafts/acronym.md');
    assert.equal(doc.languageId, 'markdown');
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is installed`);
    await ext.activate();
    assert.equal(ext.isActive, true);
  });

  it('flags FIOP with its exact range, message, code and severity', async () => {
    const doc = await open('drafts/acronym.md');
    const [d] = await diagnosticsWithCodes(doc.uri, ['acronym']);
    assert.deepEqual(
      { range: d.range, message: d.message, code: codeOf(d), source: d.source, severity: d.severity },
      {
        range: new vscode.Range(6, 69, 6, 73),
        message: '"FIOP" should be "FOIP" (Free and Open Indo-Pacific) — default table',
        code: 'acronym',
        source: 'factlint',
        severity: vscode.DiagnosticSeverity.Error,
      },
    );
    assert.equal(doc.getText(d.range), 'FIOP');
  });

  it('links each code to its rule documentation', async () => {
    const doc = await open('drafts/acronym.md');
    const [d] = await diagnosticsWithCodes(doc.uri, ['acronym']);
    assert.equal(typeof d.code, 'object', 'the code carries a link (codeDescription)');
    const code = d.code as { value: string | number; target: vscode.Uri };
    assert.equal(code.value, 'acronym');
    assert.match(code.target.toString(), /acronym/);
  });

  it('points at the fact in the table the finding rests on', async () => {
    const doc = await open('drafts/acronym.md');
    const [d] = await diagnosticsWithCodes(doc.uri, ['acronym']);
    const related = d.relatedInformation ?? [];
    assert.equal(related.length, 1, 'one related location: the fact');
    assert.match(related[0].location.uri.path, /default\.facts\.yaml$/);
    const table = await vscode.workspace.openTextDocument(related[0].location.uri);
    assert.match(table.lineAt(related[0].location.range.start.line).text, /short: FOIP/);
  });

  // The draft is dated after the default table's horizon (asOf 2026-03-06): its two title findings
  // are infos that name the horizon, the other five errors and warnings as ever.
  it('reports every rule of a draft with seven kinds of mistake, in order', async () => {
    const doc = await open('drafts/misri-tokyo.md');
    const ds = sorted(await diagnosticsWithCodes(doc.uri, ['title', 'title-date', 'acronym', 'milestone', 'term', 'name', 'weekday']));
    assert.deepEqual(ds.map(brief), [
      'title 7:0-7:25 Information',
      'title-date 10:21-10:37 Information',
      'acronym 12:14-12:18 Error',
      'milestone 12:61-12:75 Error',
      'term 14:43-14:79 Warning',
      'name 17:15-17:29 Error',
      'weekday 18:28-18:34 Error',
    ]);
    assert.deepEqual(
      ds.map((d) => d.message),
      [
        'As of 2026-03-06, the default table says Vikram Misri is Foreign Secretary (since 2024-07-15), not External Affairs Minister; External Affairs Minister on 2026-03-09: Subrahmanyam Jaishankar — default table',
        'As of 2026-03-06, the default table says Takeshi Iwaya was Foreign Minister 2024-10-01 to 2025-10-21, not on 2026-03-10; Toshimitsu Motegi held it on 2026-03-10 — default table',
        '"FIOP" should be "FOIP" (Free and Open Indo-Pacific) — default table',
        'Pahalgam terror attack: 2025-04-22, not April 23, 2025 — default table',
        '"Special Strategic Global Partnership" should be "Special Strategic and Global Partnership" — default table',
        '"Sanae Takaichy" should be "Sanae Takaichi" (Sanae Takaichi) — default table',
        'March 12, 2026 is a Thursday, not a Friday — calendar',
      ],
    );
  });

  it('gives a finding that spans a line break one range over both lines', async () => {
    const doc = await open('drafts/fixes.md');
    const ds = sorted(await diagnosticsWithCodes(doc.uri, ['acronym', 'acronym', 'title', 'term']));
    assert.deepEqual(ds.map(brief), ['acronym 6:69-6:73 Error', 'acronym 7:11-7:15 Error', 'title 9:0-9:25 Error', 'term 9:67-10:11 Warning']);
    assert.equal(doc.getText(ds[3].range), 'Special Strategic Global\nPartnership');
  });

  it('checks plain-text drafts too, with the article date of a first "date" line', async () => {
    const doc = await open('drafts/notes.txt');
    assert.equal(doc.languageId, 'plaintext');
    const [d] = await diagnosticsWithCodes(doc.uri, ['acronym']);
    assert.deepEqual(d.range, new vscode.Range(1, 48, 1, 52));
    assert.equal(d.message, '"FIOP" should be "FOIP" (Free and Open Indo-Pacific) — default table');
  });
});
