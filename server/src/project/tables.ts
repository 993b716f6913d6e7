/**
 * Facts tables for a run: the embedded default table, a file's `.factlint.yaml` tables and
 * `--facts`, loaded with the engine's loader and compiled once per distinct set.
 */
import * as fs from 'node:fs';
import { type CompiledFacts, compileFacts, formatFactsError, loadTables, type TableInput } from '../engine';
import { cacheDirectory, FactsCache, type CacheInput } from './cache';
import { displayPath, packageFile } from './paths';

/** The embedded default table: server/out/cli → the package root's facts/ folder. */
export const DEFAULT_TABLE_FILE = packageFile('facts/default.facts.yaml');

/** A table to load, and where it was asked for (for messages). */
export interface TableRequest {
  /** Absolute path. */
  file: string;
  /** "config.yaml:3:5" or "--facts": where the table was named. */
  origin: string;
}

/** The tables one file is checked against. */
export interface TableSet {
  /** Whether the embedded default table comes first. */
  defaultTable: boolean;
  /** Further tables, in order (config's, then `--facts`). */
  tables: TableRequest[];
}

/** Loads and compiles table sets, each distinct set once, through the table cache. */
export class TableCompiler {
  private readonly compiled = new Map<string, { compiled: CompiledFacts | null; errors: string[] }>();
  private readonly texts = new Map<string, { bytes: Buffer } | { error: string }>();

  /** `cwd` is where table names and error paths are relative to; `cache` where compiled sets are kept. */
  constructor(
    private readonly cwd: string,
    private readonly cache: FactsCache = new FactsCache(cacheDirectory()),
  ) {}

  /** The compiled facts for a set, or the messages saying why there are none (exit 2). */
  compile(set: TableSet): { compiled: CompiledFacts | null; errors: string[] } {
    const files = unique(set.tables);
    const key = JSON.stringify([set.defaultTable, files.map((t) => t.file)]);
    let result = this.compiled.get(key);
    if (!result) {
      result = this.load(set.defaultTable, files);
      this.compiled.set(key, result);
    }
    return result;
  }

  private load(defaultTable: boolean, tables: TableRequest[]): { compiled: CompiledFacts | null; errors: string[] } {
    const inputs: CacheInput[] = [];
    const errors: string[] = [];
    if (defaultTable) {
      const read = this.read(DEFAULT_TABLE_FILE);
      if ('error' in read) {
        errors.push(`the embedded default facts table ${DEFAULT_TABLE_FILE} ${read.error}; reinstall factlint, or pass --no-default-facts`);
      } else inputs.push({ name: 'default', file: null, content: read.bytes });
    }
    for (const t of tables) {
      const read = this.read(t.file);
      const name = displayPath(t.file, this.cwd);
      if ('error' in read) errors.push(`${t.origin}: facts table ${name} ${read.error}`);
      else inputs.push({ name, file: name, content: read.bytes });
    }
    if (errors.length > 0) return { compiled: null, errors };
    const key = this.cache.key(inputs);
    const cached = this.cache.read(key);
    if (cached) return { compiled: cached, errors: [] };
    const texts: TableInput[] = inputs.map((i) => ({ name: i.name, file: i.file, text: Buffer.from(i.content).toString('utf8') }));
    const loaded = loadTables(texts);
    if (loaded.errors.length > 0) return { compiled: null, errors: loaded.errors.map(formatFactsError) };
    const compiled = compileFacts(loaded.facts);
    this.cache.write(key, compiled);
    return { compiled, errors: [] };
  }

  private read(file: string): { bytes: Buffer } | { error: string } {
    let cached = this.texts.get(file);
    if (!cached) {
      try {
        const bytes = fs.readFileSync(file);
        // Without a byte-order mark, as the loader reads it.
        cached = { bytes: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes };
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        cached = { error: err.code === 'ENOENT' ? 'does not exist' : `cannot be read: ${err.message}` };
      }
      this.texts.set(file, cached);
    }
    return cached;
  }
}

/** The tables without repeats, the first mention of each kept. */
function unique(tables: TableRequest[]): TableRequest[] {
  const seen = new Set<string>();
  return tables.filter((t) => !seen.has(t.file) && (seen.add(t.file), true));
}
