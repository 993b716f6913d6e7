/**
 * Merges loaded tables in order: a later table adds to an entry of an earlier one (aliases,
 * variants, roles, a missing country or source), and a contradiction is a conflict error at the
 * later place that names the earlier one. Inputs are not changed: an entry is copied only when a
 * later table adds to it.
 */
import { formatIso, sameDate } from '../dates';
import type { Acronym, Facts, FactsError, Milestone, Office, Person, Role, SourceRef, Term } from './model';
import { place, spotIn, type EntryKindName } from './spots';

/** An error at a place of a table. */
export function errorAt(ref: SourceRef, message: string): FactsError {
  return { file: ref.table, line: ref.line, column: ref.column, message };
}

/** Adds to `into` the strings of `more` it does not have yet, keeping order. */
function union(into: string[], more: string[]): void {
  if (more.length === 0) return;
  const have = new Set(into);
  for (const s of more) {
    if (!have.has(s)) {
      have.add(s);
      into.push(s);
    }
  }
}

function sameRole(a: Role, b: Role): boolean {
  const same = (x?: { year: number }, y?: { year: number }) => (x && y ? sameDate(x, y) : x === y);
  return a.office === b.office && a.title === b.title && a.country === b.country && same(a.from, b.from) && same(a.to, b.to);
}

/** The first entry for an id, where it was read, and places later tables supplied. */
interface Slot<T> {
  /** The entry, or its copy once a later table adds to it. */
  entry: T;
  /** The table the first entry was read from, and its index there. */
  table: Facts;
  index: number;
  /** Its index in the merged list. */
  outIndex: number;
  /** Whether `entry` is already a copy. */
  copied: boolean;
  /** Places of fields a later table filled in (e.g. a country). */
  filled?: Record<string, SourceRef>;
}

/** Keeps the first entry for each id; copies it only when a later table adds to it (inputs stay unchanged). */
class Index<T extends { at: SourceRef }> {
  private readonly slots = new Map<string, Slot<T>>();

  constructor(
    private readonly kind: EntryKindName,
    private readonly out: T[],
    private readonly copy: (entry: T) => T,
  ) {}

  /** Adds a first entry and returns undefined, or returns the earlier entry's slot, its entry copied so it may be changed. */
  addOrGet(id: string, entry: T, table: Facts, index: number): Slot<T> | undefined {
    const slot = this.slots.get(id);
    if (!slot) {
      this.slots.set(id, { entry, table, index, outIndex: this.out.length, copied: false });
      this.out.push(entry);
      return undefined;
    }
    if (!slot.copied) {
      slot.entry = this.copy(slot.entry);
      slot.copied = true;
      this.out[slot.outIndex] = slot.entry;
    }
    return slot;
  }

  /** The entry kept for an id, if any. */
  get(id: string): T | undefined {
    return this.slots.get(id)?.entry;
  }

  /** How many entries are kept. */
  get size(): number {
    return this.slots.size;
  }

  /** Where a field of the slot's entry is written. */
  spot(slot: Slot<T>, field: string): SourceRef {
    return slot.filled?.[field] ?? spotIn(slot.table, this.kind, slot.index, field) ?? slot.entry.at;
  }
}

/** Merges tables in order (see the module comment); `errors` holds the conflicts. */
export function mergeTables(tables: Facts[]): { facts: Facts; errors: FactsError[] } {
  const facts: Facts = { offices: [], people: [], acronyms: [], terms: [], milestones: [], horizons: [] };
  const errors: FactsError[] = [];
  const offices = new Index<Office>('offices', facts.offices, (o) => ({ ...o, aliases: [...o.aliases] }));
  const people = new Index<Person>('people', facts.people, (p) => ({ ...p, aliases: [...p.aliases], roles: [...p.roles] }));
  const acronyms = new Index<Acronym>('acronyms', facts.acronyms, (a) => ({ ...a, variants: [...a.variants] }));
  const terms = new Index<Term>('terms', facts.terms, (t) => ({ ...t, variants: [...t.variants] }));
  const milestones = new Index<Milestone>('milestones', facts.milestones, (m) => ({ ...m, aliases: [...m.aliases] }));
  const officeByQid = new Map<string, string>();
  const personByKey = new Map<string, string>();
  const namesakes = new Map<string, number>();
  const conflict = (later: SourceRef, what: string, earlier: SourceRef, gives: string, fix: string) =>
    errors.push(errorAt(later, `${what} conflicts with ${place(earlier)}, which gives ${gives}: ${fix}`));

  // Offices first, of every table: a role may name an office of any table, before or after its own.
  // An office whose Wikidata item an earlier table's office already has is that office, under
  // the earlier id: roles that name it are read with that id, and its title is another alias.
  const sameAs = new Map<string, string>();
  /** Each table's own offices, by the id it gives them, as the id they are kept under. */
  const own = new Map<Facts, Map<string, string>>();
  for (const table of tables) {
    const here = (kind: EntryKindName, i: number, field: string, entry: { at: SourceRef }) => spotIn(table, kind, i, field) ?? entry.at;
    const ids = new Map<string, string>();
    own.set(table, ids);
    table.offices.forEach((o, i) => {
      const known = o.wikidata !== undefined ? officeByQid.get(o.wikidata) : undefined;
      const id = known !== undefined && known !== o.id ? known : o.id;
      if (!ids.has(o.id)) ids.set(o.id, id);
      if (id !== o.id && !sameAs.has(o.id)) sameAs.set(o.id, id);
      const slot = offices.addOrGet(id, o, table, i);
      if (!slot) {
        if (o.wikidata !== undefined && !officeByQid.has(o.wikidata)) officeByQid.set(o.wikidata, o.id);
        return;
      }
      const seen = slot.entry;
      if (id !== o.id) {
        union(seen.aliases, [o.title, ...o.aliases].filter((t) => t !== seen.title));
      } else {
        union(seen.aliases, o.aliases);
        if (o.title !== seen.title) {
          conflict(here('offices', i, 'title', o), `title "${o.title}" of office "${o.id}"`, offices.spot(slot, 'title'), `"${seen.title}"`, 'an office has one title; keep one and list the other under "aliases"');
        }
      }
      if (o.wikidata !== undefined && seen.wikidata === undefined) {
        seen.wikidata = o.wikidata;
        if (!officeByQid.has(o.wikidata)) officeByQid.set(o.wikidata, seen.id);
      } else if (o.wikidata !== undefined && o.wikidata !== seen.wikidata) {
        conflict(here('offices', i, 'wikidata', o), `Wikidata item ${o.wikidata} of office "${o.id}"`, offices.spot(slot, 'wikidata'), seen.wikidata ?? '', 'if these are two offices, give this one its own id');
      }
      if (o.country !== undefined && seen.country === undefined) {
        seen.country = o.country;
        (slot.filled ??= {}).country = here('offices', i, 'country', o);
      } else if (o.country !== undefined && o.country !== seen.country) {
        conflict(here('offices', i, 'country', o), `country "${o.country}" of office "${o.id}"`, offices.spot(slot, 'country'), `"${seen.country}"`, 'if these are two offices, give this one its own id');
      }
      if (seen.source === undefined && o.source !== undefined) seen.source = o.source;
    });
  }
  // A role names an office of its own table by the id that table gives it; an office of another
  // table by its id there, which may be an office merged into an earlier one.
  const officeOf = (table: Facts, id: string) => own.get(table)?.get(id) ?? (offices.get(id) === undefined ? (sameAs.get(id) ?? id) : id);

  for (const table of tables) {
    // A person's roles with each office as it is kept; the same array when none is renamed.
    const rolesOf = (p: Person): Role[] => {
      if (sameAs.size === 0) return p.roles;
      let renamed = false;
      const roles = p.roles.map((r) => {
        const id = r.office !== undefined ? officeOf(table, r.office) : undefined;
        if (id === undefined || id === r.office) return r;
        renamed = true;
        return { ...r, office: id };
      });
      return renamed ? roles : p.roles;
    };
    // Each table's horizon stays its own: a later table's `asOf` says nothing of an earlier one's facts.
    facts.horizons.push(...table.horizons);
    const here = (kind: EntryKindName, i: number, field: string, entry: { at: SourceRef }) => spotIn(table, kind, i, field) ?? entry.at;

    table.people.forEach((p, i) => {
      const roles = rolesOf(p);
      const entry = roles === p.roles ? p : { ...p, roles };
      // One person: the same Wikidata item, or the same name where at most one of the two gives an item.
      let key = p.wikidata !== undefined ? personByKey.get(`wd:${p.wikidata}`) : undefined;
      if (key === undefined) {
        const named = personByKey.get(`name:${p.name}`);
        const earlier = named !== undefined ? people.get(named) : undefined;
        if (earlier && (p.wikidata === undefined || earlier.wikidata === undefined)) {
          if (p.wikidata === undefined && (namesakes.get(p.name) ?? 0) > 1) {
            errors.push(errorAt(p.at, `${namesakes.get(p.name)} people are named "${p.name}" in the tables before this one: give this entry the "wikidata" item of the one it means`));
            return;
          }
          key = named;
        }
      }
      if (key === undefined) {
        key = `#${people.size}`;
        namesakes.set(p.name, (namesakes.get(p.name) ?? 0) + 1);
      }
      const slot = people.addOrGet(key, entry, table, i);
      if (!personByKey.has(`name:${p.name}`)) personByKey.set(`name:${p.name}`, key);
      if (p.wikidata !== undefined && !personByKey.has(`wd:${p.wikidata}`)) personByKey.set(`wd:${p.wikidata}`, key);
      if (!slot) return;
      const seen = slot.entry;
      union(seen.aliases, p.name !== seen.name ? [p.name, ...p.aliases] : p.aliases);
      for (const role of roles) if (!seen.roles.some((r) => sameRole(r, role))) seen.roles.push(role);
      if (seen.wikidata === undefined && p.wikidata !== undefined) seen.wikidata = p.wikidata;
      if (seen.source === undefined && p.source !== undefined) seen.source = p.source;
    });

    table.acronyms.forEach((a, i) => {
      const slot = acronyms.addOrGet(a.short, a, table, i);
      if (!slot) return;
      const seen = slot.entry;
      union(seen.variants, a.variants);
      if (a.expansion !== seen.expansion) {
        conflict(here('acronyms', i, 'expansion', a), `expansion "${a.expansion}" of acronym "${a.short}"`, acronyms.spot(slot, 'expansion'), `"${seen.expansion}"`, 'keep one expansion, and list a wrong one under "variants"');
      }
      if (seen.source === undefined && a.source !== undefined) seen.source = a.source;
    });

    table.terms.forEach((term, i) => {
      // Phrases match in any case, so two spellings differing only in capitals are one entry.
      const slot = terms.addOrGet(term.canonical.toLowerCase(), term, table, i);
      if (!slot) return;
      union(slot.entry.variants, term.variants);
      if (slot.entry.source === undefined && term.source !== undefined) slot.entry.source = term.source;
    });

    table.milestones.forEach((m, i) => {
      const slot = milestones.addOrGet(m.name.toLowerCase(), m, table, i);
      if (!slot) return;
      const seen = slot.entry;
      union(seen.aliases, m.aliases);
      if (!sameDate(m.date, seen.date)) {
        conflict(here('milestones', i, 'date', m), `date ${formatIso(m.date)} of milestone "${m.name}"`, milestones.spot(slot, 'date'), formatIso(seen.date), 'a milestone has one date; correct one of them');
      }
      if (seen.source === undefined && m.source !== undefined) seen.source = m.source;
    });
  }
  return { facts, errors };
}
