/**
 * Interned token keys. Prose repeats a few thousand words, so the tokeniser looks each word up
 * here straight from the text's character codes and gets back one shared lower-case string and
 * its id in a facts dictionary, instead of slicing, lower-casing and hashing a new string for
 * every token. A compiled table owns one lexicon and reuses it for every text.
 */

/** Looks a new key up in a dictionary: its id, or -1. */
export type Resolve = (key: string) => number;

const NONE: Resolve = () => -1;

/** FNV-1a over UTF-16 codes: the seed. */
export const HASH_SEED = 0x811c9dc5 | 0;
/** FNV-1a over UTF-16 codes: the multiplier. */
export const HASH_PRIME = 0x01000193;

/** Folds an ASCII capital to lower case and the typographic apostrophe to "'"; other codes unchanged. */
function fold(c: number): number {
  return c >= 65 && c <= 90 ? c | 32 : c === 0x2019 ? 39 : c;
}

export class Lexicon {
  /** Open-addressing table: word index + 1, 0 for an empty slot. */
  private slots: Int32Array;
  /** Hash of each word. */
  private hashes: Int32Array;
  /** Dictionary id of each word. */
  private ids: Int32Array;
  /** The words: lower-case keys. */
  private words: string[] = [];
  /** Keys with letters beyond ASCII, which are lower-cased as strings. */
  private others = new Map<string, number>();

  constructor(
    private readonly resolve: Resolve = NONE,
    /** Above this many words, `begin` starts afresh, so a long editor session stays bounded. */
    private readonly limit = 1 << 17,
  ) {
    this.slots = new Int32Array(1024);
    this.hashes = new Int32Array(512);
    this.ids = new Int32Array(512);
  }

  /** Called before each text: forgets every word once there are more than the limit. */
  begin(): void {
    if (this.words.length <= this.limit) return;
    this.slots = new Int32Array(1024);
    this.hashes = new Int32Array(512);
    this.ids = new Int32Array(512);
    this.words = [];
    this.others = new Map();
  }

  /** The key of word index `w`. */
  word(w: number): string {
    return this.words[w];
  }

  /** The dictionary id of word index `w`, or -1. */
  id(w: number): number {
    return this.ids[w];
  }

  /**
   * The word index of text[s, e) lower-cased, for a word of ASCII letters, digits and apostrophes
   * whose folded codes (see `fold`) hash to `hash` (`HASH_SEED`, then per code
   * `hash = Math.imul(hash ^ code, HASH_PRIME)`): the tokeniser hashes as it reads.
   */
  find(text: string, s: number, e: number, hash: number): number {
    const mask = this.slots.length - 1;
    let i = hash & mask;
    for (;;) {
      const slot = this.slots[i];
      if (slot === 0) break;
      const w = slot - 1;
      if (this.hashes[w] === hash && this.same(this.words[w], text, s, e)) return w;
      i = (i + 1) & mask;
    }
    let key = text.slice(s, e).toLowerCase();
    if (key.indexOf('\u2019') >= 0) key = key.replace(/\u2019/g, "'");
    return this.add(key, hash, i);
  }

  /** The word index of a key already lower-cased (words with letters beyond ASCII). */
  other(key: string): number {
    const known = this.others.get(key);
    if (known !== undefined) return known;
    const w = this.add(key, 0, -1);
    this.others.set(key, w);
    return w;
  }

  private same(word: string, text: string, s: number, e: number): boolean {
    if (word.length !== e - s) return false;
    for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== fold(text.charCodeAt(s + k))) return false;
    return true;
  }

  /** Adds a word; `slot` is its free slot in the table, or -1 when it is not kept there. */
  private add(key: string, hash: number, slot: number): number {
    const w = this.words.length;
    if (w === this.hashes.length) {
      this.hashes = grow(this.hashes);
      this.ids = grow(this.ids);
    }
    this.words.push(key);
    this.hashes[w] = hash;
    this.ids[w] = this.resolve(key);
    if (slot >= 0) {
      this.slots[slot] = w + 1;
      if (w * 2 >= this.slots.length) this.rehash();
    }
    return w;
  }

  /** Doubles the table. */
  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let k = 0; k < this.slots.length; k++) {
      const v = this.slots[k];
      if (v === 0) continue;
      let i = this.hashes[v - 1] & mask;
      while (slots[i] !== 0) i = (i + 1) & mask;
      slots[i] = v;
    }
    this.slots = slots;
  }
}

function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
