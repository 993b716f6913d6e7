import assert from 'node:assert/strict';
import { assertFinding, findings, TEST_TABLE } from './testing';

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

describe('rule acronym: expansions standing alone and what an acronym in brackets names', () => {
  const table = TEST_TABLE.replace(
    '  - short: NRA\n',
    '  - short: CPF\n    expansion: Coastal Policy Foundation\n  - short: MMA\n    expansion: Ministry of Maritime Affairs\n  - short: RNA\n    expansion: Ruritanian News Agency\n  - short: NRA\n',
  ).replace('variants: [National Coast Authority]', 'variants: [National Coast Authority, National Rail Authority]');
  const flagged = (text: string) => findings('acronym', text, '2025-03-01', table).map((f) => f.text);

  it('flags a listed wrong expansion without its acronym, capitalised as listed', () => {
    assertFinding('acronym', 'The National Coast Authority met.', {
      message: /^"National Coast Authority" should be "National Coastal Authority" \(NCA\) — test\.facts\.yaml$/,
      fixed: 'The National Coastal Authority met.',
    }, '2025-03-01', table);
    assert.deepEqual(flagged('a national coast authority would help'), []);
  });

  it('allows a listed wrong expansion that is also another acronym\'s right one', () => {
    assert.deepEqual(flagged('The National Rail Authority met.'), []);
  });

  it("flags a think tank's head noun swapped for another, as the whole name", () => {
    assertFinding('acronym', 'a talk at the Coastal Policy Institute on Friday', {
      flagged: 'Coastal Policy Institute',
      message: /^"Coastal Policy Institute" should be "Coastal Policy Foundation" \(CPF\)/,
      fixed: 'a talk at the Coastal Policy Foundation on Friday',
    }, '2025-03-01', table);
    assert.deepEqual(flagged('the Marovian Coastal Policy Institute; the Coastal Policy Party; the Policy Institute'), []);
  });

  it('flags a linking word changed in an expansion standing alone only when the document names the right one', () => {
    assert.deepEqual(flagged("Graustark's Ministry for Maritime Affairs replied."), []);
    assert.deepEqual(flagged('The MMA wrote first; the Ministry for Maritime Affairs replied.'), ['Ministry for Maritime Affairs']);
  });

  it("allows a near form of an expansion after a capitalised word: another body's own name", () => {
    assert.deepEqual(flagged("The MMA wrote first; Graustark's Ministry for Maritime Affairs replied."), []);
  });

  it("flags one wrong word before the acronym when the acronym's letter still fits it", () => {
    assertFinding('acronym', 'The Coastal Policy Forum (CPF) said so.', { flagged: 'Coastal Policy Forum', fixed: 'The Coastal Policy Foundation (CPF) said so.' }, '2025-03-01', table);
  });

  it("allows an agency's credit after a sentence that ends in another acronym's expansion", () => {
    assert.deepEqual(flagged('"We will fund the Coastal Policy Foundation." (RNA)'), []);
    assert.deepEqual(flagged('He thanked the Coastal Policy Foundation. (RNA)'), []);
  });

  it('allows an acronym in brackets whose first letter is not the expansion\'s', () => {
    assert.deepEqual(flagged('He thanked the Coastal Policy Foundation (RNA)'), []);
    assert.deepEqual(flagged('the "Coastal Policy Foundation" (NRA)'), []);
    assert.deepEqual(flagged('the "National Coastal Authority" (NRA)'), ['NRA']);
  });
});
