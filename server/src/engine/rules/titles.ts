/**
 * Judges a title bound to a person against the person's roles at the governing date,
 * and proposes the corrections: the title the person held then, and who held the
 * written title then. Shared by the `title` and `title-date` rules.
 */
import { governingPeriods, type Context } from '../context';
import type { Person, Role } from '../facts/model';
import { phraseKey } from '../match/compile';
import { certainlyHeldIn, describeTerm, possiblyHeldIn, type Period } from '../time';
import type { Fix } from '../types';
import type { Binding } from './bindings';
import { replaceFix } from './rule';

/** The verdict on one binding. */
export interface Verdict {
  /** ok: nothing to say; never: the person never held the title; elsewhen: held it, but not at the governing date. */
  kind: 'ok' | 'never' | 'elsewhen';
  /** The person judged. */
  person: Person;
  /** Index of the person. */
  personIndex: number;
  /** Roles that carry the written title. */
  held: Role[];
  /** Governing periods of the sentence. */
  periods: Period[];
  /** How to say the governing date in a message ("on 2026-03-06", "in 2025"). */
  when: string;
  /** The title as written. */
  written: string;
}

/** Offices (indices) and one-off role keys the written title may mean, within its country if it names one. */
function candidates(ctx: Context, b: Binding): { offices: Set<number>; key: string; country: string | undefined } {
  const group = ctx.facts.titles[b.title.entry.ref];
  const country = b.title.entry.country;
  const offices = new Set<number>();
  for (const oi of group.offices) {
    if (!country || ctx.facts.facts.offices[oi].country === country) offices.add(oi);
  }
  return { offices, key: group.key, country };
}

function carriesTitle(ctx: Context, r: Role, c: { offices: Set<number>; key: string; country: string | undefined }): boolean {
  if (r.office !== undefined) {
    const oi = ctx.facts.officeById.get(r.office);
    return oi !== undefined && c.offices.has(oi);
  }
  return r.title !== undefined && phraseKey(r.title) === c.key && (!c.country || r.country === c.country);
}

/** Judges a binding; undefined when it cannot be judged with confidence. */
export function judge(ctx: Context, b: Binding): Verdict | undefined {
  const persons = [...new Set(b.people.map((m) => m.entry.ref))];
  const c = candidates(ctx, b);
  const group = ctx.facts.titles[b.title.entry.ref];
  if (c.offices.size === 0 && group.oneOff.length === 0) return undefined;
  const gov = governingPeriods(ctx, ctx.sentenceOf[b.title.first]);
  const when = /^\d{4}-\d{2}-\d{2}$/.test(gov.label) ? `on ${gov.label}` : `in ${gov.label}`;
  const written = ctx.text.slice(b.title.start, b.title.end);
  const verdicts = persons.map((pi): Verdict => {
    const person = ctx.facts.facts.people[pi];
    const held = person.roles.filter((r) => carriesTitle(ctx, r, c));
    const atDate = held.some((r) => gov.periods.some((p) => possiblyHeldIn(r, p)));
    const kind = held.length === 0 ? 'never' : atDate ? 'ok' : 'elsewhen';
    return { kind, person, personIndex: pi, held, periods: gov.periods, when, written };
  });
  // A form shared by several people is only judged when none of them fits.
  if (verdicts.some((v) => v.kind === 'ok')) return verdicts.find((v) => v.kind === 'ok');
  if (verdicts.length !== 1) return undefined;
  const v = verdicts[0];
  const listed = b.people.some((m) => m.entry.ref === v.personIndex && m.entry.kind === 'person');
  if (!listed) {
    // A derived surname alone: only when no one else in the tables has it, and never for "never held".
    if (v.kind === 'never') return undefined;
    const surname = ctx.text.slice(b.personStart, b.personEnd).toLowerCase();
    if ((ctx.facts.surnameCount.get(surname) ?? 0) !== 1) return undefined;
  }
  return v;
}

/** The title of a role as a person would write it. */
export function roleTitle(ctx: Context, r: Role): string {
  if (r.office !== undefined) {
    const oi = ctx.facts.officeById.get(r.office);
    if (oi !== undefined) return ctx.facts.facts.offices[oi].title;
  }
  return r.title ?? '';
}

/** The roles a person certainly held in the periods. */
export function rolesAt(person: Person, periods: Period[]): Role[] {
  return person.roles.filter((r) => periods.some((p) => certainlyHeldIn(r, p)));
}

/** "Foreign Secretary (since 2024-07-15)". */
export function describeRole(ctx: Context, r: Role): string {
  return `${roleTitle(ctx, r)} (${describeTerm(r)})`;
}

/**
 * Who certainly held the written title in the periods, when that is exactly one person.
 * A title that several offices share ("Foreign Minister") is narrowed to the countries of
 * the offices the person named in the text has held.
 */
export function holderAt(ctx: Context, b: Binding, periods: Period[], person: Person): Person | undefined {
  let offices = [...candidates(ctx, b).offices];
  if (offices.length > 1) {
    const countries = new Set(person.roles.map((r) => (r.office !== undefined ? ctx.facts.facts.offices[ctx.facts.officeById.get(r.office) ?? -1]?.country : r.country)));
    offices = offices.filter((oi) => countries.has(ctx.facts.facts.offices[oi].country));
  }
  if (offices.length !== 1) return undefined;
  const found = new Set<number>();
  for (const h of ctx.facts.holders[offices[0]]) {
    const r = ctx.facts.facts.people[h.person].roles[h.role];
    if (periods.some((p) => possiblyHeldIn(r, p))) {
      if (!periods.some((p) => certainlyHeldIn(r, p))) return undefined;
      found.add(h.person);
    }
  }
  if (found.size !== 1) return undefined;
  return ctx.facts.facts.people[[...found][0]];
}

/** A fix that replaces the person's name with another person's. */
export function holderFix(b: Binding, holder: Person): Fix {
  return replaceFix(`Replace with "${holder.name}"`, b.personStart, b.personEnd - b.personStart, holder.name);
}

/** A fix that replaces the written title with the title of a role, keeping a written country. */
export function titleFix(ctx: Context, b: Binding, r: Role): Fix {
  let title = roleTitle(ctx, r);
  const country = b.title.entry.country;
  const roleCountry = r.office !== undefined ? ctx.facts.facts.offices[ctx.facts.officeById.get(r.office) ?? 0]?.country : r.country;
  if (country && roleCountry) {
    title = b.title.entry.surface.startsWith(country) ? `${roleCountry}'s ${title}` : `${title} of ${roleCountry}`;
  }
  return replaceFix(`Replace with "${title}"`, b.title.start, b.title.end - b.title.start, title);
}
