/**
 * A worker thread's entry, started by `workers.ts`: it receives batches of drafts, checks each with
 * `checkDraft` against facts it compiles itself (compiled facts cannot be sent between threads;
 * the table cache makes a second load cheap), and posts the outcomes back.
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { RunTables } from './tables';
import { checkDraft, type DraftJob, type JobOutcome } from './job';

/** What a worker is started with (`workerData`). */
export interface WorkerData {
  /** The run's working directory: table names and paths are relative to it. */
  cwd: string;
}

/** Main thread → worker: drafts to check, each with its place in the run. */
export interface WorkerBatch {
  /** The drafts, each with its index in the run's list of drafts. */
  jobs: { index: number; job: DraftJob }[];
}

/** Worker → main thread, one reply per batch. */
export type WorkerReply =
  | { kind: 'done'; outcomes: { index: number; outcome: JobOutcome }[] }
  | { kind: 'failed'; message: string };

if (parentPort) serve(parentPort, workerData as WorkerData);

/** Answers every batch, in the order they come. */
function serve(port: MessagePort, data: WorkerData): void {
  const tables = new RunTables(data.cwd);
  port.on('message', (batch: WorkerBatch) => port.postMessage(checkBatch(batch, tables)));
}

/**
 * The outcomes of a batch, or why it could not be checked. The main thread loaded every table
 * before handing out any draft, so a table that fails here changed under our feet.
 */
function checkBatch(batch: WorkerBatch, tables: RunTables): WorkerReply {
  const outcomes: { index: number; outcome: JobOutcome }[] = [];
  try {
    for (const { index, job } of batch.jobs) {
      const { compiled, errors } = tables.compile(job.tables);
      if (compiled === null) return { kind: 'failed', message: `a facts table did not load on a worker thread: ${errors.join('; ')}` };
      outcomes.push({ index, outcome: checkDraft(job, compiled) });
    }
  } catch (e) {
    return { kind: 'failed', message: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  return { kind: 'done', outcomes };
}
