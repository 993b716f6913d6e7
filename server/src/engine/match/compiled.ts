/**
 * The compiled facts as the matcher and rules read them. Everything that grows with the number
 * of people (trie, entries, name forms, the name index, office holders) lives in typed arrays
 * and string lists (`CompiledData`), so a compiled table takes a few bytes per form, and it can
 * be saved and restored as a handful of buffers (see `serialize.ts`). Objects that rules want
 * (an `Entry`, a `NameForm`, a holder list) are made on first use and kept.
 */
import type { Facts, PartialDate, SourceRef } from '../facts/model';
import type { CaseMode, Entry, EntryKind, NameForm, NearMiss, TitleGroup } from './compile';
import type { NearData } from '../rules/shared/near-forms';
import { Lexicon } from '../text/lexicon';
import { PairTable, type PackedLists, type TextList } from './packed';

/** Entry kinds by their number in `CompiledData.entryKind`. */
export const ENTRY_KINDS: readonly EntryKind[] = [
  'person',
  'surname',
  'title',
  'country',
  'acronym',
  'acronym-variant',
  'expansion',
  'expansion-variant',
  'term',
  'term-variant',
  'milestone',
];

/** Near-miss edits by their number in `CompiledData.acronymNear`. */
export const NEAR_EDITS: readonly NearMiss['edit'][] = ['swap', 'drop', 'double'];

/** A holder of an office: person index and role index, and the role's dates (read without the person). */
export interface Holder {
  /** Person index. */
  person: number;
  /** Role index within the person. */
  role: number;
  /** First day held, as the role says. */
  from?: PartialDate;
  /** Last day held, as the role says. */
  to?: PartialDate;
}

/** A partial date as one integer (`year * 512 + month * 32 + day`, 0 for an unknown month or day), or -1 for none. */
export function packDate(d: PartialDate | undefined): number {
  return d === undefined ? -1 : d.year * 512 + (d.month ?? 0) * 32 + (d.day ?? 0);
}

function unpackDate(n: number): PartialDate | undefined {
  if (n < 0) return undefined;
  const d: PartialDate = { year: Math.floor(n / 512) };
  if ((n & 511) >> 5 !== 0) d.month = (n & 511) >> 5;
  if ((n & 31) !== 0) d.day = n & 31;
  return d;
}

/** Flag in `CompiledData.dictFlags`: the word is a capitalised word of a multi-word person form. */
export const NAME_WORD = 1;

/** Everything a compiled table holds besides the facts, in a form that serialises as buffers and JSON. */
export interface CompiledData {
  /** Strings looked up by text: trie edge keys (see `edgeKey`) and name words. Ids are indices. */
  dict: string[];
  /** The gap classes other than " " that some trie edge has (see `edgeKey`). */
  edgeGaps: string[];
  /** Other strings (surfaces, countries, base titles, name-form words and gaps), by index. */
  strings: TextList;
  /** Trie edges: (node, dict id) → child node. The root is node 0. */
  edges: { slots: Int32Array; size: number };
  /** Per node, 1 when it has children. */
  nodeHasChildren: Uint8Array;
  /** Entries ending at each node: `entry` indices. */
  nodeEntries: PackedLists;
  /** Per entry: index into `ENTRY_KINDS`. */
  entryKind: Uint8Array;
  /** Per entry: its `CaseMode`. */
  entryCase: Uint8Array;
  /** Per entry: 1 when the form ends in a possessive. */
  entryPossessive: Uint8Array;
  /** Per entry: number of words. */
  entryWords: Int32Array;
  /** Per entry: index into its facts list. */
  entryRef: Int32Array;
  /** Per entry: capitals bit set. */
  entryCaps: Int32Array;
  /** Per entry: `strings` index of the surface. */
  entrySurface: Int32Array;
  /** Per entry: `strings` index of the country, or -1. */
  entryCountry: Int32Array;
  /** Per entry: `strings` index of the base title, or -1. */
  entryBase: Int32Array;
  /** Per name form: person index. */
  formPerson: Int32Array;
  /** Per name form: capitals bit set. */
  formCaps: Int32Array;
  /** Per name form: `strings` indices of its lower-case words. */
  formWords: PackedLists;
  /** Parallel to `formWords.values`: `strings` indices of the gap before each word. */
  formGaps: Int32Array;
  /** Name index: (dict id of a word, side and neighbour's first letter, see `nameSide`) → `nameLists` index. */
  nameKeys: { slots: Int32Array; size: number };
  /** Name index lists: `form * 32 + position`. */
  nameLists: PackedLists;
  /** Per dict id: `NAME_WORD` flags. */
  dictFlags: Uint8Array;
  /** Per dict id: how many people have it as their surname (last word of the canonical name). */
  surnameCounts: Int32Array;
  /** Office holders over time: per office, (person, role, from, to) quadruples, dates as `packDate`. */
  holders: PackedLists;
  /** Per person: `strings` index of the lower-case surname (last word of a name of two or more words), or -1. */
  personSurname: Int32Array;
  /** Per person: `strings` index of the surname as the table writes it, or -1. */
  personSurnameOriginal: Int32Array;
  /** Per person: `strings` index of the first word of the name (up to its first space), lower case, or -1 for a name of one word. */
  personGiven: Int32Array;
  /** Title groups. */
  titles: TitleGroup[];
  /** Country names as written in tables. */
  countries: string[];
  /** Lower-case key of each country. */
  countryKeys: string[];
  /** Office ids, by office index. */
  officeIds: string[];
  /** Acronyms' short forms, by acronym index. */
  acronymShorts: string[];
  /** Lower-case key of each acronym's expansion. */
  expansionKeys: string[];
  /** Acronym misspellings that are one edit from a real acronym, sorted by UTF-16 code unit. */
  acronymNearKeys: string[];
  /** Per misspelling, `ref * 4 + edit` (index into `NEAR_EDITS`). */
  acronymNear: PackedLists;
  /** Near forms of terms and expansions: the index, by content words (`rules/shared/near-forms.ts`). */
  near: NearData;
}

/** The second half of a name-index key: which neighbour (0 next, 1 before) and its first UTF-16 unit. */
export function nameSide(side: '>' | '<', neighbour: string): number {
  const code = neighbour.length === 0 ? 0x10000 : neighbour.charCodeAt(0);
  return (side === '>' ? 0 : 0x20000) | code;
}

/** How many entries each list of the facts has. */
export type FactCounts = Record<'offices' | 'people' | 'acronyms' | 'terms' | 'milestones', number>;

/** Each string's index in `values` (the first, where one is there twice). */
function indexByValue(values: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  values.forEach((v, i) => {
    if (!map.has(v)) map.set(v, i);
  });
  return map;
}

/** The facts, compiled for matching. Build with `compileFacts` (or restore from a cache), reuse for every text. */
export class CompiledFacts {
  /** How many entries each list of `facts` has, known without reading a restored list. */
  readonly counts: FactCounts;
  private readonly dictIds: Map<string, number>;
  private readonly edgeGaps: Set<string>;
  private readonly edges: PairTable;
  private readonly names: PairTable;
  // Sized up front: filled at scattered indices, a growing array would turn into a slow dictionary.
  private readonly entryObjects: (Entry | undefined)[];
  private readonly nodeEntryLists: (Entry[] | undefined)[];
  private readonly formObjects: (NameForm | undefined)[];
  private readonly holderLists: (Holder[] | undefined)[];
  private readonly holdersByGiven: (Map<string, Holder[]> | undefined)[];
  /** Interned token keys with their dict ids, shared by every text checked against this table. */
  readonly lexicon: Lexicon;

  constructor(
    /** The merged facts. */
    readonly facts: Facts,
    /** The compiled structures. */
    readonly data: CompiledData,
    /** The lists' lengths, when `facts` are restored lazily; else read from `facts`. */
    counts?: FactCounts,
  ) {
    this.counts = counts ?? { offices: facts.offices.length, people: facts.people.length, acronyms: facts.acronyms.length, terms: facts.terms.length, milestones: facts.milestones.length };
    const d = data;
    this.entryObjects = new Array(d.entryKind.length);
    this.nodeEntryLists = new Array(d.nodeHasChildren.length);
    this.formObjects = new Array(d.formPerson.length);
    this.holderLists = new Array(d.officeIds.length);
    this.holdersByGiven = new Array(d.officeIds.length);
    this.dictIds = new Map();
    for (let i = 0; i < d.dict.length; i++) this.dictIds.set(d.dict[i], i);
    this.edges = new PairTable(d.edges);
    this.edgeGaps = new Set(d.edgeGaps);
    this.names = new PairTable(d.nameKeys);
    this.lexicon = new Lexicon((key) => this.wordId(key));
  }

  // The indexes by key are made on first use: a check that meets no acronym never needs the
  // 10,000 of a large table in a map.
  private byKey: Partial<Record<'titles' | 'offices' | 'countries' | 'shorts' | 'expansions', Map<string, number>>> = {};

  /** Title group index by normalised key. */
  get titleByKey(): Map<string, number> {
    return (this.byKey.titles ??= new Map(this.data.titles.map((g, i) => [g.key, i])));
  }

  /** Office index by id. */
  get officeById(): Map<string, number> {
    return (this.byKey.offices ??= indexByValue(this.data.officeIds));
  }

  /** Country index by lower-case key. */
  get countryByKey(): Map<string, number> {
    return (this.byKey.countries ??= indexByValue(this.data.countryKeys));
  }

  /** Acronym index by exact short form. */
  get acronymByShort(): Map<string, number> {
    return (this.byKey.shorts ??= indexByValue(this.data.acronymShorts));
  }

  /** Acronym index by lower-case expansion key. */
  get acronymByExpansion(): Map<string, number> {
    return (this.byKey.expansions ??= indexByValue(this.data.expansionKeys));
  }

  /**
   * The horizon (`asOf`) of the table a fact is written in, or undefined when that table gives
   * none: a table's horizon covers only its own facts.
   */
  horizonOf(at: SourceRef): PartialDate | undefined {
    for (const h of this.facts.horizons) if (h.at.table === at.table && h.at.file === at.file) return h.date;
    return undefined;
  }

  /** Title groups, referenced by title entries. */
  get titles(): TitleGroup[] {
    return this.data.titles;
  }

  /** Country names as written in tables, referenced by country entries. */
  get countries(): string[] {
    return this.data.countries;
  }

  /** The dict id of a string, or -1. */
  wordId(s: string): number {
    return this.dictIds.get(s) ?? -1;
  }

  /** Whether some trie edge has this gap class before its word (every edge may have " "). */
  hasEdgeGap(gap: string): boolean {
    return gap === ' ' || this.edgeGaps.has(gap);
  }

  /** The trie child of `node` along the edge with dict id `sym`, or -1. The root is node 0. */
  child(node: number, sym: number): number {
    return sym < 0 ? -1 : this.edges.get(node, sym);
  }

  /** Whether a trie node has children. */
  hasChildren(node: number): boolean {
    return this.data.nodeHasChildren[node] === 1;
  }

  /** The forms that end at a trie node, or undefined. */
  entriesAt(node: number): Entry[] | undefined {
    const { starts, values } = this.data.nodeEntries;
    const from = starts[node];
    const to = starts[node + 1];
    if (from === to) return undefined;
    const cached = this.nodeEntryLists[node];
    if (cached !== undefined) return cached;
    const list: Entry[] = [];
    for (let i = from; i < to; i++) list.push(this.entry(values[i]));
    this.nodeEntryLists[node] = list;
    return list;
  }

  private entry(e: number): Entry {
    let entry = this.entryObjects[e];
    if (entry) return entry;
    const d = this.data;
    entry = {
      kind: ENTRY_KINDS[d.entryKind[e]],
      ref: d.entryRef[e],
      caseMode: d.entryCase[e] as CaseMode,
      surface: d.strings.get(d.entrySurface[e]),
      words: d.entryWords[e],
      caps: d.entryCaps[e],
      possessiveEnd: d.entryPossessive[e] === 1,
    };
    if (d.entryCountry[e] >= 0) entry.country = d.strings.get(d.entryCountry[e]);
    if (d.entryBase[e] >= 0) entry.base = d.strings.get(d.entryBase[e]);
    this.entryObjects[e] = entry;
    return entry;
  }

  /** The people holding an office over time. */
  holders(office: number): Holder[] {
    let list = this.holderLists[office];
    if (list) return list;
    const { starts, values } = this.data.holders;
    list = [];
    for (let i = starts[office]; i < starts[office + 1]; i += 4) {
      const h: Holder = { person: values[i], role: values[i + 1] };
      const from = unpackDate(values[i + 2]);
      const to = unpackDate(values[i + 3]);
      if (from) h.from = from;
      if (to) h.to = to;
      list.push(h);
    }
    this.holderLists[office] = list;
    return list;
  }

  /**
   * The holders of an office whose name's first word (up to its first space, lower case) is
   * `given`: read without a person's facts, the index made once per office.
   */
  holdersGiven(office: number, given: string): readonly Holder[] {
    let index = this.holdersByGiven[office];
    if (!index) {
      index = new Map();
      for (const h of this.holders(office)) {
        const id = this.data.personGiven[h.person];
        if (id < 0) continue;
        const word = this.data.strings.get(id);
        const list = index.get(word);
        if (list) list.push(h);
        else index.set(word, [h]);
      }
      this.holdersByGiven[office] = index;
    }
    return index.get(given) ?? [];
  }

  /** A person's surname (the last word of a canonical name of two or more words): lower case and as written. */
  surnameOf(person: number): { surname: string; original: string } | undefined {
    const id = this.data.personSurname[person];
    return id < 0 ? undefined : { surname: this.data.strings.get(id), original: this.data.strings.get(this.data.personSurnameOriginal[person]) };
  }

  /** The number of words of name form `i`, read without making the form. */
  formLength(i: number): number {
    const { starts } = this.data.formWords;
    return starts[i + 1] - starts[i];
  }

  /** A multi-word form of a person's name. */
  nameForm(i: number): NameForm {
    let form = this.formObjects[i];
    if (form) return form;
    const d = this.data;
    const words: string[] = [];
    const gaps: string[] = [];
    for (let k = d.formWords.starts[i]; k < d.formWords.starts[i + 1]; k++) {
      words.push(d.strings.get(d.formWords.values[k]));
      gaps.push(d.strings.get(d.formGaps[k]));
    }
    form = { person: d.formPerson[i], words, gaps, caps: d.formCaps[i] };
    this.formObjects[i] = form;
    return form;
  }

  /**
   * Multi-word forms with the capitalised word of dict id `id` whose neighbour (the next word for
   * `>`, the one before for `<`) starts like `neighbour`: values `form * 32 + position` of the word.
   */
  nameWords(id: number, side: '>' | '<', neighbour: string): Int32Array | undefined {
    if (id < 0) return undefined;
    const list = this.names.get(id, nameSide(side, neighbour));
    if (list < 0) return undefined;
    const { starts, values } = this.data.nameLists;
    return values.subarray(starts[list], starts[list + 1]);
  }

  /** Whether the word of dict id `id` (a token's `id`) is a capitalised word of some multi-word person form. */
  isNameWord(id: number): boolean {
    return id >= 0 && (this.data.dictFlags[id] & NAME_WORD) !== 0;
  }

  /** How many people have this lower-case surname. */
  surnameCount(surname: string): number {
    const id = this.wordId(surname);
    return id < 0 ? 0 : this.data.surnameCounts[id];
  }

  /**
   * The acronyms `written` is one edit from, and how, or undefined. A binary search of the sorted
   * keys: a table has about ten near misses per acronym, and a check asks about few words, so a
   * `Map` of them all would cost more to build than every look-up of a run.
   */
  nearMissesOf(written: string): NearMiss[] | undefined {
    const { acronymNearKeys: keys, acronymNear: { starts, values } } = this.data;
    let lo = 0;
    let hi = keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const k = keys[mid];
      if (k < written) lo = mid + 1;
      else if (k > written) hi = mid - 1;
      else {
        const list: NearMiss[] = [];
        for (let i = starts[mid]; i < starts[mid + 1]; i++) list.push({ ref: values[i] >> 2, edit: NEAR_EDITS[values[i] & 3] });
        return list;
      }
    }
    return undefined;
  }
}
