/**
 * Whether an indented block reads as prose or as code. CommonMark makes any block indented by
 * four spaces or a tab code, but copy pasted from the web often indents whole paragraphs, and a
 * paragraph masked as code hides its errors. So the block pass asks this test of each run of
 * indented lines between blank ones, and masks the run only when it looks like code.
 *
 * The test, on the run's text split at white space into tokens:
 * 1. no code marks: none of `{ } < > = | \`, no `()`, and no line that opens with a prompt or
 *    comment marker (a token of `$ % # > / * -` alone, such as `$`, `#`, `//`, `--`, `>>>`);
 * 2. words: at least MIN_WORDS tokens are plain words or numbers (letters and digits, joined by
 *    `' ’ - . , / & %`, at most MAX_WORD long, once quotes, brackets and trailing punctuation are
 *    stripped), and they are at least WORD_SHARE of the tokens that hold a letter or digit,
 *    leaving out tokens with Markdown's own syntax (a backtick, a link's `](`);
 * 3. sentences: a word ends a sentence (`.`, `!` or `?` after it), or the paragraph goes on,
 *    unindented, on the very next line (a first line indented like a book's).
 * Every token is read once, with no allocation: the test costs no more than masking the block.
 */
import { Leaf, RunKind, type BlockState } from './markdown-block-state';
import { opensOrderedItem } from './markdown-list-items';
import { isWordCode } from './tokenize';
import type { SkippedText } from './mask';

/** Fewer plain words than this is a command, a name or a value: code. */
export const MIN_WORDS = 6;
/** The share of tokens with a letter or digit that must be plain words. */
export const WORD_SHARE = 0.8;
/** A longer token is a hash, a key or a path, not a word. */
export const MAX_WORD = 30;

/** What the test saw in a block: its verdict and the counts it rests on (for tests and measurements). */
export interface IndentedReading {
  /** True when the block is read as prose and checked. */
  prose: boolean;
  /** Plain words and numbers. */
  words: number;
  /** Tokens that hold a letter or a digit. */
  tokens: number;
  /** Words followed by `.`, `!` or `?`. */
  sentenceEnds: number;
  /** The first code mark found, or '' when there is none. */
  mark: string;
}

/** ASCII characters that never appear in news prose but fill code: `{ } < > = | \`. */
const MARK = new Uint8Array(128);
for (const c of '{}<>=|\\') MARK[c.charCodeAt(0)] = 1;

/** Characters a line-opening prompt or comment marker is made of. */
const PROMPT = new Uint8Array(128);
for (const c of '$%#>/*-') PROMPT[c.charCodeAt(0)] = 1;

/** Quotes, brackets and emphasis a word may be wrapped in, at its start. */
const LEAD = '"\'“‘«([*_';
/** The same at its end, with the punctuation that follows words. */
const TRAIL = '"\'”’»)]*_.,;:!?…';
/** Characters that may join the parts of one word or number: don't, Indo-Pacific, 1,200, 3.5, and/or, R&D, 5%. */
const JOIN = '\'’-.,/&%';
/** Currency signs a number may open with. */
const CURRENCY = '$£€¥₹';

/**
 * Reads the indented lines `lines[from..to)` (flat [start, end) pairs of `text`, each from its
 * first non-blank character); `runsOn` is true when a paragraph line follows them directly.
 */
export function readIndented(text: string, lines: readonly number[], runsOn: boolean, from = 0, to = lines.length): IndentedReading {
  let words = 0;
  let tokens = 0;
  let sentenceEnds = 0;
  for (let l = from; l < to; l += 2) {
    const lineEnd = lines[l + 1];
    let p = lines[l];
    let first = true;
    while (p < lineEnd) {
      let c = text.charCodeAt(p);
      if (c === 32 || c === 9) {
        p++;
        continue;
      }
      let end = p;
      while (end < lineEnd && (c = text.charCodeAt(end)) !== 32 && c !== 9) end++;
      const mark = codeMark(text, p, end, first);
      if (mark !== '') return { prose: false, words, tokens, sentenceEnds, mark };
      first = false;
      const kind = token(text, p, end);
      if (kind !== Token.Neutral) tokens++;
      if (kind === Token.Word || kind === Token.SentenceEnd) words++;
      if (kind === Token.SentenceEnd) sentenceEnds++;
      p = end;
    }
  }
  const prose = words >= MIN_WORDS && words >= WORD_SHARE * tokens && (sentenceEnds > 0 || runsOn);
  return { prose, words, tokens, sentenceEnds, mark: '' };
}

/** How a token counts. */
const enum Token {
  /** No letter or digit: a dash, an ampersand; it counts neither way. */
  Neutral = 0,
  /** A plain word or number. */
  Word = 1,
  /** A plain word or number that ends a sentence. */
  SentenceEnd = 2,
  /** Anything else with a letter or digit in it: `foo(bar)`, `snake_case`, `--flag`, a URL. */
  Other = 3,
}

/** The code mark in the token [a, b), or ''; `first` when it opens its line. */
function codeMark(text: string, a: number, b: number, first: boolean): string {
  if (first) {
    let k = a;
    while (k < b && isPrompt(text.charCodeAt(k))) k++;
    if (k === b) return text.slice(a, b);
  }
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k);
    if (c < 128 && MARK[c] === 1) return text[k];
    if (c === 40 /* ( */ && text.charCodeAt(k + 1) === 41 /* ) */ && k + 1 < b) return '()';
  }
  return '';
}

function isPrompt(c: number): boolean {
  return c < 128 && PROMPT[c] === 1;
}

/** Classifies the token [a, b). */
function token(text: string, a: number, b: number): Token {
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k);
    // Markdown's own syntax, a code span or a link's `](`, is a sign of neither prose nor code.
    if (c === 96 /* ` */ || (c === 93 /* ] */ && text.charCodeAt(k + 1) === 40 /* ( */ && k + 1 < b)) return Token.Neutral;
  }
  while (a < b && LEAD.includes(text[a])) a++;
  let core = b;
  while (core > a && TRAIL.includes(text[core - 1])) core--;
  let alnum = false;
  let plain = core > a && core - a <= MAX_WORD;
  for (let k = a; k < core; k++) {
    const c = text.charCodeAt(k);
    if (isWordCode(c)) {
      alnum = true;
      continue;
    }
    // Joiners only inside a word (a per cent sign may end one); a currency sign only first.
    if (JOIN.includes(text[k]) ? k === a || (k === core - 1 && c !== 37 /* % */) : !(k === a && CURRENCY.includes(text[k]))) plain = false;
  }
  if (!alnum) return Token.Neutral;
  if (!plain) return Token.Other;
  for (let k = core; k < b; k++) {
    const c = text.charCodeAt(k);
    if (c === 46 /* . */ || c === 33 /* ! */ || c === 63 /* ? */) return Token.SentenceEnd;
  }
  return Token.Word;
}

/** Adds the current line, from its first non-blank `nb`, to the open indented block. */
export function indentedLine(s: BlockState, nb: number): void {
  if (s.indentedGap && s.indentedLines.length > 0) s.indentedBreaks.push(s.indentedLines.length);
  s.indentedGap = false;
  s.indentedLines.push(nb, s.lineEnd);
  s.indentedFrom.push(s.pos);
}

/**
 * Ends the open indented block on the current line. Each run of lines between blank ones is read
 * on its own: prose becomes a paragraph for the inline pass; code is masked and recorded as
 * skipped, neighbouring runs of code as one stretch.
 */
export function endIndented(s: BlockState): void {
  const { text, indentedLines: lines, indentedBreaks: breaks } = s;
  s.leaf = Leaf.None;
  const n = lines.length;
  if (n > 0) {
    // A paragraph line runs on; an ordered list item opening with its number does not.
    const runsOn = !s.indentedGap && s.lineStart > lines[n - 1] && s.nb < s.lineEnd && startsText(text.charCodeAt(s.nb)) && !opensOrderedItem(text, s.nb, s.lineEnd);
    let code: SkippedText | null = null;
    for (let b = 0, from = 0; from < n; b++) {
      const to = b < breaks.length ? breaks[b] : n;
      if (readIndented(text, lines, runsOn && to === n, from, to).prose) {
        const first = s.segs.length;
        for (let l = from; l < to; l += 2) s.segs.push(lines[l], lines[l + 1]);
        s.runs.push(first, s.segs.length, RunKind.Text);
        code = null;
      } else {
        for (let l = from; l < to; l += 2) s.mask.fill(1, s.indentedFrom[l >> 1], lines[l + 1]);
        if (code === null) s.sink.skipped.push((code = { kind: 'indented-code', start: lines[from], end: lines[to - 1] }));
        else code.end = lines[to - 1];
      }
      from = to;
    }
  }
  lines.length = 0;
  s.indentedFrom.length = 0;
  breaks.length = 0;
  s.indentedGap = false;
}

/** Whether a line opening with `c` is a line of text: a letter, a digit or an opening quote. */
function startsText(c: number): boolean {
  return isWordCode(c) || c === 34 /* " */ || c === 39 /* ' */ || c === 0x201c /* “ */ || c === 0x2018 /* ‘ */;
}
