import * as assert from 'node:assert/strict';
import { FramingWatch } from './stream';

/** A framed message with `body`, and `headers` before its Content-Length. */
function frame(body: string, headers = ''): string {
  return `${headers}Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

/** What the watch says of `text` fed in chunks of `size` bytes, and at its end. */
function watch(text: string, size = Infinity): string | undefined {
  const bytes = Buffer.from(text);
  const w = new FramingWatch();
  for (let i = 0; i < bytes.length; i += Math.min(size, bytes.length)) {
    const wrong = w.feed(bytes.subarray(i, i + size));
    if (wrong) return wrong;
  }
  return w.end();
}

describe('the framing watch of the --stdio input', () => {
  const stream = [
    frame('{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}'),
    frame(' {"jsonrpc":"2.0","method":"x","params":{"text":"Ünïcode — \\r\\n"}}\n', 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n'),
    frame('{}'),
  ].join('');

  for (const size of [1, 2, 7, 64, Infinity]) {
    it(`allows well-framed messages read in chunks of ${size} bytes`, () => {
      assert.equal(watch(stream, size), undefined);
    });
  }

  it('flags_text_that_is_no_header_at_its_first_wrong_byte', () => {
    assert.equal(watch('hello\n'), 'a header line must read "Name: value", not "hello\\n", at byte 5');
    assert.equal(watch(`${frame('{}')}{"jsonrpc"`), 'a header line must read "Name: value", not "{", at byte 23');
  });

  it('flags_headers_without_a_length_or_with_a_length_that_is_no_number', () => {
    assert.match(watch('Content-Type: x\r\n\r\n{}')!, /^a message header has no Content-Length/);
    assert.match(watch('Content-Length: -3\r\n\r\n{}')!, /^Content-Length must be a number of bytes, not "-3"/);
  });

  it('flags_a_header_line_ended_by_lf_alone', () => {
    assert.match(watch('Content-Length: 2\n\n{}')!, /^a header line must end in CR LF, not LF alone/);
  });

  it('flags_a_body_shorter_or_longer_than_its_length', () => {
    assert.match(watch('Content-Length: 3\r\n\r\n{}x')!, /^a message body is not one JSON object/);
    assert.match(watch(`Content-Length: 1\r\n\r\n${frame('{}')}`)!, /^a message body is not one JSON object/);
  });

  it('flags_a_header_that_never_ends', () => {
    assert.match(watch(`X: ${'a'.repeat(10_000)}`)!, /^a message header runs past 8192 bytes/);
  });

  it('flags_input_that_ends_inside_a_message_and_allows_one_that_ends_between', () => {
    assert.match(watch('Content-Len')!, /^the input ended inside a message header/);
    assert.match(watch('Content-Length: 9\r\n\r\n{}')!, /^the input ended 7 bytes before the end of a message's body/);
    assert.equal(watch(''), undefined);
  });
});
