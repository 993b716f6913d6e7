/**
 * `factlint tables import csv`: a facts table from spreadsheets, one CSV file per kind of entry
 * (docs/contract.md §4, docs/facts-tables.md, "Importing from Popolo and spreadsheets"). The columns are
 * in `csv-columns.ts`, the conversion in `csv-table.ts`; this file reads the arguments and the
 * files. Every bad cell of every file is reported as `file:line:column: message`, and nothing is
 * written while there is one.
 */
import { formatFactsError } from '../../engine';
import type { CliIo } from '../main';
import { printable } from '../printable';
import { CSV_COLUMNS, CSV_KINDS, LIST_SEPARATOR } from './csv-columns';
import { csvTable, type CsvFile } from './csv-table';
import type { ImportedTable } from './imports';
import { readInput } from './input';
import { IMPORT_OPTIONS, importTarget, parseOptions, UsageError } from './options';

/** `factlint tables import csv --help`. */
export const CSV_HELP = `Usage: factlint tables import csv [--offices FILE] [--people FILE] [--acronyms FILE] [--terms FILE]
         [--milestones FILE] --output OUT.facts.yaml [--as-of YYYY-MM-DD] [--dry-run]

Makes a facts table from CSV files, one per kind of entry (at least one), each with a header row
naming its columns (in any order and letter case):
${CSV_KINDS.map((k) => `  --${k.padEnd(10)}  ${CSV_COLUMNS[k].map((c) => (c.required ? `${c.name}*` : c.name)).join(',')}`).join('\n')}
(* must be filled in). Several items in one cell are separated by "${LIST_SEPARATOR}". In people files, rows
with one name are one person, and a row with an office or a title is one of their roles.
"factlint tables init --csv" writes a template of each file. Every bad cell is reported as
file:line:column, and nothing is written while there is one (exit 2).

  --output FILE      the table to write (an earlier import of it is replaced, its changes printed)
  --as-of DAY        the last day the facts were checked (the table's asOf)
  --dry-run          print what would change, write nothing
`;

/** Reads `import csv`'s arguments and files: the table to write, or 2 when there is nothing to write. */
export function readCsvImport(args: string[], io: CliIo): ImportedTable | number {
  const file = { type: 'string' } as const;
  const { values, positionals } = parseOptions({
    args,
    options: { offices: file, people: file, acronyms: file, terms: file, milestones: file, ...IMPORT_OPTIONS },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length > 0) throw new UsageError(`import csv takes its files by kind (--people FILE, …), not "${positionals[0]}"`);
  const given = CSV_KINDS.filter((k) => typeof values[k] === 'string');
  if (given.length === 0) throw new UsageError(`import csv needs at least one file: ${CSV_KINDS.map((k) => `--${k} FILE`).join(', ')}`);
  const target = importTarget(values, 'csv', 'beat.facts.yaml');

  const files: CsvFile[] = [];
  const trouble: string[] = [];
  for (const kind of given) {
    const input = readInput(values[kind] as string, io.cwd, 'save the file as UTF-8 (in a spreadsheet: "CSV UTF-8")');
    if (input.error !== undefined) trouble.push(input.error);
    else files.push({ kind, name: input.name, text: input.text });
  }
  const { doc, errors } = csvTable(files);
  const lines = [...trouble, ...errors.map(formatFactsError)];
  if (lines.length > 0) {
    for (const line of lines) io.stderr(`${printable(line)}\n`);
    io.stderr(`factlint tables: ${lines.length} ${lines.length === 1 ? 'error' : 'errors'} in the CSV files; ${printable(target.output)} was not written\n`);
    return 2;
  }
  if (target.asOf !== undefined) doc.asOf = target.asOf;
  return { format: 'csv', from: files.map((f) => f.name).join(', '), doc, output: target.output, dryRun: target.dryRun };
}
