/**
 * The language server's checking thread: a very large draft is checked here, so the server's own
 * thread keeps answering while it is (`offload.ts`). Compiled facts cannot cross between threads,
 * so they come as the bytes `serializeCompiled` makes, once per facts set, and stay until another
 * set comes.
 */
import { parentPort, type MessagePort } from 'node:worker_threads';
import { check, deserializeCompiled, type CheckOptions, type CheckResult, type CompiledFacts } from '../engine';
import { MAX_DIAGNOSTICS } from './diagnostics';

/** Server → thread: one draft to check. */
export interface OffloadJob {
  id: number;
  text: string;
  options: CheckOptions;
  /** Which facts set: the bytes come with the first job that uses it. */
  facts: number;
  bytes?: Uint8Array;
}

/**
 * Thread → server: the job's result, or why there is none. Only the findings the editor is shown
 * (`MAX_DIAGNOSTICS`) come back, with how many there were: copying hundreds of thousands of
 * findings between threads would hold the server's thread for seconds.
 */
export type OffloadReply = { id: number; result: CheckResult; total: number } | { id: number; error: string };

if (parentPort) serve(parentPort);

function serve(port: MessagePort): void {
  let factsId = -1;
  let compiled: CompiledFacts | null = null;
  port.on('message', (job: OffloadJob) => {
    try {
      if (job.bytes !== undefined) {
        compiled = deserializeCompiled(job.bytes);
        factsId = compiled === null ? -1 : job.facts;
      }
      if (compiled === null || factsId !== job.facts) throw new Error(`facts set ${job.facts} was not received`);
      const result = check(job.text, compiled, job.options);
      const total = result.findings.length;
      if (total > MAX_DIAGNOSTICS) result.findings = result.findings.slice(0, MAX_DIAGNOSTICS + 1);
      port.postMessage({ id: job.id, result, total } satisfies OffloadReply);
    } catch (e) {
      port.postMessage({ id: job.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) } satisfies OffloadReply);
    }
  });
}
