/**
 * A title garbled from two forms of the same office: the head of one form, its linking word, and
 * then the other form whole ("Minister of Foreign Minister X", from "Minister of Foreign Affairs"
 * and "Foreign Minister"). It is found only where the words before a bound title are the opening
 * of another form of that very office (its head noun, "of" or "for", and the title's first word),
 * so a real title ("Minister of State", "Secretary of State") is never read as garbled.
 */
import type { Context } from '../../context';
import type { Office } from '../../facts/model';
import { phraseKeys, Tok } from '../../text/tokenize';
import type { Binding } from './bindings';
import { TITLE_LINKING_PREPOSITIONS } from './words';

/** A garbled title: the stray words before a known title, and the forms the writer may have meant. */
export interface Garble {
  /** Start of the stray words ("Minister of "). */
  start: number;
  /** Start of the known title they stand before. */
  titleStart: number;
  /** The office whose forms were mixed. */
  office: Office;
  /** The full form the stray words open ("Minister for Foreign Affairs"). */
  fullForm: string;
}

/** The garble before a bound title, if any. */
export function garbleBefore(ctx: Context, b: Binding): Garble | undefined {
  if (!b.before || b.title.entry.country) return undefined;
  const t = ctx.tokens;
  const k = b.title.first;
  const head = k - 2;
  if (head < 0 || ctx.sentenceOf[head] !== ctx.sentenceOf[k]) return undefined;
  if (t.gap[k] !== ' ' || t.gap[k - 1] !== ' ' || !TITLE_LINKING_PREPOSITIONS.has(t.lower[k - 1])) return undefined;
  if ((t.flags[head] & Tok.Cap) === 0 || ctx.coverage[head] !== 0) return undefined;
  // The stray head is the title's own head noun ("Minister … Foreign Minister").
  if (t.lower[head] !== t.lower[b.title.last]) return undefined;
  // Not the end of a longer name ("Deputy Minister of …"): a capitalised word before it leaves the reading open.
  if (head > 0 && t.gap[head] === ' ' && ctx.sentenceOf[head - 1] === ctx.sentenceOf[head] && (t.flags[head - 1] & Tok.Cap) !== 0) return undefined;
  const opening = [t.lower[head], t.lower[k]];
  const group = ctx.compiled.titles[b.title.entry.ref];
  for (const oi of group.offices) {
    const office = ctx.compiled.facts.offices[oi];
    for (const form of [office.title, ...office.aliases]) {
      const words = phraseKeys(form).words;
      // The other form opens with the head, a linking word (either of "of" and "for"), and the title's first word.
      if (words.length > 3 && words[0] === opening[0] && TITLE_LINKING_PREPOSITIONS.has(words[1]) && words[2] === opening[1]) {
        return { start: t.start[head], titleStart: b.title.start, office, fullForm: form };
      }
    }
  }
  return undefined;
}
