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

/** The test table with a partnership raised in three steps, a bombing known to the day and a trade accord listed twice: signed, then in force. */
const STAGED = TEST_TABLE.replace(
  'milestones:',
  `milestones:
  - name: Harbour Partnership
    date: 2000-08
  - name: Strategic Harbour Partnership
    date: 2006-12
  - name: Special Strategic Harbour Partnership
    date: 2014-09-01
  - name: Zenda bombing
    aliases: [bombing in Zenda]
    date: 2025-04-22
  - name: Coastal Trade Accord
    date: 2021-04-02
  - name: entry into force of the Coastal Trade Accord
    date: 2021-12-29`,
);

function flagged(text: string): string[] {
  return findings('milestone', text, '2025-06-01', STAGED).map((f) => f.text);
}

describe('rule milestone on lists, progressions and opening dates', () => {
  it('reads every item of a list that a verb of beginning governs as dated by it', () => {
    const text = "Ties were elevated to 'Harbour Partnership' in 2000, 'Strategic Harbour Partnership' in 2006, and 'Special Strategic Harbour Partnership' in 2015.";
    assertFinding('milestone', text, { flagged: '2015', fixed: text.replace('2015', '2014') }, '2025-06-01', STAGED);
    assert.deepEqual(flagged('Ties were raised to a Harbour Partnership in 2000, to a Strategic Harbour Partnership in 2007 and to a Special Strategic Harbour Partnership in 2014.'), ['2007']);
  });

  it('allows later years in a list that no verb of beginning governs', () => {
    assert.deepEqual(flagged('They discussed the Harbour Partnership in 2001 and the Strategic Harbour Partnership in 2007.'), []);
  });

  it('does not carry a verb of beginning into a clause of its own after "and"', () => {
    assert.deepEqual(flagged('They signed the Coastal Trade Accord in 2021, and the Strategic Harbour Partnership in 2008 had paved the way.'), []);
  });

  it('reads both ends of a progression "from M1 in D1 to M2 in D2" as when each began', () => {
    assert.deepEqual(flagged('Ties grew from the Harbour Partnership in 2001 to the Special Strategic Harbour Partnership in 2015.'), ['2001', '2015']);
    assert.deepEqual(flagged('Ties grew from the Harbour Partnership in 2000 to the Special Strategic Harbour Partnership in 2014.'), []);
  });

  it('needs "to" and another milestone after "from M in D"', () => {
    assert.deepEqual(flagged('Lessons from the Harbour Partnership in 2001 were read aloud.'), []);
    assert.deepEqual(flagged('Trade grew from the Harbour Partnership in 2001 to now.'), []);
  });

  it('dates a milestone by the opening date of a sentence whose verb of beginning governs it', () => {
    assertFinding('milestone', 'In 2001, the two launched the Harbour Partnership.', { flagged: '2001', fixed: 'In 2000, the two launched the Harbour Partnership.' }, '2025-06-01', STAGED);
    assert.deepEqual(flagged('In 2001, the Harbour Partnership was launched.'), ['2001']);
    assert.deepEqual(flagged('In 2000, the two launched the Harbour Partnership.'), []);
  });

  it('ignores an opening date when the verb is not one of beginning, is in another clause or governs a longer phrase', () => {
    assert.deepEqual(flagged('In 2024, the two reviewed the Harbour Partnership.'), []);
    assert.deepEqual(flagged('In 2024, leaders who launched the Harbour Partnership met again.'), []);
    assert.deepEqual(flagged('In 2024, the two launched the Harbour Partnership fund.'), []);
    assert.deepEqual(flagged("In 2024, the two launched the Harbour Partnership's new office."), []);
  });

  it('reads a day after "on" as the event\'s when the event opens the sentence or follows a preposition', () => {
    assertFinding('milestone', 'The bombing in Zenda on April 23 killed nine.', { fixed: 'The bombing in Zenda on April 22 killed nine.' }, '2025-06-01', STAGED);
    assert.deepEqual(flagged('Talks stalled after the bombing in Zenda on April 23.'), ['April 23']);
    assert.deepEqual(flagged('Leaders condemned the bombing in Zenda on April 23.'), []);
  });
});

describe('rule milestone on the stages of one agreement', () => {
  it('checks "the implementation of M in D" against M\'s entry into force', () => {
    const text = 'Trade rose with the implementation of the Coastal Trade Accord in December 2020.';
    assertFinding('milestone', text, {
      flagged: 'December 2020',
      message: /^entry into force of the Coastal Trade Accord: 2021-12-29, not December 2020 — test\.facts\.yaml$/,
      fixed: text.replace('2020', '2021'),
    }, '2025-06-01', STAGED);
    assert.deepEqual(flagged('Trade rose with the implementation of the Coastal Trade Accord in December 2021.'), []);
  });

  it('checks "M entered into force in D" and "M\'s entry into force in D" against the entry into force', () => {
    assertFinding('milestone', 'The Coastal Trade Accord entered into force in November 2021.', { fixed: 'The Coastal Trade Accord entered into force in December 2021.' }, '2025-06-01', STAGED);
    assert.deepEqual(flagged("The Coastal Trade Accord's entry into force in November 2021 cut tariffs."), ['November 2021']);
    assert.deepEqual(flagged('The Coastal Trade Accord took effect on December 29, 2021.'), []);
  });

  it('checks "signed" against the milestone itself when the table lists no signing of its own', () => {
    assertFinding('milestone', 'The Coastal Trade Accord, signed in December 2021, cut tariffs.', { fixed: 'The Coastal Trade Accord, signed in April 2021, cut tariffs.' }, '2025-06-01', STAGED);
  });

  it('offers each stage\'s date, none preferred by --fix, when no word says which stage is meant', () => {
    const [f, ...rest] = findings('milestone', 'The Coastal Trade Accord in March 2020 cut tariffs.', '2025-06-01', STAGED);
    assert.equal(rest.length, 0);
    assert.equal(f.message, 'Coastal Trade Accord: 2021-04-02; entry into force of the Coastal Trade Accord: 2021-12-29; not March 2020 — test.facts.yaml');
    assert.deepEqual(f.fixes.map((x) => x.title), ['Replace "March 2020" with "April 2021"', 'Replace "March 2020" with "December 2021"']);
  });

  it('allows a date that is right for one of the stages when no word says which', () => {
    assert.deepEqual(flagged('Trade has grown since the Coastal Trade Accord in December 2021.'), []);
  });

  it('says nothing of a stage the table does not list, unless it is a beginning', () => {
    assert.deepEqual(findings('milestone', 'The Treaty of Zenda entered into force in 2017.'), []);
    assert.deepEqual(findings('milestone', 'Work began on the ratification of the Treaty of Zenda in 2017.'), []);
    assert.deepEqual(findings('milestone', 'They signed the Treaty of Zenda in 2019.').map((f) => f.text), ['2019']);
  });
});
