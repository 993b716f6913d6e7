/** The CLI run in this process, for tests that run it many times (fixtures, fixes re-checked). */
import * as path from 'node:path';
import type * as Cli from '../server/src/cli/main';

// Compiled tests live in test/out, the compiled CLI in server/out.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { main } = require(path.resolve(__dirname, '../../server/out/cli/main')) as typeof Cli;

/** What one run printed and returned. */
export interface InProcessRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in `cwd` with `argv`, today being 2026-11-21, with `stdin` as standard input. */
export async function runCli(cwd: string, argv: string[], stdin = ''): Promise<InProcessRun> {
  let stdout = '';
  let stderr = '';
  const code = await main({
    argv,
    cwd,
    env: {},
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    isTTY: { stdout: false, stderr: false },
    readStdin: async () => stdin,
    now: new Date('2026-11-21T12:00:00Z'),
  });
  return { code, stdout, stderr };
}
