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
  let ordered = false;
  if (isDigit(ch)) {
    while (k < lineEnd && isDigit(text.charCodeAt(k)) && k - nb < 9) k++;
    const d = text.charCodeAt(k);
    if (d !== Char.Dot && d !== Char.RightParen) return false;
    ordered = true;
    k++;
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
