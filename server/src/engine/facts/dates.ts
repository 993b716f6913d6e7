/** Dates in facts tables: YYYY, YYYY-MM or YYYY-MM-DD (contract §2), read into PartialDate. */
import type { PartialDate } from './model';

/** The string forms a date may take; the schema uses the same pattern. */
export const DATE_PATTERN = '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$';
const DATE_RE = new RegExp(DATE_PATTERN);

/** Number of days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Reads a date value as YAML gives it: a four-digit year as a number, or a string. Null when it is not a date. */
export function parseDate(value: unknown): PartialDate | null {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1000 && value <= 9999 ? { year: value } : null;
  if (typeof value !== 'string' || !DATE_RE.test(value)) return null;
  const year = Number(value.slice(0, 4));
  if (value.length === 4) return { year };
  const month = Number(value.slice(5, 7));
  if (value.length === 7) return { year, month };
  const day = Number(value.slice(8, 10));
  return day <= daysInMonth(year, month) ? { year, month, day } : null;
}

/** A date as a table writes it: 2014, 2019-09 or 2019-09-11. */
export function formatDate(d: PartialDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return d.month === undefined ? String(d.year) : d.day === undefined ? `${d.year}-${pad(d.month)}` : `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

/** The first day a partial date may mean, as a sortable number (YYYYMMDD). */
export function earliestDay(d: PartialDate): number {
  return d.year * 10000 + (d.month ?? 1) * 100 + (d.day ?? 1);
}

/** The last day a partial date may mean, as a sortable number (YYYYMMDD). */
export function latestDay(d: PartialDate): number {
  const month = d.month ?? 12;
  return d.year * 10000 + month * 100 + (d.day ?? daysInMonth(d.year, month));
}

/** Whether two partial dates are written the same way. */
export function sameDate(a: PartialDate, b: PartialDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

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
    if (ymd[3] === undefined) return formatDate({ year, month });
    return formatDate({ year, month, day: Math.min(Math.max(Number(ymd[3]), 1), daysInMonth(year, month)) });
  }
  // "May 2025", "May 22, 2025", "22 May 2025".
  const words = s.toLowerCase().replace(/[,.]/g, ' ').split(/\s+/);
  const monthIndex = words.findIndex((w) => MONTHS.includes(w.slice(0, 3)) && /^[a-z]+$/.test(w));
  const year = words.find((w) => /^[0-9]{4}$/.test(w));
  if (monthIndex >= 0 && year) {
    const month = String(MONTHS.indexOf(words[monthIndex].slice(0, 3)) + 1).padStart(2, '0');
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
