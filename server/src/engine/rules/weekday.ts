/**
 * `weekday`: a weekday that does not match its date. The weekday must be next to the
 * date ("Friday, March 5, 2026", "March 19 (Friday)") or, in a sentence with exactly one
 * day date and one weekday, the date must open the sentence and the weekday follow "on"
 * ("On March 6, … on Thursday met"). A date inside the sentence may be another event's
 * ("who arrived on March 5, will travel on Saturday"), and a wire dateline gives the filing
 * day, not the event's: neither is paired.
 *
 * Fix policy: either part of a mismatch may be the wrong one, so two fixes are offered: the
 * weekday the date falls on, and the nearest date with the written weekday. `--fix` applies one
 * only when the date has its own year and the text settles which part is wrong (the same day
 * written again, in full or with its weekday); a year from a guessed article date never does.
 */
import type { Context } from '../context';
import { covered, kindBit } from '../context';
import { dayNumber, WEEKDAYS, weekdayOf } from '../dates';
import type { PartialDate } from '../facts/model';
import { besideWeekday, formatLike, inPairOrRange, type DateExpr, type WeekdayExpr } from '../text/dates';
import { Tok } from '../text/tokenize';
import { finding, quoted } from './shared/finding';
import { replaceWith } from './shared/fixes';
import { guessNote } from './shared/dated';
import type { Rule } from './shared/rule';
import { OTHER_EVENT_WORDS, YEAR_INTRODUCERS } from './shared/words';

/** The date written right next to a weekday, if any. */
function adjacentDate(ctx: Context, w: WeekdayExpr): DateExpr | undefined {
  const t = ctx.tokens;
  const k = w.token;
  const next = ctx.dateAtToken.get(k + 1);
  if (next && besideWeekday(t, w, next)) return next;
  const prev = ctx.dateEndingAt.get(k - 1);
  if (prev && besideWeekday(t, w, prev)) return prev;
  return undefined;
}

/**
 * True when a date opens its sentence ("On March 6, …", "March 6: …", or after a dateline,
 * "TOKYO — On February 24, …"), so it is the time of the whole sentence.
 */
function opensSentence(ctx: Context, d: DateExpr): boolean {
  const s = ctx.sentences[ctx.sentenceOf[d.first]];
  if (d.first === s.first) return true;
  const on = d.first - 1;
  return ctx.tokens.lower[on] === 'on' && (on === s.first || (ctx.tokens.flags[on] & Tok.Cap) !== 0);
}

function sameSentenceDate(ctx: Context, w: WeekdayExpr): DateExpr | undefined {
  const si = ctx.sentenceOf[w.token];
  const s = ctx.sentences[si];
  const prev = w.token > s.first ? ctx.tokens.lower[w.token - 1] : '';
  if (prev !== 'on') return undefined;
  if (indexOf(ctx).weekdaysIn.get(si) !== 1) return undefined;
  const dates = ctx.datesBySentence[si].filter((d) => d.date.day !== undefined && !covered(ctx, d.first, d.last, kindBit('milestone')));
  if (dates.length !== 1 || !opensSentence(ctx, dates[0])) return undefined;
  // "On March 6, Jaiswal said Oue would leave on Saturday": the weekday is another event's.
  for (let k = dates[0].last + 1; k < w.token; k++) {
    if (OTHER_EVENT_WORDS.has(ctx.tokens.lower[k]) || ctx.tokens.gap[k].includes(';')) return undefined;
  }
  return dates[0];
}


/**
 * The years a written date may be in: its own; else the one year the sentence names ("In 2022,
 * … on Saturday (March 19)", "last year"); else the article's (docs/contract.md §3) and, for a date within
 * half a year of the article date, the neighbouring year too ("December 29" in a January story).
 */
function candidateYears(ctx: Context, d: DateExpr): { years: number[]; source: string; guessed: boolean } {
  if (d.hasYear) return { years: [d.date.year], source: '', guessed: false };
  const si = ctx.sentenceOf[d.first];
  const s = ctx.sentences[si];
  const named = new Set<number>();
  for (const x of ctx.datesBySentence[si]) {
    if (!x.hasYear) continue;
    // A bare year counts only as a time ("In 2022,"), not as a quantity or a target ("to 2028").
    if (x.style === 'year' && !YEAR_INTRODUCERS.has(x.first > 0 ? ctx.tokens.lower[x.first - 1] : '')) continue;
    named.add(x.date.year);
  }
  if (named.size === 1) {
    const [y] = [...named];
    return { years: [y], source: ` (year ${y}, from the sentence)`, guessed: false };
  }
  const a = ctx.article.date;
  // From here on the year is the article date's: a guess when that date is one.
  const note = guessNote(ctx);
  const guessed = note !== undefined;
  const also = note ? `; ${note}` : '';
  for (let k = s.first; k < s.last; k++) {
    if (ctx.tokens.lower[k + 1] !== 'year') continue;
    if (ctx.tokens.lower[k] === 'last') return { years: [a.year - 1], source: ` (year ${a.year - 1}: "last year"${also})`, guessed };
    if (ctx.tokens.lower[k] === 'next') return { years: [a.year + 1], source: ` (year ${a.year + 1}: "next year"${also})`, guessed };
  }
  const articleDay = dayNumber(a.year, a.month ?? 1, a.day ?? 1);
  const years = [a.year];
  for (const y of [a.year - 1, a.year + 1]) {
    if (Math.abs(dayNumber(y, d.date.month ?? 1, d.date.day ?? 1) - articleDay) <= 183) years.push(y);
  }
  return { years, source: ` (year ${a.year}, from the article date${also})`, guessed };
}

/** The day nearest to `date` (at most three days away) that falls on `weekday`. */
function nearestWithWeekday(date: { year: number; month: number; day: number }, weekday: number): PartialDate {
  const shift = (((weekday - weekdayOf(date.year, date.month, date.day) + 10) % 7) + 7) % 7 - 3;
  const at = new Date(Date.UTC(date.year, date.month - 1, date.day + shift));
  return { year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate() };
}

/** A date written as `like` is ("Feb. 24", "24 February 2026"), keeping an abbreviated month's full stop. */
function restyle(ctx: Context, like: DateExpr, date: PartialDate): string {
  const text = formatLike(like, date);
  return like.shortMonth && /^\p{L}+\./u.test(ctx.text.slice(like.start, like.end)) ? text.replace(/^(\p{L}+)/u, '$1.') : text;
}

/**
 * Whether the text writes `date` again, apart from `d`: in full with the same year, or as the
 * same day with the weekday that `date` falls on ("Friday, March 20"). That settles which part
 * of a mismatch is wrong.
 */
function writtenElsewhere(ctx: Context, d: DateExpr, date: PartialDate): boolean {
  const ix = indexOf(ctx);
  const key = monthDay(date);
  const sameDay = d.date.month === date.month && d.date.day === date.day;
  // Counted over the whole text once (`indexOf`), less what `d` itself adds.
  const inFull = ix.withYear.get(`${key}/${date.year}`) ?? 0;
  if (inFull - (sameDay && d.hasYear && d.date.year === date.year ? 1 : 0) > 0) return true;
  const right = weekdayOf(date.year, date.month ?? 1, date.day ?? 1);
  const withWeekday = ix.withWeekday.get(`${key}/${right}`) ?? 0;
  return withWeekday - (sameDay && !d.hasYear && (ix.weekdaysNextTo.get(d)?.has(right) ?? false) ? 1 : 0) > 0;
}

/** "3-5": a date's month and day, as the index keys them. */
function monthDay(date: PartialDate): string {
  return `${date.month}-${date.day}`;
}

/** What the rule looks up over the whole text, made once per text: a weekday finding costs no scan of the text. */
interface WeekdayIndex {
  /** The weekday written at a token. */
  weekdayAt: Map<number, WeekdayExpr>;
  /** How many weekdays each sentence holds, by sentence index. */
  weekdaysIn: Map<number, number>;
  /** The weekdays written right next to a date. */
  weekdaysNextTo: Map<DateExpr, Set<number>>;
  /** "month-day/year" → how many dates write that day with that year. */
  withYear: Map<string, number>;
  /** "month-day/weekday" → how many dates without a year write that day next to that weekday. */
  withWeekday: Map<string, number>;
}

const indexes = new WeakMap<Context, WeekdayIndex>();

function indexOf(ctx: Context): WeekdayIndex {
  let ix = indexes.get(ctx);
  if (ix !== undefined) return ix;
  ix = { weekdayAt: new Map(), weekdaysIn: new Map(), weekdaysNextTo: new Map(), withYear: new Map(), withWeekday: new Map() };
  for (const w of ctx.weekdays) {
    ix.weekdayAt.set(w.token, w);
    const si = ctx.sentenceOf[w.token];
    ix.weekdaysIn.set(si, (ix.weekdaysIn.get(si) ?? 0) + 1);
    const d = adjacentDate(ctx, w);
    if (d === undefined) continue;
    const next = ix.weekdaysNextTo.get(d);
    if (next) next.add(w.weekday);
    else ix.weekdaysNextTo.set(d, new Set([w.weekday]));
  }
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const o of ctx.dates) {
    if (o.hasYear) bump(ix.withYear, `${monthDay(o.date)}/${o.date.year}`);
    else for (const wd of ix.weekdaysNextTo.get(o) ?? []) bump(ix.withWeekday, `${monthDay(o.date)}/${wd}`);
  }
  indexes.set(ctx, ix);
  return ix;
}

export const weekday: Rule = {
  id: 'weekday',
  description: 'A weekday that does not match its date ("Friday, March 5, 2026").',
  defaultSeverity: 'error',
  *run(ctx) {
    for (const w of ctx.weekdays) {
      const d = adjacentDate(ctx, w) ?? sameSentenceDate(ctx, w);
      if (!d || d.date.day === undefined || d.date.month === undefined || inPairOrRange(ctx.tokens, w, d, (k) => indexOf(ctx).weekdayAt.has(k))) continue;
      const { years, source, guessed } = candidateYears(ctx, d);
      const right = years.map((y) => weekdayOf(y, d.date.month ?? 1, d.date.day ?? 1));
      if (right.includes(w.weekday)) continue;
      const dateText = quoted(ctx, d.start, d.end);
      const written = { year: years[0], month: d.date.month, day: d.date.day };
      const other = nearestWithWeekday(written, w.weekday);
      const weekdayFix = replaceWith(w, WEEKDAYS[right[0]]);
      const dateFix = replaceWith(d, restyle(ctx, d, other));
      // Either part may be wrong. Only a date with its own year, and a text that settles which
      // part is wrong (the same day written again), lets `--fix` choose.
      const weekdayWrong = writtenElsewhere(ctx, d, written);
      const dateWrong = writtenElsewhere(ctx, d, other);
      const f = finding(w, `${dateText}${source} is a ${WEEKDAYS[right[0]]}, not a ${WEEKDAYS[w.weekday]}`, null, dateWrong && !weekdayWrong ? [dateFix, weekdayFix] : [weekdayFix, dateFix]);
      f.fixable = d.hasYear && !guessed && weekdayWrong !== dateWrong;
      // A year the text does not give (a weekday's elsewhere, a year-less dateline's) is one guess
      // among several: said, never counted as an error (as `shared/dated.ts` does for titles).
      if (guessed && ctx.article.source !== 'today') f.infoOnly = true;
      yield f;
    }
  },
};
