/**
 * Line and column arithmetic over a text, in UTF-16 code units (docs/contract.md §4).
 * The one place in the project that turns offsets into lines and columns.
 */

/** A 1-based line and column; the column counts UTF-16 code units. */
export interface LineColumn {
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
}

/** A line break: CRLF, LF or a lone CR. */
const LINE_BREAK = /\r\n?|\n/g;

/** Maps offsets of one text to lines and columns; build once per text. */
export class LineIndex {
  private readonly starts: number[];

  constructor(private readonly text: string) {
    const starts = [0];
    // A regular expression finds line breaks far faster than a loop over every character.
    LINE_BREAK.lastIndex = 0;
    for (let m = LINE_BREAK.exec(text); m !== null; m = LINE_BREAK.exec(text)) starts.push(LINE_BREAK.lastIndex);
    this.starts = starts;
  }

  /** Number of lines (a text ending in a line break has an empty last line). */
  get lineCount(): number {
    return this.starts.length;
  }

  /** The 1-based line and column of an offset (clamped to the text). */
  position(offset: number): LineColumn {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.starts[lo] + 1 };
  }

  /** Where the line holding `offset` starts. */
  lineStart(offset: number): number {
    return this.offset(this.position(offset).line, 1);
  }

  /** Where the line holding `offset` ends: at its line break, or at the end of the text. */
  lineEnd(offset: number): number {
    const line = this.position(offset).line;
    if (line >= this.starts.length) return this.text.length;
    let end = this.starts[line] - 1;
    if (end > 0 && this.text.charCodeAt(end) === 10 && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** The offset of a 1-based line and column (clamped to the line's start and the text's end). */
  offset(line: number, column: number): number {
    const l = Math.max(1, Math.min(line, this.starts.length));
    return Math.min(this.starts[l - 1] + Math.max(0, column - 1), this.text.length);
  }
}
