/**
 * Headings and thematic breaks for the Markdown block pass: ATX headings (`#` markers masked,
 * their text queued for the inline pass), setext underlines and thematic breaks (lines of one
 * marker character, masked whole by the caller).
 */
import { Char } from './char-codes';
import { isSpaceOrTab } from './chars';
import { RunKind, type BlockState } from './markdown-block-state';
import { isBlank, trimEnd } from './markdown-lines';

/** Whether the line from `nb` is a setext underline: one run of its first character, then blanks. */
export function isSetextUnderline(s: BlockState, nb: number): boolean {
  const text = s.text;
  const ch = text.charCodeAt(nb);
  let k = nb;
  while (k < s.lineEnd && text.charCodeAt(k) === ch) k++;
  return isBlank(text, k, s.lineEnd);
}

/** Whether the line from `nb` is a thematic break: three or more of its first character, and blanks. */
export function isThematicBreak(s: BlockState, nb: number): boolean {
  const text = s.text;
  const ch = text.charCodeAt(nb);
  // "- - - - … x" asks again at every nested list marker: remember where the last scan failed.
  if (s.breakLine === s.lineStart && s.breakChar === ch && nb >= s.breakFrom && nb < s.breakFail) return false;
  let count = 0;
  for (let k = nb; k < s.lineEnd; k++) {
    const c = text.charCodeAt(k);
    if (c === ch) count++;
    else if (!isSpaceOrTab(c)) {
      s.breakLine = s.lineStart;
      s.breakChar = ch;
      s.breakFrom = nb;
      s.breakFail = k;
      return false;
    }
  }
  return count >= 3;
}

/** An ATX heading at `nb`: masks its opening and closing `#` runs and queues its text. */
export function atxHeading(s: BlockState, nb: number): boolean {
  const text = s.text;
  const lineEnd = s.lineEnd;
  let k = nb;
  while (k < lineEnd && text.charCodeAt(k) === Char.Hash) k++;
  if (k - nb > 6 || (k < lineEnd && !isSpaceOrTab(text.charCodeAt(k)))) return false;
  s.closeUnmatched();
  s.flushLeaf();
  s.mask.fill(1, nb, k);
  let start = k;
  while (start < lineEnd && isSpaceOrTab(text.charCodeAt(start))) start++;
  let e = trimEnd(text, start, lineEnd);
  let h = e;
  while (h > start && text.charCodeAt(h - 1) === Char.Hash) h--;
  if (h < e && (h === start || isSpaceOrTab(text.charCodeAt(h - 1)))) {
    s.mask.fill(1, h, e);
    e = trimEnd(text, start, h);
  }
  if (e > start) s.pushRun(start, e, RunKind.Text);
  return true;
}
