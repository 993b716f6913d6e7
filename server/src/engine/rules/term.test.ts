import assert from 'node:assert/strict';
import { applyFirst, findings, TEST_TABLE } from './testing';

describe('rule term', () => {
  it('flags a listed variant and fixes it to the canonical phrase', () => {
    const text = 'Under the Zenda Treaty, trade grew.';
    const [f, ...rest] = findings('term', text);
    assert.equal(rest.length, 0);
    assert.equal(f.text, 'Zenda Treaty');
    assert.match(f.message, /^"Zenda Treaty" should be "Treaty of Zenda" — test\.facts\.yaml$/);
    assert.equal(applyFirst(text, f), 'Under the Treaty of Zenda, trade grew.');
  });

  it('allows the canonical phrase', () => {
    assert.deepEqual(findings('term', 'Under the Treaty of Zenda, trade grew.'), []);
  });

  it('ignores a variant split by a paragraph break or in a link target', () => {
    assert.deepEqual(findings('term', 'the Zenda\n\nTreaty'), []);
    assert.deepEqual(findings('term', 'See [the text](https://example.org/Zenda-Treaty).'), []);
  });

  it('quotes text across a line break as one line, and keeps the break out of nothing else', () => {
    const [f] = findings('term', 'Under the Zenda\nTreaty, trade grew.');
    assert.match(f.message, /^"Zenda Treaty" should be/);
    assert.equal(f.text, 'Zenda\nTreaty');
  });

  it('keeps "a"/"an" in agreement with the replacement', () => {
    const table = TEST_TABLE.replace('terms:', 'terms:\n  - canonical: Free Coastal Zone\n    variants: [Open Coastal Zone]');
    const text = 'They want an Open Coastal Zone.';
    const [f] = findings('term', text, '2025-01-01', table);
    assert.equal(applyFirst(text, f), 'They want a Free Coastal Zone.');
    const wrapped = 'They want an\nOpen Coastal Zone.';
    assert.equal(applyFirst(wrapped, findings('term', wrapped, '2025-01-01', table)[0]), 'They want a\nFree Coastal Zone.');
  });
});
