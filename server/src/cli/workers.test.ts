/**
 * The worker pool, with stand-in worker scripts (the real `worker.js` is tested end to end in
 * test/concurrency.test.ts): the order of the outcomes, and every way a worker can fail.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { DraftJob, JobOutcome } from './job';
import { batchEnd, checkInWorkers } from './workers';

/** A job whose draft is `chars` long; only its path and length matter to the pool. */
function job(i: number, chars = 40_000): DraftJob {
  return {
    path: `d${i}.md`,
    writeTo: null,
    draft: { text: 'x'.repeat(chars), bom: false },
    options: { format: 'markdown', today: '2026-03-06' },
    tables: { defaultTable: false, tables: [] },
    fix: false,
    announceFixes: false,
    verbose: false,
  };
}

/**
 * A worker that answers its first two batches in reverse order, then each as it comes: so
 * outcomes always arrive out of order. Each outcome's notice names the thread that made it.
 */
const SWAPPING_WORKER = `
const { parentPort, threadId } = require('node:worker_threads');
const answer = (batch) => parentPort.postMessage({
  kind: 'done',
  outcomes: batch.jobs.map(({ index, job }) => ({
    index,
    outcome: { report: { path: job.path, articleDate: '2026-03-06', articleDateSource: 'option', articleDateGuessed: false, findings: [] }, notice: 'thread ' + threadId },
  })),
});
let held = null;
let seen = 0;
parentPort.on('message', (batch) => {
  seen++;
  if (seen === 1) held = batch;
  else if (seen === 2) { answer(batch); answer(held); }
  else answer(batch);
});
`;

describe('cli workers', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-workers-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** A worker script with this source. */
  function script(source: string): string {
    const file = path.join(dir, `worker-${fs.readdirSync(dir).length}.js`);
    fs.writeFileSync(file, source);
    return file;
  }

  it('hands_out_batches_of_about_the_limit_and_at_least_one_draft', () => {
    const jobs = [job(0, 10), job(1, 30), job(2, 50), job(3, 5), job(4, 100)];
    assert.equal(batchEnd(jobs, 0, 40), 2, '10 + 30 fit, 50 more does not');
    assert.equal(batchEnd(jobs, 2, 40), 3, 'a draft over the limit goes alone');
    assert.equal(batchEnd(jobs, 3, 40), 4);
    assert.equal(batchEnd(jobs, 4, 40), 5);
    assert.equal(batchEnd(jobs, 5, 40), 5, 'nothing left');
  });

  it('puts_outcomes_back_in_the_order_of_the_jobs_whatever_order_they_arrive_in', async () => {
    const jobs = Array.from({ length: 12 }, (_, i) => job(i));
    const seen: JobOutcome[] = [];
    const outcomes = await checkInWorkers(jobs, { threads: 3, cwd: dir, onOutcome: (o) => seen.push(o), workerFile: script(SWAPPING_WORKER) });
    const paths = jobs.map((j) => j.path);
    assert.deepEqual(outcomes.map((o) => o.report.path), paths);
    assert.deepEqual(seen.map((o) => o.report.path), paths, 'onOutcome in order too');
    assert.equal(new Set(outcomes.map((o) => o.notice)).size, 3, 'every worker checked some drafts');
  });

  it('with_a_local_check_the_main_thread_takes_batches_beside_one_worker_fewer', async () => {
    const jobs = Array.from({ length: 24 }, (_, i) => job(i));
    const local = (j: DraftJob, index: number): JobOutcome => {
      assert.equal(j, jobs[index]);
      return { report: { path: j.path, articleDate: '2026-03-06', articleDateSource: 'option', articleDateGuessed: false, findings: [] }, notice: 'main' };
    };
    const seen: JobOutcome[] = [];
    const outcomes = await checkInWorkers(jobs, { threads: 3, cwd: dir, onOutcome: (o) => seen.push(o), workerFile: script(SWAPPING_WORKER), local });
    const paths = jobs.map((j) => j.path);
    assert.deepEqual(outcomes.map((o) => o.report.path), paths);
    assert.deepEqual(seen.map((o) => o.report.path), paths, 'onOutcome in order too');
    const threads = new Set(outcomes.map((o) => o.notice));
    assert.ok(threads.has('main'), 'the main thread checked some drafts');
    assert.equal(threads.size, 3, 'the main thread and two workers');
  });

  it('rejects_when_the_local_check_throws', async () => {
    const local = (): JobOutcome => {
      throw new Error('local boom');
    };
    const jobs = Array.from({ length: 8 }, (_, i) => job(i));
    await assert.rejects(checkInWorkers(jobs, { threads: 2, cwd: dir, onOutcome: () => {}, workerFile: script(SWAPPING_WORKER), local }), /local boom/);
  });

  it('rejects_with_the_message_of_a_worker_that_reports_a_failure', async () => {
    const worker = script(`require('node:worker_threads').parentPort.on('message', function () { this.postMessage({ kind: 'failed', message: 'no tables' }); });`);
    await assert.rejects(
      checkInWorkers([job(0), job(1)], { threads: 2, cwd: dir, onOutcome: () => {}, workerFile: worker }),
      { message: 'a worker thread failed: no tables' },
    );
  });

  it('rejects_when_a_worker_throws', async () => {
    const worker = script(`throw new Error('boom');`);
    await assert.rejects(checkInWorkers([job(0), job(1)], { threads: 2, cwd: dir, onOutcome: () => {}, workerFile: worker }), /boom/);
  });

  it('rejects_when_a_worker_exits_before_answering', async () => {
    const worker = script(`require('node:worker_threads').parentPort.once('message', () => process.exit(3));`);
    await assert.rejects(
      checkInWorkers([job(0), job(1)], { threads: 2, cwd: dir, onOutcome: () => {}, workerFile: worker }),
      /a worker thread stopped \(exit code 3\)/,
    );
  });

  it('rejects_when_the_worker_script_is_missing', async () => {
    await assert.rejects(
      checkInWorkers([job(0), job(1)], { threads: 2, cwd: dir, onOutcome: () => {}, workerFile: path.join(dir, 'none.js') }),
      /Cannot find module/,
    );
  });
});
