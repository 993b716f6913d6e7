import assert from 'node:assert/strict';
import { assertFinding, findings, TEST_TABLE } from './testing';

describe('rule milestone', () => {
  it('flags a year attached by "in" before the milestone', () => {
    assertFinding('milestone', 'Ruritania signed the Treaty of Zenda in 2017.', {
      flagged: '2017',
      message: /^Treaty of Zenda: 2018-06-14, not 2017 — test\.facts\.yaml$/,
      fixed: 'Ruritania signed the Treaty of Zenda in 2018.',
    });
  });

  it('flags a day date written before the milestone, keeping its style', () => {
    assertFinding('milestone', 'After the June 15 Treaty of Zenda, trade grew.', { fixed: 'After the June 14 Treaty of Zenda, trade grew.' });
  });

  it('pairs each date with its own milestone in a list', () => {
    assert.deepEqual(findings('milestone', 'The Treaty of Zenda in 2018 and the Strelsau floods in 2022 shaped policy.'), []);
    const fs = findings('milestone', 'The Treaty of Zenda in 2018 and the Strelsau floods in 2021 shaped policy.');
    assert.deepEqual(fs.map((f) => f.text), ['2021']);
  });

  it('allows a later date that does not say when it began', () => {
    assert.deepEqual(findings('milestone', 'Trade under the Treaty of Zenda in 2024 grew.'), []);
  });

  it('flags a later date that says when it began', () => {
    assert.equal(findings('milestone', 'The Treaty of Zenda, signed in 2019, holds.').length, 0 + findings('milestone', 'The Treaty of Zenda was signed on June 14, 2019.').length);
    assert.equal(findings('milestone', 'Ruritania has kept the Treaty of Zenda since 2019.').length, 1);
  });

  it('compares only what is written and what is known', () => {
    assert.deepEqual(findings('milestone', 'The Strelsau floods of September 3, 2022 were deadly.'), []);
    assert.equal(findings('milestone', 'The Strelsau floods of October 3, 2022 were deadly.').length, 1);
  });

  it('reads "M, signed in D" as the date M began', () => {
    assert.deepEqual(findings('milestone', 'The Treaty of Zenda, signed in 2019, holds.').map((f) => f.text), ['2019']);
    assert.deepEqual(findings('milestone', 'The Treaty of Zenda was signed in 2017.').map((f) => f.text), ['2017']);
  });

  it('ignores a verb of beginning that governs something else', () => {
    assert.deepEqual(findings('milestone', 'The post was created by the Treaty of Zenda in 2019.'), []);
    assert.deepEqual(findings('milestone', 'Both sides took stock of the Treaty of Zenda in 2024 and agreed to more.'), []);
  });

  it('reads a verb of beginning a few words before "to M"', () => {
    assert.deepEqual(findings('milestone', 'They upgraded their bilateral ties to the Treaty of Zenda in 2019.').map((f) => f.text), ['2019']);
  });

  it('looks past an acronym in brackets after the milestone', () => {
    const table = TEST_TABLE.replace('milestones:', 'milestones:\n  - name: Coastal Trade Accord\n    date: 2018-06-14');
    assert.deepEqual(findings('milestone', 'The Coastal Trade Accord (CTA), signed in 2017, removed tariffs.', '2025-01-01', table).map((f) => f.text), ['2017']);
  });

  it('reads a later date after "on" as the milestone\'s only when the milestone follows a preposition', () => {
    assert.deepEqual(findings('milestone', 'Graustark condemned the signing of the Treaty of Zenda on June 15, 2018.'), []);
    assert.deepEqual(findings('milestone', 'Troops moved in response to the Treaty of Zenda on June 20, 2018.'), []);
    assert.deepEqual(findings('milestone', 'Trade rose after the Treaty of Zenda on June 15, 2018.').map((f) => f.text), ['June 15, 2018']);
  });

  it('ignores a year alone before the name, which may name another event', () => {
    assert.deepEqual(findings('milestone', 'Nothing like the 2009 Strelsau floods had been seen.'), []);
  });
});
