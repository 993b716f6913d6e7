import assert from 'node:assert/strict';
import { complete } from './completion';

const labels = (text: string, line: number, character: number, ids: string[] = []) => complete(text, line, character, ids).map((i) => i.label);

describe('completion in facts tables', () => {
  it('offers the keys of the list the cursor is in', () => {
    assert.deepEqual(labels('version: 1\npeople:\n  - name: A B\n    ', 3, 4), ['name', 'aliases', 'wikidata', 'roles', 'source']);
    assert.deepEqual(labels('version: 1\npeople:\n  - name: A B\n    roles:\n      - office: x\n        ', 5, 8), ['office', 'title', 'country', 'from', 'to', 'source']);
    assert.deepEqual(labels('version: 1\n', 1, 0), ['version', 'asOf', 'offices', 'people', 'acronyms', 'terms', 'milestones']);
  });

  it('offers office ids after "office:", the table\'s own and the loaded ones', () => {
    assert.deepEqual(labels('offices:\n  - id: zz-mayor\npeople:\n  - name: A B\n    roles:\n      - office: ', 5, 16, ['jp-pm']), ['jp-pm', 'zz-mayor']);
  });

  it('offers nothing in the middle of a value', () => {
    assert.deepEqual(labels('people:\n  - name: Anna Ko', 1, 16), []);
  });
});
