'use strict';
// Writes the workloads under bench/work/ (git-ignored), once per seed and generator version:
// the three facts tables, the corpus, the editor draft, grep's patterns and prh's dictionaries.
const fs = require('node:fs');
const path = require('node:path');
const { stream } = require('./prng');
const { makeFacts, tableYaml, surfaceStrings, dayOf } = require('./facts');
const { Writer, article, writeCorpus } = require('./corpus');

/** Bump when the output changes for the same seed: the workloads are then written again. */
const GENERATOR_VERSION = 6;
const DEFAULT_SEED = 20260301;
const SIZES = [
  { id: '1k', people: 1000 },
  { id: '10k', people: 10_000 },
  { id: '100k', people: 100_000 },
];
const CORPUS = { files: 2000, bytes: 5000 };
const DRAFT_WORDS = 5000;

/** Paths of everything generated, under `work`. */
function layout(work) {
  return {
    work,
    stamp: path.join(work, 'stamp.json'),
    tables: Object.fromEntries(SIZES.map((s) => [s.id, path.join(work, 'tables', `bench-${s.id}.facts.yaml`)])),
    corpus: path.join(work, 'corpus'),
    draft: path.join(work, 'editor', 'draft-5000.md'),
    patterns: path.join(work, 'grep', 'patterns-100k.txt'),
    prh: Object.fromEntries(SIZES.map((s) => [s.id, path.join(work, 'prh', `prh-${s.id}.yml`)])),
  };
}

/** The stamp the workloads must carry to be reused. */
function wantedStamp(seed) {
  return { seed, generator: GENERATOR_VERSION, sizes: SIZES, corpus: CORPUS, draftWords: DRAFT_WORDS };
}

/**
 * prh's dictionary for a table: every wrong form the table lists (acronym spellings and
 * expansions, term variants) → its right form, and each person's misspelling that the corpus
 * plants → the person's name (the only wrong names the generator knows; aliases are right).
 * Rules are grouped by right form, with word boundaries, as one writes prh rules for English.
 */
function prhYaml(facts, people) {
  const byExpected = new Map();
  const add = (expected, pattern) => {
    if (!byExpected.has(expected)) byExpected.set(expected, []);
    byExpected.get(expected).push(pattern);
  };
  for (const a of facts.acronyms) for (const v of a.variants) add(/[a-z]/.test(v) ? a.expansion : a.short, v);
  for (const t of facts.terms) for (const v of t.variants) add(t.canonical, v);
  for (let i = 0; i < people; i++) if (facts.people[i].typo) add(facts.people[i].name, facts.people[i].typo);
  // Patterns go as /regular expressions/: prh escapes "-" in plain patterns, which its own
  // unicode-mode expressions then reject ("Invalid escape").
  const asRegExp = (s) => `/${s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}/`;
  const out = ['version: 1', 'rules:'];
  for (const [expected, patterns] of byExpected) {
    out.push(`  - expected: ${JSON.stringify(expected)}`, `    patterns: ${JSON.stringify(patterns.map(asRegExp))}`, '    options: { wordBoundary: true }');
  }
  return { text: out.join('\n') + '\n', rules: byExpected.size, patterns: [...byExpected.values()].reduce((n, p) => n + p.length, 0) };
}

/** Makes sure the workloads for `seed` are in `work`; returns their layout and the stamp. */
function ensureWorkloads(work, seed = DEFAULT_SEED, log = () => {}) {
  const paths = layout(work);
  const wanted = wantedStamp(seed);
  try {
    const stamp = JSON.parse(fs.readFileSync(paths.stamp, 'utf8'));
    const { made, ...rest } = stamp;
    if (made && JSON.stringify(rest) === JSON.stringify(wanted) && fs.existsSync(paths.tables['100k']) && fs.existsSync(paths.corpus)) return { paths, stamp };
  } catch {
    // no stamp: generate
  }
  const t0 = Date.now();
  log(`generating workloads (seed ${seed}, generator v${GENERATOR_VERSION}) in ${path.relative(process.cwd(), work) || work} …`);
  fs.rmSync(work, { recursive: true, force: true });
  for (const d of ['tables', 'corpus', 'editor', 'grep', 'prh']) fs.mkdirSync(path.join(work, d), { recursive: true });

  const facts = makeFacts(seed, SIZES[SIZES.length - 1].people);
  const tables = {};
  for (const s of SIZES) {
    const text = tableYaml(facts, s.people, seed);
    fs.writeFileSync(paths.tables[s.id], text);
    tables[s.id] = { people: s.people, bytes: Buffer.byteLength(text) };
  }
  const patterns = surfaceStrings(facts, SIZES[SIZES.length - 1].people);
  fs.writeFileSync(paths.patterns, patterns.join('\n') + '\n');
  const prh = {};
  for (const s of SIZES) {
    const p = prhYaml(facts, s.people);
    fs.writeFileSync(paths.prh[s.id], p.text);
    prh[s.id] = { rules: p.rules, patterns: p.patterns };
  }

  let corpusBytes = 0;
  let corpusFiles = 0;
  const made = writeCorpus(facts, stream(seed, 'corpus'), CORPUS, (rel, text) => {
    const file = path.join(paths.corpus, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    corpusBytes += Buffer.byteLength(text);
    corpusFiles++;
  });

  // The editor's draft: one long article about the 100,000 people's world.
  const w = new Writer(facts, stream(seed, 'draft'));
  const draft = article(w, stream(seed, 'draft-text'), { day: dayOf('2025-11-20'), targetWords: DRAFT_WORDS, known: facts.people.length });
  fs.writeFileSync(paths.draft, draft.text);

  const stamp = {
    ...wanted,
    made: {
      seconds: (Date.now() - t0) / 1000,
      tables,
      counts: { offices: facts.offices.length, acronyms: facts.acronyms.length, terms: facts.terms.length, milestones: facts.milestones.length },
      corpus: { files: corpusFiles, bytes: corpusBytes, mentions: made.mentions, planted: made.planted },
      draft: { words: draft.words, bytes: Buffer.byteLength(draft.text) },
      grepPatterns: patterns.length,
      prh,
    },
  };
  fs.writeFileSync(paths.stamp, JSON.stringify(stamp, null, 2) + '\n');
  log(`generated in ${stamp.made.seconds.toFixed(1)} s`);
  return { paths, stamp };
}

module.exports = { ensureWorkloads, layout, SIZES, DEFAULT_SEED, GENERATOR_VERSION };
