import assert from 'node:assert/strict';
import { assertFinding, findings, undated } from './testing';

describe('rule weekday', () => {
  it('is an info when the year is a guess the text does not settle (a year-less dateline\'s)', () => {
    // The two weekdays agree on no one year, so the dateline's is the latest May 4: a guess.
    const [f] = undated('weekday', 'WARSAW, May 4 (Wire) - Talks resume on Tuesday, May 6. A vote follows on Tuesday, May 14.', '2026-12-05');
    assert.match(f.message, /year guessed: the dateline has none/);
    assert.equal(f.severity, 'info');
    assert.equal(undated('weekday', 'The talks of May 4, 2026 go on until Tuesday, May 6.', '2026-12-05')[0].severity, 'error');
  });

  it('flags a weekday next to a full date', () => {
    const f = assertFinding('weekday', 'On Friday, March 5, 2026, the council met.', {
      flagged: 'Friday',
      message: /^March 5, 2026 is a Thursday, not a Friday — calendar$/,
      fixed: 'On Thursday, March 5, 2026, the council met.',
    });
    assert.equal(f.fact, null);
  });

  it('flags a weekday in brackets after a date without a year, using the article year', () => {
    const [f] = findings('weekday', 'The vote on March 19 (Friday) passed.', '2022-03-25');
    assert.equal(f.fixes[0].edits[0].text, 'Saturday');
    assert.match(f.message, /year 2022, from the article date/);
  });

  it('flags a weekday in the same sentence as an "on" date', () => {
    const [f] = findings('weekday', 'On March 6, the minister on Thursday met envoys.', '2026-03-10');
    assert.equal(f.fixes[0].edits[0].text, 'Friday');
  });

  it('allows right weekdays and unrelated ones', () => {
    assert.deepEqual(findings('weekday', 'On Friday, March 6, 2026, the council met.'), []);
    assert.deepEqual(findings('weekday', 'On Monday the minister recalled the floods of March 6, 2026.'), []);
    assert.deepEqual(findings('weekday', 'On March 6 and March 7 the minister met envoys on Monday.'), []);
  });

  it('ignores a date inside the sentence that may be another event\'s, and a wire dateline', () => {
    assert.deepEqual(findings('weekday', 'Brell, who arrived on March 5, will travel to Strelsau on Saturday.', '2026-03-07'), []);
    assert.deepEqual(findings('weekday', 'STRELSAU, March 7, 2026 (Reuters) The minister on Friday met envoys.'), []);
  });

  it('pairs an "On <date>," that opens the sentence after a dateline', () => {
    const [f] = findings('weekday', '**STRELSAU** — On February 24, the minister on Wednesday met envoys.', '2026-03-01');
    assert.equal(f.fixes[0].edits[0].text, 'Tuesday');
  });

  it('takes a year-less date\'s year from the sentence when it names one', () => {
    assert.deepEqual(findings('weekday', 'In 2022, the minister arrived on Saturday (March 19).', '2026-03-08'), []);
    assert.deepEqual(findings('weekday', 'The council met on Tuesday, October 21 last year.', '2026-02-20'), []);
    const [f] = findings('weekday', 'In 2022, the minister arrived on Friday (March 19).', '2026-03-08');
    assert.match(f.message, /^March 19 \(year 2022, from the sentence\) is a Saturday, not a Friday/);
  });

  it('allows the neighbouring year for a date within half a year of the article date', () => {
    assert.deepEqual(findings('weekday', 'On Monday, December 29, the minister spoke.', '2026-01-02'), []);
    assert.equal(findings('weekday', 'On Sunday, December 29, the minister spoke.', '2026-01-02').length, 1);
  });

  it('leaves weekday pairs and ranges alone', () => {
    assert.deepEqual(findings('weekday', 'Talks ran on Friday and Saturday, Aug. 29 and 30, 2025.'), []);
    assert.deepEqual(findings('weekday', 'Talks run from Monday to Wednesday (March 9-11).', '2026-03-01'), []);
  });

  it('does not pair an opening date with a weekday of another event', () => {
    assert.deepEqual(findings('weekday', 'On March 6, the spokesman said the envoy would leave on Saturday.', '2026-03-07'), []);
    assert.deepEqual(findings('weekday', 'On March 9, the delegation, which arrived on Sunday, met the minister.', '2026-03-10'), []);
  });

  it('offers the weekday of the date and the nearest date with the written weekday, applying neither alone', () => {
    const [f] = findings('weekday', 'On Friday, March 5, 2026, the council met.');
    assert.deepEqual(
      f.fixes.map((x) => x.edits[0].text),
      ['Thursday', 'March 6, 2026'],
    );
    assert.equal(f.fixable, false);
  });

  it('keeps the written month style in the date fix', () => {
    const [f] = findings('weekday', 'The council met on Monday, Feb. 24, 2026.');
    assert.equal(f.fixes[1].edits[0].text, 'Feb. 23, 2026');
  });

  it('lets --fix mend the weekday when the text writes the same day again with the right weekday', () => {
    const text = 'The summit opens on Friday, March 5, 2026.\n\nDelegates arrive on Thursday, March 5.';
    const [f] = findings('weekday', text, '2026-03-01');
    assert.equal(f.fixable, true);
    assert.equal(f.fixes[0].edits[0].text, 'Thursday');
  });

  it('lets --fix mend the date when the text writes the nearest day with the written weekday again', () => {
    const text = 'The summit opens on Friday, March 5, 2026.\n\nThe summit of March 6, 2026 will be the first.';
    const [f] = findings('weekday', text, '2026-03-01');
    assert.equal(f.fixable, true);
    assert.equal(f.fixes[0].edits[0].text, 'March 6, 2026');
  });

  it('never lets --fix choose for a date whose year is the article date\'s', () => {
    const text = 'The vote on Friday, March 19 passed.\n\nOn Saturday, March 19 the count ended.';
    const [f] = findings('weekday', text, '2022-03-25');
    assert.equal(f.fixable, false);
  });

  it('says when the year comes from a guessed article date', () => {
    // Two days with weekdays that point at different years (2021, 2020) leave the year to today's.
    const t = 'The vote on Friday, March 19 passed. The count on Friday, March 20 followed.';
    const [f] = undated('weekday', t, '2022-03-25');
    assert.match(f.message, /^March 19 \(year 2022, from the article date; no date found: judged at today's date\) is a Saturday/);
    assert.equal(f.fixable, false);
  });
});
