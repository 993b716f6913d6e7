/**
 * A polite HTTP client for Wikimedia's services, as their API etiquette asks: a User-Agent that
 * says who is asking, one request at a time with a pause between two, `Retry-After` honoured on
 * 429 and 503 (and on the API's `maxlag` error), and a failed request tried again a few times
 * after growing pauses. The clock, the pauses and `fetch` are passed in, so tests wait for nothing.
 */
import { isJsonObject } from '../json';

/** What the client needs from the world, and its limits. */
export interface HttpOptions {
  userAgent: string;
  /** Least time between the starts of two requests (ms). */
  intervalMs: number;
  /** Tries per request before giving up. */
  attempts: number;
  /** The pause after a first failure (ms); doubled after each further one. */
  backoffMs: number;
  /** The longest `Retry-After` waited for (ms); a longer one gives up at once. */
  maxWaitMs: number;
  /** How long one request may take before it counts as failed (ms). */
  timeoutMs: number;
  sleep(ms: number): Promise<void>;
  /** Milliseconds since the epoch. */
  now(): number;
  fetch: typeof globalThis.fetch;
}

/** A request that failed for good: the message says what the server or the network said. */
export class HttpFailure extends Error {}

/** The client: `getJson` one URL at a time. */
export class PoliteClient {
  /** When the last request started (ms), or null before the first. */
  private last: number | null = null;
  /** Requests sent, retries included. */
  requests = 0;

  constructor(private readonly o: HttpOptions) {}

  /**
   * GETs a URL and parses its JSON body. Retries a network error, a timeout, a 5xx or 408 answer,
   * a body that is not JSON, 429 and 503 (after their `Retry-After`) and a MediaWiki `maxlag`
   * error; gives up at once on any other 4xx answer or MediaWiki error.
   */
  async getJson(url: string, accept = 'application/json'): Promise<unknown> {
    const where = shortUrl(url);
    let reason = '';
    for (let attempt = 1; attempt <= this.o.attempts; attempt++) {
      await this.space();
      let wait: number | undefined;
      const r = await this.once(url, accept);
      if ('json' in r) {
        const api = isJsonObject(r.json) && isJsonObject(r.json.error) ? r.json.error : undefined;
        if (!api) return r.json;
        reason = `the API's error ${String(api.code)}: ${String(api.info ?? '')}`.trim();
        if (api.code !== 'maxlag') throw new HttpFailure(`${where} answered with ${reason}`);
        wait = r.retryAfter ?? 5000;
      } else {
        reason = r.reason;
        if (r.final) throw new HttpFailure(`${where} answered ${reason}`);
        wait = r.retryAfter;
      }
      if (attempt === this.o.attempts) break;
      if (wait !== undefined && wait > this.o.maxWaitMs) {
        throw new HttpFailure(`${where} answered ${reason} and asks to wait ${Math.ceil(wait / 1000)} s; try again later`);
      }
      await this.o.sleep(wait ?? this.o.backoffMs * 2 ** (attempt - 1));
    }
    throw new HttpFailure(`${where} answered ${reason} (${this.o.attempts} ${this.o.attempts === 1 ? 'try' : 'tries'})`);
  }

  /** Waits until `intervalMs` has passed since the last request started. */
  private async space(): Promise<void> {
    if (this.last !== null) {
      const due = this.last + this.o.intervalMs - this.o.now();
      if (due > 0) await this.o.sleep(due);
    }
    this.last = this.o.now();
  }

  private async once(url: string, accept: string): Promise<{ json: unknown; retryAfter?: number } | { reason: string; final: boolean; retryAfter?: number }> {
    this.requests++;
    let res: Response;
    let body: string;
    try {
      res = await this.o.fetch(url, { headers: { 'User-Agent': this.o.userAgent, Accept: accept }, signal: AbortSignal.timeout(this.o.timeoutMs) });
      body = await res.text();
    } catch (e) {
      const err = e as Error & { cause?: { code?: string; message?: string } };
      const why = err.name === 'TimeoutError' ? `nothing within ${this.o.timeoutMs / 1000} s` : (err.cause?.code ?? err.cause?.message ?? err.message);
      return { reason: `no answer (${why})`, final: false };
    }
    const retryAfter = retryAfterMs(res.headers.get('retry-after'), this.o.now());
    if (!res.ok) {
      const first = body.split('\n').find((l) => l.trim() !== '')?.trim().slice(0, 200);
      const reason = `HTTP ${res.status}${first ? ` (${first})` : ''}`;
      const again = res.status >= 500 || res.status === 408 || res.status === 429;
      return { reason, final: !again, retryAfter: res.status === 429 || res.status === 503 ? retryAfter : undefined };
    }
    try {
      return { json: JSON.parse(body), retryAfter };
    } catch {
      return { reason: 'a body that is not JSON', final: false };
    }
  }
}

/** A `Retry-After` value in ms: seconds, or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const v = value.trim();
  if (/^[0-9]+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** A URL without its query, for messages. */
export function shortUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return url;
  }
}
