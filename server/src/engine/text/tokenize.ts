/**
 * Splits (masked) text into word tokens in one linear pass.
 *
 * A token is a run of letters, digits and combining marks; an apostrophe between
 * letters stays inside ("O'Brien"), a trailing possessive "'s" / "’s" / "s'" is kept in
 * the token but flagged, and a hyphen or period splits tokens ("Indo-Pacific" is
 * "Indo" + "Pacific" with the gap "-"). Facts-table phrases are tokenised by the same
 * function, so a phrase matches text exactly when their token keys agree.
 */

/** Token flags (bit set). */
export const enum Tok {
  /** First character is an upper-case letter. */
  Cap = 1,
  /** Two or more letters, all upper case (an acronym shape). */
  AllCaps = 2,
  /** Digits only. */
  Digits = 4,
  /** Ends in a possessive ("Japan's", "ministers'"). */
  Possessive = 8,
  /** Starts with a letter. */
  Alpha = 16,
}

/** The tokens of one text, in parallel arrays. */
export interface Tokens {
  /** Number of tokens. */
  count: number;
  /** Start offset of each token. */
  start: Int32Array;
  /** End offset of each token, including a possessive suffix. */
  end: Int32Array;
  /** End offset without the possessive suffix (equal to `end` when there is none). */
  baseEnd: Int32Array;
  /** `Tok` flags of each token. */
  flags: Uint8Array;
  /** Lower-cased token text without a possessive suffix (the matching key). */
  lower: string[];
  /** Gap class before each token: see `gapClass`. */
  gap: string[];
}

/** Gap class of a paragraph break: never matches inside a phrase. */
export const PARAGRAPH_GAP = '\n';

function isWordCode(c: number): boolean {
  if (c < 128) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  }
  return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && WORD_RE.test(String.fromCharCode(c));
}
const WORD_RE = /[\p{L}\p{M}\p{N}]/u;

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

function isUpper(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/**
 * The class of the text between two tokens: " " for white space within a paragraph,
 * PARAGRAPH_GAP for a blank line, otherwise the punctuation with white space removed.
 */
export function gapClass(text: string, from: number, to: number): string {
  if (from === to) return '';
  let punct = '';
  let newlines = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) newlines++;
    else if (c === 13) {
      if (text.charCodeAt(i + 1) !== 10) newlines++;
    } else if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 0x202f && c !== 0x2009) {
      punct += normalizePunct(text[i]);
    }
  }
  if (newlines >= 2) return PARAGRAPH_GAP;
  return punct === '' ? ' ' : punct;
}

function normalizePunct(ch: string): string {
  switch (ch) {
    case '\u2018':
    case '\u2019':
    case '`':
      return "'";
    case '\u201c':
    case '\u201d':
      return '"';
    case '\u2010':
    case '\u2011':
    case '\u2013':
      return '-';
    default:
      return ch;
  }
}

/** Receives tokens as the scanner finds them. */
interface TokenSink {
  add(start: number, end: number, baseEnd: number, flags: number, lower: string, gap: string): void;
}

/** Tokens into typed arrays, for texts of any size. */
class TextSink implements TokenSink {
  count = 0;
  private cap: number;
  start: Int32Array<ArrayBuffer>;
  end: Int32Array<ArrayBuffer>;
  baseEnd: Int32Array<ArrayBuffer>;
  flags: Uint8Array<ArrayBuffer>;
  readonly lower: string[] = [];
  readonly gap: string[] = [];

  constructor(length: number) {
    this.cap = Math.max(16, length >> 2);
    this.start = new Int32Array(this.cap);
    this.end = new Int32Array(this.cap);
    this.baseEnd = new Int32Array(this.cap);
    this.flags = new Uint8Array(this.cap);
  }

  add(start: number, end: number, baseEnd: number, flags: number, lower: string, gap: string): void {
    if (this.count === this.cap) {
      this.cap *= 2;
      this.start = grow(this.start, this.cap);
      this.end = grow(this.end, this.cap);
      this.baseEnd = grow(this.baseEnd, this.cap);
      const nf = new Uint8Array(this.cap);
      nf.set(this.flags);
      this.flags = nf;
    }
    const k = this.count++;
    this.start[k] = start;
    this.end[k] = end;
    this.baseEnd[k] = baseEnd;
    this.flags[k] = flags;
    this.lower.push(lower);
    this.gap.push(gap);
  }
}

/** Tokenises `text` (already masked: non-prose is white space). */
export function tokenize(text: string): Tokens {
  const sink = new TextSink(text.length);
  scanTokens(text, sink);
  const n = sink.count;
  return { count: n, start: sink.start.subarray(0, n), end: sink.end.subarray(0, n), baseEnd: sink.baseEnd.subarray(0, n), flags: sink.flags.subarray(0, n), lower: sink.lower, gap: sink.gap };
}

/** The one scanner: finds every token of `text` and hands it to `sink`. */
function scanTokens(text: string, sink: TokenSink): void {
  const n = text.length;
  let first = true;
  let prevEnd = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isWordCode(c)) {
      i++;
      continue;
    }
    const s = i;
    i++;
    for (;;) {
      while (i < n && isWordCode(text.charCodeAt(i))) i++;
      // An apostrophe joins two word parts ("O'Brien", "don't"), but not a possessive "'s" at the end.
      if (i + 1 < n && isApostrophe(text.charCodeAt(i)) && isWordCode(text.charCodeAt(i + 1))) {
        const afterS = i + 2;
        const isPossessive =
          (text.charCodeAt(i + 1) === 115 || text.charCodeAt(i + 1) === 83) &&
          (afterS >= n || !isWordCode(text.charCodeAt(afterS)));
        if (isPossessive) break;
        i += 2;
        continue;
      }
      break;
    }
    let e = i;
    const be = i;
    let f = 0;
    if (i + 1 < n && isApostrophe(text.charCodeAt(i)) && (text.charCodeAt(i + 1) === 115 || text.charCodeAt(i + 1) === 83)) {
      e = i + 2;
      f |= Tok.Possessive;
    } else if (i < n && isApostrophe(text.charCodeAt(i)) && text.charCodeAt(i - 1) === 115 && (i + 1 >= n || !isWordCode(text.charCodeAt(i + 1)))) {
      // Plural possessive: "ministers'".
      e = i + 1;
      f |= Tok.Possessive;
    }
    const wf = wordFlags(text, s, be);
    f |= wf & ~HAS_UPPER;
    // Lower-case per word, and only words with a capital: whole-text lower-casing takes V8's slow
    // Unicode path as soon as a text holds one curly quote.
    const word = text.slice(s, be);
    const lower = normalizeWord((wf & HAS_UPPER) !== 0 ? word.toLowerCase() : word);
    const gap = first ? ' ' : s - prevEnd === 1 && text.charCodeAt(prevEnd) === 32 ? ' ' : gapClass(text, prevEnd, s);
    sink.add(s, e, be, f, lower, gap);
    first = false;
    prevEnd = e;
    i = e;
  }
}

/** A word flag for the scanner only: the word has a capital letter, so it needs lower-casing. */
const HAS_UPPER = 128;

/** Cap, AllCaps, Digits and Alpha of the word text[s, e), and HAS_UPPER. */
function wordFlags(text: string, s: number, e: number): number {
  let letters = 0;
  let uppers = 0;
  let digits = 0;
  for (let k = s; k < e; k++) {
    const ch = text.charCodeAt(k);
    if (ch >= 48 && ch <= 57) digits++;
    else if (ch >= 65 && ch <= 90) {
      letters++;
      uppers++;
    } else if (ch >= 97 && ch <= 122) letters++;
    else if (ch > 127) {
      const s1 = text[k];
      if (s1.toLowerCase() !== s1.toUpperCase()) {
        letters++;
        if (isUpper(s1)) uppers++;
      }
    }
  }
  let f = uppers > 0 ? HAS_UPPER : 0;
  const first = text[s];
  const fc = text.charCodeAt(s);
  if (isUpper(first)) f |= Tok.Cap;
  if (letters >= 2 && uppers === letters) f |= Tok.AllCaps;
  if (digits === e - s) f |= Tok.Digits;
  if (fc < 128 ? (fc | 32) >= 97 && (fc | 32) <= 122 : first.toLowerCase() !== first.toUpperCase()) f |= Tok.Alpha;
  return f;
}

function grow(a: Int32Array, cap: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}

/** Folds typographic apostrophes so "O’Brien" and "O'Brien" share a key. */
function normalizeWord(w: string): string {
  return w.indexOf('\u2019') >= 0 ? w.replace(/\u2019/g, "'") : w;
}

/** The matching keys of a phrase: its tokens' lower-case forms and gap classes. */
export interface PhraseKeys {
  /** Lower-case tokens. */
  words: string[];
  /** Gap class before each token (the first is unused). */
  gaps: string[];
  /** Token flags, for case checks. */
  flags: number[];
  /** Original token texts without possessive. */
  originals: string[];
}

/** Tokens of a phrase into plain arrays: phrases are short and many, typed arrays would cost more. */
class PhraseSink implements TokenSink {
  readonly words: string[] = [];
  readonly gaps: string[] = [];
  readonly flags: number[] = [];
  readonly originals: string[] = [];

  constructor(private readonly phrase: string) {}

  add(start: number, _end: number, baseEnd: number, flags: number, lower: string, gap: string): void {
    // A possessive inside a phrase ("Japan's Prime Minister") is part of the key.
    this.words.push((flags & Tok.Possessive) !== 0 ? lower + "'s" : lower);
    this.gaps.push(gap);
    this.flags.push(flags);
    this.originals.push(this.phrase.slice(start, baseEnd));
  }
}

/** Tokenises a facts-table phrase with the rules used for text. */
export function phraseKeys(phrase: string): PhraseKeys {
  const sink = new PhraseSink(phrase);
  scanTokens(phrase, sink);
  return { words: sink.words, gaps: sink.gaps, flags: sink.flags, originals: sink.originals };
}
