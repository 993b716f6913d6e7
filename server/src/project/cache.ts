/**
 * The table cache: compiled facts saved on disk, keyed by the content of the tables (and their
 * names, which findings cite), by factlint's version and by the build of the engine itself. A
 * second run with the same tables restores them in a fraction of the time parsing and compiling
 * take. Only tables without errors are cached.
 *
 * It is a cache and nothing more: a run gives the same findings with it, without it, and with
 * any file in its place. Each entry carries a CRC-32 of its content (see `frame` below); an entry
 * that cannot be read, is not a regular file, is cut short, is of another format, fails its
 * checksum or does not restore into facts that hang together is deleted (where it can be) and
 * the tables are compiled again. A folder that cannot be made or written is no error either.
 *
 * Where: `FACTLINT_CACHE_DIR`, else `$XDG_CACHE_HOME/factlint`, else the platform's cache folder.
 * `FACTLINT_NO_CACHE=1` switches it off.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { crc32 } from 'node:zlib';
import { type CompiledFacts, deserializeCompiled, SERIAL_FORMAT, serializeCompiled } from '../engine';
import { packageVersion } from './paths';
import { readRegularFile } from './read';

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

  /**
   * The compiled facts saved under `key`, or null: when there are none, and when the entry is
   * damaged in any way, which is then deleted so that it is saved again. Never throws.
   */
  read(key: string): CompiledFacts | null {
    if (this.dir === null) return null;
    const file = path.join(this.dir, key + SUFFIX);
    let bytes: Buffer;
    try {
      // A regular file only: a FIFO would wait for ever, /dev/zero behind a link never ends.
      bytes = readRegularFile(file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') discard(file);
      return null;
    }
    const payload = unframe(bytes);
    let compiled: CompiledFacts | null = null;
    try {
      compiled = payload && deserializeCompiled(payload);
    } catch {
      // Bytes that pass the checksum were written by this build; a throw is a bug, not an error.
    }
    if (!compiled) {
      discard(file);
      return null;
    }
    // Mark it used, so pruning keeps it.
    const now = new Date();
    try {
      fs.utimesSync(file, now, now);
    } catch {
      // Read-only cache: still usable.
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
      const parts = serializeCompiled(compiled);
      const fd = fs.openSync(temp, 'w');
      try {
        for (const part of [frame(parts), ...parts]) writeAll(fd, part);
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

  /** Removes the least recently used entries beyond `MAX_CACHE_FILES`; one it cannot look at or remove is passed over. */
  private prune(): void {
    if (this.dir === null) return;
    const entries: { file: string; used: number }[] = [];
    for (const name of fs.readdirSync(this.dir)) {
      if (!name.endsWith(SUFFIX)) continue;
      const file = path.join(this.dir, name);
      try {
        entries.push({ file, used: fs.lstatSync(file).mtimeMs });
      } catch {
        // Gone meanwhile.
      }
    }
    entries.sort((a, b) => b.used - a.used);
    for (const old of entries.slice(MAX_CACHE_FILES)) discard(old.file);
  }
}

/**
 * What a cache file starts with, before the bytes of `serializeCompiled`: "FLTCACHE", the
 * version of this layout and the serial format (u32 each), the length of the rest (u64), then
 * the CRC-32 of those 24 bytes and the rest (u32) and four zero bytes. 32 bytes: the rest stays
 * 8-aligned, so its typed arrays are views over the file's bytes, not a copy.
 *
 * The checksum is there to catch damage (a disk error, a file cut short or overwritten in
 * part), not an attacker: anyone who can write the cache folder can write a valid entry with
 * any checksum. CRC-32 finds every change of up to 32 bits in a row and all but one in 2^32 of
 * any other, at about 4 GB/s (zlib's), where SHA-256 took 0.2 s on the 89 MB entry of a table
 * of 100,000 people, a fifth of a check's whole start.
 */
const FRAME_MAGIC = Buffer.from('FLTCACHE', 'latin1');
const FRAME_VERSION = 2;
const FRAME_FIELDS = 24;
const FRAME_LENGTH = FRAME_FIELDS + 8;

/** The frame for an entry of these parts. */
function frame(parts: readonly Uint8Array[]): Buffer {
  const head = Buffer.alloc(FRAME_LENGTH);
  FRAME_MAGIC.copy(head, 0);
  head.writeUInt32LE(FRAME_VERSION, 8);
  head.writeUInt32LE(SERIAL_FORMAT, 12);
  head.writeBigUInt64LE(BigInt(parts.reduce((n, p) => n + p.length, 0)), 16);
  let sum = crc32(head.subarray(0, FRAME_FIELDS));
  // An empty part is passed over: zlib's crc32 of a view over an empty buffer gives 0, not the sum it was given (Node 20).
  for (const part of parts) if (part.length > 0) sum = crc32(part, sum);
  head.writeUInt32LE(sum, FRAME_FIELDS);
  return head;
}

/** The serialised facts inside a cache file, or null when its frame, length or checksum is wrong. */
function unframe(bytes: Buffer): Buffer | null {
  if (bytes.length < FRAME_LENGTH || !bytes.subarray(0, 8).equals(FRAME_MAGIC)) return null;
  if (bytes.readUInt32LE(8) !== FRAME_VERSION || bytes.readUInt32LE(12) !== SERIAL_FORMAT) return null;
  if (bytes.readBigUInt64LE(16) !== BigInt(bytes.length - FRAME_LENGTH)) return null;
  if (bytes.readUInt32LE(FRAME_FIELDS + 4) !== 0) return null;
  const payload = bytes.subarray(FRAME_LENGTH);
  return crc32(payload, crc32(bytes.subarray(0, FRAME_FIELDS))) === bytes.readUInt32LE(FRAME_FIELDS) ? payload : null;
}

/** Writes all of `bytes`: a write may take fewer than it is given (a full disk says so only on the next). */
function writeAll(fd: number, bytes: Uint8Array): void {
  for (let at = 0; at < bytes.length; ) at += fs.writeSync(fd, bytes, at, bytes.length - at);
}

/**
 * Deletes a damaged or surplus entry, if it can: a file or a link (never what it leads to), or an
 * empty folder in its place; a folder with something in it is left alone.
 */
function discard(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    try {
      fs.rmdirSync(file);
    } catch {
      // Not ours to remove, or not removable: the next write replaces it if it can.
    }
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
