import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { jsonErrorOffset, jsonProblem } from './json-errors';

/** What JSON.parse says of a text: null when it parses, else its position (when it names one). */
function v8(text: string): { ok: true } | { ok: false; position: number | null } {
  try {
    JSON.parse(text);
    return { ok: true };
  } catch (e) {
    const m = / at position (\d+)/.exec((e as Error).message);
    return { ok: false, position: m ? Number(m[1]) : null };
  }
}

/** Texts made of JSON's own pieces, so that most are nearly JSON and the mistakes are the interesting ones. */
const jsonish = fc
  .array(
    fc.constantFrom('{', '}', '[', ']', ',', ':', ' ', '\n', '"a"', '"', '\\', '\\u12', 'u00e9', '1', '0', '-', '.', 'e', '+', 'true', 'tru', 'null', 'x', '\u0001', '"\\n"', '"\\x"'),
    { maxLength: 14 },
  )
  .map((parts) => parts.join(''));

describe('json errors', () => {
  it('agrees_with_json_parse_on_which_texts_are_json_and_where_v8_names_a_place', () => {
    const values = fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v, null, 1));
    fc.assert(
      fc.property(fc.oneof(jsonish, values), (text) => {
        const ours = jsonErrorOffset(text);
        const theirs = v8(text);
        if (theirs.ok) assert.equal(ours, null, JSON.stringify(text));
        else {
          assert.notEqual(ours, null, JSON.stringify(text));
          if (theirs.position !== null) assert.equal(ours, theirs.position, JSON.stringify(text));
        }
      }),
      { numRuns: 3000, seed: 16 },
    );
  });

  it('finds_the_place_json_parse_does_not_name', () => {
    const text = '[\n  {"a": 1},\n  {"b": 2},\n]';
    assert.equal(v8(text).ok, false);
    const p = (() => {
      try {
        JSON.parse(text);
      } catch (e) {
        return jsonProblem(e, text);
      }
      throw new Error('parsed');
    })();
    assert.deepEqual(p, { reason: "Unexpected token ']'", offset: text.length - 1 });
  });

  it('reads_the_position_and_reason_json_parse_gives', () => {
    const text = '{"a" 1}';
    let problem;
    try {
      JSON.parse(text);
    } catch (e) {
      problem = jsonProblem(e, text);
    }
    assert.deepEqual(problem, { reason: "Expected ':' after property name", offset: 5 });
  });

  it('survives_deep_nesting', () => {
    assert.equal(jsonErrorOffset('['.repeat(200_000) + ']'.repeat(200_000)), null);
    assert.equal(jsonErrorOffset('['.repeat(200_000)), 200_000);
  });
});
