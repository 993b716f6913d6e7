import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { check } from '../engine';
import { TEST_TABLE } from '../engine/rules/testing';
import { DEFAULT_TABLE_FILE, TableLoader } from './tables';
import { CountingCache } from './testing';

describe('the table loader and the table cache', () => {
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
    const loaded = new TableLoader({ cache: first, keepRestoredCopy: true }).load(spec);
    assert.deepEqual(loaded.errors, []);
    assert.equal(first.hits, 1, 'the copy just saved is read back');
    assert.equal(fs.readdirSync(cacheDir).length, 1);

    const again = new CountingCache(cacheDir);
    const restarted = new TableLoader({ cache: again, keepRestoredCopy: true }).load(spec);
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
    const loader = new TableLoader({ readOpen: (f) => (f === table ? TEST_TABLE + '# being edited\n' : undefined), cache });
    const loaded = loader.load({ defaultTable: false, files: [table] });
    assert.deepEqual(loaded.errors, []);
    assert.ok(loaded.compiled);
    assert.equal(fs.existsSync(cacheDir) ? fs.readdirSync(cacheDir).length : 0, 0);
    assert.equal(cache.hits, 0);
  });
  it('keeps the last good facts while a table is broken, and says it is stale', () => {
    let text = TEST_TABLE;
    const loader = new TableLoader({ readOpen: (f) => (f === table ? text : undefined), cache: new CountingCache(path.join(dir, 'cache')) });
    const set = { defaultTable: false, files: [table] };
    const good = loader.load(set);
    assert.ok(good.compiled);
    assert.equal(loader.load(set), good, 'an unchanged set is not loaded again');
    text = 'version: 1\npeople: 3\n';
    const broken = loader.load(set);
    assert.equal(broken.stale, true);
    assert.equal(broken.compiled, good.compiled);
    assert.ok(broken.errors.length > 0 && broken.errors.every((e) => e.file === table));
    text = TEST_TABLE;
    const mended = loader.load(set);
    assert.equal(mended.stale, false);
    assert.deepEqual(mended.errors, []);
  });

  it('names an unreadable table and compiles nothing', () => {
    const cache = new CountingCache(path.join(dir, 'cache'));
    const gone = path.join(dir, 'gone.facts.yaml');
    const loaded = new TableLoader({ cache, name: (f) => path.basename(f) }).load({ defaultTable: false, files: [table, gone] });
    assert.deepEqual(loaded.unreadable, [{ file: gone, reason: 'does not exist' }]);
    assert.equal(loaded.compiled, undefined);
    assert.equal(loaded.stale, false);
    assert.equal(cache.hits, 0);
  });
  it('reads no table that is a named pipe, a device or a folder, and never waits on one', function () {
    if (process.platform === 'win32') this.skip();
    const pipe = path.join(dir, 'pipe.facts.yaml');
    execFileSync('mkfifo', [pipe]);
    const zero = path.join(dir, 'zero.facts.yaml');
    fs.symlinkSync('/dev/zero', zero);
    const folder = path.join(dir, 'folder.facts.yaml');
    fs.mkdirSync(folder);
    const loaded = new TableLoader({ cache: new CountingCache(null) }).load({ defaultTable: false, files: [pipe, zero, folder] });
    assert.deepEqual(loaded.unreadable, [
      { file: pipe, reason: 'cannot be read: it is a named pipe, not a regular file' },
      { file: zero, reason: 'cannot be read: it is a character device, not a regular file' },
      { file: folder, reason: 'cannot be read: it is a folder, not a regular file' },
    ]);
  });

  it('keeps the embedded table apart from the same file named as a table, which is cited by its path', () => {
    const loader = new TableLoader({ cache: new CountingCache(path.join(dir, 'cache')) });
    const embedded = loader.load({ defaultTable: true, files: [] });
    const named = loader.load({ defaultTable: false, files: [DEFAULT_TABLE_FILE] });
    assert.ok(embedded.compiled && named.compiled);
    assert.notEqual(named, embedded);
    assert.equal(embedded.compiled.facts.offices[0].at.file, null);
    assert.equal(named.compiled.facts.offices[0].at.file, DEFAULT_TABLE_FILE);
  });
});
