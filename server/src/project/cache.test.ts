import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { check, compileFacts, loadTables } from '../engine';
import { TEST_TABLE } from '../engine/rules/testing';
import { cacheDirectory, FactsCache, MAX_CACHE_FILES, type CacheInput } from './cache';
import { TableLoader } from './tables';
import { CountingCache } from './testing';

const INPUT: CacheInput = { name: 't.facts.yaml', file: 't.facts.yaml', content: TEST_TABLE };

function compiled() {
  return compileFacts(loadTables([{ name: INPUT.name, file: INPUT.file, text: TEST_TABLE }]).facts);
}

describe('table cache', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-cache-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('keys a set of tables by content and names, the same for a string and its UTF-8 bytes', () => {
    const cache = new FactsCache(dir);
    const key = cache.key([INPUT]);
    assert.match(key, /^[0-9a-f]{64}$/);
    assert.equal(cache.key([{ ...INPUT, content: Buffer.from(TEST_TABLE, 'utf8') }]), key);
    assert.notEqual(cache.key([{ ...INPUT, content: TEST_TABLE + '\n' }]), key);
    assert.notEqual(cache.key([{ ...INPUT, name: 'u.facts.yaml', file: 'u.facts.yaml' }]), key);
    // Order matters: later tables override earlier ones.
    const other: CacheInput = { name: 'o.facts.yaml', file: 'o.facts.yaml', content: 'version: 1\n' };
    assert.notEqual(cache.key([INPUT, other]), cache.key([other, INPUT]));
  });

  it('gives back what it saved, and checks give the same findings', () => {
    const cache = new FactsCache(dir);
    const key = cache.key([INPUT]);
    assert.equal(cache.read(key), null);
    const fresh = compiled();
    cache.write(key, fresh);
    assert.deepEqual(fs.readdirSync(dir).length, 1, 'one file, no temporary left');
    const back = cache.read(key);
    assert.ok(back);
    assert.notEqual(back, fresh);
    const text = 'Published 2025-03-01.\n\nForeign Minister Anna Kovalenko met Piotr Stanek of the NCA and the Natonal Coastal Authority.\n';
    const options = { format: 'markdown' as const, today: '2026-11-21' };
    const a = check(text, fresh, options);
    assert.ok(a.findings.length >= 1);
    assert.deepEqual(check(text, back, options), a);
  });

  it('ignores and deletes a damaged file, and writes nothing when switched off', () => {
    const cache = new FactsCache(dir);
    const key = cache.key([INPUT]);
    cache.write(key, compiled());
    const [file] = fs.readdirSync(dir);
    for (const damaged of ['not a compiled table', '']) {
      fs.writeFileSync(path.join(dir, file), damaged);
      assert.equal(cache.read(key), null);
      assert.deepEqual(fs.readdirSync(dir), [], 'deleted');
    }

    const off = new FactsCache(null);
    off.write(key, compiled());
    assert.equal(off.read(key), null);
  });

  it(`keeps at most ${MAX_CACHE_FILES} sets, dropping the least recently used`, () => {
    const cache = new FactsCache(dir);
    const c = compiled();
    const keys: string[] = [];
    for (let i = 0; i <= MAX_CACHE_FILES; i++) {
      keys.push(cache.key([{ ...INPUT, content: `${TEST_TABLE}# ${i}\n` }]));
      cache.write(keys[i], c);
      // Older by a minute each, oldest first; reading the first marks it used.
      const when = new Date(Date.now() - (MAX_CACHE_FILES + 1 - i) * 60_000);
      fs.utimesSync(path.join(dir, `${keys[i]}.facts-cache`), when, when);
      if (i === 0) assert.ok(cache.read(keys[0]));
    }
    const kept = new Set(fs.readdirSync(dir).map((f) => f.replace(/\.facts-cache$/, '')));
    assert.equal(kept.size, MAX_CACHE_FILES);
    assert.ok(kept.has(keys[MAX_CACHE_FILES]), 'the newest is kept');
    assert.ok(kept.has(keys[0]), 'the oldest written, but read since, is kept');
    assert.ok(!kept.has(keys[1]), 'the least recently used went');
  });

  it('finds its folder from the environment', () => {
    assert.equal(cacheDirectory({ FACTLINT_NO_CACHE: '1', FACTLINT_CACHE_DIR: dir }), null);
    assert.equal(cacheDirectory({ FACTLINT_NO_CACHE: '0', FACTLINT_CACHE_DIR: dir }), dir);
    assert.equal(cacheDirectory({ XDG_CACHE_HOME: dir }), path.join(dir, 'factlint'));
    assert.ok(cacheDirectory({})?.includes('factlint'));
  });

  it('is used by the CLI and server table loader: a second load reads the cache', () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-tables-'));
    try {
      fs.writeFileSync(path.join(work, 't.facts.yaml'), TEST_TABLE);
      const set = { defaultTable: true, files: [path.join(work, 't.facts.yaml')] };
      const first = new TableLoader({ cache: new FactsCache(dir) }).load(set);
      assert.deepEqual(first.errors, []);
      assert.equal(fs.readdirSync(dir).length, 1);
      const counting = new CountingCache(dir);
      const second = new TableLoader({ cache: counting }).load(set);
      assert.equal(counting.hits, 1, 'read from the cache');
      assert.ok(first.compiled && second.compiled);
      // Restored facts are read lazily; fresh ones are plain arrays.
      assert.equal(first.compiled.facts.people.length, second.compiled.facts.people.length);
      assert.deepEqual(second.compiled.facts.people, first.compiled.facts.people);
      assert.notEqual(second.compiled, first.compiled);
      // A table with errors is reported, not cached.
      fs.writeFileSync(path.join(work, 't.facts.yaml'), 'version: 1\npeople: 3\n');
      const broken = new TableLoader({ cache: new FactsCache(dir) }).load(set);
      assert.equal(broken.compiled, undefined);
      assert.ok(broken.errors.length > 0);
      assert.equal(fs.readdirSync(dir).length, 1);
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });
});
