import assert from 'node:assert/strict';
import { findArticleDate } from './articleDate';
import { findDates, findWeekdays } from './text/dates';
import { splitSentences } from './text/sentences';
import { tokenize } from './text/tokenize';

function articleDate(text: string, option?: string): string {
  const t = tokenize(text);
  const a = findArticleDate(text, t, splitSentences(text, t), findDates(t), findWeekdays(t), option, '2026-11-21');
  const d = a.date;
  return `${a.source} ${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

describe('the article date (docs/contract.md §3)', () => {
  it('takes the option first', () => {
    assert.equal(articleDate('---\ndate: 2025-01-01\n---\nOn May 22, 2025, x.', '2024-02-02'), 'option 2024-02-02');
  });

  it('then a front-matter date, quoted or not, with or without a time', () => {
    assert.equal(articleDate('---\ntitle: x\ndate: "2025-01-01T10:00:00Z"\n---\nOn May 22, 2025, x.'), 'front-matter 2025-01-01');
  });

  it('then a first line "date YYYY-MM-DD", even with text after it', () => {
    assert.equal(articleDate(' date 2026-03-06 New Delhi, March 6 (IANS) Foreign Secretary met.'), 'date-line 2026-03-06');
  });

  it('reads the year that closes a dateline range, and never makes a day that does not exist', () => {
    // Found by the fuzz suite: the range's own year was not read, and February 29 got today's year.
    assert.equal(articleDate('JAPAN, February 29-30, 2024 (Reuters) - \n\nShinzo Abe spoke.'), 'dateline 2024-02-29');
    assert.equal(articleDate('TOKYO, February 29 (Reuters) - Shinzo Abe spoke.'), 'dateline 2024-02-29');
    // A written year without that day is no date to trust: the next evidence decides.
    assert.equal(articleDate('JAPAN, February 29-30, 2023 (Reuters) - \n\nShinzo Abe spoke.'), 'today 2026-11-21');
  });

  it('takes a full date beside a weekday it does not fall on only as a guess, after any date not in doubt', () => {
    // January 21, 2024 was a Sunday: the copy meant another year or another day.
    const guessed = (text: string) => {
      const t = tokenize(text);
      return findArticleDate(text, t, splitSentences(text, t), findDates(t), findWeekdays(t), undefined, '2026-11-21').guessed;
    };
    const alone = 'The ministers met on Tuesday (January 21, 2024) in the capital.';
    assert.equal(articleDate(alone), 'first-date 2024-01-21');
    assert.equal(guessed(alone), true);
    assert.equal(articleDate('The ministers met on Tuesday (January 21, 2024); on March 3, 2024, they met again.'), 'first-date 2024-03-03');
    const right = 'The ministers met on Sunday (January 21, 2024) in the capital.';
    assert.equal(articleDate(right), 'first-date 2024-01-21');
    assert.equal(guessed(right), false);
    assert.equal(articleDate('The ministers met on January 21, 2024, Sunday, in the capital.'), 'first-date 2024-01-21');
    // A dateline in doubt still outranks a date of the body.
    const dateline = 'WASHINGTON, Tuesday, January 21, 2022 — The ministers met. Talks had begun on March 3, 2019.';
    assert.equal(articleDate(dateline), 'dateline 2022-01-21');
    assert.equal(guessed(dateline), true);
    // Days of a range each have their own weekday: nothing is in doubt.
    assert.equal(guessed('They met from Monday to Wednesday, January 20, 2025 to January 22, 2025.'), false);
  });

  it('then a dateline with a full date over an earlier date in the text', () => {
    assert.equal(articleDate('Back in 2014 things differed.\n\nTOKYO, May 22, 2025 — The minister met.'), 'dateline 2025-05-22');
  });

  it('reads a front-matter date written in words, and TOML front matter', () => {
    assert.equal(articleDate('---\ndate: March 6, 2026\n---\nOn September 1, 2014, x.'), 'front-matter 2026-03-06');
    assert.equal(articleDate('+++\ndate = 2026-03-06\n+++\nOn September 1, 2014, x.'), 'front-matter 2026-03-06');
  });

  it('dates a wire dateline without a year by the latest such day up to today, before a body date', () => {
    assert.equal(articleDate('TOKYO, Feb. 24 (Reuters) - The minister, in post since Oct. 21, 2025, spoke.'), 'dateline 2026-02-24');
    assert.equal(articleDate('TOKYO, Dec. 24 (Reuters) - The minister spoke.'), 'dateline 2025-12-24');
  });

  it('reads a wire dateline with the country in brackets, a colon after the date, or a place with a slash', () => {
    assert.equal(articleDate('Osaka [Japan], July 14 (ANI): The envoy met officials. He was named on July 1, 2025.'), 'dateline 2026-07-14');
    assert.equal(articleDate('Chennai, Mar 03: The envoy met officials.'), 'dateline 2026-03-03');
    assert.equal(articleDate('LONDON/PARIS, June 2 (Reuters) - The envoys met.'), 'dateline 2026-06-02');
  });

  it('gives a dateline without a year the year the text writes with that same day', () => {
    assert.equal(articleDate('Chennai, Mar 03: The envoy arrived. The talks of March 3, 2023 went well.'), 'dateline 2023-03-03');
  });

  it('else the year that closes a date in the dateline sentence, such as the end of a range', () => {
    assert.equal(articleDate('Chennai, Feb 08: The envoy visited the port from February 07 to 08, 2024, for talks.'), 'dateline 2024-02-08');
  });

  it('takes no year from a bare year, a date of another month, or two dates that disagree', () => {
    assert.equal(articleDate('Chennai, Feb 08: The port, opened in 2014, hosted the envoy.'), 'dateline 2026-02-08');
    assert.equal(articleDate('Chennai, Feb 08: Trade rose from May 5, 2019 to June 6, 2023, the envoy said.'), 'dateline 2026-02-08');
    assert.equal(articleDate('Chennai, Feb 08: Talks set for February 10, 2024 follow those of February 2, 2023.'), 'dateline 2026-02-08');
  });

  it('prefers a byline stamped with a time to a date printed alone above it', () => {
    assert.equal(articleDate('Saturday, October 5, 2024\n\nNews Desk AGENCY, 01 Sep, 2014 07:36 AM\n\nThe minister spoke.'), 'dateline 2014-09-01');
    assert.equal(articleDate('Saturday, October 5, 2024\n\nNews Desk AGENCY, 01 Sep, 2014\n\nThe minister spoke.'), 'dateline 2024-10-05');
  });

  it('reads a year-less dateline that stands as a paragraph of its own', () => {
    assert.equal(articleDate('News Desk\n\nNew Delhi, March 4\n\nThe envoy will visit from March 8 to 11, 2023.'), 'dateline 2023-03-04');
    // Inside a sentence the same words are no dateline.
    assert.equal(articleDate('Talks in New Delhi, March 4 and later went well.'), 'today 2026-11-21');
  });

  it('takes the year a day written with its weekday fell on that weekday, when nothing else dates the text', () => {
    // 20 March was a Monday in 2023, and in no year since up to the test's today (2026-11-21).
    assert.equal(articleDate('Prime Minister Okafor on Monday, March 20, gave a lecture.'), 'weekday 2023-03-20');
    assert.equal(articleDate('The tour runs from Wednesday (March 8) until Saturday.'), 'weekday 2023-03-08');
    // Two such days that disagree on the year give no year at all.
    assert.equal(articleDate('On Monday, March 20, and on Monday, March 21, they met.'), 'today 2026-11-21');
    // A dateline without a year takes it too.
    assert.equal(articleDate('Chennai, Mar 20: The envoy spoke on Monday, March 20.'), 'dateline 2023-03-20');
  });

  it('reads the year of a range with a dash', () => {
    assert.equal(articleDate('Chennai, Feb 08 (PTI): The envoy was in the port on February 07-08, 2024.'), 'dateline 2024-02-08');
  });

  it('then the first full date, then today', () => {
    assert.equal(articleDate('The visit on May 22, 2025 and on June 1, 2025.'), 'first-date 2025-05-22');
    assert.equal(articleDate('No date at all, only 2025 and May.'), 'today 2026-11-21');
  });

  it('marks today, and a dateline year that nothing in the text gives, as guessed', () => {
    const guessed = (text: string) => {
      const t = tokenize(text);
      return findArticleDate(text, t, splitSentences(text, t), findDates(t), findWeekdays(t), undefined, '2026-11-21').guessed;
    };
    assert.equal(guessed('No date at all.'), true);
    assert.equal(guessed('TOKYO, Feb. 24 (Reuters) - The minister spoke.'), true);
    assert.equal(guessed('Chennai, Mar 03: The envoy arrived. The talks of March 3, 2023 went well.'), false);
    assert.equal(guessed('TOKYO, May 22, 2025 — The minister met.'), false);
    assert.equal(guessed('The visit on May 22, 2025.'), false);
  });
});

describe('findDates', () => {
  const shapes = (text: string) => findDates(tokenize(text)).map((d) => `${d.style}:${text.slice(d.start, d.end)}`);

  it('finds the shapes newsrooms write', () => {
    assert.deepEqual(shapes('May 22, 2025; 22 May 2025; Feb. 24; March 2023; 2025-05-22; 2025-05; in 2000'), [
      'month-day:May 22, 2025',
      'day-month:22 May 2025',
      'month-day:Feb. 24',
      'month-year:March 2023',
      'iso:2025-05-22',
      'iso:2025-05',
      'year:2000',
    ]);
  });

  it('reads a month alone only after a word that makes it a time, and never the verb "may"', () => {
    assert.deepEqual(shapes('In April they met; last August too. They may meet. It may be May.'), ['month:April', 'month:August']);
  });

  it('rejects impossible days', () => {
    assert.deepEqual(shapes('On February 30 and 2025-02-30'), []);
  });
});
