/**
 * Sentences that tell of a title in the past without a date of their own: the person left the
 * post in the same sentence ("Chancellor X and Health Secretary Y both quit"), or the sentence
 * already marks the person as past ("the late X", "former Prime Minister X … Prime Minister X
 * enjoyed"). A title there was held at a time the sentence does not give, so `title-date` is silent.
 */
import type { Binding } from './bindings';
import type { RuleContext } from './rule-context';
import { DEPARTURE_WORDS, PAST_MODIFIERS } from './words';

/** True when the binding's sentence tells of the person leaving, after the name. */
export function leavesInSentence(ctx: RuleContext, b: Binding): boolean {
  const t = ctx.tokens;
  const s = ctx.sentences[ctx.sentenceOf[b.title.first]];
  const from = Math.max(b.title.last, b.people[0].last) + 1;
  for (let k = from; k <= s.last; k++) {
    const w = t.lower[k];
    if (!DEPARTURE_WORDS.has(w)) continue;
    // "stepped down", not "stepped in".
    if ((w === 'stepped' || w === 'steps') && (k + 1 > s.last || t.lower[k + 1] !== 'down')) continue;
    return true;
  }
  return false;
}

/** True when the sentence marks the same person as past elsewhere: a past modifier before a binding of theirs or before their name. */
export function markedPastInSentence(ctx: RuleContext, b: Binding, person: number): boolean {
  const sentence = ctx.sentenceOf[b.title.first];
  const s = ctx.sentences[sentence];
  // The bindings are sorted by the title's start: only those of this sentence are looked at.
  const bindings = ctx.bindings;
  for (let i = firstFrom(bindings, s.first); i < bindings.length && bindings[i].title.first <= s.last; i++) {
    const o = bindings[i];
    if (o !== b && o.modifier === 'past' && o.people.some((m) => m.entry.ref === person)) return true;
  }
  const t = ctx.tokens;
  for (let k = s.first + 1; k <= s.last; k++) {
    if (!PAST_MODIFIERS.has(t.lower[k - 1])) continue;
    for (const m of ctx.startingAt.get(k) ?? []) {
      if ((m.entry.kind === 'person' || m.entry.kind === 'surname') && m.entry.ref === person) return true;
    }
  }
  return false;
}

/** The index of the first binding whose title starts at token `first` or later. */
function firstFrom(bindings: readonly Binding[], first: number): number {
  let lo = 0;
  let hi = bindings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bindings[mid].title.first < first) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
