/**
 * `name`: a misspelt name of a known person. Two kinds of evidence count:
 * a run of capitalised words in which at least one word is exactly a word of a known
 * multi-word name and the others are near misses of its other words ("Sanae Takaichy");
 * or a single word right after a known title that is a near miss of the surname of
 * someone who held that title ("Foreign Secretary Misry"). Short surnames alone never count.
 */
import type { Context } from '../context';
import { factRef, kindBit, quoted, tableLabel } from '../context';
import type { Person } from '../facts/model';
import { formsWithWord } from '../match/compile';
import { phraseKeys, Tok } from '../text/tokenize';
import { replaceFix, type RawFinding, type Rule } from './rule';
import { isNearMissWord } from './similarity';

/** "S. Jaishankar" and "S Jaishankar" are the same name. */
const INITIAL_GAPS = new Set([' ', '.']);

interface Candidate {
  person: number;
  first: number;
  last: number;
  /** Replacement words for the tokens first..last. */
  words: string[];
}

function capRun(ctx: Context, k: number): boolean {
  return k >= 0 && k < ctx.tokens.count && (ctx.tokens.flags[k] & Tok.Cap) !== 0 && (ctx.tokens.flags[k] & Tok.Alpha) !== 0;
}

/** True when token k is part of a recognised person, title or other form (not a country). */
function covered(ctx: Context, k: number): boolean {
  return (ctx.coverage[k] & ~kindBit('country')) !== 0;
}

function fullNameCandidates(ctx: Context): Candidate[] {
  const t = ctx.tokens;
  const out: Candidate[] = [];
  for (let k = 0; k < t.count; k++) {
    if (!capRun(ctx, k)) continue;
    for (const { form: f, at } of formsWithWord(ctx.facts, t.lower[k])) {
      const first = k - at;
      const last = first + f.words.length - 1;
      if (first < 0 || last >= t.count) continue;
      let misses = 0;
      let ok = true;
      const words: string[] = [];
      for (let i = 0; i < f.words.length; i++) {
        const j = first + i;
        const gapAgrees = i === 0 || t.gap[j] === f.gaps[i] || (INITIAL_GAPS.has(t.gap[j]) && INITIAL_GAPS.has(f.gaps[i]));
        if (((f.caps & (1 << i)) !== 0 && !capRun(ctx, j)) || !gapAgrees || ctx.sentenceOf[j] !== ctx.sentenceOf[k]) {
          ok = false;
          break;
        }
        const w = t.lower[j];
        if (w === f.words[i]) {
          words.push(ctx.text.slice(t.start[j], t.baseEnd[j]));
          continue;
        }
        // The misspelt word must not be a word of some other known name.
        if (!isNearMissWord(w, f.words[i]) || ctx.facts.nameWords.has(w)) {
          ok = false;
          break;
        }
        misses++;
        words.push('');
      }
      if (!ok || misses === 0 || misses === f.words.length) continue;
      // A longer run of capitalised words is some other name ("Vikram Misra Foundation").
      if ((capRun(ctx, first - 1) && t.gap[first] === ' ' && ctx.sentences[ctx.sentenceOf[first]].first !== first - 1 && !covered(ctx, first - 1)) || (capRun(ctx, last + 1) && t.gap[last + 1] === ' ')) continue;
      if (covered(ctx, first) && covered(ctx, last)) continue;
      const person = ctx.facts.facts.people[f.person];
      const formWords = canonicalWords(person, f.words);
      out.push({ person: f.person, first, last, words: words.map((w, i) => w || formWords[i]) });
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

function surnameCandidates(ctx: Context): Candidate[] {
  const t = ctx.tokens;
  const out: Candidate[] = [];
  for (const m of ctx.matches) {
    if (m.entry.kind !== 'title') continue;
    const k = m.last + 1;
    if (k >= t.count || t.gap[k] !== ' ' || !capRun(ctx, k) || covered(ctx, k)) continue;
    if (capRun(ctx, k + 1) && t.gap[k + 1] === ' ') continue;
    const w = t.lower[k];
    if (w.length < 5 || ctx.facts.nameWords.has(w)) continue;
    const group = ctx.facts.titles[m.entry.ref];
    const people = new Set<number>();
    for (const oi of group.offices) for (const h of ctx.facts.holders[oi]) people.add(h.person);
    for (const o of group.oneOff) people.add(o.person);
    const hits: Candidate[] = [];
    for (const pi of people) {
      const keys = phraseKeys(ctx.facts.facts.people[pi].name);
      if (keys.words.length < 2) continue;
      const surname = keys.words[keys.words.length - 1];
      if (surname.length >= 5 && isNearMissWord(w, surname)) hits.push({ person: pi, first: k, last: k, words: [keys.originals[keys.originals.length - 1]] });
    }
    if (hits.length === 1) out.push(hits[0]);
  }
  return out;
}

export const name: Rule = {
  id: 'name',
  description: 'A misspelled name of a known person ("Vikram Misry").',
  defaultSeverity: 'error',
  run(ctx) {
    const t = ctx.tokens;
    const out: RawFinding[] = [];
    const byRange = new Map<string, Candidate[]>();
    for (const c of [...fullNameCandidates(ctx), ...surnameCandidates(ctx)]) {
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
      const person = ctx.facts.facts.people[c.person];
      const start = t.start[c.first];
      const end = t.baseEnd[c.last];
      let replacement = '';
      for (let k = c.first; k <= c.last; k++) {
        replacement += (k === c.first ? '' : ctx.text.slice(t.baseEnd[k - 1], t.start[k])) + c.words[k - c.first];
      }
      if (replacement === ctx.text.slice(start, end)) continue;
      const written = quoted(ctx, start, end);
      out.push({
        offset: start,
        length: end - start,
        message: `"${written}" should be "${replacement.replace(/\s+/g, ' ')}" (${person.name}) — ${tableLabel(person.at)}`,
        fixes: [replaceFix(`Replace with "${replacement.replace(/\s+/g, ' ')}"`, start, end - start, replacement)],
        fact: factRef(person.at),
      });
    }
    return out;
  },
};
