/**
 * What an online import has fetched so far, kept beside the output (`OUT.partial.jsonl`) so that
 * a run that failed half-way can go on where it stopped. JSON lines: a header naming the request
 * and the day the fetch began, then one line per answer (the holders, a batch of items). Lines
 * are only appended, so a run that dies mid-write loses at most its last line, which the next
 * run drops.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeFileAtomic } from '../../write';
import { isJsonObject } from '../json';
import type { EntityMap, WdEntity } from './entities';

/** The header's mark: a file without it is none of ours and is never overwritten. */
const MARK = 'factlint tables import wikidata: fetched so far';

/** What was fetched for the request so far. */
export interface Fetched {
  /** The day the first answer was fetched (YYYY-MM-DD). */
  retrieved: string;
  /** The holders the query found, once it has run. */
  holders: string[] | null;
  entities: EntityMap;
}

/** The cache file of one request. */
export class PartialFile {
  constructor(
    readonly file: string,
    /** The request's options: a file made for other ones is started afresh. */
    private readonly request: Record<string, unknown>,
  ) {}

  /**
   * What an earlier run of this request kept, or a fresh start (its header written). `notes` get
   * a line when an earlier file was for another request or ended in a cut line. Throws when the
   * file exists but is not one of ours.
   */
  load(today: string, notes: string[]): Fetched {
    let text: string | null = null;
    try {
      text = fs.readFileSync(this.file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    if (text === null) return this.start(today);
    const lines = text.split('\n');
    const header = parse(lines[0]);
    if (!isJsonObject(header) || header.mark !== MARK || typeof header.retrieved !== 'string') {
      throw new Error(`${path.basename(this.file)} is in the way: it was not written by this import; delete it or give another --output`);
    }
    if (JSON.stringify(header.request) !== JSON.stringify(this.request)) {
      notes.push(`${path.basename(this.file)} was kept by a run with other options; starting afresh`);
      return this.start(today);
    }
    const fetched: Fetched = { retrieved: header.retrieved, holders: null, entities: new Map() };
    let good = 1;
    for (; good < lines.length; good++) {
      if (lines[good] === '') continue;
      const line = parse(lines[good]);
      if (isJsonObject(line) && Array.isArray(line.holders)) fetched.holders = line.holders.filter((q): q is string => typeof q === 'string');
      else if (isJsonObject(line) && isJsonObject(line.entities)) {
        for (const [q, e] of Object.entries(line.entities)) fetched.entities.set(q, isJsonObject(e) ? (e as unknown as WdEntity) : null);
      } else break;
    }
    if (good < lines.length && lines.slice(good).some((l) => l !== '')) {
      notes.push(`${path.basename(this.file)} ended in a line cut short, which was dropped`);
      writeFileAtomic(this.file, lines.slice(0, good).join('\n') + '\n');
    }
    return fetched;
  }

  /** Keeps the holders the query found. */
  saveHolders(holders: string[]): void {
    this.append({ holders });
  }

  /** Keeps a batch of items (null: Wikidata has no such item). */
  saveEntities(batch: Map<string, WdEntity | null>): void {
    this.append({ entities: Object.fromEntries(batch) });
  }

  /** Removes the file, once the table is made. */
  remove(): void {
    fs.rmSync(this.file, { force: true });
  }

  private start(today: string): Fetched {
    writeFileAtomic(this.file, JSON.stringify({ mark: MARK, request: this.request, retrieved: today }) + '\n');
    return { retrieved: today, holders: null, entities: new Map() };
  }

  private append(line: object): void {
    fs.appendFileSync(this.file, JSON.stringify(line) + '\n');
  }
}

function parse(line: string | undefined): unknown {
  try {
    return line === undefined ? undefined : JSON.parse(line);
  } catch {
    return undefined;
  }
}
