import assert from 'node:assert/strict';
import { editDistance, isFirstLetterSlip, isNearMissWord } from './similarity';

/** The textbook dynamic programme, with fresh arrays and no early stop: what `editDistance` must agree with. */
function reference(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps', () => {
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(editDistance('misri', 'misir'), 1);
    assert.equal(editDistance('', 'abc'), 3);
    assert.equal(editDistance('abc', ''), 3);
    assert.equal(editDistance('same', 'same'), 0);
    assert.equal(editDistance('ca', 'abc'), 3);
  });

  it('stops past the limit with limit + 1', () => {
    assert.equal(editDistance('abcdef', 'uvwxyz', 1), 2);
    assert.equal(editDistance('a', 'abcd', 2), 3);
  });

  it('agrees with the textbook table on many pairs, short and long, one call after another', () => {
    // A fixed linear congruential generator: the same pairs on every run.
    let seed = 12345;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const word = (len: number) => Array.from({ length: len }, () => 'abcde'[Math.floor(next() * 5)]).join('');
    for (let k = 0; k < 500; k++) {
      // Lengths up to 90, past the 64 columns the rows start with.
      const a = word(Math.floor(next() * (k % 50 === 0 ? 90 : 9)));
      const b = next() < 0.5 ? word(Math.floor(next() * 9)) : a.slice(0, -1) + word(1);
      assert.equal(editDistance(a, b), reference(a, b), `${a} / ${b}`);
    }
  });

  it('recognises near misses of words of four letters or more with the same first letter', () => {
    assert.equal(isNearMissWord('misry', 'misri'), true);
    assert.equal(isNearMissWord('nisri', 'misri'), false);
    assert.equal(isNearMissWord('abe', 'abd'), false);
    assert.equal(isNearMissWord('jaishankr', 'jaishankar'), true);
    assert.equal(isNearMissWord('jayshankr', 'jaishankar'), true);
    assert.equal(isNearMissWord('jaishnkr', 'jaishankar'), false);
    assert.equal(isNearMissWord('misri', 'misri'), false);
  });

  it('allows a wrong first letter only in a long word whose other letters are exact', () => {
    assert.equal(isFirstLetterSlip('galentina', 'valentina'), true);
    assert.equal(isFirstLetterSlip('larry', 'harry'), false);
    assert.equal(isFirstLetterSlip('galentino', 'valentina'), false);
    assert.equal(isFirstLetterSlip('valentina', 'valentina'), false);
    assert.equal(isFirstLetterSlip('galentinaa', 'valentina'), false);
  });
});
