import assert from 'node:assert/strict';
import { dateMessage, earliestDay, formatDate, latestDay, parseDate } from './dates';

describe('facts dates', () => {
  it('reads a year, a month and a day', () => {
    assert.deepEqual(parseDate(2014), { year: 2014 });
    assert.deepEqual(parseDate('2014'), { year: 2014 });
    assert.deepEqual(parseDate('2019-09'), { year: 2019, month: 9 });
    assert.deepEqual(parseDate('2019-09-11'), { year: 2019, month: 9, day: 11 });
  });

  it('refuses dates that do not exist or are not in the accepted forms', () => {
    for (const bad of ['2025-02-30', '2025-13', '2025-00', '2025-04-31', 'May 2025', '25-01-01', '2019-9-11', '2019/09/11', 20140, 2014.5, 999, null, true]) {
      assert.equal(parseDate(bad), null, String(bad));
    }
  });

  it('knows leap years', () => {
    assert.deepEqual(parseDate('2000-02-29'), { year: 2000, month: 2, day: 29 });
    assert.equal(parseDate('1900-02-29'), null);
    assert.deepEqual(parseDate('2024-02-29'), { year: 2024, month: 2, day: 29 });
  });

  it('spans the whole period of a partial date', () => {
    assert.equal(earliestDay({ year: 2021 }), 20210101);
    assert.equal(latestDay({ year: 2021 }), 20211231);
    assert.equal(latestDay({ year: 2024, month: 2 }), 20240229);
    assert.equal(latestDay({ year: 2021, month: 5, day: 3 }), 20210503);
  });

  it('writes dates the way a table does', () => {
    assert.equal(formatDate({ year: 2014 }), '2014');
    assert.equal(formatDate({ year: 2019, month: 9 }), '2019-09');
    assert.equal(formatDate({ year: 2019, month: 9, day: 1 }), '2019-09-01');
  });

  it('suggests the nearest real date in its message', () => {
    assert.match(dateMessage('2025-02-30'), /\(e\.g\. 2025-02-28\)$/);
    assert.match(dateMessage('2025-13'), /\(e\.g\. 2025-12\)$/);
    assert.match(dateMessage('2019/9/11'), /\(e\.g\. 2019-09-11\)$/);
    assert.match(dateMessage('May 22, 2025'), /\(e\.g\. 2025-05-22\)$/);
    assert.match(dateMessage('22 May 2025'), /\(e\.g\. 2025-05-22\)$/);
    assert.match(dateMessage(25), /^25 is not a date factlint can read: write the date as YYYY, YYYY-MM or YYYY-MM-DD/);
  });
});
