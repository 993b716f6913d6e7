/**
 * A CSV file as cells that know where they stand, for `factlint tables import csv`. csv-parse
 * reads the values (quotes, doubled quotes, commas and line breaks inside quotes, CRLF); this
 * module adds each cell's line and column, which csv-parse does not give reliably (it counts a
 * CRLF inside a quoted cell as two lines), from the byte offset at which csv-parse ends each
 * record: the record's own text is scanned again for where its cells start.
 */
import { parse, type CsvError } from 'csv-parse/sync';
import { LineIndex, type LineColumn } from '../../engine';

/** One cell: its value (spaces around it trimmed) and where it starts. */
export interface CsvCell extends LineColumn {
  value: string;
}

/** One record, in file order; records whose every cell is blank are left out. */
export interface CsvRecord extends LineColumn {
  cells: CsvCell[];
}

/** What a file holds: its records, or the first place where it stops being CSV. */
export type CsvRead = { records: CsvRecord[] } | { error: LineColumn & { message: string } };

/** csv-parse's options: strict about what a quote may close, lenient about what people type. */
const OPTIONS = {
  // Rows may be shorter or longer than the header; the importer says what that means.
  relax_column_count: true,
  // A quote inside a cell that does not start with one is text (`5" screen`).
  relax_quotes: true,
  // Spaces around a cell, and around a quoted cell, are not part of it.
  trim: true,
  skip_empty_lines: true,
} as const;

/** Reads `text` (already without a byte-order mark) as CSV. */
export function readCsv(text: string): CsvRead {
  const lines = new LineIndex(text);
  const bytes = Buffer.from(text, 'utf8');
  const records: CsvRecord[] = [];
  // Where the next record starts, in bytes and in characters (records end at ASCII, so each
  // record's bytes decode on their own).
  let byte = 0;
  let offset = 0;
  const onRecord = (values: string[], info: { bytes: number }): null => {
    const own = bytes.subarray(byte, info.bytes).toString('utf8');
    const scan = scanRecord(own, 0);
    const at = (i: number) => lines.position(offset + i);
    const starts = scan.starts.length === values.length ? scan.starts : values.map(() => scan.from);
    if (values.some((v) => v.trim() !== '')) {
      records.push({ ...at(scan.from), cells: values.map((value, i) => ({ value, ...at(starts[i]) })) });
    }
    byte = info.bytes;
    offset += own.length;
    return null;
  };
  try {
    parse(bytes, { ...OPTIONS, on_record: onRecord });
  } catch (e) {
    // The record that failed starts where the last good one ended.
    const scan = scanRecord(text, offset);
    if (scan.problem) return { error: { ...lines.position(scan.problem.offset), message: scan.problem.message } };
    return { error: { ...lines.position(scan.from), message: `this line cannot be read as CSV (${(e as CsvError).message})` } };
  }
  return { records };
}

/** Where one record's cells start, from `from` in `text`, and the first problem with its quotes. */
interface Scan {
  /** Where the record starts, after blank lines. */
  from: number;
  starts: number[];
  problem?: { offset: number; message: string };
}

const isBlank = (c: string | undefined) => c === ' ' || c === '\t';
const isBreak = (c: string | undefined) => c === '\n' || c === '\r';

/**
 * Scans one record as csv-parse reads it with `OPTIONS`: blank lines before it are skipped, a
 * cell whose first character (after spaces) is a quote runs to the quote that closes it, any
 * other cell to the next comma or line break.
 */
export function scanRecord(text: string, from: number): Scan {
  let i = from;
  // Skip lines that hold nothing but spaces.
  for (;;) {
    let j = i;
    while (isBlank(text[j])) j++;
    if (!isBreak(text[j])) break;
    i = j + (text[j] === '\r' && text[j + 1] === '\n' ? 2 : 1);
  }
  const scan: Scan = { from: i, starts: [] };
  for (;;) {
    while (isBlank(text[i])) i++;
    scan.starts.push(i);
    if (text[i] === '"') {
      const open = i;
      i++;
      for (;;) {
        if (i >= text.length) {
          scan.problem = { offset: open, message: 'this cell opens a quote that is never closed: add the closing " (a quote inside a quoted cell is written twice: "")' };
          return scan;
        }
        if (text[i] === '"') {
          if (text[i + 1] !== '"') break;
          i++;
        }
        i++;
      }
      i++;
      while (isBlank(text[i])) i++;
      if (i < text.length && text[i] !== ',' && !isBreak(text[i])) {
        scan.problem = { offset: i, message: 'text follows the closing quote of this cell: put the whole cell in quotes, and write each quote inside it twice ("")' };
        return scan;
      }
    } else {
      while (i < text.length && text[i] !== ',' && !isBreak(text[i])) i++;
    }
    if (text[i] !== ',') return scan;
    i++;
  }
}
