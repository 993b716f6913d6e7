/**
 * Fixture tests: each folder of test/fixtures holds drafts, optionally facts tables and a
 * .factlint.yaml, and `expected.json`, the exact JSON report (docs/contract.md §4) that
 * `factlint --format json .` must print in that folder. A few folders also hold the exact
 * `expected.sarif`, `expected.github.txt` and `expected.junit.xml`; every folder's SARIF must be
 * valid against the SARIF 2.1.0 schema. Snapshots are rewritten only when UPDATE_SNAPSHOTS=1;
 * a missing one fails.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { runCli } from './cli-inprocess';

const ROOT = path.resolve(__dirname, '../fixtures');
const UPDATE = process.env.UPDATE_SNAPSHOTS === '1';

/** The fixtures whose CI formats are kept as exact snapshots: default table, own table, configured levels, clean. */
const FORMAT_SNAPSHOTS = ['ij-misri-tokyo-2025', 'other-mv-kestria-trade', 'ij-config-overrides', 'other-eu-nato-clean'];
const FORMAT_FILES = { sarif: 'expected.sarif', github: 'expected.github', junit: 'expected.junit.xml' } as const;

// The schema's language pattern is written for regular expressions without the u flag.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validSarif = ajv.compile(JSON.parse(fs.readFileSync(path.join(ROOT, 'sarif-schema-2.1.0.json'), 'utf8')) as object);

/** Runs the CLI in-process in a folder and returns its exit code and stdout. */
function runFolder(cwd: string, format = 'json') {
  return runCli(cwd, ['--format', format, '.']);
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
      const { code, stdout, stderr } = await runFolder(dir);
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

    it(`writes_valid_sarif${FORMAT_SNAPSHOTS.includes(name) ? ' and the exact sarif, github and junit reports' : ''}: ${name}`, async () => {
      const dir = path.join(ROOT, name);
      const json = await runFolder(dir);
      for (const [format, file] of Object.entries(FORMAT_FILES)) {
        const run = await runFolder(dir, format);
        assert.equal(run.stderr, '', `stderr: ${run.stderr}`);
        assert.equal(run.code, json.code, format);
        // The SARIF names the folder it ran in as an absolute URI: the snapshot has a placeholder.
        const stdout = run.stdout.split(pathToFileURL(dir).href + '/').join('file:///FIXTURE/');
        if (format === 'sarif') assert.ok(validSarif(JSON.parse(stdout)), JSON.stringify(validSarif.errors, null, 2));
        if (!FORMAT_SNAPSHOTS.includes(name)) continue;
        const expectedFile = path.join(dir, file);
        if (UPDATE) {
          fs.writeFileSync(expectedFile, stdout);
          continue;
        }
        assert.ok(fs.existsSync(expectedFile), `${name}/${file} is missing: run with UPDATE_SNAPSHOTS=1 and review it`);
        assert.equal(stdout, fs.readFileSync(expectedFile, 'utf8'), `${name}/${file}`);
      }
    });
  }
});
