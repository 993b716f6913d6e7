import assert from 'node:assert/strict';
import * as path from 'node:path';
import type * as Skipped from '../common/src/skipped';

// Compiled tests live in test/out, the compiled common code in common/out.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { summarizeSkipped } = require(path.resolve(__dirname, '../../common/out/skipped')) as typeof Skipped;

describe('the summary of skipped text (the CLI\'s --verbose line and the editor\'s tooltip)', () => {
  it('lists each kind once, in one order, with its lines, each range once', () => {
    const skipped = [
      { kind: 'indented-code', first: 8, last: 8 },
      { kind: 'front-matter', first: 1, last: 3 },
      { kind: 'indented-code', first: 12, last: 14 },
      { kind: 'indented-code', first: 12, last: 14 },
    ];
    assert.equal(summarizeSkipped(skipped, '-', '; '), 'front matter (lines 1-3); indented code (lines 8, 12-14)');
    assert.equal(summarizeSkipped(skipped, '\u2013', ', '), 'front matter (lines 1\u20133), indented code (lines 8, 12\u201314)');
    assert.equal(summarizeSkipped([{ kind: 'html', first: 5, last: 5 }], '-', '; '), 'HTML (line 5)');
  });
});
