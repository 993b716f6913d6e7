/**
 * Cheap checks that restored compiled facts hang together, for `deserializeCompiled`: every
 * array of its type; the arrays of one trie node, entry, name form, word, office or person of
 * one length; packed lists that start at 0, never step back and end at their last value; hash
 * tables of a power of two of slots, at most half taken. The table cache's checksum is what
 * refuses damaged bytes; these are a second line for bytes it lets through (a bug in the
 * serialiser, a file made by hand). They read no value of the large arrays but the packed
 * lists' starts: about 3 ms for 100,000 people, where also proving every index of the trie and
 * of the hash tables in range took 25 ms, half what the checksum costs.
 */
import type { CompiledData } from './compiled';
import { TextList, type PackedLists } from './packed';

/** What is wrong with restored compiled data, or undefined when nothing this module checks is. */
export function dataFault(d: CompiledData, people: number, lists?: { terms: number; acronyms: number }): string | undefined {
  for (const name of STRING_ARRAYS) if (!isStrings(d[name])) return `${name} is not a list of strings`;
  if (!Array.isArray(d.titles)) return 'titles is not a list';
  for (const name of INT_ARRAYS) if (!(d[name] instanceof Int32Array)) return `${name} is not a list of 32-bit integers`;
  for (const name of BYTE_ARRAYS) if (!(d[name] instanceof Uint8Array)) return `${name} is not a list of bytes`;
  if (!(d.strings instanceof TextList)) return 'strings is not a text list';
  for (const name of PACKED) {
    const fault = packedFault(d[name]);
    if (fault) return `${name}: ${fault}`;
  }
  const near = nearFault(d.near, lists);
  if (near) return `near: ${near}`;

  const nodes = d.nodeHasChildren.length;
  const entries = d.entryKind.length;
  const forms = d.formPerson.length;
  const words = d.dict.length;
  const lengths: [string, number, number][] = [
    ['nodeEntries', listCount(d.nodeEntries), nodes],
    ...ENTRY_ARRAYS.map((name): [string, number, number] => [name, d[name].length, entries]),
    ['formCaps', d.formCaps.length, forms],
    ['formWords', listCount(d.formWords), forms],
    ['formGaps', d.formGaps.length, d.formWords.values.length],
    ['dictFlags', d.dictFlags.length, words],
    ['surnameCounts', d.surnameCounts.length, words],
    ['holders', listCount(d.holders), d.officeIds.length],
    ['personSurname', d.personSurname.length, people],
    ['personSurnameOriginal', d.personSurnameOriginal.length, people],
    ['personGiven', d.personGiven.length, people],
    ['acronymNear', listCount(d.acronymNear), d.acronymNearKeys.length],
    ['countryKeys', d.countryKeys.length, d.countries.length],
  ];
  for (const [name, length, expected] of lengths) if (length !== expected) return `${name} has ${length} items, not ${expected}`;
  if (nodes === 0) return 'the trie has no root';

  const edges = pairFault(d.edges);
  if (edges) return `edges: ${edges}`;
  const names = pairFault(d.nameKeys);
  if (names) return `nameKeys: ${names}`;
  return undefined;
}

const STRING_ARRAYS = ['dict', 'edgeGaps', 'countries', 'countryKeys', 'officeIds', 'acronymShorts', 'expansionKeys', 'acronymNearKeys'] as const;
const ENTRY_ARRAYS = ['entryCase', 'entryPossessive', 'entryWords', 'entryRef', 'entryCaps', 'entrySurface', 'entryCountry', 'entryBase'] as const;
const INT_ARRAYS = ['entryWords', 'entryRef', 'entryCaps', 'entrySurface', 'entryCountry', 'entryBase', 'formPerson', 'formCaps', 'formGaps', 'surnameCounts', 'personSurname', 'personSurnameOriginal', 'personGiven'] as const;
const BYTE_ARRAYS = ['nodeHasChildren', 'entryKind', 'entryCase', 'entryPossessive', 'dictFlags'] as const;
const PACKED = ['nodeEntries', 'formWords', 'nameLists', 'holders', 'acronymNear'] as const;

function isStrings(value: unknown): boolean {
  return Array.isArray(value) && value.every((s) => typeof s === 'string');
}

/** The number of lists in packed lists (checked by `packedFault` first). */
function listCount(p: PackedLists): number {
  return p.starts.length - 1;
}

/** What is wrong with packed lists: starts from 0, never back, ending at the last value. */
function packedFault(p: PackedLists | undefined): string | undefined {
  if (!p || !(p.starts instanceof Int32Array) || !(p.values instanceof Int32Array)) return 'not packed lists';
  const { starts, values } = p;
  if (starts.length === 0 || starts[0] !== 0) return 'the first list does not start at 0';
  for (let i = 1; i < starts.length; i++) if (starts[i] < starts[i - 1]) return `list ${i - 1} ends before it starts`;
  if (starts[starts.length - 1] !== values.length) return `the lists end at ${starts[starts.length - 1]}, not at ${values.length}`;
  return undefined;
}

/**
 * What is wrong with the shape of a restored `PairTable`: slots in threes, a power of two of
 * them, at most half of them taken (as `PairTable.set` keeps it). Its slots are not read.
 */
function pairFault(t: { slots: Int32Array; size: number } | undefined): string | undefined {
  if (!t || !(t.slots instanceof Int32Array) || !Number.isSafeInteger(t.size) || t.size < 0) return 'not a hash table';
  const capacity = t.slots.length / 3;
  if (!Number.isInteger(capacity) || capacity === 0 || (capacity & (capacity - 1)) !== 0) return `${t.slots.length} slots are not three times a power of two`;
  if (t.size * 2 > capacity) return `more than half full (${t.size} of ${capacity})`;
  return undefined;
}

/**
 * What is wrong with the near-form index: its arrays, as many lists as keys, keys ascending (its
 * look-up is a binary search), every phrase a term or an acronym there is, and every list's
 * values phrases. It is small (a few per term), so reading it whole costs nothing to speak of.
 */
function nearFault(n: CompiledData['near'] | undefined, lists: { terms: number; acronyms: number } | undefined): string | undefined {
  if (!n || typeof n !== 'object') return 'missing';
  if (!(n.refs instanceof Int32Array) || !(n.sizes instanceof Int32Array) || n.refs.length !== n.sizes.length) return 'refs and sizes differ';
  if (!isStrings(n.openers) || !isCount(n.longest)) return 'openers or longest';
  if (lists) for (const ref of n.refs) if (ref >= lists.terms || -1 - ref >= lists.acronyms) return `phrase ${ref} is no term or acronym`;
  for (const [keys, packed] of [[n.wordKeys, n.byWords], [n.headlessKeys, n.byHeadless]] as const) {
    if (!(keys instanceof Int32Array)) return 'keys are not 32-bit integers';
    const fault = packedFault(packed);
    if (fault) return fault;
    if (listCount(packed) !== keys.length) return `${listCount(packed)} lists for ${keys.length} keys`;
    for (let i = 1; i < keys.length; i++) if (keys[i] <= keys[i - 1]) return 'keys out of order';
    for (const v of packed.values) if (v < 0 || v >= n.refs.length) return `phrase ${v} of ${n.refs.length}`;
  }
  return undefined;
}

function isCount(n: unknown): boolean {
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
}
