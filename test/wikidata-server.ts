/**
 * A fake Wikidata on 127.0.0.1 for the online import's tests: a SPARQL endpoint that answers the
 * import's one query (the holders of some offices) and a `wbgetentities` API, both over a list of
 * items. It records every request and can be told to answer some of them with an error.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

/** An item as the fixtures hold it (only what the server reads is typed). */
interface Item {
  id: string;
  claims?: Record<string, { rank?: string; mainsnak?: { datavalue?: { value?: { id?: string } } }; qualifiers?: Record<string, { datavalue?: { value?: { time?: string } } }[]> }[]>;
}

/** One request the server saw. */
export interface SeenRequest {
  kind: 'sparql' | 'api';
  /** The ids a wbgetentities request asked for. */
  ids: string[];
  /** The SPARQL query. */
  query: string;
  userAgent: string;
  url: string;
}

/** An error to answer instead of the real answer, to requests it matches, `times` times. */
export interface Fault {
  kind: 'sparql' | 'api';
  when?: (r: SeenRequest) => boolean;
  status: number;
  headers?: Record<string, string>;
  body?: string;
  times: number;
}

/** The running server. */
export interface FakeWikidata {
  sparql: string;
  api: string;
  requests: SeenRequest[];
  faults: Fault[];
  close(): Promise<void>;
}

/** Starts a fake Wikidata serving `items`. */
export async function fakeWikidata(items: Item[]): Promise<FakeWikidata> {
  const byId = new Map(items.map((e) => [e.id, e]));
  const requests: SeenRequest[] = [];
  const faults: Fault[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const kind = url.pathname === '/sparql' ? 'sparql' : url.pathname === '/w/api.php' ? 'api' : null;
    if (kind === null) {
      res.writeHead(404).end('no such path');
      return;
    }
    const seen: SeenRequest = { kind, ids: url.searchParams.get('ids')?.split('|') ?? [], query: url.searchParams.get('query') ?? '', userAgent: req.headers['user-agent'] ?? '', url: url.href };
    requests.push(seen);
    const fault = faults.find((f) => f.kind === kind && f.times > 0 && (f.when?.(seen) ?? true));
    if (fault) {
      fault.times--;
      res.writeHead(fault.status, fault.headers ?? {}).end(fault.body ?? `error ${fault.status}`);
      return;
    }
    const body = kind === 'sparql' ? sparqlAnswer(seen.query, items) : { entities: Object.fromEntries(seen.ids.map((q) => [q, byId.get(q) ?? { id: q, missing: '' }])), success: 1 };
    res.writeHead(200, { 'Content-Type': kind === 'sparql' ? 'application/sparql-results+json' : 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    sparql: `http://127.0.0.1:${port}/sparql`,
    api: `http://127.0.0.1:${port}/w/api.php`,
    requests,
    faults,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The holders of the query's offices (`wd:Q…`), with a role not deprecated and, given `YEAR(?end) >= N`, not ended before N. */
function sparqlAnswer(query: string, items: Item[]) {
  const offices = new Set([...query.matchAll(/wd:(Q[0-9]+)/g)].map((m) => m[1]));
  const since = /YEAR\(\?end\) >= ([0-9]+)/.exec(query);
  const holders = items.filter((e) =>
    (e.claims?.P39 ?? []).some((s) => {
      if (s.rank === 'deprecated' || !offices.has(s.mainsnak?.datavalue?.value?.id ?? '')) return false;
      const end = s.qualifiers?.P582?.[0]?.datavalue?.value?.time;
      return !since || end === undefined || Number(end.slice(1, 5)) >= Number(since[1]);
    }),
  );
  return {
    head: { vars: ['person'] },
    results: { bindings: holders.map((e) => ({ person: { type: 'uri', value: `http://www.wikidata.org/entity/${e.id}` } })) },
  };
}
