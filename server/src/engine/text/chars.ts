/**
 * Character classes and a linear-time substring finder shared by the maskers.
 * Everything works on UTF-16 code units read with `charCodeAt`.
 */
import { Char } from './char-codes';

/** Space or tab. */
export function isSpaceOrTab(c: number): boolean {
  return c === Char.Space || c === Char.Tab;
}

/** Line feed or carriage return. */
export function isLineBreak(c: number): boolean {
  return c === Char.LineFeed || c === Char.CarriageReturn;
}

/** Space, tab, line feed, carriage return or form feed: what Markdown calls whitespace in syntax. */
export function isAsciiWhitespace(c: number): boolean {
  return c === Char.Space || c === Char.Tab || c === Char.LineFeed || c === Char.CarriageReturn || c === Char.FormFeed || c === Char.VerticalTab;
}

/** Whitespace in CommonMark's flanking rules: ASCII whitespace or a Unicode space separator. */
export function isUnicodeWhitespace(c: number): boolean {
  if (c < Char.AsciiEnd) return isAsciiWhitespace(c);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === Char.ByteOrderMark;
}

/** ASCII letter. */
export function isAsciiLetter(c: number): boolean {
  return (c >= Char.UpperA && c <= Char.UpperZ) || (c >= Char.LowerA && c <= Char.LowerZ);
}

/** ASCII digit. */
export function isDigit(c: number): boolean {
  return c >= Char.Digit0 && c <= Char.Digit9;
}

/** ASCII letter or digit. */
export function isAsciiAlnum(c: number): boolean {
  return isAsciiLetter(c) || isDigit(c);
}

const ASCII_PUNCT = new Uint8Array(Char.AsciiEnd);
for (const ch of '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~') ASCII_PUNCT[ch.charCodeAt(0)] = 1;

/** ASCII punctuation: the characters a backslash can escape in Markdown. */
export function isAsciiPunct(c: number): boolean {
  return c < Char.AsciiEnd && ASCII_PUNCT[c] === 1;
}

const UNICODE_PUNCT = /[\p{P}\p{S}]/u;

/** Punctuation in CommonMark's flanking rules (Unicode P and S categories); surrogates count as neither. */
export function isUnicodePunct(c: number): boolean {
  if (c < Char.AsciiEnd) return ASCII_PUNCT[c] === 1;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return UNICODE_PUNCT.test(String.fromCharCode(c));
}

/** Normalises a link label the way CommonMark matches them: trimmed, inner whitespace collapsed, case folded. */
export function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase().toUpperCase();
}

/**
 * Finds the next occurrence of a fixed needle in one text, remembering what it already scanned,
 * so that repeated searches from increasing positions (a never-closed `<!--` tried again and
 * again) stay linear overall instead of rescanning to the end each time.
 */
export class Finder {
  private known = false;
  /** No occurrence starts in [lo, res) — or in [lo, end) when res is -1. */
  private lo = 0;
  private res = -1;
  private readonly regex: RegExp | null;

  constructor(private readonly text: string, private readonly needle: string, ignoreCase = false) {
    this.regex = ignoreCase ? new RegExp(needle.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'), 'gi') : null;
  }

  /** The first offset at or after `from` where the needle starts, or -1. */
  find(from: number): number {
    if (this.known && from >= this.lo && (this.res === -1 || from <= this.res)) return this.res;
    if (this.known && from < this.lo) {
      // Scan only the part not yet known, then reuse what was known beyond it.
      const stop = Math.min(this.lo, this.text.length);
      for (let k = from; k < stop; k++) {
        if (this.matchesAt(k)) {
          this.lo = from;
          this.res = k;
          return k;
        }
      }
      this.lo = from;
      return this.res;
    }
    this.known = true;
    this.lo = from;
    this.res = this.search(from);
    return this.res;
  }

  private search(from: number): number {
    if (this.regex === null) return this.text.indexOf(this.needle, from);
    this.regex.lastIndex = from;
    const m = this.regex.exec(this.text);
    return m === null ? -1 : m.index;
  }

  private matchesAt(k: number): boolean {
    const needle = this.needle;
    if (this.regex === null) return this.text.startsWith(needle, k);
    return this.text.slice(k, k + needle.length).toLowerCase() === needle.toLowerCase();
  }
}

/**
 * The offset just after the comment that opens at `start` (`<!--`), or -1 when it never closes.
 * `<!-->` and `<!--->` are complete (empty) comments, as in CommonMark 0.31.
 */
export function htmlCommentEnd(text: string, start: number, close: Finder): number {
  const c = text.charCodeAt(start + 4);
  if (c === Char.GreaterThan) return start + 5;
  if (c === Char.Dash && text.charCodeAt(start + 5) === Char.GreaterThan) return start + 6;
  const k = close.find(start + 4);
  return k === -1 ? -1 : k + 3;
}
