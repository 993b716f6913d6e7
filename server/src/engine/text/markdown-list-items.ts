/**
 * List items for the Markdown block pass: the bullet or number that opens one (masked) and how far
 * its text is indented, and a GFM task list checkbox at the start of its text.
 */
import { Char } from './char-codes';
import { isDigit, isSpaceOrTab } from './chars';
import { ContainerKind, type BlockState } from './markdown-block-state';

/** Opens a list item at `nb` if there is a marker there; masks the marker. */
export function listItem(s: BlockState, ind: number, nb: number, interrupting: boolean): boolean {
  const text = s.text;
  const lineEnd = s.lineEnd;
  const ch = text.charCodeAt(nb);
  let k = nb + 1;
  const ordered = isDigit(ch);
  if (ordered) {
    k = numberEnd(text, nb, lineEnd);
    if (k < 0) return false;
  }
  if (k < lineEnd && !isSpaceOrTab(text.charCodeAt(k))) return false;
  let q = k;
  while (q < lineEnd && isSpaceOrTab(text.charCodeAt(q))) q++;
  const blank = q >= lineEnd;
  // A list that interrupts a paragraph must start with a non-empty item, numbered 1 if ordered.
  if (interrupting && (blank || (ordered && Number(text.slice(nb, k - 1)) !== 1))) return false;
  s.openContainer();
  s.advance(ind);
  s.mask.fill(1, nb, k);
  const width = k - nb;
  s.pos = k;
  s.col = s.nbCol + width;
  s.carry = 0;
  let spaces = 1;
  if (!blank) {
    spaces = s.indent();
    if (spaces >= 5) spaces = 1;
    s.advance(spaces);
  }
  s.stack.push({ kind: ContainerKind.Item, indent: ind + width + spaces });
  s.matched = s.stack.length;
  taskCheckbox(s);
  return true;
}

/** The end of an ordered list item's number at `nb` (one to nine digits, then "." or ")"), or -1. */
function numberEnd(text: string, nb: number, lineEnd: number): number {
  let k = nb;
  while (k < lineEnd && isDigit(text.charCodeAt(k)) && k - nb < 9) k++;
  if (k === nb) return -1;
  const d = text.charCodeAt(k);
  return d === Char.Dot || d === Char.RightParen ? k + 1 : -1;
}

/** Whether the line from `nb` opens an ordered list item ("1. ", "2)"): its number, then a space, a tab or the line's end. */
export function opensOrderedItem(text: string, nb: number, lineEnd: number): boolean {
  const k = numberEnd(text, nb, lineEnd);
  return k >= 0 && (k >= lineEnd || isSpaceOrTab(text.charCodeAt(k)));
}

/** Masks a GFM task list checkbox (`[ ]`, `[x]`) at the start of a list item's text. */
function taskCheckbox(s: BlockState): void {
  const text = s.text;
  const p = s.pos;
  const mark = text.charCodeAt(p + 1);
  if (text.charCodeAt(p) !== Char.LeftBracket || text.charCodeAt(p + 2) !== Char.RightBracket ||
    !(mark === Char.Space || mark === Char.LowerX || mark === Char.UpperX)) return;
  if (p + 3 < s.lineEnd && !isSpaceOrTab(text.charCodeAt(p + 3))) return;
  if (p + 3 > s.lineEnd) return;
  s.mask.fill(1, p, p + 3);
}
