/**
 * The article date (docs/contract.md §3, step 2): the option, else a front-matter `date:`,
 * else a first line `date YYYY-MM-DD`, else a dateline with a full date, else the
 * first full date of the text, else today.
 */
import type { PartialDate } from './facts/model';
import type { DateExpr, WeekdayExpr } from './text/dates';
import { isRealDay, parseIsoDate, weekdayOf } from './dates';
import { contradictedDates, findDates } from './text/dates';
import type { Sentence } from './text/sentences';
import { PARAGRAPH_GAP, Tok, tokenize, type Tokens } from './text/tokenize';

/** Where the article date came from. */
export type ArticleDateSource = 'option' | 'front-matter' | 'date-line' | 'dateline' | 'first-date' | 'weekday' | 'today';

/** Where an article date came from, in words for a log line or a hover (docs/contract.md §3's steps). */
export const ARTICLE_DATE_ORIGINS: Readonly<Record<ArticleDateSource, string>> = {
  option: 'the articleDate setting, --date or .factlint.yaml',
  'front-matter': 'front matter',
  'date-line': 'a first line "date …"',
  dateline: 'a dateline',
  'first-date': 'the first full date in the text',
  weekday: 'a day written with its weekday',
  today: "no date found: today's date",
};

/** The article date and where it was found. */
export interface ArticleDate {
  /** A full date. */
  date: PartialDate;
  /** Where it came from. */
  source: ArticleDateSource;
  /**
   * Whether the date, or its year, is a guess: today's date, or the year of a dateline that
   * nothing in the text gives. A time-dependent finding that rests on it is never fixable.
   */
  guessed: boolean;
  /** Set when the date is written beside a weekday it does not fall on: then it is a guess too. */
  doubted?: boolean;
}

const FRONT_MATTER = /^(?:---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)|\+\+\+[ \t]*\r?\n([\s\S]*?)\r?\n\+\+\+)[ \t]*(?:\r?\n|$)/;
/** `date:` (YAML) or `date =` (TOML), with an ISO date or a written one ("March 6, 2026", "6 March 2026"). */
const FM_DATE = /^date[ \t]*[:=][ \t]*["']?([^"'\r\n#]+)/m;
const DATE_LINE = /^[ \t]*date:?[ \t]+(\d{4}-\d{2}-\d{2})\b/i;

/** Finds the article date of a text. */
export function findArticleDate(text: string, t: Tokens, sentences: Sentence[], dates: DateExpr[], weekdays: WeekdayExpr[], option: string | undefined, today: string): ArticleDate {
  const forced = option ? parseIsoDate(option) : undefined;
  if (forced?.day !== undefined) return { date: forced, source: 'option', guessed: false };
  const fm = FRONT_MATTER.exec(text);
  if (fm) {
    const d = FM_DATE.exec(fm[1] ?? fm[2]);
    const parsed = d ? frontMatterDate(d[1].trim()) : undefined;
    if (parsed?.day !== undefined) return { date: parsed, source: 'front-matter', guessed: false };
  }
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  const dl = DATE_LINE.exec(firstLine);
  const lineDate = dl ? parseIsoDate(dl[1]) : undefined;
  if (lineDate?.day !== undefined) return { date: lineDate, source: 'date-line', guessed: false };
  const full = dates.filter((d) => d.hasYear && d.date.day !== undefined);
  // A date beside a weekday it does not fall on ("Tuesday (January 21, 2024)", a Sunday) has a
  // typo in one of the two: taken all the same, it is a guess.
  const doubtful = contradictedDates(t, full, weekdays);
  const taken = (d: DateExpr, source: ArticleDateSource): ArticleDate => (doubtful.has(d) ? { date: d.date, source, guessed: true, doubted: true } : { date: d.date, source, guessed: false });
  // A byline's stamp ("IANS, 01 Sep, 2014 07:36 AM") dates the story; a date alone at the top
  // of a page may be the day the page was printed.
  const datelines = full.filter((d) => isDateline(t, sentences, d));
  const stamped = datelines.find((d) => d.last + 2 < t.count && (t.flags[d.last + 1] & Tok.Digits) !== 0 && t.lower[d.last + 1].length <= 2 && t.gap[d.last + 2] === ':' && (t.flags[d.last + 2] & Tok.Digits) !== 0);
  // A dateline outranks the body's dates even in doubt; one in doubt yields to one that is not.
  const sound = (list: DateExpr[]) => list.find((d) => !doubtful.has(d)) ?? list[0];
  const dateline = stamped && !doubtful.has(stamped) ? stamped : (sound(datelines) ?? stamped);
  if (dateline) return taken(dateline, 'dateline');
  const now = parseIsoDate(today);
  const byWeekday = now ? weekdayYear(t, dates, weekdays, now) : undefined;
  // A wire dateline without its year ("TOKYO, Feb. 24 (Reuters) -", "New Delhi, Feb 08:") dates
  // the story better than whatever full date the body mentions first. Its year is the one the
  // text writes with that same day, else the year of a date of that month in the dateline's own
  // sentence ("… from February 7 to 8, 2024"), else the year its weekdays give, else the latest
  // such day not after today.
  for (const d of dates) {
    if (d.hasYear || d.date.day === undefined || !now || !isDateline(t, sentences, d)) continue;
    const after = d.last + 1 < t.count ? t.gap[d.last + 1] : '';
    // "New Delhi, March 4" as a paragraph of its own, as newspapers print it above the story.
    if (!DATELINE_END.test(after) && after !== PARAGRAPH_GAP) continue;
    const month = d.date.month ?? 1;
    // "February 29-30, 2024 (Reuters)": the year that closes the dateline's own range is its year.
    const written = dates.find((o) => o.hasYear && o.date.month === month && o.date.day === d.date.day)?.date.year ?? yearInSentence(sentences, dates, d);
    let year = written ?? byWeekday?.year ?? (month < (now.month ?? 12) || (month === now.month && d.date.day <= (now.day ?? 31)) ? now.year : now.year - 1);
    if (!isRealDay(year, month, d.date.day)) {
      // A written year without that day (February 29 of a common year) is no dateline to trust;
      // a guessed one becomes the latest year before it that has the day.
      if (written !== undefined) continue;
      while (!isRealDay(year, month, d.date.day) && year > now.year - 8) year--;
      if (!isRealDay(year, month, d.date.day)) continue;
    }
    return { date: { year, month, day: d.date.day }, source: 'dateline', guessed: written === undefined };
  }
  if (full.length > 0) return taken(sound(full), 'first-date');
  // "on Monday, March 20" with no year anywhere: the latest year in which that day was a Monday.
  if (byWeekday) return { date: { year: byWeekday.year, month: byWeekday.first.month, day: byWeekday.first.day }, source: 'weekday', guessed: true };
  return { date: parseIsoDate(today) ?? { year: 1970, month: 1, day: 1 }, source: 'today', guessed: true };
}

/** A front-matter date: ISO (with a time after it, or not) or written in words. */
function frontMatterDate(value: string): PartialDate | undefined {
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(value);
  if (iso) return parseIsoDate(iso[1]);
  const words = findDates(tokenize(value)).find((d) => d.hasYear && d.date.day !== undefined);
  return words?.date;
}

/** What follows a dateline's date without a year: a wire's "(ANI)", a dash, or a colon. */
const DATELINE_END = /^\s*[(:\-\u2013\u2014]/;

/**
 * "NEW DELHI, May 22, 2025 —", "Tokyo [Japan], August 29 (ANI):": a date after a few capitalised
 * place words (a bracketed country among them) and a comma, at the start of a paragraph.
 */
function isDateline(t: Tokens, sentences: Sentence[], d: DateExpr): boolean {
  const s = sentenceOf(sentences, d.first);
  if (!s || !s.paragraphStart) return false;
  if (d.first === s.first) return true;
  if (d.first - s.first > 4 || !/^[\])]?,/.test(t.gap[d.first])) return false;
  for (let k = s.first; k < d.first; k++) if ((t.flags[k] & Tok.Cap) === 0) return false;
  return true;
}

/** The sentence that holds token k (sentences are in text order). */
function sentenceOf(sentences: Sentence[], k: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (k < s.first) hi = mid - 1;
    else if (k > s.last) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/**
 * The year of a date in the dateline's own sentence (or, for a dateline alone, the next one) that
 * falls in the dateline's month: a full date ("February 7, 2024", or "from February 7 to 8, 2024",
 * whose first day findDates gives the year that closes the range).
 * Undefined when there is none, or when two such dates disagree. A date of another month ("in
 * post since Oct. 21, 2025") is no evidence of the story's year.
 */
function yearInSentence(sentences: Sentence[], dates: DateExpr[], d: DateExpr): number | undefined {
  const s = sentenceOf(sentences, d.first);
  if (!s) return undefined;
  // A dateline that stands alone ("New Delhi, March 4" above the story) has its lede for a sentence.
  const last = s.last === d.last ? (sentenceOf(sentences, d.last + 1)?.last ?? s.last) : s.last;
  const years = new Set<number>();
  for (const o of dates) {
    if (o === d || o.first < s.first || o.first > last || o.date.month !== d.date.month) continue;
    if (o.hasYear) years.add(o.date.year);
  }
  return years.size === 1 ? [...years][0] : undefined;
}

/** A day and month without a year written with its weekday: "Monday, March 20", "Wednesday (March 8)", "Friday 8 March". */
interface WeekdayPair {
  month: number;
  day: number;
  weekday: number;
}

function weekdayPairs(t: Tokens, dates: DateExpr[], weekdays: WeekdayExpr[]): WeekdayPair[] {
  const out: WeekdayPair[] = [];
  if (weekdays.length === 0) return out;
  const byToken = new Map(weekdays.map((w) => [w.token, w.weekday]));
  for (const d of dates) {
    if (d.hasYear || d.date.day === undefined || d.date.month === undefined) continue;
    const w = byToken.get(d.first - 1);
    if (w !== undefined && /^[ ,(]*$/.test(t.gap[d.first])) out.push({ month: d.date.month, day: d.date.day, weekday: w });
  }
  return out;
}

/** How far back a weekday is looked for: the days of a year-less date recur in every weekday within this many years. */
const WEEKDAY_YEARS = 11;

/**
 * The year that the text's year-less dates with weekdays agree on: for each, the latest year,
 * not after today, in which the day fell on that weekday. Undefined when there is none, or when
 * they disagree. A guess, but a better one than today's year.
 */
function weekdayYear(t: Tokens, dates: DateExpr[], weekdays: WeekdayExpr[], now: PartialDate): { year: number; first: WeekdayPair } | undefined {
  const today = [now.year, now.month ?? 12, now.day ?? 31];
  const pairs = weekdayPairs(t, dates, weekdays);
  let found: number | undefined;
  for (const p of pairs) {
    let year: number | undefined;
    for (let y = now.year; y > now.year - WEEKDAY_YEARS && year === undefined; y--) {
      const notAfterToday = y < today[0] || p.month < today[1] || (p.month === today[1] && p.day <= today[2]);
      if (notAfterToday && isRealDay(y, p.month, p.day) && weekdayOf(y, p.month, p.day) === p.weekday) year = y;
    }
    if (year === undefined || (found !== undefined && found !== year)) return undefined;
    found = year;
  }
  return found === undefined ? undefined : { year: found, first: pairs[0] };
}
