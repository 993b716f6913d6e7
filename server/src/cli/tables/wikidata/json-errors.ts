/**
 * Where a text stops being JSON, for error messages that name a line and column. `JSON.parse`
 * gives a position for most mistakes but not for an unexpected token ("[1,2,]"), so a small
 * scanner finds the place itself; it is run only after `JSON.parse` has failed.
 */

/** Why `JSON.parse` refused a text, and at which offset (the text's length for a text that ends too soon). */
export interface JsonProblem {
  /** `JSON.parse`'s reason, without its quotation of the text ("Unexpected token ']'"). */
  reason: string;
  offset: number;
}

/** Reads `JSON.parse`'s error for `text`: its reason and the offset of the first character that is wrong. */
export function jsonProblem(error: unknown, text: string): JsonProblem {
  const message = error instanceof Error ? error.message : String(error);
  const at = / in JSON at position (\d+)/.exec(message);
  const reason = message
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/, (\.\.\.)?".*" is not valid JSON$/s, '')
    .replace(/ is not valid JSON$/s, '');
  if (at) return { reason, offset: Number(at[1]) };
  if (/end of JSON input/.test(message)) return { reason, offset: text.length };
  return { reason, offset: jsonErrorOffset(text) ?? 0 };
}

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);

/**
 * The offset of the first character at which `text` stops being a JSON text (RFC 8259), or
 * null when it is one. Agrees with `JSON.parse` on which texts are JSON and, where V8 names a
 * position, on the position (test: json-errors.test.ts).
 */
export function jsonErrorOffset(text: string): number | null {
  let i = 0;
  const n = text.length;
  const code = () => (i < n ? text.charCodeAt(i) : -1);
  const skipSpace = () => {
    while (i < n && WHITESPACE.has(text.charCodeAt(i))) i++;
  };
  const digits = (): boolean => {
    const start = i;
    while (code() >= 0x30 && code() <= 0x39) i++;
    return i > start;
  };
  const literal = (word: string): boolean => {
    for (let k = 0; k < word.length; k++, i++) if (code() !== word.charCodeAt(k)) return false;
    return true;
  };
  const string = (): boolean => {
    i++; // the opening quote
    for (;;) {
      const c = code();
      if (c === -1 || c < 0x20) return false;
      i++;
      if (c === 0x22) return true;
      if (c !== 0x5c) continue;
      const e = code();
      if (e === 0x75) {
        i++;
        for (let k = 0; k < 4; k++, i++) if (!/[0-9a-fA-F]/.test(text[i] ?? '')) return false;
      } else if ('"\\/bfnrt'.includes(text[i] ?? 'x')) i++;
      else return false;
    }
  };
  const number = (): boolean => {
    if (code() === 0x2d) i++;
    if (code() === 0x30) i++;
    else if (!digits()) return false;
    if (code() === 0x2e) {
      i++;
      if (!digits()) return false;
    }
    if (code() === 0x65 || code() === 0x45) {
      i++;
      if (code() === 0x2b || code() === 0x2d) i++;
      if (!digits()) return false;
    }
    return true;
  };
  // Containers are kept on a stack of their own, so a deeply nested text cannot overflow the call stack.
  const open: number[] = [];
  const value = (): boolean => {
    const c = code();
    if (c === 0x22) return string();
    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return number();
    if (c === 0x74) return literal('true');
    if (c === 0x66) return literal('false');
    if (c === 0x6e) return literal('null');
    return false;
  };
  skipSpace();
  for (;;) {
    const c = code();
    if (c === 0x7b || c === 0x5b) {
      open.push(c);
      i++;
      skipSpace();
      if (code() === (c === 0x7b ? 0x7d : 0x5d)) {
        open.pop();
        i++;
      } else if (c === 0x7b) {
        if (code() !== 0x22 || !string()) return i;
        skipSpace();
        if (code() !== 0x3a) return i;
        i++;
        skipSpace();
        continue;
      } else continue;
    } else if (!value()) return i;
    // After a value: close containers, or go on to the next member.
    for (;;) {
      skipSpace();
      if (open.length === 0) return i === n ? null : i;
      const top = open[open.length - 1];
      const close = top === 0x7b ? 0x7d : 0x5d;
      if (code() === close) {
        open.pop();
        i++;
        continue;
      }
      if (code() !== 0x2c) return i;
      i++;
      skipSpace();
      if (top === 0x7b) {
        if (code() !== 0x22 || !string()) return i;
        skipSpace();
        if (code() !== 0x3a) return i;
        i++;
        skipSpace();
      }
      break;
    }
  }
}
