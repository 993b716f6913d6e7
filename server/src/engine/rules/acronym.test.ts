import assert from 'node:assert/strict';
import { applyFirst, findings } from './testing';

describe('rule acronym', () => {
  it('flags a listed variant and fixes it to the acronym', () => {
    const text = 'Loans from the RBD rose.';
    const [f, ...rest] = findings('acronym', text);
    assert.equal(rest.length, 0);
    assert.equal(f.text, 'RBD');
    assert.match(f.message, /"RBD" should be "RDB" \(Ruritanian Development Bank\) — test\.facts\.yaml/);
    assert.equal(applyFirst(text, f), 'Loans from the RDB rose.');
  });

  it('flags a transposed long acronym standing alone', () => {
    const [f] = findings('acronym', 'The CATFA talks resume today.');
    assert.equal(f.text, 'CATFA');
    assert.equal(f.fixes[0].edits[0].text, 'CAFTA');
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
    const text = 'The National Coast Authority (NCA) met.';
    const [f] = findings('acronym', text);
    assert.equal(f.text, 'National Coast Authority');
    assert.equal(applyFirst(text, f), 'The National Coastal Authority (NCA) met.');
  });

  it('flags a misspelt expansion', () => {
    const text = 'The Ruritanian Developmnt Bank (RDB) lent more.';
    const [f] = findings('acronym', text);
    assert.equal(f.text, 'Ruritanian Developmnt Bank');
    assert.equal(applyFirst(text, f), 'The Ruritanian Development Bank (RDB) lent more.');
  });

  it('flags an expansion that belongs to another acronym and offers both fixes', () => {
    const text = 'The National Rail Authority (NCA) met.';
    const [f] = findings('acronym', text);
    assert.equal(f.text, 'NCA');
    assert.equal(f.fixes.length, 2);
    assert.equal(applyFirst(text, f), 'The National Rail Authority (NRA) met.');
    assert.equal(f.fixes[1].edits[0].text, 'National Coastal Authority');
  });

  it('ignores acronyms in code', () => {
    assert.equal(findings('acronym', 'Use `RBD` as the key.').length, 0);
  });
});
