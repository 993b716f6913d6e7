/**
 * `name`: a misspelt name of a known person. Two kinds of evidence count:
 * a run of capitalised words in which at least one word is exactly a word of a known
 * multi-word name and the others are near misses of its other words ("Sanae Takaichy");
 * or a single word right after a known title that is a near miss of the surname of
 * someone who held that title ("Foreign Secretary Misry"). Weaker evidence, held to stricter
 * tests, is in `shared/name-evidence.ts`: a given name with its first letter wrong, and a surname
 * alone in a text that names the person in full. Short surnames alone never count.
 */
import type { Context } from '../context';
import type { Person } from '../facts/model';
import { phraseKeys } from '../text/tokenize';
import { finding, quoted } from './shared/finding';
import { replaceFix } from './shared/fixes';
import type { Rule } from './shared/rule';
import { capWord, continuesRun, coveredByForm, insideLongerRun } from './shared/name-runs';
import { firstLetterSlips, givenNamesAlone, loneSurnames, type NameCandidate } from './shared/name-evidence';
import { isNearMissWord, sameButDiacritics } from './shared/similarity';

/** "S. Jaishankar" and "S Jaishankar" are the same name. */
const INITIAL_GAPS = new Set([' ', '.']);


/** Whether the words start with the first letters of the tokens from `first` on. */
function sameInitials(ctx: Context, words: string[], first: number): boolean {
  for (let i = 0; i < words.length; i++) if (ctx.tokens.lower[first + i].charCodeAt(0) !== words[i].charCodeAt(0)) return false;
  return true;
}

function fullNameCandidates(ctx: Context): NameCandidate[] {
  const t = ctx.tokens;
  const out: NameCandidate[] = [];
  for (let k = 0; k < t.count; k++) {
    if (!capWord(ctx, k)) continue;
    if (!ctx.compiled.isNameWord(t.id[k])) continue;
    const next = k + 1 < t.count ? ctx.compiled.nameWords(t.id[k], '>', t.lower[k + 1]) : undefined;
    const prev = k > 0 ? ctx.compiled.nameWords(t.id[k], '<', t.lower[k - 1]) : undefined;
    const nn = next === undefined ? 0 : next.length;
    const total = nn + (prev === undefined ? 0 : prev.length);
    for (let q = 0; q < total; q++) {
      const p = q < nn ? next![q] : prev![q - nn];
      const first = k - (p % 32);
      const last = first + ctx.compiled.formLength(Math.floor(p / 32)) - 1;
      if (first < 0 || last >= t.count) continue;
      // Known forms at both ends: the words are someone's right name (tested first, as it is
      // cheap and settles most candidates: a common first name is in thousands of forms).
      if (coveredByForm(ctx, first) && coveredByForm(ctx, last)) continue;
      const f = ctx.compiled.nameForm(Math.floor(p / 32));
      // Every word of a misspelt name keeps its first letter.
      if (!sameInitials(ctx, f.words, first)) continue;
      let misses = 0;
      // Bit i: word i is misspelt (forms have at most 32 words, as the index packs positions by 32).
      let missed = 0;
      let ok = true;
      for (let i = 0; i < f.words.length; i++) {
        const j = first + i;
        const gapAgrees = i === 0 || t.gap[j] === f.gaps[i] || (INITIAL_GAPS.has(t.gap[j]) && INITIAL_GAPS.has(f.gaps[i]));
        if (((f.caps & (1 << i)) !== 0 && !capWord(ctx, j)) || !gapAgrees || ctx.sentenceOf[j] !== ctx.sentenceOf[k]) {
          ok = false;
          break;
        }
        const w = t.lower[j];
        if (w === f.words[i] || sameButDiacritics(w, f.words[i])) continue;
        // The misspelt word must not be a word of some other known name.
        if (!isNearMissWord(w, f.words[i]) || ctx.compiled.isNameWord(t.id[j])) {
          ok = false;
          break;
        }
        misses++;
        missed |= 1 << i;
      }
      if (!ok || misses === 0 || misses === f.words.length) continue;
      // A longer run of capitalised words is some other name ("Vikram Misra Foundation").
      if (insideLongerRun(ctx, first, last)) continue;
      const person = ctx.compiled.facts.people[f.person];
      const formWords = canonicalWords(person, f.words);
      const words = formWords.map((fw, i) => ((missed & (1 << i)) !== 0 ? fw : ctx.text.slice(t.start[first + i], t.baseEnd[first + i])));
      out.push({ person: f.person, first, last, words });
    }
  }
  return out;
}

/** The original spelling of each word of the person's form that has these keys. */
function canonicalWords(p: Person, keys: string[]): string[] {
  for (const form of [p.name, ...p.aliases, p.name.replace(/\b(\p{Lu})\.(?=\s)/gu, '$1')]) {
    const k = phraseKeys(form);
    if (k.words.length === keys.length && k.words.every((w, i) => w === keys[i])) return k.originals;
  }
  return keys;
}

interface Surname {
  person: number;
  /** Lower case. */
  surname: string;
  /** As the table writes it. */
  original: string;
}

/**
 * Surname buckets per compiled table and title group. Kept beside the table rather than on it:
 * `CompiledFacts` (`match/`) knows nothing of how this rule looks for near misses, and the map
 * goes when the table goes.
 */
const surnameBuckets = new WeakMap<object, Map<number, Map<string, Surname[]>>>();

/**
 * The surnames (five letters or more) of everyone who held a title, that share `word`'s first
 * letter and are within one letter of its length: built once per title group and compiled
 * facts, so a title with thousands of holders costs a look-up, not a walk.
 */
function surnamesNear(ctx: Context, group: number, word: string): Surname[] {
  let byGroup = surnameBuckets.get(ctx.compiled);
  if (!byGroup) surnameBuckets.set(ctx.compiled, (byGroup = new Map()));
  let buckets = byGroup.get(group);
  if (!buckets) {
    buckets = new Map();
    const g = ctx.compiled.titles[group];
    const people = new Set<number>();
    for (const oi of g.offices) for (const h of ctx.compiled.holders(oi)) people.add(h.person);
    for (const o of g.oneOff) people.add(o.person);
    for (const pi of people) {
      const found = ctx.compiled.surnameOf(pi);
      if (!found || found.surname.length < 5) continue;
      const { surname, original } = found;
      const key = surname[0] + surname.length;
      const list = buckets.get(key);
      const entry = { person: pi, surname, original };
      if (list) list.push(entry);
      else buckets.set(key, [entry]);
    }
    byGroup.set(group, buckets);
  }
  const out: Surname[] = [];
  for (let len = word.length - 2; len <= word.length + 2; len++) out.push(...(buckets.get(word[0] + len) ?? []));
  return out;
}

function surnameCandidates(ctx: Context): NameCandidate[] {
  const t = ctx.tokens;
  const out: NameCandidate[] = [];
  for (const m of ctx.matches) {
    if (m.entry.kind !== 'title') continue;
    const k = m.last + 1;
    if (k >= t.count || t.gap[k] !== ' ' || !capWord(ctx, k) || coveredByForm(ctx, k)) continue;
    if (continuesRun(ctx, k)) continue;
    const w = t.lower[k];
    if (w.length < 5 || ctx.compiled.isNameWord(t.id[k])) continue;
    const hits: NameCandidate[] = [];
    const seen = new Set<number>();
    for (const h of surnamesNear(ctx, m.entry.ref, w)) {
      if (seen.has(h.person) || sameButDiacritics(w, h.surname) || !isNearMissWord(w, h.surname)) continue;
      seen.add(h.person);
      hits.push({ person: h.person, first: k, last: k, words: [h.original] });
    }
    if (hits.length === 1) out.push(hits[0]);
  }
  return out;
}

export const name: Rule = {
  id: 'name',
  description: 'A misspelled name of a known person ("Vikram Misry").',
  defaultSeverity: 'error',
  *run(ctx) {
    const t = ctx.tokens;
    const byRange = new Map<string, NameCandidate[]>();
    const full = [...fullNameCandidates(ctx), ...firstLetterSlips(ctx)];
    const all = [...full, ...surnameCandidates(ctx), ...loneSurnames(ctx, full), ...givenNamesAlone(ctx)];
    for (const c of all) {
      // One misspelling is one finding: "Dame Lena Marchetty", not also the "Lena Marchetty" inside it.
      if (all.some((d) => d.person === c.person && d.first <= c.first && c.last <= d.last && d.last - d.first > c.last - c.first)) continue;
      const key = `${c.first}:${c.last}`;
      const list = byRange.get(key);
      if (list) {
        if (!list.some((x) => x.person === c.person)) list.push(c);
      } else byRange.set(key, [c]);
    }
    for (const list of byRange.values()) {
      // Two known people fit: say nothing rather than guess.
      if (list.length !== 1) continue;
      const c = list[0];
      const person = ctx.compiled.facts.people[c.person];
      const start = t.start[c.first];
      const end = t.baseEnd[c.last];
      let replacement = '';
      for (let k = c.first; k <= c.last; k++) {
        replacement += (k === c.first ? '' : ctx.text.slice(t.baseEnd[k - 1], t.start[k])) + c.words[k - c.first];
      }
      if (replacement === ctx.text.slice(start, end)) continue;
      const written = quoted(ctx, start, end);
      const oneLine = replacement.replace(/\s+/g, ' ');
      const why = c.because === undefined ? ` (${person.name})` : `: a given name alone; ${c.because}`;
      yield finding({ start, end }, `"${written}" should be "${oneLine}"${why}`, person.at, [replaceFix(`Replace with "${oneLine}"`, start, end - start, replacement)]);
    }
  },
};
