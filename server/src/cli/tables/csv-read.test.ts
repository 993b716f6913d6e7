import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { LineIndex } from '../../engine';
import { readCsv, type CsvRead } from './csv-read';

/** The records as [line, column, values] and each cell as "line:column=value". */
function cells(read: CsvRead): string[][] {
  assert.ok('records' in read, JSON.stringify(read));
  return read.records.map((r) => [`${r.line}:${r.column}`, ...r.cells.map((c) => `${c.line}:${c.column}=${c.value}`)]);
}

describe('tables csv-read', () => {
  it('places_each_cell_at_its_line_and_column', () => {
    assert.deepEqual(cells(readCsv('name,from\nAda Example,2024\n')), [
      ['1:1', '1:1=name', '1:6=from'],
      ['2:1', '2:1=Ada Example', '2:13=2024'],
    ]);
  });

  it('counts_lines_inside_quoted_cells_once_even_with_crlf', () => {
    const text = 'a,b\r\n1,"two\r\nlines, and a comma"\r\n\r\n3,"say ""hi"""\r\n';
    assert.deepEqual(cells(readCsv(text)), [
      ['1:1', '1:1=a', '1:3=b'],
      ['2:1', '2:1=1', '2:3=two\r\nlines, and a comma'],
      ['5:1', '5:1=3', '5:3=say "hi"'],
    ]);
  });

  it('trims_spaces_around_cells_and_skips_blank_rows', () => {
    assert.deepEqual(cells(readCsv('a , "b" \n  \n,,\n x,é\n')), [
      ['1:1', '1:1=a', '1:5=b'],
      ['4:1', '4:2=x', '4:4=é'],
    ]);
  });

  it('places_a_quote_that_is_never_closed_at_its_opening', () => {
    assert.deepEqual(readCsv('a,b\n1,2\n3,"four\n5,6\n'), {
      error: { line: 3, column: 3, message: 'this cell opens a quote that is never closed: add the closing " (a quote inside a quoted cell is written twice: "")' },
    });
  });

  it('places_text_after_a_closing_quote_where_it_starts', () => {
    const read = readCsv('a,b\r\n1,"x\r\ny"z\r\n');
    assert.ok('error' in read);
    assert.deepEqual([read.error.line, read.error.column], [3, 3]);
    assert.match(read.error.message, /^text follows the closing quote/);
  });

  it('keeps_a_quote_inside_a_cell_that_does_not_start_with_one', () => {
    assert.deepEqual(cells(readCsv('a\n5" screen\n')), [['1:1', '1:1=a'], ['2:1', '2:1=5" screen']]);
  });

  it('reads_what_a_spreadsheet_writes_and_places_every_cell', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\n', '\r\n', 'é', '😀', '|', ';'), maxLength: 8 });
    const table = fc.record({
      rows: fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
      eol: fc.constantFrom('\n', '\r\n'),
      quoteAll: fc.boolean(),
    });
    fc.assert(
      fc.property(table, ({ rows, eol, quoteAll }) => {
        const quote = (v: string) => (quoteAll || /[",\r\n]/.test(v) || v !== v.trim() ? `"${v.replace(/"/g, '""')}"` : v);
        const text = rows.map((r) => r.map(quote).join(',')).join(eol) + eol;
        const read = readCsv(text);
        assert.ok('records' in read, JSON.stringify(read));
        const kept = rows.filter((r) => r.some((v) => v.trim() !== ''));
        assert.deepEqual(
          read.records.map((r) => r.cells.map((c) => c.value)),
          kept,
        );
        const lines = new LineIndex(text);
        for (const r of read.records) {
          for (const c of r.cells) {
            const at = text[lines.offset(c.line, c.column)];
            // A quoted cell starts at its quote; any other at its first character, or at the comma or line end that ends it empty.
            assert.ok(at === '"' || (c.value === '' ? at === ',' || at === '\r' || at === '\n' || at === undefined : at === c.value[0]), `${JSON.stringify(text)}: ${c.line}:${c.column}`);
          }
        }
      }),
      { seed: 1602, numRuns: 500 },
    );
  });
});
