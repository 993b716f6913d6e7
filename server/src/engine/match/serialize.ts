/**
 * Saving compiled facts as bytes and restoring them, for the table cache. The layout is a
 * header (JSON) followed by the typed arrays of `CompiledData` as they are in memory, so
 * restoring them is a matter of views over the bytes. People are saved as one JSON text each and
 * parsed only when a rule first asks for that person: a check touches a few hundred people, not
 * the table's hundred thousand. The other lists are one JSON text each, parsed whole on first use.
 */
import type { Facts, SourceRef } from '../facts/model';
import { CompiledFacts, type CompiledData } from './compiled';
import { dataFault } from './integrity';
import { TextList } from './packed';

/** Bumped whenever the layout or the meaning of `CompiledData` changes. */
export const SERIAL_FORMAT = 5;

const MAGIC = 0x31434c46; // "FLC1", little-endian
const LISTS = ['offices', 'people', 'acronyms', 'terms', 'milestones', 'horizons'] as const;
/** Marks a `TextList` in the header's JSON. */
const TEXT_LIST = '\u0000text-list';

type ArrayKind = 'i32' | 'u8';

/** Where a typed array lies in the bytes. */
interface Section {
  /** Dotted path in `CompiledData` ("edges.slots"), or "facts.people.text" and the like. */
  path: string;
  /** Element type. */
  kind: ArrayKind;
  /** Byte offset from the start of the data part. */
  offset: number;
  /** Number of elements. */
  length: number;
}

interface Header {
  format: number;
  /** The tables the facts' `at` places name: [table, file] pairs. */
  places: [string, string | null][];
  /** `CompiledData` with every typed array taken out (see `sections`). */
  json: unknown;
  sections: Section[];
  /** Number of entries in each facts list. */
  counts: Record<(typeof LISTS)[number], number>;
}

/** The bytes of compiled facts, in pieces to be written one after the other. */
export function serializeCompiled(c: CompiledFacts): Uint8Array[] {
  const sections: Section[] = [];
  const arrays: Uint8Array[] = [];
  let offset = 0;
  const addArray = (path: string, a: Int32Array | Uint8Array) => {
    const kind: ArrayKind = a instanceof Int32Array ? 'i32' : 'u8';
    sections.push({ path, kind, offset, length: a.length });
    const bytes = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
    arrays.push(bytes);
    offset += bytes.length;
    const pad = (8 - (offset % 8)) % 8;
    if (pad > 0) {
      arrays.push(new Uint8Array(pad));
      offset += pad;
    }
  };
  const encoder = new TextEncoder();
  const addTexts = (path: string, texts: string[]) => {
    const ends = new Int32Array(texts.length);
    let bytes = 0;
    texts.forEach((s, i) => (ends[i] = bytes += utf8Length(s)));
    addArray(`${path}.ends`, ends);
    addArray(`${path}.text`, encoder.encode(texts.join('')));
  };
  const strip = (value: unknown, path: string): unknown => {
    if (value instanceof TextList) {
      addArray(`${path}.ends`, value.ends);
      addArray(`${path}.text`, encoder.encode(value.joined));
      return TEXT_LIST;
    }
    if (value instanceof Int32Array || value instanceof Uint8Array) {
      addArray(path, value);
      return null;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = strip(v, path === '' ? k : `${path}.${k}`);
    return out;
  };
  const json = strip(c.data, '');

  // Each `at` is written [table index, line, column]: the table's name is the same for thousands of entries.
  const places: [string, string | null][] = [];
  const placeIndex = new Map<string, number>();
  const compact = (key: string, value: unknown): unknown => {
    if (key !== 'at' || value === null || typeof value !== 'object' || Array.isArray(value)) return value;
    const at = value as SourceRef;
    const k = JSON.stringify([at.table, at.file]);
    let i = placeIndex.get(k);
    if (i === undefined) {
      placeIndex.set(k, (i = places.length));
      places.push([at.table, at.file]);
    }
    return [i, at.line, at.column];
  };
  const counts = {} as Header['counts'];
  for (const list of LISTS) {
    const items = c.facts[list] as unknown[];
    counts[list] = items.length;
    // People one text each, to be parsed one at a time; the other lists one text in all.
    addTexts(`facts.${list}`, list === 'people' ? items.map((item) => JSON.stringify(item, compact)) : [JSON.stringify(items, compact)]);
  }

  const header: Header = { format: SERIAL_FORMAT, places, json, sections, counts };
  const headerBytes = encoder.encode(JSON.stringify(header));
  const prefix = new Uint8Array(8 + headerBytes.length + ((8 - (headerBytes.length % 8)) % 8));
  const view = new DataView(prefix.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, headerBytes.length, true);
  prefix.set(headerBytes, 8);
  return [prefix, ...arrays];
}

/**
 * Compiled facts from bytes made by `serializeCompiled`, or null when they are not such bytes:
 * another format, cut short, or a header, an array or a text list that does not hang together
 * (`integrity.ts`). It never throws. Bytes that pass every check here may still be damaged
 * inside a text or an array; the table cache's checksum is what refuses those.
 */
export function deserializeCompiled(bytes: Uint8Array): CompiledFacts | null {
  try {
    return restoreCompiled(bytes);
  } catch {
    // A header of the right shape may still hold what the checks of `restoreCompiled` did not foresee.
    return null;
  }
}

function restoreCompiled(bytes: Uint8Array): CompiledFacts | null {
  if (bytes.length < 8) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC) return null;
  const headerLength = view.getUint32(4, true);
  if (8 + headerLength > bytes.length) return null;
  let header: Header;
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(8, 8 + headerLength))) as Header;
  } catch {
    return null;
  }
  if (!isHeader(header)) return null;
  const base = 8 + headerLength + ((8 - (headerLength % 8)) % 8);
  if (base > bytes.length) return null;
  // Typed arrays need aligned offsets: copy the data part once if the bytes are not aligned.
  let data = bytes.subarray(base);
  if ((data.byteOffset & 7) !== 0) data = data.slice();
  const arrays = new Map<string, Int32Array | Uint8Array>();
  for (const s of header.sections) {
    const end = s.offset + s.length * (s.kind === 'i32' ? 4 : 1);
    if (end > data.length || arrays.has(s.path)) return null;
    arrays.set(s.path, s.kind === 'i32' ? new Int32Array(data.buffer, data.byteOffset + s.offset, s.length) : data.subarray(s.offset, end));
  }
  const decoder = new TextDecoder();
  /** A list of texts saved by `addTexts`: its ends are byte offsets, the last one the text's end. */
  const texts = (path: string): { count: number; item: (i: number) => string } | null => {
    const ends = arrays.get(`${path}.ends`);
    const text = arrays.get(`${path}.text`);
    if (!(ends instanceof Int32Array) || !(text instanceof Uint8Array) || !ascending(ends, text.length)) return null;
    if (ends.length > 0 && ends[ends.length - 1] !== text.length) return null;
    return { count: ends.length, item: (i) => decoder.decode(text.subarray(i === 0 ? 0 : ends[i - 1], ends[i])) };
  };
  let broken = false;
  const restore = (value: unknown, path: string): unknown => {
    if (value === TEXT_LIST) {
      const ends = arrays.get(`${path}.ends`);
      const text = arrays.get(`${path}.text`);
      // Ends in UTF-16 units, never more than the UTF-8 bytes of the text.
      if (!(ends instanceof Int32Array) || !(text instanceof Uint8Array) || !ascending(ends, text.length)) {
        broken = true;
        return null;
      }
      return TextList.fromBytes(text, ends);
    }
    if (value === null) return arrays.get(path) ?? null;
    if (typeof value !== 'object' || Array.isArray(value)) return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = restore(v, path === '' ? k : `${path}.${k}`);
    return out;
  };
  const compiledData = restore(header.json, '') as CompiledData;
  if (broken || dataFault(compiledData, header.counts.people, header.counts) !== undefined) return null;

  // People are read one at a time as rules ask for them. The other lists are short and read in
  // hot loops ("which offices carry this title"), so each is read whole, in one `JSON.parse`, on
  // its first use.
  const facts = {} as Record<(typeof LISTS)[number], unknown[]>;
  for (const list of LISTS) {
    const items = texts(`facts.${list}`);
    if (!items || items.count !== (list === 'people' ? header.counts[list] : 1)) return null;
    if (list === 'people') {
      facts[list] = lazyList(items.count, (i) => expandPlaces(JSON.parse(items.item(i)) as Placed, header.places));
      continue;
    }
    Object.defineProperty(facts, list, {
      enumerable: true,
      configurable: true,
      get() {
        const all = (JSON.parse(items.item(0)) as Placed[]).map((item) => expandPlaces(item, header.places));
        Object.defineProperty(facts, list, { value: all, enumerable: true, writable: true, configurable: true });
        return all;
      },
    });
  }
  const { offices, people, acronyms, terms, milestones } = header.counts;
  return new CompiledFacts(facts as unknown as Facts, compiledData, { offices, people, acronyms, terms, milestones });
}

/** Whether a parsed header has the shape `serializeCompiled` writes, in this format. */
function isHeader(h: unknown): h is Header {
  if (h === null || typeof h !== 'object') return false;
  const { format, places, json, sections, counts } = h as Partial<Header>;
  if (format !== SERIAL_FORMAT || json === null || typeof json !== 'object' || Array.isArray(json)) return false;
  if (!Array.isArray(places) || !places.every((p) => Array.isArray(p) && p.length === 2 && typeof p[0] === 'string' && (p[1] === null || typeof p[1] === 'string'))) return false;
  if (counts === null || typeof counts !== 'object' || !LISTS.every((list) => isCount(counts[list]))) return false;
  // Offsets are 8-aligned as written; an Int32Array needs 4.
  return Array.isArray(sections) && sections.every((s: Partial<Section>) => typeof s?.path === 'string' && (s.kind === 'i32' || s.kind === 'u8') && isCount(s.offset) && isCount(s.length) && s.offset % 8 === 0);
}

function isCount(n: unknown): n is number {
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
}

/** Whether `ends` never step back and lie in 0..limit. */
function ascending(ends: Int32Array, limit: number): boolean {
  let last = 0;
  for (let i = 0; i < ends.length; i++) {
    if (ends[i] < last || ends[i] > limit) return false;
    last = ends[i];
  }
  return true;
}

/** A facts entry as saved: its `at` (and its roles') as [table index, line, column]. */
interface Placed {
  at: unknown;
  roles?: { at: unknown }[];
}

/** Restores the `at` places of an entry saved by `serializeCompiled`. */
function expandPlaces(item: Placed, places: [string, string | null][]): Placed {
  const expand = (at: unknown): SourceRef => {
    const [i, line, column] = at as [number, number, number];
    return { table: places[i][0], file: places[i][1], line, column };
  };
  item.at = expand(item.at);
  if (item.roles) for (const r of item.roles) r.at = expand(r.at);
  return item;
}

/** Bytes of a string in UTF-8. */
function utf8Length(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      // A surrogate pair: 4 bytes for 2 units.
      n += 2;
      i++;
    } else n += 2;
  }
  return n;
}

/**
 * An array of `count` items made on first access. It behaves as a plain array for reading
 * (index, length, iteration, array methods); each item is made once and then kept.
 */
function lazyList<T>(count: number, make: (i: number) => T): T[] {
  const target = new Array<T>(count);
  const indexOf = (key: string | symbol): number => {
    if (typeof key !== 'string' || key.length === 0) return -1;
    const c = key.charCodeAt(0);
    if (c < 48 || c > 57) return -1;
    const i = Number(key);
    return Number.isInteger(i) && i < count && String(i) === key ? i : -1;
  };
  const fill = (i: number) => {
    if (target[i] === undefined) target[i] = make(i);
  };
  return new Proxy(target, {
    get(t, key, receiver) {
      const i = indexOf(key);
      if (i >= 0) {
        fill(i);
        return t[i];
      }
      return Reflect.get(t, key, receiver) as unknown;
    },
    has(t, key) {
      return indexOf(key) >= 0 || Reflect.has(t, key);
    },
    getOwnPropertyDescriptor(t, key) {
      const i = indexOf(key);
      if (i >= 0) fill(i);
      return Reflect.getOwnPropertyDescriptor(t, key);
    },
    ownKeys(t) {
      for (let i = 0; i < count; i++) fill(i);
      return Reflect.ownKeys(t);
    },
  });
}
