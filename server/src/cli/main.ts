/**
 * The `factlint` command: reads the arguments, finds the files, their configs and facts tables,
 * checks (and with --fix, fixes) each file with the engine, prints the report, returns the exit code.
 * Nothing is checked until every config and facts table has loaded without error.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { type CheckOptions, type CompiledFacts, type RuleId, type RuleLevel, RULES } from '../engine';
import { helpText, parseCliArgs, USAGE_HINT, type CliOptions } from './args';
import { parseConcurrency, workerCount, type Concurrency } from './concurrency';
import { cacheDirectory } from '../project/cache';
import { ConfigFinder } from '../project/config';
import { localDate } from '../project/clock';
import { displayPath, expandPaths } from './files';
import { changedFiles } from '../project/git';
import { packageFile, packageHomepage, packageVersion, realPathOrSelf } from '../project/paths';
import { FORMATTERS } from './formatters';
import { checkDraft, type DraftJob, type JobOutcome } from './job';
import { decodeDraft, formatOf, readDraft, splitBom, type Draft } from '../project/read';
import { buildReport } from './report';
import { DEFAULT_TABLE_FILE } from '../project/tables';
import { RunTables, type RunTableSet, type TableRequest } from './tables';
import { printable, printablePath } from './printable';
import { writeFileAtomic } from './write';
import { checkInWorkers } from './workers';

/** The outside world as the CLI uses it; tests may pass their own. */
export interface CliIo {
  /** Arguments after the script name. */
  argv: string[];
  /** Working directory. */
  cwd: string;
  /** Environment (NO_COLOR, FORCE_COLOR, FACTLINT_CONCURRENCY). */
  env: Record<string, string | undefined>;
  /** Writes to standard output. */
  stdout: (s: string) => void;
  /** Writes to standard error. */
  stderr: (s: string) => void;
  /** Whether standard output and standard error are terminals. */
  isTTY: { stdout: boolean; stderr: boolean };
  /** The width of the terminal standard output writes to, in columns; absent when it is no terminal. */
  columns?: number;
  /** Reads all of standard input. */
  /** Standard input, whole: its bytes, or (in tests) a text. */
  readStdin: () => Promise<string | Buffer>;
  /** The current time, for today's date. */
  now: Date;
  /** Waits `ms` milliseconds (a timer when absent); tests pass one that returns at once and records the wait. */
  sleep?: (ms: number) => Promise<void>;
  /** Cores available for worker threads (`os.availableParallelism()` when absent). */
  cores?: number;
  /** Told how many worker threads will check the drafts (0: this thread), before they start; for tests. */
  onWorkers?: (count: number) => void;
}

/** Exit codes (docs/contract.md §4). */
const EXIT = { ok: 0, findings: 1, trouble: 2 } as const;

/**
 * One text to check: a file, or standard input (whose `file` is the --stdin-filename, never read:
 * it only names the text and locates its config).
 */
type Target = { path: string } & ({ stdin: false; file: string } | { stdin: true; file: string | null });

/** A text with everything needed to check it. */
type Job = Target & {
  /** Engine options for this file. */
  options: CheckOptions;
  /** The facts tables for this file, which worker threads compile for themselves. */
  tables: RunTableSet;
  /** Compiled facts for this file. */
  facts: CompiledFacts;
};

/** Runs the CLI with the real process. */
export function run(): Promise<number> {
  return main({
    argv: process.argv.slice(2),
    cwd: process.cwd(),
    env: process.env,
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    isTTY: { stdout: process.stdout.isTTY === true, stderr: process.stderr.isTTY === true },
    ...(process.stdout.isTTY === true && process.stdout.columns > 0 ? { columns: process.stdout.columns } : {}),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    now: new Date(),
  });
}

/** Runs the CLI; resolves to the exit code. */
export async function main(io: CliIo): Promise<number> {
  // `factlint tables …` makes and keeps tables; a folder named "tables" is checked as ./tables.
  if (io.argv[0] === 'tables') {
    // Loaded only for this command: a check never reads its code (the bundle keeps it in its own
    // file, dist/tables/index.js, so the start-up of every check stays as it was).
    const { runTables } = await import('./tables/index.js');
    return runTables(io.argv.slice(1), io);
  }
  const ruleIds = RULES.map((r) => r.id);
  const parsed = parseCliArgs(io.argv, ruleIds);
  const usage = (message: string) => {
    io.stderr(`factlint: ${printable(message)}\n${USAGE_HINT}\n`);
    return EXIT.trouble;
  };
  switch (parsed.kind) {
    case 'usage-error':
      return usage(parsed.message);
    case 'help':
      io.stdout(helpText(ruleIds));
      return EXIT.ok;
    case 'version':
      io.stdout(`${packageVersion()}\n`);
      return EXIT.ok;
  }
  const opts = parsed.options;
  const concurrency = opts.concurrency ?? envConcurrency(io.env);
  if (concurrency === null) {
    return usage(`FACTLINT_CONCURRENCY must be a whole number 1 or more, auto or off, not "${io.env.FACTLINT_CONCURRENCY}"`);
  }
  // Every line on stderr stays one line, whatever a path or a system message holds (printable.ts).
  const say = (line: string) => io.stderr(`${printable(line)}\n`);
  const fail = (messages: string[]) => {
    for (const m of new Set(messages)) say(`factlint: ${m}`);
    return EXIT.trouble;
  };

  // 1. Which texts.
  let targets: Target[];
  if (opts.stdin) {
    const file = opts.stdinFilename === undefined ? null : path.resolve(io.cwd, opts.stdinFilename);
    targets = [{ path: file === null ? '<stdin>' : displayPath(file, io.cwd), stdin: true, file }];
  } else {
    let patterns = opts.paths;
    let only: Set<string> | null = null;
    if (opts.changed) {
      const changed = changedFiles(io.cwd, opts.changed.base, opts.changed.mayBePath, io.env);
      if ('error' in changed) return fail([changed.error]);
      if (changed.baseWasPath && opts.changed.base !== undefined) patterns = [opts.changed.base, ...patterns];
      only = new Set(changed.files.map(realPathOrSelf));
    }
    const expanded = expandPaths(patterns, io.cwd);
    for (const note of expanded.notes) say(`factlint: ${note}`);
    if (expanded.errors.length > 0) return fail(expanded.errors);
    // With --changed: the drafts the paths (or the working directory) hold that git says changed,
    // by real path, as a draft may be reached through a link.
    const files = only === null ? expanded.files : expanded.files.filter((f) => only.has(realPathOrSelf(f)));
    targets = files.map((file) => ({ path: displayPath(file, io.cwd), file, stdin: false }));
  }

  // The report never goes over a draft it is about: that would lose the draft (and, with --fix, its fixes).
  if (opts.outputFile !== undefined) {
    const out = realPathOrSelf(path.resolve(io.cwd, opts.outputFile));
    const input = targets.find((t) => t.file !== null && realPathOrSelf(t.file) === out);
    if (input) return fail([`--output-file ${printablePath(opts.outputFile)} is also a draft being checked (${printablePath(input.path)}): the report would overwrite it; write the report to another file`]);
  }

  // 2. Configs and facts tables for every text, before anything is checked.
  const jobs = planJobs(targets, opts, io);
  if ('errors' in jobs) return fail(jobs.errors);

  // 3. The texts themselves.
  const drafts: Draft[] = [];
  for (const job of jobs.jobs) {
    if (job.stdin) {
      const input = await io.readStdin();
      drafts.push(typeof input === 'string' ? splitBom(input) : decodeDraft(input));
      continue;
    }
    try {
      // Only --fix writes back, and only it needs the digest of what was read.
      drafts.push(readDraft(job.file, opts.fix));
    } catch (e) {
      return fail([`cannot read ${printablePath(job.path)}: ${(e as Error).message}`]);
    }
  }

  // 4. Check, fix, write: on worker threads when that pays, else here; in the files' order either way.
  const draftJobs = jobs.jobs.map((job, i) => draftJob(job, drafts[i], opts));
  const threads = threadsFor(jobs.jobs, drafts, concurrency, io);
  io.onWorkers?.(threads);
  const announce = (outcome: JobOutcome) => {
    if (outcome.skipped !== undefined) say(outcome.skipped);
    if (outcome.notice !== undefined) say(outcome.notice);
  };
  let outcomes: JobOutcome[];
  if (threads > 0) {
    try {
      const local = (job: DraftJob, index: number) => checkDraft(job, jobs.jobs[index].facts);
      outcomes = await checkInWorkers(draftJobs, { threads, cwd: io.cwd, onOutcome: announce, local });
    } catch (e) {
      return fail([`internal error: ${(e as Error).message}`]);
    }
  } else {
    outcomes = draftJobs.map((job, i) => {
      const outcome = checkDraft(job, jobs.jobs[i].facts);
      announce(outcome);
      return outcome;
    });
  }
  const reports = outcomes.map((o) => o.report);
  const full = buildReport(reports);
  const troubles = outcomes.flatMap((o) => (o.trouble === undefined ? [] : [o.trouble]));
  const fixedStdin = outcomes.find((o) => o.fixedText !== undefined)?.fixedText ?? null;

  // 5. Report: to --output-file, else stdout; with --stdin --fix, stdout carries the fixed text and
  // the report goes to stderr (also when the text was not given back: stdout then stays empty).
  // --quiet leaves errors only in the report; the exit code counts all.
  const report = opts.quiet ? buildReport(reports.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') }))) : full;
  const toStderr = opts.stdin && opts.fix;
  const color = opts.outputFile !== undefined ? opts.color === true : useColor(opts.color, io.env, toStderr ? io.isTTY.stderr : io.isTTY.stdout);
  const output = FORMATTERS[opts.format](report, {
    color,
    cwd: io.cwd,
    version: packageVersion(),
    rules: RULES,
    ruleDoc,
    ciRoot: ciRoot(io.env, io.cwd),
    docsBase: packageHomepage(),
    // What --fix would fix, passes after the first included: so the count is what --fix then says.
    ...(opts.format === 'stylish' && !opts.fix ? { fixable: outcomes.reduce((n, o) => n + (o.wouldFix ?? 0), 0) } : {}),
    // Only a report for a terminal is fitted to its width; in a file or a CI log a finding stays on one line.
    ...(opts.outputFile === undefined && !toStderr && io.columns !== undefined ? { width: io.columns } : {}),
  });
  if (fixedStdin !== null) io.stdout(fixedStdin);
  if (opts.outputFile !== undefined) {
    const file = path.resolve(io.cwd, opts.outputFile);
    try {
      writeFileAtomic(file, output);
    } catch (e) {
      return fail([`cannot write the report to ${printablePath(displayPath(file, io.cwd))}: ${(e as Error).message}`]);
    }
  } else if (toStderr) io.stderr(output);
  else io.stdout(output);

  if (troubles.length > 0) return fail(troubles);
  const { errors, warnings } = full.summary;
  if (errors > 0) return EXIT.findings;
  if (opts.maxWarnings !== undefined && warnings > opts.maxWarnings) {
    say(`factlint: too many warnings (${warnings}; --max-warnings is ${opts.maxWarnings})`);
    return EXIT.findings;
  }
  return EXIT.ok;
}

/** A rule's documentation page as shipped, if it is. */
function ruleDoc(id: string): string | undefined {
  try {
    return fs.readFileSync(packageFile(`docs/rules/${id}.md`), 'utf8');
  } catch {
    return undefined;
  }
}

/** The repository root CI paths are relative to: GITHUB_WORKSPACE when the working directory is inside it. */
function ciRoot(env: Record<string, string | undefined>, cwd: string): string | undefined {
  const ws = env.GITHUB_WORKSPACE;
  if (!ws) return undefined;
  const rel = path.relative(path.resolve(ws), cwd);
  return rel.startsWith('..') || path.isAbsolute(rel) ? undefined : path.resolve(ws);
}

/** A job as `checkDraft` takes it, here or on a worker thread. */
function draftJob(job: Job, draft: Draft, opts: CliOptions): DraftJob {
  return {
    path: job.path,
    writeTo: job.stdin ? null : job.file,
    draft,
    options: job.options,
    tables: job.tables,
    fix: opts.fix,
    announceFixes: opts.format === 'stylish',
    countFixes: opts.format === 'stylish' && !opts.fix,
    verbose: opts.verbose,
  };
}

/** How many worker threads check these drafts (0: none). */
function threadsFor(jobs: readonly Job[], drafts: readonly Draft[], concurrency: Concurrency, io: CliIo): number {
  return workerCount({
    concurrency,
    cores: io.cores ?? os.availableParallelism(),
    files: jobs.length,
    chars: drafts.reduce((sum, d) => sum + d.text.length, 0),
    tableBytes: tableBytes(jobs),
    // As the table loader decides it: from the process's environment.
    tablesCached: cacheDirectory() !== null,
  });
}

/** The size of every facts table file the jobs use, each counted once. */
function tableBytes(jobs: readonly Job[]): number {
  const files = new Set<string>();
  for (const { tables } of jobs) {
    if (tables.defaultTable) files.add(DEFAULT_TABLE_FILE);
    for (const t of tables.tables) files.add(t.file);
  }
  let bytes = 0;
  for (const file of files) bytes += fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0;
  return bytes;
}

/** Finds each text's config and facts; any problem with either stops the run. */
function planJobs(
  targets: Target[],
  opts: CliOptions,
  io: CliIo,
): { jobs: Job[] } | { errors: string[] } {
  const cliTables: TableRequest[] = opts.facts.map((f) => ({ file: path.resolve(io.cwd, f), origin: '--facts' }));
  // A config may name a table outside its project only when the user names it too.
  const configs = new ConfigFinder(io.cwd, RULES.map((r) => r.id), new Set(cliTables.map((t) => realPathOrSelf(t.file))));
  const tables = new RunTables(io.cwd);
  const defaults = Object.fromEntries(RULES.map((r) => [r.id, r.defaultSeverity])) as Record<RuleId, RuleLevel>;
  const today = localDate(io.now);

  const configErrors: string[] = [];
  const factsErrors: string[] = [];
  const jobs: Job[] = [];
  for (const target of targets) {
    const folder = target.file === null ? io.cwd : path.dirname(target.file);
    const { config, errors } = configs.find(folder);
    configErrors.push(...errors);
    if (errors.length > 0) continue;
    const configPath = config ? displayPath(config.file, io.cwd) : '';
    const tableSet: RunTableSet = {
      defaultTable: opts.defaultFacts && config?.defaultFacts !== false,
      tables: [
        ...(config?.facts ?? []).map((t) => ({ file: t.file, origin: `${configPath}:${t.line}:${t.column}` })),
        ...cliTables,
      ],
    };
    const compiled = tables.compile(tableSet);
    factsErrors.push(...compiled.errors);
    if (compiled.compiled === null) continue;
    const articleDate = opts.date ?? config?.date;
    jobs.push({
      ...target,
      tables: tableSet,
      facts: compiled.compiled,
      options: {
        format: formatOf(target.file ?? 'stdin.md'),
        today,
        ...(articleDate !== undefined ? { articleDate } : {}),
        rules: { ...defaults, ...config?.rules, ...opts.rules },
        ...(config && config.ignore.length > 0 ? { ignore: config.ignore } : {}),
      },
    });
  }
  if (targets.length === 0) {
    // Nothing to check (every named file ignored): the flags' tables must still be sound.
    factsErrors.push(...tables.compile({ defaultTable: opts.defaultFacts, tables: cliTables }).errors);
  }
  if (configErrors.length > 0) return { errors: configErrors };
  if (factsErrors.length > 0) return { errors: factsErrors };
  return { jobs };
}

/** FACTLINT_CONCURRENCY when set (null when it is not a valid value), else auto. */
function envConcurrency(env: Record<string, string | undefined>): Concurrency | null {
  const raw = env.FACTLINT_CONCURRENCY;
  return raw === undefined || raw === '' ? 'auto' : parseConcurrency(raw);
}

/** --color/--no-color, else NO_COLOR, else FORCE_COLOR, else whether the output is a terminal. */
function useColor(flag: boolean | undefined, env: Record<string, string | undefined>, isTTY: boolean): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return !['0', 'false'].includes(env.FORCE_COLOR);
  return isTTY;
}

