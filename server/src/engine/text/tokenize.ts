/**
 * Splits (masked) text into word tokens in one linear pass.
 *
 * A token is a run of letters, digits and combining marks; an apostrophe between
 * letters stays inside ("O'Brien"), a trailing possessive "'s" / "’s" / "s'" is kept in
 * the token but flagged, and a hyphen or period splits tokens ("Indo-Pacific" is
 * "Indo" + "Pacific" with the gap "-"). Facts-table phrases are tokenised by the same
 * function, so a phrase matches text exactly when their token keys agree.
 */

import { HASH_PRIME, HASH_SEED, Lexicon } from './lexicon';

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
  /** Dictionary id of each token's key in the lexicon's facts (see `Lexicon`), or -1. */
  id: Int32Array;
  /** The lexicon that interned the keys. */
  lexicon: Lexicon;
  /** Gap class before each token: see `gapClass`. */
  gap: string[];
}

/** Gap class of a paragraph break: never matches inside a phrase. */
export const PARAGRAPH_GAP = '\n';

/** Whether a UTF-16 code unit is a letter, mark or digit of any script: what words are made of. */
export function isWordCode(c: number): boolean {
  if (c < 128) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  }
  return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && WORD_RE.test(String.fromCharCode(c));
}
const WORD_RE = /[\p{L}\p{M}\p{N}]/u;

/** Joins phrase keys into one comparable string ("vice-minister for foreign affairs"). */
export function keyOf(k: PhraseKeys): string {
  let s = '';
  for (let i = 0; i < k.words.length; i++) s += (i === 0 ? '' : k.gaps[i]) + k.words[i];
  return s;
}

/** Lower-case key of a phrase, as the matcher compares phrases. */
export function phraseKey(phrase: string): string {
  return keyOf(phraseKeys(phrase));
}

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
  add(start: number, end: number, baseEnd: number, flags: number, lower: string, gap: string, id: number): void;
}

/**
 * Tokens into typed arrays, for texts of any size. The sink writes into scratch arrays kept
 * between texts and copies them into one buffer at the end: an array buffer is allocated outside
 * the heap, and five of them per text cost more than tokenising a short draft.
 */
class TextSink implements TokenSink {
  private static scratch = new Int32Array(4 * 1024);
  private static scratchFlags = new Uint8Array(1024);
  count = 0;
  private ints: Int32Array<ArrayBuffer>;
  private flags: Uint8Array<ArrayBuffer>;
  readonly lower: string[] = [];
  readonly gap: string[] = [];

  constructor() {
    this.ints = TextSink.scratch;
    this.flags = TextSink.scratchFlags;
  }

  add(start: number, end: number, baseEnd: number, flags: number, lower: string, gap: string, id: number): void {
    const k = this.count++;
    if (k === this.flags.length) {
      const ints = new Int32Array(this.ints.length * 2);
      ints.set(this.ints);
      const fl = new Uint8Array(this.flags.length * 2);
      fl.set(this.flags);
      TextSink.scratch = this.ints = ints;
      TextSink.scratchFlags = this.flags = fl;
    }
    const q = k * 4;
    this.ints[q] = start;
    this.ints[q + 1] = end;
    this.ints[q + 2] = baseEnd;
    this.ints[q + 3] = id;
    this.flags[k] = flags;
    this.lower.push(lower);
    this.gap.push(gap);
  }

  /** The tokens, in arrays of their own. */
  finish(lexicon: Lexicon): Tokens {
    const n = this.count;
    const buffer = new ArrayBuffer(n * 17);
    const start = new Int32Array(buffer, 0, n);
    const end = new Int32Array(buffer, n * 4, n);
    const baseEnd = new Int32Array(buffer, n * 8, n);
    const id = new Int32Array(buffer, n * 12, n);
    const flags = new Uint8Array(buffer, n * 16, n);
    const ints = this.ints;
    for (let k = 0; k < n; k++) {
      const q = k * 4;
      start[k] = ints[q];
      end[k] = ints[q + 1];
      baseEnd[k] = ints[q + 2];
      id[k] = ints[q + 3];
    }
    flags.set(this.flags.subarray(0, n));
    return { count: n, start, end, baseEnd, flags, lower: this.lower, id, lexicon, gap: this.gap };
  }
}

/**
 * Tokenises `text` (already masked: non-prose is white space). Keys are interned in `lexicon`,
 * which also gives their dictionary ids; without one, every id is -1.
 */
export function tokenize(text: string, lexicon: Lexicon = new Lexicon()): Tokens {
  const sink = new TextSink();
  lexicon.begin();
  scanTokens(text, sink, lexicon);
  return sink.finish(lexicon);
}

/** Classes of ASCII codes: 0 not a word character, then these. */
const LOWER = 1;
const UPPER = 2;
const DIGIT = 3;
const ASCII_CLASS = new Uint8Array(128);
for (let c = 97; c <= 122; c++) ASCII_CLASS[c] = LOWER;
for (let c = 65; c <= 90; c++) ASCII_CLASS[c] = UPPER;
for (let c = 48; c <= 57; c++) ASCII_CLASS[c] = DIGIT;

/**
 * The one scanner: finds every token of `text` and hands it to `sink`, interning keys in
 * `lexicon` when given. A word of ASCII letters, digits and apostrophes is classified and
 * hashed as it is read, so its key costs no new string unless the lexicon has never seen it.
 */
function scanTokens(text: string, sink: TokenSink, lexicon?: Lexicon): void {
  const n = text.length;
  let first = true;
  let prevEnd = 0;
  let i = 0;
  while (i < n) {
    const c0 = text.charCodeAt(i);
    if (c0 < 128 ? ASCII_CLASS[c0] === 0 : !isWordCode(c0)) {
      i++;
      continue;
    }
    const s = i;
    // Over the word's ASCII characters: the key's hash and the counts behind the flags.
    let hash = HASH_SEED;
    let letters = 0;
    let uppers = 0;
    let digits = 0;
    let ascii = true;
    for (;;) {
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c < 128) {
          const k = ASCII_CLASS[c];
          if (k === 0) break;
          if (k === LOWER) letters++;
          else if (k === UPPER) {
            letters++;
            uppers++;
          } else digits++;
          hash = Math.imul(hash ^ (c | (k === UPPER ? 32 : 0)), HASH_PRIME);
        } else {
          if (!isWordCode(c)) break;
          ascii = false;
        }
        i++;
      }
      // An apostrophe joins two word parts ("O'Brien", "don't"), but not a possessive "'s" at the end.
      if (i + 1 < n && isApostrophe(text.charCodeAt(i)) && isWordCode(text.charCodeAt(i + 1))) {
        const afterS = i + 2;
        const isPossessive =
          (text.charCodeAt(i + 1) === 115 || text.charCodeAt(i + 1) === 83) &&
          (afterS >= n || !isWordCode(text.charCodeAt(afterS)));
        if (isPossessive) break;
        hash = Math.imul(hash ^ 39, HASH_PRIME);
        i++;
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
    let lower: string;
    let id = -1;
    if (lexicon !== undefined && ascii) {
      const k0 = ASCII_CLASS[c0];
      if (k0 === UPPER) f |= Tok.Cap;
      if (k0 !== DIGIT) f |= Tok.Alpha;
      if (letters >= 2 && uppers === letters) f |= Tok.AllCaps;
      if (digits === be - s) f |= Tok.Digits;
      const w = lexicon.find(text, s, be, hash);
      lower = lexicon.word(w);
      id = lexicon.id(w);
    } else {
      const wf = wordFlags(text, s, be);
      f |= wf & (HAS_UPPER - 1);
      // Lower-case per word, and only words with a capital: whole-text lower-casing takes V8's slow
      // Unicode path as soon as a text holds one curly quote.
      const word = text.slice(s, be);
      lower = normalizeWord((wf & HAS_UPPER) !== 0 ? word.toLowerCase() : word);
      if (lexicon !== undefined) {
        const w = lexicon.other(lower);
        lower = lexicon.word(w);
        id = lexicon.id(w);
      }
    }
    const gap = first ? ' ' : s - prevEnd === 1 && text.charCodeAt(prevEnd) === 32 ? ' ' : gapClass(text, prevEnd, s);
    sink.add(s, e, be, f, lower, gap, id);
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
