/**
 * Compiles merged facts into the structures the matcher and rules need, once per
 * set of tables: a trie over the word keys of every surface form (names, aliases,
 * titles, acronyms, expansions, terms, milestones, countries), and small indexes
 * for near misses. Cost is linear in the size of the tables.
 */
import type { Facts, Person } from '../facts/model';
import { phraseKeys, Tok, type PhraseKeys } from '../text/tokenize';

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
}

/**
 * A trie node: children by edge key (see `edgeKey`), and the entries ending here. Most nodes of
 * a names trie have one child, kept inline; a Map is made only for a second one.
 */
export interface TrieNode {
  /** The key of the only child, while there is one. */
  key: string | undefined;
  /** The only child, while there is one. */
  child: TrieNode | undefined;
  /** All children, once there are two or more. */
  next: Map<string, TrieNode> | undefined;
  /** Forms that end at this node. */
  entries: Entry[] | undefined;
}

/** The key of an edge: the word alone after a single space (the common case, no string built), else gap + NUL + word. */
export function edgeKey(gap: string, word: string): string {
  return gap === ' ' ? word : gap + '\u0000' + word;
}

/** The child of a node along an edge key. */
export function childOf(node: TrieNode, key: string): TrieNode | undefined {
  if (node.next !== undefined) return node.next.get(key);
  return node.key === key ? node.child : undefined;
}

function newNode(): TrieNode {
  return { key: undefined, child: undefined, next: undefined, entries: undefined };
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

/** The facts, compiled for matching. Build with `compileFacts`, reuse for every text. */
export interface CompiledFacts {
  /** The merged facts. */
  facts: Facts;
  /** Trie root. */
  root: TrieNode;
  /** Title groups, referenced by title entries. */
  titles: TitleGroup[];
  /** Title group index by key. */
  titleByKey: Map<string, number>;
  /** Office index by id. */
  officeById: Map<string, number>;
  /** Country names (as written in tables), referenced by country entries. */
  countries: string[];
  /** Country index by lower-case name. */
  countryByKey: Map<string, number>;
  /** People holding each office over time: office index → [person, role] pairs. */
  holders: { person: number; role: number }[][];
  /** Near misses of acronyms: misspelt form → the acronyms it is one edit from, and how. */
  acronymNear: Map<string, NearMiss[]>;
  /** Acronym index by exact short form. */
  acronymByShort: Map<string, number>;
  /** Acronym indices by lower-case expansion key. */
  acronymByExpansion: Map<string, number>;
  /** Multi-word person forms. */
  nameForms: NameForm[];
  /**
   * Multi-word forms by one capitalised word and the first letter of its neighbour (the next
   * word, or for a last word the one before): key `word + ">" + letter` or `word + "<" + letter`
   * (see `nameWordKey`); values packed `form * 32 + position`. A common first name is shared by
   * thousands of forms; with the neighbour's initial the list is short.
   */
  nameWords: Map<string, number[]>;
  /** Every capitalised word of a multi-word form. */
  nameWordSet: Set<string>;
  /** How many people have each lower-case surname (last word of the canonical name). */
  surnameCount: Map<string, number>;
}

/** The `nameWords` key of a name word and its neighbour (`side` ">" for the next word, "<" for the one before). */
export function nameWordKey(word: string, side: '>' | '<', neighbour: string): string {
  return word + side + neighbour.charAt(0);
}

/** Joins phrase keys into one comparable string ("vice-minister for foreign affairs"). */
export function keyOf(k: PhraseKeys): string {
  let s = '';
  for (let i = 0; i < k.words.length; i++) s += (i === 0 ? '' : k.gaps[i]) + k.words[i];
  return s;
}

/** Lower-case key of a phrase. */
export function phraseKey(phrase: string): string {
  return keyOf(phraseKeys(phrase));
}

function insert(root: TrieNode, keys: PhraseKeys, entry: Entry): void {
  if (keys.words.length === 0) return;
  let node = root;
  for (let i = 0; i < keys.words.length; i++) {
    const k = i === 0 ? keys.words[0] : edgeKey(keys.gaps[i], keys.words[i]);
    let child = childOf(node, k);
    if (!child) {
      child = newNode();
      if (node.next !== undefined) node.next.set(k, child);
      else if (node.key === undefined && node !== root) {
        node.key = k;
        node.child = child;
      } else {
        node.next = new Map(node.key !== undefined && node.child ? [[node.key, node.child]] : []);
        node.key = undefined;
        node.child = undefined;
        node.next.set(k, child);
      }
    }
    node = child;
  }
  const list = node.entries ?? (node.entries = []);
  const same = list.find((e) => e.kind === entry.kind && e.ref === entry.ref && e.country === entry.country);
  if (!same) {
    list.push(entry);
    return;
  }
  // The same words written with other capitals ("15th Annual Summit", "15th annual summit"):
  // a capital is required only where every form has one.
  if (same.caseMode === CaseMode.Proper && entry.caseMode === CaseMode.Proper) same.caps &= entry.caps;
}

function entryOf(kind: EntryKind, ref: number, caseMode: CaseMode, surface: string, keys: PhraseKeys, extra?: Partial<Entry>): Entry {
  let caps = 0;
  for (let i = 0; i < keys.flags.length && i < 31; i++) if ((keys.flags[i] & Tok.Cap) !== 0) caps |= 1 << i;
  const possessiveEnd = keys.flags.length > 0 && (keys.flags[keys.flags.length - 1] & Tok.Possessive) !== 0;
  return { kind, ref, caseMode, surface, words: keys.words.length, caps, possessiveEnd, ...extra };
}

/** Builds the compiled form of merged facts. */
export function compileFacts(facts: Facts): CompiledFacts {
  const root = newNode();
  root.next = new Map();
  const titles: TitleGroup[] = [];
  const titleByKey = new Map<string, number>();
  const officeById = new Map<string, number>();
  const countries: string[] = [];
  const countryByKey = new Map<string, number>();
  const holders: { person: number; role: number }[][] = facts.offices.map(() => []);

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
  countries.forEach((c, i) => {
    const keys = phraseKeys(c);
    insert(root, keys, entryOf('country', i, CaseMode.Proper, c, keys));
  });

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
  const addTitleForms = (title: string, group: number, country: string | undefined) => {
    const keys = phraseKeys(title);
    insert(root, keys, entryOf('title', group, CaseMode.Any, title, keys, { base: title }));
    if (!country) return;
    for (const form of countryForms(title, country)) {
      const k = phraseKeys(form);
      insert(root, k, entryOf('title', group, CaseMode.Any, form, k, { country, base: title }));
    }
  };

  facts.offices.forEach((o, i) => {
    for (const t of [o.title, ...o.aliases]) {
      const g = titleGroup(t);
      if (!titles[g].offices.includes(i)) titles[g].offices.push(i);
      addTitleForms(t, g, o.country);
    }
  });

  const nameForms: NameForm[] = [];
  const nameWords = new Map<string, number[]>();
  const nameWordSet = new Set<string>();
  const surnameCount = new Map<string, number>();
  facts.people.forEach((p, pi) => {
    p.roles.forEach((r, ri) => {
      if (r.office !== undefined) {
        const oi = officeById.get(r.office);
        if (oi !== undefined) holders[oi].push({ person: pi, role: ri });
      } else if (r.title !== undefined) {
        const g = titleGroup(r.title);
        titles[g].oneOff.push({ person: pi, role: ri });
        addTitleForms(r.title, g, r.country);
      }
    });
    const canon = phraseKeys(p.name);
    for (const form of personForms(p)) {
      const keys = form === p.name ? canon : phraseKeys(form);
      insert(root, keys, entryOf('person', pi, CaseMode.Proper, form, keys));
      if (keys.words.length >= 2) {
        let caps = 0;
        keys.flags.forEach((f, i) => {
          if ((f & Tok.Cap) !== 0 && i < 31) caps |= 1 << i;
        });
        const formIndex = nameForms.length;
        nameForms.push({ person: pi, words: keys.words, gaps: keys.gaps, caps });
        const n = keys.words.length;
        keys.words.forEach((w, at) => {
          if (w.length < 2 || (caps & (1 << at)) === 0 || at >= 32) return;
          nameWordSet.add(w);
          const key = at < n - 1 ? nameWordKey(w, '>', keys.words[at + 1]) : nameWordKey(w, '<', keys.words[at - 1]);
          const list = nameWords.get(key);
          if (list) list.push(formIndex * 32 + at);
          else nameWords.set(key, [formIndex * 32 + at]);
        });
      }
    }
    // The surname alone, derived, for people whose table lists no single-word alias.
    if (canon.words.length >= 2) {
      const last = canon.words.length - 1;
      surnameCount.set(canon.words[last], (surnameCount.get(canon.words[last]) ?? 0) + 1);
      const keys: PhraseKeys = { words: [canon.words[last]], gaps: [' '], flags: [canon.flags[last]], originals: [canon.originals[last]] };
      insert(root, keys, entryOf('surname', pi, CaseMode.Proper, canon.originals[last], keys));
    }
  });

  const acronymByShort = new Map<string, number>();
  const acronymByExpansion = new Map<string, number>();
  facts.acronyms.forEach((a, i) => {
    acronymByShort.set(a.short, i);
    const sk = phraseKeys(a.short);
    insert(root, sk, entryOf('acronym', i, CaseMode.Exact, a.short, sk));
    const ek = phraseKeys(a.expansion);
    acronymByExpansion.set(keyOf(ek), i);
    insert(root, ek, entryOf('expansion', i, CaseMode.Any, a.expansion, ek));
    for (const v of a.variants) {
      const vk = phraseKeys(v);
      if (isAcronymShape(v)) insert(root, vk, entryOf('acronym-variant', i, CaseMode.Exact, v, vk));
      else insert(root, vk, entryOf('expansion-variant', i, CaseMode.Any, v, vk));
    }
  });
  const acronymNear = buildAcronymNear(facts.acronyms.map((a) => a.short), new Set(facts.acronyms.flatMap((a) => a.variants)));

  facts.terms.forEach((t, i) => {
    const ck = phraseKeys(t.canonical);
    insert(root, ck, entryOf('term', i, CaseMode.Any, t.canonical, ck));
    for (const v of t.variants) {
      const vk = phraseKeys(v);
      insert(root, vk, entryOf('term-variant', i, CaseMode.Any, v, vk));
    }
  });

  facts.milestones.forEach((m, i) => {
    for (const form of [m.name, ...m.aliases]) {
      const k = phraseKeys(form);
      insert(root, k, entryOf('milestone', i, CaseMode.Proper, form, k));
    }
  });

  return { facts, root, titles, titleByKey, officeById, countries, countryByKey, holders, acronymNear, acronymByShort, acronymByExpansion, nameForms, nameWords, nameWordSet, surnameCount };
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
