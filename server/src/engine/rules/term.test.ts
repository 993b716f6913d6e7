import assert from 'node:assert/strict';
import { assertFinding, findings, TEST_TABLE } from './testing';

describe('rule term', () => {
  it('flags a listed variant and fixes it to the canonical phrase', () => {
    assertFinding('term', 'Under the Zenda Treaty, trade grew.', {
      flagged: 'Zenda Treaty',
      message: /^"Zenda Treaty" should be "Treaty of Zenda" — test\.facts\.yaml$/,
      fixed: 'Under the Treaty of Zenda, trade grew.',
    });
  });

  it('allows the canonical phrase', () => {
    assert.deepEqual(findings('term', 'Under the Treaty of Zenda, trade grew.'), []);
  });

  it('ignores a variant split by a paragraph break or in a link target', () => {
    assert.deepEqual(findings('term', 'the Zenda\n\nTreaty'), []);
    assert.deepEqual(findings('term', 'See [the text](https://example.org/Zenda-Treaty).'), []);
  });

  it('quotes text across a line break as one line, and keeps the break out of nothing else', () => {
    assertFinding('term', 'Under the Zenda\nTreaty, trade grew.', { flagged: 'Zenda\nTreaty', message: /^"Zenda Treaty" should be/ });
  });

  it('keeps "a"/"an" in agreement with the replacement', () => {
    const table = TEST_TABLE.replace('terms:', 'terms:\n  - canonical: Free Coastal Zone\n    variants: [Open Coastal Zone]');
    assertFinding('term', 'They want an Open Coastal Zone.', { fixed: 'They want a Free Coastal Zone.' }, '2025-01-01', table);
    assertFinding('term', 'They want an\nOpen Coastal Zone.', { fixed: 'They want a\nFree Coastal Zone.' }, '2025-01-01', table);
  });
});
