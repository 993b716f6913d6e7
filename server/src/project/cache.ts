/**
 * The table cache: compiled facts saved on disk, keyed by the content of the tables (and their
 * names, which findings cite), by factlint's version and by the build of the engine itself. A
 * second run with the same tables restores them in a fraction of the time parsing and compiling
 * take. Only tables without errors are cached. Any trouble with the cache (unreadable, full
 * disk, a file from another build) is never an error: factlint compiles as if there were none.
 *
 * Where: `FACTLINT_CACHE_DIR`, else `$XDG_CACHE_HOME/factlint`, else the platform's cache folder.
 * `FACTLINT_NO_CACHE=1` switches it off.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { type CompiledFacts, deserializeCompiled, SERIAL_FORMAT, serializeCompiled } from '../engine';
import { packageVersion } from './paths';

/** At most this many compiled table sets are kept; the least recently used go first. */
export const MAX_CACHE_FILES = 8;

const SUFFIX = '.facts-cache';

/** A table as the cache key sees it: its name, its file, and its text (string or UTF-8 bytes). */
export interface CacheInput {
  /** "default" or the path as given. */
  name: string;
  /** The path as given, or null for the embedded table. */
  file: string | null;
  /** The text, without a byte-order mark. */
  content: string | Uint8Array;
}

/** The cache folder from the environment, or null when caching is off. */
export function cacheDirectory(env: Record<string, string | undefined> = process.env): string | null {
  const off = env.FACTLINT_NO_CACHE;
  if (off !== undefined && off !== '' && off !== '0' && off.toLowerCase() !== 'false') return null;
  if (env.FACTLINT_CACHE_DIR) return path.resolve(env.FACTLINT_CACHE_DIR);
  if (env.XDG_CACHE_HOME) return path.join(env.XDG_CACHE_HOME, 'factlint');
  const home = os.homedir();
  if (process.platform === 'win32') return path.join(env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local'), 'factlint', 'Cache');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Caches', 'factlint');
  return path.join(home, '.cache', 'factlint');
}

/** Compiled facts on disk in one folder. */
export class FactsCache {
  /** `dir` null: a cache that never finds anything and never writes. */
  constructor(readonly dir: string | null) {}

  /** The key of a set of tables. */
  key(inputs: readonly CacheInput[]): string {
    const h = createHash('sha256');
    h.update(`factlint-facts-cache ${SERIAL_FORMAT} ${packageVersion()} ${engineStamp()}\n`);
    for (const input of inputs) {
      const bytes = typeof input.content === 'string' ? Buffer.from(input.content, 'utf8') : input.content;
      h.update(`${JSON.stringify([input.name, input.file])} ${bytes.length}\n`);
      h.update(bytes);
    }
    return h.digest('hex');
  }

  /** The compiled facts saved under `key`, or null. */
  read(key: string): CompiledFacts | null {
    if (this.dir === null) return null;
    const file = path.join(this.dir, key + SUFFIX);
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch {
      return null;
    }
    const compiled = deserializeCompiled(bytes);
    if (compiled) {
      // Mark it used, so pruning keeps it.
      const now = new Date();
      try {
        fs.utimesSync(file, now, now);
      } catch {
        // Read-only cache: still usable.
      }
    }
    return compiled;
  }

  /** Saves compiled facts under `key` (atomically), then prunes the folder. */
  write(key: string, compiled: CompiledFacts): void {
    if (this.dir === null) return;
    const file = path.join(this.dir, key + SUFFIX);
    const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      fs.mkdirSync(this.dir, { recursive: true });
      const fd = fs.openSync(temp, 'w');
      try {
        for (const part of serializeCompiled(compiled)) fs.writeSync(fd, part);
      } finally {
        fs.closeSync(fd);
      }
      fs.renameSync(temp, file);
      this.prune();
    } catch {
      try {
        fs.rmSync(temp, { force: true });
      } catch {
        // Nothing more to do.
      }
    }
  }

  /** Removes the least recently used files beyond `MAX_CACHE_FILES`. */
  private prune(): void {
    if (this.dir === null) return;
    const files = fs
      .readdirSync(this.dir)
      .filter((f) => f.endsWith(SUFFIX))
      .map((f) => {
        const p = path.join(this.dir as string, f);
        return { p, used: fs.statSync(p).mtimeMs };
      })
      .sort((a, b) => b.used - a.used);
    for (const old of files.slice(MAX_CACHE_FILES)) fs.rmSync(old.p, { force: true });
  }
}

let stamp: string | undefined;

/**
 * What identifies this build of the engine: the size and time of its compiled files (or of the
 * bundle it is part of), so a rebuilt or upgraded factlint never reads another's cache.
 */
function engineStamp(): string {
  if (stamp !== undefined) return stamp;
  const parts: string[] = [];
  const add = (file: string) => {
    try {
      const s = fs.statSync(file);
      parts.push(`${path.basename(file)}:${s.size}:${s.mtimeMs}`);
    } catch {
      // Gone: leaves it out.
    }
  };
  add(__filename);
  const engine = path.join(__dirname, '..', 'engine');
  if (fs.existsSync(engine)) {
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith('.js') && !e.name.endsWith('.test.js')) add(p);
      }
    };
    walk(engine);
  }
  stamp = createHash('sha256').update(parts.join('\n')).digest('hex');
  return stamp;
}
