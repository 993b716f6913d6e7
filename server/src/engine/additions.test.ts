import assert from 'node:assert/strict';
import { findNewPeople, suggestAlias, type NewPerson } from './additions';
import { check } from './index';
import { facts } from './rules/testing';

const OPTIONS = { format: 'markdown' as const, articleDate: '2025-03-01', today: '2026-11-21' };

function found(text: string): NewPerson[] {
  return findNewPeople(text, facts(), OPTIONS);
}

/** The one new person in a text, as name, role, label and date. */
function one(text: string): Pick<NewPerson, 'name' | 'role' | 'label' | 'from'> {
  const list = found(text);
  assert.equal(list.length, 1, `one new person in ${JSON.stringify(text)}, found [${list.map((p) => p.name).join(', ')}]`);
  const { name, role, label, from } = list[0];
  return { name, role, label, from };
}

describe('new people for the tables (findNewPeople)', () => {
  it('finds a name right after a title of one office, with the office and the article date', () => {
    const text = 'Prime Minister Ada Quill met reporters.';
    assert.deepEqual(one(text), { name: 'Ada Quill', role: { office: 'ru-prime-minister' }, label: 'Prime Minister (Ruritania)', from: '2025-03-01' });
    const [p] = found(text);
    assert.equal(text.slice(p.start, p.end), 'Ada Quill');
    assert.equal(text.slice(p.titleStart, p.titleEnd), 'Prime Minister');
  });

  it('finds a name in apposition, before a comma and the title', () => {
    assert.deepEqual(one("Ada Quill, Ruritania's Foreign Minister, said the talks went well."), {
      name: 'Ada Quill',
      role: { office: 'ru-foreign-minister' },
      label: 'Minister for Foreign Affairs (Ruritania)',
      from: '2025-03-01',
    });
    assert.equal(one('The talks went well, said Ada Quill, the Finance Minister.').role.office, 'ru-finance-minister');
    assert.equal(one('Ada Quill, Graustark Foreign Minister, spoke.').role.office, 'gr-foreign-minister');
  });

  it('finds a name set off by commas after the title, when it ends its phrase', () => {
    assert.equal(one("Ruritania's Foreign Minister, Ada Quill, said the talks went well.").name, 'Ada Quill');
    assert.equal(one('They met the Prime Minister, Ada Quill.').name, 'Ada Quill');
    for (const text of ['They met the Prime Minister, Ada Quill and others.', 'They met the Prime Minister, Ada Quill Foundation staff.']) assert.deepEqual(found(text), [], text);
  });

  it('narrows a title several countries share to the country written before it', () => {
    assert.equal(one('Graustark Foreign Minister Ada Quill spoke.').role.office, 'gr-foreign-minister');
    assert.equal(one("Ruritania's Foreign Minister Ada Quill spoke.").role.office, 'ru-foreign-minister');
    const [p] = found('Graustark Foreign Minister Ada Quill spoke.');
    assert.equal(p.titleStart, 0, 'the title starts with its country');
  });

  it('writes a one-off title with its country', () => {
    assert.deepEqual(one('Special Envoy to the Prime Minister Ada Quill arrived.').role, { title: 'Special Envoy to the Prime Minister', country: 'Ruritania' });
  });

  it('dates the role by the sentence when it gives its own date', () => {
    assert.equal(one('In 2019, Prime Minister Ada Quill visited Strelsau.').from, '2019');
    assert.equal(one('On March 3, 2024, Prime Minister Ada Quill visited Strelsau.').from, '2024-03-03');
    // With no date of its own, the article date, however it was found.
    assert.equal(findNewPeople('Prime Minister Ada Quill spoke.', facts(), { format: 'markdown', today: '2026-11-21' })[0].from, '2026-11-21');
  });

  it('reads hyphenated names, initials, a possessive and up to four words', () => {
    assert.equal(one('Prime Minister Jean-Luc Quill spoke.').name, 'Jean-Luc Quill');
    assert.equal(one('Prime Minister A. B. Quill spoke.').name, 'A. B. Quill');
    assert.equal(one('Ada B. Quill, the Prime Minister, spoke.').name, 'Ada B. Quill');
    assert.equal(one("Prime Minister Ada Quill's visit ended.").name, 'Ada Quill');
    assert.equal(one('Prime Minister Ada Maria Quill Lund spoke.').name, 'Ada Maria Quill Lund');
    assert.equal(one('Prime Minister Ada Quill on Monday said so.').name, 'Ada Quill');
    assert.equal(one('Prime Minister Ada Quill\nspoke.').name, 'Ada Quill');
  });

  it('ignores people the tables know, and misspellings of them', () => {
    for (const text of [
      'Prime Minister Anna Kovalenko spoke.',
      'Prime Minister Kovalenko spoke.',
      // A known surname: someone the tables know, or a misspelling of them, not a new person to guess.
      'Prime Minister Ada Kovalenko spoke.',
      'Prime Minister Anna Kovalenco spoke.',
    ]) {
      assert.deepEqual(found(text), [], text);
    }
  });

  it('ignores places, bodies, titles and forms of address after a title', () => {
    for (const text of [
      'She briefed the Prime Minister New Strelsau residents.',
      'Reporters asked Prime Minister Graustark Airways about fares.',
      "The Prime Minister's Office said so.",
      "The Prime Minister's Office Ada Quill said so.",
      'Prime Minister Ada Quill Foundation grants rose.',
      'Prime Minister Deputy Governor Ada Quill spoke.',
      'Prime Minister Dr Ada Quill spoke.',
      'Prime Minister Finance Minister Ada Quill spoke.',
    ]) {
      assert.deepEqual(found(text), [], text);
    }
  });

  it('ignores headlines in capitals or in title case', () => {
    for (const text of ['PRIME MINISTER ADA QUILL VISITS STRELSAU', 'Prime Minister Ada Quill Visits Strelsau', 'Prime Minister Ada Quill Visits Strelsau for Talks']) {
      assert.deepEqual(found(text), [], text);
    }
  });

  it('ignores one word, a word that opens the sentence, and names of too many words or cut short', () => {
    for (const text of [
      'Prime Minister Quill spoke.',
      'Meanwhile, the Prime Minister, spoke.',
      'Yesterday Quill, the Prime Minister, spoke.',
      'Prime Minister Ada Maria Quill Lund Berg spoke.',
      'Prime Minister Kim Jong-un spoke.',
    ]) {
      assert.deepEqual(found(text), [], text);
    }
  });

  it('ignores a title moved to another time, another office, or not one office', () => {
    for (const text of [
      'Former Prime Minister Ada Quill spoke.',
      'Incoming Prime Minister Ada Quill spoke.',
      'Deputy Prime Minister Ada Quill spoke.',
      'Ada Quill, the former Prime Minister, spoke.',
      // "Foreign Minister" is Ruritania's and Graustark's.
      'Foreign Minister Ada Quill spoke.',
      // An office of another country than the one written.
      "Graustark's Finance Minister Ada Quill spoke.",
      'At 5 PM Ada Quill spoke.',
      'A title must end its phrase: Ada Quill, Prime Minister Lena Marchetti said.',
    ]) {
      assert.deepEqual(found(text), [], text);
    }
  });

  it('ignores what is not prose', () => {
    assert.deepEqual(found('Run `Prime Minister Ada Quill` here.\n\n```\nPrime Minister Ada Quill spoke.\n```\n'), []);
  });
});

describe('aliases for the tables (suggestAlias)', () => {
  const findingsOf = (text: string) => check(text, facts(), OPTIONS).findings;

  it('offers a misspelling of a known person as their alias', () => {
    const [f] = findingsOf('Anna Kovalenco spoke.');
    assert.deepEqual(suggestAlias(facts(), f), { person: 'Anna Kovalenko', alias: 'Anna Kovalenco' });
    const [g] = findingsOf('Anna\nKovalenco spoke.');
    assert.equal(suggestAlias(facts(), g)?.alias, 'Anna Kovalenco', 'white space folded');
  });

  it('offers nothing for a part of the name, or for another rule', () => {
    const [given] = findingsOf('Foreign Minister Lena said the talks went well.');
    assert.equal(given.rule, 'name');
    assert.equal(suggestAlias(facts(), given), null);
    const [acronym] = findingsOf('The RBD lent money.');
    assert.equal(acronym.rule, 'acronym');
    assert.equal(suggestAlias(facts(), acronym), null);
  });
});
