/**
 * Where each field of an entry is written, kept beside the model (not in it) so that merge and
 * cross-table errors can point at the exact value, not just at the entry. Stored per table in
 * columns (one array per field, indexed like the table's entries), so a table of 100,000 people
 * costs a few arrays rather than 100,000 objects; offsets become lines and columns only when an
 * error needs them.
 */
import type { LineIndex } from '../text/positions';
import type { Facts, SourceRef } from './model';

/** The table an entry was read from. */
export interface TableContext {
  /** "default" or the path as given. */
  table: string;
  /** The path, or null for the embedded table. */
  file: string | null;
  /** Offsets to lines and columns for this table's text. */
  lines: LineIndex;
}

/** One field's place: an offset, or a list's offsets `[start, item₀, item₁, …]`; undefined when absent. */
export type Spot = number | readonly number[] | undefined;

/** The kinds of entry a table lists (a horizon is the table's own, not an entry). */
export type EntryKindName = Exclude<keyof Facts, 'horizons'>;

/** Field columns of one kind of entry: column[field][entryIndex]. */
export type Columns = Record<string, Spot[]>;

/** Field places of one table. */
export interface TableSpots {
  /** Where the table was read from. */
  ctx: TableContext;
  /** Columns per kind of entry. */
  kinds: Record<EntryKindName, Columns>;
}

// Beside the table, not a field of it: `Facts` is plain data that is merged, serialised and
// cached, and places only matter while errors of the tables just read are reported.
const byTable = new WeakMap<Facts, TableSpots>();

/** Starts recording field places for a table being built. */
export function newTableSpots(facts: Facts, ctx: TableContext): TableSpots {
  const spots: TableSpots = { ctx, kinds: { offices: {}, people: {}, acronyms: {}, terms: {}, milestones: {} } };
  byTable.set(facts, spots);
  return spots;
}

/** The column of one field of a kind, created empty on first use; index it like the table's entries. */
export function column(spots: TableSpots, kind: EntryKindName, field: string): Spot[] {
  return (spots.kinds[kind][field] ??= []);
}

/** Where field `field` (or item `item` of a list field) of entry `index` of a kind in `table` is written. */
export function spotIn(table: Facts, kind: EntryKindName, index: number, field: string, item?: number): SourceRef | undefined {
  const spots = byTable.get(table);
  const spot = spots?.kinds[kind][field]?.[index];
  if (!spots || spot === undefined) return undefined;
  const offset = typeof spot === 'number' ? spot : item === undefined ? undefined : spot[item + 1];
  if (offset === undefined) return undefined;
  const { line, column } = spots.ctx.lines.position(offset);
  return { table: spots.ctx.table, file: spots.ctx.file, line, column };
}

/** A place as messages cite it: "default:41:5" or "tables/a.facts.yaml:3:5". */
export function place(ref: SourceRef): string {
  return `${ref.table}:${ref.line}:${ref.column}`;
}
