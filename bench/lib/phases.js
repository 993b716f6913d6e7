'use strict';
// Run as a child: `node phases.js <repo root> <table> <corpus dir>`. Times the CLI's phases in
// one fresh process, calling the engine directly (no cache): loading the modules, reading the
// table, parsing and checking it (loadTables), compiling it (compileFacts), reading and checking
// every draft, and building and printing the JSON report. Prints one JSON object.
const fs = require('node:fs');
const path = require('node:path');
const { markdownFiles } = require('./drafts');

const [root, table, corpus] = process.argv.slice(2);
const now = () => Number(process.hrtime.bigint()) / 1e6;
const ms = {};
let t = now();
const lap = (name) => {
  const t1 = now();
  ms[name] = t1 - t;
  t = t1;
};

const out = path.join(root, 'server', 'out');
const { check, compileFacts, loadTables, RULES } = require(path.join(out, 'engine', 'index.js'));
const { buildReport, fileReport } = require(path.join(out, 'cli', 'report.js'));
const { FORMATTERS } = require(path.join(out, 'cli', 'formatters', 'index.js'));
lap('require');

const text = fs.readFileSync(table, 'utf8');
lap('readTable');
const loaded = loadTables([{ name: path.basename(table), file: path.basename(table), text }]);
if (loaded.errors.length > 0) throw new Error(`table errors: ${loaded.errors.slice(0, 3).map((e) => e.message).join('; ')}`);
lap('parse');
const compiled = compileFacts(loaded.facts);
lap('compile');
const heapAfterLoad = process.memoryUsage().heapUsed;

const files = markdownFiles(corpus);
const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
lap('readDrafts');
const rules = Object.fromEntries(RULES.map((r) => [r.id, r.defaultSeverity]));
const results = texts.map((s) => check(s, compiled, { format: 'markdown', today: '2026-03-01', rules }));
lap('check');
const report = buildReport(results.map((r, i) => fileReport(path.relative(corpus, files[i]), texts[i], r)));
const json = FORMATTERS.json(report, { color: false, cwd: corpus });
lap('report');

const findings = results.reduce((n, r) => n + r.findings.length, 0);
process.stdout.write(
  JSON.stringify({
    ms,
    files: files.length,
    findings,
    jsonBytes: Buffer.byteLength(json),
    heapAfterLoadMB: heapAfterLoad / 1048576,
    rssMB: process.memoryUsage().rss / 1048576,
  }) + '\n',
);
