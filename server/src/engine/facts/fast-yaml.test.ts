import assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import { fromYamlDocument, isDataMap, itemStart, keyOffsets, startOf, type Data } from './data';
import { readSimpleYaml } from './fast-yaml';

/** Data with every offset written out, so two readings compare in full. */
function dump(v: Data): unknown {
  if (Array.isArray(v)) return { list: startOf(v), items: v.map((x, i) => [itemStart(v, i), dump(x)]) };
  if (isDataMap(v)) return { map: startOf(v), entries: Object.keys(v).map((k) => [k, keyOffsets(v, k), dump(v[k])]) };
  return v;
}

/** What a reader saw: the top level and the streamed items, with offsets. */
function readWith(read: (sink: (list: string, index: number, item: Data, start: number) => void) => { root: Data | undefined } | null): unknown {
  const items: unknown[] = [];
  const r = read((list, index, item, start) => items.push([list, index, start, dump(item)]));
  return r && { root: r.root === undefined ? undefined : dump(r.root), items };
}

const fast = (text: string) => readWith((sink) => readSimpleYaml(text, sink));
const full = (text: string) =>
  readWith((sink) => {
    const doc = parseDocument(text, { schema: 'core', prettyErrors: false, uniqueKeys: true });
    return doc.errors.length > 0 ? null : fromYamlDocument(doc, sink);
  });

/** The fast reader either gives up or reads exactly what `yaml` reads. */
function assertAgrees(text: string): boolean {
  const quick = fast(text);
  if (quick === null) return false;
  assert.deepEqual(quick, full(text), `fast and full readers disagree on:\n${text}`);
  return true;
}

/** A small deterministic random generator (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('fast YAML reader', () => {
  it('reads what yaml reads for the styles tables are written in', () => {
    const cases = [
      'version: 1\n',
      'version: 1\npeople:\n  - name: A\n    aliases: [B, "C D", \'E\'\'s\']\n',
      'version: 1\npeople:\n- name: A\n  roles:\n  - office: x\n    from: 2019-09-11\n',
      'version: 1\r\npeople:\r\n  - name: A   # trailing comment\r\n\r\n    aliases:\r\n      - B\r\n',
      '# leading comment\nversion: 1\nterms:\n    -   canonical: C# and F#\n        variants: []\n',
      'version: 1\nterms:\n  - canonical: http://example.org/a:b\n    source: a long text that\n      goes on over\n      three lines\n',
      'version: 1\nmilestones:\n  - name: X\n    date: "2014"\n  - name: Y\n    date: 2014\n    aliases:\n  - name: Z\n    date:\n',
      'version: 1\nterms:\n  - canonical:\n      A phrase on its own line\n',
      'version: 1\npeople: []\noffices: [a, 1]\n',
      'version: 1\nunknown:\n  nested:\n    - 0123\n',
      'version: 1\nterms:\n  - canonical: ""\n    variants: [\'\', "x"]\n',
      'version: 1\n__proto__: x\nconstructor: y\n',
    ];
    for (const text of cases) assert.ok(assertAgrees(text), `the fast reader gave up on:\n${text}`);
  });

  it('leaves everything else to yaml', () => {
    const cases = [
      'version: 1\noffices: &o []\npeople: *o\n',
      'version: !!int 1\n',
      'version: 1\nsource: |\n  block\n',
      'version: 1\nsource: >-\n  folded\n',
      'version: 1\nroles: [{office: x}]\n',
      'version: 1\nname: "tab\\tescape"\n',
      'version:\t1\n',
      'version: 1\nversion: 1\n',
      'version: 1\n---\nversion: 1\n',
      '%YAML 1.2\n---\nversion: 1\n',
      'version: 1\nterms:\n  - canonical: A\n   variants: [B]\n',
      'version: 1\nsource: a\n\n  b\n',
      'version: 1\nsource: a # note\n  b\n',
      'version: 1\nx: null\n',
      'version: 1\nx: true\n',
      'version: 1\nx: 1.5\n',
      'version: 1\nx: 0x1F\n',
      'version: 1\nx: a: b\n',
      'version: 1\nx: [a, b,]\n',
      'version: 1\nx: [a,\n  b]\n',
      'version: 1\nmy key: 1\n',
      '"version": 1\n',
      '- a\n',
      'just text\n',
      '',
      'version: 1\rterms: []\n',
    ];
    for (const text of cases) assert.equal(fast(text), null, `the fast reader should give up on:\n${text}`);
  });

  it('agrees with yaml on thousands of generated and mangled tables', () => {
    const rnd = random(20251121);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
    const scalars = ['Motegi', 'Toshimitsu Motegi', 'C#', 'a-b', '2014', '2019-09', '2019-09-11', "'quoted'", '"double"', "'it''s'", 'http://x.org/y', 'FOIP', '""', 'Ünïcödé', 'x # not a comment?', '0123'];
    const keys = ['name', 'title', 'id', 'office', 'from', 'to', 'aliases', 'variants', 'source', 'titel', 'date'];
    const junk = ['\t', ':', ': ', ' #', '#', '-', '- ', '"', "'", '[', ']', '{', '&a ', '*a', '!', '|', '>', '\n', '\n\n', ' ', '  ', ',', '?', '%', '@'];
    let accepted = 0;
    let generated = 0;
    for (let n = 0; n < 3000; n++) {
      const nl = rnd() < 0.2 ? '\r\n' : '\n';
      const step = pick([2, 4]);
      const lines: string[] = ['version: 1'];
      for (const list of ['offices', 'people', 'terms']) {
        if (rnd() < 0.3) continue;
        lines.push(`${list}:${rnd() < 0.2 ? '  # list' : ''}`);
        const dash = rnd() < 0.3 ? '' : ' '.repeat(step);
        for (let i = 0, count = 1 + Math.floor(rnd() * 3); i < count; i++) {
          const used = new Set<string>();
          const entry = ' '.repeat(dash.length + 2);
          for (let k = 0, nkeys = 1 + Math.floor(rnd() * 4); k < nkeys; k++) {
            const key = pick(keys);
            if (used.has(key)) continue;
            used.add(key);
            const lead = k === 0 ? `${dash}- ` : entry;
            const r = rnd();
            if (r < 0.5) lines.push(`${lead}${key}: ${pick(scalars)}${rnd() < 0.1 ? ' # c' : ''}`);
            else if (r < 0.65) lines.push(`${lead}${key}: [${[pick(scalars), pick(scalars)].slice(0, Math.floor(rnd() * 3)).join(', ')}]`);
            else if (r < 0.8) {
              lines.push(`${lead}${key}:`);
              const inner = rnd() < 0.3 ? entry : entry + ' '.repeat(step);
              for (let j = 0; j < 2; j++) lines.push(`${inner}- ${pick(scalars)}`);
            } else if (r < 0.9) {
              lines.push(`${lead}${key}:`);
              lines.push(`${entry}${' '.repeat(step)}- office: ${pick(scalars)}`, `${entry}${' '.repeat(step + 2)}from: ${pick(scalars)}`);
            } else {
              lines.push(`${lead}${key}: ${pick(['Motegi', 'a b', 'C#'])}`, `${entry}${' '.repeat(step)}${pick(['continued', 'and more', 'x y z'])}`);
            }
            if (rnd() < 0.05) lines.push('');
            if (rnd() < 0.05) lines.push(`${' '.repeat(Math.floor(rnd() * 6))}# a comment`);
          }
        }
      }
      const text = lines.join(nl) + nl;
      generated++;
      if (assertAgrees(text)) accepted++;
      // Mangle a copy in a few random places: any result is fine as long as the two readers agree.
      let mangled = text;
      for (let m = 0, count = 1 + Math.floor(rnd() * 3); m < count; m++) {
        const at = Math.floor(rnd() * mangled.length);
        mangled = mangled.slice(0, at) + pick(junk) + mangled.slice(at + (rnd() < 0.3 ? 1 : 0));
      }
      assertAgrees(mangled);
    }
    // Generated tables use only the simple subset, so nearly all must take the fast path.
    assert.ok(accepted / generated > 0.9, `the fast reader took only ${accepted} of ${generated} generated tables`);
  });
});
