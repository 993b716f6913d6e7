/**
 * `tenure`: a date the text gives for when a person took up or left a role, which the table
 * contradicts ("X became Foreign Secretary in 2023" when the term began in 2024). Claims are
 * found by `shared/claims.ts`. A written date stands for its whole span, and so does a table's:
 * a date is wrong only when no day it may mean is a day the table's date may mean. Tables write
 * a month where their sources differ by a day, so a day is judged to the day; a stated end may
 * also be the day before the table's (the last full day in office). A date inside a term is
 * never wrong for "took office", "appointed", "sworn in", "since": a second appointment to the
 * same office is common; only "became" dates the first.
 */
import type { Context } from '../context';
import { dateSpan, formatIso, type Period } from '../dates';
import type { PartialDate, Person, Role } from '../facts/model';
import { formatLike } from '../text/dates';
import type { Fix } from '../types';
import { findClaims, type ClaimDate, type TenureClaim } from './shared/claims';
import { datedFinding } from './shared/dated';
import { quoted } from './shared/finding';
import { replaceWith } from './shared/fixes';
import type { RawFinding, Rule } from './shared/rule';
import { roleTitle } from './shared/titles';

function overlaps(a: Period, b: Period): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

/** The person's roles that carry the claimed title, within the country it names. */
function rolesWithTitle(ctx: Context, c: TenureClaim): Role[] {
  const group = ctx.compiled.titles[c.group];
  const offices = new Set<string>();
  for (const oi of group.offices) {
    const o = ctx.compiled.facts.offices[oi];
    if (!c.country || o.country === c.country) offices.add(o.id);
  }
  const person = ctx.compiled.facts.people[c.person];
  const oneOff = new Set(group.oneOff.filter((x) => x.person === c.person).map((x) => person.roles[x.role]));
  return person.roles.filter((r) => (r.office !== undefined ? offices.has(r.office) : oneOff.has(r) && (!c.country || r.country === c.country)));
}

/** Whether a claimed start fits a role: the start's spans meet, or, for a phrase that may repeat, the date lies within the term. */
function startFits(r: Role, d: ClaimDate, mayRepeat: boolean): boolean {
  if (r.from === undefined) return true;
  if (overlaps(d.period, dateSpan(r.from))) return true;
  const until = r.to === undefined ? Infinity : dateSpan(r.to)[1];
  return mayRepeat && d.period[0] >= dateSpan(r.from)[0] && d.period[0] <= until;
}

/** Whether a claimed end fits a role: the end's spans meet, the day before included; a running term cannot be judged. */
function endFits(r: Role, d: ClaimDate): boolean {
  if (r.to === undefined) return true;
  const [a, b] = dateSpan(r.to);
  return overlaps(d.period, [a - 1, b]);
}

/** How precise a written date is: 0 year, 1 month, 2 day. */
function precision(d: PartialDate): number {
  return d.day !== undefined ? 2 : d.month !== undefined ? 1 : 0;
}

/** The table's date written like the text's, no more precise than the text; undefined when the table is less precise than the text. */
function rightDate(d: ClaimDate, truth: PartialDate): string | undefined {
  const e = d.expr;
  const p = precision(d.date);
  if (e === undefined) return undefined;
  if (precision(truth) < p) return undefined;
  const cut: PartialDate = p === 0 ? { year: truth.year } : p === 1 ? { year: truth.year, month: truth.month } : truth;
  // A date written without its year keeps it unwritten only when the year is the same.
  if (!e.hasYear && truth.year !== d.date.year) return formatLike({ ...e, style: e.style === 'month' ? 'month-year' : e.style, hasYear: true }, cut);
  return formatLike(e, cut);
}

/** "on 2022-09-06", "in 2022-09". */
function onOrIn(d: PartialDate): string {
  return `${d.day !== undefined ? 'on' : 'in'} ${formatIso(d)}`;
}

function wrong(ctx: Context, person: Person, held: Role[], d: ClaimDate, which: 'from' | 'to'): RawFinding {
  const title = roleTitle(ctx, held[0]);
  const dates = held.map((r) => r[which]).filter((x): x is PartialDate => x !== undefined);
  const verb = which === 'from' ? `became ${title}` : `left office as ${title}`;
  const message = `${person.name} ${verb} ${dates.map(onOrIn).join(' and ')}, not ${quoted(ctx, d.span.start, d.span.end)}`;
  const fixes: Fix[] = [];
  if (held.length === 1 && dates.length === 1) {
    const text = rightDate(d, dates[0]);
    if (text !== undefined) fixes.push(replaceWith(d.span, text));
  }
  // A claim dated past the table's horizon, or by a guessed year, is qualified as every dated finding is.
  return datedFinding(ctx, d.span, { periods: [d.period], usesArticle: d.expr === undefined || !d.expr.hasYear }, message, '', held[0].at, fixes);
}

export const tenure: Rule = {
  id: 'tenure',
  description: 'A date for when a person took up or left a role that the table contradicts ("became Foreign Secretary in 2023").',
  defaultSeverity: 'error',
  *run(ctx) {
    for (const c of findClaims(ctx)) {
      const held = rolesWithTitle(ctx, c);
      if (held.length === 0) continue;
      const person = ctx.compiled.facts.people[c.person];
      const mayRepeat = c.phrase.mayRepeat === true;
      const { start, end } = c;
      if (start && !held.some((r) => startFits(r, start, mayRepeat))) yield wrong(ctx, person, held, start, 'from');
      if (end && !held.some((r) => endFits(r, end))) yield wrong(ctx, person, held, end, 'to');
    }
  },
};
