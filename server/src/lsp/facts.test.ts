import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { check } from '../engine';
import { TEST_TABLE } from '../engine/rules/testing';
import { CountingCache } from '../project/testing';
import { FactsStore } from './facts';

describe('server facts store and the table cache', () => {
  let dir: string;
  let table: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-store-'));
    table = path.join(dir, 't.facts.yaml');
    fs.writeFileSync(table, TEST_TABLE);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('saves a table read from disk, keeps the restored copy, and a restarted server reads it', () => {
    const cacheDir = path.join(dir, 'cache');
    const spec = { defaultTable: false, files: [table] };
    const first = new CountingCache(cacheDir);
    const loaded = new FactsStore(table, () => undefined, first).get(spec);
    assert.deepEqual(loaded.errors, []);
    assert.equal(first.hits, 1, 'the copy just saved is read back');
    assert.equal(fs.readdirSync(cacheDir).length, 1);

    const again = new CountingCache(cacheDir);
    const restarted = new FactsStore(table, () => undefined, again).get(spec);
    assert.equal(again.hits, 1);
    assert.equal(restarted.count, loaded.count);
    const text = 'Published 2025-03-01.\n\nForeign Minister Anna Kovalenko met the NCA.\n';
    const options = { format: 'markdown' as const, today: '2026-11-21' };
    assert.ok(restarted.compiled && loaded.compiled);
    const findings = check(text, restarted.compiled, options);
    assert.ok(findings.findings.length > 0);
    assert.deepEqual(findings, check(text, loaded.compiled, options));
  });

  it('never saves a table while it is open in the editor', () => {
    const cacheDir = path.join(dir, 'cache');
    const cache = new CountingCache(cacheDir);
    const store = new FactsStore(table, (f) => (f === table ? TEST_TABLE + '# being edited\n' : undefined), cache);
    const loaded = store.get({ defaultTable: false, files: [table] });
    assert.deepEqual(loaded.errors, []);
    assert.ok(loaded.compiled);
    assert.equal(fs.existsSync(cacheDir) ? fs.readdirSync(cacheDir).length : 0, 0);
    assert.equal(cache.hits, 0);
  });
});
