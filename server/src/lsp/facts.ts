/**
 * Facts tables for the editor: loaded from the text of open documents when a table is being
 * edited, from disk otherwise; compiled once per set and per content. While a table has
 * errors, drafts keep the last good version of their set ("stale").
 */
import * as fs from 'node:fs';
import { type CompiledFacts, compileFacts, type FactsError, loadTables, type TableInput } from '../engine';
import { cacheDirectory, FactsCache } from '../project/cache';

/** The tables one document is checked against. */
export interface TableSpec {
  /** Whether the embedded default table comes first. */
  defaultTable: boolean;
  /** Further tables, absolute paths, in merge order. */
  files: string[];
}

/** The compiled facts for a set, and the state of its tables. */
export interface LoadedFacts {
  /** The facts in use (the last good ones while a table is broken); undefined if no version ever loaded. */
  compiled: CompiledFacts | undefined;
  /** True when a table has errors and an older version is in use. */
  stale: boolean;
  /** Errors of the current texts, with `file` the absolute path ("default" for the embedded table). */
  errors: FactsError[];
  /** Tables of the set, in order: absolute paths, the embedded one as `defaultFile`. */
  files: string[];
  /** How many facts are loaded. */
  count: number;
}

interface Entry {
  texts: string[];
  loaded: LoadedFacts;
}

/** Loads and caches table sets. `readOpen` gives the text of a table open in the editor, if it is. */
export class FactsStore {
  private readonly sets = new Map<string, Entry>();
  private readonly disk = new Map<string, string>();

  constructor(
    private readonly defaultFile: string,
    private readonly readOpen: (file: string) => string | undefined,
    private readonly cache: FactsCache = new FactsCache(cacheDirectory()),
  ) {}

  /** The facts for a set, reloaded only when a table's text changed. */
  get(spec: TableSpec): LoadedFacts {
    const setKey = JSON.stringify(spec);
    const files = [...(spec.defaultTable ? [this.defaultFile] : []), ...spec.files];
    const texts = files.map((f) => this.text(f));
    const entry = this.sets.get(setKey);
    if (entry && entry.texts.length === texts.length && entry.texts.every((t, i) => t === texts[i])) return entry.loaded;
    const inputs: TableInput[] = files.map((file, i) =>
      spec.defaultTable && i === 0 ? { name: 'default', file: null, text: texts[i] } : { name: file, file, text: texts[i] },
    );
    const missing = files.filter((_, i) => texts[i] === MISSING);
    // The table cache holds only tables without errors; tables being edited are not saved to it.
    const key = missing.length === 0 ? this.cache.key(inputs.map((x) => ({ name: x.name, file: x.file, content: x.text }))) : '';
    let compiled = key === '' ? null : this.cache.read(key);
    let errors: FactsError[] = [];
    if (!compiled) {
      const r = loadTables(inputs.filter((x) => x.text !== MISSING));
      errors = [...missing.map((file) => ({ file, line: 1, column: 1, message: 'this facts table does not exist or cannot be read: check the path in the settings or in .factlint.yaml' })), ...r.errors];
      if (errors.length === 0) {
        compiled = compileFacts(r.facts);
        if (key !== '' && files.every((file) => this.readOpen(file) === undefined)) {
          this.cache.write(key, compiled);
          // The copy just saved holds the same facts in a fraction of the heap (people are read
          // only when asked for), so a long-lived server keeps that one and lets the graph go.
          compiled = this.cache.read(key) ?? compiled;
        }
      }
    }
    let loaded: LoadedFacts;
    if (compiled) {
      const f = compiled.facts;
      loaded = { compiled, stale: false, errors, files, count: f.offices.length + f.people.length + f.acronyms.length + f.terms.length + f.milestones.length };
    } else {
      const last = entry?.loaded;
      loaded = { compiled: last?.compiled, stale: last?.compiled !== undefined, errors, files, count: last?.count ?? 0 };
    }
    this.sets.set(setKey, { texts, loaded });
    return loaded;
  }

  /** Forgets the tables read from disk (a watched file was created, changed or deleted). */
  forgetDisk(): void {
    this.disk.clear();
  }

  /**
   * A table's text: the editor's while it is open, else the file's, read once and kept until
   * `forgetDisk` (re-reading a large table on every keystroke would cost more than checking).
   */
  private text(file: string): string {
    const open = this.readOpen(file);
    if (open !== undefined) return open.replace(/^\uFEFF/, '');
    let text = this.disk.get(file);
    if (text === undefined) {
      try {
        text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      } catch {
        text = MISSING;
      }
      this.disk.set(file, text);
    }
    return text;
  }
}

/** Stands for a table that could not be read (never valid YAML text). */
const MISSING = '\u0000missing';
