/**
 * `factlint tables import wikidata --office`: the online import against a fake Wikidata on
 * 127.0.0.1 (test/wikidata-server.ts) serving the fictional items of
 * test/wikidata/officeholders.json. Nothing reaches the network: every fetch to another host
 * fails the test. Waits are recorded, never waited.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { folder, removeFolders, ROOT } from './cli-helpers';
import { fixture, run } from './wikidata-run';
import { fakeWikidata, type FakeWikidata } from './wikidata-server';

const ITEMS = JSON.parse(fixture('officeholders.json')) as { id: string }[];
const ALL_OFFICES = ['Q7100001', 'Q7100002', 'Q7100003', 'Q7100004', 'Q7100005', 'Q7100006'];

interface Table {
  asOf: string;
  offices: { id: string; country?: string }[];
  people: { name: string; wikidata: string; roles: { office: string; to?: unknown }[] }[];
}

describe('tables import wikidata (online)', () => {
  let wd: FakeWikidata;
  const realFetch = globalThis.fetch;

  before(() => {
    globalThis.fetch = (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      if (url.hostname !== '127.0.0.1') throw new Error(`a test tried to reach ${url.origin}`);
      return realFetch(input, init);
    };
  });
  after(() => {
    globalThis.fetch = realFetch;
  });
  beforeEach(async () => {
    wd = await fakeWikidata(ITEMS as never);
  });
  afterEach(async () => {
    await wd.close();
    removeFolders();
  });

  /** The import of `offices` into out.facts.yaml in `dir`, against the fake. */
  const online = (dir: string, offices: string[], more: string[] = [], tty = false, contact = ['--contact', 'desk@example.org']) =>
    run(dir, ['tables', 'import', 'wikidata', ...offices.flatMap((q) => ['--office', q]), '--output', 'out.facts.yaml', '--sparql-endpoint', wd.sparql, '--api', wd.api, '--request-interval', '0', ...contact, ...more], { tty });
  const table = (dir: string, file = 'out.facts.yaml') => parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Table;

  it('finds_the_holders_then_fetches_items_in_batches_and_writes_the_table', async () => {
    const dir = folder({});
    const r = await online(dir, ['Q7100002', 'Q7100005']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '', 'no progress when standard error is no terminal');
    assert.deepEqual(r.sleeps, []);
    assert.deepEqual(
      wd.requests.map((q) => [q.kind, q.ids.length]),
      [
        ['sparql', 0],
        ['api', 29],
        ['api', 2],
      ],
    );
    assert.match(wd.requests[0].query, /VALUES \?office \{ wd:Q7100002 wd:Q7100005 \}/);
    assert.deepEqual(wd.requests[2].ids, ['Q7000001', 'Q7000002'], 'then the countries of the offices');
    for (const q of wd.requests) assert.match(q.userAgent, /^factlint\/[0-9]+\.[0-9]+\.[0-9]+ \((https?:\/\/\S+; )?desk@example\.org\) tables-import$/);
    const api = new URL(wd.requests[1].url);
    assert.deepEqual([api.searchParams.get('action'), api.searchParams.get('languages'), api.searchParams.get('props'), api.searchParams.get('maxlag')], ['wbgetentities', 'en|mul', 'labels|aliases|claims', '5']);
    const t = table(dir);
    assert.equal(t.asOf, '2026-11-21');
    assert.deepEqual(
      t.offices.map((o) => [o.id, o.country]),
      [
        ['minister-of-foreign-affairs-q7100002', 'Valdoria'],
        ['president-of-merovia-q7100005', 'Merovia'],
      ],
    );
    assert.equal(t.people.length, 27);
    assert.match(fs.readFileSync(path.join(dir, 'out.facts.yaml'), 'utf8'), /^# factlint-import: wikidata\n# Written by "factlint tables import wikidata" on 2026-11-21 from Wikidata, the holders of Q7100002, Q7100005\./);
    assert.deepEqual(fs.readdirSync(dir), ['out.facts.yaml'], 'the partial file is gone');
  });

  it('asks_for_a_contact_for_the_user_agent_and_refuses_one_that_would_break_the_header', async () => {
    const dir = folder({});
    const none = await online(dir, ['Q7100002'], [], false, []);
    assert.equal(none.code, 0, none.stderr);
    assert.match(none.stderr, /^factlint tables: no --contact: Wikimedia asks that a tool's User-Agent say how to reach whoever runs it; give --contact EMAIL\|URL, or set FACTLINT_CONTACT\n$/);
    assert.match(wd.requests[0].userAgent, /^factlint\/\S+( \(https?:\/\/\S+\))? tables-import$/);
    const bad = await online(folder({}), ['Q7100002'], [], false, ['--contact', 'me@example.org\r\nX-Injected: 1']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--contact .* cannot go in a User-Agent/);
  });

  it('makes_the_table_the_offline_import_makes_of_the_same_items', async () => {
    const dir = folder({ 'officeholders.json': fixture('officeholders.json') });
    assert.equal((await online(dir, ALL_OFFICES)).code, 0);
    const offline = await run(dir, ['tables', 'import', 'wikidata', '--input', 'officeholders.json', '--output', 'offline.facts.yaml', ...ALL_OFFICES.flatMap((q) => ['--office', q])]);
    assert.equal(offline.code, 0, offline.stderr);
    const [a, b] = [table(dir), table(dir, 'offline.facts.yaml')];
    assert.deepEqual([a.offices, a.people], [b.offices, b.people]);
    assert.equal(a.people.length, 70);
  });

  it('waits_as_long_as_a_429_answer_says_then_goes_on', async () => {
    const dir = folder({});
    wd.faults.push({ kind: 'api', status: 429, headers: { 'Retry-After': '2' }, body: 'Too many requests', times: 1 });
    const r = await online(dir, ['Q7100002']);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(r.sleeps, [2000]);
    assert.deepEqual(
      wd.requests.map((q) => q.kind),
      ['sparql', 'api', 'api', 'api'],
    );
    assert.deepEqual(wd.requests[1].ids, wd.requests[2].ids, 'the same batch asked again');
  });

  it('keeps_what_it_fetched_when_a_batch_fails_and_fetches_only_the_rest_when_run_again', async () => {
    const dir = folder({});
    // The second batch (the holders from Q7200045 on) fails every time.
    wd.faults.push({ kind: 'api', when: (q) => q.ids.includes('Q7200070'), status: 500, body: 'Internal error\nat line 1', times: Infinity });
    const failed = await online(dir, ALL_OFFICES);
    assert.equal(failed.code, 2);
    assert.equal(
      failed.stderr,
      `factlint tables: ${wd.api} answered HTTP 500 (Internal error) (4 tries). Nothing was written; what was fetched (50 items) is kept in out.facts.yaml.partial.jsonl: run the same command again to go on from there\n`,
    );
    assert.deepEqual(failed.sleeps, [2000, 4000, 8000], 'a growing pause between tries');
    assert.deepEqual(fs.readdirSync(dir), ['out.facts.yaml.partial.jsonl'], 'no table, half-written or whole');

    wd.faults.length = 0;
    wd.requests.length = 0;
    const resumed = await online(dir, ALL_OFFICES);
    assert.equal(resumed.code, 0, resumed.stderr);
    assert.equal(resumed.stderr, 'factlint tables: going on from out.facts.yaml.partial.jsonl: the holders and 50 items were fetched before\n');
    assert.deepEqual(
      wd.requests.map((q) => [q.kind, q.ids.length]),
      [
        ['api', 26],
        ['api', 2],
      ],
      'no query again, and only the items not fetched before',
    );
    assert.deepEqual(fs.readdirSync(dir), ['out.facts.yaml']);

    const clean = folder({});
    assert.equal((await online(clean, ALL_OFFICES)).code, 0);
    assert.equal(fs.readFileSync(path.join(dir, 'out.facts.yaml'), 'utf8'), fs.readFileSync(path.join(clean, 'out.facts.yaml'), 'utf8'));
  });

  it('keeps_the_fetch_when_the_output_is_a_table_no_import_wrote', async () => {
    const dir = folder({ 'out.facts.yaml': 'version: 1\n' });
    const refused = await online(dir, ['Q7100005']);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /out\.facts\.yaml was not written by "factlint tables import", so an import will not replace it/);
    fs.rmSync(path.join(dir, 'out.facts.yaml'));
    wd.requests.length = 0;
    const again = await online(dir, ['Q7100005']);
    assert.equal(again.code, 0, again.stderr);
    assert.deepEqual(wd.requests, [], 'everything came from the partial file');
    assert.deepEqual(fs.readdirSync(dir), ['out.facts.yaml']);
  });

  it('keeps_the_fetch_after_a_dry_run_so_that_the_run_that_writes_fetches_nothing_again', async () => {
    const dir = folder({});
    const dry = await online(dir, ['Q7100005'], ['--dry-run']);
    assert.deepEqual([dry.code, dry.stdout], [0, 'out.facts.yaml: not written (--dry-run)\n'], dry.stderr);
    assert.deepEqual(fs.readdirSync(dir), ['out.facts.yaml.partial.jsonl']);
    wd.requests.length = 0;
    const real = await online(dir, ['Q7100005']);
    assert.equal(real.code, 0, real.stderr);
    assert.deepEqual(wd.requests, [], 'everything came from the partial file');
    assert.deepEqual(fs.readdirSync(dir), ['out.facts.yaml']);
  });

  it('starts_afresh_when_the_kept_fetch_was_for_other_options', async () => {
    const dir = folder({});
    wd.faults.push({ kind: 'api', status: 503, times: Infinity });
    assert.equal((await online(dir, ['Q7100002'])).code, 2);
    wd.faults.length = 0;
    const other = await online(dir, ['Q7100005']);
    assert.equal(other.code, 0, other.stderr);
    assert.equal(other.stderr, 'factlint tables: out.facts.yaml.partial.jsonl was kept by a run with other options; starting afresh\n');
  });

  it('shows_its_progress_on_one_line_of_a_terminal', async () => {
    const dir = folder({});
    const r = await online(dir, ALL_OFFICES, [], true);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(r.stderr.split('\r'), ['', 'entities 0/76 [....................]', 'entities 50/76 [#############.......]', 'entities 76/76 [####################]', 'entities 78/78 [####################]\n']);
  });

  it('asks_only_for_holders_since_a_year', async () => {
    const dir = folder({});
    const r = await online(dir, ['Q7100002'], ['--since', '2020']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(wd.requests[0].query, /FILTER\(!BOUND\(\?end\) \|\| !isLiteral\(\?end\) \|\| YEAR\(\?end\) >= 2020\)/);
    assert.deepEqual(
      table(dir).people.map((p) => p.name),
      ['Corvin Karst', 'Emil Lunde', 'Liska Pell', 'Rasmus Ulvik'],
    );
  });

  it('writes_nothing_when_no_one_held_the_office', async () => {
    const dir = folder({});
    const r = await online(dir, ['Q7199999']);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'factlint tables: Wikidata names no holder of Q7199999 with a label in en, mul; nothing was written\n');
    assert.deepEqual(fs.readdirSync(dir), []);
  });

  it('gives_up_at_once_when_the_query_is_refused', async () => {
    const dir = folder({});
    wd.faults.push({ kind: 'sparql', status: 400, body: 'MalformedQueryException: bad', times: 1 });
    const r = await online(dir, ['Q7100002']);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, `factlint tables: ${wd.sparql} answered HTTP 400 (MalformedQueryException: bad). Nothing was written; run the same command again later\n`);
    assert.equal(wd.requests.length, 1);
    assert.deepEqual(r.sleeps, []);
  });

  it('works_from_the_built_command_whose_bundle_holds_wikibase_sdk', async () => {
    const dir = folder({});
    const args = [path.join(ROOT, 'bin', 'factlint.js'), 'tables', 'import', 'wikidata', '--office', 'Q7100005', '--output', 'out.facts.yaml', '--sparql-endpoint', wd.sparql, '--api', wd.api, '--request-interval', '0'];
    const r = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      execFile(process.execPath, args, { cwd: dir, timeout: 60_000 }, (error, _stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stderr }));
    });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(table(dir).people.length, 11);
  });
});
