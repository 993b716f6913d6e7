/**
 * Dates, in one place: the calendar (day numbers, month lengths, weekdays), partial dates
 * (YYYY, YYYY-MM, YYYY-MM-DD) read, written and spanned, and when a role was held given dates
 * of that precision. Finding dates written in a text is `text/dates.ts`'s job; this module knows
 * nothing of text.
 *
 * The calendar is proleptic Gregorian in whole-number arithmetic, with JavaScript's `Date` in
 * UTC for the odd cases; a role's dates are judged conservatively: a partial date stands for a
 * span of days, a role is "possibly held" on any day it might cover and "certainly held" only on
 * days it must cover. Findings rest on "not even possibly held", suggestions on "certainly held",
 * so an uncertain table never produces a false alarm.
 */
import type { PartialDate, Role } from './facts/model';

/** Whether arithmetic below agrees with `Date` (which reads years 0–99 as 1900–1999): whole numbers, a real month, year 100 or later. */
function plainDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && Number.isInteger(day) && Number.isInteger(month) && month >= 1 && month <= 12 && year >= 100 && year <= 200_000;
}

/**
 * Days since 1970-01-01 of a calendar day (a day past the month's end runs on into the next,
 * as with `Date.UTC`). Counted in whole numbers: years from March, so the leap day ends a year,
 * in 400-year cycles of 146,097 days; `Date` is left for the odd cases, as rules judge thousands
 * of dates per text.
 */
export function dayNumber(year: number, month: number, day: number): number {
  if (!plainDate(year, month, day)) return Math.floor(Date.UTC(year, month - 1, day) / 86400000);
  const y = month <= 2 ? year - 1 : year;
  const cycle = Math.floor(y / 400);
  const yearOfCycle = y - cycle * 400;
  const monthFromMarch = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfCycle = yearOfCycle * 365 + Math.floor(yearOfCycle / 4) - Math.floor(yearOfCycle / 100) + dayOfYear;
  // 719,468 days from 0000-03-01 to 1970-01-01.
  return cycle * 146097 + dayOfCycle - 719468;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Number of days in a month. */
export function daysInMonth(year: number, month: number): number {
  if (!plainDate(year, month, 1)) return new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month !== 2) return MONTH_DAYS[month - 1];
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/** True when year-month-day is a real calendar day. */
export function isRealDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The first and last day (as day numbers) a partial date may stand for. */
export function dateSpan(d: PartialDate): [number, number] {
  if (d.month === undefined) return [dayNumber(d.year, 1, 1), dayNumber(d.year, 12, 31)];
  if (d.day === undefined) return [dayNumber(d.year, d.month, 1), dayNumber(d.year, d.month, daysInMonth(d.year, d.month))];
  const n = dayNumber(d.year, d.month, d.day);
  return [n, n];
}

/**
 * Whether a role from `from` to `to` starts after it ends, each partial date taken at its widest
 * ("2021-06" to "2021-05-31" does; "2021" to "2021-03" does not): the loader's rule for a role's
 * dates, which importers check cells against before they write a table.
 */
export function startsAfterEnd(from: PartialDate, to: PartialDate): boolean {
  return dateSpan(from)[0] > dateSpan(to)[1];
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** English weekday names, Sunday first. */
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** English month names, January first. */
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Formats a partial date as YYYY, YYYY-MM or YYYY-MM-DD. */
export function formatIso(d: PartialDate): string {
  const y = String(d.year).padStart(4, '0');
  if (d.month === undefined) return y;
  const m = String(d.month).padStart(2, '0');
  if (d.day === undefined) return `${y}-${m}`;
  return `${y}-${m}-${String(d.day).padStart(2, '0')}`;
}

/** Parses YYYY, YYYY-MM or YYYY-MM-DD; undefined when not a real date. */
export function parseIsoDate(s: string): PartialDate | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  if (m[3] === undefined) return { year, month };
  const day = Number(m[3]);
  if (!isRealDay(year, month, day)) return undefined;
  return { year, month, day };
}

/** Whether `s` is a real calendar day written YYYY-MM-DD ("2025-02-30" is not), as `--date` and settings take it. */
export function isIsoDay(s: string): boolean {
  return s.length === 10 && parseIsoDate(s)?.day !== undefined;
}

// Dates in facts tables (docs/contract.md §2).

/** The string forms a date may take; the schema uses the same pattern. */
export const DATE_PATTERN = '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$';

/** Reads a date value as YAML gives it: a four-digit year as a number, or a string. Undefined when it is not a date. */
export function parseDate(value: unknown): PartialDate | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1000 && value <= 9999 ? { year: value } : undefined;
  return typeof value === 'string' ? parseIsoDate(value) : undefined;
}

/** Whether two partial dates are written the same way. */
export function sameDate(a: PartialDate, b: PartialDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/** A likely intended date in the accepted form, for the example in an error message. */
function suggestion(value: unknown): string {
  const fallback = '2019-09-11';
  if (typeof value !== 'string') return fallback;
  const s = value.trim().replace(/[/.]/g, '-');
  // Right shape, impossible month or day: offer the nearest real one.
  const ymd = /^([0-9]{4})-([0-9]{1,2})(?:-([0-9]{1,2}))?$/.exec(s);
  if (ymd) {
    const year = Number(ymd[1]);
    const month = Math.min(Math.max(Number(ymd[2]), 1), 12);
    if (ymd[3] === undefined) return formatIso({ year, month });
    return formatIso({ year, month, day: Math.min(Math.max(Number(ymd[3]), 1), daysInMonth(year, month)) });
  }
  // "May 2025", "May 22, 2025", "22 May 2025".
  const words = s.toLowerCase().replace(/[,.]/g, ' ').split(/\s+/);
  const monthIndex = words.findIndex((w) => MONTH_PREFIXES.includes(w.slice(0, 3)) && /^[a-z]+$/.test(w));
  const year = words.find((w) => /^[0-9]{4}$/.test(w));
  if (monthIndex >= 0 && year) {
    const month = String(MONTH_PREFIXES.indexOf(words[monthIndex].slice(0, 3)) + 1).padStart(2, '0');
    const day = words.find((w) => /^[0-9]{1,2}$/.test(w) && Number(w) >= 1 && Number(w) <= 31);
    return day ? `${year}-${month}-${day.padStart(2, '0')}` : `${year}-${month}`;
  }
  return fallback;
}

/** The message for a value that is not an accepted date. */
export function dateMessage(value: unknown): string {
  const shown = typeof value === 'string' ? `"${value}"` : value === null ? 'an empty value' : JSON.stringify(value);
  const what = typeof value === 'string' && /^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$/.test(value) ? 'is not a real date' : 'is not a date factlint can read';
  return `${shown} ${what}: write the date as YYYY, YYYY-MM or YYYY-MM-DD (e.g. ${suggestion(value)})`;
}

/** Three-letter month prefixes, for reading a date written in words in a suggestion. */
const MONTH_PREFIXES = MONTHS.map((m) => m.slice(0, 3).toLowerCase());

// When a role was held.

/** What the judgements below read of a role: its dates. */
export type Dated = Pick<Role, 'from' | 'to'>;

/** A closed range of day numbers. */
export type Period = [number, number];

const NEG = -Infinity;
const POS = Infinity;

/** Earliest and latest days a role may cover. */
export function possibleSpan(r: Dated): Period {
  return [r.from ? dateSpan(r.from)[0] : NEG, r.to ? dateSpan(r.to)[1] : POS];
}

/** Days a role must cover (empty when from's latest day is after to's earliest). */
export function certainSpan(r: Dated): Period {
  return [r.from ? dateSpan(r.from)[1] : POS, r.to ? dateSpan(r.to)[0] : POS];
}

/** True when the role may have been held at some time in the period. */
export function possiblyHeldIn(r: Dated, p: Period): boolean {
  const [a, b] = possibleSpan(r);
  return a <= p[1] && b >= p[0];
}

/** True when the role was certainly held at some time in the period. */
export function certainlyHeldIn(r: Dated, p: Period): boolean {
  const [a, b] = certainSpan(r);
  if (r.from === undefined) return false;
  return a <= b && a <= p[1] && b >= p[0];
}

/** "since 2024-07-15", "2019-09-11 to 2021-11-04", "until 2025-10". */
export function describeTerm(r: Role): string {
  if (r.from && r.to) return `${formatIso(r.from)} to ${formatIso(r.to)}`;
  if (r.from) return `since ${formatIso(r.from)}`;
  if (r.to) return `until ${formatIso(r.to)}`;
  return 'dates not known';
}

