/** Helpers for tests of the table cache and its users (not shipped: see `files` in package.json). */
import { FactsCache } from './cache';

/** A table cache that counts the reads that found something. */
export class CountingCache extends FactsCache {
  hits = 0;
  override read(key: string) {
    const found = super.read(key);
    if (found) this.hits++;
    return found;
  }
}
