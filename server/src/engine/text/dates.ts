/**
 * The date and weekday expressions of a text: "May 22, 2025", "22 May", "October 2025",
 * "2025-05-22", bare years and weekday names, found on tokens in one pass, and a date written
 * back the way an expression wrote it. The calendar itself is `../dates.ts`.
 */
import type { PartialDate } from '../facts/model';
import { daysInMonth, formatIso, isRealDay, MONTHS, WEEKDAYS, weekdayOf } from '../dates';
import { RANGE_LINKS } from '../rules/shared/words';
import { Tok, type Tokens } from './tokenize';

const MONTH_KEYS = new Map<string, number>();
MONTHS.forEach((name, k) => {
  MONTH_KEYS.set(name.toLowerCase(), k + 1);
  MONTH_KEYS.set(name.slice(0, 3).toLowerCase(), k + 1);
});
MONTH_KEYS.set('sept', 9);

const WEEKDAY_KEYS = new Map<string, number>();
WEEKDAYS.forEach((name, k) => WEEKDAY_KEYS.set(name.toLowerCase(), k));

/** How a date expression was written, so a fix can write the right date the same way. */
export type DateStyle = 'month-day' | 'day-month' | 'month-year' | 'month' | 'iso' | 'year';

/** A date written in the text. */
export interface DateExpr {
  /** First token index. */
  first: number;
  /** Last token index (inclusive). */
  last: number;
  /** Start offset. */
  start: number;
  /** End offset. */
  end: number;
  /** The date, with the year only when written. */
  date: PartialDate;
  /** Whether the year was written. */
  hasYear: boolean;
  /** How it was written. */
  style: DateStyle;
  /** The month token was abbreviated ("Feb"). */
  shortMonth: boolean;
  /** "last May", "next May": the year is the nearest one before or after the article date. */
  relative?: 'last' | 'next';
}

/** A weekday name in the text. */
export interface WeekdayExpr {
  /** Token index. */
  token: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  /** Start offset. */
  start: number;
  /** End offset. */
  end: number;
}

function dayToken(t: Tokens, k: number): number | undefined {
  if (k < 0 || k >= t.count) return undefined;
  // One or two digits, then nothing or an ordinal suffix ("5", "21st"): read by hand, as this runs on every token.
  const w = t.lower[k];
  const c0 = w.charCodeAt(0) - 48;
  if (!(c0 >= 0 && c0 <= 9)) return undefined;
  const c1 = w.charCodeAt(1) - 48;
  const digits = c1 >= 0 && c1 <= 9 ? 2 : 1;
  const rest = w.length - digits;
  if (rest !== 0 && !(rest === 2 && ORDINAL_SUFFIXES.has(w.slice(digits)))) return undefined;
  const d = digits === 2 ? c0 * 10 + c1 : c0;
  return d >= 1 && d <= 31 ? d : undefined;
}

const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);

function yearToken(t: Tokens, k: number): number | undefined {
  if (k < 0 || k >= t.count || (t.flags[k] & Tok.Digits) === 0 || t.lower[k].length !== 4) return undefined;
  const y = Number(t.lower[k]);
  return y >= 1800 && y <= 2199 ? y : undefined;
}

function monthToken(t: Tokens, k: number): number | undefined {
  if (k < 0 || k >= t.count || (t.flags[k] & Tok.Cap) === 0) return undefined;
  return MONTH_KEYS.get(t.lower[k]);
}

/** "Feb", "Sept": a month written short ("May", "June" and "July" are whole names). */
function isAbbreviation(word: string): boolean {
  return !MONTH_NAMES.has(word);
}

const MONTH_NAMES = new Set(MONTHS.map((m) => m.toLowerCase()));

/** Words after which a month name alone is a date ("in April", "during March"). */
const MONTH_INTRODUCERS = new Set(['in', 'during', 'since', 'until', 'till', 'early', 'late', 'mid', 'this', 'throughout', 'from', 'by', 'before', 'after']);

/** Gap that may stand inside a written date: spaces, a comma, or an abbreviation's period. */
function softGap(g: string): boolean {
  return g === ' ' || g === ',' || g === '.' || g === '.,';
}

/** Finds every date expression, in text order, without overlaps. */
export function findDates(t: Tokens): DateExpr[] {
  const out: DateExpr[] = [];
  for (let k = 0; k < t.count; k++) {
    const expr = dateAt(t, k);
    if (expr) {
      out.push(expr);
      k = expr.last;
    }
  }
  return out;
}

function make(t: Tokens, first: number, last: number, date: PartialDate, hasYear: boolean, style: DateStyle, shortMonth = false): DateExpr {
  return { first, last, start: t.start[first], end: t.baseEnd[last], date, hasYear, style, shortMonth };
}

function dateAt(t: Tokens, k: number): DateExpr | undefined {
  // ISO: 2025-05-22 or 2025-05.
  const y = yearToken(t, k);
  if (y !== undefined) {
    if (k + 1 < t.count && t.gap[k + 1] === '-' && /^\d{2}$/.test(t.lower[k + 1])) {
      const mo = Number(t.lower[k + 1]);
      if (mo >= 1 && mo <= 12) {
        if (k + 2 < t.count && t.gap[k + 2] === '-' && /^\d{2}$/.test(t.lower[k + 2])) {
          const d = Number(t.lower[k + 2]);
          if (isRealDay(y, mo, d)) return make(t, k, k + 2, { year: y, month: mo, day: d }, true, 'iso');
          return undefined;
        }
        return make(t, k, k + 1, { year: y, month: mo }, true, 'iso');
      }
    }
    return make(t, k, k, { year: y }, true, 'year');
  }
  const mo = monthToken(t, k);
  if (mo !== undefined) {
    const short = isAbbreviation(t.lower[k]);
    // "May" alone is a verb far too often: it must be followed by a day or a year.
    const g1 = k + 1 < t.count ? t.gap[k + 1] : '';
    if (softGap(g1) || g1 === '') {
      const d = g1 !== ',' ? dayToken(t, k + 1) : undefined;
      // Month Day [, Year]
      if (d !== undefined) return dayAndMonth(t, k, mo, d, k + 2 < t.count && (t.gap[k + 2] === ',' || t.gap[k + 2] === ' '), 'month-day', short);
      const yy = g1 === ' ' || g1 === ',' || g1 === '.' ? yearToken(t, k + 1) : undefined;
      if (yy !== undefined) return make(t, k, k + 1, { year: yy, month: mo }, true, 'month-year', short);
    }
    // A month alone only after a word that makes it a time: "in April", "last August".
    const prev = k > 0 && t.gap[k] === ' ' ? t.lower[k - 1] : '';
    if (MONTH_INTRODUCERS.has(prev) && t.lower[k] !== 'may' || prev === 'last' || prev === 'next') {
      const expr = make(t, k, k, { year: 0, month: mo }, false, 'month', short);
      if (prev === 'last' || prev === 'next') expr.relative = prev;
      return expr;
    }
    if (prev === 'in' && t.lower[k] === 'may' && (k + 1 >= t.count || t.gap[k + 1] !== ' ' || (t.flags[k + 1] & Tok.Alpha) === 0)) {
      // "in May," / "in May." but not "in May be".
      return make(t, k, k, { year: 0, month: mo }, false, 'month', short);
    }
    return undefined;
  }
  const d = dayToken(t, k);
  if (d !== undefined && k + 1 < t.count && t.gap[k + 1] === ' ') {
    const m2 = monthToken(t, k + 1);
    if (m2 !== undefined) return dayAndMonth(t, k, m2, d, k + 2 < t.count && softGap(t.gap[k + 2]), 'day-month', isAbbreviation(t.lower[k + 1]));
  }
  return undefined;
}

/**
 * A day and a month at tokens k and k + 1 (in either order), with the year at k + 2 when the gap
 * before it allows one: a written year makes it a real day or nothing; without a year the day
 * must fit the month in some year (a leap year for February 29).
 */
function dayAndMonth(t: Tokens, k: number, month: number, day: number, yearMayFollow: boolean, style: DateStyle, short: boolean): DateExpr | undefined {
  const year = yearMayFollow ? yearToken(t, k + 2) : undefined;
  if (year !== undefined) return isRealDay(year, month, day) ? make(t, k, k + 2, { year, month, day }, true, style, short) : undefined;
  const rangeYear = style === 'month-day' ? yearAfterDayRange(t, k + 2, day) : undefined;
  if (rangeYear !== undefined) return isRealDay(rangeYear, month, day) ? make(t, k, k + 1, { year: rangeYear, month, day }, true, style, short) : undefined;
  return day > daysInMonth(2000, month) ? undefined : make(t, k, k + 1, { year: 0, month, day }, false, style, short);
}

/**
 * The year written after a range of days of one month, "October 28-29, 2018" or "October 28 and
 * 29, 2018", from the token after the first day: the first day's year as well. The date stays
 * the first day alone, so the range is still read as one by the weekday checks.
 */
function yearAfterDayRange(t: Tokens, k: number, day: number): number | undefined {
  if (k >= t.count) return undefined;
  const end = t.gap[k] === '-' ? k : t.gap[k] === ' ' && RANGE_LINKS.has(t.lower[k]) && k + 1 < t.count && t.gap[k + 1] === ' ' ? k + 1 : -1;
  if (end < 0) return undefined;
  const last = dayToken(t, end);
  if (last === undefined || last <= day || end + 1 >= t.count || (t.gap[end + 1] !== ',' && t.gap[end + 1] !== ' ')) return undefined;
  return yearToken(t, end + 1);
}

/**
 * Whether a date is written right beside a weekday, as one day: "Friday, March 5", "Friday March
 * 5", "Friday (March 5)" before it, or "March 5 (Friday)", "March 5, Friday" after it.
 */
export function besideWeekday(t: Tokens, w: WeekdayExpr, d: DateExpr): boolean {
  const k = w.token;
  if (d.first === k + 1) return t.gap[k + 1] === ',' || t.gap[k + 1] === ' ' || t.gap[k + 1] === '(';
  if (d.last === k - 1) return t.gap[k] === ',' || t.gap[k] === '(';
  return false;
}

/**
 * Whether a weekday and the date beside it are one of a pair or a range ("Friday and Saturday,
 * Aug. 29 and 30", "Monday to Wednesday (March 9-11)"): each day then has its own weekday, which
 * these words do not pair, so they are left alone.
 */
export function inPairOrRange(t: Tokens, w: WeekdayExpr, d: DateExpr, isWeekday: (token: number) => boolean): boolean {
  const k = w.token;
  if ((k + 2 < t.count && RANGE_LINKS.has(t.lower[k + 1]) && isWeekday(k + 2)) || (k >= 2 && RANGE_LINKS.has(t.lower[k - 1]) && isWeekday(k - 2))) return true;
  if ((k + 1 < t.count && t.gap[k + 1] === '-' && isWeekday(k + 1)) || (k >= 1 && t.gap[k] === '-' && isWeekday(k - 1))) return true;
  const after = d.last + 1;
  return after < t.count && (t.gap[after] === '-' || (RANGE_LINKS.has(t.lower[after]) && after + 1 < t.count && /^\d{1,2}$/.test(t.lower[after + 1])));
}

/**
 * The dates with their own year written beside a weekday they do not fall on ("Tuesday (January
 * 21, 2024)", a Sunday), pairs and ranges aside: the date or the weekday is wrong (the `weekday`
 * rule says so), so such a date is in doubt wherever it would date something else.
 */
export function contradictedDates(t: Tokens, dates: readonly DateExpr[], weekdays: readonly WeekdayExpr[]): Set<DateExpr> {
  const out = new Set<DateExpr>();
  if (weekdays.length === 0) return out;
  const weekdayTokens = new Set(weekdays.map((w) => w.token));
  const isWeekday = (k: number) => weekdayTokens.has(k);
  const byFirst = new Map<number, DateExpr>();
  const byLast = new Map<number, DateExpr>();
  for (const d of dates) {
    byFirst.set(d.first, d);
    byLast.set(d.last, d);
  }
  for (const w of weekdays) {
    for (const d of [byFirst.get(w.token + 1), byLast.get(w.token - 1)]) {
      if (!d || !d.hasYear || d.date.month === undefined || d.date.day === undefined || !besideWeekday(t, w, d) || inPairOrRange(t, w, d, isWeekday)) continue;
      if (weekdayOf(d.date.year, d.date.month, d.date.day) !== w.weekday) out.add(d);
    }
  }
  return out;
}

/** Finds every capitalised weekday name ("Friday"). */
export function findWeekdays(t: Tokens): WeekdayExpr[] {
  const out: WeekdayExpr[] = [];
  for (let k = 0; k < t.count; k++) {
    if ((t.flags[k] & Tok.Cap) === 0) continue;
    const w = WEEKDAY_KEYS.get(t.lower[k]);
    if (w !== undefined) out.push({ token: k, weekday: w, start: t.start[k], end: t.baseEnd[k] });
  }
  return out;
}

/** Writes `date` in the style of `like` (used by fixes so the copy keeps its house style). */
export function formatLike(like: DateExpr, date: PartialDate): string {
  const monthName = (m: number) => (like.shortMonth ? MONTHS[m - 1].slice(0, 3) : MONTHS[m - 1]);
  switch (like.style) {
    case 'iso':
      return formatIso(date);
    case 'year':
      return String(date.year);
    case 'month-year':
      return date.month === undefined ? String(date.year) : `${monthName(date.month)} ${date.year}`;
    case 'month':
      return date.month === undefined ? String(date.year) : monthName(date.month);
    case 'month-day':
      if (date.month === undefined) return String(date.year);
      if (date.day === undefined) return `${monthName(date.month)} ${date.year}`;
      return like.hasYear ? `${monthName(date.month)} ${date.day}, ${date.year}` : `${monthName(date.month)} ${date.day}`;
    case 'day-month':
      if (date.month === undefined) return String(date.year);
      if (date.day === undefined) return `${monthName(date.month)} ${date.year}`;
      return like.hasYear ? `${date.day} ${monthName(date.month)} ${date.year}` : `${date.day} ${monthName(date.month)}`;
  }
}
