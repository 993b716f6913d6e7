/**
 * Near forms of the phrases the tables fix (a term's canonical form, an acronym's expansion)
 * that no table lists: the same words with one change that writers make, so a table need not
 * list every variant. One change only, and only of kinds that rarely make another real name:
 *
 * - a linking word added, dropped or swapped ("Special Strategic Global Partnership",
 *   "Indian Council for World Affairs", "Free & Open Indo-Pacific");
 * - one punctuation mark between words ("Indo Pacific" for "Indo-Pacific", an added comma);
 * - coordinated modifiers in another order, the head noun last as before ("Global and Special
 *   Strategic Partnership"), for phrases joined by "and" without a preposition;
 * - an inner word's number or possessive ("Indo-Pacific Ocean's Initiative" for "… Oceans …";
 *   the last word's is the grammar of the sentence, not part of the name);
 * - a think tank's head noun swapped for another ("Observer Research Organisation" for "…
 *   Foundation"), after two words or more.
 *
 * The near form of an acronym's expansion (a body's name) must be the whole name, with no
 * capitalised word before it: "Kestria's Ministry for Maritime Affairs" is Kestria's own.
 *
 * A content word dropped or added is not a near form: "Strategic Partnership" and "Global
 * Partnership" are real, older names of the relationship "Special Strategic and Global
 * Partnership" names, and shorter names are often right. Every content word must be written
 * with a capital (lower-case words are a description, not the name), the form must not run on
 * into more capitalised words (a longer name), and no known form may cover it.
 */
import type { Context } from '../../context';
import type { CompiledFacts } from '../../match/compile';
import type { Match } from '../../match/scan';
import type { Facts } from '../../facts/model';
import { packLists, type PackedLists } from '../../match/packed';
import { phraseKeys, Tok } from '../../text/tokenize';
import { NAME_COORDINATORS, EXPANSION_FUNCTION_WORDS, INSTITUTION_HEADS } from './words';

/** What kind of change makes a near form. */
export type NearChange = 'linking word' | 'punctuation' | 'order' | 'number' | 'head';

/** A near form found in a text. */
export interface NearForm {
  /** The phrase it is a near form of: a term's canonical form or an acronym's expansion. */
  kind: 'term' | 'expansion';
  /** Index of the term or acronym. */
  ref: number;
  /** The phrase as the table writes it (without a leading or trailing "the"). */
  canonical: string;
  /** The change. */
  change: NearChange;
  /** First token. */
  first: number;
  /** Last token (inclusive). */
  last: number;
  /** Start offset. */
  start: number;
  /** End offset, before a possessive on the last word. */
  end: number;
}

/** One word of a phrase, with what separates it from the word before. */
interface Item {
  /** Lower case, without a possessive. */
  word: string;
  /** Gap class before it: " ", "-" or "," (unused for the first). */
  gap: string;
  /** Written with a possessive. */
  possessive: boolean;
}

/** A phrase near forms are looked for: its words as items, and what changes it allows. */
interface Target {
  kind: 'term' | 'expansion';
  ref: number;
  canonical: string;
  items: Item[];
  /** Content words (not linking words). */
  contentWords: number;
  /** Joined by "and" with no preposition: its modifiers may be found in another order. */
  coordinated: boolean;
}

/** The gaps a near form may have between its words; "&" stands for a word. */
const INNER_GAPS = new Set([' ', '-', ',', '&']);

/** How a gap class reads in a replacement. */
const GAP_TEXT: Record<string, string> = { ' ': ' ', '-': '-', ',': ', ' };

/**
 * The phrases of a table, found by what a near form keeps of them. Every change but a swapped
 * head noun keeps the content words (in either number, in another order): a phrase is found by
 * their sorted singular forms. A swapped head noun keeps the others.
 *
 * The keys are made when the tables are compiled (`nearData`) and saved with them in the table
 * cache; a phrase's items are made only when a text comes near it, so a table of 10,000 terms
 * and acronyms costs a check nothing until one does.
 */
export interface NearData {
  /** Per phrase: a term's index, or an acronym's (its expansion) as -1 - index. */
  refs: Int32Array;
  /** Per phrase: its number of items (words, and "&"). */
  sizes: Int32Array;
  /** Words (singular) a near form may open with. */
  openers: string[];
  /** Keys of content words (`wordsKey`), ascending, each once. */
  wordKeys: Int32Array;
  /** Per key of `wordKeys`: the phrases with those content words. */
  byWords: PackedLists;
  /** Keys of content words but the head noun, ascending, each once. */
  headlessKeys: Int32Array;
  /** Per key of `headlessKeys`: the phrases whose head noun may be swapped. */
  byHeadless: PackedLists;
  /** The most words a near form may have: the longest phrase's, and one added. */
  longest: number;
}

/** What checks keep of a table's `NearData`, across texts. */
interface NearIndex {
  data: NearData;
  /** Per phrase of `data`: its items, once a text has come near it. */
  targets: (Target | undefined)[];
  /** `data.openers` as a set. */
  openers: Set<string>;
  /** What a text's word is to the index (`wordInfo`), kept across texts: words repeat. */
  seen: Map<string, WordInfo>;
  /** The same by the word's dictionary id, for the words of the tables: looked up without hashing a string. */
  byId: (WordInfo | undefined)[];
  /** A bit per `KEY_BITS` low bits of every key of `wordKeys` and `headlessKeys`: most keys a text makes are in neither, and a bit says so faster than a search. */
  keyBits: Uint8Array;
}

/** How many low bits of a key `keyBits` keeps (a megabit, 128 KB a table). */
const KEY_BITS = 20;

function hasKeyBit(bits: Uint8Array, key: number): boolean {
  const low = key & ((1 << KEY_BITS) - 1);
  return (bits[low >> 3] & (1 << (low & 7))) !== 0;
}

/** A text's word as the index sees it. */
interface WordInfo {
  /** Its `wordKey`. */
  share: number;
  /** Whether a near form may open with it. */
  opener: boolean;
}

/** Above this many remembered words, `seen` starts afresh, so a long editor session stays bounded. */
const SEEN_LIMIT = 1 << 16;

/** `wordInfo` of token k, by its dictionary id when the tokens' lexicon is the table's. */
function tokenInfo(index: NearIndex, ctx: Context, k: number): WordInfo {
  const t = ctx.tokens;
  const id = t.lexicon === ctx.compiled.lexicon ? t.id[k] : -1;
  if (id < 0) return wordInfo(index, t.lower[k]);
  return (index.byId[id] ??= wordInfo(index, t.lower[k]));
}

function wordInfo(index: NearIndex, word: string): WordInfo {
  let info = index.seen.get(word);
  if (info === undefined) {
    if (index.seen.size >= SEEN_LIMIT) index.seen.clear();
    info = { share: wordKey(word), opener: index.openers.has(singular(word)) };
    index.seen.set(word, info);
  }
  return info;
}

/** Keys are kept to 30 bits, which V8 holds as small integers: no number is boxed to look one up. */
const KEY_MASK = 0x3fffffff;

/**
 * A word's share of a phrase key: a hash of its singular form. A phrase's key is the sum of its
 * content words' shares, so it is the same in any order and grows word by word as a text is read
 * without building strings; a collision only costs a comparison that `oneChange` makes anyway.
 */
function wordKey(word: string): number {
  const w = singular(word);
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  return h & KEY_MASK;
}

/** The key of a list of content words. */
function wordsKey(words: string[]): number {
  let sum = 0;
  for (const w of words) sum = (sum + wordKey(w)) & KEY_MASK;
  return sum;
}

/**
 * Near-form indexes per compiled table. Kept beside the table rather than on it: `CompiledFacts`
 * (`match/`) knows nothing of the words this needs (`words.ts`), and the index goes with the table.
 */
const indexes = new WeakMap<CompiledFacts, NearIndex>();

function isLinking(word: string): boolean {
  return EXPANSION_FUNCTION_WORDS.has(word);
}

/** The word without a plural "s", for comparing number ("oceans", "ocean"). */
function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** A table phrase as items, without leading and trailing linking words, or undefined when near forms of it are not looked for. */
function targetOf(kind: Target['kind'], ref: number, phrase: string): Target | undefined {
  const keys = phraseKeys(phrase);
  const items: Item[] = [];
  const originals: string[] = [];
  for (let i = 0; i < keys.words.length; i++) {
    const gap = i === 0 ? ' ' : keys.gaps[i];
    if (!INNER_GAPS.has(gap)) return undefined;
    if (gap === '&') {
      items.push({ word: '&', gap: ' ', possessive: false });
      originals.push('&');
    }
    const word = keys.words[i];
    const content = !isLinking(word);
    // Content words must be capitalised, so a near form can be asked to be too.
    if (content && (keys.flags[i] & Tok.Cap) === 0) return undefined;
    items.push({ word, gap: gap === '&' ? ' ' : gap, possessive: (keys.flags[i] & Tok.Possessive) !== 0 });
    originals.push(keys.originals[i]);
  }
  let from = 0;
  let to = items.length;
  while (from < to && isLinking(items[from].word)) from++;
  while (to > from && isLinking(items[to - 1].word)) to--;
  const core = items.slice(from, to);
  const contentWords = core.filter((it) => !isLinking(it.word)).length;
  if (core.length < 3 || contentWords < 2) return undefined;
  let canonical = from === 0 && to === items.length ? phrase : '';
  if (canonical === '') for (let i = from; i < to; i++) canonical += (i === from ? '' : GAP_TEXT[items[i].gap]) + originals[i];
  const words = core.map((it) => it.word);
  const coordinated = words.some((w) => NAME_COORDINATORS.has(w)) && words.every((w) => !isLinking(w) || NAME_COORDINATORS.has(w));
  core[0] = { ...core[0], gap: ' ' };
  return { kind, ref, canonical, items: core, contentWords, coordinated };
}

/** The near-form index of a set of tables, for `compileFacts`. */
export function nearData(facts: Pick<Facts, 'terms' | 'acronyms'>): NearData {
  const targets: Target[] = [];
  facts.terms.forEach((t, i) => {
    const target = targetOf('term', i, t.canonical);
    if (target) targets.push(target);
  });
  facts.acronyms.forEach((a, i) => {
    const target = targetOf('expansion', i, a.expansion);
    if (target) targets.push(target);
  });
  const openers = new Set<string>();
  const byWords = new Map<number, number[]>();
  const byHeadless = new Map<number, number[]>();
  const add = (map: Map<number, number[]>, key: number, ti: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [ti]);
    else if (!list.includes(ti)) list.push(ti);
  };
  targets.forEach((t, ti) => {
    const content = t.items.map((it) => it.word).filter((w) => !isLinking(w));
    // In another order any content word may open the form; otherwise the first.
    for (const w of t.coordinated ? content : [t.items[0].word]) openers.add(singular(w));
    add(byWords, wordsKey(content), ti);
    const head = t.items[t.items.length - 1].word;
    if (t.contentWords >= 3 && INSTITUTION_HEADS.has(head)) add(byHeadless, wordsKey(content.slice(0, -1)), ti);
  });
  const sorted = (map: Map<number, number[]>) => Int32Array.from(map.keys()).sort();
  const wordKeys = sorted(byWords);
  const headlessKeys = sorted(byHeadless);
  return {
    refs: Int32Array.from(targets, (t) => (t.kind === 'term' ? t.ref : -1 - t.ref)),
    sizes: Int32Array.from(targets, (t) => t.items.length),
    openers: [...openers].sort(),
    wordKeys,
    byWords: packLists(Array.from(wordKeys, (k) => byWords.get(k))),
    headlessKeys,
    byHeadless: packLists(Array.from(headlessKeys, (k) => byHeadless.get(k))),
    longest: targets.reduce((most, t) => Math.max(most, t.items.length + 1), 0),
  };
}

function indexOf(compiled: CompiledFacts): NearIndex {
  let index = indexes.get(compiled);
  if (index) return index;
  const data = compiled.data.near;
  const keyBits = new Uint8Array(1 << (KEY_BITS - 3));
  for (const keys of [data.wordKeys, data.headlessKeys]) {
    for (const key of keys) {
      const low = key & ((1 << KEY_BITS) - 1);
      keyBits[low >> 3] |= 1 << (low & 7);
    }
  }
  index = { data, targets: new Array<Target | undefined>(data.refs.length), openers: new Set(data.openers), seen: new Map(), byId: new Array<WordInfo | undefined>(compiled.data.dictFlags.length), keyBits };
  indexes.set(compiled, index);
  return index;
}

/** The phrases filed under `key` in `keys` (ascending) and their `lists`. */
function phrasesAt(keys: Int32Array, lists: PackedLists, key: number): Int32Array | undefined {
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid] < key) lo = mid + 1;
    else if (keys[mid] > key) hi = mid - 1;
    else return lists.values.subarray(lists.starts[mid], lists.starts[mid + 1]);
  }
  return undefined;
}

/** Phrase `ti`'s items, made on first need from the table's text. */
function targetAt(index: NearIndex, compiled: CompiledFacts, ti: number): Target | undefined {
  let target = index.targets[ti];
  if (target === undefined) {
    const ref = index.data.refs[ti];
    target = ref >= 0 ? targetOf('term', ref, compiled.facts.terms[ref].canonical) : targetOf('expansion', -1 - ref, compiled.facts.acronyms[-1 - ref].expansion);
    index.targets[ti] = target;
  }
  return target;
}

/** The same word, as a name would write it: a possessive counts only where the name could not end. */
function sameWord(w: Item, t: Item, last: boolean): boolean {
  return w.word === t.word && (last || w.possessive === t.possessive);
}

/** Whether two item lists hold the same words (a multiset). */
function sameWords(a: Item[], b: Item[]): boolean {
  const words = a.map((it) => it.word).sort();
  const others = b.map((it) => it.word).sort();
  return words.every((w, i) => w === others[i]);
}

/** The one change that makes `w` from `t`, or undefined when there is none or more than one. */
function oneChange(w: Item[], t: Target): NearChange | undefined {
  const ti = t.items;
  const n = ti.length;
  if (w.length === n) {
    let diff = -1;
    let diffs = 0;
    let gapDiffs = 0;
    for (let i = 0; i < n; i++) {
      if (!sameWord(w[i], ti[i], i === n - 1)) {
        diffs++;
        diff = i;
      }
      if (i > 0 && w[i].gap !== ti[i].gap) gapDiffs++;
    }
    if (diffs === 0) return gapDiffs === 1 ? 'punctuation' : undefined;
    if (gapDiffs !== 0) return undefined;
    if (diffs === 1) {
      const a = w[diff].word;
      const b = ti[diff].word;
      if (isLinking(a) && isLinking(b)) return 'linking word';
      if (isLinking(a) || isLinking(b)) return undefined;
      if (diff < n - 1 && singular(a) === singular(b)) return 'number';
      if (diff === n - 1 && INSTITUTION_HEADS.has(a) && INSTITUTION_HEADS.has(b) && t.contentWords >= 3) return 'head';
      return undefined;
    }
    if (t.coordinated && w[n - 1].word === ti[n - 1].word && sameWords(w, ti)) {
      // Possessives inside are another change.
      for (let i = 0; i < n - 1; i++) if (w[i].possessive) return undefined;
      return 'order';
    }
    return undefined;
  }
  if (Math.abs(w.length - n) !== 1) return undefined;
  const [long, short] = w.length > n ? [w, ti] : [ti, w];
  for (let i = 1; i < long.length - 1; i++) {
    if (!isLinking(long[i].word) || long[i].gap !== ' ' || long[i + 1].gap !== ' ') continue;
    let same = true;
    for (let j = 0; j < short.length && same; j++) {
      const k = j < i ? j : j + 1;
      const lastWord = j === short.length - 1;
      same = (long === w ? sameWord(long[k], short[j], lastWord) : sameWord(short[j], long[k], lastWord)) && (j === 0 || long[k].gap === short[j].gap);
    }
    if (same) return 'linking word';
  }
  return undefined;
}

/** Whether a known form (of any kind, listed variants included) covers tokens first..last: the words are that form's. */
function known(ctx: Context, first: number, last: number): boolean {
  for (let j = first; j >= 0 && j >= first - 12; j--) {
    const ms: Match[] | undefined = ctx.startingAt.get(j);
    if (ms) for (const m of ms) if (m.last >= last) return true;
  }
  return false;
}

/**
 * The near forms in a text, sorted by start: at most one per span, a term's before an
 * expansion's when a phrase is both.
 */
export function findNearForms(ctx: Context): NearForm[] {
  const index = indexOf(ctx.compiled);
  const { sizes, wordKeys, byWords, headlessKeys, byHeadless, longest } = index.data;
  const found: NearForm[] = [];
  if (sizes.length === 0) return found;
  const t = ctx.tokens;
  const items: Item[] = [];
  // Token of each item (-1 for an "&"), filled as the words are read; items are made only for
  // words that some phrase may be near, which is rare.
  const tokenOf: number[] = [];
  const tries: [number, number][] = [];
  for (let k = 0; k < t.count; k++) {
    if ((t.flags[k] & Tok.Cap) === 0) continue;
    if (!tokenInfo(index, ctx, k).opener) continue;
    // Which phrases, at which lengths, the words from k on may be one change from, as far as the
    // longest phrase and one more word reach.
    tokenOf.length = 0;
    tries.length = 0;
    let key = 0;
    for (let j = k; j < t.count && tokenOf.length < longest; j++) {
      const gap = j === k ? ' ' : t.gap[j];
      if (j > k && (!INNER_GAPS.has(gap) || ctx.sentenceOf[j] !== ctx.sentenceOf[k])) break;
      const word = t.lower[j];
      const linking = isLinking(word);
      if (!linking && (t.flags[j] & Tok.Cap) === 0) break;
      if (gap === '&') tokenOf.push(-1);
      tokenOf.push(j);
      if (linking) continue;
      const size = tokenOf.length;
      const share = tokenInfo(index, ctx, j).share;
      key = (key + share) & KEY_MASK;
      if (size < 3) continue;
      if (hasKeyBit(index.keyBits, key)) for (const ti of phrasesAt(wordKeys, byWords, key) ?? []) {
        if (Math.abs(sizes[ti] - size) <= 1) tries.push([ti, size]);
      }
      const headless = (key - share) & KEY_MASK;
      if (INSTITUTION_HEADS.has(word) && hasKeyBit(index.keyBits, headless)) {
        for (const ti of phrasesAt(headlessKeys, byHeadless, headless) ?? []) if (sizes[ti] === size) tries.push([ti, size]);
      }
    }
    if (tries.length === 0) continue;
    items.length = 0;
    for (let i = 0; i < tokenOf.length; i++) {
      const j = tokenOf[i];
      if (j < 0) items.push({ word: '&', gap: ' ', possessive: false });
      else {
        const gap = j === k ? ' ' : t.gap[j];
        items.push({ word: t.lower[j], gap: gap === '&' ? ' ' : gap, possessive: (t.flags[j] & Tok.Possessive) !== 0 });
      }
    }
    if (tries.length === 0) continue;
    const rank = ([ti, size]: [number, number]) => ti * 4 + [1, 0, 2][size - sizes[ti] + 1];
    tries.sort((a, b) => rank(a) - rank(b));
    let best: NearForm | undefined;
    let previous = -1;
    for (const [ti, size] of tries) {
      if (rank([ti, size]) === previous) continue;
      previous = rank([ti, size]);
      const target = targetAt(index, ctx.compiled, ti);
      if (target === undefined) continue;
      const last = tokenOf[size - 1];
      if (last < 0 || isLinking(items[size - 1].word) || runsOn(ctx, last)) continue;
      const change = oneChange(items.slice(0, size), target);
      if (change === undefined) continue;
      // A body's name (and a swapped head noun) must be the whole name, not the end of a longer
      // one: "Kestria's Ministry for …" is Kestria's own ministry.
      if ((change === 'head' || target.kind === 'expansion') && k > 0 && t.gap[k] === ' ' && (t.flags[k - 1] & Tok.Cap) !== 0 && !isLinking(t.lower[k - 1])) continue;
      if (known(ctx, k, last)) continue;
      if (best && (best.kind === 'term' || target.kind === 'expansion')) continue;
      best = { kind: target.kind, ref: target.ref, canonical: target.canonical, change, first: k, last, start: t.start[k], end: t.baseEnd[last] };
    }
    if (best) {
      found.push(best);
      k = best.last;
    }
  }
  return found;
}

/** Whether the word after token `last` carries the name on: a capitalised word right after it. */
function runsOn(ctx: Context, last: number): boolean {
  const t = ctx.tokens;
  const next = last + 1;
  if (next >= t.count || (t.gap[next] !== ' ' && t.gap[next] !== '-')) return false;
  if (ctx.sentenceOf[next] !== ctx.sentenceOf[last]) return false;
  return (t.flags[last] & Tok.Possessive) === 0 && (t.flags[next] & Tok.Cap) !== 0;
}

/** Whether a near form covers tokens first..last and more: a listed wrong form inside it is part of the longer one. */
export function withinNearForm(forms: NearForm[], first: number, last: number): boolean {
  return forms.some((f) => f.first <= first && last <= f.last && f.last - f.first > last - first);
}
