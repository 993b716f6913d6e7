/**
 * Compiles merged facts into the structures the matcher and rules need, once per
 * set of tables: a trie over the word keys of every surface form (names, aliases,
 * titles, acronyms, expansions, terms, milestones, countries), and small indexes
 * for near misses. Cost is linear in the size of the tables.
 */
import type { Facts, Person } from '../facts/model';
import { nearData } from '../rules/shared/near-forms';
import { EXPANSION_FUNCTION_WORDS, TITLE_SYNONYMS } from '../rules/shared/words';
import { keyOf, phraseKey, phraseKeys, Tok, type PhraseKeys } from '../text/tokenize';
import { CompiledFacts, ENTRY_KINDS, NAME_WORD, NEAR_EDITS, nameSide, packDate, type CompiledData } from './compiled';
import { IntList, packLists, PairTable, TextList } from './packed';

export { CompiledFacts } from './compiled';

/** What a surface form names. */
export type EntryKind =
  | 'person'
  | 'surname'
  | 'title'
  | 'country'
  | 'acronym'
  | 'acronym-variant'
  | 'expansion'
  | 'expansion-variant'
  | 'term'
  | 'term-variant'
  | 'milestone';

/** How letter case must agree between a form and the text. */
export const enum CaseMode {
  /** Any case. */
  Any = 0,
  /** Words capitalised in the form must be capitalised in the text. */
  Proper = 1,
  /** Exactly as written. */
  Exact = 2,
}

/** One surface form in the trie. */
export interface Entry {
  /** What it names. */
  kind: EntryKind;
  /** Index into the facts list of its kind (people, offices' title groups, acronyms, terms, milestones, countries). */
  ref: number;
  /** Case agreement required. */
  caseMode: CaseMode;
  /** The form as written in the table. */
  surface: string;
  /** Number of words of the form. */
  words: number;
  /** Bit i set when word i is capitalised in every form of this entry (for `CaseMode.Proper`; words past 30 are free). */
  caps: number;
  /** The form ends in a possessive ("Japan's"), which is then part of the match. */
  possessiveEnd: boolean;
  /** For titles: the country the form names ("Japan's Foreign Minister"), if any. */
  country?: string;
  /** For titles: the title as the table writes it, without the country ("Foreign Minister"). */
  base?: string;
  /** For `CaseMode.Exact` forms of several words: each word as written, made by the matcher when it first compares one. */
  originals?: string[];
}

/** The key of an edge: the word alone after a single space (the common case, no string built), else gap + NUL + word. */
export function edgeKey(gap: string, word: string): string {
  return gap === ' ' ? word : gap + '\u0000' + word;
}

/** A multi-word form of a person's name. */
export interface NameForm {
  /** Person index. */
  person: number;
  /** Lower-case words of the form. */
  words: string[];
  /** Gap class before each word (the first is unused). */
  gaps: string[];
  /** Bit i set when word i is capitalised in the form ("von" and "der" are not). */
  caps: number;
}

/** How a misspelt acronym differs from the real one. */
export interface NearMiss {
  /** Acronym index. */
  ref: number;
  /** Two adjacent letters swapped, a letter dropped, or a letter doubled. */
  edit: 'swap' | 'drop' | 'double';
}

/** A title as written (lower-cased key) and who it may mean. */
export interface TitleGroup {
  /** Normalised title key. */
  key: string;
  /** Offices that carry this title or alias. */
  offices: number[];
  /** One-off role titles: person index and role index. */
  oneOff: { person: number; role: number }[];
}

/** Bit i set when word i of a phrase is capitalised (words past 30 are free). */
function capsOf(keys: PhraseKeys): number {
  let caps = 0;
  for (let i = 0; i < keys.flags.length && i < 31; i++) if ((keys.flags[i] & Tok.Cap) !== 0) caps |= 1 << i;
  return caps;
}

/** Collects the compiled structures while the facts are walked once. */
class Builder {
  readonly dict = new Map<string, number>();
  private readonly strings = new Map<string, number>();
  /** All strings by id. */
  readonly stringList: string[] = [];
  readonly edges = new PairTable();
  /** Gap classes other than " " before some edge's word. */
  readonly edgeGaps = new Set<string>();
  private nodes = 1;
  private readonly withChildren = new IntList();
  private readonly nodeEntries: (number[] | undefined)[] = [];
  readonly kind = new IntList();
  readonly caseMode = new IntList();
  readonly possessive = new IntList();
  readonly words = new IntList();
  readonly ref = new IntList();
  readonly caps = new IntList();
  readonly surface = new IntList();
  readonly country = new IntList();
  readonly base = new IntList();

  /** The dict id of a string, added if new. */
  dictId(s: string): number {
    let id = this.dict.get(s);
    if (id === undefined) this.dict.set(s, (id = this.dict.size));
    return id;
  }

  /** The `strings` id of a string, added if new. */
  stringId(s: string): number {
    let id = this.strings.get(s);
    if (id === undefined) {
      id = this.stringList.length;
      this.strings.set(s, id);
      this.stringList.push(s);
    }
    return id;
  }

  /** The `strings` id of a string that is rarely repeated (a surface form), added without looking for it. */
  appendString(s: string): number {
    this.stringList.push(s);
    return this.stringList.length - 1;
  }

  /** Adds a form to the trie. */
  insert(keys: PhraseKeys, kind: EntryKind, ref: number, caseMode: CaseMode, surface: string, extra?: { country?: string; base?: string }): void {
    const n = keys.words.length;
    if (n === 0) return;
    let node = 0;
    for (let i = 0; i < n; i++) {
      if (i > 0 && keys.gaps[i] !== ' ') this.edgeGaps.add(keys.gaps[i]);
      const sym = this.dictId(i === 0 ? keys.words[0] : edgeKey(keys.gaps[i], keys.words[i]));
      let child = this.edges.get(node, sym);
      if (child < 0) {
        child = this.nodes++;
        this.edges.set(node, sym, child);
        this.withChildren.push(node);
      }
      node = child;
    }
    const caps = capsOf(keys);
    const kindId = ENTRY_KINDS.indexOf(kind);
    const country = extra?.country === undefined ? -1 : this.stringId(extra.country);
    const list = this.nodeEntries[node] ?? (this.nodeEntries[node] = []);
    const same = list.find((e) => this.kind.get(e) === kindId && this.ref.get(e) === ref && this.country.get(e) === country);
    if (same !== undefined) {
      // The same words written with other capitals ("15th Annual Summit", "15th annual summit"):
      // a capital is required only where every form has one.
      if (this.caseMode.get(same) === CaseMode.Proper && caseMode === CaseMode.Proper) this.caps.set(same, this.caps.get(same) & caps);
      return;
    }
    list.push(this.kind.length);
    this.kind.push(kindId);
    this.caseMode.push(caseMode);
    this.possessive.push((keys.flags[n - 1] & Tok.Possessive) !== 0 ? 1 : 0);
    this.words.push(n);
    this.ref.push(ref);
    this.caps.push(caps);
    this.surface.push(this.appendString(surface));
    this.country.push(country);
    this.base.push(extra?.base === undefined ? -1 : this.stringId(extra.base));
  }

  /** The trie's arrays. */
  trie(): Pick<CompiledData, 'edges' | 'nodeHasChildren' | 'nodeEntries' | 'entryKind' | 'entryCase' | 'entryPossessive' | 'entryWords' | 'entryRef' | 'entryCaps' | 'entrySurface' | 'entryCountry' | 'entryBase'> {
    const nodeHasChildren = new Uint8Array(this.nodes);
    for (let i = 0; i < this.withChildren.length; i++) nodeHasChildren[this.withChildren.get(i)] = 1;
    this.nodeEntries.length = this.nodes;
    return {
      edges: { slots: this.edges.slots, size: this.edges.size },
      nodeHasChildren,
      nodeEntries: packLists(this.nodeEntries),
      entryKind: Uint8Array.from(this.kind.toArray()),
      entryCase: Uint8Array.from(this.caseMode.toArray()),
      entryPossessive: Uint8Array.from(this.possessive.toArray()),
      entryWords: this.words.toArray(),
      entryRef: this.ref.toArray(),
      entryCaps: this.caps.toArray(),
      entrySurface: this.surface.toArray(),
      entryCountry: this.country.toArray(),
      entryBase: this.base.toArray(),
    };
  }
}

/** Builds the compiled form of merged facts. */
export function compileFacts(facts: Facts): CompiledFacts {
  const b = new Builder();
  const titles: TitleGroup[] = [];
  const titleByKey = new Map<string, number>();
  const officeById = new Map<string, number>();
  const countries: string[] = [];
  const countryByKey = new Map<string, number>();
  const holders: number[][] = facts.offices.map(() => []);

  const addCountry = (c: string | undefined) => {
    if (!c) return;
    const k = phraseKey(c);
    if (countryByKey.has(k)) return;
    countryByKey.set(k, countries.length);
    countries.push(c);
  };
  facts.offices.forEach((o, i) => {
    officeById.set(o.id, i);
    addCountry(o.country);
  });
  facts.people.forEach((p) => p.roles.forEach((r) => addCountry(r.country)));
  countries.forEach((c, i) => b.insert(phraseKeys(c), 'country', i, CaseMode.Proper, c));

  const titleGroup = (title: string): number => {
    const key = phraseKey(title);
    let g = titleByKey.get(key);
    if (g === undefined) {
      g = titles.length;
      titles.push({ key, offices: [], oneOff: [] });
      titleByKey.set(key, g);
    }
    return g;
  };
  const addTitleForms = (title: string, group: number, country: string | undefined, bare = true) => {
    if (bare) b.insert(phraseKeys(title), 'title', group, CaseMode.Any, title, { base: title });
    if (!country) return;
    for (const form of countryForms(title, country)) b.insert(phraseKeys(form), 'title', group, CaseMode.Any, form, { country, base: title });
  };

  facts.offices.forEach((o, i) => {
    for (const t of [o.title, ...o.aliases]) {
      const g = titleGroup(t);
      if (!titles[g].offices.includes(i)) titles[g].offices.push(i);
      addTitleForms(t, g, o.country);
    }
  });
  // Other wordings of the same office ("Premier" for "Prime Minister"), where no table uses them as a title.
  const explicit = new Set(titleByKey.keys());
  facts.offices.forEach((o, i) => {
    for (const t of [o.title, ...o.aliases]) {
      for (const form of synonymForms(t)) {
        if (explicit.has(phraseKey(form))) continue;
        const g = titleGroup(form);
        if (titles[g].offices.includes(i)) continue;
        titles[g].offices.push(i);
        // A one-word synonym alone may be another office ("a state's premier"): only with its country.
        addTitleForms(form, g, o.country, form.includes(' '));
      }
    }
  });

  const formPerson = new IntList();
  const formCaps = new IntList();
  const formWords: number[][] = [];
  const formGaps: number[] = [];
  const nameWords = new Map<number, number[]>();
  const nameWordIds = new Set<number>();
  const surnames = new Map<number, number>();
  const personSurname = new Int32Array(facts.people.length).fill(-1);
  const personSurnameOriginal = new Int32Array(facts.people.length).fill(-1);
  const personGiven = new Int32Array(facts.people.length).fill(-1);
  facts.people.forEach((p, pi) => {
    const space = p.name.indexOf(' ');
    if (space > 0) personGiven[pi] = b.stringId(p.name.slice(0, space).toLowerCase());
    p.roles.forEach((r, ri) => {
      if (r.office !== undefined) {
        const oi = officeById.get(r.office);
        if (oi !== undefined) holders[oi].push(pi, ri, packDate(r.from), packDate(r.to));
      } else if (r.title !== undefined) {
        const g = titleGroup(r.title);
        titles[g].oneOff.push({ person: pi, role: ri });
        addTitleForms(r.title, g, r.country);
      }
    });
    const canon = phraseKeys(p.name);
    for (const form of personForms(p)) {
      const keys = form === p.name ? canon : phraseKeys(form);
      b.insert(keys, 'person', pi, CaseMode.Proper, form);
      const n = keys.words.length;
      if (n < 2) continue;
      const caps = capsOf(keys);
      const formIndex = formPerson.length;
      formPerson.push(pi);
      formCaps.push(caps);
      formWords.push(keys.words.map((w) => b.stringId(w)));
      for (const g of keys.gaps) formGaps.push(b.stringId(g));
      for (let at = 0; at < n && at < 32; at++) {
        const w = keys.words[at];
        if (w.length < 2 || (caps & (1 << at)) === 0) continue;
        const id = b.dictId(w);
        nameWordIds.add(id);
        const key = id * 0x40000 + (at < n - 1 ? nameSide('>', keys.words[at + 1]) : nameSide('<', keys.words[at - 1]));
        const list = nameWords.get(key);
        if (list) list.push(formIndex * 32 + at);
        else nameWords.set(key, [formIndex * 32 + at]);
      }
    }
    // The surname alone, derived, for people whose table lists no single-word alias.
    if (canon.words.length >= 2) {
      const last = canon.words.length - 1;
      personSurname[pi] = b.stringId(canon.words[last]);
      personSurnameOriginal[pi] = b.stringId(canon.originals[last]);
      const id = b.dictId(canon.words[last]);
      surnames.set(id, (surnames.get(id) ?? 0) + 1);
      const keys: PhraseKeys = { words: [canon.words[last]], gaps: [' '], flags: [canon.flags[last]], originals: [canon.originals[last]] };
      b.insert(keys, 'surname', pi, CaseMode.Proper, canon.originals[last]);
    }
  });

  const expansionKeys: string[] = [];
  facts.acronyms.forEach((a, i) => {
    b.insert(phraseKeys(a.short), 'acronym', i, CaseMode.Exact, a.short);
    const ek = phraseKeys(a.expansion);
    expansionKeys.push(keyOf(ek));
    b.insert(ek, 'expansion', i, CaseMode.Any, a.expansion);
    for (const v of a.variants) b.insert(phraseKeys(v), isAcronymShape(v) ? 'acronym-variant' : 'expansion-variant', i, isAcronymShape(v) ? CaseMode.Exact : CaseMode.Any, v);
  });

  facts.terms.forEach((t, i) => {
    b.insert(phraseKeys(t.canonical), 'term', i, CaseMode.Any, t.canonical);
    for (const v of t.variants) b.insert(phraseKeys(v), 'term-variant', i, CaseMode.Any, v);
  });

  facts.milestones.forEach((m, i) => {
    for (const form of [m.name, ...m.aliases]) b.insert(phraseKeys(form), 'milestone', i, CaseMode.Proper, form);
  });

  // The name index: built last, so every word has its dict id.
  const nameKeys = new PairTable();
  const nameLists: number[][] = [];
  for (const [key, list] of nameWords) {
    nameKeys.set(Math.floor(key / 0x40000), key % 0x40000, nameLists.length);
    nameLists.push(list);
  }
  const dictFlags = new Uint8Array(b.dict.size);
  for (const id of nameWordIds) dictFlags[id] |= NAME_WORD;
  const surnameCounts = new Int32Array(b.dict.size);
  for (const [id, n] of surnames) surnameCounts[id] = n;
  const near = buildAcronymNear(facts.acronyms.map((a) => a.short), new Set(facts.acronyms.flatMap((a) => a.variants)));
  const nearKeys = [...near.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

  const data: CompiledData = {
    ...b.trie(),
    dict: [...b.dict.keys()],
    edgeGaps: [...b.edgeGaps],
    strings: TextList.of(b.stringList),
    formPerson: formPerson.toArray(),
    formCaps: formCaps.toArray(),
    formWords: packLists(formWords),
    formGaps: Int32Array.from(formGaps),
    nameKeys: { slots: nameKeys.slots, size: nameKeys.size },
    nameLists: packLists(nameLists),
    dictFlags,
    surnameCounts,
    holders: packLists(holders),
    personSurname,
    personSurnameOriginal,
    personGiven,
    titles,
    countries,
    countryKeys: [...countryByKey.keys()],
    officeIds: facts.offices.map((o) => o.id),
    acronymShorts: facts.acronyms.map((a) => a.short),
    expansionKeys,
    // Sorted by code unit, for `CompiledFacts.nearMissesOf`'s binary search.
    acronymNearKeys: nearKeys,
    acronymNear: packLists(nearKeys.map((k) => near.get(k)!.map((n) => n.ref * 4 + NEAR_EDITS.indexOf(n.edit)))),
    near: nearData(facts),
  };
  return new CompiledFacts(facts, data);
}

/** A string written like an acronym: no spaces, no lower-case letters, at least two letters. */
export function isAcronymShape(s: string): boolean {
  return /^[\p{Lu}\p{N}&.-]+$/u.test(s) && /\p{Lu}.*\p{Lu}/u.test(s);
}

/** "Japan's Foreign Minister", "Foreign Minister of Japan", "Special Advisor to Japan's Prime Minister". */
function countryForms(title: string, country: string): string[] {
  const forms = [`${country}'s ${title}`, `${title} of ${country}`];
  const the = /\bthe\s+/i.exec(title);
  if (the) forms.push(title.slice(0, the.index) + `${country}'s ` + title.slice(the.index + the[0].length));
  return forms;
}

/** The forms under which a person is recognised: name, aliases, and initials without their period. */
function personForms(p: Person): string[] {
  const forms = new Set<string>([p.name, ...p.aliases]);
  for (const f of [...forms]) {
    // "S. Jaishankar" is also written "S Jaishankar".
    const bare = f.replace(/\b(\p{Lu})\.(?=\s)/gu, '$1');
    if (bare !== f) forms.add(bare);
  }
  return [...forms];
}

/** Near misses of each acronym: adjacent letters swapped, one letter dropped, one letter doubled. */
function buildAcronymNear(shorts: string[], variants: Set<string>): Map<string, NearMiss[]> {
  const known = new Set(shorts);
  const near = new Map<string, NearMiss[]>();
  const add = (s: string, ref: number, edit: NearMiss['edit']) => {
    if (known.has(s) || variants.has(s) || s.length < 3) return;
    const list = near.get(s);
    if (!list) near.set(s, [{ ref, edit }]);
    else if (!list.some((n) => n.ref === ref)) list.push({ ref, edit });
  };
  shorts.forEach((a, i) => {
    if (!/^\p{Lu}+$/u.test(a) || a.length < 3) return;
    for (let k = 0; k + 1 < a.length; k++) {
      if (a[k] !== a[k + 1]) add(a.slice(0, k) + a[k + 1] + a[k] + a.slice(k + 2), i, 'swap');
    }
    for (let k = 0; k < a.length; k++) {
      add(a.slice(0, k) + a.slice(k + 1), i, 'drop');
      add(a.slice(0, k) + a[k] + a.slice(k), i, 'double');
    }
  });
  return near;
}

/** A title's other wordings by `TITLE_SYNONYMS`, each pair's side replaced by the other where it stands as whole words, in the title's own capitals. */
function synonymForms(title: string): string[] {
  const out: string[] = [];
  for (const [a, b] of TITLE_SYNONYMS) {
    for (const [from, to] of [[a, b], [b, a]]) {
      const at = new RegExp(`(?<![\\p{L}\\p{N}])${from.replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'iu').exec(title);
      if (!at) continue;
      // "Minister of Defence" → "Minister for Defence": capitals where the replaced words had them, linking words as they were.
      const capital = /^\p{Lu}/u.test(at[0]);
      const words = to.split(' ').map((w) => (capital && !EXPANSION_FUNCTION_WORDS.has(w) ? w[0].toUpperCase() + w.slice(1) : w));
      out.push(title.slice(0, at.index) + words.join(' ') + title.slice(at.index + at[0].length));
    }
  }
  return out;
}
