/**
 * `factlint tables …`: the subcommands that make and keep facts tables (docs/contract.md §4,
 * "Tables"). Each subcommand is one function from its arguments to an exit code; importers
 * register in `imports.ts`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatFactsError, parseTable, type Facts } from '../../engine';
import { localDate } from '../../project/clock';
import { displayPath } from '../../project/paths';
import { DEFAULT_BEAT } from '../../../../common/out/protocol';
import { beatFileStem, starterFiles } from '../../project/starter';
import { addTableToConfig, applyEdit } from '../../project/table-edit';
import type { CliIo } from '../main';
import { printable } from '../printable';
import { RunTables } from '../tables';
import { diffTables, statsLines, tableStats } from './describe';
import { csvTemplates } from './csv-columns';
import { csvTable } from './csv-table';
import { IMPORTERS, writeImported, writeWhole } from './imports';
import { readInput } from './input';
import { parseOptions, UsageError } from './options';

/** Exit codes, as the checking command's (docs/contract.md §4). */
export const TABLES_EXIT = { ok: 0, differs: 1, trouble: 2 } as const;

interface Subcommand {
  /** One line for `factlint tables --help`. */
  summary: string;
  /** Usage line(s) for the subcommand's own help. */
  usage: string;
  run(args: string[], io: CliIo): Promise<number> | number;
}

const SUBCOMMANDS: Record<string, Subcommand> = {
  init: {
    summary: 'write a starter facts table and a .factlint.yaml that uses it',
    usage: 'factlint tables init [--beat NAME] [--csv] [--force]\n  --csv: keep the facts in five CSV files (templates written) and make the table from them',
    run: init,
  },
  check: {
    summary: 'validate tables: file:line:column errors, exit 0 when valid, 2 when not',
    usage: 'factlint tables check [--no-default-facts] FILE...',
    run: check,
  },
  stats: {
    summary: 'counts by kind, the dates the tables cover, and their asOf',
    usage: 'factlint tables stats FILE...',
    run: stats,
  },
  diff: {
    summary: 'what changed between two versions of a table, in words (exit 1 when they differ)',
    usage: 'factlint tables diff OLD NEW',
    run: diff,
  },
  import: {
    summary: `make a table from other data: ${Object.keys(IMPORTERS).join(', ') || 'none yet'}`,
    usage: `factlint tables import ${Object.keys(IMPORTERS).join('|') || 'FORMAT'} ... (factlint tables import FORMAT --help)`,
    run: runImport,
  },
};

/** `factlint tables --help`. */
export function tablesHelp(): string {
  const width = Math.max(...Object.keys(SUBCOMMANDS).map((k) => k.length));
  const lines = Object.entries(SUBCOMMANDS).map(([name, s]) => `  ${name.padEnd(width)}  ${s.summary}`);
  return [
    'Usage: factlint tables <command> [options]',
    '',
    'Make, check and keep facts tables. Commands:',
    ...lines,
    '',
    'factlint tables <command> --help says more. (To check a folder named "tables", write ./tables.)',
    '',
  ].join('\n');
}

/** Runs `factlint tables ARGS…`; resolves to the exit code. */
export async function runTables(args: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = args;
  if (name === '--help' || name === '-h') {
    io.stdout(tablesHelp());
    return TABLES_EXIT.ok;
  }
  // No command is a usage error: the help goes where errors go, as for any other mistake.
  if (name === undefined) {
    io.stderr(tablesHelp());
    return TABLES_EXIT.trouble;
  }
  const sub = SUBCOMMANDS[name];
  if (!sub) return usage(io, `unknown tables command "${name}"; the commands are ${Object.keys(SUBCOMMANDS).join(', ')}`);
  if (rest.includes('--help') || rest.includes('-h')) {
    if (name !== 'import' || rest.length === 1) {
      io.stdout(`Usage: ${sub.usage}\n\n${sub.summary}\n`);
      return TABLES_EXIT.ok;
    }
  }
  try {
    return await sub.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) return usage(io, e.message);
    throw e;
  }
}

function usage(io: CliIo, message: string): number {
  io.stderr(`factlint tables: ${printable(message)}\nRun "factlint tables --help" for the commands.\n`);
  return TABLES_EXIT.trouble;
}

/** One table read on its own, or the lines that say why it cannot be. */
export function readTable(file: string, io: CliIo): { facts: Facts; errors: [] } | { facts: null; errors: string[] } {
  const input = readInput(file, io.cwd);
  if (input.error !== undefined) return { facts: null, errors: [input.error] };
  const r = parseTable({ name: input.name, file: path.resolve(io.cwd, file), text: input.text });
  if (r.errors.length > 0 || !r.facts) return { facts: null, errors: r.errors.map(formatFactsError) };
  return { facts: r.facts, errors: [] };
}

function say(io: CliIo, lines: string[]): void {
  for (const line of lines) io.stderr(`${printable(line)}\n`);
}

function init(args: string[], io: CliIo): number {
  const { values, positionals } = parseOptions({ args, options: { beat: { type: 'string' }, force: { type: 'boolean' }, csv: { type: 'boolean' } }, allowPositionals: true, strict: true });
  if (positionals.length > 0) throw new UsageError(`init takes no paths; it writes into the working directory (got "${positionals[0]}")`);
  const stem = beatFileStem(values.beat ?? DEFAULT_BEAT);
  if (stem === null) throw new UsageError(`--beat "${values.beat}" has no letters or digits to name a file with`);
  const files = starterFiles(stem, localDate(io.now));
  // A .factlint.yaml there already is the user's: the table is added to its facts, never written over it.
  const config = configChange(io, files.configFile, files.tableFile);
  if (typeof config === 'string') {
    say(io, [`${config}; nothing was written`]);
    return TABLES_EXIT.trouble;
  }
  // With --csv the facts live in the CSV files, and the table is their import.
  const csv = values.csv ? csvTemplates(stem) : [];
  const writes: [string, string][] = [...csv.map((t): [string, string] => [t.file, t.text]), ...(values.csv ? [] : [[files.tableFile, files.table] as [string, string]])];
  if (!values.force) {
    const there = [...writes.map(([f]) => f), ...(values.csv ? [files.tableFile] : [])].filter((f) => fs.existsSync(path.join(io.cwd, f)));
    if (there.length > 0) {
      say(io, [`factlint tables: ${there.join(', ')} already exist${there.length === 1 ? 's' : ''}; nothing was written. Use --force to replace, or another --beat`]);
      return TABLES_EXIT.trouble;
    }
  }
  const put = (file: string, text: string, done: string): boolean => {
    const failed = writeWhole(path.join(io.cwd, file), text);
    if (failed !== undefined) say(io, [`${file}: cannot write it (${failed}); it was not written`]);
    else io.stdout(`${done}\n`);
    return failed === undefined;
  };
  for (const [f, text] of writes) if (!put(f, text, `wrote ${f}`)) return TABLES_EXIT.trouble;
  if (values.csv) {
    const { doc, errors } = csvTable(csv.map((t) => ({ kind: t.kind, name: t.file, text: t.text })));
    if (errors.length > 0) throw new Error(`the CSV templates do not import: ${errors.map(formatFactsError).join('; ')}`);
    const code = writeImported({ format: 'csv', from: csv.map((t) => t.file).join(', '), doc, output: files.tableFile, replace: true }, io);
    if (code !== TABLES_EXIT.ok) return code;
  }
  if (config === null) {
    if (!put(files.configFile, files.config, `wrote ${files.configFile}`)) return TABLES_EXIT.trouble;
  } else if (config.text !== undefined) {
    if (!put(files.configFile, config.text, `added ${files.tableFile} to the facts of ${files.configFile}`)) return TABLES_EXIT.trouble;
  }
  if (values.csv) {
    const command = `factlint tables import csv ${csv.map((t) => `--${t.kind} ${t.file}`).join(' ')} --output ${files.tableFile}`;
    io.stdout(`Next: replace the examples in the CSV files with your beat's facts, then make ${files.tableFile} from them again with\n  ${command}\n`);
  } else {
    io.stdout(`Next: replace the examples in ${files.tableFile} with your beat's facts, then run "factlint tables check ${files.tableFile}".\n`);
  }
  return TABLES_EXIT.ok;
}

/**
 * What `init` does to the working directory's `.factlint.yaml`: null when there is none (the
 * starter config is written); its new text with `table` added to its `facts`, comments and all
 * kept (`text` undefined when it names the table already); or why it cannot be changed.
 */
function configChange(io: CliIo, configFile: string, table: string): { text?: string } | null | string {
  const input = readInput(configFile, io.cwd, `save ${configFile} as UTF-8`);
  if (input.error !== undefined) return input.missing ? null : input.error;
  const edit = addTableToConfig(input.text, table);
  if (edit === null) return {};
  if ('problem' in edit) return `${input.name}: ${edit.problem}`;
  return { text: (input.bom ? '\uFEFF' : '') + applyEdit(input.text, edit.edit) };
}

function check(args: string[], io: CliIo): number {
  const { values, positionals } = parseOptions({ args, options: { 'no-default-facts': { type: 'boolean' } }, allowPositionals: true, strict: true });
  if (positionals.length === 0) throw new UsageError('check needs one or more tables: factlint tables check FILE...');
  const files = positionals.map((p) => path.resolve(io.cwd, p));
  // As a check would load them: the default table first (its offices may be named), then these, merged.
  const r = new RunTables(io.cwd).compile({ defaultTable: values['no-default-facts'] !== true, tables: files.map((file) => ({ file, origin: 'tables check' })) });
  if (r.errors.length > 0) {
    say(io, r.errors);
    return TABLES_EXIT.trouble;
  }
  io.stdout(`${files.map((f) => displayPath(f, io.cwd)).join(', ')}: valid\n`);
  return TABLES_EXIT.ok;
}

function stats(args: string[], io: CliIo): number {
  const { positionals } = parseOptions({ args, options: {}, allowPositionals: true, strict: true });
  if (positionals.length === 0) throw new UsageError('stats needs one or more tables: factlint tables stats FILE...');
  let status: number = TABLES_EXIT.ok;
  for (const p of positionals) {
    const file = path.resolve(io.cwd, p);
    const t = readTable(file, io);
    if (!t.facts) {
      say(io, t.errors);
      status = TABLES_EXIT.trouble;
      continue;
    }
    io.stdout(`${printable(displayPath(file, io.cwd))}\n${statsLines(tableStats(t.facts))
      .map((l) => `  ${l}\n`)
      .join('')}`);
  }
  return status;
}

function diff(args: string[], io: CliIo): number {
  const { positionals } = parseOptions({ args, options: {}, allowPositionals: true, strict: true });
  if (positionals.length !== 2) throw new UsageError('diff compares two tables: factlint tables diff OLD NEW');
  const [a, b] = positionals.map((p) => readTable(path.resolve(io.cwd, p), io));
  if (!a.facts || !b.facts) {
    say(io, [...a.errors, ...b.errors]);
    return TABLES_EXIT.trouble;
  }
  const lines = diffTables(a.facts, b.facts);
  for (const line of lines) io.stdout(`${printable(line)}\n`);
  return lines.length > 0 ? TABLES_EXIT.differs : TABLES_EXIT.ok;
}

async function runImport(args: string[], io: CliIo): Promise<number> {
  const [format, ...rest] = args;
  const importer = format !== undefined ? IMPORTERS[format] : undefined;
  if (!importer) {
    const known = Object.keys(IMPORTERS);
    throw new UsageError(`import needs a format: ${known.join(', ') || '(none yet)'}${format !== undefined && !format.startsWith('-') ? `, not "${format}"` : ''}`);
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(importer.help);
    return TABLES_EXIT.ok;
  }
  return importer.run(rest, io);
}
