import * as assert from 'node:assert/strict';
import { readEntities } from './entities';

const Q1 = { id: 'Q1', type: 'item', labels: { en: { language: 'en', value: 'Alda Brennick' } }, claims: {} };
const Q2 = { id: 'Q2', type: 'item', labels: { en: { language: 'en', value: 'Bela Orsk' } }, claims: {} };
const P5 = { id: 'P5', type: 'property', datatype: 'wikibase-item', labels: {}, claims: {} };

function ids(text: string): (string | null)[] {
  const r = readEntities(text, 'in.json');
  assert.equal(r.error, undefined);
  return [...r.entities!].map(([q, e]) => (e ? q : null));
}

function error(text: string): string {
  const r = readEntities(text, 'in.json');
  assert.ok(r.error !== undefined, 'no error');
  return r.error;
}

describe('wikidata entities', () => {
  it('reads_the_entities_document_of_special_entitydata_and_wbgetentities', () => {
    const doc = { entities: { Q1, Q404: { id: 'Q404', missing: '' }, P5 }, success: 1 };
    const r = readEntities(JSON.stringify(doc, null, 2), 'in.json');
    assert.deepEqual([...r.entities!.keys()], ['Q1', 'Q404']);
    assert.equal(r.entities!.get('Q404'), null, 'a missing item is known to be missing');
  });

  it('reads_a_dump_with_a_comma_after_each_line_even_cut_short', () => {
    const dump = `[\n${JSON.stringify(Q1)},\n${JSON.stringify(P5)},\n${JSON.stringify(Q2)}\n]\n`;
    assert.deepEqual(ids(dump), ['Q1', 'Q2']);
    const cut = `[\n${JSON.stringify(Q1)},\n${JSON.stringify(Q2)},\n`;
    assert.deepEqual(ids(cut), ['Q1', 'Q2']);
  });

  it('reads_json_lines_of_entities_or_entity_documents', () => {
    assert.deepEqual(ids(`${JSON.stringify(Q1)}\n\n${JSON.stringify({ entities: { Q2 } })}\r\n`), ['Q1', 'Q2']);
  });

  it('reads_one_entity_or_a_list', () => {
    assert.deepEqual(ids(JSON.stringify(Q1)), ['Q1']);
    assert.deepEqual(ids(JSON.stringify([Q1, Q2], null, 2)), ['Q1', 'Q2']);
  });

  it('names_the_line_and_column_of_bad_json', () => {
    assert.match(error('{\n  "entities": {\n    "Q1": {"id": "Q1",}\n  }\n}'), /^in\.json:3:23: this is not valid JSON: a comma before "\}": remove it; Wikidata entity JSON is expected/);
    // A mistake JSON.parse gives no position for.
    assert.match(error('{\n  "entities": {\n    "Q1": [1,]\n  }\n}'), /^in\.json:3:14: this is not valid JSON: a comma before "\]": remove it;/);
    assert.match(error('{"entities": {"Q1": '), /^in\.json:1:21: this is not valid JSON: the file ends too early: /);
  });

  it('names_the_line_and_column_in_a_dump', () => {
    const dump = `[\n${JSON.stringify(Q1)},\n  {"id": "Q2", "labels": {"en": }},\n]`;
    assert.match(error(dump), /^in\.json:3:33: this is not valid JSON: expected a value: /);
  });

  it('says_what_is_expected_of_json_that_holds_no_entities', () => {
    assert.match(error('{"head": {"vars": ["person"]}, "results": {"bindings": []}}'), /^in\.json: the JSON is not a Wikidata entity \(it has no "id" with "labels", "claims" or "type"\); Wikidata entity JSON is expected: the \{"entities": \{…\}\} document/);
    assert.match(error('{"entities": {"Q1": 5}}'), /^in\.json: entities\["Q1"\] is a number, not an entity/);
    assert.match(error(`${JSON.stringify(Q1)}\n"Q2"\n`), /^in\.json:2: the line is a string, not an entity/);
    assert.match(error('{"id": "X1", "type": "item", "labels": {}}'), /^in\.json: the JSON has the id "X1", which is no Wikidata item id/);
    assert.match(error(''), /^in\.json:1:1: this is not valid JSON: the file ends too early: /);
  });
});
