/**
 * Table sets as a run of the CLI names them: each table with where it was asked for, loaded by
 * the shared loader (`project/tables.ts`) and cited by its path relative to the working
 * directory; anything wrong is a message for the terminal, and the run ends with exit 2.
 */
import { type CompiledFacts, formatFactsError } from '../engine';
import type { FactsCache } from '../project/cache';
import { displayPath } from '../project/paths';
import { DEFAULT_TABLE_FILE, TableLoader } from '../project/tables';

/** A table to load, and where it was asked for (for messages). */
export interface TableRequest {
  /** Absolute path. */
  file: string;
  /** "config.yaml:3:5" or "--facts": where the table was named. */
  origin: string;
}

/** The tables one draft is checked against, as plain data a worker thread can be sent. */
export interface RunTableSet {
  /** Whether the embedded default table comes first. */
  defaultTable: boolean;
  /** Further tables, in order (config's, then `--facts`). */
  tables: TableRequest[];
}

/** Loads the table sets of a run, each distinct set once. */
export class RunTables {
  private readonly loader: TableLoader;

  /** `cwd` is where table names and error paths are relative to; `cache` where compiled sets are kept. */
  constructor(cwd: string, cache?: FactsCache) {
    this.loader = new TableLoader({ name: (file) => displayPath(file, cwd), cache });
  }

  /** The compiled facts for a set, or the messages saying why there are none (exit 2). */
  compile(set: RunTableSet): { compiled: CompiledFacts | null; errors: string[] } {
    const origins = new Map<string, string>();
    for (const t of set.tables) if (!origins.has(t.file)) origins.set(t.file, t.origin);
    const loaded = this.loader.load({ defaultTable: set.defaultTable, files: [...origins.keys()] });
    if (loaded.unreadable.length > 0) {
      return {
        compiled: null,
        errors: loaded.unreadable.map(({ file, reason }) =>
          set.defaultTable && file === DEFAULT_TABLE_FILE
            ? `the embedded default facts table ${DEFAULT_TABLE_FILE} ${reason}; reinstall factlint, or pass --no-default-facts`
            : `${origins.get(file)}: facts table ${this.loader.nameOf(file)} ${reason}`,
        ),
      };
    }
    if (loaded.errors.length > 0) return { compiled: null, errors: loaded.errors.map(formatFactsError) };
    return { compiled: loaded.compiled ?? null, errors: [] };
  }
}
