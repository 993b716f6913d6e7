/**
 * A facts table as plain data in the file's own shape (docs/contract.md §2), for code that writes
 * tables: `factlint tables init`, the importers and the editor's table edits. Loading, checking
 * and citing tables stays with the engine's loader; this module only turns data into YAML text,
 * keys in a fixed order, so two imports of the same facts give the same bytes.
 */
import { stringify } from 'yaml';
import { allowedKeys } from '../engine';

/** The first line of every imported table: it marks the file as one an import may rewrite (and the editor leaves alone). */
export const IMPORT_MARK = '# factlint-import:';

/**
 * The lower-case kebab form of a text, for the names tables are written under (a beat's file, an
 * imported office's id): accents dropped, each run of other characters one hyphen, and the words
 * that would pass `maxLength` characters left out; null when no letter or digit is left.
 */
export function kebabCase(text: string, maxLength = Infinity): string | null {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
  let out = '';
  for (const w of words) {
    if (out.length + (out === '' ? 0 : 1) + w.length > maxLength) break;
    out = out === '' ? w : `${out}-${w}`;
  }
  return out === '' ? null : out;
}

/** A date as the table writes it: YYYY, YYYY-MM or YYYY-MM-DD. */
export type DateText = string;

/** An office entry. */
export interface OfficeDoc {
  id: string;
  title: string;
  aliases?: string[];
  country?: string;
  /** Wikidata item of the office (Q…). */
  wikidata?: string;
  source?: string;
}

/** A role of a person: an office by id, or a one-off title. */
export interface RoleDoc {
  office?: string;
  title?: string;
  country?: string;
  from?: DateText;
  to?: DateText;
  source?: string;
}

/** A person entry. */
export interface PersonDoc {
  name: string;
  aliases?: string[];
  /** Wikidata item of the person (Q…). */
  wikidata?: string;
  roles?: RoleDoc[];
  source?: string;
}

/** An acronym entry. */
export interface AcronymDoc {
  short: string;
  expansion: string;
  variants?: string[];
  source?: string;
}

/** A term entry. */
export interface TermDoc {
  canonical: string;
  variants?: string[];
  source?: string;
}

/** A milestone entry. */
export interface MilestoneDoc {
  name: string;
  aliases?: string[];
  date: DateText;
  source?: string;
}

/** A whole table. */
export interface TableDoc {
  version: 1;
  /** The last day the facts were checked (YYYY-MM-DD). */
  asOf?: string;
  offices?: OfficeDoc[];
  people?: PersonDoc[];
  acronyms?: AcronymDoc[];
  terms?: TermDoc[];
  milestones?: MilestoneDoc[];
}

/**
 * Each kind's keys in the order a table is written: the schema's (`allowedKeys`, so a key the
 * format gains is written too), with an entry's Wikidata item beside its name, before its roles
 * and its source.
 */
const KEY_ORDER: Record<string, readonly string[]> = Object.fromEntries(
  Object.entries(allowedKeys).map(([kind, keys]) => {
    if (!keys.includes('wikidata')) return [kind, keys];
    const rest = keys.filter((k) => k !== 'wikidata');
    const at = rest.findIndex((k) => k === 'roles' || k === 'source');
    return [kind, [...rest.slice(0, at), 'wikidata', ...rest.slice(at)]];
  }),
);

const DATE_KEYS = new Set(['from', 'to', 'date']);

/** A copy of `entry` with its keys in `order`, empty lists and absent values left out. */
function ordered(entry: object, order: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const e = entry as Record<string, unknown>;
  for (const k of order) {
    const v = e[k];
    if (v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    // A year alone is written as a number, as hand-written tables do ("from: 2019").
    out[k] = DATE_KEYS.has(k) && typeof v === 'string' && /^[0-9]{4}$/.test(v) ? Number(v) : v;
  }
  return out;
}

/** The table in file order: kinds and keys in a fixed order, empty kinds left out. */
export function normalizeTable(doc: TableDoc): Record<string, unknown> {
  const list = <T extends object>(items: T[] | undefined, kind: string, each?: (x: T) => Record<string, unknown>) =>
    items && items.length > 0 ? items.map((x) => (each ? each(x) : ordered(x, KEY_ORDER[kind]))) : undefined;
  return ordered(
    {
      version: 1,
      asOf: doc.asOf,
      offices: list(doc.offices, 'office'),
      people: list(doc.people, 'person', (p) => ordered({ ...p, roles: p.roles?.map((r) => ordered(r, KEY_ORDER.role)) }, KEY_ORDER.person)),
      acronyms: list(doc.acronyms, 'acronym'),
      terms: list(doc.terms, 'term'),
      milestones: list(doc.milestones, 'milestone'),
    },
    KEY_ORDER.table,
  );
}

/**
 * The table as YAML text, `header` lines first as comments.
 */
export function renderTable(doc: TableDoc, header: string[] = []): string {
  const body = stringify(normalizeTable(doc), { lineWidth: 0, indent: 2, indentSeq: true });
  const comments = header.map((line) => (line === '' ? '#\n' : `# ${line}\n`)).join('');
  return comments + body;
}
