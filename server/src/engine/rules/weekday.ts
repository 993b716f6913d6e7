/**
 * `weekday`: a weekday that does not match its date. The weekday must be next to the
 * date ("Friday, March 5, 2026", "March 19 (Friday)") or, in a sentence with exactly one
 * day date and one weekday, the date must open the sentence and the weekday follow "on"
 * ("On March 6, … on Thursday met"). A date inside the sentence may be another event's
 * ("who arrived on March 5, will travel on Saturday"), and a wire dateline gives the filing
 * day, not the event's: neither is paired.
 */
import type { Context } from '../context';
import { covered, kindBit, quoted, resolveDate } from '../context';
import { WEEKDAYS, weekdayOf, type DateExpr, type WeekdayExpr } from '../text/dates';
import { Tok } from '../text/tokenize';
import { replaceFix, type RawFinding, type Rule } from './rule';

/** The date written right next to a weekday, if any. */
function adjacentDate(ctx: Context, w: WeekdayExpr): DateExpr | undefined {
  const t = ctx.tokens;
  const k = w.token;
  const next = ctx.dateAtToken.get(k + 1);
  if (next && (t.gap[k + 1] === ',' || t.gap[k + 1] === ' ' || t.gap[k + 1] === '(')) return next;
  const prev = ctx.dateEndingAt.get(k - 1);
  if (prev && (t.gap[k] === ',' || t.gap[k] === '(')) return prev;
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
  if (ctx.weekdays.filter((x) => ctx.sentenceOf[x.token] === si).length !== 1) return undefined;
  const dates = ctx.dates.filter((d) => ctx.sentenceOf[d.first] === si && d.date.day !== undefined && !covered(ctx, d.first, d.last, kindBit('milestone')));
  if (dates.length !== 1 || !opensSentence(ctx, dates[0])) return undefined;
  return dates[0];
}

export const weekday: Rule = {
  id: 'weekday',
  description: 'A weekday that does not match its date ("Friday, March 5, 2026").',
  defaultSeverity: 'error',
  run(ctx) {
    const out: RawFinding[] = [];
    for (const w of ctx.weekdays) {
      const d = adjacentDate(ctx, w) ?? sameSentenceDate(ctx, w);
      if (!d || d.date.day === undefined || d.date.month === undefined) continue;
      const full = resolveDate(ctx, d);
      const right = weekdayOf(full.year, full.month ?? 1, full.day ?? 1);
      if (right === w.weekday) continue;
      const dateText = quoted(ctx, d.start, d.end);
      const year = d.hasYear ? '' : ` (year ${full.year}, from the article date)`;
      out.push({
        offset: w.start,
        length: w.end - w.start,
        message: `${dateText}${year} is a ${WEEKDAYS[right]}, not a ${WEEKDAYS[w.weekday]} — calendar`,
        fixes: [replaceFix(`Replace with "${WEEKDAYS[right]}"`, w.start, w.end - w.start, WEEKDAYS[right])],
        fact: null,
      });
    }
    return out;
  },
};
