import assert from 'node:assert/strict';
import { kebabCase } from './table-doc';

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
