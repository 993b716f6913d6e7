/**
 * The table cache end to end: the real `bin/factlint.js` with a cache folder of the test's own,
 * whose entry is damaged between runs. A run over a damaged entry prints exactly what a run
 * without the cache prints, with the same exit code, and leaves a sound entry behind. The many
 * kinds of damage are tried in `server/src/project/cache-damage.test.ts`; here, two.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { factlint, folder, OWN, removeFolders, TABLE } from './cli-helpers';

describe('factlint CLI with a damaged table cache', function () {
  this.timeout(30000);
  afterEach(() => removeFolders());

  const args = [...OWN, '--format', 'json', '--date', '2026-03-06', 'a.md'];

  /** A folder with a table and a draft, its cache folder, and what a run without the cache gives. */
  function setUp() {
    const dir = folder({ 't.facts.yaml': TABLE, 'a.md': 'We back the FIOP vision.\n' });
    const cache = path.join(dir, 'cache');
    const uncached = factlint(dir, args, { env: { FACTLINT_NO_CACHE: '1' } });
    assert.equal(uncached.code, 1, uncached.stderr);
    assert.deepEqual(factlint(dir, args, { env: { FACTLINT_CACHE_DIR: cache } }), uncached, 'the run that saves the entry');
    const names = fs.readdirSync(cache);
    assert.equal(names.length, 1);
    const entry = path.join(cache, names[0]);
    return { dir, cache, uncached, entry, bytes: fs.readFileSync(entry) };
  }

  it('prints what a run without the cache prints when a byte of the saved facts is changed, and saves them again', () => {
    const { dir, cache, uncached, entry, bytes } = setUp();
    // A byte inside the acronym's saved text, which is parsed only when a rule reads it.
    const at = bytes.indexOf('"short":"FOIP"');
    assert.ok(at > 0);
    const damaged = Buffer.from(bytes);
    damaged[at + 7] = 0x3b;
    fs.writeFileSync(entry, damaged);
    assert.deepEqual(factlint(dir, args, { env: { FACTLINT_CACHE_DIR: cache } }), uncached);
    assert.ok(fs.readFileSync(entry).equals(bytes), 'saved again');
  });

  it('prints what a run without the cache prints when the entry is cut short', () => {
    const { dir, cache, uncached, entry, bytes } = setUp();
    fs.writeFileSync(entry, bytes.subarray(0, bytes.length >> 1));
    assert.deepEqual(factlint(dir, args, { env: { FACTLINT_CACHE_DIR: cache } }), uncached);
    assert.ok(fs.readFileSync(entry).equals(bytes), 'saved again');
  });
});
