import * as assert from 'node:assert/strict';
import { HttpFailure, PoliteClient, retryAfterMs, type HttpOptions } from './http';

/** One scripted answer: a Response, or an error thrown by fetch. */
type Answer = Response | Error;

/** A client over scripted answers, a clock that moves only when the client sleeps or a request takes time, and a record of both. */
function scripted(answers: Answer[], options: Partial<HttpOptions> = {}, requestMs = 0) {
  let clock = 1_000_000;
  const sleeps: number[] = [];
  const requests: { url: string; headers: Record<string, string> }[] = [];
  const client = new PoliteClient({
    userAgent: 'factlint/0.0.0 (https://example.org/factlint) tables-import',
    intervalMs: 0,
    attempts: 4,
    backoffMs: 2000,
    maxWaitMs: 60_000,
    timeoutMs: 30_000,
    sleep: async (ms) => {
      sleeps.push(ms);
      clock += ms;
    },
    now: () => clock,
    fetch: async (url, init) => {
      requests.push({ url: String(url), headers: init?.headers as Record<string, string> });
      clock += requestMs;
      const a = answers.shift();
      if (!a) throw new Error('no more answers');
      if (a instanceof Error) throw a;
      return a;
    },
    ...options,
  });
  return { client, sleeps, requests };
}

const json = (value: unknown, status = 200, headers: Record<string, string> = {}) => new Response(JSON.stringify(value), { status, headers });
const text = (body: string, status: number, headers: Record<string, string> = {}) => new Response(body, { status, headers });

describe('wikidata http', () => {
  it('sends_its_user_agent_and_reads_json', async () => {
    const { client, requests, sleeps } = scripted([json({ ok: 1 })]);
    assert.deepEqual(await client.getJson('http://127.0.0.1:9/sparql?query=x', 'application/sparql-results+json'), { ok: 1 });
    assert.deepEqual(requests[0].headers, { 'User-Agent': 'factlint/0.0.0 (https://example.org/factlint) tables-import', Accept: 'application/sparql-results+json' });
    assert.deepEqual(sleeps, []);
  });

  it('leaves_the_interval_between_the_starts_of_two_requests', async () => {
    const { client, sleeps } = scripted([json(1), json(2), json(3)], { intervalMs: 1000 }, 300);
    for (let i = 0; i < 3; i++) await client.getJson('http://h/a');
    assert.deepEqual(sleeps, [700, 700]);
  });

  it('waits_as_long_as_retry_after_says_on_429_and_503', async () => {
    const { client, sleeps } = scripted([text('slow down', 429, { 'Retry-After': '3' }), text('busy', 503, { 'Retry-After': new Date(1_000_000 + 3000 + 5000).toUTCString() }), json('ok')]);
    assert.equal(await client.getJson('http://h/a'), 'ok');
    assert.deepEqual(sleeps, [3000, 5000]);
    assert.equal(client.requests, 3);
  });

  it('backs_off_after_failures_and_gives_up_after_its_tries', async () => {
    const { client, sleeps } = scripted([text('oops', 500), new TypeError('fetch failed'), text('<html>', 200), text('oops\nstack', 502)]);
    await assert.rejects(client.getJson('http://h/w/api.php?action=wbgetentities'), (e: Error) => e instanceof HttpFailure && e.message === 'http://h/w/api.php answered HTTP 502 (oops) (4 tries)');
    assert.deepEqual(sleeps, [2000, 4000, 8000]);
  });

  it('recovers_after_a_network_error_or_a_body_that_is_not_json', async () => {
    const { client, sleeps } = scripted([Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNRESET' } }), text('<html>', 200), json('ok')]);
    assert.equal(await client.getJson('http://h/a'), 'ok');
    assert.deepEqual(sleeps, [2000, 4000]);
  });

  it('gives_up_at_once_on_a_client_error', async () => {
    const { client, sleeps } = scripted([text('Query is malformed: bad\nat line 1', 400)]);
    await assert.rejects(client.getJson('http://h/sparql?query=x'), (e: Error) => e instanceof HttpFailure && e.message === 'http://h/sparql answered HTTP 400 (Query is malformed: bad)');
    assert.equal(client.requests, 1);
    assert.deepEqual(sleeps, []);
  });

  it('waits_out_the_apis_maxlag_error_and_stops_on_any_other', async () => {
    const lag = scripted([json({ error: { code: 'maxlag', info: 'Waiting for db: 7 seconds lagged' } }, 200, { 'Retry-After': '7' }), json({ entities: {} })]);
    assert.deepEqual(await lag.client.getJson('http://h/w/api.php'), { entities: {} });
    assert.deepEqual(lag.sleeps, [7000]);
    const bad = scripted([json({ error: { code: 'no-such-entity', info: 'Could not find an entity' } })]);
    await assert.rejects(bad.client.getJson('http://h/w/api.php'), /answered with the API's error no-such-entity: Could not find an entity$/);
  });

  it('gives_up_when_asked_to_wait_too_long', async () => {
    const { client, sleeps } = scripted([text('', 429, { 'Retry-After': '3600' })], { maxWaitMs: 600_000 });
    await assert.rejects(client.getJson('http://h/a'), /answered HTTP 429 and asks to wait 3600 s; try again later$/);
    assert.deepEqual(sleeps, []);
  });

  it('reads_retry_after_as_seconds_or_a_date', () => {
    assert.equal(retryAfterMs('120', 0), 120_000);
    assert.equal(retryAfterMs('Thu, 01 Jan 1970 00:00:10 GMT', 4000), 6000);
    assert.equal(retryAfterMs('Thu, 01 Jan 1970 00:00:10 GMT', 20_000), 0);
    assert.equal(retryAfterMs('soon', 0), undefined);
    assert.equal(retryAfterMs(null, 0), undefined);
  });
});
