'use strict';
// A seeded pseudo-random generator (mulberry32): every workload is a pure function of the seed.
// Separate streams (`fork`) keep one part of the generator from shifting another: changing how
// the corpus is written does not change the tables.

/** A 32-bit hash of a string (FNV-1a), to derive one stream's seed from a label. */
function hash32(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

class Rng {
  constructor(seed) {
    this.a = seed >>> 0;
  }

  /** A float in [0, 1). */
  next() {
    this.a = (this.a + 0x6d2b79f5) >>> 0;
    let t = this.a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n) {
    return Math.floor(this.next() * n);
  }

  /** An integer in [lo, hi]. */
  between(lo, hi) {
    return lo + this.int(hi - lo + 1);
  }

  /** True with probability p. */
  chance(p) {
    return this.next() < p;
  }

  /** One element of a list. */
  pick(list) {
    return list[this.int(list.length)];
  }

  /** One key of { key: weight }, by weight. */
  weighted(weights) {
    const entries = Object.entries(weights);
    let total = 0;
    for (const [, w] of entries) total += w;
    let x = this.next() * total;
    for (const [k, w] of entries) {
      x -= w;
      if (x < 0) return k;
    }
    return entries[entries.length - 1][0];
  }

  /** A new, independent stream named by a label. */
  fork(label) {
    return new Rng(hash32(`${this.a}:${label}`));
  }
}

/** The stream for a seed and a label. */
function stream(seed, label) {
  return new Rng(hash32(`${seed}:${label}`));
}

module.exports = { Rng, stream, hash32 };
