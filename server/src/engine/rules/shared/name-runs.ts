/**
 * Where a run of capitalised words ends. The name rule leaves a name inside a longer run alone (it
 * is someone else's: "the Anna Kovalenco Foundation"), so it must know where a run really ends: a
 * possessive ends a name ("Kovalenco's Foundation speech"), and so does the end of a short line
 * with no sentence punctuation, as in a list of guests or a cabinet written one name per line.
 */
import type { Context } from '../../context';
import { kindBit } from '../../context';
import { Tok } from '../../text/tokenize';

/**
 * Lines shorter than this are not wrapped prose: a wrapped line runs close to its width (rarely
 * under 60 columns), so only the last line of a paragraph is short, and that one ends a sentence.
 */
const LIST_LINE_MAX = 50;

/** Whether token k is a capitalised word. */
export function capWord(ctx: Context, k: number): boolean {
  return k >= 0 && k < ctx.tokens.count && (ctx.tokens.flags[k] & Tok.Cap) !== 0 && (ctx.tokens.flags[k] & Tok.Alpha) !== 0;
}

/**
 * Whether a line break between offsets `from` and `to` of the text closes a line of its own: one
 * shorter than `LIST_LINE_MAX` with no full stop, question or exclamation mark in it.
 */
function endsOwnLine(text: string, from: number, to: number): boolean {
  let br = false;
  for (let i = from; i < to && !br; i++) br = text.charCodeAt(i) === 10;
  if (!br) return false;
  // Back along the line, never further than a line of its own can be long.
  for (let i = from - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    if (from - i >= LIST_LINE_MAX || c === 46 || c === 33 || c === 63) return false;
  }
  return true;
}

/** Whether token k + 1 carries on the run of capitalised words that token k is in. */
export function continuesRun(ctx: Context, k: number): boolean {
  const t = ctx.tokens;
  if (!capWord(ctx, k) || !capWord(ctx, k + 1) || t.gap[k + 1] !== ' ') return false;
  if ((t.flags[k] & Tok.Possessive) !== 0 || ctx.sentenceOf[k] !== ctx.sentenceOf[k + 1]) return false;
  return !endsOwnLine(ctx.text, t.end[k], t.start[k + 1]);
}

/** True when token k is part of a recognised person, title or other form (not a country). */
export function coveredByForm(ctx: Context, k: number): boolean {
  return (ctx.coverage[k] & ~kindBit('country')) !== 0;
}

/**
 * Whether tokens first..last are part of a longer run of capitalised words, and so of some other
 * name ("Vikram Misra Foundation"). A capitalised word before them that opens the sentence, or that
 * is a known person, title or form, does not make the run longer.
 */
export function insideLongerRun(ctx: Context, first: number, last: number): boolean {
  const before = continuesRun(ctx, first - 1) && ctx.sentences[ctx.sentenceOf[first]].first !== first - 1 && !coveredByForm(ctx, first - 1);
  return before || continuesRun(ctx, last);
}
