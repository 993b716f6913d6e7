import assert from 'node:assert/strict';
import { findDates, type DateExpr } from './dates';
import { tokenize } from './tokenize';

function dates(text: string): { text: string; date: DateExpr['date']; style: string; short: boolean }[] {
  return findDates(tokenize(text)).map((d) => ({ text: text.slice(d.start, d.end), date: d.date, style: d.style, short: d.shortMonth }));
}

describe('dates in text', () => {
  it('reads a day of one or two digits, with or without an ordinal suffix, before or after the month', () => {
    assert.deepEqual(dates('On 5 May 2025 and on 21st May 2025, then May 3rd, 2024 and 09 June.'), [
      { text: '5 May 2025', date: { year: 2025, month: 5, day: 5 }, style: 'day-month', short: false },
      { text: '21st May 2025', date: { year: 2025, month: 5, day: 21 }, style: 'day-month', short: false },
      { text: 'May 3rd, 2024', date: { year: 2024, month: 5, day: 3 }, style: 'month-day', short: false },
      { text: '09 June', date: { year: 0, month: 6, day: 9 }, style: 'day-month', short: false },
    ]);
  });

  it('takes no day from three digits, a zero day, a day past 31, or a suffix that is not ordinal', () => {
    assert.deepEqual(dates('Rooms 123 May, 0 May, 32 May and 5xy May stay words.'), []);
    assert.deepEqual(dates('Rooms 12ab May stay words.'), []);
  });

  it('gives the first day of a range in one month the year written after its last day', () => {
    assert.deepEqual(dates('He visited on October 28-29, 2018, and on May 5 to 7 2019; then on June 3 and 4.'), [
      { text: 'October 28', date: { year: 2018, month: 10, day: 28 }, style: 'month-day', short: false },
      { text: '2018', date: { year: 2018 }, style: 'year', short: false },
      { text: 'May 5', date: { year: 2019, month: 5, day: 5 }, style: 'month-day', short: false },
      { text: '2019', date: { year: 2019 }, style: 'year', short: false },
      { text: 'June 3', date: { year: 0, month: 6, day: 3 }, style: 'month-day', short: false },
    ]);
    // Not a range: a later day that is not larger, or a number that is no day.
    assert.deepEqual(
      dates('On October 28-12, 2018 and October 28-300, 2018.').map((d) => [d.text, d.date.year]),
      [
        ['October 28', 0],
        ['2018', 2018],
        ['October 28', 0],
        ['2018', 2018],
      ],
    );
  });

  it('marks a month written short, and not May, June or July written whole', () => {
    assert.deepEqual(
      dates('Sept 5, 2024 and Feb 2, 2023 and June 4, 2022').map((d) => [d.text, d.short]),
      [
        ['Sept 5, 2024', true],
        ['Feb 2, 2023', true],
        ['June 4, 2022', false],
      ],
    );
  });

});
