/**
 * Markdown block structure (CommonMark 0.31 + GFM tables and footnotes) for masking: front matter,
 * fenced and indented code, HTML blocks, block markers (`#`, `>`, bullets, table pipes), thematic
 * breaks and reference definitions. Text blocks are collected and handed to the inline masker once
 * the whole document is read, because a reference link may come before its definition.
 */
import { Finder, htmlCommentEnd, isAsciiLetter, isDigit, isSpaceOrTab, normalizeLabel } from './chars';
import type { MaskSink } from './mask';
import { InlineMasker } from './markdown-inline';
import { delimiterRowCells, frontMatterEnd, headerCells, isBlank, trimEnd } from './markdown-lines';

const QUOTE = 0;
const ITEM = 1;

/** An open block quote or list item. */
interface Container {
  kind: typeof QUOTE | typeof ITEM;
  /** List items (and footnote definitions, which nest the same way): columns a line needs to stay inside. */
  indent: number;
}

// The open leaf block.
const NONE = 0;
const PARA = 1;
const FENCE = 2;
const INDENTED = 3;
const HTML = 4;
const TABLE = 5;
const REFDEF = 6;

// What a collected run of text is.
const TEXT_RUN = 0;
const TABLE_ROW = 1;

/** Masks a Markdown document's non-prose into `sink`. */
export function maskMarkdown(sink: MaskSink): void {
  const blocks = new BlockParser(sink);
  blocks.run();
  blocks.maskInlines();
}

class BlockParser {
  private readonly text: string;
  private readonly mask: Uint8Array;
  private readonly stack: Container[] = [];
  private leaf = NONE;

  // The current line, and a cursor in it: `col` is the column at `pos` (tabs stop every 4),
  // `carry` the columns of a tab only partly used up by a container.
  private lineStart = 0;
  private lineEnd = 0;
  private pos = 0;
  private col = 0;
  private carry = 0;
  /** Set by `indent()`: the first non-blank offset at or after `pos`, and its column. */
  private nb = 0;
  private nbCol = 0;
  /** How many containers the current line continues (or opened). */
  private matched = 0;

  private fenceChar = 0;
  private fenceLen = 0;
  private htmlFinder: Finder | null = null;
  private htmlNeedleLen = 0;
  private htmlStart = 0;
  private htmlIsComment = false;
  private readonly finders = new Map<string, Finder>();
  private refNeedsTitle = false;
  /** The last failed thematic-break scan: line, character, and the offset that spoilt it. */
  private breakLine = -1;
  private breakChar = 0;
  private breakFrom = 0;
  private breakFail = 0;

  /** Text lines as flat [start, end) pairs. */
  private readonly segs: number[] = [];
  /** Index in `segs` where the open paragraph's lines begin. */
  private paraFirst = 0;
  /** Runs of text for the inline pass, as flat triples: first index in `segs`, end index, kind. */
  private readonly runs: number[] = [];
  private readonly refs = new Set<string>();
  private readonly footnotes = new Set<string>();

  constructor(private readonly sink: MaskSink) {
    this.text = sink.text;
    this.mask = sink.mask;
  }

  run(): void {
    const text = this.text;
    const n = text.length;
    let start = frontMatterEnd(text);
    this.mask.fill(1, 0, start);
    if (start === 0 && text.charCodeAt(0) === 0xfeff) {
      this.mask[0] = 1;
      start = 1;
    }
    const hasCR = text.indexOf('\r', start) !== -1;
    while (start < n) {
      let end: number;
      let next: number;
      if (!hasCR) {
        end = text.indexOf('\n', start);
        if (end === -1) end = n;
        next = end + 1;
      } else {
        end = start;
        while (end < n) {
          const c = text.charCodeAt(end);
          if (c === 10 || c === 13) break;
          end++;
        }
        next = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
      }
      this.lineStart = start;
      this.lineEnd = end;
      this.line();
      start = next;
    }
    this.flushLeaf();
  }

  /** Runs the inline masker over every collected run of text. */
  maskInlines(): void {
    const inline = new InlineMasker(this.sink, { refs: this.refs, footnotes: this.footnotes });
    const { runs, segs, text } = this;
    for (let r = 0; r < runs.length; r += 3) {
      const a = runs[r];
      const b = runs[r + 1];
      if (b <= a) continue;
      if (runs[r + 2] === TABLE_ROW) {
        this.tableCells(inline, segs[a], segs[a + 1]);
        continue;
      }
      const start = segs[a];
      const end = segs[b - 1];
      if (this.gapsAreBlank(a, b)) inline.parse(text, start, end, 0, false);
      else inline.parse(this.view(a, b), 0, end - start, start, true);
    }
  }

  // ---- the line cursor ---------------------------------------------------------------------

  /** Columns of white space at the cursor (counting a partly used tab); sets `nb` and `nbCol`. */
  private indent(): number {
    const text = this.text;
    let p = this.pos;
    let col = this.col;
    while (p < this.lineEnd) {
      const c = text.charCodeAt(p);
      if (c === 32) col++;
      else if (c === 9) col += 4 - (col & 3);
      else break;
      p++;
    }
    this.nb = p;
    this.nbCol = col;
    return col - this.col + this.carry;
  }

  /** Moves the cursor over `cols` columns of white space, splitting a tab if needed. */
  private advance(cols: number): void {
    if (this.carry >= cols) {
      this.carry -= cols;
      return;
    }
    cols -= this.carry;
    this.carry = 0;
    const text = this.text;
    while (cols > 0 && this.pos < this.lineEnd) {
      const c = text.charCodeAt(this.pos);
      if (c === 32) {
        this.pos++;
        this.col++;
        cols--;
      } else if (c === 9) {
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
  private quoteMarker(): void {
    const nb = this.nb;
    this.mask[nb] = 1;
    this.pos = nb + 1;
    this.col = this.nbCol + 1;
    this.carry = 0;
    if (this.pos >= this.lineEnd) return;
    const c = this.text.charCodeAt(this.pos);
    if (c === 32) {
      this.pos++;
      this.col++;
    } else if (c === 9) {
      const w = 4 - (this.col & 3);
      this.pos++;
      this.col += w;
      this.carry = w - 1;
    }
  }

  // ---- lines -------------------------------------------------------------------------------

  private line(): void {
    const text = this.text;
    const lineEnd = this.lineEnd;
    const stack = this.stack;
    this.pos = this.lineStart;
    this.col = 0;
    this.carry = 0;

    // 1. Which open containers does this line continue?
    let matched = 0;
    while (matched < stack.length) {
      const container = stack[matched];
      const ind = this.indent();
      if (container.kind === QUOTE) {
        if (ind > 3 || this.nb >= lineEnd || text.charCodeAt(this.nb) !== 62) break;
        this.quoteMarker();
      } else if (this.nb < lineEnd) {
        if (ind < container.indent) break;
        this.advance(container.indent);
      }
      matched++;
    }
    this.matched = matched;
    const allMatched = matched === stack.length;

    // 2. Code and HTML blocks swallow their lines whole, but end with their container.
    if (this.leaf === FENCE) {
      if (allMatched) {
        this.fenceLine();
        return;
      }
      this.leaf = NONE;
    } else if (this.leaf === HTML) {
      if (allMatched) {
        this.htmlLine(this.pos, this.pos, false);
        return;
      }
      this.leaf = NONE;
    }

    // 3. New block quotes and list items.
    for (;;) {
      const ind = this.indent();
      const nb = this.nb;
      if (ind >= 4 || nb >= lineEnd) break;
      const ch = text.charCodeAt(nb);
      if (ch === 62) {
        this.openContainer();
        this.quoteMarker();
        stack.push({ kind: QUOTE, indent: 0 });
        this.matched = stack.length;
        continue;
      }
      if (ch === 42 || ch === 45 || ch === 43 || isDigit(ch)) {
        const continuesParagraph = this.leaf === PARA && allMatched;
        if (ch === 45 && continuesParagraph && this.isSetextUnderline(nb)) break;
        if (ch !== 43 && !isDigit(ch) && this.isThematicBreak(nb)) break;
        if (this.listItem(ind, nb, continuesParagraph)) continue;
      }
      break;
    }

    // 4. The leaf block.
    this.leafLine(allMatched);
  }

  private leafLine(allMatched: boolean): void {
    const text = this.text;
    const lineEnd = this.lineEnd;
    const ind = this.indent();
    const nb = this.nb;
    if (nb >= lineEnd) {
      this.closeUnmatched();
      if (this.leaf !== INDENTED) this.flushLeaf();
      return;
    }
    if (this.leaf === INDENTED) {
      if (allMatched && ind >= 4) {
        this.mask.fill(1, this.pos, lineEnd);
        return;
      }
      this.leaf = NONE;
    }
    // A paragraph open here (possibly lazily, from a container this line does not continue).
    const para = this.leaf === PARA;
    if (ind >= 4) {
      // Indented code cannot interrupt a paragraph, and is never read inside list items
      // (an over-indented continuation there is far likelier than code in a news draft).
      if (para) this.addLine(nb);
      else if (this.leaf === TABLE && allMatched) this.tableRow(nb);
      else {
        this.closeUnmatched();
        this.flushLeaf();
        if (this.inListItem()) this.startParagraph(nb);
        else {
          this.leaf = INDENTED;
          this.mask.fill(1, this.pos, lineEnd);
        }
      }
      return;
    }
    const ch = text.charCodeAt(nb);
    if (ch === 96 || ch === 126) {
      if (this.fenceOpen(nb)) return;
    } else if (ch === 35) {
      if (this.atxHeading(nb)) return;
    } else if (ch === 60) {
      if (this.htmlBlockOpen(nb)) return;
    } else if (ch === 61 || ch === 45 || ch === 42 || ch === 95) {
      if ((ch === 61 || ch === 45) && para && allMatched && this.isSetextUnderline(nb)) {
        this.mask.fill(1, nb, lineEnd);
        this.flushLeaf();
        return;
      }
      if (ch !== 61 && this.isThematicBreak(nb)) {
        this.closeUnmatched();
        this.flushLeaf();
        this.mask.fill(1, nb, lineEnd);
        return;
      }
    }
    if (this.leaf === REFDEF && allMatched && this.refNeedsTitle && this.isTitleLine(nb)) {
      this.mask.fill(1, nb, lineEnd);
      this.refNeedsTitle = false;
      return;
    }
    if (para && allMatched && this.tableStart(nb)) return;
    if (this.leaf === TABLE && allMatched) {
      this.tableRow(nb);
      return;
    }
    if (para) {
      this.addLine(nb);
      return;
    }
    this.closeUnmatched();
    this.flushLeaf();
    this.startParagraph(nb);
  }

  private openContainer(): void {
    this.closeUnmatched();
    this.flushLeaf();
  }

  private closeUnmatched(): void {
    if (this.matched < this.stack.length) {
      this.flushLeaf();
      this.stack.length = this.matched;
    }
  }

  private inListItem(): boolean {
    for (const c of this.stack) if (c.kind === ITEM) return true;
    return false;
  }

  /** Ends the open leaf block, queueing a paragraph for the inline pass. */
  private flushLeaf(): void {
    if (this.leaf === PARA && this.segs.length > this.paraFirst) this.runs.push(this.paraFirst, this.segs.length, TEXT_RUN);
    this.leaf = NONE;
    this.refNeedsTitle = false;
  }

  private startParagraph(nb: number): void {
    if (this.text.charCodeAt(nb) === 91 && this.definition(nb)) return;
    this.leaf = PARA;
    this.paraFirst = this.segs.length;
    this.segs.push(nb, this.lineEnd);
  }

  private addLine(nb: number): void {
    this.segs.push(nb, this.lineEnd);
  }

  /** Queues one line's text on its own (a heading's content, the rest of an HTML block's last line). */
  private pushRun(start: number, end: number, kind: number): void {
    this.segs.push(start, end);
    this.runs.push(this.segs.length - 2, this.segs.length, kind);
  }

  // ---- list items --------------------------------------------------------------------------

  /** Opens a list item at `nb` if there is a marker there; masks the marker. */
  private listItem(ind: number, nb: number, interrupting: boolean): boolean {
    const text = this.text;
    const lineEnd = this.lineEnd;
    const ch = text.charCodeAt(nb);
    let k = nb + 1;
    let ordered = false;
    if (isDigit(ch)) {
      while (k < lineEnd && isDigit(text.charCodeAt(k)) && k - nb < 9) k++;
      const d = text.charCodeAt(k);
      if (d !== 46 && d !== 41) return false;
      ordered = true;
      k++;
    }
    if (k < lineEnd && !isSpaceOrTab(text.charCodeAt(k))) return false;
    let q = k;
    while (q < lineEnd && isSpaceOrTab(text.charCodeAt(q))) q++;
    const blank = q >= lineEnd;
    // A list that interrupts a paragraph must start with a non-empty item, numbered 1 if ordered.
    if (interrupting && (blank || (ordered && Number(text.slice(nb, k - 1)) !== 1))) return false;
    this.openContainer();
    this.advance(ind);
    this.mask.fill(1, nb, k);
    const width = k - nb;
    this.pos = k;
    this.col = this.nbCol + width;
    this.carry = 0;
    let spaces = 1;
    if (!blank) {
      spaces = this.indent();
      if (spaces >= 5) spaces = 1;
      this.advance(spaces);
    }
    this.stack.push({ kind: ITEM, indent: ind + width + spaces });
    this.matched = this.stack.length;
    this.taskCheckbox();
    return true;
  }

  /** Masks a GFM task list checkbox (`[ ]`, `[x]`) at the start of a list item's text. */
  private taskCheckbox(): void {
    const text = this.text;
    const p = this.pos;
    const mark = text.charCodeAt(p + 1);
    if (text.charCodeAt(p) !== 91 || text.charCodeAt(p + 2) !== 93 || !(mark === 32 || mark === 120 || mark === 88)) return;
    if (p + 3 < this.lineEnd && !isSpaceOrTab(text.charCodeAt(p + 3))) return;
    if (p + 3 > this.lineEnd) return;
    this.mask.fill(1, p, p + 3);
  }

  // ---- leaf blocks -------------------------------------------------------------------------

  private isSetextUnderline(nb: number): boolean {
    const text = this.text;
    const ch = text.charCodeAt(nb);
    let k = nb;
    while (k < this.lineEnd && text.charCodeAt(k) === ch) k++;
    return isBlank(text, k, this.lineEnd);
  }

  private isThematicBreak(nb: number): boolean {
    const text = this.text;
    const ch = text.charCodeAt(nb);
    // "- - - - … x" asks again at every nested list marker: remember where the last scan failed.
    if (this.breakLine === this.lineStart && this.breakChar === ch && nb >= this.breakFrom && nb < this.breakFail) return false;
    let count = 0;
    for (let k = nb; k < this.lineEnd; k++) {
      const c = text.charCodeAt(k);
      if (c === ch) count++;
      else if (!isSpaceOrTab(c)) {
        this.breakLine = this.lineStart;
        this.breakChar = ch;
        this.breakFrom = nb;
        this.breakFail = k;
        return false;
      }
    }
    return count >= 3;
  }

  private fenceOpen(nb: number): boolean {
    const text = this.text;
    const ch = text.charCodeAt(nb);
    let k = nb;
    while (k < this.lineEnd && text.charCodeAt(k) === ch) k++;
    const len = k - nb;
    if (len < 3) return false;
    if (ch === 96) {
      for (let j = k; j < this.lineEnd; j++) if (text.charCodeAt(j) === 96) return false;
    }
    this.closeUnmatched();
    this.flushLeaf();
    this.leaf = FENCE;
    this.fenceChar = ch;
    this.fenceLen = len;
    this.mask.fill(1, nb, this.lineEnd);
    return true;
  }

  private fenceLine(): void {
    const text = this.text;
    const lineEnd = this.lineEnd;
    const ind = this.indent();
    const nb = this.nb;
    this.mask.fill(1, this.pos, lineEnd);
    if (ind > 3) return;
    let k = nb;
    while (k < lineEnd && text.charCodeAt(k) === this.fenceChar) k++;
    if (k - nb >= this.fenceLen && isBlank(text, k, lineEnd)) this.leaf = NONE;
  }

  private atxHeading(nb: number): boolean {
    const text = this.text;
    const lineEnd = this.lineEnd;
    let k = nb;
    while (k < lineEnd && text.charCodeAt(k) === 35) k++;
    if (k - nb > 6 || (k < lineEnd && !isSpaceOrTab(text.charCodeAt(k)))) return false;
    this.closeUnmatched();
    this.flushLeaf();
    this.mask.fill(1, nb, k);
    let s = k;
    while (s < lineEnd && isSpaceOrTab(text.charCodeAt(s))) s++;
    let e = trimEnd(text, s, lineEnd);
    let h = e;
    while (h > s && text.charCodeAt(h - 1) === 35) h--;
    if (h < e && (h === s || isSpaceOrTab(text.charCodeAt(h - 1)))) {
      this.mask.fill(1, h, e);
      e = trimEnd(text, s, h);
    }
    if (e > s) this.pushRun(s, e, TEXT_RUN);
    return true;
  }

  private finder(needle: string, ignoreCase = false): Finder {
    let f = this.finders.get(needle);
    if (f === undefined) {
      f = new Finder(this.text, needle, ignoreCase);
      this.finders.set(needle, f);
    }
    return f;
  }

  /**
   * HTML blocks whose content is not prose: comments, processing instructions, declarations,
   * CDATA, and `<script>`/`<style>` elements. They interrupt paragraphs and run to the line
   * holding their end marker (or the end of their container).
   */
  private htmlBlockOpen(nb: number): boolean {
    const text = this.text;
    let needle: string;
    let from: number;
    let ignoreCase = false;
    if (text.startsWith('<!--', nb)) {
      needle = '-->';
      from = nb + 4;
    } else if (text.startsWith('<?', nb)) {
      needle = '?>';
      from = nb + 2;
    } else if (text.startsWith('<![CDATA[', nb)) {
      needle = ']]>';
      from = nb + 9;
    } else if (text.charCodeAt(nb + 1) === 33 && isAsciiLetter(text.charCodeAt(nb + 2))) {
      needle = '>';
      from = nb + 2;
    } else {
      const tag = this.rawTextTag(nb);
      if (tag === null) return false;
      needle = `</${tag}>`;
      from = nb + 1 + tag.length;
      ignoreCase = true;
    }
    this.closeUnmatched();
    this.flushLeaf();
    this.leaf = HTML;
    this.htmlStart = nb;
    this.htmlIsComment = needle === '-->';
    this.htmlFinder = this.finder(needle, ignoreCase);
    this.htmlNeedleLen = needle.length;
    this.htmlLine(from, nb, true);
    return true;
  }

  private rawTextTag(nb: number): 'script' | 'style' | null {
    const text = this.text;
    for (const tag of ['script', 'style'] as const) {
      if (text.slice(nb + 1, nb + 1 + tag.length).toLowerCase() !== tag) continue;
      const after = nb + 1 + tag.length;
      const c = text.charCodeAt(after);
      if (after >= this.lineEnd || c === 62 || isSpaceOrTab(c)) return tag;
    }
    return null;
  }

  /** One line of an HTML block: masked up to its end marker; text after the marker is prose. */
  private htmlLine(searchFrom: number, maskFrom: number, first: boolean): void {
    const text = this.text;
    const finder = this.htmlFinder as Finder;
    let end: number;
    if (first && this.htmlIsComment) end = htmlCommentEnd(text, this.htmlStart, finder);
    else {
      const k = finder.find(searchFrom);
      end = k === -1 ? -1 : k + this.htmlNeedleLen;
    }
    if (end === -1 || end > this.lineEnd) {
      this.mask.fill(1, maskFrom, this.lineEnd);
      return;
    }
    this.mask.fill(1, maskFrom, end);
    if (this.htmlIsComment) this.sink.comments.push({ start: this.htmlStart, end });
    this.leaf = NONE;
    let s = end;
    while (s < this.lineEnd && isSpaceOrTab(text.charCodeAt(s))) s++;
    if (s < this.lineEnd) this.pushRun(s, this.lineEnd, TEXT_RUN);
  }

  /**
   * A link reference definition (`[id]: url "title"`, masked whole) or the start of a footnote
   * definition (`[^id]: text`, only the marker masked). Single-line forms only, plus a title
   * alone on the next line.
   */
  private definition(nb: number): boolean {
    const text = this.text;
    const lineEnd = this.lineEnd;
    let k = nb + 1;
    while (k < lineEnd) {
      const c = text.charCodeAt(k);
      if (c === 92) k++;
      else if (c === 91) return false;
      else if (c === 93) break;
      k++;
    }
    if (k >= lineEnd || k - nb - 1 > 999 || text.charCodeAt(k + 1) !== 58) return false;
    const label = text.slice(nb + 1, k);
    if (normalizeLabel(label) === '') return false;
    if (label.charCodeAt(0) === 94 /* ^ */) {
      if (label.length < 2) return false;
      this.footnotes.add(normalizeLabel(label.slice(1)));
      this.mask.fill(1, nb, k + 2);
      // Like a list item: later paragraphs of the footnote are indented 4 columns, not code.
      this.stack.push({ kind: ITEM, indent: 4 });
      this.matched = this.stack.length;
      let p = k + 2;
      while (p < lineEnd && isSpaceOrTab(text.charCodeAt(p))) p++;
      this.leaf = PARA;
      this.paraFirst = this.segs.length;
      if (p < lineEnd) this.segs.push(p, lineEnd);
      return true;
    }
    let p = k + 2;
    while (p < lineEnd && isSpaceOrTab(text.charCodeAt(p))) p++;
    if (p >= lineEnd) return false;
    if (text.charCodeAt(p) === 60) {
      p++;
      while (p < lineEnd && text.charCodeAt(p) !== 62) {
        if (text.charCodeAt(p) === 60) return false;
        p++;
      }
      if (p >= lineEnd) return false;
      p++;
    } else {
      while (p < lineEnd && text.charCodeAt(p) > 32) p++;
    }
    const destEnd = p;
    while (p < lineEnd && isSpaceOrTab(text.charCodeAt(p))) p++;
    let hasTitle = false;
    if (p < lineEnd) {
      if (p === destEnd || !this.isTitleLine(p)) return false;
      hasTitle = true;
    }
    this.refs.add(normalizeLabel(label));
    this.mask.fill(1, nb, lineEnd);
    this.leaf = REFDEF;
    this.refNeedsTitle = !hasTitle;
    return true;
  }

  /** Whether the rest of the line from `p` is exactly one link title: "…", '…' or (…). */
  private isTitleLine(p: number): boolean {
    const text = this.text;
    const q = text.charCodeAt(p);
    if (q !== 34 && q !== 39 && q !== 40) return false;
    const close = q === 40 ? 41 : q;
    const e = trimEnd(text, p, this.lineEnd);
    return e - p >= 2 && text.charCodeAt(e - 1) === close && text.charCodeAt(e - 2) !== 92;
  }

  // ---- GFM tables --------------------------------------------------------------------------

  /** Turns the paragraph's last line into a table header if this line is a matching delimiter row. */
  private tableStart(nb: number): boolean {
    const segs = this.segs;
    if (segs.length - this.paraFirst < 2) return false;
    const cells = delimiterRowCells(this.text, nb, this.lineEnd);
    if (cells <= 0) return false;
    const hs = segs[segs.length - 2];
    const he = segs[segs.length - 1];
    if (headerCells(this.text, hs, he) !== cells) return false;
    segs.length -= 2;
    this.flushLeaf();
    this.pushRun(hs, he, TABLE_ROW);
    this.mask.fill(1, nb, this.lineEnd);
    this.leaf = TABLE;
    return true;
  }

  private tableRow(nb: number): void {
    this.pushRun(nb, this.lineEnd, TABLE_ROW);
  }

  /** Masks a row's unescaped pipes (also inside code spans, as in GFM) and each cell's inline syntax. */
  private tableCells(inline: InlineMasker, s: number, e: number): void {
    const text = this.text;
    let cell = s;
    for (let k = s; k < e; k++) {
      const c = text.charCodeAt(k);
      if (c === 92) k++;
      else if (c === 124) {
        this.mask[k] = 1;
        if (k > cell) inline.parse(text, cell, k, 0, false);
        cell = k + 1;
      }
    }
    if (e > cell) inline.parse(text, cell, e, 0, false);
  }

  // ---- views for the inline pass -----------------------------------------------------------

  /** Whether only white space and line breaks separate a paragraph's lines. */
  private gapsAreBlank(a: number, b: number): boolean {
    const { segs, text } = this;
    for (let k = a + 1; k < b - 1; k += 2) {
      for (let p = segs[k]; p < segs[k + 1]; p++) {
        const c = text.charCodeAt(p);
        if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return false;
      }
    }
    return true;
  }

  /** The paragraph's text with the container markers between its lines blanked, same length. */
  private view(a: number, b: number): string {
    const { segs, text } = this;
    const parts: string[] = [];
    for (let k = a; k < b; k += 2) {
      parts.push(text.slice(segs[k], segs[k + 1]));
      if (k + 2 >= b) break;
      let gap = '';
      for (let p = segs[k + 1]; p < segs[k + 2]; p++) {
        const c = text.charCodeAt(p);
        gap += c === 10 || c === 13 ? text[p] : ' ';
      }
      parts.push(gap);
    }
    return parts.join('');
  }
}
