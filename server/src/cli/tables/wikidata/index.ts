/**
 * `factlint tables import wikidata`: a facts table from Wikidata, offline from a file of entity
 * JSON (`--input`) or online from the holders of offices (`--office`). Both end in the same
 * converter and in `writeImported`.
 */
import * as path from 'node:path';
import { isQid } from '../../../engine';
import { localDate } from '../../../project/clock';
import { displayPath, packageHomepage, packageVersion } from '../../../project/paths';
import type { TableDoc } from '../../../project/table-doc';
import type { CliIo } from '../../main';
import { printable } from '../../printable';
import type { ImportRead } from '../imports';
import { readInput } from '../input';
import { IMPORT_OPTIONS, importTarget, parseOptions, UsageError, type ImportTarget } from '../options';
import { convertEntities } from './convert';
import { readEntities } from './entities';
import { HttpFailure, PoliteClient } from './http';
import { apiInstance, fetchOnline } from './online';
import { PartialFile } from './partial';

const DEFAULTS = {
  sparqlEndpoint: 'https://query.wikidata.org/sparql',
  api: 'https://www.wikidata.org/w/api.php',
  /** Seconds between two requests. */
  interval: 1,
};

/** `factlint tables import wikidata --help`. */
export const WIKIDATA_HELP = `Usage: factlint tables import wikidata --input FILE --output OUT.facts.yaml [options]
       factlint tables import wikidata --office QID [--office QID ...] --output OUT.facts.yaml [options]

Makes a facts table from Wikidata: people with their position-held (P39) statements as roles,
the offices they name, acronyms from short names (P1813) and milestones from points in time
(P585). Offline, from a file of Wikidata entity JSON (Special:EntityData, wbgetentities, or a
dump's lines); online, from the holders of the given offices.

  --input FILE              the entity JSON to convert
  --office QID              an office whose holders to fetch (repeatable); with --input, keep
                            only roles in these offices
  --output FILE             the table to write (required); a table an import did not write is
                            never replaced
  --lang CODE               names and titles in this language, else mul, else en (default en)
  --since YEAR              leave out roles that ended before YEAR
  --as-of YYYY-MM-DD        the table's asOf (default: today, or the day an online fetch began)
  --dry-run                 print what would change, write nothing
Online only:
  --sparql-endpoint URL     default ${DEFAULTS.sparqlEndpoint}
  --api URL                 default ${DEFAULTS.api}
  --request-interval SECS   least time between two requests (default ${DEFAULTS.interval})
  --contact EMAIL|URL       how Wikimedia can reach whoever runs the import, sent in the
                            User-Agent as their policy asks (else FACTLINT_CONTACT)

What was fetched is kept in OUT.partial.jsonl until the table is written: after a failure, run
the same command again to fetch only what is missing. Exit 0 written (or unchanged), 2 not.
`;

/** The options of one run, checked. */
interface Options extends ImportTarget {
  input?: string;
  offices: string[];
  lang: string;
  since?: number;
  sparqlEndpoint: string;
  api: string;
  intervalMs: number;
  /** Who runs the import, for the User-Agent. */
  contact?: string;
}

/** A contact that fits in the User-Agent's comment: printable ASCII, no parentheses or semicolons (they delimit it), one line. */
const CONTACT = /^[\x21-\x27\x2a-\x3a\x3c-\x7e][\x20-\x27\x2a-\x3a\x3c-\x7e]{0,199}$/;

function options(args: string[]): Options {
  const { values } = parseOptions({
    args,
    options: {
      input: { type: 'string' },
      office: { type: 'string', multiple: true },
      lang: { type: 'string' },
      since: { type: 'string' },
      'sparql-endpoint': { type: 'string' },
      api: { type: 'string' },
      'request-interval': { type: 'string' },
      contact: { type: 'string' },
      ...IMPORT_OPTIONS,
    },
    allowPositionals: false,
    strict: true,
  });
  const target = importTarget(values, 'wikidata', 'officeholders.facts.yaml');
  const offices = values.office ?? [];
  if (values.input === undefined && offices.length === 0) {
    throw new UsageError('import wikidata needs --input FILE (Wikidata entity JSON) or --office QID (to fetch the holders of an office online)');
  }
  for (const q of offices) if (!isQid(q)) throw new UsageError(`--office "${q}" is not a Wikidata item id: write Q and its digits (--office Q123)`);
  if (values.input !== undefined) {
    const online = (['sparql-endpoint', 'api', 'request-interval', 'contact'] as const).find((k) => values[k] !== undefined);
    if (online) throw new UsageError(`--${online} is for the online import; with --input nothing is fetched`);
  }
  const lang = (values.lang ?? 'en').toLowerCase();
  if (!/^[a-z]{2,3}(-[a-z0-9]+)*$/.test(lang)) throw new UsageError(`--lang "${values.lang}" is not a language code: write one as Wikidata does (en, fr, pt-br)`);
  if (values.since !== undefined && !/^[0-9]{4}$/.test(values.since)) throw new UsageError(`--since "${values.since}" is not a year: write four digits (--since 2010)`);
  const interval = values['request-interval'] ?? String(DEFAULTS.interval);
  if (!/^[0-9]+(\.[0-9]+)?$/.test(interval) || Number(interval) > 3600) throw new UsageError(`--request-interval "${interval}" is not a number of seconds from 0 to 3600`);
  const sparqlEndpoint = values['sparql-endpoint'] ?? DEFAULTS.sparqlEndpoint;
  if (!/^https?:\/\/[^\s]+$/.test(sparqlEndpoint)) throw new UsageError(`--sparql-endpoint "${sparqlEndpoint}" is not an http(s) URL`);
  const api = values.api ?? DEFAULTS.api;
  if (!apiInstance(api)) throw new UsageError(`--api "${api}" is not the URL of a MediaWiki api.php in a folder, as ${DEFAULTS.api}`);
  const contact = values.contact;
  if (contact !== undefined && !CONTACT.test(contact)) {
    throw new UsageError(`--contact "${contact}" cannot go in a User-Agent: give an e-mail address or a URL, in one line of at most 200 printable characters without parentheses or semicolons`);
  }
  return {
    ...target,
    contact,
    input: values.input,
    offices: [...new Set(offices)],
    lang,
    since: values.since !== undefined ? Number(values.since) : undefined,
    sparqlEndpoint,
    api,
    intervalMs: Math.round(Number(interval) * 1000),
  };
}

/** Reads `import wikidata`'s arguments, then its file or Wikidata: the table to write, or 2 when there is nothing to write. */
export async function readWikidataImport(args: string[], io: CliIo): Promise<ImportRead> {
  const o = options(args);
  return o.input !== undefined ? offline(o, o.input, io) : online(o, io);
}

const say = (io: CliIo, line: string) => io.stderr(`factlint tables: ${printable(line)}\n`);

function offline(o: Options, file: string, io: CliIo): ImportRead {
  const input = readInput(file, io.cwd, "Wikidata's entity JSON is UTF-8");
  if (input.error !== undefined) {
    io.stderr(`${printable(input.error)}; nothing was written\n`);
    return 2;
  }
  const name = input.name;
  const read = readEntities(input.text, name);
  if (read.error !== undefined) {
    io.stderr(`${printable(read.error)}; nothing was written\n`);
    return 2;
  }
  const r = convertEntities(read.entities, { lang: o.lang, since: o.since, asOf: o.asOf ?? localDate(io.now), offices: o.offices.length > 0 ? new Set(o.offices) : undefined, sourceName: name });
  for (const note of r.notes) say(io, note);
  if (empty(r.doc)) {
    say(io, `${name} holds nothing to import: no person with a position held (P39)${o.offices.length > 0 ? ` in ${o.offices.join(', ')}` : ''}, no organisation with a short name (P1813), no item with a point in time (P585); nothing was written`);
    return 2;
  }
  return { format: 'wikidata', from: name, doc: r.doc, output: o.output, dryRun: o.dryRun };
}

async function online(o: Options, io: CliIo): Promise<ImportRead> {
  const languages = [...new Set([o.lang, 'mul', 'en'])];
  const request = { offices: [...o.offices].sort(), since: o.since ?? null, languages, sparqlEndpoint: o.sparqlEndpoint, api: o.api };
  const partial = new PartialFile(`${path.resolve(io.cwd, o.output)}.partial.jsonl`, request);
  const partialName = displayPath(partial.file, io.cwd);
  const notes: string[] = [];
  let fetched;
  try {
    fetched = partial.load(localDate(io.now), notes);
  } catch (e) {
    say(io, `${(e as Error).message}; nothing was fetched or written`);
    return 2;
  }
  for (const note of notes) say(io, note);
  const before = fetched.entities.size;
  if (fetched.holders !== null) say(io, `going on from ${partialName}: the holders and ${before} item${before === 1 ? '' : 's'} were fetched before`);
  const contact = o.contact ?? contactFrom(io);
  if (contact === undefined) say(io, 'no --contact: Wikimedia asks that a tool\'s User-Agent say how to reach whoever runs it; give --contact EMAIL|URL, or set FACTLINT_CONTACT');
  const client = new PoliteClient({
    userAgent: userAgent(contact),
    intervalMs: o.intervalMs,
    attempts: 4,
    backoffMs: 2000,
    maxWaitMs: 10 * 60_000,
    timeoutMs: 90_000,
    sleep: io.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    now: Date.now,
    fetch: globalThis.fetch,
  });
  const bar = io.isTTY.stderr ? new ProgressLine(io) : undefined;
  let entities;
  try {
    entities = await fetchOnline({ offices: o.offices, since: o.since, languages, sparqlEndpoint: o.sparqlEndpoint, api: o.api }, { client, partial, fetched, progress: bar && ((done, total) => bar.show(done, total)) });
  } catch (e) {
    bar?.end();
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && !(e instanceof HttpFailure)) {
      say(io, `cannot keep what was fetched in ${partialName} (${code}); nothing was written`);
      return 2;
    }
    if (!(e instanceof HttpFailure)) throw e;
    const kept = fetched.entities.size;
    say(io, `${e.message}. Nothing was written; ${kept > 0 || fetched.holders !== null ? `what was fetched (${kept} item${kept === 1 ? '' : 's'}) is kept in ${partialName}: run the same command again to go on from there` : 'run the same command again later'}`);
    return 2;
  }
  bar?.end();
  const r = convertEntities(entities, { lang: o.lang, since: o.since, asOf: o.asOf ?? fetched.retrieved, offices: new Set(o.offices), sourceName: 'Wikidata' });
  for (const note of r.notes) say(io, note);
  if (!r.doc.people || r.doc.people.length === 0) {
    partial.remove();
    say(io, `Wikidata names no holder of ${o.offices.join(', ')}${o.since !== undefined ? ` since ${o.since}` : ''} with a label in ${languages.join(', ')}; nothing was written`);
    return 2;
  }
  const from = `Wikidata, the holders of ${o.offices.join(', ')}${o.since !== undefined ? ` since ${o.since}` : ''}`;
  // What was fetched is kept until the table is in place: after a dry run, the real one fetches nothing again.
  return { format: 'wikidata', from, doc: r.doc, output: o.output, dryRun: o.dryRun, done: () => partial.remove() };
}

/** The User-Agent Wikimedia asks for: who is asking, where to learn more, and how to reach whoever runs it. */
export function userAgent(contact?: string): string {
  const about = [packageHomepage(), contact].filter((x): x is string => x !== undefined && x !== '');
  return `factlint/${packageVersion()}${about.length > 0 ? ` (${about.join('; ')})` : ''} tables-import`;
}

/** FACTLINT_CONTACT, when it fits in a User-Agent (else it is ignored, with a word on stderr). */
function contactFrom(io: CliIo): string | undefined {
  const c = io.env.FACTLINT_CONTACT;
  if (c === undefined || c === '') return undefined;
  if (CONTACT.test(c)) return c;
  say(io, 'FACTLINT_CONTACT cannot go in a User-Agent (an e-mail address or a URL in one line, without parentheses or semicolons): left out');
  return undefined;
}

function empty(doc: TableDoc): boolean {
  return !doc.people?.length && !doc.acronyms?.length && !doc.milestones?.length;
}

/** The progress of a fetch on a terminal: one line, rewritten in place. */
class ProgressLine {
  private shown = false;
  constructor(private readonly io: CliIo) {}

  show(done: number, total: number): void {
    const width = 20;
    const filled = total > 0 ? Math.round((done / total) * width) : width;
    this.io.stderr(`\rentities ${done}/${total} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`);
    this.shown = true;
  }

  end(): void {
    if (this.shown) this.io.stderr('\n');
    this.shown = false;
  }
}
