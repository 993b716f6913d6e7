/**
 * Checking very large drafts off the server's thread. A draft of a few megabytes takes seconds
 * to check; on the thread that reads the client's messages, every hover, code action and edit
 * of every document would wait that long. Drafts from `OFFLOAD_CHARS` up are sent to one worker
 * thread (`check-worker.ts`), started when first needed; smaller ones, nearly every real draft,
 * are checked at once as before, which is faster than any message. Results are the engine's
 * own, so they equal a check on the server's thread.
 */
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { serializeCompiled, type CheckOptions, type CheckResult, type CompiledFacts } from '../engine';
import type { OffloadJob, OffloadReply } from './check-worker';

/** Texts of at least this many characters are checked on the worker (about 200 ms of checking at most stays on the server's thread). */
export const OFFLOAD_CHARS = 200_000;

/** The worker's script: `check-worker.js` beside this file (server/out/lsp), or beside the bundle (dist/). */
const WORKER_FILE = path.join(__dirname, 'check-worker.js');

/** A result from the worker, its findings cut to what the editor is shown, and how many there were. */
export interface Offloaded {
  result: CheckResult;
  total: number;
}

/** A check waiting for its turn. */
interface Queued {
  text: string;
  compiled: CompiledFacts;
  options: CheckOptions;
  resolve: (r: Offloaded | null) => void;
  reject: (e: Error) => void;
}

/** One checking thread, started on first use, restarted after a failure. */
export class Offload {
  private worker: Worker | null = null;
  /** The facts set the worker holds. */
  private workerFacts = -1;
  private readonly factsIds = new WeakMap<CompiledFacts, number>();
  private nextFacts = 1;
  private nextJob = 1;
  private readonly waiting = new Map<number, { resolve: (r: Offloaded) => void; reject: (e: Error) => void }>();
  /** Checks waiting for their turn, by key, oldest first. */
  private readonly queue = new Map<string, Queued>();
  private running = false;

  constructor(
    private readonly log: (line: string) => void,
    private readonly file: string = WORKER_FILE,
  ) {}

  /**
   * Checks `text` on the worker: the result with its first `MAX_DIAGNOSTICS` + 1 findings, and
   * how many there were. One check runs at a time; a check waiting for its turn is dropped
   * (resolves to null) when a newer one with the same `key` (the document) comes, so typing in a
   * large draft never queues up versions nobody will see. Rejects if the worker fails; the caller
   * may then check here.
   */
  check(text: string, compiled: CompiledFacts, options: CheckOptions, key = ''): Promise<Offloaded | null> {
    return new Promise((resolve, reject) => {
      const replaced = this.queue.get(key);
      if (replaced !== undefined) replaced.resolve(null);
      this.queue.delete(key);
      this.queue.set(key, { text, compiled, options, resolve, reject });
      this.next();
    });
  }

  /** Sends the next waiting check when none runs. */
  private next(): void {
    if (this.running || this.queue.size === 0) return;
    const [key, q] = this.queue.entries().next().value as [string, Queued];
    this.queue.delete(key);
    let worker: Worker;
    try {
      worker = this.start();
    } catch (e) {
      q.reject(e as Error);
      this.next();
      return;
    }
    let facts = this.factsIds.get(q.compiled);
    if (facts === undefined) {
      facts = this.nextFacts++;
      this.factsIds.set(q.compiled, facts);
    }
    const job: OffloadJob = { id: this.nextJob++, text: q.text, options: q.options, facts };
    const transfer: ArrayBuffer[] = [];
    if (this.workerFacts !== facts) {
      const bytes = Buffer.concat(serializeCompiled(q.compiled));
      job.bytes = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) transfer.push(bytes.buffer as ArrayBuffer);
      this.workerFacts = facts;
    }
    this.running = true;
    const settle = () => {
      this.running = false;
      this.next();
    };
    this.waiting.set(job.id, {
      resolve: (r) => {
        q.resolve(r);
        settle();
      },
      reject: (e) => {
        q.reject(e);
        settle();
      },
    });
    worker.postMessage(job, transfer);
  }

  /** Stops the worker (the server is shutting down). */
  dispose(): void {
    void this.worker?.terminate();
    this.worker = null;
  }

  private start(): Worker {
    if (this.worker !== null) return this.worker;
    const worker = new Worker(this.file);
    // The server's life decides the process's, not this thread's.
    worker.unref();
    worker.on('message', (reply: OffloadReply) => {
      const w = this.waiting.get(reply.id);
      if (w === undefined) return;
      this.waiting.delete(reply.id);
      if ('result' in reply) w.resolve({ result: reply.result, total: reply.total });
      else w.reject(new Error(reply.error));
    });
    const fail = (why: string) => {
      if (this.worker !== worker) return;
      this.worker = null;
      this.workerFacts = -1;
      this.log(`factlint: the checking thread for large drafts stopped (${why}); it starts again when needed`);
      // Copied first: a rejection hands the next check to a new worker, which adds to `waiting`.
      const failed = [...this.waiting.values()];
      this.waiting.clear();
      for (const w of failed) w.reject(new Error(why));
    };
    worker.on('error', (e) => fail(e.message));
    worker.on('exit', (code) => fail(`exit code ${code}`));
    this.worker = worker;
    return worker;
  }
}
