/** Running `factlint tables import wikidata` in this process, for the offline and online tests. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCliWith, type InProcessRun } from './cli-inprocess';

/** The fixtures: test/wikidata (the compiled tests run from test/out). */
export const WIKIDATA = path.resolve(__dirname, '..', 'wikidata');

/** What one run printed, returned, and waited for. */
export interface ImportRun extends InProcessRun {
  /** Each wait the run asked for (ms); none of them is really waited. */
  sleeps: number[];
}

/** Runs the CLI in `cwd` with `argv`; stderr is a terminal when `tty` says so. */
export async function run(cwd: string, argv: string[], opts: { tty?: boolean } = {}): Promise<ImportRun> {
  const sleeps: number[] = [];
  const r = await runCliWith(cwd, argv, { tty: opts.tty, sleep: (ms) => sleeps.push(ms) });
  return { ...r, sleeps };
}

/** A fixture of test/wikidata, read. */
export function fixture(name: string): string {
  return fs.readFileSync(path.join(WIKIDATA, name), 'utf8');
}
