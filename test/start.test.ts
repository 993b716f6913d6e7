/**
 * What a person sees first: the checker on the example drafts, as `npm start` runs it. The count
 * of fixable findings in the summary is what --fix then fixes, and on a terminal every line fits
 * its width.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCliWith } from './cli-inprocess';

const EXAMPLES = path.resolve(__dirname, '../../examples');

describe('the example drafts (npm start)', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-start-'));
    fs.cpSync(EXAMPLES, dir, { recursive: true });
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('says as many fixable findings as --fix then fixes, passes after the first included', async () => {
    const report = await runCliWith(dir, ['.'], { columns: 100 });
    const fixable = Number(/(\d+) fixable with --fix/.exec(report.stdout)?.[1]);
    assert.ok(fixable >= 5, report.stdout);
    const fixed = await runCliWith(dir, ['--fix', '.'], { columns: 100 });
    const counts = [...fixed.stderr.matchAll(/fixed (\d+) problems? in /g)].map((m) => Number(m[1]));
    assert.equal(counts.reduce((a, b) => a + b, 0), fixable, fixed.stderr);
  });

  it('fits every line of the report to the terminal, and keeps one line per finding elsewhere', async () => {
    for (const columns of [72, 100]) {
      const r = await runCliWith(dir, ['.'], { columns });
      // eslint-disable-next-line no-control-regex
      const visible = r.stdout.replace(/\u001b\[[0-9;]*m/g, '').split('\n');
      for (const line of visible) assert.ok([...line].length <= columns, `${[...line].length} > ${columns}: ${line}`);
    }
    const piped = await runCliWith(dir, ['.']);
    const findingLines = piped.stdout.split('\n').filter((l) => /^\s+\d+:\d+ /.test(l));
    assert.equal(findingLines.length, 6, piped.stdout);
    assert.ok(findingLines.some((l) => l.length > 100), 'a long message stays on its line');
  });
});
