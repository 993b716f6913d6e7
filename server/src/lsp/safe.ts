/**
 * Handlers that fail alone. Every request handler answers, with an error if it threw, and every
 * notification handler and every piece of work the server starts on its own (a check after an
 * edit, a request to the client) logs what went wrong instead of ending the process: Node ends it
 * on a promise rejected with nobody listening. Also the one check of the positions a request
 * carries.
 */
import { ErrorCodes, ResponseError, type Position, type Range } from 'vscode-languageserver/node';

/** Where failures are logged. */
export type Log = (message: string) => void;

function describe(e: unknown): string {
  return e instanceof Error ? (e.stack ?? `${e.name}: ${e.message}`) : String(e);
}

/**
 * A request handler that answers an error instead of throwing: a `ResponseError` as thrown (it
 * is meant for the client), anything else logged with its stack and answered as InternalError.
 */
export function answering<A extends unknown[], R>(method: string, log: Log, handler: (...args: A) => R | Promise<R>): (...args: A) => Promise<R> {
  return async (...args: A) => {
    try {
      return await handler(...args);
    } catch (e) {
      if (e instanceof ResponseError) throw e;
      log(`factlint: ${method} failed: ${describe(e)}`);
      throw new ResponseError(ErrorCodes.InternalError, `factlint could not answer ${method}: ${e instanceof Error ? e.message : String(e)} (the factlint log has the details)`);
    }
  };
}

/** A notification or event handler that logs what it threw, or what its promise rejected with. */
export function noting<A extends unknown[]>(what: string, log: Log, handler: (...args: A) => unknown): (...args: A) => void {
  return (...args: A) => {
    try {
      detach(what, log, handler(...args));
    } catch (e) {
      log(`factlint: ${what} failed: ${describe(e)}`);
    }
  };
}

/** Lets work run on with nobody awaiting it, logging its failure. */
export function detach(what: string, log: Log, work: unknown): void {
  if (work instanceof Promise) work.catch((e: unknown) => log(`factlint: ${what} failed: ${describe(e)}`));
}

/** Largest line or character an LSP position may hold (a `uinteger`). */
const MAX_UINTEGER = 2 ** 31 - 1;

function isUinteger(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= MAX_UINTEGER;
}

/**
 * The position a request carries, or an InvalidParams error naming what is wrong with it. LSP
 * positions are zero or more: a client that sends -1 has a bug, and answering as at 0 would hide
 * it (the text-document library reads -1 as 0, and a completion would read it from the line's end).
 */
export function validPosition(method: string, name: string, p: unknown): Position {
  const q = p as Partial<Position> | null | undefined;
  if (typeof q !== 'object' || q === null) throw new ResponseError(ErrorCodes.InvalidParams, `${method}: ${name} must be a position {line, character}, not ${JSON.stringify(p) ?? 'undefined'}`);
  for (const key of ['line', 'character'] as const) {
    if (!isUinteger(q[key])) throw new ResponseError(ErrorCodes.InvalidParams, `${method}: ${name}.${key} must be a whole number from 0, not ${JSON.stringify(q[key]) ?? 'undefined'}`);
  }
  return { line: q.line!, character: q.character! };
}

/** The range a request carries, or an InvalidParams error naming what is wrong with it. */
export function validRange(method: string, name: string, r: unknown): Range {
  const q = r as Partial<Range> | null | undefined;
  if (typeof q !== 'object' || q === null) throw new ResponseError(ErrorCodes.InvalidParams, `${method}: ${name} must be a range {start, end}, not ${JSON.stringify(r) ?? 'undefined'}`);
  return { start: validPosition(method, `${name}.start`, q.start), end: validPosition(method, `${name}.end`, q.end) };
}
