/**
 * `--concurrency` and `FACTLINT_CONCURRENCY`: how many threads check the files (the main thread
 * and workers beside it). Pure: the caller passes the number of cores and the size of the work.
 */

/** `off` (this thread checks everything), `auto` (decided by cores and work), or a thread count. */
export type Concurrency = 'off' | 'auto' | number;

/**
 * `auto` starts at most one thread per this many cores, as ESLint does: one thread alone keeps
 * 1.35 cores busy (the garbage collector and the compiler run beside it), and on the two vCPUs of
 * the benchmark machine two threads (the main thread and a worker) took 1.87–1.99 s for the 1k
 * table's corpus against 1.77 s for one; so 2 cores get one thread, 8 get 4.
 */
export const AUTO_CORES_PER_WORKER = 2;
/** `auto` gives each worker at least this many files. */
export const AUTO_MIN_FILES_PER_WORKER = 4;
/**
 * `auto` gives each worker at least this many characters of drafts (UTF-16 units, about bytes):
 * about a fifth of a second of checking. A worker takes about 0.1 s to start and as long again
 * to load its tables from the cache, so on less work it would only slow the run down.
 */
export const AUTO_MIN_CHARS_PER_WORKER = 1024 * 1024;
/**
 * Every worker loads the facts tables again. From the table cache that is fast (a 20 MB table:
 * 0.18 s, against 5.8 s to compile it), yet as long as checking 1 MB of drafts; `auto` gives each
 * worker at least an eighth as many characters of drafts as the tables have bytes, so the load
 * stays under a third of its checking. Without the cache (`FACTLINT_NO_CACHE`) a worker compiles
 * the tables itself, about as slow per byte as checking, so it needs as many characters as bytes.
 */
export const AUTO_CHARS_PER_TABLE_BYTE = { cached: 1 / 8, uncached: 1 } as const;

/** Reads "off", "auto" or a whole number 1 or more; null for anything else. */
export function parseConcurrency(raw: string): Concurrency | null {
  if (raw === 'off' || raw === 'auto') return raw;
  if (!/^[1-9]\d*$/.test(raw) || !Number.isSafeInteger(Number(raw))) return null;
  return Number(raw);
}

/** What decides the number of workers. */
export interface Workload {
  /** The setting (`--concurrency`, else `FACTLINT_CONCURRENCY`, else auto). */
  concurrency: Concurrency;
  /** Cores available (`os.availableParallelism()`). */
  cores: number;
  /** Drafts to check. */
  files: number;
  /** Their total length in characters. */
  chars: number;
  /** The size of the facts tables they are checked against, in bytes (each distinct file once). */
  tableBytes: number;
  /** Whether compiled tables are kept in the table cache, so that a worker loads them fast. */
  tablesCached: boolean;
}

/**
 * How many threads check the drafts: 0 (the main thread alone, no pool) or 2 and more (the main
 * thread and one worker fewer). A number given is taken as it is, so 1 is the same as off; it is
 * never more than there are files. `auto` takes one thread per two cores, as far as each gets its
 * minimum of files and characters.
 */
export function workerCount(work: Workload): number {
  const { concurrency, files } = work;
  if (concurrency === 'off') return 0;
  const threads = concurrency === 'auto' ? autoThreads(work) : Math.min(concurrency, files);
  return threads >= 2 ? threads : 0;
}

/** One thread per two cores, as far as the work allows. */
function autoThreads({ cores, files, chars, tableBytes, tablesCached }: Workload): number {
  const charsPerWorker = Math.max(
    AUTO_MIN_CHARS_PER_WORKER,
    tableBytes * AUTO_CHARS_PER_TABLE_BYTE[tablesCached ? 'cached' : 'uncached'],
  );
  return Math.min(
    Math.floor(cores / AUTO_CORES_PER_WORKER),
    Math.floor(files / AUTO_MIN_FILES_PER_WORKER),
    Math.floor(chars / charsPerWorker),
  );
}
