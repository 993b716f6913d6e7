/**
 * CSV files to a facts table (`factlint tables import csv`): each file's header matched to its
 * kind's columns, each cell checked by its column, the rows of one name gathered into one
 * person. Everything the loader would reject is caught here instead, at the cell, so that every
 * error of every file names its file, line and column. Pure: texts in, a table and errors out.
 */
import { dateMessage, isAcronymShort, isOfficeId, isQid, parseIsoDate, startsAfterEnd, type FactsError, type LineColumn } from '../../engine';
import { kebabCase, type AcronymDoc, type MilestoneDoc, type OfficeDoc, type PersonDoc, type RoleDoc, type TableDoc, type TermDoc } from '../../project/table-doc';
import { CSV_COLUMNS, LIST_SEPARATOR, type CellKind, type CsvColumn, type CsvKind } from './csv-columns';
import { readCsv, type CsvCell } from './csv-read';

/** One file to import: its kind, the name errors cite, and its text (without a byte-order mark). */
export interface CsvFile {
  kind: CsvKind;
  name: string;
  text: string;
}

/** A row of a kind's file: its cells by column, and where it starts. */
interface Row extends LineColumn {
  cells: Map<string, CsvCell>;
}

/** Collects the errors of all files, each at its cell. */
class Problems {
  readonly errors: FactsError[] = [];
  constructor(private readonly file: string) {}
  at(where: LineColumn, message: string): void {
    this.errors.push({ file: this.file, line: where.line, column: where.column, message });
  }
}

/** Other words for a column, as people head them. */
const SYNONYMS: Record<string, string> = {
  alias: 'aliases',
  variant: 'variants',
  start: 'from',
  since: 'from',
  end: 'to',
  until: 'to',
  qid: 'wikidata',
  acronym: 'short',
  abbreviation: 'short',
  office_id: 'office',
  date_from: 'from',
  date_to: 'to',
};

/** Reads one file's header and rows; problems with the header end the file's reading. */
function readRows(file: CsvFile, problems: Problems): Row[] {
  const read = readCsv(file.text);
  if ('error' in read) {
    problems.at(read.error, read.error.message);
    return [];
  }
  const [header, ...records] = read.records;
  const columns = CSV_COLUMNS[file.kind];
  const names = columns.map((c) => c.name).join(', ');
  if (!header) {
    problems.at({ line: 1, column: 1 }, `the file has no header row: start it with the column names, e.g. "${names.replace(/, /g, ',')}"`);
    return [];
  }
  if (header.cells.length === 1 && /[;\t]/.test(header.cells[0].value)) {
    const sep = header.cells[0].value.includes(';') ? 'semicolons' : 'tabs';
    problems.at(header, `the cells of this file are separated by ${sep}: save it as comma-separated CSV (in a spreadsheet: "CSV UTF-8 (comma delimited)")`);
    return [];
  }
  const byIndex: (string | undefined)[] = [];
  const seen = new Map<string, CsvCell>();
  let bad = false;
  for (const cell of header.cells) {
    const name = cell.value.trim().toLowerCase();
    const column = columns.find((c) => c.name === name);
    if (!column) {
      const synonym = Object.hasOwn(SYNONYMS, name) ? SYNONYMS[name] : undefined;
      const hint = synonym && columns.some((c) => c.name === synonym) ? ` (did you mean "${synonym}"?)` : '';
      problems.at(cell, `${cell.value === '' ? 'a column has no name' : `unknown column "${cell.value}"`} in the --${file.kind} file${hint}: the columns are ${names}`);
      bad = true;
    } else if (seen.has(name)) {
      problems.at(cell, `the column "${name}" is already at column ${seen.get(name)?.column}: keep one`);
      bad = true;
    } else {
      seen.set(name, cell);
    }
    byIndex.push(column?.name);
  }
  for (const c of columns) {
    if (c.required && !seen.has(c.name)) {
      problems.at(header, `the header has no "${c.name}" column, which the --${file.kind} file needs: add it (the columns are ${names})`);
      bad = true;
    }
  }
  if (bad) return [];
  const rows: Row[] = [];
  for (const r of records) {
    if (r.cells.length > byIndex.length) {
      const extra = r.cells[byIndex.length];
      problems.at(extra, `this row has ${r.cells.length} cells but the header names ${byIndex.length}: a cell that holds a comma must be in double quotes`);
      continue;
    }
    const cells = new Map<string, CsvCell>();
    r.cells.forEach((cell, i) => cells.set(byIndex[i] as string, { ...cell, value: cell.value.trim() }));
    rows.push({ line: r.line, column: r.column, cells });
  }
  return rows;
}

/** A row's cells, checked by their column's kind as they are asked for. */
class Cells {
  constructor(
    private readonly row: Row,
    private readonly columns: readonly CsvColumn[],
    private readonly problems: Problems,
  ) {}

  /** The cell of a column (a blank one when the row stops short of it). */
  cell(name: string): CsvCell {
    return this.row.cells.get(name) ?? { value: '', line: this.row.line, column: this.row.column };
  }

  /** A column's value when it is filled in and right for its kind; undefined otherwise (with an error when it is wrong). */
  text(name: string): string | undefined {
    const column = this.columns.find((c) => c.name === name) as CsvColumn;
    const cell = this.cell(name);
    const v = cell.value;
    if (v === '') {
      if (column.required) this.problems.at(cell, `"${name}" is empty: write ${column.purpose}`);
      return undefined;
    }
    const wrong = problemOf(column.kind, v);
    if (wrong) {
      this.problems.at(cell, wrong);
      return undefined;
    }
    return v;
  }

  /** A list column's items. */
  list(name: string): string[] {
    const v = this.cell(name).value;
    return v === '' ? [] : [...new Set(v.split(LIST_SEPARATOR).map((s) => s.trim()))].filter((s) => s !== '');
  }
}

/** What is wrong with a filled-in cell of a kind; undefined when nothing is. */
function problemOf(kind: CellKind, v: string): string | undefined {
  switch (kind) {
    case 'date': {
      if (parseIsoDate(v)) return undefined;
      const hint = /[/.]|^[0-9]{5}$/.test(v) ? ' (if a spreadsheet rewrote the date, format the column as text)' : '';
      return dateMessage(v) + hint;
    }
    case 'office':
      return isOfficeId(v) ? undefined : `"${v}" is not an office id: office ids are kebab-case, e.g. "${kebabCase(v) ?? 'office-id'}"`;
    case 'wikidata': {
      if (isQid(v)) return undefined;
      const item = /Q[1-9][0-9]*/.exec(v);
      return `"${v}" is not a Wikidata item id: write Q followed by its digits${item ? `, here "${item[0]}"` : ''}`;
    }
    case 'short': {
      if (isAcronymShort(v)) return undefined;
      const example = v.replace(/\s+/g, '').toUpperCase();
      return `acronym "${v}" must be written as it appears in copy, with at least one capital letter and no spaces${/\p{Lu}/u.test(example) ? `, e.g. "${example}"` : ''}`;
    }
    default:
      return undefined;
  }
}

/** Remembers the first row of each key of one kind, to report a second one. */
class FirstSeen {
  private readonly lines = new Map<string, number>();
  /** True when `key` was already seen (and reports it at `cell`). */
  again(key: string, cell: CsvCell, problems: Problems, message: (line: number) => string): boolean {
    const first = this.lines.get(key);
    if (first !== undefined) {
      problems.at(cell, message(first));
      return true;
    }
    this.lines.set(key, cell.line);
    return false;
  }
}

/** Sets the optional keys that have values. */
function withOptional<T extends object>(entry: T, optional: Partial<T>): T {
  for (const [k, v] of Object.entries(optional)) {
    if (v !== undefined && !(Array.isArray(v) && v.length === 0)) (entry as Record<string, unknown>)[k] = v;
  }
  return entry;
}

function offices(rows: Row[], problems: Problems): OfficeDoc[] {
  const ids = new FirstSeen();
  const items = new FirstSeen();
  const out: OfficeDoc[] = [];
  for (const row of rows) {
    const c = new Cells(row, CSV_COLUMNS.offices, problems);
    const id = c.text('id');
    const title = c.text('title');
    const wikidata = c.text('wikidata');
    const country = c.text('country');
    if (id === undefined || title === undefined) continue;
    if (ids.again(id, c.cell('id'), problems, (l) => `office id "${id}" is already on line ${l}: one row per office`)) continue;
    if (wikidata !== undefined && items.again(wikidata, c.cell('wikidata'), problems, (l) => `${wikidata} is already the office on line ${l}: one item is one office`)) continue;
    out.push(withOptional<OfficeDoc>({ id, title }, { aliases: c.list('aliases').filter((a) => a !== title), country, wikidata, source: c.text('source') }));
  }
  return out;
}

/** A person being gathered from their rows. */
interface Gathered {
  doc: PersonDoc & { aliases: string[]; roles: RoleDoc[] };
  /** The cell that gave the person's own source. */
  sourceAt?: CsvCell;
}

function people(rows: Row[], problems: Problems): PersonDoc[] {
  // First the Wikidata items each name is given, so that a row without one joins the only person of its name.
  const itemsOf = new Map<string, Set<string>>();
  const nameOf = new Map<string, { name: string; line: number }>();
  const checked = rows.map((row) => {
    const c = new Cells(row, CSV_COLUMNS.people, problems);
    const name = c.text('name');
    const wikidata = c.text('wikidata');
    if (name !== undefined && wikidata !== undefined) {
      const other = nameOf.get(wikidata);
      if (other && other.name !== name) {
        problems.at(c.cell('wikidata'), `${wikidata} is already the item of "${other.name}" (line ${other.line}): one item is one person`);
        return { c, name: undefined, wikidata };
      }
      nameOf.set(wikidata, { name, line: row.line });
      itemsOf.set(name, (itemsOf.get(name) ?? new Set()).add(wikidata));
    }
    return { c, name, wikidata };
  });
  const byKey = new Map<string, Gathered>();
  for (const { c, name, wikidata } of checked) {
    const role = roleOf(c, problems);
    if (name === undefined) continue;
    let item = wikidata;
    if (item === undefined) {
      const known = [...(itemsOf.get(name) ?? [])];
      if (known.length > 1) {
        problems.at(c.cell('name'), `"${name}" is the name of ${known.length} people here (${known.join(', ')}): write this row's "wikidata" to say which`);
        continue;
      }
      item = known[0];
    }
    const key = `${name}\u0000${item ?? ''}`;
    let p = byKey.get(key);
    if (!p) {
      p = { doc: { name, aliases: [], roles: [] } };
      if (item !== undefined) p.doc.wikidata = item;
      byKey.set(key, p);
    }
    for (const a of c.list('aliases')) if (a !== name && !p.doc.aliases.includes(a)) p.doc.aliases.push(a);
    const source = c.text('source');
    if (role) {
      p.doc.roles.push(withOptional(role, { source }));
    } else if (source !== undefined) {
      if (p.sourceAt && p.doc.source !== source) {
        problems.at(c.cell('source'), `this person's source is already given on line ${p.sourceAt.line} ("${p.doc.source}"): give one source per person, or put this one on a row with a role`);
      } else {
        p.doc.source = source;
        p.sourceAt = c.cell('source');
      }
    }
  }
  return [...byKey.values()].map((p) => withOptional<PersonDoc>({ name: p.doc.name }, { aliases: p.doc.aliases, wikidata: p.doc.wikidata, roles: p.doc.roles, source: p.doc.source }));
}

/** The role of a people row, if it has one (its source is added by the caller). */
function roleOf(c: Cells, problems: Problems): RoleDoc | undefined {
  const office = c.text('office');
  const title = c.text('title');
  const country = c.text('country');
  const from = c.text('from');
  const to = c.text('to');
  if (office !== undefined && title !== undefined) {
    problems.at(c.cell('title'), 'this row has both "office" and "title": keep "office" to name an office of a facts table, or "title" for a one-off title, not both');
    return undefined;
  }
  if (office !== undefined && country !== undefined) {
    problems.at(c.cell('country'), '"country" goes only with a one-off "title"; an office\'s country is written on the office (in the offices file), so clear it here');
    return undefined;
  }
  if (office === undefined && title === undefined) {
    const stray = ['country', 'from', 'to'].find((k) => c.cell(k).value !== '');
    if (stray && c.cell('office').value === '' && c.cell('title').value === '') {
      problems.at(c.cell(stray), `"${stray}" belongs to a role, but this row has no "office" or "title": add the office's id or the title, or clear the cell`);
    }
    return undefined;
  }
  if (from !== undefined && to !== undefined && startsAfterEnd(parseIsoDate(from)!, parseIsoDate(to)!)) {
    problems.at(c.cell('from'), `this role starts (from: ${from}) after it ends (to: ${to}): swap the two dates or correct one of them`);
    return undefined;
  }
  return withOptional<RoleDoc>(office !== undefined ? { office } : { title }, { country, from, to });
}

function acronyms(rows: Row[], problems: Problems): AcronymDoc[] {
  const seen = new FirstSeen();
  const out: AcronymDoc[] = [];
  for (const row of rows) {
    const c = new Cells(row, CSV_COLUMNS.acronyms, problems);
    const short = c.text('short');
    const expansion = c.text('expansion');
    if (short === undefined || expansion === undefined) continue;
    if (seen.again(short, c.cell('short'), problems, (l) => `acronym "${short}" is already on line ${l}: one row per acronym`)) continue;
    out.push(withOptional<AcronymDoc>({ short, expansion }, { variants: c.list('variants'), source: c.text('source') }));
  }
  return out;
}

function terms(rows: Row[], problems: Problems): TermDoc[] {
  const seen = new FirstSeen();
  const out: TermDoc[] = [];
  for (const row of rows) {
    const c = new Cells(row, CSV_COLUMNS.terms, problems);
    const canonical = c.text('canonical');
    if (canonical === undefined) continue;
    if (seen.again(canonical, c.cell('canonical'), problems, (l) => `term "${canonical}" is already on line ${l}: one row per term`)) continue;
    out.push(withOptional<TermDoc>({ canonical }, { variants: c.list('variants'), source: c.text('source') }));
  }
  return out;
}

function milestones(rows: Row[], problems: Problems): MilestoneDoc[] {
  const seen = new FirstSeen();
  const out: MilestoneDoc[] = [];
  for (const row of rows) {
    const c = new Cells(row, CSV_COLUMNS.milestones, problems);
    const name = c.text('name');
    const date = c.text('date');
    if (name === undefined || date === undefined) continue;
    if (seen.again(name, c.cell('name'), problems, (l) => `milestone "${name}" is already on line ${l}: one row per milestone`)) continue;
    out.push(withOptional<MilestoneDoc>({ name, date }, { aliases: c.list('aliases').filter((a) => a !== name), source: c.text('source') }));
  }
  return out;
}

const BUILD: { [K in CsvKind]: (rows: Row[], problems: Problems) => NonNullable<TableDoc[K]> } = { offices, people, acronyms, terms, milestones };

/** The table the files make, or every error they hold (in the files' order, then by place). */
export function csvTable(files: CsvFile[]): { doc: TableDoc; errors: FactsError[] } {
  const doc: TableDoc = { version: 1 };
  const errors: FactsError[] = [];
  for (const file of files) {
    const problems = new Problems(file.name);
    const rows = readRows(file, problems);
    (doc as Record<CsvKind, unknown>)[file.kind] = BUILD[file.kind](rows, problems);
    errors.push(...problems.errors.sort((a, b) => a.line - b.line || a.column - b.column));
  }
  return { doc, errors };
}

