/**
 * Flat building blocks for the compiled facts: a growable list of integers, and a hash table
 * from a pair of integers to an integer, both over typed arrays. They hold the matcher's
 * hundreds of thousands of trie edges and name-index keys without an object each, so a
 * compiled table is small in memory and is saved and restored as a few buffers.
 */

/** A list of 32-bit integers that grows as values are pushed. */
export class IntList {
  private data: Int32Array;
  /** Number of values. */
  length = 0;

  constructor(capacity = 64) {
    this.data = new Int32Array(Math.max(capacity, 4));
  }

  /** Appends a value. */
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  /** The value at `i`. */
  get(i: number): number {
    return this.data[i];
  }

  /** Overwrites the value at `i`. */
  set(i: number, value: number): void {
    this.data[i] = value;
  }

  /** The values, trimmed to their count (a copy). */
  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/**
 * Open-addressing hash table from (a, b) to a value, all non-negative 32-bit integers. Slots are
 * interleaved `a, b, value` in one Int32Array; an empty slot has `a = -1`. Linear probing, kept at
 * most half full.
 */
export class PairTable {
  /** The slots: 3 integers each. */
  slots: Int32Array;
  private mask: number;
  /** Number of keys. */
  size: number;

  /** A new table, or one restored from its `slots` and `size`. */
  constructor(restored?: { slots: Int32Array; size: number }) {
    if (restored) {
      this.slots = restored.slots;
      this.size = restored.size;
    } else {
      this.slots = new Int32Array(3 * 64).fill(-1);
      this.size = 0;
    }
    this.mask = this.slots.length / 3 - 1;
  }

  /** The value for (a, b), or -1. */
  get(a: number, b: number): number {
    const s = this.slots;
    let i = hashPair(a, b) & this.mask;
    for (;;) {
      const at = i * 3;
      const k = s[at];
      if (k === -1) return -1;
      if (k === a && s[at + 1] === b) return s[at + 2];
      i = (i + 1) & this.mask;
    }
  }

  /** Sets the value for (a, b). */
  set(a: number, b: number, value: number): void {
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    const s = this.slots;
    let i = hashPair(a, b) & this.mask;
    for (;;) {
      const at = i * 3;
      const k = s[at];
      if (k === -1) {
        s[at] = a;
        s[at + 1] = b;
        s[at + 2] = value;
        this.size++;
        return;
      }
      if (k === a && s[at + 1] === b) {
        s[at + 2] = value;
        return;
      }
      i = (i + 1) & this.mask;
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2).fill(-1);
    this.mask = this.slots.length / 3 - 1;
    this.size = 0;
    for (let at = 0; at < old.length; at += 3) if (old[at] !== -1) this.set(old[at], old[at + 1], old[at + 2]);
  }
}

function hashPair(a: number, b: number): number {
  let h = Math.imul(b, 0x9e3779b1) ^ a;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Lists of integers packed end to end: list `i` is `values[starts[i] .. starts[i + 1])`. */
export interface PackedLists {
  /** Start of each list in `values`, plus the end. */
  starts: Int32Array;
  /** All values. */
  values: Int32Array;
}

/** Packs lists of integers (each a plain array, or undefined for an empty list). */
export function packLists(lists: readonly (readonly number[] | undefined)[]): PackedLists {
  const starts = new Int32Array(lists.length + 1);
  let n = 0;
  for (let i = 0; i < lists.length; i++) {
    starts[i] = n;
    n += lists[i]?.length ?? 0;
  }
  starts[lists.length] = n;
  const values = new Int32Array(n);
  lists.forEach((l, i) => l && values.set(l, starts[i]));
  return { starts, values };
}

/**
 * A list of strings kept as one text and the end of each item in it: one string in memory
 * instead of hundreds of thousands. Restored from bytes, the text is decoded on first use.
 */
export class TextList {
  private text: string | undefined;

  private constructor(
    private bytes: Uint8Array | undefined,
    text: string | undefined,
    /** End of each item, in UTF-16 units. */
    readonly ends: Int32Array,
  ) {
    this.text = text;
  }

  /** A list of the given strings. */
  static of(items: readonly string[]): TextList {
    const ends = new Int32Array(items.length);
    let n = 0;
    for (let i = 0; i < items.length; i++) ends[i] = n += items[i].length;
    return new TextList(undefined, items.join(''), ends);
  }

  /** A list restored from the UTF-8 bytes of its text and its ends. */
  static fromBytes(bytes: Uint8Array, ends: Int32Array): TextList {
    return new TextList(bytes, undefined, ends);
  }

  /** Number of items. */
  get length(): number {
    return this.ends.length;
  }

  /** The whole text. */
  get joined(): string {
    if (this.text === undefined) {
      this.text = new TextDecoder().decode(this.bytes);
      this.bytes = undefined;
    }
    return this.text;
  }

  /** Item `i`. */
  get(i: number): string {
    return this.joined.slice(i === 0 ? 0 : this.ends[i - 1], this.ends[i]);
  }
}
