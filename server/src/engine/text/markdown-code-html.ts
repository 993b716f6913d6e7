/**
 * Blocks the Markdown block pass masks whole, line by line: fenced code (to its closing fence)
 * and the HTML blocks whose content is not prose (to their end marker). Both end with their
 * container, too.
 */
import { Char } from './char-codes';
import { type Finder, htmlCommentEnd, isAsciiLetter, isSpaceOrTab } from './chars';
import { Leaf, RunKind, type BlockState } from './markdown-block-state';
import { isBlank } from './markdown-lines';

/** Opens fenced code at `nb` if a fence of three or more backticks or tildes is there; masks the line. */
export function fenceOpen(s: BlockState, nb: number): boolean {
  const text = s.text;
  const ch = text.charCodeAt(nb);
  let k = nb;
  while (k < s.lineEnd && text.charCodeAt(k) === ch) k++;
  const len = k - nb;
  if (len < 3) return false;
  if (ch === Char.Backtick) {
    for (let j = k; j < s.lineEnd; j++) if (text.charCodeAt(j) === Char.Backtick) return false;
  }
  s.closeUnmatched();
  s.flushLeaf();
  s.leaf = Leaf.Fence;
  s.fenceChar = ch;
  s.fenceLen = len;
  s.mask.fill(1, nb, s.lineEnd);
  s.openSkip = { kind: 'fenced-code', start: nb, end: s.lineEnd };
  s.sink.skipped.push(s.openSkip);
  return true;
}

/** Masks a line inside fenced code; a closing fence ends the block. */
export function fenceLine(s: BlockState): void {
  const text = s.text;
  const lineEnd = s.lineEnd;
  const ind = s.indent();
  const nb = s.nb;
  s.mask.fill(1, s.pos, lineEnd);
  if (s.openSkip !== null && s.pos < lineEnd) s.openSkip.end = lineEnd;
  if (ind > 3) return;
  let k = nb;
  while (k < lineEnd && text.charCodeAt(k) === s.fenceChar) k++;
  if (k - nb >= s.fenceLen && isBlank(text, k, lineEnd)) s.leaf = Leaf.None;
}

/**
 * HTML blocks whose content is not prose: comments, processing instructions, declarations,
 * CDATA, and `<script>`/`<style>` elements. They interrupt paragraphs and run to the line
 * holding their end marker (or the end of their container).
 */
export function htmlBlockOpen(s: BlockState, nb: number): boolean {
  const text = s.text;
  let needle: string;
  let from: number;
  let ignoreCase = false;
  if (text.startsWith('<!--', nb)) {
    needle = '-->';
    from = nb + 4;
  } else if (text.startsWith('<?', nb)) {
    needle = '?>';
    from = nb + 2;
  } else if (text.startsWith('<![CDATA[', nb)) {
    needle = ']]>';
    from = nb + 9;
  } else if (text.charCodeAt(nb + 1) === Char.Bang && isAsciiLetter(text.charCodeAt(nb + 2))) {
    needle = '>';
    from = nb + 2;
  } else {
    const tag = rawTextTag(s, nb);
    if (tag === null) return false;
    needle = `</${tag}>`;
    from = nb + 1 + tag.length;
    ignoreCase = true;
  }
  s.closeUnmatched();
  s.flushLeaf();
  s.leaf = Leaf.Html;
  s.htmlStart = nb;
  s.htmlIsComment = needle === '-->';
  s.htmlFinder = s.finder(needle, ignoreCase);
  s.htmlNeedleLen = needle.length;
  s.openSkip = { kind: 'html', start: nb, end: s.lineEnd };
  s.sink.skipped.push(s.openSkip);
  htmlLine(s, from, nb, true);
  return true;
}

function rawTextTag(s: BlockState, nb: number): 'script' | 'style' | null {
  const text = s.text;
  for (const tag of ['script', 'style'] as const) {
    if (text.slice(nb + 1, nb + 1 + tag.length).toLowerCase() !== tag) continue;
    const after = nb + 1 + tag.length;
    const c = text.charCodeAt(after);
    if (after >= s.lineEnd || c === Char.GreaterThan || isSpaceOrTab(c)) return tag;
  }
  return null;
}

/** One line of an HTML block: masked up to its end marker; text after the marker is prose. */
export function htmlLine(s: BlockState, searchFrom: number, maskFrom: number, first: boolean): void {
  const text = s.text;
  const finder = s.htmlFinder as Finder;
  let end: number;
  if (first && s.htmlIsComment) end = htmlCommentEnd(text, s.htmlStart, finder);
  else {
    const k = finder.find(searchFrom);
    end = k === -1 ? -1 : k + s.htmlNeedleLen;
  }
  if (end === -1 || end > s.lineEnd) {
    s.mask.fill(1, maskFrom, s.lineEnd);
    if (s.openSkip !== null && maskFrom < s.lineEnd) s.openSkip.end = s.lineEnd;
    return;
  }
  s.mask.fill(1, maskFrom, end);
  if (s.openSkip !== null) s.openSkip.end = end;
  if (s.htmlIsComment) s.sink.comments.push({ start: s.htmlStart, end });
  s.leaf = Leaf.None;
  let rest = end;
  while (rest < s.lineEnd && isSpaceOrTab(text.charCodeAt(rest))) rest++;
  if (rest < s.lineEnd) s.pushRun(rest, s.lineEnd, RunKind.Text);
}
