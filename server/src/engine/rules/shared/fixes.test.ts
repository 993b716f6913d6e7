import assert from 'node:assert/strict';
import { takesAn } from './fixes';

describe('takesAn', () => {
  it('goes by the sound of the word as spelling tells it', () => {
    assert.deepEqual(['apple', 'European', 'hour', 'Free', 'one', 'university'].map(takesAn), [true, false, true, false, false, false]);
    assert.deepEqual(['MEA', 'NATO'].map(takesAn), [undefined, undefined]);
  });
});
