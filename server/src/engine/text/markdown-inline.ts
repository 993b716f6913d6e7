/**
 * Markdown inline syntax (CommonMark 0.31 + GFM strikethrough and footnote references) for masking:
 * code spans, autolinks, raw HTML, link and image syntax, emphasis delimiters and backslashes.
 * Only what is syntax gets masked; link text, image alt text and the words between tags stay prose.
 */
import {
  Finder,
  htmlCommentEnd,
  isAsciiAlnum,
  isAsciiLetter,
  isAsciiPunct,
  isAsciiWhitespace,
  isSpaceOrTab,
  isUnicodePunct,
  isUnicodeWhitespace,
  normalizeLabel,
} from './chars';
import { Char } from './char-codes';
import type { MaskSink } from './mask';

/** Link reference and footnote labels defined in the document, normalised. */
export interface LinkLabels {
  /** Labels of link reference definitions (`[id]: url`). */
  readonly refs: ReadonlySet<string>;
  /** Labels of footnote definitions (`[^id]: …`), without the caret. */
  readonly footnotes: ReadonlySet<string>;
}

/** A run of `*`, `_` or `~` that may open or close emphasis (CommonMark's delimiter stack). */
interface Delimiter {
  ch: number;
  start: number;
  origLen: number;
  /** Characters of the run not yet used; openers use theirs from the end, closers from the start. */
  len: number;
  canOpen: boolean;
  canClose: boolean;
  prev: Delimiter | null;
  next: Delimiter | null;
}

/** A `[` or `![` waiting for its `]`. */
interface Bracket {
  pos: number;
  image: boolean;
  seq: number;
  /** The delimiter on top of the stack when the bracket opened: emphasis inside a link stops there. */
  bottom: Delimiter | null;
}

/** Backtick runs of one length after the first backtick of a paragraph, and how far openers have used them. */
interface TickRuns {
  starts: number[];
  next: number;
}

/**
 * The longest link label CommonMark allows, in characters. Exported by name: an exported `const`
 * would be read from `exports` at each use in this file's loops.
 */
const MAX_LABEL = 999;
export { MAX_LABEL };
const MAX_PAREN_DEPTH = 32;

const SPECIAL = new Uint8Array(Char.AsciiEnd);
for (const ch of '\\`<*_~[]!') SPECIAL[ch.charCodeAt(0)] = 1;

const EMAIL_LOCAL = new Uint8Array(Char.AsciiEnd);
for (const ch of ".!#$%&'*+/=?^_`{|}~-") EMAIL_LOCAL[ch.charCodeAt(0)] = 1;

function isEmailLocal(c: number): boolean {
  return isAsciiAlnum(c) || (c < Char.AsciiEnd && EMAIL_LOCAL[c] === 1);
}

/** Masks the inline syntax of one block's text at a time; reusable across blocks of one document. */
export class InlineMasker {
  private src = '';
  private from = 0;
  private to = 0;
  /** Offset in the document of `src` index 0. */
  private delta = 0;
  private top: Delimiter | null = null;
  private readonly brackets: Bracket[] = [];
  private seq = 0;
  /** Link openers with a smaller `seq` are inactive: links may not contain links. */
  private linkEpoch = 0;
  private ticks: Map<number, TickRuns> | null = null;
  private finders = new Map<string, Finder>();
  private findersOnView = false;

  constructor(private readonly sink: MaskSink, private readonly labels: LinkLabels) {}

  /**
   * Masks the inline syntax in `src` between `from` and `to`. `src` is either the document itself
   * (`delta` 0) or a same-length copy of a block whose container markers were blanked (`isView`),
   * whose index 0 is document offset `delta`.
   */
  parse(src: string, from: number, to: number, delta: number, isView: boolean): void {
    this.src = src;
    this.from = from;
    this.to = to;
    this.delta = delta;
    if (isView || this.findersOnView) {
      // Finders remember positions in one string; the document's survive from block to block.
      this.finders = new Map();
      this.findersOnView = isView;
    }
    this.top = null;
    this.brackets.length = 0;
    this.ticks = null;
    let i = from;
    while (i < to) {
      let c = src.charCodeAt(i);
      if (c >= Char.AsciiEnd || SPECIAL[c] === 0) {
        // To the next special character of this block only (a search past `to` would cost a walk to the end of the document).
        do c = src.charCodeAt(++i);
        while (i < to && (c >= Char.AsciiEnd || SPECIAL[c] === 0));
        if (i >= to) break;
      }
      switch (c) {
        case Char.Backslash:
          i = this.backslash(i);
          break;
        case Char.Backtick:
          i = this.codeSpan(i);
          break;
        case Char.LessThan:
          i = this.angle(i);
          break;
        case Char.Star:
        case Char.Underscore:
        case Char.Tilde:
          i = this.delimiterRun(i, c);
          break;
        case Char.Bang:
          if (i + 1 < to && src.charCodeAt(i + 1) === Char.LeftBracket) {
            this.openBracket(i, true);
            i += 2;
          } else i++;
          break;
        case Char.LeftBracket:
          this.openBracket(i, false);
          i++;
          break;
        default:
          i = this.closeBracket(i);
      }
    }
    this.processEmphasis(null);
  }

  private hide(a: number, b: number): void {
    this.sink.mask.fill(1, a + this.delta, b + this.delta);
  }

  /** Masks a code span and records it as skipped text. */
  private hideCode(a: number, b: number): void {
    this.hide(a, b);
    this.sink.skipped.push({ kind: 'code-span', start: a + this.delta, end: b + this.delta });
  }

  private code(i: number): number {
    return i < this.to ? this.src.charCodeAt(i) : -1;
  }

  private finder(needle: string): Finder {
    let f = this.finders.get(needle);
    if (f === undefined) {
      f = new Finder(this.src, needle);
      this.finders.set(needle, f);
    }
    return f;
  }

  /** The offset just after the next `needle` at or after `from` inside this block, or -1. */
  private closeAfter(needle: string, from: number): number {
    const k = this.finder(needle).find(from);
    return k === -1 || k + needle.length > this.to ? -1 : k + needle.length;
  }

  private backslash(i: number): number {
    const next = this.code(i + 1);
    if (isAsciiPunct(next)) {
      // The backslash is syntax; the escaped character is literal text (never a delimiter).
      this.hide(i, i + 1);
      return i + 2;
    }
    if (next === Char.LineFeed || next === Char.CarriageReturn) this.hide(i, i + 1); // a hard line break
    return i + 1;
  }

  /** A code span is masked whole; an opening run with no closing run of the same length is text. */
  private codeSpan(i: number): number {
    const e = this.tickRunEnd(i);
    const n = e - i;
    if (this.ticks === null) {
      // Until one opener fails, a plain forward scan is linear: the parser skips what it covered.
      const close = this.nextTickRun(e, n);
      if (close !== -1) {
        this.hideCode(i, close);
        return close;
      }
      this.ticks = this.indexTicks(e);
      return e;
    }
    const runs = this.ticks.get(n);
    if (runs !== undefined) {
      while (runs.next < runs.starts.length && runs.starts[runs.next] < e) runs.next++;
      if (runs.next < runs.starts.length) {
        const close = runs.starts[runs.next] + n;
        this.hideCode(i, close);
        return close;
      }
    }
    return e;
  }

  /** The first backtick at or after `k` in this block, or `to`. */
  private nextTick(k: number): number {
    while (k < this.to && this.src.charCodeAt(k) !== Char.Backtick) k++;
    return k;
  }

  /** The end of the backtick run at `k` (`k` itself if there is none). */
  private tickRunEnd(k: number): number {
    while (k < this.to && this.src.charCodeAt(k) === Char.Backtick) k++;
    return k;
  }

  /** The end of the first backtick run of exactly `n` from `from` on, or -1. */
  private nextTickRun(from: number, n: number): number {
    for (let s = this.nextTick(from); s < this.to; ) {
      const e = this.tickRunEnd(s);
      if (e - s === n) return e;
      s = this.nextTick(e);
    }
    return -1;
  }

  /** Every maximal backtick run from `from` on, by length: one pass, so 10,000 lone backticks stay linear. */
  private indexTicks(from: number): Map<number, TickRuns> {
    const map = new Map<number, TickRuns>();
    for (let s = this.nextTick(from); s < this.to; ) {
      const e = this.tickRunEnd(s);
      const runs = map.get(e - s);
      if (runs === undefined) map.set(e - s, { starts: [s], next: 0 });
      else runs.starts.push(s);
      s = this.nextTick(e);
    }
    return map;
  }

  /** Autolinks, HTML comments and other raw HTML are masked whole; anything else is a literal `<`. */
  private angle(i: number): number {
    const c1 = this.code(i + 1);
    let end = -1;
    if (c1 === Char.Bang) end = this.bangTag(i);
    else if (c1 === Char.Question) end = this.closeAfter('?>', i + 2);
    else if (c1 === Char.Slash) end = this.closingTag(i);
    else if (isAsciiLetter(c1)) {
      end = this.uriAutolink(i);
      if (end === -1) end = this.emailAutolink(i);
      if (end === -1) end = this.openTag(i);
    } else if (isEmailLocal(c1)) end = this.emailAutolink(i);
    if (end === -1) return i + 1;
    this.hide(i, end);
    return end;
  }

  private bangTag(i: number): number {
    const src = this.src;
    if (src.startsWith('<!--', i)) {
      const end = htmlCommentEnd(src, i, this.finder('-->'));
      if (end === -1 || end > this.to) return -1;
      this.sink.comments.push({ start: i + this.delta, end: end + this.delta });
      return end;
    }
    if (src.startsWith('<![CDATA[', i)) return this.closeAfter(']]>', i + 9);
    if (isAsciiLetter(this.code(i + 2))) return this.closeAfter('>', i + 2);
    return -1;
  }

  private skipWhitespace(k: number): number {
    while (k < this.to && isAsciiWhitespace(this.src.charCodeAt(k))) k++;
    return k;
  }

  private tagNameEnd(k: number): number {
    while (k < this.to) {
      const c = this.src.charCodeAt(k);
      if (!isAsciiAlnum(c) && c !== Char.Dash) break;
      k++;
    }
    return k;
  }

  private closingTag(i: number): number {
    if (!isAsciiLetter(this.code(i + 2))) return -1;
    const k = this.skipWhitespace(this.tagNameEnd(i + 3));
    return this.code(k) === Char.GreaterThan ? k + 1 : -1;
  }

  private openTag(i: number): number {
    let k = this.tagNameEnd(i + 2);
    for (;;) {
      const before = k;
      k = this.skipWhitespace(k);
      const c = this.code(k);
      if (c === Char.GreaterThan) return k + 1;
      if (c === Char.Slash) return this.code(k + 1) === Char.GreaterThan ? k + 2 : -1;
      if (k === before) return -1; // attributes must be separated by white space
      if (!(isAsciiLetter(c) || c === Char.Underscore || c === Char.Colon)) return -1;
      k++;
      while (k < this.to) {
        const d = this.src.charCodeAt(k);
        if (!(isAsciiAlnum(d) || d === Char.Underscore || d === Char.Dot || d === Char.Colon || d === Char.Dash)) break;
        k++;
      }
      const nameEnd = k;
      k = this.skipWhitespace(k);
      if (this.code(k) !== Char.Equals) {
        k = nameEnd;
        continue;
      }
      k = this.skipWhitespace(k + 1);
      const q = this.code(k);
      if (q === Char.DoubleQuote || q === Char.SingleQuote) {
        const close = this.finder(q === Char.DoubleQuote ? '"' : "'").find(k + 1);
        if (close === -1 || close >= this.to) return -1;
        k = close + 1;
      } else {
        const start = k;
        while (k < this.to) {
          const d = this.src.charCodeAt(k);
          if (isAsciiWhitespace(d) || d === Char.DoubleQuote || d === Char.SingleQuote || d === Char.Equals || d === Char.LessThan || d === Char.GreaterThan || d === Char.Backtick) break;
          k++;
        }
        if (k === start) return -1;
      }
    }
  }

  private uriAutolink(i: number): number {
    let k = i + 1;
    while (k < this.to && k - i - 1 < 32) {
      const c = this.src.charCodeAt(k);
      if (!(isAsciiAlnum(c) || c === Char.Plus || c === Char.Dot || c === Char.Dash)) break;
      k++;
    }
    if (k - i - 1 < 2 || this.code(k) !== Char.Colon) return -1;
    for (k++; k < this.to; k++) {
      const c = this.src.charCodeAt(k);
      if (c === Char.GreaterThan) return k + 1;
      if (c <= Char.Space || c === Char.LessThan) return -1;
    }
    return -1;
  }

  private emailAutolink(i: number): number {
    let k = i + 1;
    while (k < this.to && isEmailLocal(this.src.charCodeAt(k))) k++;
    if (k === i + 1 || this.code(k) !== Char.At) return -1;
    k++;
    for (;;) {
      const label = k;
      while (k < this.to) {
        const c = this.src.charCodeAt(k);
        if (!isAsciiAlnum(c) && c !== Char.Dash) break;
        k++;
      }
      if (k === label || k - label > 63) return -1;
      const c = this.code(k);
      if (c === Char.Dot) k++;
      else return c === Char.GreaterThan ? k + 1 : -1;
    }
  }

  private delimiterRun(i: number, ch: number): number {
    const src = this.src;
    let e = i;
    while (e < this.to && src.charCodeAt(e) === ch) e++;
    const len = e - i;
    if (ch === Char.Tilde && len > 2) return e; // GFM strikethrough uses one or two tildes only
    const before = i > this.from ? src.charCodeAt(i - 1) : Char.LineFeed;
    const after = e < this.to ? src.charCodeAt(e) : Char.LineFeed;
    const wsBefore = isUnicodeWhitespace(before);
    const wsAfter = isUnicodeWhitespace(after);
    const punctBefore = isUnicodePunct(before);
    const punctAfter = isUnicodePunct(after);
    const left = !wsAfter && (!punctAfter || wsBefore || punctBefore);
    const right = !wsBefore && (!punctBefore || wsAfter || punctAfter);
    let canOpen = left;
    let canClose = right;
    if (ch === Char.Underscore) {
      // Intra-word underscores (snake_case) neither open nor close.
      canOpen = left && (!right || punctBefore);
      canClose = right && (!left || punctAfter);
    }
    if (canOpen || canClose) {
      const d: Delimiter = { ch, start: i, origLen: len, len, canOpen, canClose, prev: this.top, next: null };
      if (this.top !== null) this.top.next = d;
      this.top = d;
    }
    return e;
  }

  private unlink(d: Delimiter): void {
    if (d.prev !== null) d.prev.next = d.next;
    if (d.next !== null) d.next.prev = d.prev;
    if (d === this.top) this.top = d.prev;
  }

  /** CommonMark's "process emphasis": masks exactly the delimiter characters that pair up above `bottom`. */
  private processEmphasis(bottom: Delimiter | null): void {
    if (this.top === bottom) return;
    let closer: Delimiter | null = this.top;
    while (closer !== null && closer.prev !== bottom) closer = closer.prev;
    const openersBottom: (Delimiter | null)[] = new Array<Delimiter | null>(18).fill(bottom);
    while (closer !== null) {
      if (!closer.canClose) {
        closer = closer.next;
        continue;
      }
      const key = closer.ch === Char.Tilde
        ? 12 + closer.origLen
        : (closer.ch === Char.Star ? 0 : 6) + (closer.canOpen ? 3 : 0) + (closer.origLen % 3);
      let opener: Delimiter | null = closer.prev;
      while (opener !== null && opener !== bottom && opener !== openersBottom[key]) {
        if (opener.ch === closer.ch && opener.canOpen) {
          if (closer.ch === Char.Tilde) {
            if (opener.len === closer.len) break;
          } else {
            const oddMatch = (closer.canOpen || opener.canClose) && closer.origLen % 3 !== 0 &&
              (opener.origLen + closer.origLen) % 3 === 0;
            if (!oddMatch) break;
          }
        }
        opener = opener.prev;
      }
      if (opener !== null && opener !== bottom && opener !== openersBottom[key]) {
        const use = closer.ch === Char.Tilde ? closer.len : closer.len >= 2 && opener.len >= 2 ? 2 : 1;
        opener.len -= use;
        this.hide(opener.start + opener.len, opener.start + opener.len + use);
        const closerFrom = closer.start + closer.origLen - closer.len;
        this.hide(closerFrom, closerFrom + use);
        closer.len -= use;
        // Delimiters between the pair can no longer match anything.
        opener.next = closer;
        closer.prev = opener;
        if (opener.len === 0) this.unlink(opener);
        if (closer.len === 0) {
          const next: Delimiter | null = closer.next;
          this.unlink(closer);
          closer = next;
        }
      } else {
        openersBottom[key] = closer.prev;
        const next: Delimiter | null = closer.next;
        if (!closer.canOpen) this.unlink(closer);
        closer = next;
      }
    }
    this.top = bottom;
    if (bottom !== null) bottom.next = null;
  }

  private openBracket(i: number, image: boolean): void {
    this.brackets.push({ pos: i, image, seq: this.seq++, bottom: this.top });
  }

  /** At `]`: an inline link, a defined reference or footnote masks its syntax; otherwise `]` is text. */
  private closeBracket(i: number): number {
    const b = this.brackets.pop();
    if (b === undefined || (!b.image && b.seq < this.linkEpoch)) return i + 1;
    const src = this.src;
    const textStart = b.pos + (b.image ? 2 : 1);
    const next = this.code(i + 1);
    let end = -1;
    let whole = false;
    if (next === Char.LeftParen) end = this.inlineLinkTail(i + 2);
    if (end === -1) {
      const { refs, footnotes } = this.labels;
      const textLen = i - textStart;
      if (!b.image && footnotes.size > 0 && src.charCodeAt(textStart) === Char.Caret && textLen <= MAX_LABEL &&
        footnotes.has(normalizeLabel(src.slice(textStart + 1, i)))) {
        end = i + 1;
        whole = true;
      } else if (refs.size > 0) {
        const labelClose = next === Char.LeftBracket ? this.labelEnd(i + 2) : -1;
        if (labelClose > i + 2) {
          if (refs.has(normalizeLabel(src.slice(i + 2, labelClose)))) end = labelClose + 1;
        } else if (textLen <= MAX_LABEL && refs.has(normalizeLabel(src.slice(textStart, i)))) {
          // collapsed `[text][]` or shortcut `[text]`
          end = labelClose === i + 2 ? labelClose + 1 : i + 1;
        }
      }
    }
    if (end === -1) return i + 1;
    if (whole) this.hide(b.pos, end);
    else {
      this.hide(b.pos, textStart);
      this.hide(i, end);
    }
    this.processEmphasis(b.bottom);
    if (!b.image) this.linkEpoch = this.seq;
    return end;
  }

  /** The `]` closing a link label that starts at `j`, or -1 (no `[` inside, at most 999 characters). */
  private labelEnd(j: number): number {
    const src = this.src;
    for (let k = j; k < this.to && k - j <= MAX_LABEL; k++) {
      const c = src.charCodeAt(k);
      if (c === Char.Backslash) k++;
      else if (c === Char.LeftBracket) return -1;
      else if (c === Char.RightBracket) return k;
    }
    return -1;
  }

  /** Spaces and tabs with at most one line break among them. */
  private skipLinkSpace(j: number): number {
    const src = this.src;
    while (j < this.to && isSpaceOrTab(src.charCodeAt(j))) j++;
    const c = this.code(j);
    if (c === Char.CarriageReturn) j += this.code(j + 1) === Char.LineFeed ? 2 : 1;
    else if (c === Char.LineFeed) j++;
    else return j;
    while (j < this.to && isSpaceOrTab(src.charCodeAt(j))) j++;
    return j;
  }

  /** Parses `url "title")` after `](`; returns the offset after `)` or -1. */
  private inlineLinkTail(j: number): number {
    const src = this.src;
    j = this.skipLinkSpace(j);
    let c = this.code(j);
    if (c === Char.RightParen) return j + 1;
    if (c === Char.LessThan) {
      let k = j + 1;
      for (;;) {
        const d = this.code(k);
        if (d === Char.Backslash && isAsciiPunct(this.code(k + 1))) k += 2;
        else if (d === Char.GreaterThan) break;
        else if (d === -1 || d === Char.LessThan || d === Char.LineFeed || d === Char.CarriageReturn) return -1;
        else k++;
      }
      j = k + 1;
    } else {
      let depth = 0;
      let k = j;
      while (k < this.to) {
        const d = src.charCodeAt(k);
        if (d === Char.Backslash && isAsciiPunct(this.code(k + 1))) {
          k += 2;
          continue;
        }
        if (d <= Char.Space || d === Char.Delete) break;
        if (d === Char.LeftParen) {
          if (++depth > MAX_PAREN_DEPTH) return -1;
        } else if (d === Char.RightParen) {
          if (depth === 0) break;
          depth--;
        }
        k++;
      }
      if (depth !== 0 || k === j) return -1;
      j = k;
    }
    const destEnd = j;
    j = this.skipLinkSpace(j);
    c = this.code(j);
    if (j > destEnd && (c === Char.DoubleQuote || c === Char.SingleQuote || c === Char.LeftParen)) {
      const close = this.unescaped(c === Char.LeftParen ? ')' : String.fromCharCode(c), j + 1);
      if (close === -1) return -1;
      j = this.skipLinkSpace(close + 1);
    }
    return this.code(j) === Char.RightParen ? j + 1 : -1;
  }

  /** The next `q` at or after `from` in this block that no backslash escapes, or -1. */
  private unescaped(q: string, from: number): number {
    const f = this.finder(q);
    let k = from;
    for (;;) {
      const r = f.find(k);
      if (r === -1 || r >= this.to) return -1;
      let p = r - 1;
      while (p >= from && this.src.charCodeAt(p) === Char.Backslash) p--;
      if ((r - 1 - p) % 2 === 0) return r;
      k = r + 1;
    }
  }
}
