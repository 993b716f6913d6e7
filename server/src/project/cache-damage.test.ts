/**
 * The table cache is a cache: whatever lies where an entry should be (damaged bytes, a cut-short
 * file, a folder, a link to a device, a pipe), and wherever the folder is (a file, nowhere), a
 * load gives the same facts, and a check the same findings, as a load without a cache; nothing
 * throws and nothing waits. Damaged entries are deleted and saved again.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { crc32 } from 'node:zlib';
import { check } from '../engine';
import { TEST_TABLE } from '../engine/rules/testing';
import { FactsCache } from './cache';
import { type TableSet, TableLoader } from './tables';
import { CountingCache } from './testing';

/** Names a person (read from the people's texts), a title, an acronym and a term of the table. */
const TEXT =
  'Published 2025-03-01.\n\nForeign Minister Anna Kovalenko met Prime Minister Stanek, Lena Marchetti and Piotr Stanik of the NCA and the Natonal Coastal Authority.\n';
const OPTIONS = { format: 'markdown' as const, today: '2026-11-21' };

describe('a damaged table cache', () => {
  let work: string;
  let dir: string;
  let set: TableSet;
  /** The result of checking `TEXT` with no cache at all, as JSON. */
  let uncached: string;

  /** The result of checking `TEXT` after a load through `cache`, as JSON. */
  function checked(cache: FactsCache, keepRestoredCopy = false): string {
    const loaded = new TableLoader({ cache, keepRestoredCopy }).load(set);
    assert.deepEqual(loaded.errors, []);
    assert.ok(loaded.compiled);
    return JSON.stringify(check(TEXT, loaded.compiled, OPTIONS));
  }

  /** Writes the table's entry and gives its path and bytes. */
  function entry(): { file: string; bytes: Buffer } {
    checked(new FactsCache(dir));
    const names = fs.readdirSync(dir);
    assert.equal(names.length, 1);
    const file = path.join(dir, names[0]);
    return { file, bytes: fs.readFileSync(file) };
  }

  beforeEach(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-damage-'));
    dir = path.join(work, 'cache');
    fs.writeFileSync(path.join(work, 't.facts.yaml'), TEST_TABLE);
    set = { defaultTable: false, files: [path.join(work, 't.facts.yaml')] };
    uncached = checked(new FactsCache(null));
    assert.ok((JSON.parse(uncached) as { findings: unknown[] }).findings.length >= 3, uncached);
  });
  afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

  it('gives the uncached findings after any byte, bit or length of an entry is damaged, and saves it again', () => {
    const { file, bytes } = entry();
    assert.equal(checked(new CountingCache(dir)), uncached, 'the sound entry');
    const damaged: { what: string; bytes: Buffer }[] = [];
    // Every 151st byte inverted, then a bit flipped in every 193rd from another start (a one-bit
    // change is the smallest there is), then cut at many lengths, and one byte too many. Each
    // case compiles the table again: about 260 of them take a second or two.
    for (let at = 0; at < bytes.length; at += 151) {
      const b = Buffer.from(bytes);
      b[at] ^= 0xff;
      damaged.push({ what: `byte ${at} inverted`, bytes: b });
    }
    for (let at = 41; at < bytes.length; at += 193) {
      const b = Buffer.from(bytes);
      b[at] ^= 1 << at % 8;
      damaged.push({ what: `bit ${at % 8} of byte ${at} flipped`, bytes: b });
    }
    const lengths = [0, 1, 7, 8, 23, 24, 31, 32, 33, 64, bytes.length - 8, bytes.length - 1];
    for (let n = 1000; n < bytes.length; n += 1000) lengths.push(n);
    for (const n of lengths) damaged.push({ what: `cut to ${n} bytes`, bytes: bytes.subarray(0, n) });
    damaged.push({ what: 'a byte too many', bytes: Buffer.concat([bytes, Buffer.from([0])]) });
    assert.ok(damaged.length >= 250, `${damaged.length} cases`);

    damaged.forEach(({ what, bytes: b }, i) => {
      fs.writeFileSync(file, b);
      const cache = new CountingCache(dir);
      // As the CLI loads (the restored copy only when found), and as the server does (the copy read back after saving).
      const keep = i % 2 === 1;
      let result: string;
      try {
        result = checked(cache, keep);
      } catch (e) {
        assert.fail(`${what}: ${(e as Error).stack}`);
      }
      assert.equal(result, uncached, what);
      assert.equal(cache.hits, keep ? 1 : 0, `${what}: the damaged entry was not used`);
      assert.ok(fs.readFileSync(file).equals(bytes), `${what}: saved again`);
    });
  });

  it('deletes, and saves again, an entry that is a link to a device or a named pipe, and never waits on one', function () {
    if (process.platform === 'win32') this.skip();
    const { file, bytes } = entry();
    fs.rmSync(file);
    fs.symlinkSync('/dev/zero', file);
    assert.equal(checked(new CountingCache(dir)), uncached, 'a link to /dev/zero');
    assert.ok(fs.lstatSync(file).isFile() && fs.readFileSync(file).equals(bytes), 'the link is replaced by the entry');
    fs.rmSync(file);
    execFileSync('mkfifo', [file]);
    assert.equal(checked(new CountingCache(dir)), uncached, 'a named pipe');
    assert.ok(fs.lstatSync(file).isFile(), 'the pipe is replaced by the entry');
  });

  it('passes over a folder where an entry should be, empty or not', () => {
    const { file } = entry();
    fs.rmSync(file);
    fs.mkdirSync(file);
    // An empty folder is removed and the entry saved in its place.
    assert.equal(checked(new CountingCache(dir)), uncached, 'an empty folder');
    assert.ok(fs.lstatSync(file).isFile());
    // A folder with something in it is not ours to remove: the entry cannot be saved, and every load compiles.
    fs.rmSync(file);
    fs.mkdirSync(file);
    fs.writeFileSync(path.join(file, 'keep'), 'x');
    for (let i = 0; i < 2; i++) {
      const cache = new CountingCache(dir);
      assert.equal(checked(cache, i === 1), uncached, 'a folder with a file in it');
      assert.equal(cache.hits, 0);
    }
    assert.deepEqual(fs.readdirSync(file), ['keep']);
    assert.deepEqual(fs.readdirSync(dir), [path.basename(file)], 'no temporary file left');
  });

  it('is no error when the cache folder is a file, or cannot be made', () => {
    fs.writeFileSync(dir, 'not a folder');
    const cache = new CountingCache(dir);
    assert.equal(checked(cache, true), uncached, 'the folder is a file');
    assert.equal(checked(cache), uncached);
    assert.equal(cache.hits, 0);
    assert.equal(fs.readFileSync(dir, 'utf8'), 'not a folder');
    const below = new CountingCache(path.join(dir, 'below', 'cache'));
    assert.equal(checked(below, true), uncached, 'the folder would be below a file');
    assert.equal(below.hits, 0);
  });

  it('deletes an entry that passes its checksum but does not restore, and saves it again', () => {
    const { file, bytes } = entry();
    // The same frame and a fresh checksum around serialised facts whose header says something else.
    const payload = Buffer.from(bytes.subarray(32));
    const headerEnd = 8 + payload.readUInt32LE(4);
    const header = payload.subarray(8, headerEnd).toString('latin1');
    const wrong = header.replace('"kind":"i32"', '"kind":"u8"');
    assert.notEqual(wrong, header);
    payload.write(wrong.padEnd(header.length), 8, 'latin1');
    fs.writeFileSync(file, reframe(bytes, payload));
    const cache = new CountingCache(dir);
    assert.equal(checked(cache), uncached);
    assert.equal(cache.hits, 0);
    assert.ok(fs.readFileSync(file).equals(bytes));
  });
});

/** `entry`'s frame around another payload of the same length, its checksum made again. */
function reframe(entry: Buffer, payload: Buffer): Buffer {
  const fields = entry.subarray(0, 24);
  const sum = Buffer.alloc(8);
  sum.writeUInt32LE(crc32(payload, crc32(fields)), 0);
  return Buffer.concat([fields, sum, payload]);
}
