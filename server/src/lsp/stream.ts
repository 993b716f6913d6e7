/**
 * A watch over the bytes a client sends on `--stdio`, framed as the LSP base protocol says: header
 * lines `Name: value` each ending in CR LF, an empty line, then exactly `Content-Length` bytes of
 * a JSON object. vscode-jsonrpc, given bytes out of step with that (garbage, a header without a
 * length, a body longer or shorter than its header says), tells nobody and waits for ever; the
 * server then neither answers nor exits. This watch reads the same bytes beside the library and
 * says what is wrong, so the server can end with one clear line instead (`server.ts`).
 */

/** Longest header block accepted: real ones are a few dozen bytes. */
const MAX_HEADER_BYTES = 8192;

const CR = 0x0d;
const LF = 0x0a;

/** Bytes allowed in a header name (an HTTP token). */
function isTokenByte(b: number): boolean {
  return (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || "!#$%&'*+-.^_`|~".includes(String.fromCharCode(b));
}

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x09 || b === CR || b === LF;
}

type State = 'name' | 'value' | 'line-lf' | 'end-lf' | 'body';

/** Follows the framing of one input stream, chunk by chunk. */
export class FramingWatch {
  private state: State = 'name';
  /** Bytes read so far, for messages. */
  private offset = 0;
  /** The current header block, as text. */
  private header = '';
  /** Body bytes still to come. */
  private remaining = 0;
  /** The body's first and last bytes that are not white space (0 while there are none). */
  private first = 0;
  private last = 0;

  /** Reads a chunk; returns what is wrong with the stream, or undefined while it is in step. */
  feed(chunk: Uint8Array): string | undefined {
    for (let i = 0; i < chunk.length; i++, this.offset++) {
      const b = chunk[i];
      if (this.state === 'body') {
        // Skip to the end of the body, or of the chunk, in one step.
        const take = Math.min(this.remaining, chunk.length - i);
        for (let k = i; k < i + take; k++) {
          if (isSpace(chunk[k])) continue;
          if (this.first === 0) this.first = chunk[k];
          this.last = chunk[k];
        }
        this.remaining -= take;
        i += take - 1;
        this.offset += take - 1;
        if (this.remaining === 0) {
          const wrong = this.endBody();
          if (wrong) return wrong;
        }
        continue;
      }
      if (this.header.length >= MAX_HEADER_BYTES) return this.at(`a message header runs past ${MAX_HEADER_BYTES} bytes without its empty line`);
      this.header += String.fromCharCode(b);
      switch (this.state) {
        case 'name':
          if (b === CR && this.atLineStart()) this.state = 'end-lf';
          else if (b === 0x3a && !this.atLineStart()) this.state = 'value';
          else if (!isTokenByte(b)) return this.at(`a header line must read "Name: value", not ${this.quoteLine()}`);
          break;
        case 'value':
          if (b === CR) this.state = 'line-lf';
          else if (b === LF) return this.at(`a header line must end in CR LF, not LF alone (${this.quoteLine()})`);
          break;
        case 'line-lf':
          if (b !== LF) return this.at(`a header line must end in CR LF (${this.quoteLine()})`);
          this.state = 'name';
          break;
        case 'end-lf': {
          if (b !== LF) return this.at('the empty line after a header must be CR LF');
          const wrong = this.startBody();
          if (wrong) return wrong;
          break;
        }
      }
    }
    return undefined;
  }

  /** The input ended: what is wrong if it ended inside a message. */
  end(): string | undefined {
    if (this.state === 'body') return this.at(`the input ended ${this.remaining} bytes before the end of a message's body`);
    if (this.header !== '') return this.at('the input ended inside a message header');
    return undefined;
  }

  private atLineStart(): boolean {
    return this.header.length === 1 || this.header.endsWith('\r\n', this.header.length - 1);
  }

  private quoteLine(): string {
    // From the line's start to the byte at fault, which may be a stray LF itself.
    const line = this.header.slice(this.header.lastIndexOf('\n', this.header.length - 2) + 1);
    return JSON.stringify(line.length > 40 ? `${line.slice(0, 40)}…` : line);
  }

  private startBody(): string | undefined {
    const lengths = [...this.header.matchAll(/^content-length:[ \t]*([^\r]*?)[ \t]*\r$/gim)].map((m) => m[1]);
    if (lengths.length === 0) return this.at('a message header has no Content-Length');
    if (!/^\d{1,10}$/.test(lengths[0])) return this.at(`Content-Length must be a number of bytes, not ${JSON.stringify(lengths[0])}`);
    this.header = '';
    this.remaining = Number(lengths[0]);
    this.first = 0;
    this.last = 0;
    this.state = 'body';
    return this.remaining === 0 ? this.endBody() : undefined;
  }

  private endBody(): string | undefined {
    this.state = 'name';
    // A body of the wrong length cuts a message short or runs into the next header: either way
    // it no longer starts with "{" and ends with "}", which every LSP message does.
    if (this.first !== 0x7b || this.last !== 0x7d) return this.at('a message body is not one JSON object (its Content-Length does not match it)');
    return undefined;
  }

  private at(what: string): string {
    return `${what}, at byte ${this.offset}`;
  }
}

/**
 * Watches an input stream beside its reader and calls `broken` once, with what is wrong, when its
 * framing breaks or it ends inside a message. A stream that ends cleanly is the library's to handle
 * (it exits: 0 after a shutdown request, else 1).
 */
export function watchFraming(input: NodeJS.ReadableStream, broken: (reason: string) => void): void {
  const watch = new FramingWatch();
  let done = false;
  const report = (wrong: string | undefined) => {
    if (wrong === undefined || done) return;
    done = true;
    broken(wrong);
  };
  input.on('data', (chunk: Buffer | string) => report(watch.feed(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)));
  input.on('end', () => report(watch.end()));
}
