/**
 * JSON for the importers: `JSON.parse` reads it; when it fails, a small scanner of our own finds
 * where, since V8's messages give a position only for some mistakes (and quote the text for
 * others). A test checks that the scanner and `JSON.parse` agree on what is JSON.
 */

import { LineIndex } from '../../engine';

/** Whether a JSON value is an object (not null, not a list). */
export function isJsonObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The message for a text that is not JSON: `NAME:LINE:COLUMN: this is not valid JSON: …`, at
 * the place `readJson` found. `start` is where the JSON begins in `text` (a line of a dump).
 */
export function jsonErrorMessage(name: string, text: string, error: { offset: number; message: string }, start = 0): string {
  const { line, column } = new LineIndex(text).position(start + error.offset);
  return `${name}:${line}:${column}: this is not valid JSON: ${error.message}`;
}

/** The value, or where and why the text is not JSON. */
export type JsonRead = { value: unknown } | { error: { offset: number; message: string } };

/** Reads `text` (without a byte-order mark) as JSON. */
export function readJson(text: string): JsonRead {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return { error: jsonError(text) ?? { offset: 0, message: 'the file is not JSON' } };
  }
}

/** A mistake found by `jsonError`. */
class Mistake {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
/** A JSON number, matched where the scanner stands. */
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

/**
 * The first place where `text` stops being JSON (RFC 8259) and what is wrong there; null when it
 * is JSON. Nesting deeper than the stack allows is reported at the start.
 */
export function jsonError(text: string): { offset: number; message: string } | null {
  let i = 0;
  const fail = (message: string, at = i): never => {
    throw new Mistake(at, i >= text.length && at === i ? `the file ends too early: ${message}` : message);
  };
  const space = () => {
    while (WHITESPACE.has(text[i])) i++;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail('expected a value: a string in double quotes, a number, true, false, null, an object {…} or a list […]');
  };
  const string = () => {
    const open = i;
    i++; // the opening quote
    for (;;) {
      if (i >= text.length) fail('a string is never closed: add its closing double quote', open);
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c < 0x20) fail('a line break or control character inside a string: write it as \\n or \\t, or close the string before it');
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('\\u must be followed by four hexadecimal digits');
          i += 6;
        } else if (e !== undefined && ESCAPES.has(e)) {
          i += 2;
        } else {
          fail('an unknown escape after a backslash: write a backslash itself as \\\\');
        }
      } else {
        i++;
      }
    }
  };
  const number = () => {
    NUMBER.lastIndex = i;
    if (!NUMBER.test(text)) fail('expected a value: a string in double quotes, a number, true, false, null, an object {…} or a list […]');
    i = NUMBER.lastIndex;
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        space();
        if (text[i] !== '"') fail(text[i] === '}' ? 'a comma before "}": remove it' : 'expected a property name in double quotes');
        string();
        space();
        if (text[i] !== ':') fail('expected ":" after the property name');
        i++;
        value();
        space();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail('expected "," or "}" after a property\'s value');
      }
    }
    if (c === '[') {
      i++;
      space();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        space();
        if (text[i] === ']') fail('a comma before "]": remove it');
        value();
        space();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail('expected "," or "]" after an item of a list');
      }
    }
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    return number();
  };
  try {
    value();
    space();
    if (i < text.length) fail('more text after the end of the JSON value: a file holds one value (one object {…})');
    return null;
  } catch (e) {
    if (e instanceof Mistake) return { offset: e.offset, message: e.message };
    if (e instanceof RangeError) return { offset: 0, message: 'the JSON is nested too deeply to read' };
    throw e;
  }
}
