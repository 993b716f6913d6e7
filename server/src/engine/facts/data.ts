/**
 * Plain data read from YAML, with the offsets where it is written attached to each mapping and
 * list under a symbol key (invisible to ajv, JSON and for-in). Both readers — `yaml`'s Document
 * through `fromYamlDocument` below, and `fast-yaml.ts` — produce exactly this shape, so the
 * schema check, error positions and the model builder need only one code path.
 *
 * The items of the top-level lists (offices, people, …) are not kept: each goes to an ItemSink as
 * soon as it is read, is checked and built, and can be dropped. A table of 100,000 people then
 * never exists twice in memory, which keeps the garbage collector out of the way.
 */
import { Document, isAlias, isMap, isPair, isScalar, isSeq, type Node, type YAMLSeq } from 'yaml';

/** The symbol under which a mapping or list keeps its offsets. */
export const POS: unique symbol = Symbol('factlint.positions');

/** A value as YAML 1.2's core schema reads it. */
export type Data = string | number | boolean | null | DataMap | DataList;

/**
 * A mapping; a repeated key keeps its first value. Its offsets are
 * `[start, key₀, keyStart₀, valueStart₀, key₁, …]`; start is the first key (or `{`).
 */
export interface DataMap {
  [key: string]: Data;
}

/** A list. Its offsets are `[start, itemStart₀, itemStart₁, …]`; start is the first `-` (or `[`). */
export type DataList = Data[];

type MapPos = (string | number)[];

/** Whether a value is a mapping. */
export function isDataMap(v: unknown): v is DataMap {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Attaches offsets to a mapping or list (readers only). */
export function setPos(container: DataMap | DataList, pos: (string | number)[]): void {
  (container as unknown as Record<symbol, unknown>)[POS] = pos;
}

function posOf(container: DataMap | DataList): (string | number)[] | undefined {
  return (container as unknown as Record<symbol, (string | number)[] | undefined>)[POS];
}

/** Sets a key of a mapping under construction, keeping "__proto__" an ordinary key. */
export function setKey(map: DataMap, key: string, value: Data): void {
  if (key === '__proto__') Object.defineProperty(map, key, { value, enumerable: true, writable: true, configurable: true });
  else map[key] = value;
}

/** Offset where a mapping or list starts. */
export function startOf(container: DataMap | DataList): number {
  return (posOf(container)?.[0] as number | undefined) ?? 0;
}

/** Offsets of a key of a mapping and of its value (the key's own offset when it has no value). */
export function keyOffsets(map: DataMap, key: string): { key: number; value: number } | undefined {
  const pos = posOf(map) as MapPos | undefined;
  if (!pos) return undefined;
  for (let i = 1; i < pos.length; i += 3) if (pos[i] === key) return { key: pos[i + 1] as number, value: pos[i + 2] as number };
  return undefined;
}

/** Offset of the value of a key (see keyOffsets); the mapping's start when the key is absent. */
export function valueStart(map: DataMap, key: string): number {
  return keyOffsets(map, key)?.value ?? startOf(map);
}

/** Offset of item i of a list. */
export function itemStart(list: DataList, i: number): number {
  const pos = posOf(list);
  return (pos?.[i + 1] as number | undefined) ?? startOf(list);
}

/** The raw offsets array of a list, `[start, itemStart₀, …]`, for keeping beside the model. */
export function listOffsets(list: DataList): readonly number[] {
  return (posOf(list) as number[] | undefined) ?? [0];
}

/** What a JSON Pointer (an ajv `instancePath`) names. */
export interface Located {
  /** The value found (the deepest one reached if the path runs out). */
  value: Data;
  /** Offset of that value. */
  start: number;
  /** Offset of its key, when the last step was a mapping key. */
  keyStart?: number;
  /** The last step: a key, an index as text, or "" at the root. */
  last: string;
  /** The key of the nearest mapping entry on the path ("" at the root). */
  field: string;
}

/** Follows a JSON Pointer such as `/roles/0/from` from an already located value. */
export function locate(from: Located, pointer: string): Located {
  const steps = pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let found = from;
  for (const step of steps) {
    const v = found.value;
    if (Array.isArray(v)) {
      const i = Number(step);
      if (!(i < v.length)) break;
      found = { value: v[i], start: itemStart(v, i), last: step, field: found.field };
    } else if (isDataMap(v)) {
      const at = keyOffsets(v, step);
      if (!at) break;
      found = { value: v[step], start: at.value, keyStart: at.key, last: step, field: step };
    } else break;
  }
  return found;
}

/**
 * Receives one item of a top-level list: the list's key, the item's index and value, and the
 * offset where the item starts.
 */
export type ItemSink = (list: string, index: number, item: Data, start: number) => void;

/** The result of reading a YAML document. */
export interface ReadResult {
  /** The top-level value, its lists emptied (their items went to the sink); undefined for an empty document. */
  root: Data | undefined;
  /** Offset of the top-level value. */
  start: number;
  /** A repeated key's offset mapped to the key and the offset of its first occurrence. */
  duplicates: Map<number, { key: string; first: number }>;
  /** An alias that could not be expanded, if any. */
  aliasProblem?: { offset: number; message: string };
}

/** Aliases expanded per document before giving up ("billion laughs" guard). */
const MAX_ALIAS_NODES = 10_000;

/** Turns a parsed `yaml` Document into data with offsets, expanding aliases; top-level list items go to `sink`. */
export function fromYamlDocument(doc: Document.Parsed, sink: ItemSink): ReadResult {
  let budget = MAX_ALIAS_NODES;
  const active = new Set<Node>();
  const duplicates: ReadResult['duplicates'] = new Map();
  let aliasProblem: ReadResult['aliasProblem'];

  // Returns the value and its offset; `emptyAt` is where a missing value points (its key), `via`
  // the offset of the alias being expanded, `top` marks the document's top level.
  const convert = (node: unknown, emptyAt: number, via: number | undefined, top = false): [Data, number] => {
    if (isAlias(node)) {
      const target = node.resolve(doc);
      const at = node.range?.[0] ?? emptyAt;
      if (!target || active.has(target) || --budget < 0) {
        aliasProblem ??= { offset: at, message: `the YAML alias "*${node.source}" cannot be expanded here; write the value out` };
        return [null, at];
      }
      active.add(target);
      const out = convert(target, at, at);
      active.delete(target);
      return out;
    }
    if (via !== undefined && --budget < 0) {
      aliasProblem ??= { offset: via, message: 'the table expands YAML aliases too many times; write the values out' };
      return [null, via];
    }
    const own = (n: Node) => (via !== undefined ? via : (n.range?.[0] ?? emptyAt));
    if (isMap(node)) {
      const map: DataMap = {};
      const start = own(node);
      const pos: MapPos = [start];
      const firsts = new Map<string, number>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as Node | null;
        const keyStart = via ?? keyNode?.range?.[0] ?? start;
        const key = isScalar(keyNode) ? String(keyNode.value) : keyNode ? JSON.stringify(keyNode.toJSON()) : '';
        const first = firsts.get(key);
        if (first !== undefined) {
          duplicates.set(keyStart, { key, first });
          continue;
        }
        firsts.set(key, keyStart);
        const [value, valueAt] = top && isSeq(pair.value) ? stream(key, pair.value) : convert(pair.value, keyStart, via);
        setKey(map, key, value);
        pos.push(key, keyStart, valueAt);
      }
      setPos(map, pos);
      return [map, start];
    }
    if (isSeq(node)) {
      const start = own(node);
      const list: DataList = [];
      const pos: number[] = [start];
      for (const item of node.items) {
        const [value, at] = convert(item, start, via);
        list.push(value);
        pos.push(at);
      }
      setPos(list, pos);
      return [list, start];
    }
    if (isScalar(node)) {
      const range = node.range;
      // A key with nothing after it: point at the key, where an editor expects the problem.
      const start = via ?? (!range || range[0] === range[1] ? emptyAt : range[0]);
      const v = node.value;
      const value = v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : String(node.source ?? v);
      return [value, start];
    }
    return [null, emptyAt];
  };

  // A top-level list: each item goes to the sink, and the list is left empty.
  const stream = (key: string, seq: YAMLSeq): [Data, number] => {
    const start = seq.range?.[0] ?? 0;
    seq.items.forEach((item, i) => sink(key, i, ...convert(item, start, undefined)));
    const empty: DataList = [];
    setPos(empty, [start]);
    return [empty, start];
  };

  const contents = doc.contents as Node | null;
  if (contents === null) return { root: undefined, start: 0, duplicates };
  const [root, start] = convert(contents, contents.range?.[0] ?? 0, undefined, true);
  return aliasProblem ? { root, start, duplicates, aliasProblem } : { root, start, duplicates };
}
