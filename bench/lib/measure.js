'use strict';
// Timing whole commands: wall time around the child, peak RSS from GNU time (`/usr/bin/time -f
// %M`), or, for Node children where GNU time is missing, from a preloaded hook that reads the
// process's own VmHWM as it exits.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const GNU_TIME = '/usr/bin/time';
const HWM_HOOK = path.join(__dirname, 'hwm-hook.js');

function hasGnuTime() {
  if (!fs.existsSync(GNU_TIME)) return false;
  const r = spawnSync(GNU_TIME, ['-f', '%M', 'true'], { encoding: 'utf8' });
  return r.status === 0 && /^\d+\s*$/m.test(r.stderr);
}
const gnuTime = hasGnuTime();

/**
 * Runs `cmd args` once. stdout goes to `stdoutFile` or /dev/null; `input` is fed to stdin.
 * Returns { seconds, rssKB, status, stderr }.
 */
function timeCommand(cmd, args, { cwd, env, input, stdoutFile } = {}) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-bench-'));
  const rssFile = path.join(tmp, 'rss');
  let argv;
  let file;
  const childEnv = { ...process.env, ...env };
  if (gnuTime) {
    file = GNU_TIME;
    argv = ['-f', '%M', '-o', rssFile, cmd, ...args];
  } else if (cmd === process.execPath) {
    file = cmd;
    argv = ['--require', HWM_HOOK, ...args];
    childEnv.FACTLINT_BENCH_HWM_FILE = rssFile;
  } else {
    file = cmd;
    argv = args;
  }
  const out = fs.openSync(stdoutFile ?? '/dev/null', 'w');
  const t0 = process.hrtime.bigint();
  const r = spawnSync(file, argv, {
    cwd,
    env: childEnv,
    input,
    stdio: [input === undefined ? 'ignore' : 'pipe', out, 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  fs.closeSync(out);
  let rssKB = null;
  try {
    const m = /(\d+)\s*$/.exec(fs.readFileSync(rssFile, 'utf8').trim().split('\n').pop());
    if (m) rssKB = Number(m[1]);
  } catch {
    // no figure
  }
  fs.rmSync(tmp, { recursive: true, force: true });
  if (r.error) throw r.error;
  return { seconds, rssKB, status: r.status, stderr: r.stderr ? r.stderr.toString('utf8') : '' };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  if (n === 0) return null;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

/** The p-th percentile (0–100) by nearest rank. */
function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return null;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/**
 * Runs a command `runs` times (after `warmup` untimed runs); returns the median wall time, every
 * time, and the largest peak RSS. `ok(status)` says which exit codes are normal.
 */
function repeat(label, cmd, args, { runs, warmup = 0, ok = (s) => s === 0, ...opts }) {
  for (let i = 0; i < warmup; i++) {
    const r = timeCommand(cmd, args, opts);
    if (!ok(r.status)) throw new Error(`${label}: exit code ${r.status}\n${r.stderr.slice(0, 2000)}`);
  }
  const times = [];
  let rss = null;
  for (let i = 0; i < runs; i++) {
    const r = timeCommand(cmd, args, opts);
    if (!ok(r.status)) throw new Error(`${label}: exit code ${r.status}\n${r.stderr.slice(0, 2000)}`);
    times.push(r.seconds);
    if (r.rssKB !== null) rss = Math.max(rss ?? 0, r.rssKB);
  }
  return { seconds: median(times), times, rssMB: rss === null ? null : rss / 1024 };
}

module.exports = { timeCommand, repeat, median, percentile, gnuTime };
