/**
 * `npm run fuzz`: the fuzz suites' properties over as many cases as a time budget allows.
 *
 *   npm run fuzz -- --seed 42 --minutes 30 --drafts 1000000 --tables 10000
 *   npm run fuzz -- --replay drafts --seed 1234 --path 17:3:0
 *
 * Cases run in batches on worker threads (one by default); a case that makes no progress for
 * `--case-timeout` seconds is a hang: its thread is ended and the case reported. The campaign
 * stops when every target is met, the time is up, or (without `--keep-going`) a case fails.
 * It prints the counts, and for each failure the suite, seed and path that replay it and the
 * shrunk counterexample (also written to `--out`); it exits 1 if anything failed.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import * as fc from 'fast-check';
import type { Batch, BatchResult } from './campaign-worker';
import { arbitraryOf, propertyOf, stopServers, SUITES, type SuiteName } from './suites';

const USAGE = `usage: npm run fuzz -- [--seed N] [--minutes M] [--drafts N] [--tables N] [--sessions N] [--server N]
                     [--workers N] [--case-timeout S] [--keep-going] [--out DIR]
       npm run fuzz -- --replay SUITE --seed N --path P
Targets name how many cases of each kind to run; without any, every kind runs with its default
target (drafts 1,000,000, tables 10,000, sessions 10,000, server 1,000). Suites: ${SUITES.join(', ')}.`;

/** Cases per batch: a batch is one fast-check run, and the smallest unit a failure is reported in. */
const BATCH: Record<SuiteName, number> = { drafts: 2000, tables: 200, sessions: 200, 'server-pull': 20, 'server-push': 20 };

interface Options {
  seed: number;
  minutes: number;
  targets: Record<SuiteName, number>;
  workers: number;
  caseTimeout: number;
  keepGoing: boolean;
  out: string;
  replay?: { suite: SuiteName; path: string };
}

function fail(message: string): never {
  console.error(`factlint fuzz: ${message}\n${USAGE}`);
  process.exit(2);
}

function parse(argv: string[]): Options {
  const o: Options = { seed: Date.now() % 0x7fffffff, minutes: 10, targets: { drafts: 0, tables: 0, sessions: 0, 'server-pull': 0, 'server-push': 0 }, workers: 1, caseTimeout: 60, keepGoing: false, out: 'fuzz-failures' };
  let anyTarget = false;
  let replay: string | undefined;
  let replayPath: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) fail(`${flag} needs a value`);
      return v;
    };
    const count = () => {
      const v = value();
      const n = Number(v.replace(/_/g, ''));
      if (!Number.isInteger(n) || n < 0) fail(`${flag} takes a whole number, not "${v}"`);
      return n;
    };
    switch (flag) {
      case '--seed': o.seed = count() | 0; break;
      case '--minutes': {
        const v = value();
        o.minutes = Number(v);
        if (!(o.minutes > 0)) fail(`--minutes takes a number of minutes above 0, not "${v}"`);
        break;
      }
      case '--drafts': o.targets.drafts = count(); anyTarget = true; break;
      case '--tables': o.targets.tables = count(); anyTarget = true; break;
      case '--sessions': o.targets.sessions = count(); anyTarget = true; break;
      case '--server': {
        const n = count();
        o.targets['server-pull'] = Math.ceil(n / 2);
        o.targets['server-push'] = Math.floor(n / 2);
        anyTarget = true;
        break;
      }
      case '--workers': o.workers = Math.max(1, count()); break;
      case '--case-timeout': o.caseTimeout = Math.max(1, count()); break;
      case '--keep-going': o.keepGoing = true; break;
      case '--out': o.out = value(); break;
      case '--replay': replay = value(); break;
      case '--path': replayPath = value(); break;
      case '--help': console.log(USAGE); process.exit(0); break;
      default: fail(`unknown option "${flag}"`);
    }
  }
  if (replay !== undefined) {
    if (!(SUITES as readonly string[]).includes(replay)) fail(`no suite "${replay}"`);
    if (replayPath === undefined || !/^\d+(:\d+)*$/.test(replayPath)) fail('--replay needs the --seed and --path a failure printed');
    o.replay = { suite: replay as SuiteName, path: replayPath };
  }
  if (!anyTarget) o.targets = { drafts: 1_000_000, tables: 10_000, sessions: 10_000, 'server-pull': 500, 'server-push': 500 };
  return o;
}

/** A batch's seed, from the campaign's seed, the suite and the batch's number. */
function batchSeed(seed: number, suite: SuiteName, index: number): number {
  let h = 0x811c9dc5;
  for (const ch of `${seed}/${suite}/${index}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return (h >>> 0) & 0x7fffffff;
}

/** Runs one case again, in this thread, and prints how it went. */
async function replay(o: Options, suite: SuiteName, at: string): Promise<number> {
  const [value] = fc.sample(arbitraryOf(suite), { seed: o.seed, path: at, numRuns: 1 });
  console.log(`${suite} --seed ${o.seed} --path ${at}:\n${fc.stringify(value)}\n`);
  const details = await fc.check(propertyOf(suite, undefined, scratch('replay')), { seed: o.seed, path: at, numRuns: 1, endOnFailure: true });
  await stopServers();
  if (!details.failed) {
    console.log('passes');
    return 0;
  }
  console.log(details.errorInstance instanceof Error ? (details.errorInstance.stack ?? details.errorInstance.message) : String(details.errorInstance));
  return 1;
}

let scratchRoot: string | undefined;

/** A folder of this run's own (the table cache, the server's workspace), removed at exit. */
function scratch(name: string): string {
  if (!scratchRoot) {
    scratchRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-fuzz-'));
    const root = scratchRoot;
    process.on('exit', () => fs.rmSync(root, { recursive: true, force: true }));
  }
  const dir = path.join(scratchRoot, name);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** One worker thread and what it is doing. */
interface Runner {
  worker: Worker;
  heartbeat: Int32Array;
  batch?: Batch;
  /** Cases started when the heartbeat last moved, and when that was. */
  seen: number;
  since: number;
}

/** One failure, as printed and written. */
interface Failure {
  suite: SuiteName;
  seed: number;
  path: string | null;
  kind: 'failure' | 'hang';
  error: string;
  counterexample: string;
}

const format = (n: number) => n.toLocaleString('en-US');

async function campaign(o: Options): Promise<number> {
  const folder = scratch('workspace');
  const suites = SUITES.filter((s) => o.targets[s] > 0);
  const done = Object.fromEntries(SUITES.map((s) => [s, 0])) as Record<SuiteName, number>;
  const issued = Object.fromEntries(SUITES.map((s) => [s, 0])) as Record<SuiteName, number>;
  const batches = Object.fromEntries(SUITES.map((s) => [s, 0])) as Record<SuiteName, number>;
  const failures: Failure[] = [];
  const start = Date.now();
  const deadline = start + o.minutes * 60_000;
  const workers = Math.min(o.workers, os.cpus().length);
  console.log(`factlint fuzz: seed ${o.seed}, ${o.minutes} min, ${workers} worker${workers === 1 ? '' : 's'}; targets ${suites.map((s) => `${s} ${format(o.targets[s])}`).join(', ')}`);

  const next = (): Batch | undefined => {
    if (Date.now() >= deadline || (failures.length > 0 && !o.keepGoing)) return undefined;
    const open = suites.filter((s) => issued[s] < o.targets[s]);
    if (open.length === 0) return undefined;
    // The suite furthest behind its target goes next, so every kind advances together.
    const suite = open.reduce((a, b) => (issued[a] / o.targets[a] <= issued[b] / o.targets[b] ? a : b));
    const runs = Math.min(BATCH[suite], o.targets[suite] - issued[suite]);
    issued[suite] += runs;
    const index = batches[suite]++;
    return { suite, index, seed: batchSeed(o.seed, suite, index), runs };
  };

  const report = (f: Failure) => {
    failures.push(f);
    fs.mkdirSync(o.out, { recursive: true });
    const file = path.join(o.out, `${f.suite}-${f.seed}-${(f.path ?? 'none').replace(/:/g, '_').slice(0, 60)}.txt`);
    const replayCommand = f.path !== null ? `npm run fuzz -- --replay ${f.suite} --seed ${f.seed} --path ${f.path}` : `(no path: rerun the batch with npm run fuzz -- --seed ${o.seed})`;
    const text = `${f.kind === 'hang' ? 'HANG' : 'FAILURE'} in ${f.suite}, seed ${f.seed}, path ${f.path}\nreplay: ${replayCommand}\n\n${f.error}\n\ncounterexample:\n${f.counterexample}\n`;
    fs.writeFileSync(file, text);
    const shown = f.counterexample.length > 4000 ? `${f.counterexample.slice(0, 4000)}… (all of it in ${file})` : f.counterexample;
    console.log(`\n${f.kind === 'hang' ? 'HANG' : 'FAILURE'} in ${f.suite}, seed ${f.seed}, path ${f.path}\n  replay: ${replayCommand}\n  written to ${file}\n${f.error.split('\n').slice(0, 30).join('\n')}\ncounterexample:\n${shown}\n`);
  };

  const progress = () => {
    const secs = (Date.now() - start) / 1000;
    const parts = suites.map((s) => `${s} ${format(done[s])}/${format(o.targets[s])}`);
    console.log(`[${(secs / 60).toFixed(1)} min] ${parts.join('  ')}  failures ${failures.length}`);
  };

  return new Promise<number>((resolve) => {
    const runners: Runner[] = [];
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      clearInterval(watch);
      clearInterval(tell);
      Promise.all(runners.map((r) => r.worker.terminate())).then(() => {
        const secs = (Date.now() - start) / 1000;
        console.log(`\nfactlint fuzz: seed ${o.seed}, ${(secs / 60).toFixed(1)} min`);
        for (const s of suites) console.log(`  ${s.padEnd(12)} ${format(done[s]).padStart(11)} cases${done[s] < o.targets[s] ? ` (target ${format(o.targets[s])} not reached in the time)` : ''}`);
        const hangs = failures.filter((f) => f.kind === 'hang').length;
        console.log(`  failures     ${format(failures.length - hangs).padStart(11)}\n  hangs        ${format(hangs).padStart(11)}`);
        resolve(failures.length > 0 ? 1 : 0);
      });
    };
    const give = (r: Runner) => {
      r.batch = next();
      if (!r.batch) {
        if (runners.every((x) => x.batch === undefined)) finish();
        return;
      }
      Atomics.store(r.heartbeat, 1, 0);
      r.since = Date.now();
      r.worker.postMessage(r.batch);
    };
    const spawn = (): Runner => {
      const heartbeat = new Int32Array(new SharedArrayBuffer(8));
      const worker = new Worker(path.join(__dirname, 'campaign-worker.js'), { workerData: { heartbeat: heartbeat.buffer, folder } });
      const r: Runner = { worker, heartbeat, seen: 0, since: Date.now() };
      worker.on('message', (m: BatchResult) => {
        done[m.batch.suite] += m.failed ? 0 : m.batch.runs;
        if (m.failed) {
          const passed = Math.max(0, Math.min(m.batch.runs, Number((m.path ?? '0').split(':')[0])));
          done[m.batch.suite] += passed;
          // The rest of the batch never ran: with --keep-going, later batches make up for it.
          issued[m.batch.suite] -= m.batch.runs - passed;
          report({ suite: m.batch.suite, seed: m.batch.seed, path: m.path, kind: 'failure', error: m.error, counterexample: m.counterexample });
        }
        give(r);
      });
      worker.on('error', (e) => {
        if (r.batch) report({ suite: r.batch.suite, seed: r.batch.seed, path: null, kind: 'failure', error: `the worker thread failed: ${e.stack ?? e.message}`, counterexample: '(unknown)' });
        replace(r);
      });
      return r;
    };
    const replace = (r: Runner) => {
      r.batch = undefined;
      void r.worker.terminate();
      const i = runners.indexOf(r);
      runners[i] = spawn();
      give(runners[i]);
    };
    const watch = setInterval(() => {
      for (const r of runners) {
        if (!r.batch) continue;
        const seen = Atomics.load(r.heartbeat, 0);
        if (seen !== r.seen) {
          r.seen = seen;
          r.since = Date.now();
          continue;
        }
        if (Date.now() - r.since < o.caseTimeout * 1000) continue;
        const b = r.batch;
        const at = Atomics.load(r.heartbeat, 1);
        const pathOf = at >= 1 && at <= b.runs ? String(at - 1) : null;
        let value = '(the case was being shrunk after a failure)';
        if (pathOf !== null) value = fc.stringify(fc.sample(arbitraryOf(b.suite), { seed: b.seed, path: pathOf, numRuns: 1 })[0]);
        done[b.suite] += Math.max(0, at - 1);
        issued[b.suite] -= b.runs - Math.max(0, at - 1);
        report({ suite: b.suite, seed: b.seed, path: pathOf, kind: 'hang', error: `no progress for ${o.caseTimeout} s: the thread was ended`, counterexample: value });
        replace(r);
      }
    }, 1000);
    const tell = setInterval(progress, 60_000);
    for (let i = 0; i < workers; i++) runners.push(spawn());
    runners.forEach(give);
  });
}

async function main(): Promise<void> {
  const o = parse(process.argv.slice(2));
  // Compiled tables go to a cache of this run's own, never the user's (worker threads inherit it).
  process.env.FACTLINT_CACHE_DIR = scratch('cache');
  const code = o.replay ? await replay(o, o.replay.suite, o.replay.path) : await campaign(o);
  process.exit(code);
}

void main();
