/**
 * The date that governs a title (docs/contract.md §3): which dates of its sentence say when the title
 * was meant to be held. Read by the title rules' judgement (`titles.ts`) and the hover cards.
 */
import { covered, kindBit, resolveDate } from '../../context';
import { dateSpan, formatIso, type Period } from '../../dates';
import type { PartialDate } from '../../facts/model';
import type { DateExpr } from '../../text/dates';
import { spanAt } from '../../text/quotes';
import type { RuleContext } from './rule-context';
import { CLAUSE_WORDS, COORDINATORS, RANGE_LINKS, RANGE_OPENERS, TIME_PREPOSITIONS } from './words';

/** Per sentence: the periods its own dates stand for, and how a message says them. */
export interface Governing {
  /** Periods (day numbers). */
  periods: Period[];
  /** "on 2026-03-06", "in 2025", "on 2025-05-22 or in 2024-09". */
  when: string;
  /** True when the article date is among the periods: the sentence gave no date of its own that surely governs. */
  fromArticle: boolean;
  /** Whether the article date, or its year, went into the periods: then a guessed article date makes them a guess. */
  usesArticle: boolean;
  /** The dates behind `periods`, in the same order (a range by its first date), as the text gives them. */
  dates: PartialDate[];
  /** Why each period is there, in the same order: read only by hover cards (`explainGoverning`). */
  reasons: GoverningReason[];
}

/**
 * Why a period governs: a date of the sentence that surely does ("sure") or may ("maybe", a
 * date that may be about something else), a milestone the sentence names, or the article date.
 * `to` is a range's last date.
 */
export type GoverningReason =
  | { kind: 'sure' | 'maybe'; date: DateExpr; to?: DateExpr }
  | { kind: 'milestone'; milestone: number }
  | { kind: 'article' };

/** Shared empties for the common sentence with fewer than two dates: no allocation per title. */
const NO_RANGES: ReadonlyMap<DateExpr, DateExpr> = new Map();
const NO_DATES: ReadonlySet<DateExpr> = new Set();

/** "from 2012 to 2020", "between 2014 and 2016", "2012–2020": each range's first date with its last. */
function rangesOf(ctx: RuleContext, own: DateExpr[]): Map<DateExpr, DateExpr> {
  const t = ctx.tokens;
  const out = new Map<DateExpr, DateExpr>();
  for (let i = 0; i + 1 < own.length; i++) {
    const a = own[i];
    const b = own[i + 1];
    const linked = (b.first === a.last + 2 && RANGE_LINKS.has(t.lower[a.last + 1])) || (b.first === a.last + 1 && /^[-\u2013\u2014]$/.test(t.gap[b.first]));
    if (linked && a.first > 0 && RANGE_OPENERS.has(t.lower[a.first - 1]) && a.hasYear && b.hasYear) {
      out.set(a, b);
      i++;
    }
  }
  return out;
}

/** True when a clause boundary lies between tokens a and b (a < b). */
function clauseBoundary(ctx: RuleContext, a: number, b: number): boolean {
  const t = ctx.tokens;
  for (let j = a + 1; j <= b; j++) {
    const g = t.gap[j];
    if (/[;:()\u2014\u2013]/.test(g)) return true;
    if (CLAUSE_WORDS.has(t.lower[j])) return true;
    if (g.includes(',') && COORDINATORS.has(t.lower[j])) return true;
  }
  return false;
}

/** Links by which a date belongs to a milestone rather than to the sentence ("the attack of April 22", "the treaty, signed in 2018"); see `attach.ts`. */
const MILESTONE_OWN_LINKS = new Set(['of', 'the', '(', 'participle', 'since', 'from', 'dated']);

/**
 * The periods that govern a title at token `at` (docs/contract.md §3). A date that opens the sentence
 * ("In 2025, …") or stands in the title's own clause ("… met Misri in May 2025", "In January
 * 2022 under Prime Minister …") governs. A date of the sentence that may belong to something
 * else — behind a clause boundary ("the dam, which was approved in 2019"), or a milestone's own
 * ("the treaty, signed in 2018") — only adds its period to the article date's: the title is right
 * if held in either. Dates after the article date are forecasts and never govern, dates inside
 * names are not dates of the sentence, and a date whose written weekday contradicts it only adds
 * its period, as one that may be about something else.
 */
export function governingPeriods(ctx: RuleContext, at: number): Governing {
  const s = ctx.sentences[ctx.sentenceOf[at]];
  const sure: DateExpr[] = [];
  const maybe: DateExpr[] = [];
  const articleDay = dateSpan(ctx.article.date)[0];
  const attached = ctx.milestoneDates;
  const t = ctx.tokens;
  // A quotation speaks of its own time: `PM X said, "In 2016, Y …"` says nothing of X in 2016.
  const quote = spanAt(ctx.quotes, t.start[at]);
  const own = ctx.datesBySentence[ctx.sentenceOf[at]];
  const rangeEnd = own.length < 2 ? NO_RANGES : rangesOf(ctx, own);
  const inRange = rangeEnd.size === 0 ? NO_DATES : new Set(rangeEnd.values());
  // A date its own weekday contradicts is in doubt until mended (the `weekday` rule's finding):
  // it does not govern alone, as a date that may be about something else.
  const doubtful = ctx.weekdays.length === 0 ? NO_DATES : ctx.doubtfulDates;
  for (const d of own) {
    if (d.last > s.last || inRange.has(d)) continue;
    if (spanAt(ctx.quotes, t.start[d.first]) !== quote) continue;
    if (covered(ctx, d.first, d.last, kindBit('milestone', 'term', 'person', 'title', 'acronym', 'expansion'))) continue;
    if (dateSpan(resolveDate(ctx, d))[0] > articleDay) continue;
    if ((d.style === 'year' || d.style === 'month') && !rangeEnd.has(d)) {
      const prev = d.first > s.first ? ctx.tokens.lower[d.first - 1] : '';
      if (!TIME_PREPOSITIONS.has(prev) && d.relative === undefined) {
        // "2016: Foreign Secretary …" (a timeline's line, a table row) is the time of its line;
        // "During his 2014 visit, …" may well be.
        if (d.first === s.first) sure.push(d);
        else if (d.first <= s.first + 3) maybe.push(d);
        continue;
      }
    }
    if (doubtful.has(d)) {
      maybe.push(d);
      continue;
    }
    const link = attached.get(d);
    const opening = d.first <= s.first + 2;
    const sameClause = d.first < at ? !clauseBoundary(ctx, d.last, at) : !clauseBoundary(ctx, at, d.first);
    if (opening || (sameClause && (link === undefined || !MILESTONE_OWN_LINKS.has(link)))) sure.push(d);
    else maybe.push(d);
  }
  const periods: Period[] = [];
  const labels: string[] = [];
  const dates: PartialDate[] = [];
  const reasons: GoverningReason[] = [];
  const add = (full: PartialDate, reason: GoverningReason) => {
    const label = (full.day !== undefined ? 'on ' : 'in ') + formatIso(full);
    if (labels.includes(label)) return;
    labels.push(label);
    periods.push(dateSpan(full));
    dates.push(full);
    reasons.push(reason);
  };
  let usesArticle = false;
  const kind = sure.length > 0 ? 'sure' : 'maybe';
  for (const d of sure.length > 0 ? sure : maybe) {
    const end = rangeEnd.get(d);
    if (!d.hasYear || (end !== undefined && !end.hasYear)) usesArticle = true;
    if (end === undefined) add(resolveDate(ctx, d), { kind, date: d });
    else {
      const from = resolveDate(ctx, d);
      const to = resolveDate(ctx, end);
      const label = `from ${formatIso(from)} to ${formatIso(to)}`;
      if (!labels.includes(label)) {
        labels.push(label);
        periods.push([dateSpan(from)[0], dateSpan(to)[1]]);
        dates.push(from);
        reasons.push({ kind, date: d, to: end });
      }
    }
  }
  if (sure.length === 0) {
    // "At TICAD VI, Prime Minister Shinzo Abe …": a milestone named in the sentence may be its time.
    for (const ref of ctx.milestonesIn(ctx.sentenceOf[at])) add(ctx.compiled.facts.milestones[ref].date, { kind: 'milestone', milestone: ref });
    add(ctx.article.date, { kind: 'article' });
    usesArticle = true;
  }
  return { periods, when: labels.join(' or '), fromArticle: sure.length === 0, usesArticle, dates, reasons };
}
