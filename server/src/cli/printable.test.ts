import * as assert from 'node:assert/strict';
import { printable, printablePath, quoted } from './printable';

describe('printable text', () => {
  it('escapes_control_characters_as_json_does_and_leaves_the_rest', () => {
    assert.equal(printable('a\nb\r\tc\b\f'), 'a\\nb\\r\\tc\\b\\f');
    assert.equal(printable('\u0000\u001b[31m\u007f\u0085'), '\\u0000\\u001b[31m\\u007f\\u0085');
    assert.equal(printable('quotes " and \\ stay, é and 日本 too'), 'quotes " and \\ stay, é and 日本 too');
  });

  it('escapes_line_separators_and_bidirectional_controls', () => {
    assert.equal(printable('a\u2028b\u2029c'), 'a\\u2028b\\u2029c');
    assert.equal(printable('evil\u202egpj.md'), 'evil\\u202egpj.md');
    assert.equal(printable('\u2066x\u2069'), '\\u2066x\\u2069');
  });

  it('quotes_with_quotes_and_backslashes_escaped', () => {
    assert.equal(quoted('drafts/*.md'), '"drafts/*.md"');
    assert.equal(quoted('a "b" \\c\n'), '"a \\"b\\" \\\\c\\n"');
  });

  it('quotes_a_path_only_when_it_needs_it', () => {
    assert.equal(printablePath('drafts/a b, 100%.md'), 'drafts/a b, 100%.md');
    assert.equal(printablePath('x\n::warning file=evil.md::pwned.md'), '"x\\n::warning file=evil.md::pwned.md"');
    assert.equal(printablePath('say "hi".md'), '"say \\"hi\\".md"');
    assert.equal(printablePath('back\\slash.md'), '"back\\\\slash.md"');
  });

  it('never_leaves_a_line_break_in_what_it_prints', () => {
    for (const ch of ['\n', '\r', '\u000b', '\u000c', '\u0085', '\u2028', '\u2029']) {
      for (const out of [printable(`a${ch}b`), quoted(`a${ch}b`), printablePath(`a${ch}b`)]) assert.ok(!out.includes(ch), JSON.stringify(out));
    }
  });
});
