import assert from 'node:assert/strict';
import { dateMessage, dateSpan, dayNumber, daysInMonth, formatIso, isIsoDay, parseDate } from './dates';

describe('dates', () => {
  it('reads a year, a month and a day', () => {
    assert.deepEqual(parseDate(2014), { year: 2014 });
    assert.deepEqual(parseDate('2014'), { year: 2014 });
    assert.deepEqual(parseDate('2019-09'), { year: 2019, month: 9 });
    assert.deepEqual(parseDate('2019-09-11'), { year: 2019, month: 9, day: 11 });
  });

  it('refuses dates that do not exist or are not in the accepted forms', () => {
    for (const bad of ['2025-02-30', '2025-13', '2025-00', '2025-04-31', 'May 2025', '25-01-01', '2019-9-11', '2019/09/11', 20140, 2014.5, 999, null, true]) {
      assert.equal(parseDate(bad), undefined, String(bad));
    }
  });

  it('knows leap years', () => {
    assert.deepEqual(parseDate('2000-02-29'), { year: 2000, month: 2, day: 29 });
    assert.equal(parseDate('1900-02-29'), undefined);
    assert.deepEqual(parseDate('2024-02-29'), { year: 2024, month: 2, day: 29 });
  });

  it('spans the whole period of a partial date', () => {
    assert.deepEqual(dateSpan({ year: 2021 }), [dayNumber(2021, 1, 1), dayNumber(2021, 12, 31)]);
    assert.deepEqual(dateSpan({ year: 2024, month: 2 }), [dayNumber(2024, 2, 1), dayNumber(2024, 2, 29)]);
    assert.deepEqual(dateSpan({ year: 2021, month: 5, day: 3 }), [dayNumber(2021, 5, 3), dayNumber(2021, 5, 3)]);
  });

  it('writes dates the way a table does', () => {
    assert.equal(formatIso({ year: 2014 }), '2014');
    assert.equal(formatIso({ year: 2019, month: 9 }), '2019-09');
    assert.equal(formatIso({ year: 2019, month: 9, day: 1 }), '2019-09-01');
  });

  it('suggests the nearest real date in its message', () => {
    assert.match(dateMessage('2025-02-30'), /\(e\.g\. 2025-02-28\)$/);
    assert.match(dateMessage('2025-13'), /\(e\.g\. 2025-12\)$/);
    assert.match(dateMessage('2019/9/11'), /\(e\.g\. 2019-09-11\)$/);
    assert.match(dateMessage('May 22, 2025'), /\(e\.g\. 2025-05-22\)$/);
    assert.match(dateMessage('22 May 2025'), /\(e\.g\. 2025-05-22\)$/);
    assert.match(dateMessage(25), /^25 is not a date factlint can read: write the date as YYYY, YYYY-MM or YYYY-MM-DD/);
  });

  it('takes a day written YYYY-MM-DD, and only a real one', () => {
    assert.equal(isIsoDay('2024-02-29'), true);
    for (const bad of ['2025-02-29', '2025-13-01', '2025-05', '2025', '2025-5-1', ' 2025-05-01', '2025-05-01T00:00']) assert.equal(isIsoDay(bad), false, bad);
  });

  it('counts days and month lengths as Date does, for every month of eight centuries and the odd cases', () => {
    const byDate = (y: number, m: number, d: number) => Math.floor(Date.UTC(y, m - 1, d) / 86400000);
    for (let y = 1600; y <= 2400; y++) {
      for (let m = 1; m <= 12; m++) {
        const length = new Date(Date.UTC(y, m, 0)).getUTCDate();
        assert.equal(daysInMonth(y, m), length, `${y}-${m}`);
        // The first and last day, and days before and past the month, which run on as Date.UTC's do.
        for (const d of [1, 15, length, 0, length + 1, 40]) assert.equal(dayNumber(y, m, d), byDate(y, m, d), `${y}-${m}-${d}`);
      }
    }
    // Years Date reads as 19xx, a month out of range, a fraction: the same answers as Date.
    for (const [y, m, d] of [[0, 2, 29], [99, 12, 31], [2025, 13, 1], [2025, 0, 1], [2025.5, 1, 1], [-44, 3, 15]]) {
      assert.equal(dayNumber(y, m, d), byDate(y, m, d), `${y}-${m}-${d}`);
    }
    assert.equal(daysInMonth(0, 2), new Date(Date.UTC(0, 2, 0)).getUTCDate());
    assert.equal(dayNumber(1970, 1, 1), 0);
    assert.equal(dayNumber(2000, 2, 29), 11016);
  });
});
