/** Running `factlint tables import wikidata` in this process, for the offline and online tests. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as Cli from '../server/src/cli/main';

// Compiled tests live in test/out, the compiled CLI in server/out.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { main } = require(path.resolve(__dirname, '../../server/out/cli/main')) as typeof Cli;

/** The fixtures: test/wikidata (the compiled tests run from test/out). */
export const WIKIDATA = path.resolve(__dirname, '..', 'wikidata');

/** Today, for the runs: 2026-11-21. */
export const NOW = new Date('2026-11-21T12:00:00Z');

/** What one run printed, returned, and waited for. */
export interface ImportRun {
  code: number;
  stdout: string;
  stderr: string;
  /** Each wait the run asked for (ms); none of them is really waited. */
  sleeps: number[];
}

/** Runs the CLI in `cwd` with `argv`; stderr is a terminal when `tty` says so. */
export async function run(cwd: string, argv: string[], opts: { tty?: boolean } = {}): Promise<ImportRun> {
  let stdout = '';
  let stderr = '';
  const sleeps: number[] = [];
  const code = await main({
    argv,
    cwd,
    env: {},
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    isTTY: { stdout: false, stderr: opts.tty === true },
    readStdin: async () => '',
    now: NOW,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  });
  return { code, stdout, stderr, sleeps };
}

/** A fixture of test/wikidata, read. */
export function fixture(name: string): string {
  return fs.readFileSync(path.join(WIKIDATA, name), 'utf8');
}
