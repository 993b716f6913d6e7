/**
 * Bare URLs (`https://…`, `http://…`, `www.…`) and e-mail addresses written as plain text:
 * not prose in either format. Found during the final pass over the text (see mask.ts), which
 * reads every character anyway, in whatever the format's masker left as prose.
 */
import { isAsciiAlnum, isAsciiLetter, isUnicodeWhitespace } from './chars';

/**
 * If a bare URL or `www.` link starts at `i` (whose character is `h`, `H`, `w` or `W`), the offset
 * just after it, else -1. A link must not follow a letter or digit ("awww.org" is a word).
 */
export function bareUrlEnd(text: string, i: number): number {
  if (i > 0 && isAsciiAlnum(text.charCodeAt(i - 1))) return -1;
  const c = text.charCodeAt(i);
  return c === 104 || c === 72 ? urlAt(text, i) : wwwAt(text, i);
}

/**
 * The start of the e-mail address whose `@` is at `at`, or -1. Its local part is read backwards
 * over still-unmasked characters only.
 */
export function emailStart(text: string, mask: Uint8Array, at: number): number {
  let k = at;
  while (k > 0 && mask[k - 1] === 0 && isLocalPartChar(text.charCodeAt(k - 1))) k--;
  return k < at ? k : -1;
}

function startsWithIgnoreCase(text: string, at: number, lower: string): boolean {
  for (let k = 0; k < lower.length; k++) {
    let c = text.charCodeAt(at + k);
    if (c >= 65 && c <= 90) c |= 0x20;
    if (c !== lower.charCodeAt(k)) return false;
  }
  return true;
}

function urlAt(text: string, i: number): number {
  let body: number;
  if (startsWithIgnoreCase(text, i, 'http://')) body = i + 7;
  else if (startsWithIgnoreCase(text, i, 'https://')) body = i + 8;
  else return -1;
  return linkEnd(text, body);
}

function wwwAt(text: string, i: number): number {
  if (text.charCodeAt(i + 3) !== 46 /* . */ || !startsWithIgnoreCase(text, i, 'www')) return -1;
  if (!isAsciiAlnum(text.charCodeAt(i + 4))) return -1;
  return linkEnd(text, i + 4);
}

/** Characters that end a sentence rather than a URL when they come last. */
function isTrailingPunct(c: number): boolean {
  switch (c) {
    case 33: case 34: case 39: case 42: case 44: case 46: case 58: case 59: case 63: case 95: case 126:
    case 0x2019: case 0x201d: case 0xbb: case 0x2026: case 0x3001: case 0x3002: case 0xff0c: case 0xff0e:
      return true;
    default:
      return false;
  }
}

/**
 * Where a link whose address starts at `body` ends: at white space or `<`, less trailing punctuation and
 * closing brackets that have no opening partner inside the link (GFM's rule, so that
 * `(https://en.wikipedia.org/wiki/Foo_(bar))` keeps its last parenthesis as text). -1 if empty.
 */
function linkEnd(text: string, body: number): number {
  const n = text.length;
  let j = body;
  let parens = 0;
  let squares = 0;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c === 60 /* < */ || isUnicodeWhitespace(c)) break;
    if (c === 40) parens++;
    else if (c === 41) parens--;
    else if (c === 91) squares++;
    else if (c === 93) squares--;
    j++;
  }
  while (j > body) {
    const c = text.charCodeAt(j - 1);
    if (isTrailingPunct(c)) j--;
    else if (c === 41 && parens < 0) {
      parens++;
      j--;
    } else if (c === 93 && squares < 0) {
      squares++;
      j--;
    } else break;
  }
  return j > body ? j : -1;
}

function isLocalPartChar(c: number): boolean {
  return isAsciiAlnum(c) || c === 46 || c === 95 || c === 43 || c === 45;
}

/** The end of the domain after `@`, which needs a dot and an alphabetic top-level label of 2+ letters. */
export function emailEnd(text: string, mask: Uint8Array, at: number): number {
  const n = text.length;
  let j = at + 1;
  while (j < n && mask[j] === 0) {
    const c = text.charCodeAt(j);
    if (!(isAsciiAlnum(c) || c === 45 || c === 46 || c === 95)) break;
    j++;
  }
  while (j > at + 1) {
    const c = text.charCodeAt(j - 1);
    if (c === 46 || c === 45 || c === 95) j--;
    else break;
  }
  if (!isAsciiAlnum(text.charCodeAt(at + 1))) return -1;
  let tld = 0;
  let k = j - 1;
  while (k > at && isAsciiLetter(text.charCodeAt(k))) {
    tld++;
    k--;
  }
  if (tld < 2 || text.charCodeAt(k) !== 46) return -1;
  return j;
}
