/**
 * The CLI on worker threads (`--concurrency`, `FACTLINT_CONCURRENCY`): over every fixture folder
 * at once (66 drafts, with their own configs, tables, dates and rule levels), a run on worker
 * threads prints the same bytes in the same order, with the same exit code, as a run on the main
 * thread, and `--fix` leaves the same files and says the same on stderr. The runs are in-process,
 * so `onWorkers` can show that the threads were really used.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type * as Cli from '../server/src/cli/main';

// Compiled tests live in test/out, the compiled CLI in server/out.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { main } = require(path.resolve(__dirname, '../../server/out/cli/main')) as typeof Cli;

const ROOT = path.resolve(__dirname, '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const NOW = new Date('2026-11-21T12:00:00Z');
/** Two fixture folders: enough files for two workers, and quick. */
const TWO_FOLDERS = ['ij-config-overrides', 'other-eu-ecb-brief'];

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** The worker threads the run used (0: none). */
  workers: number;
}

/** Runs the CLI in-process in `cwd`. */
async function runCli(
  cwd: string,
  argv: string[],
  env: Record<string, string> = {},
  onWorkers?: () => void,
  cores?: number,
): Promise<Run> {
  const run: Run = { code: -1, stdout: '', stderr: '', workers: -1 };
  run.code = await main({
    argv,
    cwd,
    env,
    ...(cores === undefined ? {} : { cores }),
    stdout: (s) => (run.stdout += s),
    stderr: (s) => (run.stderr += s),
    isTTY: { stdout: false, stderr: false },
    readStdin: async () => '',
    now: NOW,
    onWorkers: (n) => {
      run.workers = n;
      onWorkers?.();
    },
  });
  return run;
}

/** Every file below `dir` with its content, by relative path. */
function contents(dir: string): Record<string, string> {
  const files = (fs.readdirSync(dir, { recursive: true }) as string[]).filter((p) => fs.statSync(path.join(dir, p)).isFile());
  return Object.fromEntries(files.sort().map((p) => [p, fs.readFileSync(path.join(dir, p), 'utf8')]));
}

const folders: string[] = [];

/** A temporary copy of every fixture folder. */
function fixtureCopy(): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-concurrency-')));
  folders.push(dir);
  fs.cpSync(FIXTURES, dir, { recursive: true });
  return dir;
}

describe('factlint CLI on worker threads', function () {
  this.timeout(60000);

  afterEach(() => {
    for (const dir of folders.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  for (const [format, threads] of [['json', 2], ['stylish', 3], ['sarif', 2], ['github', 2], ['junit', 2]] as const) {
    it(`prints_the_same_${format}_report_on_${threads}_threads_as_on_one`, async () => {
      const one = await runCli(FIXTURES, ['--format', format, '--concurrency', 'off', '.']);
      const many = await runCli(FIXTURES, ['--format', format, '--concurrency', String(threads), '.']);
      assert.equal(one.workers, 0);
      assert.equal(many.workers, threads, 'the second run must use worker threads');
      assert.equal(one.code, 1, one.stderr);
      assert.equal(one.stderr, '');
      assert.ok(one.stdout.split('\n').length > 100, 'many findings');
      assert.deepEqual(many, { ...one, workers: threads });
    });
  }

  it('fixes_the_same_files_the_same_way_and_says_so_in_the_same_order', async () => {
    const oneDir = fixtureCopy();
    const twoDir = fixtureCopy();
    const one = await runCli(oneDir, ['--fix', '--concurrency', 'off', '.']);
    const two = await runCli(twoDir, ['--fix', '--concurrency', '2', '.']);
    assert.equal(two.workers, 2);
    const notices = one.stderr.trimEnd().split('\n');
    assert.ok(notices.length > 10, one.stderr);
    for (const line of notices) assert.match(line, /^fixed \d+ problems? in \S+$/);
    assert.deepEqual(two, { ...one, workers: 2 });
    const fixed = contents(oneDir);
    assert.notDeepEqual(fixed, contents(FIXTURES), 'the fixes changed files');
    assert.deepEqual(contents(twoDir), fixed);
  });

  it('takes_factlint_concurrency_from_the_environment_and_lets_the_flag_win', async () => {
    const workers = async (argv: string[], value: string) => (await runCli(FIXTURES, [...argv, ...TWO_FOLDERS], { FACTLINT_CONCURRENCY: value })).workers;
    assert.equal(await workers([], '2'), 2);
    assert.equal(await workers(['--concurrency', 'off'], '2'), 0);
    assert.equal(await workers(['--concurrency', '2'], 'off'), 2);
    assert.equal(await workers([], ''), 0, 'empty is auto: too little work here');
  });

  it('auto_uses_workers_for_2_mb_of_drafts_given_4_cores', async () => {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-concurrency-')));
    folders.push(dir);
    fs.writeFileSync(path.join(dir, 't.facts.yaml'), 'version: 1\nacronyms:\n  - short: FOIP\n    expansion: Free and Open Indo-Pacific\n    variants: [FIOP]\n');
    const filler = 'The ministers met again today and spoke at length. '.repeat(5300);
    for (let i = 0; i < 8; i++) fs.writeFileSync(path.join(dir, `d${i}.md`), `The FIOP plan, part ${i}.\n\n${filler}\nFIOP again.\n`);
    const argv = ['--no-default-facts', '--facts', 't.facts.yaml', '--format', 'json', '.'];
    const auto = await runCli(dir, argv, {}, undefined, 4);
    assert.equal(auto.workers, 2);
    assert.equal((await runCli(dir, argv, {}, undefined, 3)).workers, 0, 'one worker per two cores');
    const one = await runCli(dir, ['--concurrency', 'off', ...argv]);
    assert.equal(one.code, 1);
    assert.equal((JSON.parse(one.stdout) as { summary: { errors: number } }).summary.errors, 16);
    assert.deepEqual(auto, { ...one, workers: 2 });
  });

  it('refuses_a_bad_factlint_concurrency_with_exit_2', async () => {
    const run = await runCli(FIXTURES, TWO_FOLDERS, { FACTLINT_CONCURRENCY: 'many' });
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.equal(run.stderr.split('\n')[0], 'factlint: FACTLINT_CONCURRENCY must be a whole number 1 or more, auto or off, not "many"');
    assert.equal(run.workers, -1, 'nothing was checked');
  });

  it('a_table_that_fails_on_a_worker_is_an_internal_error_with_no_report', async () => {
    const dir = fixtureCopy();
    // Loaded and validated by the main thread, then gone before the workers load it.
    const table = path.join(dir, 'other-eu-ecb-brief', 'eu.facts.yaml');
    // The worker is handed the first drafts, the ones that use the table; the main thread has it loaded.
    const run = await runCli(dir, ['--format', 'json', '--concurrency', '2', 'other-eu-ecb-brief', 'other-eu-summit-wire'], {}, () => fs.rmSync(table));
    assert.equal(run.workers, 2);
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /^factlint: internal error: a worker thread failed: a facts table did not load on a worker thread: .*eu\.facts\.yaml does not exist\n$/);
  });

  it('the_command_itself_runs_on_worker_threads_and_exits', () => {
    const bin = path.join(ROOT, 'bin', 'factlint.js');
    const run = (env: Record<string, string>) => {
      const r = spawnSync(process.execPath, [bin, '--format', 'json', '--date', '2026-03-06', ...TWO_FOLDERS], {
        cwd: FIXTURES,
        encoding: 'utf8',
        env: { ...process.env, ...env },
        timeout: 30000,
      });
      return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
    };
    const one = run({ FACTLINT_CONCURRENCY: 'off' });
    assert.equal(one.status, 1, one.stderr);
    assert.deepEqual(run({ FACTLINT_CONCURRENCY: '2' }), one);
  });
});
