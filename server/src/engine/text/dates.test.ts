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
