import assert from 'node:assert/strict';
import { assertFinding, findings } from './testing';

describe('rule acronym', () => {
  it('flags a listed variant and fixes it to the acronym', () => {
    assertFinding('acronym', 'Loans from the RBD rose.', {
      flagged: 'RBD',
      message: /^"RBD" should be "RDB" \(Ruritanian Development Bank\) — test\.facts\.yaml$/,
      fixed: 'Loans from the RDB rose.',
    });
  });

  it('flags a transposed long acronym standing alone', () => {
    assertFinding('acronym', 'The CATFA talks resume today.', { flagged: 'CATFA', fixed: 'The CAFTA talks resume today.' });
  });

  it('flags a short near miss only when the document names the acronym elsewhere', () => {
    assert.equal(findings('acronym', 'The NAC said nothing.').length, 0);
    const fs = findings('acronym', 'The National Coastal Authority (NCA) met. Later the NAC said nothing.');
    assert.equal(fs.length, 1);
    assert.equal(fs[0].text, 'NAC');
  });

  it('flags a dropped letter only with the right acronym in the document and four letters left', () => {
    assert.equal(findings('acronym', 'The CFTA met.').length, 0);
    const fs = findings('acronym', 'The Coastal Alliance Free Trade Agreement (CAFTA) met. The CFTA said no.');
    assert.deepEqual(fs.map((f) => f.text), ['CFTA']);
    assert.equal(findings('acronym', 'The National Rail Authority (NRA) met. The NR and RA said no.').length, 0);
  });

  it('allows unknown acronyms and shouted headlines', () => {
    assert.equal(findings('acronym', 'The UNESCO and WHO reports.').length, 0);
    assert.equal(findings('acronym', 'BREAKING: CATFA TALKS FAIL').length, 0);
  });

  it('allows the right expansion before the acronym', () => {
    assert.equal(findings('acronym', 'The Ruritanian Development Bank (RDB) lent more.').length, 0);
  });

  it('flags a listed wrong expansion', () => {
    assertFinding('acronym', 'The National Coast Authority (NCA) met.', { flagged: 'National Coast Authority', fixed: 'The National Coastal Authority (NCA) met.' });
  });

  it('flags a misspelt expansion', () => {
    assertFinding('acronym', 'The Ruritanian Developmnt Bank (RDB) lent more.', {
      flagged: 'Ruritanian Developmnt Bank',
      fixed: 'The Ruritanian Development Bank (RDB) lent more.',
    });
  });

  it('flags an expansion that belongs to another acronym and offers both fixes', () => {
    const f = assertFinding('acronym', 'The National Rail Authority (NCA) met.', { flagged: 'NCA', fixed: 'The National Rail Authority (NRA) met.' });
    assert.equal(f.fixes.length, 2);
    assert.equal(f.fixes[1].edits[0].text, 'National Coastal Authority');
  });

  it('ignores acronyms in code', () => {
    assert.equal(findings('acronym', 'Use `RBD` as the key.').length, 0);
  });
});
