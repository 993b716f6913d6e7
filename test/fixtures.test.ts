/**
 * Fixture tests: each folder of test/fixtures holds drafts, optionally facts tables and a
 * .factlint.yaml, and `expected.json`, the exact JSON report (contract §4) that
 * `factlint --format json .` must print in that folder. Snapshots are rewritten only when
 * UPDATE_SNAPSHOTS=1; a missing one fails.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as Cli from '../server/src/cli/main';

// Compiled tests live in test/out, the compiled CLI in server/out.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { main } = require(path.resolve(__dirname, '../../server/out/cli/main')) as typeof Cli;

const ROOT = path.resolve(__dirname, '../fixtures');
const UPDATE = process.env.UPDATE_SNAPSHOTS === '1';

/** Runs the CLI in-process in a folder and returns its exit code and stdout. */
async function runCli(cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main({
    argv: ['--format', 'json', '.'],
    cwd,
    env: {},
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    isTTY: { stdout: false, stderr: false },
    readStdin: async () => '',
    now: new Date('2026-11-21T12:00:00Z'),
  });
  return { code, stdout, stderr };
}

describe('fixtures', () => {
  const dirs = fs
    .readdirSync(ROOT, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();

  it('has at least 25 fixture drafts', () => {
    assert.ok(dirs.length >= 25, `only ${dirs.length} fixtures`);
  });

  for (const name of dirs) {
    it(`matches the expected report: ${name}`, async () => {
      const dir = path.join(ROOT, name);
      const { code, stdout, stderr } = await runCli(dir);
      assert.equal(stderr, '', `stderr: ${stderr}`);
      const expectedFile = path.join(dir, 'expected.json');
      if (UPDATE) {
        fs.writeFileSync(expectedFile, stdout);
        return;
      }
      assert.ok(fs.existsSync(expectedFile), `${name}/expected.json is missing: run with UPDATE_SNAPSHOTS=1 and review it`);
      const expected = fs.readFileSync(expectedFile, 'utf8');
      assert.deepEqual(JSON.parse(stdout), JSON.parse(expected));
      assert.equal(stdout, expected, 'same content but different bytes');
      const report = JSON.parse(stdout) as { summary: { errors: number; warnings: number } };
      assert.equal(code, report.summary.errors > 0 ? 1 : 0);
    });
  }
});
