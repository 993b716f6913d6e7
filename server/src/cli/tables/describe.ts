/**
 * Tables in words, for `factlint tables stats` and `factlint tables diff` (and the diff an
 * import prints before it rewrites its table). Pure: facts in, lines out.
 */
import { formatIso, type Facts, type Office, type PartialDate, type Person, type Role } from '../../engine';

/** Counts and the span of dates of one table. */
export interface TableStats {
  offices: number;
  people: number;
  roles: number;
  /** People with a role that has no end. */
  inOffice: number;
  acronyms: number;
  terms: number;
  milestones: number;
  /** Earliest and latest date any role or milestone gives, YYYY[-MM[-DD]]. */
  earliest?: string;
  latest?: string;
  asOf?: string;
}

/** Sort key of a partial date: its first day. */
function dayKey(d: PartialDate): number {
  return d.year * 10000 + (d.month ?? 1) * 100 + (d.day ?? 1);
}

/** What `tables stats` says about one table. */
export function tableStats(facts: Facts): TableStats {
  const dates: PartialDate[] = [];
  let roles = 0;
  let inOffice = 0;
  for (const p of facts.people) {
    roles += p.roles.length;
    if (p.roles.some((r) => r.to === undefined && (r.from !== undefined || r.office !== undefined))) inOffice++;
    for (const r of p.roles) {
      if (r.from) dates.push(r.from);
      if (r.to) dates.push(r.to);
    }
  }
  for (const m of facts.milestones) dates.push(m.date);
  dates.sort((a, b) => dayKey(a) - dayKey(b));
  const stats: TableStats = {
    offices: facts.offices.length,
    people: facts.people.length,
    roles,
    inOffice,
    acronyms: facts.acronyms.length,
    terms: facts.terms.length,
    milestones: facts.milestones.length,
  };
  if (dates.length > 0) {
    stats.earliest = formatIso(dates[0]);
    stats.latest = formatIso(dates[dates.length - 1]);
  }
  if (facts.horizons.length > 0) stats.asOf = formatIso(facts.horizons[0].date);
  return stats;
}

/** The stats as the lines `tables stats` prints under a table's name. */
export function statsLines(s: TableStats): string[] {
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  return [
    `${n(s.offices, 'office', 'offices')}, ${n(s.people, 'person', 'people')} (${s.inOffice} in office now), ${n(s.roles, 'role', 'roles')}`,
    `${n(s.acronyms, 'acronym', 'acronyms')}, ${n(s.terms, 'term', 'terms')}, ${n(s.milestones, 'milestone', 'milestones')}`,
    s.earliest !== undefined ? `dates from ${s.earliest} to ${s.latest}` : 'no dates',
    s.asOf !== undefined ? `asOf ${s.asOf}` : 'no asOf: who holds an office is taken as known up to today',
  ];
}

/** A person's key across two versions of a table: the Wikidata item when both give one, else the name. */
function personKeys(p: Person): string[] {
  return p.wikidata !== undefined ? [`wd:${p.wikidata}`, `name:${p.name}`] : [`name:${p.name}`];
}

/** One role in words: "Minister for Foreign Affairs (Japan) from 2025-10-21 to 2026-01". */
function roleWords(r: Role, offices: Map<string, Office>): string {
  const office = r.office !== undefined ? offices.get(r.office) : undefined;
  const title = office ? office.title : (r.title ?? r.office ?? '?');
  const country = office ? office.country : r.country;
  return `${title}${country ? ` (${country})` : ''}${span(r)}`;
}

function span(r: Role): string {
  if (r.from && r.to) return ` from ${formatIso(r.from)} to ${formatIso(r.to)}`;
  if (r.from) return ` from ${formatIso(r.from)}`;
  if (r.to) return ` until ${formatIso(r.to)}`;
  return '';
}

/** Which post a role is, whatever its dates. */
function postOf(r: Role): string {
  return r.office !== undefined ? `office:${r.office}` : `title:${r.title ?? ''}|${r.country ?? ''}`;
}

const iso = (d?: PartialDate) => (d ? formatIso(d) : '');

/** What changed in people's roles, one line each. */
function roleChanges(name: string, before: Person, after: Person, oldOffices: Map<string, Office>, newOffices: Map<string, Office>): string[] {
  const out: string[] = [];
  const unmatched = [...before.roles];
  const added: Role[] = [];
  for (const r of after.roles) {
    // The same role: the same post and start; an end given or moved is a change of that role.
    const i = unmatched.findIndex((o) => postOf(o) === postOf(r) && iso(o.from) === iso(r.from));
    if (i < 0) {
      added.push(r);
      continue;
    }
    const o = unmatched.splice(i, 1)[0];
    if (iso(o.to) === iso(r.to)) continue;
    if (o.to === undefined && r.to) out.push(`${name}: term as ${roleWords({ ...r, from: undefined, to: undefined }, newOffices)} ended ${formatIso(r.to)}`);
    else if (r.to === undefined) out.push(`${name}: ${roleWords(r, newOffices)}, no longer ended ${iso(o.to)}`);
    else out.push(`${name}: ${roleWords({ ...r, from: undefined, to: undefined }, newOffices)} now ends ${formatIso(r.to)}, not ${iso(o.to)}`);
  }
  for (const r of added) out.push(`${name}: ${roleWords(r, newOffices)} (new)`);
  for (const o of unmatched) out.push(`${name}: ${roleWords(o, oldOffices)} (removed)`);
  return out;
}

function listChanges(what: string, name: string, before: string[], after: string[]): string[] {
  const had = new Set(before);
  const has = new Set(after);
  const out: string[] = [];
  for (const a of after) if (!had.has(a)) out.push(`${name}: ${what} "${a}" (new)`);
  for (const b of before) if (!has.has(b)) out.push(`${name}: ${what} "${b}" (removed)`);
  return out;
}

/**
 * What changed from `before` to `after`, in words a desk editor reads: people first (new, gone,
 * renamed, each role begun, ended or removed, aliases), then offices, acronyms, terms, milestones.
 * Empty when the two say the same.
 */
export function diffTables(before: Facts, after: Facts): string[] {
  const out: string[] = [];
  const oldOffices = new Map(before.offices.map((o) => [o.id, o]));
  const newOffices = new Map(after.offices.map((o) => [o.id, o]));

  const oldPeople = new Map<string, Person>();
  for (const p of before.people) for (const k of personKeys(p)) if (!oldPeople.has(k)) oldPeople.set(k, p);
  const matched = new Set<Person>();
  for (const p of after.people) {
    const o = personKeys(p)
      .map((k) => oldPeople.get(k))
      .find((x) => x !== undefined && !matched.has(x) && (x.wikidata === undefined || p.wikidata === undefined || x.wikidata === p.wikidata));
    if (!o) {
      const roles = p.roles.map((r) => roleWords(r, newOffices));
      out.push(`${p.name}: new${roles.length > 0 ? `, ${roles.join('; ')}` : ''}`);
      continue;
    }
    matched.add(o);
    if (o.name !== p.name) out.push(`${p.name}: renamed from "${o.name}"`);
    out.push(...listChanges('alias', p.name, o.aliases, p.aliases));
    out.push(...roleChanges(p.name, o, p, oldOffices, newOffices));
  }
  for (const o of before.people) if (!matched.has(o)) out.push(`${o.name}: removed`);

  for (const o of after.offices) {
    const b = oldOffices.get(o.id);
    if (!b) {
      out.push(`office ${o.id}: new, "${o.title}"${o.country ? ` (${o.country})` : ''}`);
      continue;
    }
    if (b.title !== o.title) out.push(`office ${o.id}: title "${o.title}", was "${b.title}"`);
    if (b.country !== o.country) out.push(`office ${o.id}: country ${o.country ?? 'none'}, was ${b.country ?? 'none'}`);
    out.push(...listChanges('alias', `office ${o.id}`, b.aliases, o.aliases));
  }
  for (const b of before.offices) if (!newOffices.has(b.id)) out.push(`office ${b.id}: removed ("${b.title}")`);

  const oldAcronyms = new Map(before.acronyms.map((a) => [a.short, a]));
  const newAcronyms = new Set(after.acronyms.map((a) => a.short));
  for (const a of after.acronyms) {
    const b = oldAcronyms.get(a.short);
    if (!b) out.push(`acronym ${a.short}: new, "${a.expansion}"`);
    else {
      if (b.expansion !== a.expansion) out.push(`acronym ${a.short}: stands for "${a.expansion}", was "${b.expansion}"`);
      out.push(...listChanges('variant', `acronym ${a.short}`, b.variants, a.variants));
    }
  }
  for (const b of before.acronyms) if (!newAcronyms.has(b.short)) out.push(`acronym ${b.short}: removed`);

  const oldTerms = new Map(before.terms.map((t) => [t.canonical.toLowerCase(), t]));
  const newTerms = new Set(after.terms.map((t) => t.canonical.toLowerCase()));
  for (const t of after.terms) {
    const b = oldTerms.get(t.canonical.toLowerCase());
    if (!b) out.push(`term "${t.canonical}": new`);
    else {
      if (b.canonical !== t.canonical) out.push(`term "${t.canonical}": was written "${b.canonical}"`);
      out.push(...listChanges('variant', `term "${t.canonical}"`, b.variants, t.variants));
    }
  }
  for (const b of before.terms) if (!newTerms.has(b.canonical.toLowerCase())) out.push(`term "${b.canonical}": removed`);

  const oldMilestones = new Map(before.milestones.map((m) => [m.name.toLowerCase(), m]));
  const newMilestones = new Set(after.milestones.map((m) => m.name.toLowerCase()));
  for (const m of after.milestones) {
    const b = oldMilestones.get(m.name.toLowerCase());
    if (!b) out.push(`milestone "${m.name}": new, ${formatIso(m.date)}`);
    else {
      if (formatIso(b.date) !== formatIso(m.date)) out.push(`milestone "${m.name}": ${formatIso(m.date)}, was ${formatIso(b.date)}`);
      out.push(...listChanges('alias', `milestone "${m.name}"`, b.aliases, m.aliases));
    }
  }
  for (const b of before.milestones) if (!newMilestones.has(b.name.toLowerCase())) out.push(`milestone "${b.name}": removed`);

  const asOf = (f: Facts) => (f.horizons.length > 0 ? formatIso(f.horizons[0].date) : undefined);
  if (asOf(before) !== asOf(after)) out.push(`asOf ${asOf(after) ?? 'none'}, was ${asOf(before) ?? 'none'}`);
  return out;
}
