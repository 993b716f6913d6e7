/**
 * Two weaker kinds of evidence for the `name` rule, each held to a stricter test than a misspelt
 * full name: a given name with its first letter wrong beside an exact surname ("Galentina Roscoe"),
 * and a misspelt surname standing alone ("a blow for Kovalenco") in a text that names the person in full.
 */
import type { Context } from '../../context';
import type { Match } from '../../match/scan';
import type { CompiledFacts } from '../../match/compile';
import { phraseKeys, Tok, type PhraseKeys } from '../../text/tokenize';
import { capWord, continuesRun, insideLongerRun } from './name-runs';
import { isFirstLetterSlip, isNearMissWord, sameButDiacritics } from './similarity';
import { beforeTitle, isTimeOfDay } from './bindings';
import { governingPeriods } from './governing';
import type { RuleContext } from './rule-context';
import { holdersWithGivenName, writtenTitle } from './titles';
import { AFTER_A_PERSON, NOT_BEFORE_A_PERSON } from './words';

/** A misspelling of a known person's name found in the text. */
export interface NameCandidate {
  /** Person index. */
  person: number;
  /** First token of the misspelling. */
  first: number;
  /** Last token of the misspelling. */
  last: number;
  /** Replacement words for the tokens first..last. */
  words: string[];
  /** Why, when the replacement is not a spelling ("Foreign Minister on 2024-05-01: Yoko Kamikawa"). */
  because?: string;
}

/** Each person's two-word forms (name and aliases), per compiled table: made when a surname is first seen, gone with the table. */
const twoWordForms = new WeakMap<CompiledFacts, Map<number, PhraseKeys[]>>();

function formsOfTwo(compiled: CompiledFacts, person: number): PhraseKeys[] {
  let byPerson = twoWordForms.get(compiled);
  if (!byPerson) twoWordForms.set(compiled, (byPerson = new Map()));
  let forms = byPerson.get(person);
  if (!forms) {
    const p = compiled.facts.people[person];
    forms = [p.name, ...p.aliases].map(phraseKeys).filter((k) => k.words.length === 2);
    byPerson.set(person, forms);
  }
  return forms;
}

/**
 * Given names with the first letter wrong, beside the person's surname written exactly
 * ("Galentina Roscoe"): only in two-word names, and only where the rest of the given name is exact
 * (see `isFirstLetterSlip`). The surname itself never gets this allowance: two real surnames one
 * first letter apart ("Dutton", "Sutton") are common.
 */
export function firstLetterSlips(ctx: Context): NameCandidate[] {
  const t = ctx.tokens;
  const out: NameCandidate[] = [];
  for (const m of ctx.matches) {
    if (m.entry.kind !== 'surname') continue;
    const k = m.first;
    const surname = t.lower[k];
    for (const form of formsOfTwo(ctx.compiled, m.entry.ref)) {
      // The surname is the form's second word ("Valentina Roscoe") or its first ("MOTEGI Toshimitsu").
      const at = form.words[1] === surname ? 0 : form.words[0] === surname ? 1 : -1;
      if (at < 0) continue;
      const j = at === 0 ? k - 1 : k + 1;
      const first = Math.min(j, k);
      if (!capWord(ctx, j) || ctx.coverage[j] !== 0 || ctx.compiled.isNameWord(t.id[j])) continue;
      if (t.gap[first + 1] !== form.gaps[1] || ctx.sentenceOf[j] !== ctx.sentenceOf[k]) continue;
      if (!isFirstLetterSlip(t.lower[j], form.words[at]) || insideLongerRun(ctx, first, first + 1)) continue;
      const written = ctx.text.slice(t.start[k], t.baseEnd[k]);
      out.push({ person: m.entry.ref, first, last: first + 1, words: at === 0 ? [form.originals[0], written] : [written, form.originals[1]] });
    }
  }
  return out;
}

/** Surnames shorter than this alone are never judged: too many real names are one letter from a short one. */
const LONE_SURNAME_MIN = 5;

/** A person the text names in full, and the surname it should then use alone. */
interface Named {
  person: number;
  /** Lower case. */
  surname: string;
  /** As the table writes it. */
  original: string;
}

/**
 * Whether token k stands where a person's surname alone stands: a capitalised word (not all
 * capitals) inside a sentence, after a lower-case word that does not make it a thing or a place
 * ("the Trust", "in Greek"), and before punctuation, a possessive, or a word that follows a person
 * ("said", "who") rather than a noun ("Greek officials"). At the start of a sentence, after a colon
 * or a quote mark, a capital says nothing.
 */
function personSlot(ctx: Context, k: number): boolean {
  const t = ctx.tokens;
  const f = t.flags[k];
  if (!capWord(ctx, k) || (f & Tok.AllCaps) !== 0 || k === 0 || t.gap[k] !== ' ' || ctx.sentenceOf[k - 1] !== ctx.sentenceOf[k]) return false;
  const before = t.flags[k - 1];
  if ((before & Tok.Alpha) === 0 || (before & Tok.Cap) !== 0 || (before & Tok.Possessive) !== 0 || NOT_BEFORE_A_PERSON.has(t.lower[k - 1])) return false;
  if (k + 1 >= t.count || (f & Tok.Possessive) !== 0) return true;
  const gap = t.gap[k + 1];
  if (gap === ' ') return (t.flags[k + 1] & Tok.Cap) === 0 && AFTER_A_PERSON.has(t.lower[k + 1]);
  return gap[0] !== '-' && gap[0] !== "'";
}

/** Whether one word is the other with an "s" added: a plural or a firm ("Barclays"), not a misspelling. */
function plural(a: string, b: string): boolean {
  return (a.length === b.length + 1 && a.endsWith('s') && a.startsWith(b)) || (b.length === a.length + 1 && b.endsWith('s') && b.startsWith(a));
}

/**
 * The one named person whose surname `w` is a near miss of, or -1. Also -1 when the text writes
 * `w` in lower case (a common word) or joined to another capitalised word outside a misspelling of
 * that same person's name (someone else's name).
 */
function judge(ctx: Context, w: string, named: Named[], spelled: readonly NameCandidate[]): number {
  let hit: Named | undefined;
  for (const n of named) {
    if (n.surname[0] !== w[0] || sameButDiacritics(w, n.surname) || plural(w, n.surname) || !isNearMissWord(w, n.surname)) continue;
    if (hit && hit.person !== n.person) return -1;
    hit = n;
  }
  if (!hit) return -1;
  const t = ctx.tokens;
  for (let j = 0; j < t.count; j++) {
    if (t.lower[j] !== w) continue;
    if ((t.flags[j] & Tok.Cap) === 0) return -1;
    if ((continuesRun(ctx, j - 1) || continuesRun(ctx, j)) && !spelled.some((c) => c.person === hit.person && c.first <= j && j <= c.last)) return -1;
  }
  return hit.person;
}

/**
 * Surnames standing alone that are a near miss of the surname of someone the text names in full
 * ("Anna Kovalenko … a blow for Kovalenco"). News copy names a person in full before using the surname
 * alone, so the full name is the evidence; `spelled` are the misspelt full names already found,
 * which may repeat the lone misspelling ("Anna Kovalenco").
 */
export function loneSurnames(ctx: Context, spelled: readonly NameCandidate[]): NameCandidate[] {
  const named: Named[] = [];
  const seen = new Set<number>();
  for (const m of ctx.matches) {
    if (m.entry.kind !== 'person' || m.last === m.first || seen.has(m.entry.ref)) continue;
    seen.add(m.entry.ref);
    const s = ctx.compiled.surnameOf(m.entry.ref);
    if (s && s.surname.length >= LONE_SURNAME_MIN) named.push({ person: m.entry.ref, surname: s.surname, original: s.original });
  }
  if (named.length === 0) return [];
  const t = ctx.tokens;
  const out: NameCandidate[] = [];
  // Each word is judged once, however often the text writes it.
  const verdicts = new Map<string, number>();
  for (let k = 1; k < t.count; k++) {
    if (t.lower[k].length < LONE_SURNAME_MIN || ctx.coverage[k] !== 0 || !personSlot(ctx, k) || ctx.compiled.isNameWord(t.id[k])) continue;
    const w = t.lower[k];
    let person = verdicts.get(w);
    if (person === undefined) verdicts.set(w, (person = judge(ctx, w, named, spelled)));
    if (person >= 0) out.push({ person, first: k, last: k, words: [named.find((n) => n.person === person)!.original] });
  }
  return out;
}

/**
 * A given name standing alone right after a title, where the surname belongs ("Foreign Minister
 * Yoko"): read only when exactly one person who certainly held that title at the sentence's date
 * has that given name, the word is no one's surname in the tables, opens no longer name and is no
 * abbreviation, the word before the title neither moves it to another time ("former",
 * "replaced") nor makes it another office ("Deputy", "Chinese") as for a bound title, and the
 * date is not a guess. The table
 * must also show that the name's first word is the given name: an alias of one word that is the
 * name's last ("Motegi" for "Toshimitsu Motegi"). A name written family name first ("Wang Yi")
 * has no such alias, and "Foreign Minister Wang" is right. The fix writes the full name.
 */
export function givenNamesAlone(ctx: RuleContext): NameCandidate[] {
  const t = ctx.tokens;
  const out: NameCandidate[] = [];
  for (const m of ctx.matches) {
    if (m.entry.kind !== 'title') continue;
    const j = m.last + 1;
    if (!capWord(ctx, j) || t.gap[j] !== ' ' || ctx.sentenceOf[j] !== ctx.sentenceOf[m.last] || ctx.coverage[j] !== 0) continue;
    if (continuesRun(ctx, j) || isLongerTitleEnd(ctx, m)) continue;
    const given = t.lower[j];
    // A word of no one's name in the tables is not a given name of theirs (and costs nothing more).
    if (!ctx.compiled.isNameWord(t.id[j]) || given.length < 3 || ctx.compiled.surnameCount(given) !== 0) continue;
    // Not an abbreviation ("Gen. Nakatani") nor a word with a hyphenated honorific ("Yoko-san"); a full stop
    // ending the sentence is given up with them.
    const after = ctx.text[t.baseEnd[j]];
    if (after === '.' || after === '-') continue;
    // Any word before the title that moves it to another time or makes it another office
    // ("former", "replaced", "Deputy", "Chinese"), as for a bound title, and a time of day ("5 PM").
    if (beforeTitle(ctx, m.first) !== null || isTimeOfDay(ctx, m)) continue;
    const gov = governingPeriods(ctx, m.first);
    if (gov.usesArticle && ctx.article.guessed) continue;
    // A country written before the title ("Graustark Foreign Minister") is the office's.
    const qualifier = m.first > 0 ? (ctx.endingAt.get(m.first - 1) ?? []).find((x) => x.entry.kind === 'country') : undefined;
    const country = m.entry.country ?? (qualifier ? ctx.compiled.countries[qualifier.entry.ref] : undefined);
    const people = holdersWithGivenName(ctx, m, gov.periods, given, country);
    if (people.length !== 1) continue;
    const person = ctx.compiled.facts.people[people[0]];
    if (!surnameIsLast(person.name, person.aliases)) continue;
    out.push({ person: people[0], first: j, last: j, words: [person.name], because: `${writtenTitle(ctx, m)} ${gov.when}: ${person.name}` });
  }
  return out;
}

/** Whether a longer title ends where this one does (the words are another office's). */
function isLongerTitleEnd(ctx: Context, m: Match): boolean {
  return (ctx.endingAt.get(m.last) ?? []).some((o) => o.entry.kind === 'title' && o.first < m.first);
}

/** Whether a person's aliases show the surname is the name's last word: one of them is that word alone. */
function surnameIsLast(name: string, aliases: readonly string[]): boolean {
  const last = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
  return name.includes(' ') && aliases.some((a) => a.toLowerCase() === last);
}
