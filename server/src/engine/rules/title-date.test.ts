import assert from 'node:assert/strict';
import { check } from '../index';
import { assertFinding, facts, findings, TEST_TABLE, undated } from './testing';

describe('rule title-date', () => {
  it('flags a title held before the article date and offers "former" and the holder', () => {
    const f = assertFinding('title-date', 'Foreign Minister Piotr Stanek spoke.', {
      flagged: 'Foreign Minister',
      message: /^Piotr Stanek was Foreign Minister 2019-05-01 to 2023-06-30, not on 2025-03-01; Lena Marchetti held it on 2025-03-01 — test\.facts\.yaml$/,
      fixed: 'Former Foreign Minister Piotr Stanek spoke.',
    });
    assert.deepEqual(
      f.fixes.map((x) => x.title),
      ['Change "Foreign Minister" to "Former Foreign Minister"', 'Replace "Foreign Minister" with "Finance Minister"', 'Replace "Piotr Stanek" with "Lena Marchetti"'],
    );
  });

  it('allows "former", "then-" and a sentence dated within the term', () => {
    assert.deepEqual(findings('title-date', 'Former Foreign Minister Piotr Stanek spoke.'), []);
    assert.deepEqual(findings('title-date', 'The then-Foreign Minister Piotr Stanek spoke.'), []);
    assert.deepEqual(findings('title-date', 'In 2022, Foreign Minister Piotr Stanek spoke.'), []);
    assert.deepEqual(findings('title-date', 'On May 2, 2023, Foreign Minister Stanek spoke.'), []);
  });

  it('flags a sentence dated outside the term', () => {
    const f = assertFinding('title-date', 'In 2018, Foreign Minister Piotr Stanek spoke.', { message: /not in 2018/ }, '2022-01-01');
    assert.equal(f.fixes.length, 0);
  });

  it('uses the article date from the text', () => {
    assert.equal(findings('title-date', 'date 2024-02-02\nForeign Minister Stanek spoke.', '').length, 1);
    assert.equal(findings('title-date', 'date 2022-02-02\nForeign Minister Stanek spoke.', '').length, 0);
  });

  it('is not the title rule: a title never held is left to it', () => {
    assert.deepEqual(findings('title-date', 'Finance Minister Lena Marchetti spoke.'), []);
  });

  it('puts "former" after a country possessive in apposition', () => {
    assertFinding('title-date', "Piotr Stanek, Ruritania's Foreign Minister, spoke.", { fixed: "Piotr Stanek, Ruritania's former Foreign Minister, spoke." });
  });

  it('says "has been" for a term still running, and offers no lone swap of the person', () => {
    const f = assertFinding(
      'title-date',
      'Lena Marchetti, Foreign Minister, spoke.',
      { message: /^Lena Marchetti has been Foreign Minister since 2023-07-01, not on 2022-03-01; Piotr Stanek held it on 2022-03-01 — / },
      '2022-03-01',
    );
    assert.deepEqual(f.fixes, []);
  });

  it('does not let a forecast or a milestone\'s date set the time of the sentence', () => {
    assert.deepEqual(findings('title-date', 'Foreign Minister Piotr Stanek said trade would double by 2030.', '2022-01-01'), []);
    assert.deepEqual(findings('title-date', 'Foreign Minister Piotr Stanek said trade would double in 2030.', '2022-01-01'), []);
    assert.deepEqual(findings('title-date', 'Finance Minister Piotr Stanek praised the Treaty of Zenda, signed on June 14, 2018.', '2025-01-01'), []);
  });

  it('takes a month alone after "in" in the article year, and "last <month>" before the article date', () => {
    assert.deepEqual(findings('title-date', 'In May, Foreign Minister Piotr Stanek spoke.', '2023-12-01'), []);
    assert.deepEqual(findings('title-date', 'Foreign Minister Piotr Stanek spoke last May.', '2024-03-01'), []);
    assert.equal(findings('title-date', 'Foreign Minister Piotr Stanek spoke last May.', '2025-03-01').length, 1);
  });

  it('does not end a sentence at a decimal point', () => {
    assert.equal(findings('title-date', 'In 2018, inflation was 1.8% and Foreign Minister Lena Marchetti spoke.', '2025-01-01').length, 1);
  });

  it('judges at a date in the title\'s own clause; one in another clause also allows the article date', () => {
    assert.deepEqual(findings('title-date', 'Finance Minister Piotr Stanek said the dam, which was approved in 2019, is half built.', '2025-01-01'), []);
    assert.equal(findings('title-date', 'At the summit in 2020, Finance Minister Piotr Stanek spoke.', '2025-01-01').length, 1);
    assert.deepEqual(findings('title-date', 'The treaty was signed in 2020, when Finance Minister Piotr Stanek spoke.', '2025-01-01'), []);
    assert.equal(findings('title-date', 'Finance Minister Piotr Stanek met the envoy in 2020.', '2025-01-01').length, 1);
  });

  it('judges at a milestone\'s date when it is the time of the main verb', () => {
    assert.deepEqual(findings('title-date', 'Foreign Minister Piotr Stanek toured the Strelsau floods in September 2022.', '2025-01-01'), []);
    assert.equal(findings('title-date', 'Foreign Minister Piotr Stanek signed the Treaty of Zenda on June 14, 2018.', '2025-01-01').length, 1);
  });

  it('reads a timeline: a year opening a list item or a table row is its time', () => {
    assert.deepEqual(findings('title-date', 'Timeline:\n\n- 2020: Foreign Minister Piotr Stanek opened talks.\n- 2024: Finance Minister Piotr Stanek signed.\n', '2025-06-01'), []);
    assert.deepEqual(findings('title-date', '| Year | Event |\n| --- | --- |\n| 2020 | Foreign Minister Piotr Stanek opened talks |\n', '2025-06-01'), []);
    assert.equal(findings('title-date', '- Foreign Minister Piotr Stanek opened talks.\n', '2025-06-01').length, 1);
  });

  it('lets a year in an opening phrase or a milestone named in the sentence be its time', () => {
    assert.deepEqual(findings('title-date', 'During his 2020 visit, Foreign Minister Piotr Stanek opened talks.', '2025-06-01'), []);
    assert.deepEqual(findings('title-date', 'During the Strelsau floods, Foreign Minister Piotr Stanek visited.', '2025-01-01'), []);
    assert.equal(findings('title-date', 'At the signing of the Treaty of Zenda, Foreign Minister Piotr Stanek was absent.', '2025-01-01').length, 1);
  });

  it('keeps a modifier before a country qualifier ("the then Ruritania Foreign Minister")', () => {
    assert.deepEqual(findings('title-date', 'He met the then Ruritania Foreign Minister Piotr Stanek.'), []);
    assert.deepEqual(findings('title-date', 'He met the former Ruritania Foreign Minister Piotr Stanek.'), []);
    assert.equal(findings('title-date', 'He met the Ruritania Foreign Minister Piotr Stanek.').length, 1);
  });

  it('lets no year in a quotation govern a title outside it, nor the other way round', () => {
    assert.equal(findings('title-date', 'Foreign Minister Stanek said, "In 2020, the port was small."').length, 1);
    assert.equal(findings('title-date', '"In 2020, Foreign Minister Stanek opened it," he said. In 2020 it rained.').length, 0);
    assert.equal(findings('title-date', 'In 2020, she said: "Foreign Minister Stanek is away."').length, 1);
  });

  it('judges a title at a year range after it ("from 2020 to 2022")', () => {
    assert.deepEqual(findings('title-date', 'Foreign Minister Stanek held talks from 2020 to 2022.'), []);
    assert.deepEqual(findings('title-date', 'Foreign Minister Stanek held talks between 2019 and 2021.'), []);
    const f = assertFinding('title-date', 'Foreign Minister Stanek held talks from 2014 to 2016.', { message: /not from 2014 to 2016/ });
    // Before the term: neither "former" nor another title of his fits.
    assert.equal(f.fixes.length, 0);
  });

  it('leaves a succession alone: the title was held when it happened', () => {
    assert.deepEqual(findings('title-date', 'Lena Marchetti had succeeded Foreign Minister Piotr Stanek.'), []);
    assert.deepEqual(findings('title-date', 'Marchetti took over from Foreign Minister Piotr Stanek.'), []);
    assert.equal(findings('title-date', 'Marchetti met Foreign Minister Piotr Stanek.').length, 1);
  });

  it('leaves a sentence without a date that tells of the person leaving or marks them past', () => {
    assert.deepEqual(findings('title-date', 'Foreign Minister Piotr Stanek and two aides quit their posts.'), []);
    assert.deepEqual(findings('title-date', 'Foreign Minister Piotr Stanek stepped down.'), []);
    assert.equal(findings('title-date', 'Foreign Minister Piotr Stanek stepped in.').length, 1);
    assert.deepEqual(findings('title-date', 'An aide of the late Piotr Stanek recalled how Foreign Minister Stanek worked.'), []);
    // A date of the sentence still governs.
    assert.equal(findings('title-date', 'In 2024, Foreign Minister Piotr Stanek quit the party.').length, 1);
  });

  it('flags "former" before a title first held after the date the text gives', () => {
    assertFinding('title-date', 'Former Foreign Minister Lena Marchetti spoke.', { message: /^Lena Marchetti has been Foreign Minister since 2023-07-01, only after 2022-05-01: not a former one then/ }, '2022-05-01');
    assert.deepEqual(findings('title-date', 'Former Foreign Minister Piotr Stanek spoke.', '2024-05-01'), []);
    // A guessed article date (the first date in the text) is not enough.
    assert.deepEqual(findings('title-date', 'The treaty dates from June 1, 2018. Former Foreign Minister Lena Marchetti spoke.', ''), []);
  });

  it('says when it rests on today\'s date for want of one in the text, and is then never fixable', () => {
    const [f] = undated('title-date', 'Foreign Minister Piotr Stanek spoke.', '2026-12-05');
    assert.match(f.message, /^Piotr Stanek was Foreign Minister 2019-05-01 to 2023-06-30, not on 2026-12-05 \(no date found: judged at today's date\); Lena Marchetti held it/);
    assert.equal(f.fixable, false);
    assert.equal(f.severity, 'error');
  });

  it('is an info when it rests on a year the text does not give (a weekday\'s, a year-less dateline\'s)', () => {
    // Archive copy without its date: "on Monday, May 4" fits 2026, 2020, 2015…; the latest is one
    // guess among several, so what rests on it is said but never counted as an error.
    const [byWeekday] = undated('title-date', 'Foreign Minister Piotr Stanek spoke on Monday, May 4.', '2026-12-05');
    assert.match(byWeekday.message, /not on 2026-05-04 \(year guessed from a weekday in the text\)/);
    assert.equal(byWeekday.severity, 'info');
    assert.equal(byWeekday.fixable, false);
    const [byDateline] = undated('title-date', 'WARSAW, May 4 (Wire) - Foreign Minister Piotr Stanek spoke.', '2026-12-05');
    assert.match(byDateline.message, /\(year guessed: the dateline has none\)/);
    assert.equal(byDateline.severity, 'info');
    // A dateline whose year the text gives is no guess.
    const [dated] = undated('title-date', 'WARSAW, May 4 (Wire) - Foreign Minister Piotr Stanek spoke. The talks of May 4, 2025 ended.', '2026-12-05');
    assert.equal(dated.severity, 'error');
  });

  it('takes a date its own weekday contradicts as one that may be about something else (the weekday rule says which is wrong)', () => {
    // Real copy: "on Tuesday (January 21, 2024)" for a meeting of 2025; judged in 2024 alone, the
    // minister would not yet have been in office, a second finding from one typo.
    const text = 'On Tuesday (January 20, 2021), Foreign Minister Lena Marchetti met the ministers.';
    assert.deepEqual(findings('title-date', text, '2025-03-01'), []);
    assert.equal(findings('weekday', text, '2025-03-01').length, 1);
    // The typo may be the weekday's: a title held at that date is no error either.
    assert.deepEqual(findings('title-date', 'On Monday (January 21, 2020), Foreign Minister Piotr Stanek met the ministers.', '2025-03-01'), []);
    // The same date with its right weekday governs.
    assert.equal(findings('title-date', 'On Wednesday (January 20, 2021), Foreign Minister Lena Marchetti met the ministers.', '2025-03-01').length, 1);
    // As the article date, such a date is a guess: what rests on it is an info.
    const [guess] = undated('title-date', 'On Tuesday (January 21, 2022), Foreign Minister Lena Marchetti met the ministers.', '2026-12-05');
    assert.equal(guess?.severity, 'info');
    assert.match(guess.message, /the date is in doubt: its weekday does not match/);
  });

  it('reads "Title X\'s tenure" as the time the title was held', () => {
    // Real copy: an envoy "who served during Prime Minister X's tenure", years after it ended.
    assert.deepEqual(findings('title-date', 'The envoy, who served during Foreign Minister Piotr Stanek\'s tenure, spoke.', '2025-03-01'), []);
    assert.deepEqual(findings('title-date', 'Under Foreign Minister Stanek\'s term the treaty was ratified.', '2025-03-01'), []);
    // Without a time word before it, "X's government" is of the sentence's own time.
    const [f] = findings('title-date', 'Foreign Minister Piotr Stanek\'s government announced tariffs.', '2025-03-01');
    assert.match(f.message, /not on 2025-03-01/);
    // The possessive alone is no period: "Foreign Minister Stanek's remarks" are of the article's time.
    assert.equal(findings('title-date', 'Foreign Minister Piotr Stanek\'s remarks drew applause.', '2025-03-01').length, 1);
  });

  it('leaves even a lone fix to a person when the date is a guess', () => {
    const lone = 'version: 1\noffices:\n  - id: ru-fm\n    title: Foreign Minister\npeople:\n  - name: Piotr Stanek\n    roles:\n      - office: ru-fm\n        from: 2019-05-01\n        to: 2023-06-30\n';
    const [guessed] = undated('title-date', 'Foreign Minister Piotr Stanek spoke.', '2026-12-05', lone);
    assert.equal(guessed.fixes.length, 1);
    assert.equal(guessed.fixable, false);
    const [dated] = findings('title-date', 'Foreign Minister Piotr Stanek spoke.', '2026-12-05', lone);
    assert.equal(dated.fixable, true);
  });

  it('does not call a date the sentence gives itself a guess', () => {
    const [f] = undated('title-date', 'In 2018, Foreign Minister Piotr Stanek spoke.', '2026-12-05');
    assert.doesNotMatch(f.message, /judged at today/);
  });

  describe('past the horizon of the table', () => {
    const table = TEST_TABLE.replace('version: 1\n', 'version: 1\nasOf: 2025-06-30\n');

    it('is an info that names the horizon, and not fixable, when the governing date is after it', () => {
      const [f] = findings('title-date', 'Foreign Minister Piotr Stanek spoke.', '2026-03-01', table);
      assert.equal(f.severity, 'info');
      assert.equal(f.fixable, false);
      assert.match(f.message, /^As of 2025-06-30, test\.facts\.yaml says Piotr Stanek was Foreign Minister 2019-05-01 to 2023-06-30, not on 2026-03-01/);
    });

    it('is judged as ever when the governing date is within it', () => {
      const [f] = findings('title-date', 'Foreign Minister Piotr Stanek spoke.', '2025-03-01', table);
      assert.equal(f.severity, 'error');
      assert.doesNotMatch(f.message, /As of/);
    });

    it('stays off when the rule is off', () => {
      const all = check('Foreign Minister Piotr Stanek spoke.', facts(table), { format: 'markdown', articleDate: '2026-03-01', today: '2026-12-05', rules: { 'title-date': 'off' } });
      assert.deepEqual(all.findings.filter((f) => f.rule === 'title-date'), []);
    });
  });
});
