/**
 * Settings take effect in open drafts without reloading: a rule's severity or `off`, the
 * article date, turning factlint off, leaving out the default table. Each test puts the
 * workspace settings back as they were.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, diagnosticsWhen, diagnosticsWithCodes, open, setSetting, sorted } from './helpers';

describe('settings', () => {
  afterEach(async () => {
    for (const key of ['rules', 'articleDate', 'enable', 'useDefaultFacts']) await setSetting(key, undefined);
  });

  it('factlint.rules changes a rule to error, then turns it off', async () => {
    const doc = await open('drafts/term.md');
    const [d] = await diagnosticsWithCodes(doc.uri, ['term']);
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning, 'term is a warning by default');
    await setSetting('rules', { term: 'error' });
    const [e] = await diagnosticsWhen(doc.uri, (ds) => ds.length === 1 && ds[0].severity === vscode.DiagnosticSeverity.Error, 'term as an error');
    assert.deepEqual(e.range, d.range);
    assert.equal(e.message, d.message);
    await setSetting('rules', { term: 'off' });
    await diagnosticsWhen(doc.uri, (ds) => ds.length === 0, 'no term diagnostic once the rule is off');
  });

  it('factlint.rules leaves the other rules as they are', async () => {
    const doc = await open('drafts/misri-tokyo.md');
    const before = await diagnosticsWithCodes(doc.uri, ['title', 'title-date', 'acronym', 'milestone', 'term', 'name', 'weekday']);
    await setSetting('rules', { acronym: 'info' });
    const after = await diagnosticsWhen(doc.uri, (ds) => ds.some((x) => codeOf(x) === 'acronym' && x.severity === vscode.DiagnosticSeverity.Information), 'acronym as information');
    const severities = (ds: vscode.Diagnostic[]) => ds.map((x) => `${codeOf(x)}:${vscode.DiagnosticSeverity[x.severity]}`).sort();
    assert.deepEqual(
      severities(after),
      severities(before).map((s) => (s === 'acronym:Error' ? 'acronym:Information' : s)),
    );
  });

  it('factlint.articleDate decides the date that titles are judged at', async () => {
    const doc = await open('drafts/article-date.md');
    const [d] = await diagnosticsWithCodes(doc.uri, ['title-date']);
    assert.equal(
      d.message,
      'Takeshi Iwaya was Foreign Minister 2024-10-01 to 2025-10-21, not on 2026-03-06; Toshimitsu Motegi held it on 2026-03-06 — default table',
    );
    await setSetting('articleDate', '2026-01-10');
    await diagnosticsWhen(doc.uri, (ds) => ds.length === 1 && ds[0].message.includes('not on 2026-01-10'), 'the title judged on 2026-01-10');
    await setSetting('articleDate', '2025-05-01');
    await diagnosticsWhen(doc.uri, (ds) => ds.length === 0, 'no finding on 2025-05-01, when Iwaya was Foreign Minister');
  });

  it('factlint.enable false clears the diagnostics, true brings them back', async () => {
    const doc = await open('drafts/acronym.md');
    await diagnosticsWithCodes(doc.uri, ['acronym']);
    await setSetting('enable', false);
    await diagnosticsWhen(doc.uri, (ds) => ds.length === 0, 'no diagnostics while factlint is off');
    await setSetting('enable', undefined);
    await diagnosticsWithCodes(doc.uri, ['acronym']);
  });

  it('factlint.useDefaultFacts false leaves only the workspace table', async () => {
    const doc = await open('drafts/team-brief.md');
    await diagnosticsWithCodes(doc.uri, ['acronym', 'term', 'acronym']);
    await setSetting('useDefaultFacts', false);
    const ds = sorted(await diagnosticsWithCodes(doc.uri, ['acronym', 'term']));
    assert.deepEqual(
      ds.map((d) => doc.getText(d.range)),
      ['KPTA', 'North Corridor\nInitiative'],
      'the team table\'s findings stay, the default table\'s FIOP goes',
    );
  });
});
