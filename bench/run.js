#!/usr/bin/env node
'use strict';
// `npm run bench`: factlint's benchmark. Generates the workloads (bench/work/, from a seed), then
// measures in one run, on the same files: the factlint CLI end to end per table size, grep -F
// with every surface string of the table, what Node costs before any checking (the baseline),
// textlint + prh, table loading, the CLI's phases, and
// the language server (edit latency, start-up, memory). Prints one table with the ratios and the
// targets, and writes bench/results/latest.json. Speed is measured here, never asserted in a test:
// the exit code is 0 unless something crashed.
//
//   node bench/run.js [--quick] [--only cli,baseline,grep,textlint,load,phases,lsp,hostile] [--seed N]
//                     [--runs N] [--edits N] [--textlint-seconds S]
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync, spawnSync } = require('node:child_process');
const { parseArgs } = require('node:util');
const { ensureWorkloads, SIZES, DEFAULT_SEED, GENERATOR_VERSION } = require('./lib/generate');
const { repeat, timeCommand, median, gnuTime } = require('./lib/measure');
const { textlintRate, available: textlintAvailable } = require('./lib/textlint');
const { editSession, startupOnce, serverDebounce, largeDraftSession } = require('./lib/lsp');
const { INPUTS: HOSTILE, ensureHostile } = require('./lib/hostile');
const { markdownFiles } = require('./lib/drafts');

const BENCH = __dirname;
const ROOT = path.resolve(BENCH, '..');
const WORK = path.join(BENCH, 'work');
const RESULTS = path.join(BENCH, 'results');
const TMP = path.join(RESULTS, 'tmp');
const FACTLINT = path.join(ROOT, 'bin', 'factlint.js');
/** factlint's caches, cleared for "cold" runs; XDG_CACHE_HOME points into bench/work so the user's own is never touched. */
const CACHE_HOME = path.join(WORK, 'cache');
const CACHE_DIRS = [path.join(CACHE_HOME, 'factlint'), path.join(ROOT, 'node_modules', '.cache', 'factlint')];
const ALL = ['cli', 'baseline', 'grep', 'textlint', 'load', 'phases', 'lsp', 'hostile'];

const { values: argv } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    seed: { type: 'string' },
    runs: { type: 'string' },
    edits: { type: 'string' },
    'textlint-seconds': { type: 'string' },
  },
});
const quick = argv.quick;
const only = argv.only ? argv.only.split(',').map((s) => s.trim()) : ALL;
const unknown = only.filter((s) => !ALL.includes(s));
if (unknown.length > 0) {
  console.error(`bench: unknown part(s) ${unknown.join(', ')}; choose from ${ALL.join(', ')}`);
  process.exit(2);
}
const settings = {
  seed: argv.seed ? Number(argv.seed) : DEFAULT_SEED,
  generator: GENERATOR_VERSION,
  cliRuns: argv.runs ? Number(argv.runs) : quick ? 1 : 3,
  grepRuns: quick ? 2 : 5,
  loadRuns: quick ? 1 : 3,
  startupRuns: quick ? 2 : 5,
  edits: argv.edits ? Number(argv.edits) : quick ? 40 : 200,
  textlintSeconds: argv['textlint-seconds'] ? Number(argv['textlint-seconds']) : quick ? 15 : 60,
};
const full = only.length === ALL.length && !quick && !argv.runs && !argv.edits && !argv['textlint-seconds'] && settings.seed === DEFAULT_SEED;

const log = (s) => process.stderr.write(`bench: ${s}\n`);
const cacheEnv = { XDG_CACHE_HOME: CACHE_HOME };
const okFindings = (s) => s === 0 || s === 1;
const mb = (bytes) => bytes / 1e6;

// ---------------------------------------------------------------------------------------------

function newestMtime(dir, test) {
  let newest = 0;
  if (!fs.existsSync(dir)) return 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name === 'out') continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestMtime(p, test));
    else if (test(e.name)) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds the root package when its output is missing or older than its sources. */
function ensureBuilt() {
  const outputs = [path.join(ROOT, 'server', 'out', 'cli', 'main.js'), path.join(ROOT, 'server', 'out', 'server.js')];
  const built = Math.min(...outputs.map((f) => (fs.existsSync(f) ? fs.statSync(f).mtimeMs : 0)));
  const sources = Math.max(
    newestMtime(path.join(ROOT, 'server', 'src'), (n) => n.endsWith('.ts')),
    newestMtime(path.join(ROOT, 'common', 'src'), (n) => n.endsWith('.ts')),
  );
  if (built > 0 && built >= sources) return;
  log('building factlint (npm run build) …');
  const r = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error('npm run build failed');
}

function machine() {
  const cpuinfo = fs.existsSync('/proc/cpuinfo') ? fs.readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown';
  const git = (args) => {
    try {
      return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return null;
    }
  };
  const grepVersion = (() => {
    try {
      return execFileSync('grep', ['--version'], { encoding: 'utf8' }).split('\n')[0];
    } catch {
      return null;
    }
  })();
  return {
    cpu: model,
    cores: os.cpus().length,
    ramGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    grep: grepVersion,
    commit: git(['rev-parse', 'HEAD']),
    dirty: (git(['status', '--porcelain', '--', 'server', 'common', 'bin', 'package.json']) ?? '') !== '',
  };
}

function corpusFiles(dir) {
  // Ordered by article number, so any prefix mixes every section.
  return markdownFiles(dir).sort((a, b) => (path.basename(a) < path.basename(b) ? -1 : path.basename(a) > path.basename(b) ? 1 : a < b ? -1 : 1));
}

function clearCaches() {
  for (const d of CACHE_DIRS) fs.rmSync(d, { recursive: true, force: true });
}

/** Whether the built CLI knows FACTLINT_NO_CACHE (a table cache exists to switch off). */
function cacheSupported() {
  const out = path.join(ROOT, 'server', 'out');
  let found = false;
  (function walk(d) {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (found) return;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.js') && !e.name.endsWith('.test.js') && fs.readFileSync(p, 'utf8').includes('FACTLINT_NO_CACHE')) found = true;
    }
  })(out);
  return found;
}

// Parts --------------------------------------------------------------------------------------

function partCli(ctx) {
  const out = {};
  for (const s of SIZES) {
    log(`CLI, ${s.id} people: ${settings.cliRuns} runs after a warm-up …`);
    const args = [FACTLINT, '--no-default-facts', '--facts', ctx.paths.tables[s.id], '--format', 'json', ctx.paths.corpus];
    // The warm-up run writes its report, which must parse and hold findings.
    const report = path.join(TMP, `cli-${s.id}.json`);
    const warm = timeCommand(process.execPath, args, { cwd: ROOT, env: cacheEnv, stdoutFile: report });
    if (!okFindings(warm.status)) throw new Error(`factlint (${s.id}): exit code ${warm.status}\n${warm.stderr.slice(0, 2000)}`);
    const parsed = JSON.parse(fs.readFileSync(report, 'utf8'));
    const byRule = {};
    const byFile = new Map();
    for (const f of parsed.files) {
      byFile.set(path.resolve(ROOT, f.path), f.findings.filter((x) => ['acronym', 'term', 'name'].includes(x.rule)).length);
      for (const x of f.findings) byRule[x.rule] = (byRule[x.rule] ?? 0) + 1;
    }
    const findings = Object.values(byRule).reduce((a, b) => a + b, 0);
    if (parsed.files.length !== ctx.corpus.files.length || findings === 0) throw new Error(`factlint (${s.id}): ${parsed.files.length} files, ${findings} findings in the JSON report`);
    ctx.cliByFile[s.id] = byFile;
    ctx.reportBytes[s.id] = fs.statSync(report).size;
    const r = repeat(`factlint ${s.id}`, process.execPath, args, { runs: settings.cliRuns, cwd: ROOT, env: cacheEnv, ok: okFindings });
    out[s.id] = { seconds: r.seconds, times: r.times, mbPerSec: mb(ctx.corpus.bytes) / r.seconds, peakRssMB: r.rssMB, findings, byRule, jsonBytes: ctx.reportBytes[s.id] };
  }
  if (ctx.cache) {
    log('CLI, 100k people, cache off (FACTLINT_NO_CACHE=1) …');
    const args = [FACTLINT, '--no-default-facts', '--facts', ctx.paths.tables['100k'], '--format', 'json', ctx.paths.corpus];
    const r = repeat('factlint 100k no cache', process.execPath, args, { runs: settings.cliRuns, cwd: ROOT, env: { ...cacheEnv, FACTLINT_NO_CACHE: '1' }, ok: okFindings });
    out.noCache100k = { seconds: r.seconds, times: r.times, mbPerSec: mb(ctx.corpus.bytes) / r.seconds, peakRssMB: r.rssMB };
  }
  return out;
}

/**
 * The least a Node command line over this corpus can take, so the CLI's figures can be read
 * against it: `factlint --version` (process start and loading the CLI bundle), and a bare Node
 * process that reads every draft and writes as many bytes as the 1k report, checking nothing.
 */
function partBaseline(ctx) {
  const runs = settings.startupRuns;
  log(`baseline: factlint --version, and node reading the drafts and writing a report's bytes: ${runs} runs each …`);
  const version = repeat('factlint --version', process.execPath, [FACTLINT, '--version'], { runs, warmup: 1, cwd: ROOT });
  // Without the CLI part, the size of the report an earlier run left, else none.
  const earlier = path.join(TMP, 'cli-1k.json');
  const bytes = ctx.reportBytes['1k'] ?? (fs.existsSync(earlier) ? fs.statSync(earlier).size : 0);
  const args = [path.join(BENCH, 'lib', 'baseline.js'), ctx.paths.corpus, String(bytes)];
  const read = repeat('node baseline', process.execPath, args, { runs, warmup: 1, cwd: ROOT });
  return {
    versionSeconds: version.seconds,
    versionTimes: version.times,
    readWriteSeconds: read.seconds,
    readWriteTimes: read.times,
    readWriteMbPerSec: mb(ctx.corpus.bytes) / read.seconds,
    reportBytes: bytes,
  };
}

function partGrep(ctx) {
  log(`grep -F, ${ctx.stamp.made.grepPatterns} fixed strings: ${settings.grepRuns} runs …`);
  const args = ['-F', '-c', '-r', '--include=*.md', '-f', ctx.paths.patterns, ctx.paths.corpus];
  const r = repeat('grep', 'grep', args, { runs: settings.grepRuns, warmup: 1, cwd: ROOT, env: { LC_ALL: 'C' }, ok: (s) => s === 0 || s === 1 });
  return { seconds: r.seconds, times: r.times, mbPerSec: mb(ctx.corpus.bytes) / r.seconds, peakRssMB: r.rssMB, patterns: ctx.stamp.made.grepPatterns, locale: 'C' };
}

function partTextlint(ctx) {
  if (!textlintAvailable()) throw new Error('textlint is not installed: run `npm --prefix bench ci`');
  const out = {};
  for (const id of ['100k', '1k']) {
    log(`textlint + prh, ${id} people (${ctx.stamp.made.prh[id].patterns} patterns): about ${settings.textlintSeconds} s …`);
    const r = textlintRate({ prhFile: ctx.paths.prh[id], ordered: ctx.corpus.files, seconds: settings.textlintSeconds, tmpDir: TMP, cwd: ROOT });
    const byFile = ctx.cliByFile[id];
    const factlintFindings = byFile ? r.subset.reduce((n, f) => n + (byFile.get(f) ?? 0), 0) : null;
    delete r.subset;
    out[id] = { ...r, prhRules: ctx.stamp.made.prh[id].rules, prhPatterns: ctx.stamp.made.prh[id].patterns, factlintFindingsSameFiles: factlintFindings };
  }
  return out;
}

function partLoad(ctx) {
  const tiny = 'Foreign Minister Makataka Nakakayama met officials in Velmora on Monday.\n';
  const base = [FACTLINT, '--no-default-facts', '--stdin'];
  const withTable = [FACTLINT, '--no-default-facts', '--facts', ctx.paths.tables['100k'], '--stdin'];
  log('table load: CLI start-up without a table …');
  const startup = repeat('factlint startup', process.execPath, base, { runs: settings.startupRuns, warmup: 1, cwd: ROOT, env: cacheEnv, input: tiny, ok: okFindings });
  log('table load, 100k people: cold (caches cleared, FACTLINT_NO_CACHE=1) …');
  const coldTimes = [];
  let coldRss = null;
  for (let i = 0; i < settings.loadRuns; i++) {
    clearCaches();
    const r = timeCommand(process.execPath, withTable, { cwd: ROOT, env: { ...cacheEnv, FACTLINT_NO_CACHE: '1' }, input: tiny });
    if (!okFindings(r.status)) throw new Error(`factlint --stdin (100k): exit code ${r.status}\n${r.stderr.slice(0, 2000)}`);
    coldTimes.push(r.seconds);
    coldRss = Math.max(coldRss ?? 0, r.rssKB ?? 0);
  }
  log('table load, 100k people: cached (second run) …');
  clearCaches();
  const cached = repeat('factlint cached', process.execPath, withTable, { runs: settings.loadRuns, warmup: 1, cwd: ROOT, env: cacheEnv, input: tiny, ok: okFindings });
  return {
    startupSeconds: startup.seconds,
    coldSeconds: median(coldTimes),
    coldTimes,
    coldPeakRssMB: coldRss ? coldRss / 1024 : null,
    cachedSeconds: cached.seconds,
    cachedTimes: cached.times,
    cacheInBuild: ctx.cache,
  };
}

function partPhases(ctx) {
  const out = {};
  for (const s of SIZES) {
    log(`phases in process, ${s.id} people …`);
    const r = spawnSync(process.execPath, [path.join(BENCH, 'lib', 'phases.js'), ROOT, ctx.paths.tables[s.id], ctx.paths.corpus], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (r.status !== 0) throw new Error(`phases (${s.id}): ${r.stderr.slice(0, 2000)}`);
    out[s.id] = JSON.parse(r.stdout.trim().split('\n').pop());
  }
  return out;
}

async function partLsp(ctx) {
  // The server uses the bench's cache folder. A first server, with the cache cleared, measures a
  // cold open (parse and compile in the server, which then saves the table); the measured edit
  // session starts a second server, as an editor restarted with the same tables does.
  const session = { cwd: WORK, tableRel: path.relative(WORK, ctx.paths.tables['100k']), draftPath: ctx.paths.draft, seed: settings.seed, env: cacheEnv };
  log('language server, 100k people: a cold start (cache cleared) …');
  clearCaches();
  const cold = await editSession(ROOT, { ...session, edits: 0 });
  log(`language server, 100k people: ${settings.edits} edits on a ${ctx.stamp.made.draft.words}-word draft …`);
  const edit = await editSession(ROOT, { ...session, edits: settings.edits });
  edit.coldOpenMs = cold.openToFirstDiagnosticsMs;
  edit.coldPeakMB = cold.peakMB;
  log(`language server start-up with the default table: ${settings.startupRuns} runs …`);
  const dir = path.join(WORK, 'startup');
  fs.mkdirSync(dir, { recursive: true });
  const draft = path.join(dir, 'draft.md');
  fs.copyFileSync(path.join(ROOT, 'examples', 'misri-tokyo.md'), draft);
  const runs = [];
  let findings = null;
  for (let i = 0; i < settings.startupRuns; i++) {
    const r = await startupOnce(ROOT, { cwd: dir, draftPath: draft });
    runs.push(r.ms);
    findings = r.findings;
  }
  return { edit, startup: { ms: median(runs), runs, findings, draft: 'examples/misri-tokyo.md', debounceMs: serverDebounce(ROOT).ms } };
}

async function partHostile() {
  // Texts no newsroom writes (issue 15): each must cost time in proportion to its size.
  const dir = path.join(WORK, 'hostile');
  const files = ensureHostile(dir);
  const cli = {};
  for (const [name, file] of Object.entries(files)) {
    if (name === 'server-10mb') continue;
    log(`hostile input, CLI: ${HOSTILE[name].what} …`);
    const t = timeCommand(process.execPath, [FACTLINT, '--format', 'json', path.basename(file)], { cwd: dir, env: cacheEnv });
    if (!okFindings(t.status)) throw new Error(`factlint on ${name}: exit ${t.status}\n${t.stderr.slice(0, 2000)}`);
    cli[name] = { what: HOSTILE[name].what, bytes: fs.statSync(file).size, seconds: t.seconds, peakMB: t.rssKB === null ? null : t.rssKB / 1024 };
  }
  log(`hostile input, server: ${HOSTILE['server-10mb'].what}, with hovers on a small draft meanwhile …`);
  const small = path.join(dir, 'small.md');
  fs.copyFileSync(path.join(ROOT, 'examples', 'misri-tokyo.md'), small);
  const server = await largeDraftSession(ROOT, { cwd: dir, smallPath: small, largePath: files['server-10mb'], env: cacheEnv });
  return { cli, server: { what: HOSTILE['server-10mb'].what, ...server } };
}

// Report -------------------------------------------------------------------------------------

const fmt = {
  s: (x) => (x === null || x === undefined ? '—' : x >= 10 ? `${x.toFixed(1)} s` : `${x.toFixed(2)} s`),
  ms: (x) => (x === null || x === undefined ? '—' : x >= 100 ? `${Math.round(x)} ms` : `${x.toFixed(1)} ms`),
  rate: (x) => (x === null || x === undefined ? '—' : x >= 10 ? `${x.toFixed(1)} MB/s` : x >= 0.1 ? `${x.toFixed(2)} MB/s` : `${x.toPrecision(2)} MB/s`),
  mb: (x) => (x === null || x === undefined ? '—' : `${Math.round(x)} MB`),
  ratio: (x) => (x === null || x === undefined ? '—' : x >= 100 ? `${Math.round(x).toLocaleString('en-US')}×` : `${x.toFixed(2)}×`),
  int: (x) => (x === null || x === undefined ? '—' : x.toLocaleString('en-US')),
};

function ratiosOf(r) {
  const cli = r.cli ?? {};
  const tl = r.textlint ?? {};
  const g = r.grep;
  const q = (a, b) => (a && b ? a / b : null);
  return {
    factlintOverTextlint100k: q(cli['100k']?.mbPerSec, tl['100k']?.mbPerSec),
    factlintOverTextlint1k: q(cli['1k']?.mbPerSec, tl['1k']?.mbPerSec),
    factlintOverGrep100k: q(cli['100k']?.mbPerSec, g?.mbPerSec),
    factlintOverGrep1k: q(cli['1k']?.mbPerSec, g?.mbPerSec),
  };
}

function targetsOf(r, ratios) {
  const t = [];
  const add = (id, label, value, goal, shown, pass) => t.push({ id, label, value, goal, shown, pass: value === null || value === undefined ? null : pass });
  add('cli-100k-vs-grep', 'CLI, 100k people, at least as fast as grep -F', ratios.factlintOverGrep100k, '≥ 1× grep', fmt.ratio(ratios.factlintOverGrep100k), ratios.factlintOverGrep100k >= 1);
  add('cli-100k-vs-textlint', 'CLI, 100k people, ≥ 10,000× textlint+prh per MB', ratios.factlintOverTextlint100k, '≥ 10,000×', fmt.ratio(ratios.factlintOverTextlint100k), ratios.factlintOverTextlint100k >= 10_000);
  add('cli-1k-rate', 'CLI, 1k people, end to end', r.cli?.['1k']?.mbPerSec, '≥ 50 MB/s', fmt.rate(r.cli?.['1k']?.mbPerSec), r.cli?.['1k']?.mbPerSec >= 50);
  const load = r.load ? Math.min(r.load.coldSeconds, r.load.cachedSeconds) : null;
  add('load-100k', 'Table load, 100k people (fresh CLI on a one-line draft, cache allowed)', load, '< 500 ms', load === null ? '—' : fmt.ms(load * 1000), load < 0.5);
  add('lsp-p95', 'Server, didChange → diagnostics p95, 100k people', r.lsp?.edit?.p95Ms, '< 10 ms', fmt.ms(r.lsp?.edit?.p95Ms), r.lsp?.edit?.p95Ms < 10);
  add('lsp-startup', 'Server start → first diagnostics, default table', r.lsp?.startup?.ms, '< 300 ms', fmt.ms(r.lsp?.startup?.ms), r.lsp?.startup?.ms < 300);
  add('lsp-memory', 'Server peak RSS, 100k people (table from the cache)', r.lsp?.edit?.peakMB, '< 400 MB', fmt.mb(r.lsp?.edit?.peakMB), r.lsp?.edit?.peakMB < 400);
  add('cli-memory', 'CLI peak RSS, 100k people', r.cli?.['100k']?.peakRssMB, '< 400 MB', fmt.mb(r.cli?.['100k']?.peakRssMB), r.cli?.['100k']?.peakRssMB < 400);
  return t;
}

/** Wrong mentions planted in the corpus that a table of `size` people knows of. */
function plantedFor(workload, size) {
  const order = SIZES.map((s) => s.id);
  let n = 0;
  for (const [key, count] of Object.entries(workload.corpus.planted)) {
    const tier = key.split('@')[1];
    if (order.indexOf(tier) <= order.indexOf(size)) n += count;
  }
  return n;
}

function printTable(out) {
  const { results: r, machine: m, workload: w } = out;
  const lines = [];
  const rows = [];
  const row = (label, value, notes = '') => rows.push([label, value, notes]);
  const head = (label) => rows.push([label, null, null]);
  lines.push(`factlint benchmark — ${out.date.slice(0, 10)}, commit ${m.commit ? m.commit.slice(0, 10) : '?'}${m.dirty ? ' (with uncommitted changes)' : ''}`);
  lines.push(`machine: ${m.cpu}, ${m.cores} cores, ${m.ramGiB} GiB, ${m.os}, node ${m.node}`);
  lines.push(
    `workload (seed ${out.settings.seed}): ${fmt.int(w.corpus.files)} Markdown drafts, ${mb(w.corpus.bytes).toFixed(2)} MB, ${fmt.int(w.corpus.mentions)} mentions (${fmt.int(w.corpus.plantedTotal)} wrong); ` +
      `tables of ${SIZES.map((s) => s.id).join(' / ')} people = ${SIZES.map((s) => mb(w.tables[s.id].bytes).toFixed(1)).join(' / ')} MB of YAML, each with ${fmt.int(w.counts.offices)} offices, ${fmt.int(w.counts.acronyms)} acronyms, ${fmt.int(w.counts.terms)} terms, ${fmt.int(w.counts.milestones)} milestones`,
  );
  lines.push('(MB = 10^6 bytes; times are medians; RSS is the peak resident set)');
  if (r.cli) {
    head('factlint CLI, end to end (start, table load, check 2,000 files, JSON out)');
    for (const s of SIZES) {
      const c = r.cli[s.id];
      if (c) row(`  ${s.id} people`, `${fmt.s(c.seconds)}  ${fmt.rate(c.mbPerSec)}  ${fmt.mb(c.peakRssMB)}`, `median of ${c.times.length}; ${fmt.int(c.findings)} findings, ${fmt.int(plantedFor(w, s.id))} wrong mentions planted`);
    }
    if (r.cli.noCache100k) row('  100k people, cache off', `${fmt.s(r.cli.noCache100k.seconds)}  ${fmt.rate(r.cli.noCache100k.mbPerSec)}  ${fmt.mb(r.cli.noCache100k.peakRssMB)}`, 'FACTLINT_NO_CACHE=1');
  }
  if (r.baseline) {
    const f = r.baseline;
    head('what Node costs before checking anything (no table, no check)');
    row('  factlint --version', fmt.s(f.versionSeconds), `median of ${f.versionTimes.length}; process start and the CLI bundle`);
    row('  node: read every draft, write the report\'s bytes', `${fmt.s(f.readWriteSeconds)}  ${fmt.rate(f.readWriteMbPerSec)}`, `median of ${f.readWriteTimes.length}; ${fmt.int(f.reportBytes)} bytes written (the 1k report); 50 MB/s leaves ${fmt.s(mb(w.corpus.bytes) / 50)} in all`);
  }
  if (r.grep) {
    head('grep -F -c, every surface string of the 100k table (the floor)');
    row(`  ${fmt.int(r.grep.patterns)} fixed strings`, `${fmt.s(r.grep.seconds)}  ${fmt.rate(r.grep.mbPerSec)}  ${fmt.mb(r.grep.peakRssMB)}`, `LC_ALL=C, median of ${r.grep.times.length}`);
  }
  if (r.textlint) {
    head('textlint + textlint-rule-prh, the table\'s wrong forms as prh rules (a subset timed for ~1 minute)');
    for (const id of ['100k', '1k']) {
      const t = r.textlint[id];
      if (t) {
        row(`  ${id} people (${fmt.int(t.prhPatterns)} patterns)`, `${fmt.s(t.seconds)}  ${fmt.rate(t.mbPerSec)}  ${fmt.mb(t.peakRssMB)}`, `${t.files} files, ${(t.bytes / 1e6).toFixed(2)} MB; start-up (${fmt.s(t.startupSeconds)}) left out; with it ${fmt.rate(t.mbPerSecWithStartup)}`);
        row('', '', `${t.messages} messages; factlint has ${t.factlintFindingsSameFiles ?? '—'} acronym/term/name findings in the same files`);
      }
    }
  }
  if (r.load) {
    head('table load, 100k people (factlint --stdin, one-line draft)');
    row('  CLI start-up, no table', fmt.ms(r.load.startupSeconds * 1000));
    row('  cold (caches cleared, FACTLINT_NO_CACHE=1)', fmt.ms(r.load.coldSeconds * 1000), r.load.coldPeakRssMB ? `peak ${fmt.mb(r.load.coldPeakRssMB)}` : '');
    row('  cached (second run)', fmt.ms(r.load.cachedSeconds * 1000), r.load.cacheInBuild ? '' : 'this build has no table cache');
  }
  if (r.phases) {
    head('phases in one process (engine called directly, no cache)');
    for (const s of SIZES) {
      const p = r.phases[s.id];
      if (!p) continue;
      const ms = p.ms;
      row(
        `  ${s.id} people`,
        `${fmt.ms(ms.parse + ms.compile)} load`,
        `require ${fmt.ms(ms.require)} · read table ${fmt.ms(ms.readTable)} · parse ${fmt.ms(ms.parse)} · compile ${fmt.ms(ms.compile)} · read drafts ${fmt.ms(ms.readDrafts)} · check ${fmt.ms(ms.check)} · report+JSON ${fmt.ms(ms.report)}`,
      );
    }
  }
  if (r.lsp) {
    const e = r.lsp.edit;
    head(`language server (factlint-ls --stdio), push diagnostics`);
    row(`  didChange → diagnostics, 100k people`, `p50 ${fmt.ms(e.p50Ms)}  p95 ${fmt.ms(e.p95Ms)}`, `${e.edits} edits at random places, ${out.workload.draft.words}-word draft; debounce excluded (${e.debounceVia}); max ${fmt.ms(e.maxMs)}`);
    if (e.coldOpenMs !== undefined) row('  open → first diagnostics, 100k people, cold', fmt.ms(e.coldOpenMs), `parse and compile in the server, cache cleared; peak RSS ${fmt.mb(e.coldPeakMB)}`);
    row('  open → first diagnostics, 100k people', fmt.ms(e.openToFirstDiagnosticsMs), e.coldOpenMs !== undefined ? 'the table from the cache (a restarted server)' : 'table load and compile in the server');
    row('  start → first diagnostics, default table', fmt.ms(r.lsp.startup.ms), `median of ${r.lsp.startup.runs.length}; process start, initialize, table load and the first check (the server checks a newly opened draft at once)`);
    row('  peak RSS, 100k people', fmt.mb(e.peakMB), `after the edits (VmHWM); now ${fmt.mb(e.rssMB)}`);
  }
  const ra = out.ratios;
  head('ratios (MB/s over MB/s)');
  row('  factlint ÷ textlint+prh, 100k people', fmt.ratio(ra.factlintOverTextlint100k));
  row('  factlint ÷ textlint+prh, 1k people', fmt.ratio(ra.factlintOverTextlint1k));
  row('  factlint ÷ grep -F, 100k people', fmt.ratio(ra.factlintOverGrep100k));
  row('  factlint ÷ grep -F, 1k people', fmt.ratio(ra.factlintOverGrep1k));
  head('targets (informational)');
  for (const t of out.targets) row(`  ${t.label}`, `${t.shown}`, `${t.goal}  ${t.pass === null ? 'not measured' : t.pass ? 'PASS' : 'MISS'}`);

  const w1 = Math.max(...rows.filter((x) => x[1] !== null).map((x) => x[0].length));
  const w2 = Math.max(...rows.filter((x) => x[1] !== null).map((x) => x[1].length));
  for (const [label, value, notes] of rows) {
    if (value === null) lines.push(`\n${label}`);
    else lines.push(`${label.padEnd(w1)}  ${value.padEnd(w2)}  ${notes}`.trimEnd());
  }
  return lines.join('\n') + '\n';
}

/** The figures table of docs/performance.md, for pasting. */
function markdownTable(out) {
  const { results: r, machine: m } = out;
  const md = [];
  const row = (...cells) => md.push(`| ${cells.join(' | ')} |`);
  md.push(`Measured ${out.date.slice(0, 10)} on ${m.cpu}, ${m.cores} cores, ${m.ramGiB} GiB, node ${m.node}, commit \`${m.commit ? m.commit.slice(0, 7) : '?'}\`${m.dirty ? ' (with uncommitted changes)' : ''}; corpus ${(out.workload.corpus.bytes / 1e6).toFixed(1)} MB in ${out.workload.corpus.files} files.`);
  md.push('');
  row('measure', 'result', 'target');
  row('---', '---', '---');
  for (const s of SIZES) if (r.cli?.[s.id]) row(`\`factlint\` CLI end to end, ${s.id} people`, `${fmt.s(r.cli[s.id].seconds)} · ${fmt.rate(r.cli[s.id].mbPerSec)} · ${fmt.mb(r.cli[s.id].peakRssMB)}`, s.id === '1k' ? '≥ 50 MB/s' : s.id === '100k' ? '≥ grep; < 400 MB' : '');
  if (r.grep) row(`\`grep -F -c\`, ${fmt.int(r.grep.patterns)} strings of the 100k table`, `${fmt.s(r.grep.seconds)} · ${fmt.rate(r.grep.mbPerSec)}`, '');
  if (r.baseline) row('node alone: read every draft, write the report\'s bytes (no table, no check)', `${fmt.s(r.baseline.readWriteSeconds)} · ${fmt.rate(r.baseline.readWriteMbPerSec)}`, '');
  for (const id of ['100k', '1k']) if (r.textlint?.[id]) row(`textlint + prh, ${id} people (${fmt.int(r.textlint[id].prhPatterns)} patterns)`, `${fmt.rate(r.textlint[id].mbPerSec)} (${r.textlint[id].files} files)`, '');
  row('factlint ÷ textlint+prh, 100k people', fmt.ratio(out.ratios.factlintOverTextlint100k), '≥ 10,000×');
  row('factlint ÷ grep, 100k people', fmt.ratio(out.ratios.factlintOverGrep100k), '≥ 1×');
  if (r.load) row('table load, 100k people (CLI on one line: cold / cached)', `${fmt.ms(r.load.coldSeconds * 1000)} / ${fmt.ms(r.load.cachedSeconds * 1000)}`, '< 500 ms');
  if (r.phases?.['100k']) {
    const p = r.phases['100k'].ms;
    row('in process, 100k people: parse / compile / check 10 MB', `${fmt.ms(p.parse)} / ${fmt.ms(p.compile)} / ${fmt.ms(p.check)}`, '');
  }
  if (r.lsp) {
    row('server: didChange → diagnostics, 100k people, p50 / p95', `${fmt.ms(r.lsp.edit.p50Ms)} / ${fmt.ms(r.lsp.edit.p95Ms)}`, 'p95 < 10 ms');
    row('server: start → first diagnostics, default table', fmt.ms(r.lsp.startup.ms), '< 300 ms');
    row('server: peak RSS, 100k people (table from the cache; cold start)', `${fmt.mb(r.lsp.edit.peakMB)}${r.lsp.edit.coldPeakMB ? `; ${fmt.mb(r.lsp.edit.coldPeakMB)}` : ''}`, '< 400 MB');
  }
  return md.join('\n') + '\n';
}

// Main ---------------------------------------------------------------------------------------

async function main() {
  const t0 = Date.now();
  fs.mkdirSync(TMP, { recursive: true });
  ensureBuilt();
  const { paths, stamp } = ensureWorkloads(WORK, settings.seed, log);
  const files = corpusFiles(paths.corpus);
  const ctx = {
    paths,
    stamp,
    corpus: { files, bytes: files.reduce((b, f) => b + fs.statSync(f).size, 0) },
    cliByFile: {},
    reportBytes: {},
    cache: cacheSupported(),
  };
  if (!gnuTime) log('GNU time (/usr/bin/time) is missing: peak RSS of factlint comes from a preloaded hook, grep has none (apt-get install time)');

  const results = {};
  const errors = [];
  const parts = { cli: partCli, baseline: partBaseline, grep: partGrep, textlint: partTextlint, load: partLoad, phases: partPhases, lsp: partLsp, hostile: partHostile };
  for (const name of ALL) {
    if (!only.includes(name)) continue;
    try {
      results[name] = await parts[name](ctx);
    } catch (e) {
      errors.push({ part: name, message: String(e && e.stack ? e.stack : e) });
      log(`${name} failed: ${e && e.message ? e.message : e}`);
    }
  }

  const planted = stamp.made.corpus.planted;
  const out = {
    version: 1,
    date: new Date().toISOString(),
    seconds: null,
    machine: machine(),
    settings: { ...settings, full },
    workload: {
      tables: stamp.made.tables,
      counts: stamp.made.counts,
      corpus: { ...stamp.made.corpus, plantedTotal: Object.values(planted).reduce((a, b) => a + b, 0) },
      draft: stamp.made.draft,
      grepPatterns: stamp.made.grepPatterns,
      prh: stamp.made.prh,
    },
    results,
    ratios: null,
    targets: null,
    errors,
  };
  out.ratios = ratiosOf(results);
  out.targets = targetsOf(results, out.ratios);
  out.seconds = Math.round((Date.now() - t0) / 100) / 10;

  process.stdout.write(printTable(out));
  process.stdout.write(`\nwhole run: ${out.seconds} s\n`);
  const json = JSON.stringify(out, null, 2) + '\n';
  fs.writeFileSync(path.join(TMP, 'README-figures.md'), markdownTable(out));
  if (full) {
    fs.writeFileSync(path.join(RESULTS, 'latest.json'), json);
    log(`wrote bench/results/latest.json and bench/results/tmp/README-figures.md`);
  } else {
    fs.writeFileSync(path.join(TMP, 'partial.json'), json);
    log('a partial or quick run: wrote bench/results/tmp/partial.json (latest.json is written by a full run only)');
  }
  if (errors.length > 0) {
    for (const e of errors) process.stderr.write(`\n${e.part}: ${e.message}\n`);
    process.exitCode = 1;
  }
}

main().catch((e) => {
  process.stderr.write(`bench: ${e && e.stack ? e.stack : e}\n`);
  process.exitCode = 1;
});
