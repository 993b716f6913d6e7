/**
 * Builds one table's model item by item, with the checks that need more than the schema:
 * real dates, `from` not after `to`, and ids defined twice in the table.
 * Entries the schema rejects are left out quietly; the schema's message already names them.
 */
import { isDataMap, itemStart, listOffsets, startOf, valueStart, type Data, type DataMap } from './data';
import { DATE_PATTERN, dateMessage, formatIso, parseDate, startsAfterEnd } from '../dates';
import type { Acronym, Facts, Milestone, Office, PartialDate, Person, Role, SourceRef, Term } from './model';
import { DAY_PATTERN, isOfficeId, isQid } from './schema';
import { column, newTableSpots, place, type EntryKindName, type Spot, type TableContext, type TableSpots } from './spots';
import type { Problem } from './validate';

const DAY_SHAPE = new RegExp(DAY_PATTERN);
const DATE_SHAPE = new RegExp(DATE_PATTERN);
const NO_ITEMS: readonly Data[] = [];

/** A non-empty string value of a key. */
function text(m: DataMap, key: string): string | undefined {
  const v = m[key];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** The items of a list key. */
function items(m: DataMap, key: string): readonly Data[] {
  const v = m[key];
  return Array.isArray(v) ? v : NO_ITEMS;
}

/** Builds the model of one table from the items of its top-level lists, in any order. */
export class TableBuilder {
  /** The model so far. */
  readonly facts: Facts = { offices: [], people: [], acronyms: [], terms: [], milestones: [], horizons: [] };
  /** Problems found so far, beyond the schema's. */
  readonly problems: Problem[] = [];
  private readonly spots: TableSpots;
  /** First offset of each id, per kind. */
  /** Each name listed, and whether every entry of it so far gives a Wikidata item. */
  private readonly namesakes = new Map<string, boolean>();
  private readonly seen = { offices: new Map<string, number>(), people: new Map<string, number>(), acronyms: new Map<string, number>(), terms: new Map<string, number>(), milestones: new Map<string, number>() };
  private readonly col: Record<string, Spot[]>;

  constructor(private readonly ctx: TableContext) {
    this.spots = newTableSpots(this.facts, ctx);
    const c = (kind: EntryKindName, field: string) => column(this.spots, kind, field);
    this.col = {
      officeTitle: c('offices', 'title'),
      officeCountry: c('offices', 'country'),
      officeAliases: c('offices', 'aliases'),
      personName: c('people', 'name'),
      personAliases: c('people', 'aliases'),
      personRoles: c('people', 'roles'),
      acronymShort: c('acronyms', 'short'),
      acronymExpansion: c('acronyms', 'expansion'),
      acronymVariants: c('acronyms', 'variants'),
      termCanonical: c('terms', 'canonical'),
      termVariants: c('terms', 'variants'),
      milestoneName: c('milestones', 'name'),
      milestoneDate: c('milestones', 'date'),
      milestoneAliases: c('milestones', 'aliases'),
    };
  }

  /** Adds one item of the top-level list `list`; items that are not mappings, or of unknown lists, are skipped. */
  add(list: string, item: Data): void {
    if (!isDataMap(item)) return;
    if (list === 'offices') this.office(item);
    else if (list === 'people') this.person(item);
    else if (list === 'acronyms') this.acronym(item);
    else if (list === 'terms') this.term(item);
    else if (list === 'milestones') this.milestone(item);
  }

  /**
   * Reads the table's `asOf` from its top level. A value of the wrong shape is the schema's to
   * report; one of the right shape that is no real day ("2026-02-30") is reported here.
   */
  horizon(root: DataMap): void {
    const v = root.asOf;
    if (typeof v !== 'string' || !DAY_SHAPE.test(v)) return;
    const date = parseDate(v);
    if (date?.day === undefined) {
      this.problems.push({ offset: valueStart(root, 'asOf'), message: `asOf "${v}" is not a real day: write the last day the table's facts were checked as YYYY-MM-DD` });
      return;
    }
    this.facts.horizons.push({ date, at: this.ref(valueStart(root, 'asOf')) });
  }

  private ref(offset: number): SourceRef {
    const { line, column } = this.ctx.lines.position(offset);
    return { table: this.ctx.table, file: this.ctx.file, line, column };
  }

  /** Reports an id already used by an earlier entry of this kind; true when it is one. */
  private duplicate(kind: EntryKindName, m: DataMap, key: string, message: (first: string) => string, id = m[key] as string): boolean {
    const first = this.seen[kind].get(id);
    if (first !== undefined) {
      this.problems.push({ offset: valueStart(m, key), message: message(place(this.ref(first))) });
      return true;
    }
    this.seen[kind].set(id, valueStart(m, key));
    return false;
  }

  /** The entry's Wikidata item, when it gives a well-formed one (the schema reports any other). */
  private qid(m: DataMap): string | undefined {
    const q = text(m, 'wikidata');
    return q !== undefined && isQid(q) ? q : undefined;
  }

  /** The non-empty strings of a list key; their offsets go into `col` at `index`. */
  private texts(m: DataMap, key: string, col: Spot[], index: number): string[] {
    const v = m[key];
    if (!Array.isArray(v)) return [];
    const values: string[] = [];
    let offsets: number[] | undefined; // made only when some item is left out
    for (let i = 0; i < v.length; i++) {
      const s = v[i];
      if (typeof s === 'string' && s !== '') {
        values.push(s);
        offsets?.push(itemStart(v, i));
      } else if (!offsets) {
        offsets = [startOf(v)];
        for (let j = 0; j < i; j++) offsets.push(itemStart(v, j));
      }
    }
    col[index] = offsets ?? listOffsets(v);
    return values;
  }

  /** A date value: absent, a PartialDate, or 'bad' (a problem is added when the schema let it through). */
  private date(m: DataMap, key: string): PartialDate | 'bad' | undefined {
    const v: Data | undefined = m[key];
    if (v === undefined) return undefined;
    const d = parseDate(v);
    if (d) return d;
    if (typeof v === 'string' && DATE_SHAPE.test(v)) this.problems.push({ offset: valueStart(m, key), message: dateMessage(v) });
    return 'bad';
  }

  private office(m: DataMap): void {
    const id = text(m, 'id');
    const title = text(m, 'title');
    if (id === undefined || title === undefined || !isOfficeId(id)) return;
    if (this.duplicate('offices', m, 'id', (p) => `office id "${id}" is already defined at ${p}: merge the two entries into one, or give this office a different id`)) return;
    const i = this.facts.offices.length;
    const office: Office = { id, title, aliases: this.texts(m, 'aliases', this.col.officeAliases, i), at: this.ref(startOf(m)) };
    this.col.officeTitle[i] = valueStart(m, 'title');
    const country = text(m, 'country');
    if (country !== undefined) {
      office.country = country;
      this.col.officeCountry[i] = valueStart(m, 'country');
    }
    const qid = this.qid(m);
    if (qid !== undefined) {
      if (this.duplicate('offices', m, 'wikidata', (p) => `Wikidata item ${qid} is already the office at ${p}: one item is one office; merge the two entries`, `wikidata:${qid}`)) return;
      office.wikidata = qid;
    }
    withSource(office, m);
    this.facts.offices.push(office);
  }

  private person(m: DataMap): void {
    const roles: Role[] = [];
    // Where each kept role names its office, in the list layout [start, item₀, …].
    const roleOffices = [0];
    for (const r of items(m, 'roles')) {
      const role = isDataMap(r) ? this.role(r) : undefined;
      if (!role) continue;
      roles.push(role);
      roleOffices.push(valueStart(r as DataMap, 'office'));
    }
    const name = text(m, 'name');
    if (name === undefined) return;
    const qid = this.qid(m);
    if (qid !== undefined && this.duplicate('people', m, 'wikidata', (p) => `Wikidata item ${qid} is already the person at ${p}: one item is one person; merge the two entries`, `wikidata:${qid}`)) return;
    // Two people with one name are two entries when every entry of that name gives its own Wikidata item.
    const allNamed = this.namesakes.get(name);
    const namesake = allNamed === true && qid !== undefined;
    if (allNamed === undefined) this.namesakes.set(name, qid !== undefined);
    if (!namesake && this.duplicate('people', m, 'name', (p) => `"${name}" is already listed at ${p}: merge the two entries into one and list every role under it, or, if they are two people, give each its "wikidata" item`)) return;
    const i = this.facts.people.length;
    const person: Person = { name, aliases: this.texts(m, 'aliases', this.col.personAliases, i), roles, at: this.ref(startOf(m)) };
    this.col.personName[i] = valueStart(m, 'name');
    this.col.personRoles[i] = roleOffices;
    if (qid !== undefined) person.wikidata = qid;
    withSource(person, m);
    this.facts.people.push(person);
  }

  private role(r: DataMap): Role | undefined {
    const office = text(r, 'office');
    const title = text(r, 'title');
    const from = this.date(r, 'from');
    const to = this.date(r, 'to');
    if ((office === undefined) === (title === undefined) || from === 'bad' || to === 'bad') return undefined;
    if (office !== undefined && !isOfficeId(office)) return undefined;
    if (from && to && startsAfterEnd(from, to)) {
      this.problems.push({
        offset: valueStart(r, 'from'),
        message: `this role starts (from: ${formatIso(from)}) after it ends (to: ${formatIso(to)}): swap the two dates or correct one of them`,
      });
    }
    const role: Role = office !== undefined ? { office, at: this.ref(startOf(r)) } : { title, at: this.ref(startOf(r)) };
    const country = office === undefined ? text(r, 'country') : undefined;
    if (country !== undefined) role.country = country;
    if (from) role.from = from;
    if (to) role.to = to;
    withSource(role, r);
    return role;
  }

  private acronym(m: DataMap): void {
    const short = text(m, 'short');
    const expansion = text(m, 'expansion');
    if (short === undefined || expansion === undefined) return;
    if (this.duplicate('acronyms', m, 'short', (p) => `acronym "${short}" is already defined at ${p}: merge the two entries into one`)) return;
    const i = this.facts.acronyms.length;
    const acronym: Acronym = { short, expansion, variants: this.texts(m, 'variants', this.col.acronymVariants, i), at: this.ref(startOf(m)) };
    this.col.acronymShort[i] = valueStart(m, 'short');
    this.col.acronymExpansion[i] = valueStart(m, 'expansion');
    withSource(acronym, m);
    this.facts.acronyms.push(acronym);
  }

  private term(m: DataMap): void {
    const canonical = text(m, 'canonical');
    if (canonical === undefined) return;
    if (this.duplicate('terms', m, 'canonical', (p) => `term "${canonical}" is already defined at ${p}: merge the two entries into one`)) return;
    const i = this.facts.terms.length;
    const term: Term = { canonical, variants: this.texts(m, 'variants', this.col.termVariants, i), at: this.ref(startOf(m)) };
    this.col.termCanonical[i] = valueStart(m, 'canonical');
    withSource(term, m);
    this.facts.terms.push(term);
  }

  private milestone(m: DataMap): void {
    const name = text(m, 'name');
    const when = this.date(m, 'date');
    if (name === undefined || when === undefined || when === 'bad') return;
    if (this.duplicate('milestones', m, 'name', (p) => `milestone "${name}" is already defined at ${p}: merge the two entries into one`)) return;
    const i = this.facts.milestones.length;
    const milestone: Milestone = { name, aliases: this.texts(m, 'aliases', this.col.milestoneAliases, i), date: when, at: this.ref(startOf(m)) };
    this.col.milestoneName[i] = valueStart(m, 'name');
    this.col.milestoneDate[i] = valueStart(m, 'date');
    withSource(milestone, m);
    this.facts.milestones.push(milestone);
  }
}

/** Sets an entry's `source` when its table gives one; an entry without one has no such key. */
function withSource(entry: { source?: string }, m: DataMap): void {
  const source = text(m, 'source');
  if (source !== undefined) entry.source = source;
}
