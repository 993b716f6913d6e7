/** Hover fact cards: what the table says about an acronym, a person, a title, a milestone. */
import * as assert from 'node:assert/strict';
import { diagnosticsWithCodes, hoverText, open, positionOf } from './helpers';

const MISRI_CODES = ['title', 'title-date', 'acronym', 'milestone', 'term', 'name', 'weekday'];

describe('hover', () => {
  it('shows the acronym card over a wrong acronym', async () => {
    const doc = await open('drafts/acronym.md');
    await diagnosticsWithCodes(doc.uri, ['acronym']);
    const text = await hoverText(doc.uri, positionOf(doc, 'FIOP', 0, 1));
    assert.match(text, /\*\*FOIP\*\*: Free and Open Indo-Pacific {2}\nKnown wrong forms: FIOP {2}\n/);
    assert.match(text, /\n_factlint · default table, line \d+_$/);
    assert.doesNotMatch(text, /<\/?[a-z]+>/, 'no HTML, which floats outside VS Code show as it is');
  });

  it("shows a person's card with every role, the current one in bold", async () => {
    const doc = await open('drafts/misri-tokyo.md');
    await diagnosticsWithCodes(doc.uri, MISRI_CODES);
    const text = await hoverText(doc.uri, positionOf(doc, 'Vikram Misri', 0, 3));
    assert.match(text, /\*\*Vikram Misri\*\* {2}\nAlso written: Misri\n/);
    assert.match(text, /^- Deputy National Security Advisor \(India\), 2022-01-01 to 2024-07/m);
    assert.match(text, /^- \*\*Foreign Secretary \(India\)\*\*, since 2024-07-15/m);
  });

  it('shows who held a title at the article date', async () => {
    const doc = await open('drafts/misri-tokyo.md');
    await diagnosticsWithCodes(doc.uri, MISRI_CODES);
    const text = await hoverText(doc.uri, positionOf(doc, 'Foreign Minister Takeshi', 0, 2));
    assert.match(text, /\*\*Minister for Foreign Affairs\*\* \(Japan\)/);
    assert.match(text, /Held on 2026-03-10: Toshimitsu Motegi/);
  });

  it("shows a milestone's date", async () => {
    const doc = await open('drafts/misri-tokyo.md');
    await diagnosticsWithCodes(doc.uri, MISRI_CODES);
    const text = await hoverText(doc.uri, positionOf(doc, 'Pahalgam', 0, 2));
    assert.match(text, /\*\*Pahalgam terror attack\*\*: 2025-04-22/);
  });

  it('shows nothing of factlint over an ordinary word', async () => {
    const doc = await open('drafts/misri-tokyo.md');
    await diagnosticsWithCodes(doc.uri, MISRI_CODES);
    const text = await hoverText(doc.uri, positionOf(doc, 'delegation', 0, 2));
    assert.doesNotMatch(text, /factlint/);
  });
});
