import assert from 'node:assert/strict';
import { assertFinding, findings, TEST_TABLE } from './testing';

describe('rule title', () => {
  it('flags a title the person never held, before the name', () => {
    const f = assertFinding('title', 'Prime Minister Lena Marchetti spoke.', {
      flagged: 'Prime Minister',
      message: /^Lena Marchetti is Minister for Foreign Affairs \(since 2023-07-01\), not Prime Minister; Prime Minister on 2025-03-01: Anna Kovalenko — test\.facts\.yaml$/,
      fixed: 'Minister for Foreign Affairs Lena Marchetti spoke.',
    });
    assert.equal(f.fixes[1].edits[0].text, 'Anna Kovalenko');
  });

  it('flags a title in apposition with a country possessive', () => {
    assertFinding('title', "Lena Marchetti, Ruritania's Prime Minister, spoke.", {
      flagged: "Ruritania's Prime Minister",
      fixed: "Lena Marchetti, Ruritania's Minister for Foreign Affairs, spoke.",
    });
  });

  it('flags a title garbled from two forms of one office, and removes the stray words', () => {
    const f = assertFinding('title', 'Minister of Foreign Minister Lena Marchetti spoke.', {
      flagged: 'Minister of Foreign Minister',
      message: /^"Minister of Foreign Minister" mixes two forms of one title: "Foreign Minister" or "Minister for Foreign Affairs" — test\.facts\.yaml$/,
      fixed: 'Foreign Minister Lena Marchetti spoke.',
    });
    assert.equal(f.fixable, true);
    assert.equal(f.fixes[1].edits[0].text, 'Minister for Foreign Affairs');
  });

  it('reads no garble in a real title, a longer name or another head noun', () => {
    // Each form is whole; a capitalised word before the head may make a longer title; the head differs.
    for (const text of [
      'Minister of Foreign Affairs Lena Marchetti spoke.',
      'Deputy Minister of Foreign Minister Lena Marchetti spoke.',
      'Secretary of Foreign Minister Lena Marchetti spoke.',
      'Minister of Finance Minister Lena Marchetti spoke.',
    ]) {
      assert.deepEqual(findings('title', text).filter((f) => f.message.includes('mixes')), [], text);
    }
  });

  it('takes the longest title: a one-off title containing another', () => {
    assert.deepEqual(findings('title', 'Special Envoy to Ruritania\'s Prime Minister Tomas Brell arrived.'), []);
    assert.deepEqual(findings('title', 'Tomas Brell, Special Envoy to the Prime Minister of Ruritania, arrived.'), []);
  });

  it("reads a one-off title written in the table with its country's possessive as that title, though an office's form reads the same", () => {
    // Found by the fuzz suite: the office's "Ruritania's Finance Minister" stood for the mention,
    // so the holder of the one-off title was told he "was Ruritania's Finance Minister, not
    // Ruritania's Finance Minister", with a fix that changed nothing.
    const table = TEST_TABLE.replace('\nacronyms:', "\n  - name: Ivo Dalen\n    roles:\n      - title: Ruritania's Finance Minister\n        from: 2010\n        to: 2012\nacronyms:");
    assert.deepEqual(findings('title', "In 2011, Ruritania's Finance Minister Ivo Dalen spoke.", undefined, table), []);
    assert.deepEqual(findings('title', "Ruritania's Finance Minister Ivo Dalen spoke.", undefined, table), []);
    assertFinding('title-date', "Ruritania's Finance Minister Ivo Dalen spoke.", { flagged: "Ruritania's Finance Minister", message: /^Ivo Dalen was Finance Minister 2010 to 2012, not on 2025-03-01; Piotr Stanek held it/ }, undefined, table);
  });

  it('allows a title held, an alias of the title, and an acronym between', () => {
    assert.deepEqual(findings('title', 'Foreign Minister (FM) Lena Marchetti and PM Kovalenko met.'), []);
  });

  it('ignores an unknown longer title and a foreign office of the same name', () => {
    assert.deepEqual(findings('title', 'Deputy Prime Minister Lena Marchetti spoke.'), []);
    assert.deepEqual(findings('title', 'Graustark\'s Foreign Minister Hugo Varga spoke.'), []);
  });

  it('judges the country written with the title', () => {
    assertFinding('title', "Ruritania's Foreign Minister Hugo Varga spoke.", { flagged: "Ruritania's Foreign Minister" });
  });

  it('keeps a shorter title the person held inside a longer one that is someone else\'s', () => {
    assert.deepEqual(findings('title', "Tomas Brell, Special Envoy to Ruritania's Prime Minister Anna Kovalenko, arrived."), []);
  });

  it('is not blocked by a capitalised word that opens the sentence', () => {
    assert.equal(findings('title', 'When Prime Minister Lena Marchetti spoke, no one listened.').length, 1);
    assert.equal(findings('title', 'As Prime Minister Lena Marchetti spoke, no one listened.').length, 1);
  });

  it('replaces an acronym written between title and name together with the title', () => {
    assertFinding('title', 'Prime Minister (PM) Lena Marchetti spoke.', { fixed: 'Minister for Foreign Affairs Lena Marchetti spoke.' });
  });

  it('never offers the holder alone, so --fix cannot change who spoke', () => {
    const f = assertFinding('title', 'Prime Minister Tomas Brell spoke.', { message: /^Tomas Brell never held the title "Prime Minister"; Prime Minister on 2023-06-01: Anna Kovalenko/ }, '2023-06-01');
    assert.deepEqual(f.fixes, []);
  });

  it('names the country of the title the person held when the written one had a country', () => {
    assertFinding('title', "Ruritania's Foreign Minister Hugo Varga spoke.", {
      message: /^Hugo Varga is Graustark's Foreign Minister \(since 2022-01-01\), not Ruritania's Foreign Minister/,
      fixed: "Graustark's Foreign Minister Hugo Varga spoke.",
    });
  });

  it('judges a qualified title as one: "Graustark Foreign Minister" is not "Foreign Minister"', () => {
    const table = TEST_TABLE.replace('    title: Foreign Minister\n    country: Graustark', '    title: Foreign Minister\n    aliases: [Graustark Foreign Minister]\n    country: Graustark');
    assert.equal(findings('title', 'Graustark Foreign Minister Lena Marchetti spoke.', '2025-03-01', table).length, 1);
  });

  it('takes "Title of Country" as the office titled so, beside one with that title and country', () => {
    // Two tables may write one office two ways: as "Deputy Minister" with its country, and as an
    // office whose title already carries the country. A holder of the second is right either way.
    const table = `version: 1
offices:
  - id: g-deputy
    title: Deputy Minister
    country: Graustark
  - id: g-deputy-whole
    title: Deputy Minister of Graustark
people:
  - name: Mira Olsen
    roles:
      - office: g-deputy-whole
        from: 2020-01-01
  - name: Ida Rusk
    roles:
      - office: g-deputy
        from: 2020-01-01
`;
    assert.deepEqual(findings('title', 'Deputy Minister of Graustark Mira Olsen spoke.', '2025-03-01', table), []);
    assert.deepEqual(findings('title', 'Deputy Minister of Graustark Ida Rusk spoke.', '2025-03-01', table), []);
    assert.deepEqual(findings('title-date', 'Deputy Minister of Graustark Mira Olsen spoke.', '2019-03-01', table).length, 1);
  });

  it('takes a loose wording of the post the person held in that country as that post, but not a junior post as the senior one', () => {
    // Two tables may list one country's foreign-affairs post twice, under two titles. Calling its
    // holder by the other wording ("Foreign Minister" for a Foreign Secretary) is no error; calling
    // a state minister the minister is.
    const table = `version: 1
offices:
  - id: zd-foreign-secretary
    title: Foreign Secretary
    country: Zenda
  - id: zd-foreign-minister
    title: Minister for Foreign Affairs
    aliases: [Foreign Minister]
    country: Zenda
  - id: zd-state-foreign
    title: State Minister for Foreign Affairs
    country: Zenda
  - id: gk-interior
    title: Interior Minister
    country: Graustark
people:
  - name: Ida Rusk
    roles: [{ office: zd-foreign-secretary, from: 2020 }]
  - name: Ola Stern
    roles: [{ office: zd-foreign-minister, from: 2020 }]
  - name: Mira Olsen
    roles: [{ office: zd-state-foreign, from: 2020 }]
  - name: Hugo Brandt
    roles: [{ office: gk-interior, from: 2020 }]
`;
    assert.deepEqual(findings('title', 'Foreign Minister Ida Rusk spoke.', '2025-03-01', table), []);
    assert.equal(findings('title', 'Foreign Minister Mira Olsen spoke.', '2025-03-01', table).length, 1);
    assert.equal(findings('title', 'Foreign Secretary Hugo Brandt spoke.', '2025-03-01', table).length, 1);
  });

  it('says "never held" only on a table that knows both the person and the office', () => {
    // One table lists a country's finance post as the Chancellor, another lists a "Minister of
    // Finance" of the same country with holders of its own: the second table says nothing of
    // people only the first lists, and may name the same post otherwise.
    const beat = `version: 1
offices:
  - id: zd-chancellor
    title: Chancellor of the Treasury
    country: Zenda
  - id: gk-interior
    title: Interior Minister
    country: Graustark
people:
  - name: Ida Rusk
    roles: [{ office: zd-chancellor, from: 2020 }]
  - name: Hugo Brandt
    roles: [{ office: gk-interior, from: 2020 }]
`;
    const world = `version: 1
offices:
  - id: zd-finance
    title: Minister of Finance
    aliases: [Finance Minister]
    country: Zenda
people:
  - name: Ola Stern
    roles: [{ office: zd-finance, from: 2019 }]
`;
    assert.deepEqual(findings('title', 'Finance Minister Ida Rusk spoke.', '2025-03-01', [beat, world]), []);
    assert.deepEqual(findings('title', 'Finance Minister Ida Rusk spoke.', '2025-03-01', [world, beat]), []);
    // A person with no post in that country: the other table's holders of its post are a fair word.
    assert.equal(findings('title', 'Finance Minister Hugo Brandt spoke.', '2025-03-01', [beat, world]).length, 1);
    // The second table lists her (with another post): its finance post's holders are its word on her.
    const knows = world + `  - name: Ida Rusk
    roles: [{ title: Governor of the Mint, country: Zenda, from: 2010, to: 2015 }]
`;
    assert.equal(findings('title', 'Finance Minister Ida Rusk spoke.', '2025-03-01', [beat, knows]).length, 1);
    // One table with both, as before.
    const one = `version: 1
offices:
  - id: zd-chancellor
    title: Chancellor of the Treasury
    country: Zenda
  - id: zd-finance
    title: Minister of Finance
    aliases: [Finance Minister]
    country: Zenda
people:
  - name: Ida Rusk
    roles: [{ office: zd-chancellor, from: 2020 }]
  - name: Ola Stern
    roles: [{ office: zd-finance, from: 2019 }]
`;
    assert.equal(findings('title', 'Finance Minister Ida Rusk spoke.', '2025-03-01', one).length, 1);
  });

  it('judges no title set off between two names ("At the invitation of A, Title, B will …"): it may be either\'s', () => {
    // Real copy: the host's name, then the guest's title and name, all between commas.
    assert.deepEqual(findings('title', 'At the invitation of Foreign Minister Hugo Varga, Prime Minister of Ruritania, Anna Kovalenko will visit.'), []);
    // A title after a name, with no second name after it, is still that name's.
    assert.equal(findings('title', 'The visit was hosted by Hugo Varga, Prime Minister of Ruritania, in the capital.').length, 1);
  });

  it('never takes a junior post for a senior one because their head nouns differ ("Minister of State" is no "Secretary of State")', () => {
    const table = `version: 1
offices:
  - id: zd-foreign-secretary
    title: Secretary of State for Foreign Affairs
    aliases: [Foreign Secretary]
    country: Zenda
  - id: zd-foreign-state
    title: Minister of State for Foreign Affairs
    country: Zenda
people:
  - name: Ida Rusk
    roles: [{ office: zd-foreign-secretary, from: 2020 }]
  - name: Mira Olsen
    roles: [{ office: zd-foreign-state, from: 2020 }]
`;
    assert.equal(findings('title', 'Secretary of State for Foreign Affairs Mira Olsen spoke.', '2025-03-01', table).length, 1);
    assert.equal(findings('title', 'Minister of State for Foreign Affairs Ida Rusk spoke.', '2025-03-01', table).length, 1);
    assert.deepEqual(findings('title', 'Foreign Secretary Ida Rusk spoke.', '2025-03-01', table), []);
  });

  it('judges no title of a name two people share (each with its Wikidata item), whichever held it', () => {
    const table = `version: 1
offices:
  - id: zd-interior
    title: Interior Minister
    country: Zenda
people:
  - name: Ivo Brandt
    wikidata: Q1
    roles: [{ office: zd-interior, from: 2020 }]
  - name: Ivo Brandt
    wikidata: Q2
  - name: Ola Stern
    roles: [{ office: zd-interior, to: 2019 }]
`;
    assert.deepEqual(findings('title', 'Interior Minister Ivo Brandt spoke.', '2025-03-01', table), []);
    assert.deepEqual(findings('title-date', 'Interior Minister Ivo Brandt spoke.', '2018-03-01', table), []);
    assert.equal(findings('title-date', 'Interior Minister Ola Stern spoke.', '2025-03-01', table).length, 1);
  });

  it('binds each title of a list to its own name ("Title, A, Other Title, B, and …")', () => {
    const text = "Guests were Ruritania's Foreign Minister, Lena Marchetti, Graustark's Foreign Minister, Hugo Varga, and aides.";
    assert.deepEqual(findings('title', text), []);
    assert.equal(findings('title', "Guests were Graustark's Foreign Minister, Lena Marchetti, and aides.").length, 1);
  });

  it('reads "PM" after a number as a time of day', () => {
    assert.deepEqual(findings('title', 'Posted 11 Feb, 2016 12:13 PM\nLena Marchetti spoke.'), []);
  });

  it('knows an office under the general synonyms of its title ("Premier" for "Prime Minister")', () => {
    assert.deepEqual(findings('title', "Ruritania's Premier Anna Kovalenko spoke."), []);
    assertFinding('title', "Ruritania's Premier Piotr Stanek spoke.", { flagged: "Ruritania's Premier", message: /^Piotr Stanek is Ruritania's Finance Minister \(since 2023-07-01\), not Ruritania's Premier/ });
    // A one-word synonym alone may be another office (a state's premier): it needs its country.
    assert.deepEqual(findings('title', 'Premier Piotr Stanek spoke.'), []);
    // A synonym keeps the title's own capitals in messages.
    assertFinding('title', 'Minister of Foreign Affairs Anna Kovalenko spoke.', { message: /not Minister of Foreign Affairs;/ });
    // A table that has a "Premier" of its own keeps it: the synonym does not join the two.
    const own = `version: 1
offices:
  - id: x-pm
    title: Prime Minister
  - id: x-premier
    title: Premier
people:
  - name: Ola Brandt
    roles:
      - office: x-premier
        from: 2020
`;
    assert.deepEqual(findings('title', 'Premier Ola Brandt spoke.', '2025-01-01', own), []);
    assert.equal(findings('title', 'Prime Minister Ola Brandt spoke.', '2025-01-01', own).length, 1);
  });
});

