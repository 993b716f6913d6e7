/**
 * Checking drafts on worker threads (`worker.ts`), and on the main thread too when it is given a
 * way to check one. Drafts are handed out from a queue in small batches, each worker getting the
 * next one as it finishes one (two in flight, so it never waits for the main thread, which takes
 * a batch of its own between messages); the outcomes are put back in the drafts' order, so the
 * report and the notices on stderr are the bytes a run on one thread gives. Any failure ends the
 * whole run.
 */
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DraftJob, JobOutcome } from './job';
import type { WorkerBatch, WorkerData, WorkerReply } from './worker';

/** The worker entry: `worker.js` beside this file in server/out/cli, or the bundle itself (see `bundle.ts`). */
let workerFile = path.join(__dirname, 'worker.js');

/** Makes `file` the script worker threads start with. */
export function setWorkerFile(file: string): void {
  workerFile = file;
}

/** Batches each worker has been handed and not yet answered. */
const IN_FLIGHT = 2;
/**
 * A batch holds drafts up to about this many characters (at least one draft): large enough that
 * messages cost little beside checking (about 10 ms of work), small enough to end together.
 */
const BATCH_CHARS = 64 * 1024;
/** Batches each worker gets at least, when there is little work: so every worker gets some. */
const MIN_BATCHES_PER_WORKER = 4;

/** How to run the pool. */
export interface PoolOptions {
  /** Threads checking (2 or more): with `local`, the main thread and one worker fewer. */
  threads: number;
  /**
   * Checks the draft of index `index` on the main thread. Given, the main thread takes batches
   * too, starting while the workers start: on two cores two workers and an idle main thread were
   * slower than one thread, one worker beside a busy main thread is faster.
   */
  local?: (job: DraftJob, index: number) => JobOutcome;
  /** The run's working directory. */
  cwd: string;
  /** Called with each outcome in the drafts' order, as soon as every earlier one is in. */
  onOutcome: (outcome: JobOutcome) => void;
  /** The worker script; tests pass a broken one. */
  workerFile?: string;
}

/**
 * Checks `jobs` on `threads` threads; resolves to the outcomes in the jobs' order. Rejects, after
 * stopping every worker, when a worker fails, crashes or exits early, or `local` throws: the
 * caller must then print no report.
 */
export function checkInWorkers(jobs: readonly DraftJob[], options: PoolOptions): Promise<JobOutcome[]> {
  return new Promise((resolve, reject) => {
    const outcomes: (JobOutcome | undefined)[] = new Array(jobs.length);
    const workers: Worker[] = [];
    let next = 0;
    let flushed = 0;
    let settled = false;
    const total = jobs.reduce((sum, job) => sum + job.draft.text.length, 0);
    const limit = Math.min(BATCH_CHARS, Math.ceil(total / (options.threads * MIN_BATCHES_PER_WORKER)));

    const finish = (error: Error | null) => {
      if (settled) return;
      settled = true;
      void Promise.allSettled(workers.map((w) => w.terminate())).then(() => (error ? reject(error) : resolve(outcomes as JobOutcome[])));
    };
    // Passes on every outcome whose predecessors are all in; ends the run after the last.
    const flush = () => {
      while (flushed < jobs.length && outcomes[flushed] !== undefined) options.onOutcome(outcomes[flushed++] as JobOutcome);
      if (flushed === jobs.length) finish(null);
    };
    // The main thread's share: one batch, then back to the event loop for the workers' messages.
    const local = options.local;
    const work = () => {
      if (settled || local === undefined) return;
      const end = batchEnd(jobs, next, limit);
      if (end === next) return;
      const start = next;
      next = end;
      try {
        for (let index = start; index < end; index++) outcomes[index] = local(jobs[index], index);
        flush();
      } catch (e) {
        return finish(e as Error);
      }
      setImmediate(work);
    };
    const hand = (worker: Worker) => {
      const end = batchEnd(jobs, next, limit);
      if (end === next) return;
      const batch: WorkerBatch = { jobs: jobs.slice(next, end).map((job, i) => ({ index: next + i, job })) };
      next = end;
      worker.postMessage(batch);
    };
    const receive = (worker: Worker, reply: WorkerReply) => {
      if (reply.kind === 'failed') return finish(new Error(`a worker thread failed: ${reply.message}`));
      for (const { index, outcome } of reply.outcomes) outcomes[index] = outcome;
      flush();
      if (!settled) hand(worker);
    };

    try {
      for (let i = local === undefined ? 0 : 1; i < options.threads; i++) {
        const data: WorkerData = { cwd: options.cwd };
        const worker = new Worker(options.workerFile ?? workerFile, { workerData: data });
        workers.push(worker);
        worker.on('message', (reply: WorkerReply) => {
          try {
            receive(worker, reply);
          } catch (e) {
            finish(e as Error);
          }
        });
        worker.on('error', (e) => finish(e));
        worker.on('messageerror', (e) => finish(e));
        worker.on('exit', (code) => finish(new Error(`a worker thread stopped (exit code ${code}) before the drafts were checked`)));
        for (let k = 0; k < IN_FLIGHT; k++) hand(worker);
      }
      if (local !== undefined) setImmediate(work);
    } catch (e) {
      finish(e as Error);
    }
  });
}

/** Where the batch starting at `start` ends: drafts up to `limit` characters, at least one. */
export function batchEnd(jobs: readonly DraftJob[], start: number, limit: number): number {
  let end = start;
  let chars = 0;
  while (end < jobs.length && (end === start || chars + jobs[end].draft.text.length <= limit)) {
    chars += jobs[end].draft.text.length;
    end++;
  }
  return end;
}
