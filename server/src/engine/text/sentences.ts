/**
 * Sentence boundaries over tokens: a sentence ends at . ! ? (with closing quotes or
 * brackets) before a capitalised word, a digit or an opening quote, unless the word
 * before is an abbreviation or an initial; a blank line always ends one.
 */
import { PARAGRAPH_GAP, Tok, type Tokens } from './tokenize';

/** A sentence as a token range. */
export interface Sentence {
  /** First token index. */
  first: number;
  /** Last token index (inclusive). */
  last: number;
  /** True when the sentence begins a paragraph. */
  paragraphStart: boolean;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'no', 'nos', 'vs', 'gen', 'lt', 'col', 'capt', 'cmdr', 'adm', 'gov', 'sen', 'rep',
  'rev', 'hon', 'inc', 'ltd', 'co', 'corp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'shri', 'smt',
  'approx', 'est', 'fig', 'vol', 'dept', 'univ', 'e', 'i', 'etc', 'al',
]);

function endsSentence(gap: string): boolean {
  for (let i = 0; i < gap.length; i++) {
    const ch = gap[i];
    if (ch === '.' || ch === '!' || ch === '?') return true;
  }
  return false;
}

/** True when the text between two tokens holds white space (a full stop glued to the next word, as in "1.8" or "U.S.", ends nothing). */
function spaced(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0) return true;
  }
  return false;
}

/** A line that starts a Markdown block of its own: a list item, a table row, a heading. */
const BLOCK_LINE = /^[ \t]*(?:[-*+][ \t]|\d{1,9}[.)][ \t]|\||#{1,6}[ \t])/;

/** True when token k starts a line that is its own block in `original` (or the line before it is a table row or heading). */
function blockLineStart(original: string, gap: string, t: Tokens, k: number): boolean {
  if (!gap.includes('\n') && gap !== ' ') return false;
  // Only a token after a line break can start a line: look between the tokens, not back along the line.
  let lineStart = -1;
  for (let i = t.start[k] - 1; i >= t.end[k - 1]; i--) {
    if (original.charCodeAt(i) === 10) {
      lineStart = i + 1;
      break;
    }
  }
  if (lineStart < 0) return false;
  if (BLOCK_LINE.test(original.slice(lineStart, t.start[k] + 1))) return true;
  const prevStart = original.lastIndexOf('\n', lineStart - 2) + 1;
  return /^[ \t]*(?:\||#{1,6}[ \t])/.test(original.slice(prevStart, lineStart));
}

/**
 * The most tokens a sentence holds: a longer run is cut, so checking costs time in proportion to
 * the text. A real sentence of 100 words is long; no sentence of the real-copy corpus comes near.
 */
export const MAX_SENTENCE_TOKENS = 400;

/**
 * Where a run of MAX_SENTENCE_TOKENS tokens from `first` is cut (a token index in the run's second
 * half, up to `k`): before the last token that follows punctuation or a line break, else between
 * two words in lower case, so a name or a title is not cut in two; else at `k`.
 */
function budgetCut(t: Tokens, first: number, k: number): number {
  const low = first + (MAX_SENTENCE_TOKENS >> 1);
  for (let j = k; j > low; j--) if (/[,;:()\n\u2013\u2014]/.test(t.gap[j])) return j;
  for (let j = k; j > low; j--) if ((t.flags[j] & Tok.Cap) === 0 && (t.flags[j - 1] & Tok.Cap) === 0) return j;
  return k;
}

/**
 * Splits the tokens of `text` into sentences. With the `original` (unmasked) text, a list
 * item, a table row or a heading line also ends a sentence.
 */
export function splitSentences(text: string, t: Tokens, original?: string): Sentence[] {
  const out: Sentence[] = [];
  if (t.count === 0) return out;
  let first = 0;
  let paragraphStart = true;
  for (let k = 1; k < t.count; k++) {
    const g = t.gap[k];
    let boundary = false;
    let para = false;
    if (g === PARAGRAPH_GAP) {
      boundary = true;
      para = true;
    } else if (endsSentence(g)) {
      const f = t.flags[k];
      const startsLikeSentence = (f & Tok.Cap) !== 0 || (f & Tok.Digits) !== 0 || g.endsWith('"') || g.endsWith("'");
      const prev = t.lower[k - 1];
      const abbreviation = g[0] === '.' && (ABBREVIATIONS.has(prev) || (prev.length === 1 && (t.flags[k - 1] & Tok.Cap) !== 0));
      boundary = startsLikeSentence && !abbreviation && spaced(text, t.end[k - 1], t.start[k]);
    }
    if (!boundary && original !== undefined && blockLineStart(original, g, t, k)) boundary = true;
    // The budget: rules compare words within a sentence, so a "sentence" of a whole document
    // (a list without full stops, an unclosed quotation, pasted data) would cost its length squared.
    if (!boundary && k - first >= MAX_SENTENCE_TOKENS) {
      const cut = budgetCut(t, first, k);
      out.push({ first, last: cut - 1, paragraphStart });
      first = cut;
      paragraphStart = false;
      continue;
    }
    if (boundary) {
      out.push({ first, last: k - 1, paragraphStart });
      first = k;
      paragraphStart = para;
    }
  }
  out.push({ first, last: t.count - 1, paragraphStart });
  return out;
}

/** Maps each token to its sentence index. */
export function sentenceIndex(sentences: Sentence[], count: number): Int32Array {
  const idx = new Int32Array(count);
  sentences.forEach((s, i) => idx.fill(i, s.first, s.last + 1));
  return idx;
}
