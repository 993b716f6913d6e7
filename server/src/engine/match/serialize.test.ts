import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { check, compileFacts, type CompiledFacts } from '../index';
import { loadTables, type TableInput } from '../facts/load';
import { TEST_TABLE } from '../rules/testing';
import { TextList } from './packed';
import { deserializeCompiled, SERIAL_FORMAT, serializeCompiled } from './serialize';

const ROOT = path.resolve(__dirname, '../../../..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const DEFAULT_TABLE: TableInput = { name: 'default', file: null, text: fs.readFileSync(path.join(ROOT, 'facts', 'default.facts.yaml'), 'utf8') };

function compile(inputs: TableInput[]): CompiledFacts {
  const r = loadTables(inputs);
  assert.deepEqual(r.errors, []);
  return compileFacts(r.facts);
}

/** Serialised into one buffer, then restored, as the cache does. */
function roundTrip(c: CompiledFacts): CompiledFacts {
  const parts = serializeCompiled(c);
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  const restored = deserializeCompiled(bytes);
  assert.ok(restored, 'restored');
  return restored;
}

/** Every draft of a fixture folder, with the tables that folder brings. */
function fixtures(): { name: string; tables: TableInput[]; drafts: { file: string; text: string }[] }[] {
  return fs
    .readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const dir = path.join(FIXTURES, d.name);
      const files = fs.readdirSync(dir).sort();
      const tables = files.filter((f) => f.endsWith('.facts.yaml')).map((f) => ({ name: f, file: f, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
      const drafts = files.filter((f) => /\.(md|txt)$/.test(f) && f !== 'NOTES.md').map((f) => ({ file: f, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
      return { name: d.name, tables, drafts };
    });
}

describe('serialised compiled facts', () => {
  it('give exactly the same results as freshly compiled ones on every fixture draft', () => {
    let findings = 0;
    let drafts = 0;
    const sets = fixtures();
    assert.ok(sets.length >= 25);
    // Letter case decides some matches: a name in lower case is not the name.
    sets.push({
      name: 'case',
      tables: [{ name: 'test', file: 'test.facts.yaml', text: TEST_TABLE }],
      drafts: [{ file: 'case.md', text: 'Published 2025-03-01.\n\nThe stanek plan, said Prime Minister Piotr Stanek. Foreign Minister Anna Kovalenko met the PM.\n' }],
    });
    for (const set of sets) {
      // Every fixture table with the default table before it, and each alone.
      const variants = [[DEFAULT_TABLE, ...set.tables], ...(set.tables.length > 0 ? [set.tables] : [])];
      for (const inputs of variants) {
        const fresh = compile(inputs);
        const restored = roundTrip(fresh);
        for (const d of set.drafts) {
          const options = { format: d.file.endsWith('.md') ? ('markdown' as const) : ('plaintext' as const), today: '2026-11-21' };
          const a = check(d.text, fresh, options);
          const b = check(d.text, restored, options);
          assert.deepEqual(b, a, `${set.name}/${d.file}`);
          findings += a.findings.length;
          drafts++;
        }
      }
    }
    // The comparison means something only if there was plenty to compare.
    assert.ok(drafts >= 40, `${drafts} drafts`);
    assert.ok(findings >= 100, `${findings} findings`);
  });

  it('restore the facts entry for entry, lazily, as plain arrays', () => {
    const fresh = compile([{ name: 'test', file: 'test.facts.yaml', text: TEST_TABLE }, DEFAULT_TABLE]);
    const restored = roundTrip(fresh);
    for (const list of ['offices', 'people', 'acronyms', 'terms', 'milestones', 'horizons'] as const) {
      const a = fresh.facts[list] as unknown[];
      const b = restored.facts[list] as unknown[];
      assert.equal(b.length, a.length);
      assert.ok(Array.isArray(b));
      assert.deepEqual(b[a.length - 1], a[a.length - 1], `${list}: last entry`);
      assert.equal(b[a.length], undefined, 'past the end');
      // The same object every time it is asked for.
      assert.equal(b[0], b[0]);
      assert.deepEqual([...b], a, `${list}: spread`);
      assert.deepEqual(b.map((x) => x), a, `${list}: map`);
      let n = 0;
      b.forEach(() => n++);
      assert.equal(n, a.length, `${list}: forEach`);
      assert.equal(JSON.stringify(b), JSON.stringify(a));
    }
    // Every compiled structure, field by field.
    for (const [key, value] of Object.entries(fresh.data)) {
      const back = (restored.data as unknown as Record<string, unknown>)[key];
      if (value instanceof TextList) {
        assert.ok(back instanceof TextList, key);
        assert.equal(back.joined, value.joined, key);
        assert.deepEqual(back.ends, value.ends, key);
      } else assert.deepEqual(back, value, key);
    }
    assert.deepEqual([...restored.officeById], [...fresh.officeById]);
    assert.deepEqual([...restored.titleByKey], [...fresh.titleByKey]);
    const keys = fresh.data.acronymNearKeys;
    assert.ok(keys.length > 0);
    assert.deepEqual(keys, [...keys].sort(), 'near-miss keys are sorted for the binary search');
    assert.equal(fresh.nearMissesOf('NOT A NEAR MISS'), undefined);
    for (const k of keys) assert.deepEqual(restored.nearMissesOf(k), fresh.nearMissesOf(k), k);
    assert.deepEqual(restored.titles, fresh.titles);
    // The lists' lengths without reading the lists, and the holders by given name without a person's facts.
    assert.deepEqual(restored.counts, fresh.counts);
    assert.equal(fresh.counts.people, fresh.facts.people.length);
    // Exactly the holders whose name's first word (up to a space) it is; a name of one word has none.
    const firstWord = (pi: number) => {
      const name = fresh.facts.people[pi].name;
      return name.includes(' ') ? name.slice(0, name.indexOf(' ')).toLowerCase() : undefined;
    };
    let given = 0;
    fresh.facts.offices.forEach((_, oi) => {
      const words = new Set(fresh.holders(oi).map((h) => firstWord(h.person)).filter((w) => w !== undefined));
      for (const w of words) {
        const expected = fresh.holders(oi).filter((h) => firstWord(h.person) === w).map((h) => [h.person, h.role]);
        assert.deepEqual(restored.holdersGiven(oi, w).map((h) => [h.person, h.role]), expected, w);
        assert.deepEqual(fresh.holdersGiven(oi, w).map((h) => [h.person, h.role]), expected, w);
        given += expected.length;
      }
    });
    assert.ok(given > 20, `${given} holders`);
    assert.deepEqual(restored.holdersGiven(0, 'nobody-has-this-name'), []);
    assert.ok(fresh.data.near.refs.length > 0, 'the default table has phrases near forms are looked for');
  });

  it('keep each table\'s horizon, found by the place of a fact', () => {
    const dated = TEST_TABLE.replace('version: 1\n', 'version: 1\nasOf: 2025-06-30\n');
    const restored = roundTrip(compile([{ name: 'test', file: 'test.facts.yaml', text: dated }]));
    assert.deepEqual(restored.horizonOf({ table: 'test', file: 'test.facts.yaml', line: 9, column: 5 }), { year: 2025, month: 6, day: 30 });
    assert.equal(restored.horizonOf({ table: 'other', file: 'other.facts.yaml', line: 1, column: 1 }), undefined);
  });

  it('refuse bytes that are not a compiled table', () => {
    assert.equal(deserializeCompiled(new Uint8Array(0)), null);
    assert.equal(deserializeCompiled(new TextEncoder().encode('version: 1\noffices: []\n')), null);
    const parts = serializeCompiled(compile([{ name: 'test', file: 'test.facts.yaml', text: TEST_TABLE }]));
    const whole = Buffer.concat(parts);
    // Cut short: the arrays it announces are not all there.
    assert.equal(deserializeCompiled(whole.subarray(0, whole.length - 64)), null);
    // Another format number.
    const header = whole.toString('latin1').replace(`"format":${SERIAL_FORMAT},`, '"format":0,');
    assert.equal(deserializeCompiled(Buffer.from(header, 'latin1')), null);
  });

  it('refuse a header that does not hang together, and never throw on one', () => {
    const whole = Buffer.concat(serializeCompiled(compile([{ name: 'test', file: 'test.facts.yaml', text: TEST_TABLE }])));
    const headerEnd = 8 + whole.readUInt32LE(4);
    const header = whole.subarray(8, headerEnd).toString('latin1');
    /** The bytes with `from` in the header replaced by `to` (padded with spaces to the same length). */
    const edited = (from: RegExp, to: (m: string) => string): Buffer => {
      const text = header.replace(from, to);
      assert.notEqual(text, header, String(from));
      assert.ok(text.length <= header.length);
      const b = Buffer.from(whole);
      b.write(text.padEnd(header.length), 8, 'latin1');
      return b;
    };
    // Spaces after the header are still a header: a table name one letter shorter restores.
    assert.ok(deserializeCompiled(edited(/"places":\[\["test"/, () => '"places":[["tes"')));
    const wrong: [string, RegExp, (m: string) => string][] = [
      // The trie's hash table as bytes: no slot would ever be -1, and a probe would not end.
      ['an array of the wrong kind', /"kind":"i32"/, () => '"kind":"u8"'],
      ['an offset an Int32Array cannot start at', /"kind":"i32","offset":[1-9]\d*/, (m) => m.replace(/\d+$/, (n) => String(Number(n) + 2))],
      ['a hash table fuller than it can be', /"size":\d+/, (m) => m.replace(/\d+/, (n) => '9'.repeat(n.length))],
      ['more people than saved', /"people":(\d+)/, (m) => m.replace(/\d+/, (n) => String(Number(n) + 1))],
      ['no sections', /"sections":/, () => '"sectionz":'],
      ['a place that is not [table, file]', /"places":\[\["test"/, () => '"places":[[7'],
    ];
    for (const [what, from, to] of wrong) assert.equal(deserializeCompiled(edited(from, to)), null, what);
    // Any byte of the header changed: refused, or restored; never a throw.
    for (let at = 8; at < headerEnd; at += 3) {
      const b = Buffer.from(whole);
      b[at] ^= 0xff;
      assert.doesNotThrow(() => deserializeCompiled(b), `byte ${at}`);
      b[at] ^= 0xff ^ 0x01;
      assert.doesNotThrow(() => deserializeCompiled(b), `byte ${at}, one bit`);
    }
  });
});
