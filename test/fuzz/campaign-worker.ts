/**
 * A worker thread of `npm run fuzz`: runs the batches the campaign hands it, one at a time, and
 * says how each went. Before each case it bumps a shared counter, so the campaign can tell a
 * case that hangs from one that is merely slow, and end the thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import * as fc from 'fast-check';
import { propertyOf, type SuiteName } from './suites';

/** A batch: `runs` cases of one suite from one seed. */
export interface Batch {
  /** The suite. */
  suite: SuiteName;
  /** The batch's number within its suite. */
  index: number;
  /** fast-check's seed for the batch. */
  seed: number;
  /** Cases to run. */
  runs: number;
}

/** What a worker says when a batch is over. */
export type BatchResult =
  | { batch: Batch; failed: false }
  | { batch: Batch; failed: true; path: string | null; counterexample: string; error: string; shrinks: number };

/** Shared with the campaign: [0] cases started in this thread, [1] index of the case under way in its batch (1-based). */
const heartbeat = new Int32Array(workerData.heartbeat as SharedArrayBuffer);
const folder = workerData.folder as string;

function started(): void {
  Atomics.add(heartbeat, 0, 1);
  Atomics.add(heartbeat, 1, 1);
}

const properties = new Map<SuiteName, ReturnType<typeof propertyOf>>();

async function run(batch: Batch): Promise<BatchResult> {
  let property = properties.get(batch.suite);
  if (!property) properties.set(batch.suite, (property = propertyOf(batch.suite, started, folder)));
  Atomics.store(heartbeat, 1, 0);
  const details = await fc.check(property, { seed: batch.seed, numRuns: batch.runs });
  if (!details.failed) return { batch, failed: false };
  const error = details.errorInstance instanceof Error ? (details.errorInstance.stack ?? details.errorInstance.message) : String(details.errorInstance ?? 'interrupted');
  return { batch, failed: true, path: details.counterexamplePath, counterexample: fc.stringify(details.counterexample), error, shrinks: details.numShrinks };
}

parentPort!.on('message', (batch: Batch) => {
  run(batch).then(
    (result) => parentPort!.postMessage(result),
    (e: unknown) => parentPort!.postMessage({ batch, failed: true, path: null, counterexample: '(none: the batch itself failed)', error: e instanceof Error ? (e.stack ?? e.message) : String(e), shrinks: 0 }),
  );
});
