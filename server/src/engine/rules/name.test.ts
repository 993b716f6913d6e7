import assert from 'node:assert/strict';
import { assertFinding, findings, TEST_TABLE } from './testing';

describe('rule name', () => {
  it('flags a misspelt surname in a full name', () => {
    assertFinding('name', 'Anna Kovalenco spoke.', {
      flagged: 'Anna Kovalenco',
      message: /^"Anna Kovalenco" should be "Anna Kovalenko" \(Anna Kovalenko\) — test\.facts\.yaml$/,
      fixed: 'Anna Kovalenko spoke.',
    });
  });

  it('flags a misspelt surname right after a title its holder had', () => {
    assertFinding('name', 'Foreign Minister Marchetty spoke.', { fixed: 'Foreign Minister Marchetti spoke.' });
  });

  it('allows the right spelling, aliases, and unknown people', () => {
    assert.deepEqual(findings('name', 'Anna Kovalenko and Kovalenko and Maria Lopez spoke.'), []);
  });

  it('ignores a name that is a longer run of capitalised words', () => {
    assert.deepEqual(findings('name', 'The Anna Kovalenco Foundation gave.'), []);
  });

  it('ignores a short surname alone after a title', () => {
    assert.deepEqual(findings('name', 'Foreign Minister Brel spoke.'), []);
  });

  it('checks names with lower-case particles and hyphenated first names', () => {
    assert.deepEqual(findings('name', 'Maria von Hallenburg spoke.').map((f) => f.fixes[0].edits[0].text), ['Maria von Hallenberg']);
    assert.deepEqual(findings('name', 'Jean-Paul Moreu spoke.').map((f) => f.fixes[0].edits[0].text), ['Jean-Paul Moreau']);
  });

  it('accepts a name written without its diacritics or with them, but not with some of them', () => {
    const table = TEST_TABLE.replace('  - name: Jean-Paul Moreau', '  - name: Jean-Paul Moreau\n  - name: Mirela Kováčová');
    assert.deepEqual(findings('name', 'Mirela Kovacova spoke.', '2025-03-01', table), []);
    assert.deepEqual(findings('name', 'Maria von Hallenbérg spoke.'), []);
    assert.deepEqual(findings('name', 'Mirela Kováčova spoke.', '2025-03-01', table).map((f) => f.fixes[0].edits[0].text), ['Mirela Kováčová']);
  });
});
