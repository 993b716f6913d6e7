/**
 * Loading facts tables (docs/contract.md §2): parse each table, check it against the schema and the
 * rules the schema cannot express, merge the tables in order, then check across them.
 * Pure: the caller reads the files and passes their text.
 */
import { isMap, isScalar, parseDocument, type YAMLError } from 'yaml';
import { LineIndex } from '../text/positions';
import { TableBuilder } from './build';
import { contradictions, undefinedOffices } from './checks';
import { fromYamlDocument, isDataMap, type ItemSink, type ReadResult } from './data';
import { readSimpleYaml } from './fast-yaml';
import { mergeTables } from './merge';
import type { Facts, FactsError } from './model';
import { place, type TableContext } from './spots';
import { itemProblems, tableProblems, type Problem } from './validate';

export { mergeTables } from './merge';

/** One facts table to load. */
export interface TableInput {
  /** "default" for the embedded table; otherwise the path as the user gave it (same as `file`). */
  name: string;
  /** The path as given, or null for the embedded table. */
  file: string | null;
  /** The YAML text. */
  text: string;
}

/** Errors reported per table before the rest are summed up in one line. */
export const MAX_ERRORS_PER_TABLE = 50;

/** Parses and checks one table. `facts` is null when the table cannot be read as a whole
 *  (YAML syntax, not a mapping, missing or wrong `version`); otherwise it holds every usable entry. */
export function parseTable(input: TableInput): { facts: Facts | null; errors: FactsError[] } {
  const r = parseOne(input);
  return { facts: r.facts, errors: capErrors(r.errors) };
}

/** Parses all tables, merges them in order, then checks across them (undefined offices, contradictions). */
export function loadTables(inputs: TableInput[]): { facts: Facts; errors: FactsError[] } {
  const parsed = inputs.map(parseOne);
  const tables = parsed.flatMap((p) => (p.facts ? [p.facts] : []));
  const merged = mergeTables(tables);
  const all = [...parsed.flatMap((p) => p.errors), ...merged.errors, ...undefinedOffices(tables, merged.facts), ...contradictions(tables)];
  return { facts: merged.facts, errors: capErrors(all, inputs.map((i) => i.name)) };
}

/** One error as a line of output: "file:line:column: message". */
export function formatFactsError(e: FactsError): string {
  return `${e.file}:${e.line}:${e.column}: ${e.message}`;
}

/** Sorts errors by table (in `order`, then any others) and position, and caps each table's count. */
function capErrors(errors: FactsError[], order: string[] = []): FactsError[] {
  const rank = new Map(order.map((name, i) => [name, i]));
  const key = (e: FactsError) => rank.get(e.file) ?? order.length;
  const sorted = [...errors].sort((a, b) => key(a) - key(b) || a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  const out: FactsError[] = [];
  const counts = new Map<string, number>();
  for (const e of sorted) {
    const n = (counts.get(e.file) ?? 0) + 1;
    counts.set(e.file, n);
    if (n <= MAX_ERRORS_PER_TABLE) out.push(e);
    else if (n === MAX_ERRORS_PER_TABLE + 1) out.push({ ...e, message: '' }); // placeholder, worded below
  }
  for (const e of out) {
    if (e.message !== '') continue;
    const more = (counts.get(e.file) ?? 0) - MAX_ERRORS_PER_TABLE;
    e.message = `… and ${more} more ${more === 1 ? 'error' : 'errors'} in this table; fix the ones above and check again`;
  }
  return out;
}

function parseOne(input: TableInput): { facts: Facts | null; errors: FactsError[] } {
  // Columns count from after a byte-order mark, as they do in checked drafts.
  const unmarked = input.text.charCodeAt(0) === 0xfeff ? input.text.slice(1) : input.text;
  // YAML ends a line at a lone CR too (old Mac files), but `yaml` reads such a text as one long
  // line. One character for one keeps every offset, and LineIndex reads both as line breaks.
  const text = unmarked.includes('\r') ? unmarked.replace(LONE_CR, '\n') : unmarked;
  const ctx: TableContext = { table: input.name, file: input.file, lines: new LineIndex(text) };
  const toError = (p: Problem): FactsError => {
    const { line, column } = ctx.lines.position(p.offset);
    return { file: input.name, line, column, message: p.message };
  };

  // Each item of a top-level list is checked and built as soon as it is read, then dropped.
  let builder = new TableBuilder(ctx);
  let problems: Problem[] = [];
  const sink: ItemSink = (list, index, item, start) => {
    const found = itemProblems(list, index, item, start);
    if (found.length > 0) problems.push(...found);
    builder.add(list, item);
  };

  let read = readSimpleYaml(text, sink);
  if (read === null) {
    // Start again with the full parser; drop whatever the fast reader passed on before it gave up.
    builder = new TableBuilder(ctx);
    problems = [];
    const doc = parseDocument(text, { schema: 'core', prettyErrors: false, uniqueKeys: true });
    const fatal = doc.errors.filter((e) => e.code !== 'DUPLICATE_KEY');
    if (fatal.length > 0) {
      // A file that does not even say it is a table may be anything (a path in a config can name
      // any file): its errors quote nothing of it, so no error message leaks what it holds.
      if (!hasTopLevelVersion(doc.contents)) return { facts: null, errors: [toError({ offset: Math.min(fatal[0].pos[0], text.length), message: NOT_A_TABLE })] };
      return { facts: null, errors: fatal.map((e) => toError(yamlProblem(e, text))) };
    }
    read = fromYamlDocument(doc, sink);
    for (const e of doc.errors) problems.push(duplicateKeyProblem(e, read, ctx));
    if (read.aliasProblem) problems.push(read.aliasProblem);
  }

  const root = read.root;
  if (root === undefined) {
    return { facts: null, errors: [toError({ offset: 0, message: 'the table is empty: start it with "version: 1"' })] };
  }
  if (!isDataMap(root)) {
    const what = Array.isArray(root) ? 'a list' : 'a single value';
    return { facts: null, errors: [toError({ offset: read.start, message: `a facts table must be a set of keys starting with "version: 1", not ${what}` })] };
  }

  if (!('version' in root)) return { facts: null, errors: [toError({ offset: read.start, message: NOT_A_TABLE })] };
  builder.horizon(root);
  problems.push(...tableProblems(root), ...builder.problems);
  const errors = problems.sort((a, b) => a.offset - b.offset).map(toError);
  return { facts: root.version === 1 ? builder.facts : null, errors };
}

/** Whether what the YAML parser made of a file, errors and all, is a mapping with a `version` key. */
function hasTopLevelVersion(root: unknown): boolean {
  return isMap(root) && root.items.some((pair) => isScalar(pair.key) && pair.key.value === 'version');
}

/** A carriage return that does not start a CRLF. */
const LONE_CR = /\r(?!\n)/g;

/** What is said of a file without `version`, whose other problems are left unsaid (they would quote it). */
const NOT_A_TABLE = 'this is not a facts table: it has no "version: 1" line; a facts table is a YAML mapping whose first key is "version: 1" (nothing else in the file is shown until it has one)';

/** A YAML syntax error in words for an editor, at yaml's own position. */
function yamlProblem(e: YAMLError, text: string): Problem {
  const offset = Math.min(e.pos[0], text.length);
  if (e.code === 'MULTIPLE_DOCS') {
    return { offset, message: 'the file holds more than one YAML document (a second "---"): a facts table is one document; put the rest in another *.facts.yaml file' };
  }
  const detail = e.message.split('\n')[0].replace(/\s*at line \d+, column \d+:?$/, '');
  return { offset, message: `YAML syntax error: ${detail}; check the indentation, colons and quotes here` };
}

/** A repeated key in one mapping, naming where it first appears. */
function duplicateKeyProblem(e: YAMLError, read: ReadResult, ctx: TableContext): Problem {
  const offset = e.pos[0];
  const dup = read.duplicates.get(offset);
  if (!dup) return { offset, message: 'a key appears twice in the same entry: keep one' };
  const first = place({ table: ctx.table, file: ctx.file, ...ctx.lines.position(dup.first) });
  return { offset, message: `the key "${dup.key}" appears twice in the same entry (first at ${first}): keep one` };
}
