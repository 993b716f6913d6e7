/**
 * The one facts-table loader of both front ends: reads a set of tables (the embedded default
 * table first, then the others in merge order), looks the set up in the table cache, parses and
 * compiles it when the cache does not have it, and keeps the last good compiled set while a
 * table is broken or missing. The CLI loads each set once; the language server asks again on
 * every check, and the set is reloaded only when a table's content changed.
 */
import { type CompiledFacts, compileFacts, type FactsError, loadTables, type TableInput } from '../engine';
import { cacheDirectory, FactsCache } from './cache';
import { packageFile } from './paths';
import { readBytesWithoutBom, stripBom } from './read';

/** The embedded default table: the package root's facts/ folder, found from the running module. */
export const DEFAULT_TABLE_FILE = packageFile('facts/default.facts.yaml');

/** The tables one draft is checked against. */
export interface TableSet {
  /** Whether the embedded default table comes first. */
  defaultTable: boolean;
  /** Further tables, absolute paths, in merge order. */
  files: string[];
}

/** A table that could not be read. */
export interface Unreadable {
  /** Its absolute path. */
  file: string;
  /** "does not exist", or "cannot be read: <reason>". */
  reason: string;
}

/** What loading a set gave. */
export interface LoadedTables {
  /** The facts in use: the set's, or its last good ones while a table is broken; undefined if it never loaded. */
  compiled: CompiledFacts | undefined;
  /** True when a table is broken or unreadable and an older version is in use. */
  stale: boolean;
  /** Errors in the tables' current texts; `file` is the table's name (see `TableLoaderOptions.name`). */
  errors: FactsError[];
  /** Tables that could not be read (nothing is compiled then). */
  unreadable: Unreadable[];
  /** Tables of the set, in order: absolute paths, the embedded one as `DEFAULT_TABLE_FILE`. */
  files: string[];
  /** How many facts are loaded (offices, people, acronyms, terms, milestones). */
  count: number;
}

/** How a loader reads and names tables. */
export interface TableLoaderOptions {
  /** The name a table is cited by in findings and errors (default: its absolute path). */
  name?: (file: string) => string;
  /** The text of a table open in an editor, which wins over the file; sets with one open are never saved to the cache. */
  readOpen?: (file: string) => string | undefined;
  /** Where compiled sets are kept (default: the environment's cache folder). */
  cache?: FactsCache;
  /**
   * After saving a set to the cache, use the copy read back from it: it holds the same facts in a
   * fraction of the heap (people are read only when asked for), which a long-lived server wants
   * and a one-off run need not pay for.
   */
  keepRestoredCopy?: boolean;
  /** Told each time a set is read anew (not when its tables are unchanged): for a log. */
  onLoad?: (event: LoadEvent) => void;
}

/** A set of tables read anew. */
export interface LoadEvent {
  /** The tables, by the names they are cited by ("default" for the embedded one). */
  names: string[];
  /** Facts in use after the load (the last good version's when the tables have errors). */
  count: number;
  /** Where the facts in use came from. */
  from: 'cache' | 'compiled' | 'last good version' | 'none';
  /** Errors in the tables, and tables that could not be read. */
  problems: number;
  /** Milliseconds the load took. */
  ms: number;
}

/** A table's content as read: the editor's text, the file's bytes, or why it could not be read. */
type Content = string | Buffer | { error: string };

/** Loads table sets and remembers each set's last outcome and every file it read. */
export class TableLoader {
  private readonly sets = new Map<string, { contents: Content[]; loaded: LoadedTables }>();
  private readonly disk = new Map<string, Content>();
  private readonly cache: FactsCache;

  constructor(private readonly options: TableLoaderOptions = {}) {
    this.cache = options.cache ?? new FactsCache(cacheDirectory());
  }

  /** The facts of a set, reloaded only when a table's content changed since the last call. */
  load(set: TableSet): LoadedTables {
    const files = [...(set.defaultTable ? [DEFAULT_TABLE_FILE] : []), ...new Set(set.files)];
    // The embedded table named as a file is another set: it is cited by its path, not as "default".
    const setKey = JSON.stringify([set.defaultTable, files]);
    const contents = files.map((f) => this.content(f));
    const last = this.sets.get(setKey);
    if (last && last.contents.every((c, i) => sameContent(c, contents[i]))) return last.loaded;

    const started = performance.now();
    const unreadable: Unreadable[] = [];
    const inputs: (TableInput & { content: string | Buffer })[] = [];
    files.forEach((file, i) => {
      const c = contents[i];
      if (typeof c === 'object' && !Buffer.isBuffer(c)) unreadable.push({ file, reason: c.error });
      else if (set.defaultTable && i === 0) inputs.push({ name: 'default', file: null, text: '', content: c });
      else {
        const name = this.nameOf(file);
        inputs.push({ name, file: name, text: '', content: c });
      }
    });
    // Sets with an unreadable table have no key: they are never cached, only parsed for their errors.
    const key = unreadable.length === 0 ? this.cache.key(inputs) : '';
    let compiled = key === '' ? null : this.cache.read(key);
    const fromCache = compiled !== null;
    let errors: FactsError[] = [];
    if (!compiled) {
      for (const input of inputs) input.text = typeof input.content === 'string' ? input.content : input.content.toString('utf8');
      const r = loadTables(inputs.map(({ name, file, text }) => ({ name, file, text })));
      errors = r.errors;
      if (errors.length === 0 && unreadable.length === 0) {
        compiled = compileFacts(r.facts);
        if (contents.every((c) => typeof c !== 'string')) {
          this.cache.write(key, compiled);
          if (this.options.keepRestoredCopy) compiled = this.cache.read(key) ?? compiled;
        }
      }
    }
    const loaded: LoadedTables = compiled
      ? { compiled, stale: false, errors, unreadable, files, count: countFacts(compiled) }
      : { compiled: last?.loaded.compiled, stale: last?.loaded.compiled !== undefined, errors, unreadable, files, count: last?.loaded.count ?? 0 };
    this.sets.set(setKey, { contents, loaded });
    this.options.onLoad?.({
      names: files.map((f, i) => (set.defaultTable && i === 0 ? 'default' : this.nameOf(f))),
      count: loaded.count,
      from: compiled ? (fromCache ? 'cache' : 'compiled') : loaded.compiled ? 'last good version' : 'none',
      problems: errors.length + unreadable.length,
      ms: Math.round(performance.now() - started),
    });
    return loaded;
  }

  /** The name a table is cited by. */
  nameOf(file: string): string {
    return this.options.name?.(file) ?? file;
  }

  /** Forgets the tables read from disk (a watched file was created, changed or deleted). */
  forgetDisk(): void {
    this.disk.clear();
  }

  /**
   * A table's content: the editor's text while it is open, else the file's bytes, read once and
   * kept until `forgetDisk` (re-reading a large table on every keystroke would cost more than
   * checking).
   */
  private content(file: string): Content {
    const open = this.options.readOpen?.(file);
    if (open !== undefined) return stripBom(open);
    let content = this.disk.get(file);
    if (content === undefined) {
      try {
        content = readBytesWithoutBom(file);
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        content = { error: err.code === 'ENOENT' ? 'does not exist' : `cannot be read: ${err.message}` };
      }
      this.disk.set(file, content);
    }
    return content;
  }
}

/** Whether two reads of a table hold the same content (a file read again after `forgetDisk` is a new buffer). */
function sameContent(a: Content, b: Content): boolean {
  if (a === b) return true;
  if (typeof a === 'string' || typeof b === 'string') return false;
  if (Buffer.isBuffer(a) || Buffer.isBuffer(b)) return Buffer.isBuffer(a) && Buffer.isBuffer(b) && a.equals(b);
  return a.error === b.error;
}

/** The number of facts in a compiled set. */
function countFacts(compiled: CompiledFacts): number {
  const c = compiled.counts;
  return c.offices + c.people + c.acronyms + c.terms + c.milestones;
}
