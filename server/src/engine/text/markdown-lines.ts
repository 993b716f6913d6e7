/**
 * Recognisers of single-line Markdown constructs that need no parser state: front matter
 * fences, GFM table rows, and small line helpers. Offsets are UTF-16 units of the whole text.
 */
import { Char } from './char-codes';
import { isSpaceOrTab } from './chars';

/**
 * Where the body starts after YAML (`---` … `---` or `...`) or TOML (`+++` … `+++`) front matter
 * at the very start of the text (after a BOM), or 0 when there is none. As in Pandoc, the opening
 * fence must not be followed by a blank line; an opening fence with no closing fence is not
 * front matter (it is then read as Markdown: a thematic break).
 */
export function frontMatterEnd(text: string): number {
  const p = text.charCodeAt(0) === Char.ByteOrderMark ? 1 : 0;
  const c = text.charCodeAt(p);
  if (c !== Char.Dash && c !== Char.Plus) return 0;
  const fence = c === Char.Dash ? '---' : '+++';
  let lineEnd = endOfLine(text, p);
  if (!isFenceLine(text, p, lineEnd, fence)) return 0;
  let start = startOfNextLine(text, lineEnd);
  if (isBlank(text, start, endOfLine(text, start))) return 0;
  while (start < text.length) {
    lineEnd = endOfLine(text, start);
    if (isFenceLine(text, start, lineEnd, fence) || (fence === '---' && isFenceLine(text, start, lineEnd, '...'))) {
      return startOfNextLine(text, lineEnd);
    }
    start = startOfNextLine(text, lineEnd);
  }
  return 0;
}

/** Cells in a delimiter row like `| :--- | ---: |`, or -1 if it is not one. */
export function delimiterRowCells(text: string, s: number, e: number): number {
  e = trimEnd(text, s, e);
  let k = s;
  if (text.charCodeAt(k) === Char.Pipe) k++;
  let cells = 0;
  for (;;) {
    while (k < e && isSpaceOrTab(text.charCodeAt(k))) k++;
    if (k >= e) break;
    if (text.charCodeAt(k) === Char.Colon) k++;
    const dashes = k;
    while (k < e && text.charCodeAt(k) === Char.Dash) k++;
    if (k === dashes) return -1;
    if (text.charCodeAt(k) === Char.Colon) k++;
    while (k < e && isSpaceOrTab(text.charCodeAt(k))) k++;
    cells++;
    if (k >= e) break;
    if (text.charCodeAt(k) !== Char.Pipe) return -1;
    k++;
  }
  return cells;
}

/** Cells in a header row (which must contain an unescaped pipe), or -1. */
export function headerCells(text: string, s: number, e: number): number {
  e = trimEnd(text, s, e);
  let pipes = 0;
  let lastPipe = -1;
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c === Char.Backslash) k++;
    else if (c === Char.Pipe) {
      pipes++;
      lastPipe = k;
    }
  }
  if (pipes === 0) return -1;
  let cells = pipes + 1;
  if (text.charCodeAt(s) === Char.Pipe) cells--;
  if (lastPipe === e - 1 && lastPipe !== s) cells--;
  return cells;
}

function endOfLine(text: string, p: number): number {
  while (p < text.length) {
    const c = text.charCodeAt(p);
    if (c === Char.LineFeed || c === Char.CarriageReturn) break;
    p++;
  }
  return p;
}

function startOfNextLine(text: string, lineEnd: number): number {
  if (text.charCodeAt(lineEnd) === Char.CarriageReturn && text.charCodeAt(lineEnd + 1) === Char.LineFeed) return lineEnd + 2;
  return Math.min(lineEnd + 1, text.length);
}

/** Whether [s, e) holds only spaces and tabs. */
export function isBlank(text: string, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (!isSpaceOrTab(text.charCodeAt(k))) return false;
  return true;
}

/** `e` moved back over trailing spaces and tabs, not before `s`. */
export function trimEnd(text: string, s: number, e: number): number {
  while (e > s && isSpaceOrTab(text.charCodeAt(e - 1))) e--;
  return e;
}

function isFenceLine(text: string, s: number, e: number, fence: string): boolean {
  return text.startsWith(fence, s) && isBlank(text, s + fence.length, e);
}
