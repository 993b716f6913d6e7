/**
 * `factlint tables import popolo`: a facts table from a Popolo JSON document (popoloproject.com,
 * the format of EveryPolitician's data): persons become people, posts offices, memberships
 * roles, events with a start date milestones, and an organization's name marked as an
 * abbreviation an acronym. What cannot be read for certain is left out with a warning, never
 * guessed; docs/facts-tables.md, "Importing from Popolo and spreadsheets" says what is kept and lost.
 */
import * as path from 'node:path';
import { isAcronymShort, isQid, parseIsoDate, startsAfterEnd } from '../../engine';
import { kebabCase, type AcronymDoc, type MilestoneDoc, type OfficeDoc, type PersonDoc, type RoleDoc, type TableDoc } from '../../project/table-doc';
import type { CliIo } from '../main';
import { printable } from '../printable';
import type { ImportedTable } from './imports';
import { readInput } from './input';
import { isJsonObject, jsonErrorMessage, readJson } from './json';
import { IMPORT_OPTIONS, importTarget, parseOptions, UsageError } from './options';

/** A JSON object. */
type Obj = Record<string, unknown>;

const isObj = isJsonObject;

/** A key's text, trimmed; undefined when it is not a non-empty string. */
function str(o: Obj, key: string): string | undefined {
  const v = o[key];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

/** A key's objects (anything else in the list is skipped). */
function objects(o: Obj, key: string): Obj[] {
  const v = o[key];
  return Array.isArray(v) ? v.filter(isObj) : [];
}

/** What the conversion is told besides the document. */
export interface PopoloOptions {
  /** The file's name, for sources ("people.json: person 12"). */
  file: string;
  /** `--country`: the country of every office and one-off title. */
  country?: string;
}

/** The table a document makes, and what was left out and why. */
export interface PopoloTable {
  doc: TableDoc;
  warnings: string[];
}

/** A note on an organization's other name that marks it as its short form. */
const ABBREVIATION_NOTE = /\b(abbreviation|abbreviated|acronym|initialism)\b/i;
/** Popolo's dates: YYYY, YYYY-MM, YYYY-MM-DD, or a day with a time, which a table has no use for. */
const POPOLO_DATE = /^([0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?)$|^([0-9]{4}-[0-9]{2}-[0-9]{2})T[0-9]{2}(?::[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?)?(?:Z|[+-][0-9]{2}(?::?[0-9]{2})?)?$/;

/** Converts a Popolo document (already parsed) to a table; an error when it is not one. */
export function popoloTable(data: unknown, options: PopoloOptions): PopoloTable | { error: string } {
  if (!isObj(data) || !['persons', 'organizations', 'posts', 'memberships', 'events'].some((k) => Array.isArray(data[k]))) {
    return { error: 'this is not a Popolo document: a JSON object with lists of "persons", "organizations", "posts", "memberships" or "events"' };
  }
  return new Converter(data, options).run();
}

class Converter {
  private readonly warnings: string[] = [];
  private readonly areas = new Map<string, Obj>();
  private readonly organizations = new Map<string, Obj>();
  /** Office ids by post id, for the posts that became offices. */
  private readonly officeOf = new Map<string, string>();

  constructor(
    private readonly data: Obj,
    private readonly options: PopoloOptions,
  ) {
    for (const a of objects(data, 'areas')) if (str(a, 'id')) this.areas.set(str(a, 'id') as string, a);
    for (const o of objects(data, 'organizations')) if (str(o, 'id')) this.organizations.set(str(o, 'id') as string, o);
  }

  private warn(message: string): void {
    this.warnings.push(message);
  }

  private source(what: string, id: string | undefined): string | undefined {
    return id === undefined ? undefined : `${this.options.file}: ${what} ${id}`;
  }

  run(): PopoloTable {
    const doc: TableDoc = { version: 1 };
    doc.offices = this.offices();
    doc.people = this.people();
    doc.acronyms = this.acronyms();
    doc.milestones = this.milestones();
    return { doc, warnings: this.warnings };
  }

  /**
   * The country of an office or a one-off title: `--country`, else the area it belongs to, else
   * its organization, when that is classified as a country; else none.
   */
  private country(o: Obj): string | undefined {
    if (this.options.country !== undefined) return this.options.country;
    const area = isObj(o.area) ? o.area : this.areas.get(str(o, 'area_id') ?? '');
    const organization = isObj(o.organization) ? o.organization : this.organizations.get(str(o, 'organization_id') ?? '');
    for (const x of [area, organization]) {
      if (x && str(x, 'classification')?.toLowerCase() === 'country' && str(x, 'name')) return str(x, 'name');
    }
    return undefined;
  }

  /** A Popolo date as a table writes it; undefined (with a warning) when it is none. */
  private date(o: Obj, key: string, what: string): string | undefined {
    const v = o[key];
    if (v === undefined || v === null || v === '') return undefined;
    const m = typeof v === 'string' ? POPOLO_DATE.exec(v.trim()) : null;
    const day = m ? (m[1] ?? m[2]) : undefined;
    if (day !== undefined && parseIsoDate(day)) return day;
    this.warn(`${what}: ${key} ${JSON.stringify(v)} is not a date (YYYY, YYYY-MM or YYYY-MM-DD): imported without it`);
    return undefined;
  }

  private offices(): OfficeDoc[] {
    const out: OfficeDoc[] = [];
    const used = new Set<string>();
    for (const post of objects(this.data, 'posts')) {
      const id = str(post, 'id');
      const label = str(post, 'label');
      if (id === undefined) continue; // nothing can hold it
      if (this.officeOf.has(id)) {
        this.warn(`post ${id} is listed twice: the first one is imported`);
        continue;
      }
      if (label === undefined) {
        this.warn(`post ${id} has no label to be its title: left out, with its memberships`);
        continue;
      }
      // In kebab-case: the label for people to read, the post's id to keep it unique.
      const officeId = uniqueId([kebabCase(label), kebabCase(id)].filter((s) => s !== null).join('-') || 'post', used);
      this.officeOf.set(id, officeId);
      const aliases = [...new Set([...stringsOf(post.other_label), ...stringsOf(post.other_labels)])].filter((a) => a !== label);
      const office: OfficeDoc = { id: officeId, title: label };
      if (aliases.length > 0) office.aliases = aliases;
      const country = this.country(post);
      if (country !== undefined) office.country = country;
      office.source = this.source('post', id);
      out.push(office);
    }
    return out;
  }

  private people(): PersonDoc[] {
    const byId = new Map<string, PersonDoc & { roles: RoleDoc[] }>();
    for (const p of objects(this.data, 'persons')) {
      const id = str(p, 'id');
      const name = str(p, 'name');
      if (id === undefined || name === undefined) {
        this.warn(`a person ${id === undefined ? `named ${JSON.stringify(name ?? '')} has no id` : `(${id}) has no name`}: left out`);
        continue;
      }
      if (byId.has(id)) {
        this.warn(`person ${id} is listed twice: the first one is imported`);
        continue;
      }
      const person: PersonDoc & { roles: RoleDoc[] } = { name, roles: [] };
      const aliases = [...new Set(objects(p, 'other_names').map((n) => str(n, 'name')))].filter((a): a is string => a !== undefined && a !== name);
      if (aliases.length > 0) person.aliases = aliases;
      const items = objects(p, 'identifiers').filter((x) => str(x, 'scheme')?.toLowerCase() === 'wikidata');
      const item = items.map((x) => str(x, 'identifier')).find((q) => q !== undefined && isQid(q));
      if (item !== undefined) person.wikidata = item;
      else if (items.length > 0) this.warn(`person ${id}: the wikidata identifier ${JSON.stringify(items[0].identifier)} is not an item id (Q…): imported without it`);
      person.source = this.source('person', id);
      byId.set(id, person);
    }
    this.roles(byId);
    return this.namesakesApart([...byId.entries()]);
  }

  /** Adds each membership's role to its person. */
  private roles(people: Map<string, PersonDoc & { roles: RoleDoc[] }>): void {
    let plain = 0;
    const posts = new Set(objects(this.data, 'posts').map((p) => str(p, 'id')));
    for (const [index, m] of objects(this.data, 'memberships').entries()) {
      const id = str(m, 'id');
      const what = `membership ${id ?? `#${index + 1}`}`;
      const personId = str(m, 'person_id');
      const person = personId !== undefined ? people.get(personId) : undefined;
      const postId = str(m, 'post_id');
      let role: RoleDoc;
      if (postId !== undefined) {
        const office = this.officeOf.get(postId);
        if (office === undefined) {
          if (!posts.has(postId)) this.warn(`${what}: post ${postId} is not in the file: left out`);
          continue;
        }
        role = { office };
      } else {
        const title = this.title(m);
        if (title === undefined) {
          plain++;
          continue;
        }
        role = { title };
        const country = this.country(m);
        if (country !== undefined) role.country = country;
      }
      if (!person) {
        this.warn(`${what}: ${personId === undefined ? 'it names no person_id' : `person ${personId} is not in the file`}: left out`);
        continue;
      }
      const from = this.date(m, 'start_date', what);
      const to = this.date(m, 'end_date', what);
      if (from !== undefined && to !== undefined && startsAfterEnd(parseIsoDate(from)!, parseIsoDate(to)!)) {
        this.warn(`${what}: it starts (${from}) after it ends (${to}): imported without its dates`);
      } else {
        if (from !== undefined) role.from = from;
        if (to !== undefined) role.to = to;
      }
      const same = person.roles.some((r) => r.office === role.office && r.title === role.title && r.country === role.country && r.from === role.from && r.to === role.to);
      if (same) continue;
      const source = this.source('membership', id);
      if (source !== undefined) role.source = source;
      person.roles.push(role);
    }
    if (plain > 0) this.warn(`${plain} ${plain === 1 ? 'membership has' : 'memberships have'} no post, label, or role in a named organization, so no title to import: left out`);
  }

  /**
   * The one-off title of a membership without a post: its `label`, else its `role` and its
   * organization's name ("Chair of the Harbour Committee"); none when there is neither.
   */
  private title(m: Obj): string | undefined {
    const label = str(m, 'label');
    if (label !== undefined) return label;
    const role = str(m, 'role');
    const organization = isObj(m.organization) ? m.organization : this.organizations.get(str(m, 'organization_id') ?? '');
    const name = organization ? str(organization, 'name') : undefined;
    if (role === undefined || name === undefined) return undefined;
    return `${role.charAt(0).toUpperCase()}${role.slice(1)} of ${name}`;
  }

  /**
   * The people, less those a table could not tell apart: two people of one name are two entries
   * only when each has its own Wikidata item, and one item is one person.
   */
  private namesakesApart(people: [string, PersonDoc][]): PersonDoc[] {
    const byName = groupBy(people, ([, p]) => p.name);
    const byItem = groupBy(
      people.filter(([, p]) => p.wikidata !== undefined),
      ([, p]) => p.wikidata as string,
    );
    const left = new Set<string>();
    for (const [name, group] of byName) {
      const items = new Set(group.map(([, p]) => p.wikidata));
      if (group.length > 1 && (items.has(undefined) || items.size < group.length)) {
        this.warn(`persons ${group.map(([id]) => id).join(', ')} are all named "${name}" and no Wikidata item of their own tells them apart: left out`);
        for (const [id] of group) left.add(id);
      }
    }
    for (const [item, group] of byItem) {
      if (group.length > 1 && group.some(([id]) => !left.has(id))) {
        this.warn(`persons ${group.map(([id]) => id).join(', ')} have the same Wikidata item ${item}: left out`);
        for (const [id] of group) left.add(id);
      }
    }
    return people.filter(([id]) => !left.has(id)).map(([, p]) => p);
  }

  /** Short names that the document marks as abbreviations of an organization's name. */
  private acronyms(): AcronymDoc[] {
    const found: [string, AcronymDoc][] = [];
    for (const o of this.organizations.values()) {
      const name = str(o, 'name');
      if (name === undefined) continue;
      const shorts = [str(o, 'abbreviation'), ...objects(o, 'other_names').filter((n) => ABBREVIATION_NOTE.test(str(n, 'note') ?? '')).map((n) => str(n, 'name'))];
      for (const short of new Set(shorts)) {
        if (short === undefined || short === name || !isAcronymShort(short)) continue;
        found.push([short, { short, expansion: name, source: this.source('organization', str(o, 'id')) }]);
      }
    }
    const out: AcronymDoc[] = [];
    for (const [short, group] of groupBy(found, ([s]) => s)) {
      const expansions = [...new Set(group.map(([, a]) => a.expansion))];
      if (expansions.length > 1) this.warn(`the abbreviation ${short} is given to ${expansions.map((e) => `"${e}"`).join(' and ')}: left out`);
      else out.push(group[0][1]);
    }
    return out;
  }

  /** Events with a start date, as milestones. */
  private milestones(): MilestoneDoc[] {
    const found: MilestoneDoc[] = [];
    for (const [index, e] of objects(this.data, 'events').entries()) {
      const name = str(e, 'name');
      const id = str(e, 'id');
      if (name === undefined) continue;
      const date = this.date(e, 'start_date', `event ${id ?? `#${index + 1}`}`);
      if (date === undefined) continue;
      const m: MilestoneDoc = { name, date };
      const source = this.source('event', id);
      if (source !== undefined) m.source = source;
      found.push(m);
    }
    const out: MilestoneDoc[] = [];
    for (const [name, group] of groupBy(found, (m) => m.name)) {
      const dates = [...new Set(group.map((m) => m.date))];
      if (dates.length > 1) this.warn(`the events named "${name}" start on different dates (${dates.join(', ')}): left out`);
      else out.push(group[0]);
    }
    return out;
  }
}

/** The strings of a list that may hold strings or objects with a `name` or `label`. */
function stringsOf(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  return v.map((x) => (typeof x === 'string' ? x.trim() : isObj(x) ? (str(x, 'name') ?? str(x, 'label') ?? '') : '')).filter((s) => s !== '');
}

/** `id`, or `id-2`, `id-3`… when it is taken; the one returned is taken. */
function uniqueId(id: string, used: Set<string>): string {
  let out = id;
  for (let n = 2; used.has(out); n++) out = `${id}-${n}`;
  used.add(out);
  return out;
}

/** Items grouped by a key, groups in the order their keys first appear. */
function groupBy<T>(items: T[], key: (x: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const x of items) {
    const k = key(x);
    const g = groups.get(k);
    if (g) g.push(x);
    else groups.set(k, [x]);
  }
  return groups;
}

/** `factlint tables import popolo --help`. */
export const POPOLO_HELP = `Usage: factlint tables import popolo --input FILE --output OUT.facts.yaml [--as-of YYYY-MM-DD]
         [--country NAME] [--dry-run]

Makes a facts table from a Popolo JSON file (the format of EveryPolitician's data): persons
become people (other names as aliases, a "wikidata" identifier as their item), posts offices
(label as title, other labels as aliases), memberships roles (start_date and end_date as from
and to; without a post, the membership's label, or its role and organization, as a one-off
title), events with a start_date milestones, and an organization's other name noted as an
abbreviation an acronym. What cannot be read for certain is left out, with a warning.

  --input FILE       the Popolo JSON file
  --output FILE      the table to write (an earlier import of it is replaced, its changes printed)
  --as-of DAY        the last day the facts were checked (the table's asOf)
  --country NAME     the country of every office and one-off title (else a post's area or
                     organization, when it is classified as a country)
  --dry-run          print what would change, write nothing
`;

/** Reads `import popolo`'s arguments and file: the table to write, or 2 when there is nothing to write. */
export function readPopoloImport(args: string[], io: CliIo): ImportedTable | number {
  const { values, positionals } = parseOptions({
    args,
    options: { input: { type: 'string' }, country: { type: 'string' }, ...IMPORT_OPTIONS },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length > 0) throw new UsageError(`import popolo takes its file with --input FILE, not "${positionals[0]}"`);
  if (typeof values.input !== 'string') throw new UsageError('import popolo needs --input FILE, the Popolo JSON file');
  const target = importTarget(values, 'popolo', 'people.facts.yaml');
  const country = values.country?.trim();
  if (values.country !== undefined && country === '') throw new UsageError('--country needs a name, e.g. --country Examplia');

  const input = readInput(values.input, io.cwd, 'JSON files are UTF-8');
  const say = (line: string) => io.stderr(`${printable(line)}\n`);
  if (input.error !== undefined) {
    say(`${input.error}; nothing was written`);
    return 2;
  }
  const name = input.name;
  const json = readJson(input.text);
  if ('error' in json) {
    say(`${jsonErrorMessage(name, input.text, json.error)}; nothing was written`);
    return 2;
  }
  const table = popoloTable(json.value, { file: path.basename(name), country });
  if ('error' in table) {
    say(`${name}: ${table.error}; nothing was written`);
    return 2;
  }
  for (const w of table.warnings) say(`${name}: ${w}`);
  if (target.asOf !== undefined) table.doc.asOf = target.asOf;
  return { format: 'popolo', from: name, doc: table.doc, output: target.output, dryRun: target.dryRun };
}
