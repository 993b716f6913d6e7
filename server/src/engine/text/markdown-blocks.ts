/**
 * Markdown block structure (CommonMark 0.31 + GFM tables and footnotes) for masking: the walk
 * over the lines, which containers each line continues or opens, and which leaf block it belongs
 * to. The block kinds live in markdown-*.ts beside it, the shared state in markdown-block-state.ts.
 * Text blocks are collected and handed to the inline masker once the whole document is read,
 * because a reference link may come before its definition.
 */
import { Char } from './char-codes';
import { isDigit } from './chars';
import type { MaskSink } from './mask';
import { BlockState, ContainerKind, Leaf, RunKind } from './markdown-block-state';
import { fenceLine, fenceOpen, htmlBlockOpen, htmlLine } from './markdown-code-html';
import { definition, isTitleLine } from './markdown-definitions';
import { atxHeading, isSetextUnderline, isThematicBreak } from './markdown-headings';
import { endIndented, indentedLine } from './markdown-indented';
import { InlineMasker } from './markdown-inline';
import { frontMatterEnd } from './markdown-lines';
import { listItem } from './markdown-list-items';
import { tableCells, tableRow, tableStart } from './markdown-tables';

/** Masks a Markdown document's non-prose into `sink`. */
export function maskMarkdown(sink: MaskSink): void {
  const blocks = new BlockParser(sink);
  blocks.run();
  blocks.maskInlines();
}

/** `end` moved back over the line break before it. */
function trimBreak(text: string, end: number): number {
  if (text.charCodeAt(end - 1) === Char.LineFeed) end--;
  if (text.charCodeAt(end - 1) === Char.CarriageReturn) end--;
  return end;
}

class BlockParser extends BlockState {
  run(): void {
    const text = this.text;
    const n = text.length;
    let start = frontMatterEnd(text);
    this.mask.fill(1, 0, start);
    if (start > 0) this.sink.skipped.push({ kind: 'front-matter', start: 0, end: trimBreak(text, start) });
    if (start === 0 && text.charCodeAt(0) === Char.ByteOrderMark) {
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
          if (c === Char.LineFeed || c === Char.CarriageReturn) break;
          end++;
        }
        next = text.charCodeAt(end) === Char.CarriageReturn && text.charCodeAt(end + 1) === Char.LineFeed ? end + 2 : end + 1;
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
      if (runs[r + 2] === RunKind.TableRow) {
        tableCells(this, inline, segs[a], segs[a + 1]);
        continue;
      }
      const start = segs[a];
      const end = segs[b - 1];
      if (this.gapsAreBlank(a, b)) inline.parse(text, start, end, 0, false);
      else inline.parse(this.view(a, b), 0, end - start, start, true);
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
      if (container.kind === ContainerKind.Quote) {
        if (ind > 3 || this.nb >= lineEnd || text.charCodeAt(this.nb) !== Char.GreaterThan) break;
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
    if (this.leaf === Leaf.Fence) {
      if (allMatched) {
        fenceLine(this);
        return;
      }
      this.leaf = Leaf.None;
    } else if (this.leaf === Leaf.Html) {
      if (allMatched) {
        htmlLine(this, this.pos, this.pos, false);
        return;
      }
      this.leaf = Leaf.None;
    }

    // 3. New block quotes and list items.
    for (;;) {
      const ind = this.indent();
      const nb = this.nb;
      if (ind >= 4 || nb >= lineEnd) break;
      const ch = text.charCodeAt(nb);
      if (ch === Char.GreaterThan) {
        this.openContainer();
        this.quoteMarker();
        stack.push({ kind: ContainerKind.Quote, indent: 0 });
        this.matched = stack.length;
        continue;
      }
      if (ch === Char.Star || ch === Char.Dash || ch === Char.Plus || isDigit(ch)) {
        const continuesParagraph = this.leaf === Leaf.Para && allMatched;
        if (ch === Char.Dash && continuesParagraph && isSetextUnderline(this, nb)) break;
        if (ch !== Char.Plus && !isDigit(ch) && isThematicBreak(this, nb)) break;
        if (listItem(this, ind, nb, continuesParagraph)) continue;
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
      if (this.leaf !== Leaf.Indented) this.flushLeaf();
      else this.indentedGap = true;
      return;
    }
    if (this.leaf === Leaf.Indented) {
      if (allMatched && ind >= 4) {
        indentedLine(this, nb);
        return;
      }
      endIndented(this);
    }
    // A paragraph open here (possibly lazily, from a container this line does not continue).
    const para = this.leaf === Leaf.Para;
    if (ind >= 4) {
      // Indented code cannot interrupt a paragraph, and is never read inside list items
      // (an over-indented continuation there is far likelier than code in a news draft);
      // elsewhere the block is masked only if it reads as code, once it ends.
      if (para) this.addLine(nb);
      else if (this.leaf === Leaf.Table && allMatched) tableRow(this, nb);
      else {
        this.closeUnmatched();
        this.flushLeaf();
        if (this.inListItem()) this.startParagraph(nb);
        else {
          this.leaf = Leaf.Indented;
          indentedLine(this, nb);
        }
      }
      return;
    }
    const ch = text.charCodeAt(nb);
    if (ch === Char.Backtick || ch === Char.Tilde) {
      if (fenceOpen(this, nb)) return;
    } else if (ch === Char.Hash) {
      if (atxHeading(this, nb)) return;
    } else if (ch === Char.LessThan) {
      if (htmlBlockOpen(this, nb)) return;
    } else if (ch === Char.Equals || ch === Char.Dash || ch === Char.Star || ch === Char.Underscore) {
      if ((ch === Char.Equals || ch === Char.Dash) && para && allMatched && isSetextUnderline(this, nb)) {
        this.mask.fill(1, nb, lineEnd);
        this.flushLeaf();
        return;
      }
      if (ch !== Char.Equals && isThematicBreak(this, nb)) {
        this.closeUnmatched();
        this.flushLeaf();
        this.mask.fill(1, nb, lineEnd);
        return;
      }
    }
    if (this.leaf === Leaf.RefDef && allMatched && this.refNeedsTitle && isTitleLine(this, nb)) {
      this.mask.fill(1, nb, lineEnd);
      this.refNeedsTitle = false;
      return;
    }
    if (para && allMatched && tableStart(this, nb)) return;
    if (this.leaf === Leaf.Table && allMatched) {
      tableRow(this, nb);
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

  private startParagraph(nb: number): void {
    if (this.text.charCodeAt(nb) === Char.LeftBracket && definition(this, nb)) return;
    this.leaf = Leaf.Para;
    this.paraFirst = this.segs.length;
    this.segs.push(nb, this.lineEnd);
  }

  // ---- views for the inline pass -----------------------------------------------------------

  /** Whether only white space and line breaks separate a paragraph's lines. */
  private gapsAreBlank(a: number, b: number): boolean {
    const { segs, text } = this;
    for (let k = a + 1; k < b - 1; k += 2) {
      for (let p = segs[k]; p < segs[k + 1]; p++) {
        const c = text.charCodeAt(p);
        if (c !== Char.Space && c !== Char.Tab && c !== Char.LineFeed && c !== Char.CarriageReturn) return false;
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
        gap += c === Char.LineFeed || c === Char.CarriageReturn ? text[p] : ' ';
      }
      parts.push(gap);
    }
    return parts.join('');
  }
}
