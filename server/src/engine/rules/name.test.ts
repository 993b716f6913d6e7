import assert from 'node:assert/strict';
import { assertFinding, findings, TEST_TABLE, undated } from './testing';

describe('rule name', () => {
  it('flags a given name alone right after a title its holder had, and writes the full name', () => {
    assertFinding('name', 'Foreign Minister Lena said the talks went well.', {
      flagged: 'Lena',
      message: /^"Lena" should be "Lena Marchetti": a given name alone; Foreign Minister on 2025-03-01: Lena Marchetti — test\.facts\.yaml$/,
      fixed: 'Foreign Minister Lena Marchetti said the talks went well.',
    });
    // The title's own country, written before it, keeps the reading.
    assertFinding('name', "Ruritania's Foreign Minister Lena spoke.", { flagged: 'Lena', fixed: "Ruritania's Foreign Minister Lena Marchetti spoke." });
  });

  it('leaves a given name alone where it may be right or someone else', () => {
    for (const text of [
      // Another time, another person of the same given name, a longer name, a title she did not hold then.
      'Former Foreign Minister Lena spoke.',
      'Foreign Minister Lena Rossi spoke.',
      'Prime Minister Lena spoke.',
      'In 2020, Foreign Minister Lena spoke.',
      // Another office or another country's, another time, an abbreviation, an honorific, a time of day.
      'Deputy Foreign Minister Lena spoke.',
      'Graustark Foreign Minister Lena spoke.',
      'He replaced Foreign Minister Lena in the cabinet.',
      'The one-time Foreign Minister Lena spoke.',
      'Foreign Minister Lena. Marchetti spoke later.',
      'Foreign Minister Lena-san spoke.',
      'At 5 FM Lena spoke.',
    ]) {
      assert.deepEqual(findings('name', text), [], text);
    }
    // A guessed date (no date in an undated text) is not enough.
    assert.deepEqual(undated('name', 'Foreign Minister Lena spoke.', '2025-03-01'), []);
    // A table that does not show the family name is last ("Wang Yi", no one-word alias): "Foreign Minister Wang" is right.
    const familyFirst = `version: 1
offices:
  - id: ka-foreign-minister
    title: Foreign Minister
    country: Kadath
people:
  - name: Wang Yi
    roles:
      - office: ka-foreign-minister
        from: 2022-12-30
`;
    assert.deepEqual(findings('name', 'Foreign Minister Wang spoke.', '2025-03-01', familyFirst), []);
  });

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

  it('ends a name at a possessive, so a capitalised word after it does not hide the misspelling', () => {
    assert.deepEqual(findings('name', "They backed Anna Kovalenco's Budget plan.").map((f) => f.text), ['Anna Kovalenco']);
    assert.deepEqual(findings('name', "Strelsau's Anna Kovalenco spoke.").map((f) => f.text), ['Anna Kovalenco']);
  });

  it('ends a name at the end of a short line with no sentence punctuation, as in a list of guests', () => {
    const list = 'Guests\nForeign Minister Lena Marchetty\nAmbassador Hugo Varga\nPiotr Stanek\n';
    assert.deepEqual(findings('name', list).map((f) => f.fixes[0].edits[0].text), ['Lena Marchetti']);
    assert.deepEqual(findings('name', 'Guests\nAnna Kovalenco\nForeign Minister Lena Marchetti\n').map((f) => f.text), ['Anna Kovalenco']);
  });

  it('keeps a name inside a longer run across a line break of wrapped prose', () => {
    const wrapped = 'On Tuesday the board of the charity known as the Anna Kovalenco\nFoundation met in the capital to agree its budget.';
    assert.deepEqual(findings('name', wrapped), []);
  });

  it('flags a long given name with its first letter wrong beside the exact surname', () => {
    const table = TEST_TABLE.replace('  - name: Jean-Paul Moreau', '  - name: Jean-Paul Moreau\n  - name: Valentina Roscoe');
    assertFinding('name', 'Galentina Roscoe spoke.', { flagged: 'Galentina Roscoe', fixed: 'Valentina Roscoe spoke.' }, undefined, table);
    // A short given name, a surname with its first letter wrong, or a longer run: silence.
    assert.deepEqual(findings('name', 'Jugo Varga and Valentina Boscoe spoke at the Galentina Roscoe Institute.', undefined, table), []);
  });

  it('flags a misspelt surname alone in a text that names the person in full', () => {
    assertFinding('name', 'Anna Kovalenko resigned. It was a blow for Kovalenco, who had hoped to stay.', {
      flagged: 'Kovalenco',
      message: /^"Kovalenco" should be "Kovalenko" \(Anna Kovalenko\)/,
      fixed: 'Anna Kovalenko resigned. It was a blow for Kovalenko, who had hoped to stay.',
    });
    assert.equal(findings('name', 'Anna Kovalenko spoke, and later Kovalenco said more.').length, 1);
  });

  it('flags a lone misspelt surname that also appears in a misspelt full name, once each', () => {
    const text = 'Anna Kovalenco (photo)\n\nAnna Kovalenko resigned. It was a blow for Kovalenco, who had hoped to stay.';
    assert.deepEqual(findings('name', text).map((f) => f.text), ['Anna Kovalenco', 'Kovalenco']);
  });

  it('leaves a lone surname alone without the full name, at the start of a sentence, or where a capital means a thing', () => {
    assert.deepEqual(findings('name', 'It was a blow for Kovalenco, who had hoped to stay.'), []);
    assert.deepEqual(findings('name', 'Anna Kovalenko resigned. Kovalenco said more.'), []);
    assert.deepEqual(findings('name', 'Anna Kovalenko resigned. Talks with Kovalenco officials went on.'), []);
    assert.deepEqual(findings('name', 'Anna Kovalenko resigned. Money for the Kovalenco said more.'), []);
    assert.deepEqual(findings('name', 'Anna Kovalenko resigned. The speech was given in Kovalenco.'), []);
  });

  it('leaves a lone surname alone when the text writes it in lower case or as part of another name', () => {
    assert.deepEqual(findings('name', 'Anna Kovalenko resigned. It was a blow for Kovalenco, and kovalenco is a dish.'), []);
    assert.deepEqual(findings('name', 'Anna Kovalenko met Ivan Kovalenco. It was a blow for Kovalenco, aides said.'), []);
  });

  it('reports a misspelling once, with the longest form of the name that covers it', () => {
    const table = TEST_TABLE.replace('    aliases: [Marchetti]', '    aliases: [Marchetti, Dame Lena Marchetti]');
    assertFinding('name', 'Dame Lena Marchetty spoke.', { flagged: 'Dame Lena Marchetty', fixed: 'Dame Lena Marchetti spoke.' }, undefined, table);
  });
});
