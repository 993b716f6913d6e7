/**
 * GFM tables for the Markdown block pass: a delimiter row under a paragraph's last line turns that
 * line into a header; the table's rows are queued, and in the inline pass each row's unescaped
 * pipes are masked and each cell is parsed on its own.
 */
import { Char } from './char-codes';
import { Leaf, RunKind, type BlockState } from './markdown-block-state';
import type { InlineMasker } from './markdown-inline';
import { delimiterRowCells, headerCells } from './markdown-lines';

/** Turns the paragraph's last line into a table header if this line is a matching delimiter row. */
export function tableStart(s: BlockState, nb: number): boolean {
  const segs = s.segs;
  if (segs.length - s.paraFirst < 2) return false;
  const cells = delimiterRowCells(s.text, nb, s.lineEnd);
  if (cells <= 0) return false;
  const hs = segs[segs.length - 2];
  const he = segs[segs.length - 1];
  if (headerCells(s.text, hs, he) !== cells) return false;
  segs.length -= 2;
  s.flushLeaf();
  s.pushRun(hs, he, RunKind.TableRow);
  s.mask.fill(1, nb, s.lineEnd);
  s.leaf = Leaf.Table;
  return true;
}

/** Queues a table row from `nb`. */
export function tableRow(s: BlockState, nb: number): void {
  s.pushRun(nb, s.lineEnd, RunKind.TableRow);
}

/** Masks a row's unescaped pipes (also inside code spans, as in GFM) and each cell's inline syntax. */
export function tableCells(s: BlockState, inline: InlineMasker, start: number, end: number): void {
  const text = s.text;
  let cell = start;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === Char.Backslash) k++;
    else if (c === Char.Pipe) {
      s.mask[k] = 1;
      if (k > cell) inline.parse(text, cell, k, 0, false);
      cell = k + 1;
    }
  }
  if (end > cell) inline.parse(text, cell, end, 0, false);
}
