import assert from 'node:assert/strict';
import { kebabCase, renderTable } from './table-doc';

describe('kebabCase', () => {
  it('makes file names and office ids: lower case, accents dropped, other characters one hyphen', () => {
    assert.equal(kebabCase('City Hall'), 'city-hall');
    assert.equal(kebabCase('  Ministère des Affaires étrangères (2020–) '), 'ministere-des-affaires-etrangeres-2020');
    assert.equal(kebabCase('***'), null);
    assert.equal(kebabCase('Ὑπουργός'), null);
  });

  it('leaves out the words that would pass the length asked for', () => {
    assert.equal(kebabCase('Minister of the Interior', 15), 'minister-of-the');
    assert.equal(kebabCase('Minister of the Interior', 14), 'minister-of');
    assert.equal(kebabCase('Supercalifragilistic office', 5), null);
  });
});

describe('renderTable', () => {
  it('writes the keys in the schema\'s order, an entry\'s Wikidata item beside its name', () => {
    const text = renderTable({
      version: 1,
      people: [{ source: 's', roles: [{ to: '2020', from: '2019', office: 'zd-x' }], wikidata: 'Q1', aliases: ['A'], name: 'Ada Quill' }],
      offices: [{ source: 's', wikidata: 'Q2', country: 'Zenda', title: 'X', id: 'zd-x' }],
      asOf: '2026-01-31',
    });
    assert.equal(
      text,
      'version: 1\nasOf: 2026-01-31\noffices:\n  - id: zd-x\n    title: X\n    country: Zenda\n    wikidata: Q2\n    source: s\npeople:\n  - name: Ada Quill\n    aliases:\n      - A\n    wikidata: Q1\n    roles:\n      - office: zd-x\n        from: 2019\n        to: 2020\n    source: s\n',
    );
  });
});
