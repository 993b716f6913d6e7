'use strict';
// textlint with textlint-rule-prh, the table's wrong forms as prh rules, on a subset of the corpus
// sized to take about a minute: a short calibration run says how many files that is.
const fs = require('node:fs');
const path = require('node:path');
const { timeCommand } = require('./measure');

const BIN = path.join(__dirname, '..', 'node_modules', 'textlint', 'bin', 'textlint.js');

function available() {
  return fs.existsSync(BIN);
}

/** Runs textlint once on `files`; returns seconds and the number of messages. */
function runOnce(rc, files, tmpDir, cwd) {
  const out = path.join(tmpDir, 'textlint.json');
  const r = timeCommand(process.execPath, [BIN, '--config', rc, '--format', 'json', ...files], { cwd, stdoutFile: out });
  if (r.status !== 0 && r.status !== 1) throw new Error(`textlint: exit code ${r.status}\n${r.stderr.slice(0, 2000)}`);
  let messages = 0;
  const byFile = new Map();
  try {
    for (const f of JSON.parse(fs.readFileSync(out, 'utf8'))) {
      messages += f.messages.length;
      byFile.set(path.resolve(cwd, f.filePath), f.messages.length);
    }
  } catch {
    // no JSON: counted as no messages
  }
  if (r.stderr.includes('Error while loading rule')) throw new Error(`textlint: ${r.stderr.slice(0, 2000)}`);
  return { seconds: r.seconds, rssMB: r.rssKB === null ? null : r.rssKB / 1024, messages, byFile };
}

/**
 * textlint's rate on the first files of `ordered` (interleaved sections), sized so the timed run
 * takes about `seconds`. Two untimed runs size it: one on a one-line file (textlint's start-up,
 * mostly compiling the prh rules) and one on two files (the time per file).
 */
function textlintRate({ prhFile, ordered, seconds, tmpDir, cwd }) {
  const rc = path.join(tmpDir, `textlintrc-${path.basename(prhFile, '.yml')}.json`);
  fs.writeFileSync(rc, JSON.stringify({ rules: { prh: { rulePaths: [prhFile] } } }, null, 2));
  const oneLine = path.join(tmpDir, 'one-line.md');
  fs.writeFileSync(oneLine, '# One line\n');
  const start = runOnce(rc, [oneLine], tmpDir, cwd);
  const calib = runOnce(rc, ordered.slice(0, 2), tmpDir, cwd);
  const perFile = Math.max(0.01, (calib.seconds - start.seconds) / 2);
  const n = Math.max(2, Math.min(ordered.length, Math.round((seconds - start.seconds) / perFile)));
  const files = ordered.slice(0, n);
  const run = runOnce(rc, files, tmpDir, cwd);
  const bytes = files.reduce((b, f) => b + fs.statSync(f).size, 0);
  return {
    files: n,
    bytes,
    seconds: run.seconds,
    startupSeconds: start.seconds,
    /** End to end, start-up included. */
    mbPerSecWithStartup: bytes / 1e6 / run.seconds,
    /** Start-up left out, as it would be spread over a whole corpus: the rate the ratios use. */
    mbPerSec: bytes / 1e6 / Math.max(0.001, run.seconds - start.seconds),
    peakRssMB: run.rssMB,
    messages: run.messages,
    calibration: { files: 2, seconds: calib.seconds },
    subset: files,
  };
}

module.exports = { textlintRate, available };
