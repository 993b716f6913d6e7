/**
 * The importers of `factlint tables import FORMAT`, and what they share: an imported table is
 * checked before it is written, never written over a table it did not make, written whole or not
 * at all, and a re-import first prints what changed.
 */
import * as path from 'node:path';
import { formatFactsError, parseTable, type Facts } from '../../engine';
import { localDate } from '../../project/clock';
import { displayPath } from '../../project/paths';
import { IMPORT_MARK, renderTable, type TableDoc } from '../../project/table-doc';
import type { CliIo } from '../main';
import { printable } from '../printable';
import { writeFileAtomic } from '../write';
import { CSV_HELP, readCsvImport } from './csv';
import { diffTables, statsLines, tableStats } from './describe';
import { readInput } from './input';
import { POPOLO_HELP, readPopoloImport } from './popolo';
import { readWikidataImport, WIKIDATA_HELP } from './wikidata';

/** One `tables import` format. */
export interface Importer {
  /** The text of `factlint tables import FORMAT --help`. */
  help: string;
  /** Runs the import; resolves to the exit code (0 written or unchanged, 2 nothing written). */
  run(args: string[], io: CliIo): Promise<number>;
}

/**
 * What an importer's reading half gives: the table to write, or the exit code when there is
 * nothing to write (it has already said why).
 */
export type ImportRead = ImportedTable | number;

/** An importer made of its help and its reading half; writing is `writeImported`'s. */
function importer(help: string, read: (args: string[], io: CliIo) => ImportRead | Promise<ImportRead>): Importer {
  return {
    help,
    async run(args, io) {
      const r = await read(args, io);
      return typeof r === 'number' ? r : writeImported(r, io);
    },
  };
}

/** The formats, by the name the command line gives them, in alphabetical order. */
export const IMPORTERS: Record<string, Importer> = {
  csv: importer(CSV_HELP, readCsvImport),
  popolo: importer(POPOLO_HELP, readPopoloImport),
  wikidata: importer(WIKIDATA_HELP, readWikidataImport),
};

export { IMPORT_MARK };

/** What an importer hands over to be written. */
export interface ImportedTable {
  /** The format's name ("wikidata"). */
  format: string;
  /** Where the facts came from, for the header ("entities.json", "https://query.wikidata.org"). */
  from: string;
  doc: TableDoc;
  /** The output path as given. */
  output: string;
  /** Print the changes and the stats, write nothing. */
  dryRun?: boolean;
  /** Write even over a file no import made (`factlint tables init --csv --force`). */
  replace?: boolean;
  /** Called once the table is in place (written, or found unchanged), never on a dry run. */
  done?: () => void;
}

/** The header lines of an imported table (after the mark). */
function header(t: ImportedTable, today: string): string[] {
  return [
    `factlint-import: ${t.format}`,
    `Written by "factlint tables import ${t.format}" on ${today} from ${t.from}.`,
    'Do not edit it: the next import rewrites it. Put your own facts in another table that a',
    '.factlint.yaml names after this one; the two are merged (see docs/facts-tables.md, "Imported tables").',
  ];
}

/**
 * Checks an imported table and writes it to `t.output` (atomically): exit 0 when written or
 * unchanged, 2 when nothing was written (the table is empty or has errors, or the output is a
 * file no import wrote). An existing output gets its changes printed first.
 */
export function writeImported(t: ImportedTable, io: CliIo): number {
  const file = path.resolve(io.cwd, t.output);
  const name = displayPath(file, io.cwd);
  const say = (line: string) => io.stderr(`${printable(line)}\n`);
  const kinds = [t.doc.offices, t.doc.people, t.doc.acronyms, t.doc.terms, t.doc.milestones];
  if (kinds.every((list) => !list || list.length === 0)) {
    say(`factlint tables: there is nothing to import in ${t.from}; ${name} was not written`);
    return 2;
  }
  const text = renderTable(t.doc, header(t, localDate(io.now)));
  const fresh = parseTable({ name, file, text });
  if (fresh.errors.length > 0 || !fresh.facts) {
    say(`factlint tables: the table imported from ${t.from} has errors; ${name} was not written:`);
    for (const e of fresh.errors) say(formatFactsError(e));
    return 2;
  }
  let before: Facts | null = null;
  const previous = readInput(file, io.cwd);
  if (previous.error !== undefined && !previous.missing) {
    say(`${previous.error}; nothing was written`);
    return 2;
  }
  const old = previous.text ?? null;
  if (old !== null) {
    if (!old.startsWith(IMPORT_MARK) && !t.replace) {
      say(`factlint tables: ${name} was not written by "factlint tables import", so an import will not replace it; give another --output, or delete it first`);
      return 2;
    }
    before = parseTable({ name, file, text: old }).facts;
  }
  const out = (line: string) => io.stdout(`${printable(line)}\n`);
  if (old === text) {
    out(`${name}: no changes`);
    if (!t.dryRun) t.done?.();
    return 0;
  }
  if (before) {
    const changes = diffTables(before, fresh.facts);
    out(changes.length > 0 ? `${name}: ${changes.length} change${changes.length === 1 ? '' : 's'}` : `${name}: only its header changes`);
    for (const c of changes) out(`  ${c}`);
  }
  if (t.dryRun) {
    out(`${name}: not written (--dry-run)`);
    return 0;
  }
  const failed = writeWhole(file, text);
  if (failed !== undefined) {
    say(`${name}: cannot write it (${failed}); nothing was written`);
    return 2;
  }
  out(`wrote ${name}: ${statsLines(tableStats(fresh.facts)).join('; ')}`);
  t.done?.();
  return 0;
}

/**
 * Writes a file atomically (its folder made if missing): a reader never sees half of it, and a
 * write that fails leaves the old file as it was. Returns why it failed (an `fs` code), or
 * undefined when it is written.
 */
export function writeWhole(file: string, text: string): string | undefined {
  try {
    writeFileAtomic(file, text);
    return undefined;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code ?? (e as Error).message;
  }
}
