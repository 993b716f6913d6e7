/**
 * The online import's fetching: who held the offices (a SPARQL query), then the holders', the
 * offices' and their countries' items from `wbgetentities`, 50 at a time. `wikibase-sdk` builds
 * the URLs and reads the query's answer; `PoliteClient` does the HTTP. Every answer is kept in
 * the partial file as it comes, so a run that fails can be run again to go on.
 */
import { isQid } from '../../../engine';
import { countryIds, trimEntity } from './convert';
import { isJsonObject } from '../json';
import type { EntityMap, WdEntity } from './entities';
import { HttpFailure, type PoliteClient } from './http';
import type { Fetched, PartialFile } from './partial';

/** What to fetch. */
export interface OnlineRequest {
  /** The offices (QIDs) whose holders to import. */
  offices: string[];
  /** Only holders with a role not ended before this year. */
  since?: number;
  /** The languages of labels and aliases to fetch (the import's language, `mul`, `en`). */
  languages: string[];
  sparqlEndpoint: string;
  /** The MediaWiki API (`…/w/api.php`). */
  api: string;
}

/** How the fetch reports and keeps its progress. */
export interface OnlineDeps {
  client: PoliteClient;
  partial: PartialFile;
  /** What was fetched before this run (from the partial file). */
  fetched: Fetched;
  /** Told the count of items fetched and to fetch, after each batch. */
  progress?: (done: number, total: number) => void;
}

/** The items wbgetentities is asked for at once (its limit). */
export const BATCH = 50;

/** The SPARQL query for the people who held any of the offices (a role not deprecated, and not ended before `since`). */
export function holdersQuery(offices: readonly string[], since?: number): string {
  const lines = [
    'SELECT DISTINCT ?person WHERE {',
    `  VALUES ?office { ${offices.map((q) => `wd:${q}`).join(' ')} }`,
    '  ?person p:P39 ?held .',
    '  ?held ps:P39 ?office ; wikibase:rank ?rank .',
    '  FILTER(?rank != wikibase:DeprecatedRank)',
  ];
  if (since !== undefined) {
    lines.push('  OPTIONAL { ?held pq:P582 ?end . }', `  FILTER(!BOUND(?end) || !isLiteral(?end) || YEAR(?end) >= ${since})`);
  }
  lines.push('}');
  return lines.join('\n');
}

/** The instance and script path wikibase-sdk wants for an API URL such as https://www.wikidata.org/w/api.php; null for a URL of another shape. */
export function apiInstance(api: string): { instance: string; wgScriptPath: string } | null {
  let u: URL;
  try {
    u = new URL(api);
  } catch {
    return null;
  }
  const m = /^\/(.+)\/api\.php$/.exec(u.pathname);
  if (!/^https?:$/.test(u.protocol) || !m || u.search !== '' || u.hash !== '') return null;
  return { instance: u.origin, wgScriptPath: m[1] };
}

/** Fetches what the request needs that `deps.fetched` lacks; resolves to every item, fetched now or before. */
export async function fetchOnline(req: OnlineRequest, deps: OnlineDeps): Promise<EntityMap> {
  const sdk = await import('wikibase-sdk');
  const where = apiInstance(req.api);
  if (!where) throw new HttpFailure(`not a MediaWiki API URL: ${req.api}`);
  const wbk = sdk.WBK({ ...where, sparqlEndpoint: req.sparqlEndpoint });
  const { fetched, client, partial } = deps;

  if (fetched.holders === null) {
    const answer = await client.getJson(wbk.sparqlQuery(holdersQuery(req.offices, req.since)), 'application/sparql-results+json');
    let rows: Record<string, unknown>[];
    try {
      rows = sdk.simplifySparqlResults(answer as Parameters<typeof sdk.simplifySparqlResults>[0]);
    } catch {
      throw new HttpFailure(`${req.sparqlEndpoint} answered with JSON that holds no SPARQL results`);
    }
    const holders = [...new Set(rows.map((r) => r.person).filter((q): q is string => typeof q === 'string' && isQid(q)))];
    fetched.holders = holders.sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
    partial.saveHolders(fetched.holders);
  }

  const entities = fetched.entities;
  const first = [...new Set([...req.offices, ...fetched.holders])].filter((q) => !entities.has(q));
  let total = entities.size + first.length;
  const fetchIds = async (ids: string[], props: ('labels' | 'aliases' | 'claims')[]) => {
    const urls = wbk.getManyEntities({ ids: ids as `Q${number}`[], languages: req.languages, props });
    for (let i = 0; i < urls.length; i++) {
      const asked = ids.slice(i * BATCH, (i + 1) * BATCH);
      const answer = await client.getJson(`${urls[i]}&maxlag=5`);
      const batch = batchItems(answer, asked, req.languages);
      if (!batch) throw new HttpFailure(`${req.api} answered without the "entities" of wbgetentities`);
      for (const [q, e] of batch) entities.set(q, e);
      partial.saveEntities(batch);
      deps.progress?.(entities.size, total);
    }
  };
  deps.progress?.(entities.size, total);
  await fetchIds(first, ['labels', 'aliases', 'claims']);

  // The offices' countries, for their labels.
  const countries = [
    ...new Set(
      req.offices
        .map((q) => entities.get(q))
        .filter((e): e is WdEntity => !!e)
        .flatMap(countryIds),
    ),
  ].filter((q) => !entities.has(q));
  total += countries.length;
  if (countries.length > 0) await fetchIds(countries, ['labels']);
  return entities;
}

/** The items of one wbgetentities answer, by the ids asked for (null: no such item); null when it is no such answer. */
function batchItems(answer: unknown, asked: string[], languages: string[]): Map<string, WdEntity | null> | null {
  if (!isJsonObject(answer) || !isJsonObject(answer.entities)) return null;
  const out = new Map<string, WdEntity | null>();
  for (const [key, e] of Object.entries(answer.entities)) {
    if (!isJsonObject(e) || 'missing' in e || typeof e.id !== 'string') continue;
    // A redirected id is answered by the item it leads to, which is kept under both ids.
    const item = trimEntity(e as unknown as WdEntity, languages);
    const from = isJsonObject(e.redirects) && typeof e.redirects.from === 'string' ? e.redirects.from : undefined;
    for (const q of new Set([item.id, key, from ?? item.id])) out.set(q, item);
  }
  for (const q of asked) if (!out.has(q)) out.set(q, null);
  return out;
}
