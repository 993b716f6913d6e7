/**
 * Property-based tests (issue 15): generated drafts, facts tables and editing sessions, from
 * fixed seeds so every run checks the same cases. A failure prints the suite, the seed and the
 * path of the shrunk counterexample; `npm run fuzz -- --replay <suite> --seed <seed> --path <path>`
 * runs that one case again. `npm run fuzz` runs the same properties over millions of cases.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as fc from 'fast-check';
import { propertyOf, stopServers, type SuiteName } from './suites';

/** Cases per suite and the seed of each, as `npm test` runs them. */
const RUNS: Record<SuiteName, { seed: number; runs: number }> = {
  drafts: { seed: 15001, runs: 1500 },
  tables: { seed: 15002, runs: 150 },
  sessions: { seed: 15003, runs: 200 },
  'server-pull': { seed: 15004, runs: 15 },
  'server-push': { seed: 15005, runs: 10 },
};

/** Runs a suite; a failure names the command that replays it. */
async function run(name: SuiteName, folder?: string): Promise<void> {
  const { seed, runs } = RUNS[name];
  const details = await fc.check(propertyOf(name, undefined, folder), { seed, numRuns: runs });
  if (!details.failed) return;
  const replay = details.counterexamplePath ? `npm run fuzz -- --replay ${name} --seed ${details.seed} --path ${details.counterexamplePath}` : '(no counterexample)';
  throw new Error(`${fc.defaultReportMessage(details)}\n\nReplay: ${replay}`, { cause: details.errorInstance });
}

describe('fuzz: generated drafts, tables and editing sessions (fixed seeds)', function () {
  // Seconds of work on a quiet machine; a busy one may take several times as long. A case that hangs still fails here.
  this.timeout(120_000);

  it('checks generated drafts: well-formed findings and fixes, deterministic, --fix cures what it fixes and is idempotent', () => run('drafts'));

  it('loads generated tables or gives errors with a place; clean ones load, compile, survive the cache and check drafts', () => run('tables'));

  it("keeps the server's document store and checker equal to a fresh check after every edit", () => run('sessions'));

  describe('factlint-ls --stdio', () => {
    let folder: string;
    before(() => {
      folder = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-fuzz-'));
    });
    after(async () => {
      await stopServers();
      fs.rmSync(folder, { recursive: true, force: true });
    });

    it('pulls, after the last edit of a session, what a fresh check gives', () => run('server-pull', folder));

    it('pushes, for every version it reports, what a fresh check of that version gives', () => run('server-push', folder));
  });
});
