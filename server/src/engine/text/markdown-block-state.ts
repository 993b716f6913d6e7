/**
 * The state of the Markdown block pass, shared by its parts (markdown-blocks.ts and the block
 * kinds in markdown-*.ts): the open containers and leaf block, a cursor in the current line, and
 * the runs of text collected for the inline pass.
 */
import { Char } from './char-codes';
import { Finder } from './chars';
import type { MaskSink, SkippedText } from './mask';

/** Characters of white space `indent()` has scanned, for the test that nesting costs linear time. */
export const indentWork = { columns: 0 };
import { endIndented } from './markdown-indented';

/** What an open container is. */
export const enum ContainerKind {
  /** A block quote (`>`). */
  Quote = 0,
  /** A list item, or a footnote definition, which nests the same way. */
  Item = 1,
}

/** An open block quote or list item. */
export interface Container {
  /** Which of the two it is. */
  kind: ContainerKind;
  /** List items (and footnote definitions, which nest the same way): columns a line needs to stay inside. */
  indent: number;
}

/** The open leaf block. */
export const enum Leaf {
  /** None: the next text line starts a paragraph. */
  None = 0,
  /** A paragraph, whose lines are collected for the inline pass. */
  Para = 1,
  /** Fenced code, masked whole up to its closing fence. */
  Fence = 2,
  /** An indented block, masked whole when it reads as code (markdown-indented.ts). */
  Indented = 3,
  /** An HTML block that is not prose, masked up to its end marker. */
  Html = 4,
  /** A GFM table, whose rows are collected for the inline pass. */
  Table = 5,
  /** A link reference definition, which a title on the next line may still finish. */
  RefDef = 6,
}

/** What a collected run of text is. */
export const enum RunKind {
  /** Paragraph or heading text: one inline parse. */
  Text = 0,
  /** A table row: pipes masked, each cell parsed on its own. */
  TableRow = 1,
}

/** The block pass's state and its line cursor; the block kinds read and move it. */
export class BlockState {
  /** The whole text. */
  readonly text: string;
  /** The sink's mask: 1 = not prose. */
  readonly mask: Uint8Array;
  /** The open containers, outermost first. */
  readonly stack: Container[] = [];
  /** The open leaf block. */
  leaf = Leaf.None;

  // The current line, and a cursor in it: `col` is the column at `pos` (tabs stop every 4),
  // `carry` the columns of a tab only partly used up by a container.
  /** Where the current line starts. */
  lineStart = 0;
  /** Where the current line ends (before its line break). */
  lineEnd = 0;
  /** The cursor. */
  pos = 0;
  /** The column at the cursor. */
  col = 0;
  /** Columns of a tab at the cursor not yet used up. */
  carry = 0;
  /** Set by `indent()`: the first non-blank offset at or after `pos`. */
  nb = 0;
  /** Set by `indent()`: the column of `nb`. */
  nbCol = 0;
  /** Where the scan that found `nb` started, and on which line: from any cursor between it and `nb` the answer is the same. */
  private nbFrom = -1;
  private nbLine = -1;
  /** How many containers the current line continues (or opened). */
  matched = 0;

  /** The open fence's character (backtick or tilde). */
  fenceChar = 0;
  /** The open fence's length: a closing fence is at least as long. */
  fenceLen = 0;
  /** Finds the open HTML block's end marker. */
  htmlFinder: Finder | null = null;
  /** The end marker's length. */
  htmlNeedleLen = 0;
  /** Where the open HTML block starts. */
  htmlStart = 0;
  /** Whether the open HTML block is a comment (which the sink records). */
  htmlIsComment = false;
  /** The open fenced code or HTML block as skipped text, whose end each of its lines moves on. */
  openSkip: SkippedText | null = null;
  /** One finder per needle, kept for the whole text so repeated searches stay linear. */
  readonly finders = new Map<string, Finder>();
  /** Whether the open reference definition may still take a title on the next line. */
  refNeedsTitle = false;
  /** The last failed thematic-break scan: its line. */
  breakLine = -1;
  /** The last failed thematic-break scan: its character. */
  breakChar = 0;
  /** The last failed thematic-break scan: where it started. */
  breakFrom = 0;
  /** The last failed thematic-break scan: the offset that spoilt it. */
  breakFail = 0;

  /** Text lines as flat [start, end) pairs. */
  readonly segs: number[] = [];
  /** Index in `segs` where the open paragraph's lines begin. */
  paraFirst = 0;
  /** Runs of text for the inline pass, as flat triples: first index in `segs`, end index, kind. */
  readonly runs: number[] = [];
  /** Labels of the link reference definitions found, normalised. */
  readonly refs = new Set<string>();
  /** Labels of the footnote definitions found, normalised, without the caret. */
  readonly footnotes = new Set<string>();

  /** The open indented block's lines, as flat [first non-blank, end) pairs: read as prose or code once it ends. */
  readonly indentedLines: number[] = [];
  /** Where each of those lines starts after its containers: what is masked if the block is code. */
  readonly indentedFrom: number[] = [];
  /** Indices in `indentedLines` of the lines after a blank one: where a paragraph starts if the block is prose. */
  readonly indentedBreaks: number[] = [];
  /** Whether a blank line has come since the open indented block's last line. */
  indentedGap = false;

  constructor(
    /** The masking run: its text, mask and HTML comments. */
    readonly sink: MaskSink,
  ) {
    this.text = sink.text;
    this.mask = sink.mask;
  }

  // ---- the line cursor ---------------------------------------------------------------------

  /** Columns of white space at the cursor (counting a partly used tab); sets `nb` and `nbCol`. */
  indent(): number {
    // A line's containers each ask from a little further on: scanning its white space again
    // each time would cost its width times its depth.
    if (this.nbLine === this.lineStart && this.pos >= this.nbFrom && this.pos <= this.nb) return this.nbCol - this.col + this.carry;
    const text = this.text;
    let p = this.pos;
    this.nbFrom = p;
    this.nbLine = this.lineStart;
    let col = this.col;
    while (p < this.lineEnd) {
      const c = text.charCodeAt(p);
      if (c === Char.Space) col++;
      else if (c === Char.Tab) col += 4 - (col & 3);
      else break;
      p++;
    }
    indentWork.columns += p - this.nbFrom;
    this.nb = p;
    this.nbCol = col;
    return col - this.col + this.carry;
  }

  /** Moves the cursor over `cols` columns of white space, splitting a tab if needed. */
  advance(cols: number): void {
    if (this.carry >= cols) {
      this.carry -= cols;
      return;
    }
    cols -= this.carry;
    this.carry = 0;
    const text = this.text;
    while (cols > 0 && this.pos < this.lineEnd) {
      const c = text.charCodeAt(this.pos);
      if (c === Char.Space) {
        this.pos++;
        this.col++;
        cols--;
      } else if (c === Char.Tab) {
        const w = 4 - (this.col & 3);
        this.pos++;
        this.col += w;
        if (w > cols) {
          this.carry = w - cols;
          cols = 0;
        } else cols -= w;
      } else break;
    }
  }

  /** Masks the `>` at `nb` and moves past it and one optional space. */
  quoteMarker(): void {
    const nb = this.nb;
    this.mask[nb] = 1;
    this.pos = nb + 1;
    this.col = this.nbCol + 1;
    this.carry = 0;
    if (this.pos >= this.lineEnd) return;
    const c = this.text.charCodeAt(this.pos);
    if (c === Char.Space) {
      this.pos++;
      this.col++;
    } else if (c === Char.Tab) {
      const w = 4 - (this.col & 3);
      this.pos++;
      this.col += w;
      this.carry = w - 1;
    }
  }

  // ---- open blocks -------------------------------------------------------------------------

  /** Closes what a new container on this line ends: the containers it does not continue, and the leaf. */
  openContainer(): void {
    this.closeUnmatched();
    this.flushLeaf();
  }

  /** Closes the containers the current line does not continue. */
  closeUnmatched(): void {
    if (this.matched < this.stack.length) {
      this.flushLeaf();
      this.stack.length = this.matched;
    }
  }

  /** Whether a list item (or footnote definition) is open. */
  inListItem(): boolean {
    for (const c of this.stack) if (c.kind === ContainerKind.Item) return true;
    return false;
  }

  /** Ends the open leaf block, queueing a paragraph for the inline pass. */
  flushLeaf(): void {
    if (this.leaf === Leaf.Indented) endIndented(this);
    if (this.leaf === Leaf.Para && this.segs.length > this.paraFirst) this.runs.push(this.paraFirst, this.segs.length, RunKind.Text);
    this.leaf = Leaf.None;
    this.refNeedsTitle = false;
  }

  /** Adds the current line, from `nb`, to the open paragraph. */
  addLine(nb: number): void {
    this.segs.push(nb, this.lineEnd);
  }

  /** Queues one line's text on its own (a heading's content, the rest of an HTML block's last line). */
  pushRun(start: number, end: number, kind: RunKind): void {
    this.segs.push(start, end);
    this.runs.push(this.segs.length - 2, this.segs.length, kind);
  }

  /** The text's finder for `needle`, made on first use. */
  finder(needle: string, ignoreCase = false): Finder {
    let f = this.finders.get(needle);
    if (f === undefined) {
      f = new Finder(this.text, needle, ignoreCase);
      this.finders.set(needle, f);
    }
    return f;
  }
}
