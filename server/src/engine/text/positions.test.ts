import assert from 'node:assert/strict';
import { LineIndex } from './positions';

/** Line starts by walking every character: what the index must agree with. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) starts.push(i + 1);
  }
  return starts;
}

describe('line index', () => {
  it('counts LF, CRLF and a lone CR as one line break each', () => {
    const text = 'one\ntwo\r\nthree\rfour\n\nsix';
    const index = new LineIndex(text);
    assert.equal(index.lineCount, 6);
    assert.deepEqual(index.position(text.indexOf('two')), { line: 2, column: 1 });
    assert.deepEqual(index.position(text.indexOf('three') + 2), { line: 3, column: 3 });
    assert.deepEqual(index.position(text.indexOf('four')), { line: 4, column: 1 });
    assert.deepEqual(index.position(text.indexOf('six')), { line: 6, column: 1 });
    // The CR of a CRLF belongs to its line.
    assert.deepEqual(index.position(text.indexOf('\r')), { line: 2, column: 4 });
  });

  it('has one empty line for an empty text and an empty last line after a final break', () => {
    assert.equal(new LineIndex('').lineCount, 1);
    assert.equal(new LineIndex('a\n').lineCount, 2);
    assert.equal(new LineIndex('a\r\n').lineCount, 2);
  });

  it('clamps offsets, lines and columns to the text', () => {
    const index = new LineIndex('ab\ncd');
    assert.deepEqual(index.position(-5), { line: 1, column: 1 });
    assert.deepEqual(index.position(99), { line: 2, column: 3 });
    assert.equal(index.offset(2, 2), 4);
    assert.equal(index.offset(9, 1), 3);
    assert.equal(index.offset(2, 99), 5);
  });

  it('agrees with a walk over every character on generated texts, both ways', () => {
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let k = 0; k < 200; k++) {
      const text = Array.from({ length: Math.floor(next() * 60) }, () => 'ab\r\n '[Math.floor(next() * 5)]).join('');
      const starts = lineStarts(text);
      const index = new LineIndex(text);
      assert.equal(index.lineCount, starts.length, JSON.stringify(text));
      for (let o = 0; o <= text.length; o++) {
        let line = 0;
        while (line + 1 < starts.length && starts[line + 1] <= o) line++;
        assert.deepEqual(index.position(o), { line: line + 1, column: o - starts[line] + 1 }, `${JSON.stringify(text)} @ ${o}`);
      }
      starts.forEach((s, i) => assert.equal(index.offset(i + 1, 1), s));
    }
  });
});
