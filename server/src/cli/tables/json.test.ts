import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { jsonError, readJson } from './json';

/** Where `jsonError` says the text stops being JSON, as [offset, start of message]. */
function spot(text: string): [number, string] {
  const e = jsonError(text);
  assert.ok(e, `expected an error in ${JSON.stringify(text)}`);
  return [e.offset, e.message];
}

describe('tables json', () => {
  it('reads_json_as_JSON_parse_does', () => {
    assert.deepEqual(readJson('{"persons": [{"id": "p1", "n": -1.5e3, "ok": true, "x": null}]}'), { value: { persons: [{ id: 'p1', n: -1500, ok: true, x: null }] } });
  });

  it('places_a_trailing_comma_at_the_bracket_after_it', () => {
    assert.deepEqual(spot('{"a": [1, 2,]}'), [12, 'a comma before "]": remove it']);
    assert.deepEqual(spot('{"a": 1,\n}'), [9, 'a comma before "}": remove it']);
  });

  it('places_an_unclosed_string_at_its_opening_quote', () => {
    assert.equal(spot('{"a": "open\n')[0], 11, 'a line break in a string is the mistake, where it stands');
    assert.deepEqual(spot('{"a": "open'), [6, 'a string is never closed: add its closing double quote']);
  });

  it('says_when_the_file_ends_too_early', () => {
    assert.deepEqual(spot('{"a"'), [4, 'the file ends too early: expected ":" after the property name']);
    assert.equal(spot('')[0], 0);
  });

  it('places_words_that_are_no_value_and_text_after_the_value', () => {
    assert.deepEqual(spot('{"a": x}'), [6, 'expected a value: a string in double quotes, a number, true, false, null, an object {…} or a list […]']);
    assert.equal(spot('{"a": 1}}')[0], 8);
    assert.equal(spot('{a: 1}')[0], 1);
    assert.equal(spot('{"a": "\\q"}')[0], 7);
    assert.equal(spot('[01]')[0], 2);
  });

  it('agrees_with_JSON_parse_on_what_is_JSON', () => {
    // JSON texts, then the same with one character taken out or put in: JSON.parse is the oracle.
    const texts = fc.oneof(
      fc.json(),
      fc.tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', '"', '}', ']', '{', '[', ':', '\\', '\n', '-', '0', 'e', '.', ' ', 't', '\u0001')).map(([t, at, c]) => {
        const i = at % (t.length + 1);
        return t.slice(0, i) + c + t.slice(i + (c === '' ? 1 : 0));
      }),
    );
    fc.assert(
      fc.property(texts, (t) => {
        let parses = true;
        try {
          JSON.parse(t);
        } catch {
          parses = false;
        }
        const e = jsonError(t);
        assert.equal(e === null, parses, `${JSON.stringify(t)}: ${e?.message}`);
        if (e) assert.ok(e.offset >= 0 && e.offset <= t.length);
      }),
      { seed: 1601, numRuns: 3000 },
    );
  });
});
