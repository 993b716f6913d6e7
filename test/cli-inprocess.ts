/** The CLI run in this process, for tests that run it many times (fixtures, fixes re-checked, imports). */
import * as path from 'node:path';
import type * as Cli from '../server/src/cli/main';

// Compiled tests live in test/out, the compiled CLI in server/out.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { main } = require(path.resolve(__dirname, '../../server/out/cli/main')) as typeof Cli;

/** Today, for every run: 2026-11-21. */
export const NOW = new Date('2026-11-21T12:00:00Z');

/** What one run printed and returned. */
export interface InProcessRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** How a run sees its surroundings besides its arguments. */
export interface RunOptions {
  /** Standard input. */
  stdin?: string;
  /** Whether standard error is a terminal. */
  tty?: boolean;
  /** Told each wait the run asks for (ms); the run does not really wait. Without it, the run waits as it would. */
  sleep?: (ms: number) => void;
  /** The clock's time, for today's date; NOW unless given. */
  now?: Date;
  /** Standard output is a terminal this many columns wide. */
  columns?: number;
}

/** Runs the CLI in `cwd` with `argv`, today being NOW. */
export async function runCliWith(cwd: string, argv: string[], opts: RunOptions = {}): Promise<InProcessRun> {
  let stdout = '';
  let stderr = '';
  const sleep = opts.sleep;
  const code = await main({
    argv,
    cwd,
    env: {},
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    isTTY: { stdout: opts.columns !== undefined, stderr: opts.tty === true },
    ...(opts.columns !== undefined ? { columns: opts.columns } : {}),
    readStdin: async () => opts.stdin ?? '',
    now: opts.now ?? NOW,
    ...(sleep ? { sleep: async (ms: number) => sleep(ms) } : {}),
  });
  return { code, stdout, stderr };
}

/** Runs the CLI in `cwd` with `argv`, today being NOW, with `stdin` as standard input. */
export function runCli(cwd: string, argv: string[], stdin = ''): Promise<InProcessRun> {
  return runCliWith(cwd, argv, { stdin });
}
