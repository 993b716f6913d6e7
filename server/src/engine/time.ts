/**
 * When a role was held, judged conservatively: a partial date stands for a span of
 * days, and a role is "possibly held" on any day it might cover, "certainly held" only
 * on days it must cover. Findings rest on "not even possibly held"; suggestions on
 * "certainly held", so an uncertain table never produces a false alarm.
 */
import type { Role } from './facts/model';
import { dateSpan, formatIso } from './text/dates';

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

