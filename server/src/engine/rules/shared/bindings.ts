/**
 * Finds titles bound to people: "External Affairs Minister S Jaishankar" (title before
 * the name, optionally with "(EAM)" between), "Vikram Misri, India's Foreign Secretary,"
 * (apposition). Shared by the `title` and `title-date` rules, which read them as
 * `RuleContext.bindings`, found once per text.
 */
import type { Context } from '../../context';
import { scanRange, type Match } from '../../match/scan';
import { PARAGRAPH_GAP, Tok } from '../../text/tokenize';
import type { Verdict } from './titles';
import { FUTURE_MODIFIERS, FUTURE_SUFFIXES, OFFICE_PERIOD_NOUNS, PAST_MODIFIERS, PERIOD_PREPOSITIONS, SENTENCE_OPENERS, SUCCESSION_BEFORE_FROM, SUCCESSION_WORDS, TITLE_LINKING_PREPOSITIONS, TITLE_PREFIXES } from './words';

/**
 * A modifier that makes a title about another time: "former", "then-" (past), "incoming",
 * "-designate" (future), or the time of the post itself, "during Prime Minister X's tenure"
 * (period: when the title was held, whenever that was).
 */
export type TimeModifier = 'past' | 'future' | 'period' | null;

/** A title written with a person. */
export interface Binding {
  /** The title match (the longest one). */
  title: Match;
  /** End of the text a title fix replaces: the title, and "(EAM)" when it stands between title and name. */
  titleEnd: number;
  /** The person matches on the same span (one per person the form may name). */
  people: Match[];
  /** Start offset of the person's name. */
  personStart: number;
  /** End offset of the person's name. */
  personEnd: number;
  /** A modifier before the title. */
  modifier: TimeModifier;
  /** Whether the title comes before the name. */
  before: boolean;
  /** The verdict on the binding once `judge` (titles.ts) has made it, for the second rule that asks; null when it cannot be judged. */
  verdict?: Verdict | null;
}

function isPersonKind(m: Match): boolean {
  return m.entry.kind === 'person' || m.entry.kind === 'surname';
}

/** Person matches starting at a token, all with the longest span found there. */
function peopleAt(ctx: Context, k: number): Match[] {
  const list = (ctx.startingAt.get(k) ?? []).filter(isPersonKind);
  if (list.length === 0) return list;
  const end = list.reduce((e, m) => Math.max(e, m.end), 0);
  return list.filter((m) => m.end === end);
}

/** The longest title match ending at token k. */
export function titleEndingAt(ctx: Context, k: number): Match | undefined {
  let best: Match | undefined;
  for (const m of ctx.endingAt.get(k) ?? []) {
    if (m.entry.kind === 'title' && (!best || m.start < best.start)) best = m;
  }
  return best;
}

/**
 * Titles inside the longest one that end where it ends and that it reaches through a
 * preposition ("Prime Minister" in "Special Advisor to Japan's Prime Minister"), longest first.
 * "Foreign Secretary" in "British Foreign Secretary" is the same title qualified, not another.
 */
export function shorterTitles(ctx: Context, m: Match): Match[] {
  if (m.first === m.last) return [];
  const t = ctx.tokens;
  return scanRange(ctx.masked, t, ctx.compiled, m.first + 1, m.last + 1)
    .filter((x) => {
      if (x.entry.kind !== 'title' || x.last !== m.last || x.entry.ref === m.entry.ref) return false;
      let j = x.first - 1;
      if (j > m.first && (t.lower[j] === 'the' || (t.flags[j] & Tok.Possessive) !== 0)) j--;
      return j >= m.first && TITLE_LINKING_PREPOSITIONS.has(t.lower[j]);
    })
    .sort((a, b) => a.start - b.start);
}

/**
 * Looks at the word before a title. Returns the time modifier, or 'blocked' when the word
 * makes the title part of a longer unknown one.
 */
export function beforeTitle(ctx: Context, first: number): TimeModifier | 'blocked' {
  const t = ctx.tokens;
  const k = first - 1;
  if (k < 0 || ctx.sentenceOf[k] !== ctx.sentenceOf[first]) return null;
  const g = t.gap[first];
  if (g !== ' ' && g !== '-') return null;
  const w = t.lower[k];
  if (PAST_MODIFIERS.has(w) || (w === 'time' && k > 0 && t.gap[k] === '-' && t.lower[k - 1] === 'one')) return 'past';
  if (FUTURE_MODIFIERS.has(w)) return 'future';
  // A succession tells of the time it happened, which need not be the sentence's.
  if (SUCCESSION_WORDS.has(w) || (w === 'from' && k > 0 && SUCCESSION_BEFORE_FROM.has(t.lower[k - 1]))) return 'past';
  if (TITLE_PREFIXES.has(w)) return 'blocked';
  if ((t.flags[k] & Tok.Cap) !== 0) {
    // A country before the title is a qualifier, not part of an unknown title; a modifier may
    // stand before it ("the then Japan Prime Minister", "former India Foreign Secretary").
    const country = (ctx.endingAt.get(k) ?? []).find((m) => m.entry.kind === 'country');
    if (country) {
      const mod = country.first > 0 ? beforeTitle(ctx, country.first) : null;
      return mod === 'past' || mod === 'future' ? mod : null;
    }
    // "When MEA spokesperson …", "As External Affairs Minister …".
    if (ctx.sentences[ctx.sentenceOf[k]].first === k && SENTENCE_OPENERS.has(w)) return null;
    return 'blocked';
  }
  return null;
}

/** "12:13 PM", "5 AM": an abbreviation after a number is a time of day, not a title. */
export function isTimeOfDay(ctx: Context, m: Match): boolean {
  const t = ctx.tokens;
  return m.first === m.last && m.first > 0 && (t.flags[m.first] & Tok.AllCaps) !== 0 && (t.flags[m.first - 1] & Tok.Digits) !== 0;
}

/** After "-designate": "Foreign Minister-designate". */
function designateAfter(ctx: Context, last: number): boolean {
  const t = ctx.tokens;
  return last + 1 < t.count && t.gap[last + 1] === '-' && FUTURE_SUFFIXES.has(t.lower[last + 1]);
}

/**
 * "during Prime Minister X's tenure", "under Chancellor Y's government": a time preposition before
 * the title, and after the name a possessive and a noun for the time of the post, which the title
 * then names. Without the preposition "Prime Minister X's government announced" is of the
 * sentence's own time.
 */
function periodOfPost(ctx: Context, title: Match, person: Match): boolean {
  const t = ctx.tokens;
  const next = person.last + 1;
  if ((t.flags[person.last] & Tok.Possessive) === 0 || next >= t.count || t.gap[next] !== ' ' || !OFFICE_PERIOD_NOUNS.has(t.lower[next])) return false;
  let k = title.first - 1;
  if (k >= 0 && t.lower[k] === 'the') k--;
  return k >= 0 && ctx.sentenceOf[k] === ctx.sentenceOf[title.first] && PERIOD_PREPOSITIONS.has(t.lower[k]);
}

/** Every title bound to a person in the text, sorted by the title's start. */
export function findBindings(ctx: Context): Binding[] {
  const out: Binding[] = [];
  const t = ctx.tokens;
  const boundTitles = new Set<Match>();
  const commaBound = new Set<number>();
  for (const m of ctx.matches) {
    if (m.entry.kind !== 'title') continue;
    const title = titleEndingAt(ctx, m.last);
    if (title !== m) continue;
    if (isTimeOfDay(ctx, m)) continue;
    let k = m.last + 1;
    if (k >= t.count || ctx.sentenceOf[k] !== ctx.sentenceOf[m.last]) continue;
    let titleEnd = m.end;
    let comma = false;
    // "External Affairs Minister (EAM) S Jaishankar": the acronym goes with the title.
    if (t.gap[k] === '(' && k + 1 < t.count && t.gap[k + 1] === ')' && (t.flags[k] & Tok.AllCaps) !== 0) {
      titleEnd = t.end[k] + ctx.masked.slice(t.end[k]).indexOf(')') + 1;
      k++;
    } else if (t.gap[k] === ',') comma = true;
    else if (t.gap[k] !== ' ') continue;
    const people = peopleAt(ctx, k);
    if (people.length === 0) continue;
    if (comma) {
      // "Japan's Ambassador to India, A, India's Ambassador to Japan, B": a name set off by commas
      // after a title is that title's holder; it ends its phrase.
      const after = people[0].last + 1 < t.count ? t.gap[people[0].last + 1] : '.';
      if (after !== PARAGRAPH_GAP && !/^[,.;:)]/.test(after)) continue;
      commaBound.add(people[0].start);
    }
    const mod = beforeTitle(ctx, m.first);
    boundTitles.add(m);
    if (mod === 'blocked') continue;
    out.push({
      title: m,
      titleEnd,
      people,
      personStart: people[0].start,
      personEnd: people[0].end,
      modifier: designateAfter(ctx, m.last) ? 'future' : periodOfPost(ctx, m, people[0]) ? 'period' : mod,
      before: true,
    });
  }
  // Apposition: "Vikram Misri, India's Foreign Secretary," — the title is not itself followed by a name.
  for (const m of ctx.matches) {
    if (m.entry.kind !== 'title' || boundTitles.has(m) || titleEndingAt(ctx, m.last) !== m) continue;
    let k = m.first;
    let mod: TimeModifier = null;
    // Skip "the", "former", "then-" between the comma and the title.
    while (k - 1 >= 0 && t.gap[k] !== ',' && ctx.sentenceOf[k - 1] === ctx.sentenceOf[k]) {
      const w = t.lower[k - 1];
      if (w === 'the') k--;
      else if (PAST_MODIFIERS.has(w)) {
        mod = 'past';
        k--;
      } else if (FUTURE_MODIFIERS.has(w)) {
        mod = 'future';
        k--;
      } else break;
    }
    if (t.gap[k] !== ',' || k === 0 || ctx.sentenceOf[k - 1] !== ctx.sentenceOf[k]) continue;
    const people = (ctx.endingAt.get(k - 1) ?? []).filter(isPersonKind);
    if (people.length === 0) continue;
    const start = people.reduce((s, p) => Math.min(s, p.start), Infinity);
    // The name already belongs to the title before it ("Title, Name, Other Title,").
    if (commaBound.has(start)) continue;
    const longest = people.filter((p) => p.start === start);
    // The title must end its phrase: a comma, a full stop, a bracket or the end of the sentence.
    const after = m.last + 1 < t.count ? t.gap[m.last + 1] : '.';
    if (after !== PARAGRAPH_GAP && !/^[,.;:)!?"'—–]/.test(after)) continue;
    // "At the invitation of A, Title, B will …": set off between two names, the title may be
    // either's; it is judged with neither.
    if (after.startsWith(',') && m.last + 1 < t.count && ctx.sentenceOf[m.last + 1] === ctx.sentenceOf[m.last] && peopleAt(ctx, m.last + 1).length > 0) continue;
    out.push({
      title: m,
      titleEnd: m.end,
      people: longest,
      personStart: longest[0].start,
      personEnd: longest[0].end,
      modifier: designateAfter(ctx, m.last) ? 'future' : mod,
      before: false,
    });
  }
  out.sort((a, b) => a.title.start - b.title.start);
  return out;
}
