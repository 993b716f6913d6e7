/**
 * Wikidata items → a facts table: the one converter of both imports (a file, or what the online
 * import fetched). Pure: items in, a `TableDoc` and notes on what was left out.
 *
 * - People are items with position-held (P39) statements; each statement that is not deprecated
 *   is a role, from its start time (P580) to its end time (P582) at Wikidata's precision.
 * - Offices are the items those statements name; an office's country is the label of its
 *   country (P17) or jurisdiction (P1001) when that item is at hand.
 * - A role that ended at a time the table cannot take (an end of "unknown value" or of a date
 *   coarser than a year, or a successor (P1366) named with no end) ends where the successor's
 *   role in the same office starts, when that is at hand; else it is left out, as "still held"
 *   would be wrong. An open role of a person with a date of death (P570) ends then.
 * - Other items: one with a short name (P1813) that reads as an acronym is an acronym; one with a
 *   point in time (P585) is a milestone.
 */
import { isAcronymShort, parseIsoDate, startsAfterEnd } from '../../../engine';
import { kebabCase, type AcronymDoc, type DateText, type MilestoneDoc, type OfficeDoc, type PersonDoc, type RoleDoc, type TableDoc } from '../../../project/table-doc';
import { aliases, bestStatements, HUMAN, itemValue, label, monolingualValue, P, qidNumber, qualifiers, statements, timeValue } from './claims';
import { isJsonObject } from '../json';
import type { EntityMap, WdEntity, WdStatement } from './entities';

/** How to convert. */
export interface ConvertOptions {
  /** The language of names and titles; `mul`, then `en`, stand in for a missing label. */
  lang: string;
  /** Leave out roles that ended before this year. */
  since?: number;
  /** The table's `asOf`. */
  asOf: string;
  /** Only roles in these offices (QIDs); every office when absent. */
  offices?: ReadonlySet<string>;
  /** How notes name where the items came from ("entities.json"). */
  sourceName: string;
}

/** The table, and one line for each kind of thing that was left out. */
export interface Conversion {
  doc: TableDoc;
  notes: string[];
}

/** The properties and qualifiers the converter reads: the online import keeps only these of what it fetches. */
export const READ_PROPERTIES: readonly string[] = [P.instanceOf, P.country, P.jurisdiction, P.positionHeld, P.pointInTime, P.shortName, P.dateOfDeath];
const READ_QUALIFIERS: readonly string[] = [P.start, P.end, P.replacedBy];

/** A role as read from its statement, before its end is settled. */
interface RawRole {
  person: string;
  office: string;
  statement: string;
  from?: DateText;
  to?: DateText;
  /** open: no end; ended: ended at a time Wikidata does not give. */
  end: 'date' | 'open' | 'ended';
  successors: string[];
}

/** Converts items to a table. */
export function convertEntities(entities: EntityMap, options: ConvertOptions): Conversion {
  const languages = [...new Set([options.lang, 'mul', 'en'])];
  // An item kept under two ids (a redirect and its target) is one item.
  const byId = new Map([...entities.values()].filter((e): e is WdEntity => e !== null).map((e) => [e.id, e]));
  const items = [...byId.values()].sort((a, b) => qidNumber(a.id) - qidNumber(b.id));
  const notes = new Notes(options, languages);
  const item = (qid: string) => entities.get(qid) ?? undefined;

  // People and the roles their statements give.
  const raw: RawRole[] = [];
  const people = new Map<string, { entity: WdEntity; name: string; language: string }>();
  const offices = new Set<string>();
  for (const e of items) {
    const held = statements(e, P.positionHeld);
    if (held.length === 0) continue;
    const name = label(e, languages);
    if (!name) {
      notes.unlabelled.push(e.id);
      continue;
    }
    people.set(e.id, { entity: e, name: name.text, language: name.language });
    for (const s of held) {
      const office = itemValue(s.mainsnak);
      if (office === undefined || (options.offices && !options.offices.has(office))) continue;
      const o = item(office);
      if (!o) {
        notes.missingOffice.set(office, (notes.missingOffice.get(office) ?? 0) + 1);
        continue;
      }
      if (!label(o, languages)) {
        if (!notes.unlabelled.includes(office)) notes.unlabelled.push(office);
        continue;
      }
      offices.add(o.id);
      raw.push(rawRole(e.id, o.id, s));
    }
  }

  // Settle the ends: a successor's start, or the date of death.
  const starts = new Map<string, DateText[]>();
  for (const r of raw) if (r.from !== undefined) starts.set(`${r.person} ${r.office}`, [...(starts.get(`${r.person} ${r.office}`) ?? []), r.from]);
  const roles = new Map<string, RoleDoc[]>();
  for (const r of raw) {
    if (r.end === 'ended') {
      const next = r.successors.flatMap((s) => starts.get(`${item(s)?.id ?? s} ${r.office}`) ?? []).filter((d) => r.from === undefined || !endsBefore(d, r.from));
      r.to = next.sort()[0];
    }
    if (r.to === undefined && r.end !== 'date') r.to = deathDate(people.get(r.person)!.entity);
    if (r.end === 'ended' && r.to === undefined) {
      notes.endUnknown.push(`${r.person} (${r.statement})`);
      for (const s of r.successors) if (!item(s) && !notes.absentSuccessors.includes(s)) notes.absentSuccessors.push(s);
      continue;
    }
    if (r.from !== undefined && r.to !== undefined && endsBefore(r.to, r.from)) {
      notes.backwards.push(`${r.person} (${r.statement})`);
      continue;
    }
    if (options.since !== undefined && r.to !== undefined && Number(r.to.slice(0, 4)) < options.since) continue;
    const role: RoleDoc = { office: officeId(item(r.office)!, languages), from: r.from, to: r.to, source: `Wikidata ${r.person}, statement ${r.statement}` };
    const list = roles.get(r.person) ?? [];
    if (!list.some((x) => x.office === role.office && x.from === role.from && x.to === role.to)) list.push(role);
    roles.set(r.person, list);
  }

  const doc: TableDoc = { version: 1, asOf: options.asOf };
  doc.offices = [...offices].map((q) => officeDoc(item(q)!, languages, item)).sort((a, b) => compare(a.title, b.title) || qidNumber(a.wikidata!) - qidNumber(b.wikidata!));
  doc.people = [...people.entries()]
    .filter(([q]) => roles.has(q))
    .map(([q, p]): PersonDoc => ({
      name: p.name,
      aliases: aliases(p.entity, p.language, p.name),
      wikidata: q,
      roles: roles.get(q)!.sort((a, b) => compare(a.from ?? '', b.from ?? '') || compare(a.to ?? '~', b.to ?? '~') || compare(a.office!, b.office!)),
      source: `Wikidata ${q}`,
    }))
    .sort((a, b) => compare(a.name, b.name) || qidNumber(a.wikidata!) - qidNumber(b.wikidata!));

  // Other items: not people, offices or the offices' countries.
  const countries = new Set([...offices].flatMap((q) => countryIds(item(q)!)));
  const others = items.filter((e) => !people.has(e.id) && !offices.has(e.id) && !countries.has(e.id) && !isHuman(e) && statements(e, P.positionHeld).length === 0);
  doc.acronyms = acronyms(others, languages, notes);
  doc.milestones = milestones(others, languages, notes);
  return { doc, notes: notes.lines() };
}

function rawRole(person: string, office: string, s: WdStatement): RawRole {
  const first = (property: string, pick: (dates: DateText[]) => DateText | undefined) =>
    pick(
      qualifiers(s, property)
        .map(timeValue)
        .filter((d): d is DateText => d !== undefined),
    );
  // Several starts or ends: the widest span, so that an uncertain table makes factlint quieter.
  const from = first(P.start, (d) => d.sort()[0]);
  const to = first(P.end, (d) => d.sort().reverse()[0]);
  // An end that is "unknown value", or a date too coarse or too old for the table, still says the
  // role ended (only "no value" says it did not); so does a successor.
  const ends = qualifiers(s, P.end).filter((q) => q.snaktype !== 'novalue');
  const successors = qualifiers(s, P.replacedBy);
  const ended = to === undefined && (ends.length > 0 || successors.length > 0);
  return {
    person,
    office,
    statement: typeof s.id === 'string' && s.id !== '' ? s.id : `${person} ${P.positionHeld}`,
    from,
    to,
    end: to !== undefined ? 'date' : ended ? 'ended' : 'open',
    successors: successors.map(itemValue).filter((q): q is string => q !== undefined),
  };
}

function deathDate(e: WdEntity): DateText | undefined {
  return bestStatements(e, P.dateOfDeath)
    .map((s) => timeValue(s.mainsnak))
    .find((d) => d !== undefined);
}

function isHuman(e: WdEntity): boolean {
  return statements(e, P.instanceOf).some((s) => itemValue(s.mainsnak) === HUMAN);
}

/** The items an office names as its country (P17), else its jurisdiction (P1001), best rank first. */
export function countryIds(e: WdEntity): string[] {
  for (const property of [P.country, P.jurisdiction]) {
    const ids = bestStatements(e, property)
      .map((s) => itemValue(s.mainsnak))
      .filter((q): q is string => q !== undefined);
    if (ids.length > 0) return ids;
  }
  return [];
}

/** An office's id: its title in kebab-case, then its QID, which keeps two offices of one title apart. */
export function officeId(e: WdEntity, languages: readonly string[]): string {
  const stem = kebabCase(label(e, languages)?.text ?? '', 60);
  return stem === null ? e.id.toLowerCase() : `${stem}-${e.id.toLowerCase()}`;
}

function officeDoc(e: WdEntity, languages: readonly string[], item: (q: string) => WdEntity | undefined): OfficeDoc {
  const title = label(e, languages)!;
  const country = countryIds(e)
    .map((q) => item(q))
    .map((c) => (c ? label(c, languages)?.text : undefined))
    .find((t) => t !== undefined);
  return { id: officeId(e, languages), title: title.text, aliases: aliases(e, title.language, title.text), country, wikidata: e.id, source: `Wikidata ${e.id}` };
}

function acronyms(items: WdEntity[], languages: readonly string[], notes: Notes): AcronymDoc[] {
  const out: AcronymDoc[] = [];
  const seen = new Map<string, string>();
  for (const e of items) {
    const name = label(e, languages);
    if (!name) continue;
    const short = bestStatements(e, P.shortName)
      .map((s) => monolingualValue(s.mainsnak))
      .find((v) => v !== undefined && (v.language === name.language || v.language === 'mul') && isAcronymShort(v.text) && v.text !== name.text);
    if (!short) continue;
    const first = seen.get(short.text);
    if (first !== undefined) {
      notes.sameAcronym.push(`${short.text} (${e.id}; kept ${first})`);
      continue;
    }
    seen.set(short.text, e.id);
    out.push({ short: short.text, expansion: name.text, source: `Wikidata ${e.id}` });
  }
  return out.sort((a, b) => compare(a.short, b.short));
}

function milestones(items: WdEntity[], languages: readonly string[], notes: Notes): MilestoneDoc[] {
  const out: MilestoneDoc[] = [];
  const seen = new Map<string, string>();
  for (const e of items) {
    const when = bestStatements(e, P.pointInTime);
    if (when.length === 0) continue;
    const name = label(e, languages);
    const date = when.map((s) => timeValue(s.mainsnak)).find((d) => d !== undefined);
    if (!name) {
      notes.unlabelled.push(e.id);
      continue;
    }
    if (date === undefined) {
      notes.undated.push(e.id);
      continue;
    }
    const first = seen.get(name.text);
    if (first !== undefined) {
      notes.sameMilestone.push(`"${name.text}" (${e.id}; kept ${first})`);
      continue;
    }
    seen.set(name.text, e.id);
    out.push({ name: name.text, aliases: aliases(e, name.language, name.text), date, source: `Wikidata ${e.id}` });
  }
  return out.sort((a, b) => compare(a.date, b.date) || compare(a.name, b.name));
}

/** Only the parts of an item the converter reads: the online import keeps these, not whole items. */
export function trimEntity(e: WdEntity, languages: readonly string[]): WdEntity {
  const pick = <T>(m: Record<string, T> | undefined, keys: readonly string[]) => {
    const out: Record<string, T> = {};
    if (isJsonObject(m)) for (const k of keys) if (m[k] !== undefined) out[k] = m[k];
    return out;
  };
  const claims: Record<string, WdStatement[]> = {};
  for (const [property, list] of Object.entries(pick(e.claims, READ_PROPERTIES))) {
    if (!Array.isArray(list)) continue;
    claims[property] = (list.filter(isJsonObject) as WdStatement[]).map((s) => ({ id: s.id, rank: s.rank, mainsnak: s.mainsnak, qualifiers: pick(s.qualifiers, READ_QUALIFIERS) }));
  }
  return { id: e.id, type: e.type, labels: pick(e.labels, languages), aliases: pick(e.aliases, languages), claims };
}

/** Whether the span of date `a` ends before that of `b` starts, as the table's loader judges a role's `to` and `from`. */
function endsBefore(a: DateText, b: DateText): boolean {
  return startsAfterEnd(parseIsoDate(b)!, parseIsoDate(a)!);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** What was left out, gathered for one line per kind. */
class Notes {
  readonly missingOffice = new Map<string, number>();
  readonly unlabelled: string[] = [];
  readonly endUnknown: string[] = [];
  /** Successors named by roles in `endUnknown` that are not at hand. */
  readonly absentSuccessors: string[] = [];
  readonly backwards: string[] = [];
  readonly undated: string[] = [];
  readonly sameAcronym: string[] = [];
  readonly sameMilestone: string[] = [];

  constructor(
    private readonly options: ConvertOptions,
    private readonly languages: readonly string[],
  ) {}

  lines(): string[] {
    const out: string[] = [];
    const src = this.options.sourceName;
    if (this.missingOffice.size > 0) {
      const roles = [...this.missingOffice.values()].reduce((a, b) => a + b, 0);
      const list = [...this.missingOffice].sort((a, b) => b[1] - a[1] || qidNumber(a[0]) - qidNumber(b[0])).map(([q, n]) => (n === 1 ? q : `${q} (${n} roles)`));
      out.push(`${count(roles, 'role')} name${roles === 1 ? 's an office' : ' offices'} that ${src} does not hold, so ${roles === 1 ? 'it was' : 'they were'} left out: ${few(list)}; add ${this.missingOffice.size === 1 ? 'that item' : 'those items'} to ${src} to import ${roles === 1 ? 'it' : 'them'}`);
    }
    if (this.unlabelled.length > 0) {
      out.push(`${count(this.unlabelled.length, 'item')} in ${src} ${this.unlabelled.length === 1 ? 'has' : 'have'} no label in ${this.languages.join(', ')}, so ${this.unlabelled.length === 1 ? 'it was' : 'they were'} left out, with any role in ${this.unlabelled.length === 1 ? 'it' : 'them'}: ${few(this.unlabelled)}`);
    }
    if (this.endUnknown.length > 0) {
      const n = this.endUnknown.length;
      const add = this.absentSuccessors.length > 0 ? `; adding the successors' items (${few(this.absentSuccessors)}) to ${src} may date ${n === 1 ? 'it' : 'them'}` : '';
      out.push(`${count(n, 'role')} ended at a time Wikidata does not give to the year (an end of "unknown value" or a coarser date, or a successor named without an end) and no successor's start in the same office is at hand, so ${n === 1 ? 'it was' : 'they were'} left out: ${few(this.endUnknown)}${add}`);
    }
    if (this.backwards.length > 0) out.push(`${count(this.backwards.length, 'role')} in Wikidata end${this.backwards.length === 1 ? 's' : ''} before ${this.backwards.length === 1 ? 'it starts' : 'they start'}, so ${this.backwards.length === 1 ? 'it was' : 'they were'} left out: ${few(this.backwards)}`);
    if (this.undated.length > 0) out.push(`${count(this.undated.length, 'item')} with a point in time (P585) coarser than a year or before the year 1000 ${this.undated.length === 1 ? 'was' : 'were'} left out: ${few(this.undated)}`);
    if (this.sameAcronym.length > 0) out.push(`${count(this.sameAcronym.length, 'acronym')} already taken by an earlier item ${this.sameAcronym.length === 1 ? 'was' : 'were'} left out: ${few(this.sameAcronym)}`);
    if (this.sameMilestone.length > 0) out.push(`${count(this.sameMilestone.length, 'milestone')} named like an earlier one ${this.sameMilestone.length === 1 ? 'was' : 'were'} left out: ${few(this.sameMilestone)}`);
    return out;
  }
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** At most ten of a list, then how many more. */
function few(list: string[]): string {
  return list.length <= 10 ? list.join(', ') : `${list.slice(0, 10).join(', ')} and ${list.length - 10} more`;
}
