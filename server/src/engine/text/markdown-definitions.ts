/**
 * Link reference definitions (`[id]: url "title"`, masked whole) and the start of footnote
 * definitions (`[^id]: text`, only the marker masked) for the Markdown block pass. Their labels
 * are recorded, since the inline pass masks only references to labels that are defined.
 */
import { Char } from './char-codes';
import { isSpaceOrTab, normalizeLabel } from './chars';
import { ContainerKind, Leaf, type BlockState } from './markdown-block-state';
import { MAX_LABEL } from './markdown-inline';
import { trimEnd } from './markdown-lines';

/**
 * A link reference definition or the start of a footnote definition at `nb`. Single-line forms
 * only, plus a title alone on the next line.
 */
export function definition(s: BlockState, nb: number): boolean {
  const text = s.text;
  const lineEnd = s.lineEnd;
  let k = nb + 1;
  while (k < lineEnd) {
    const c = text.charCodeAt(k);
    if (c === Char.Backslash) k++;
    else if (c === Char.LeftBracket) return false;
    else if (c === Char.RightBracket) break;
    k++;
  }
  if (k >= lineEnd || k - nb - 1 > MAX_LABEL || text.charCodeAt(k + 1) !== Char.Colon) return false;
  const label = text.slice(nb + 1, k);
  if (normalizeLabel(label) === '') return false;
  if (label.charCodeAt(0) === Char.Caret) {
    if (label.length < 2) return false;
    s.footnotes.add(normalizeLabel(label.slice(1)));
    s.mask.fill(1, nb, k + 2);
    // Like a list item: later paragraphs of the footnote are indented 4 columns, not code.
    s.stack.push({ kind: ContainerKind.Item, indent: 4 });
    s.matched = s.stack.length;
    let p = k + 2;
    while (p < lineEnd && isSpaceOrTab(text.charCodeAt(p))) p++;
    s.leaf = Leaf.Para;
    s.paraFirst = s.segs.length;
    if (p < lineEnd) s.segs.push(p, lineEnd);
    return true;
  }
  let p = k + 2;
  while (p < lineEnd && isSpaceOrTab(text.charCodeAt(p))) p++;
  if (p >= lineEnd) return false;
  if (text.charCodeAt(p) === Char.LessThan) {
    p++;
    while (p < lineEnd && text.charCodeAt(p) !== Char.GreaterThan) {
      if (text.charCodeAt(p) === Char.LessThan) return false;
      p++;
    }
    if (p >= lineEnd) return false;
    p++;
  } else {
    while (p < lineEnd && text.charCodeAt(p) > Char.Space) p++;
  }
  const destEnd = p;
  while (p < lineEnd && isSpaceOrTab(text.charCodeAt(p))) p++;
  let hasTitle = false;
  if (p < lineEnd) {
    if (p === destEnd || !isTitleLine(s, p)) return false;
    hasTitle = true;
  }
  s.refs.add(normalizeLabel(label));
  s.mask.fill(1, nb, lineEnd);
  s.leaf = Leaf.RefDef;
  s.refNeedsTitle = !hasTitle;
  return true;
}

/** Whether the rest of the line from `p` is exactly one link title: "…", '…' or (…). */
export function isTitleLine(s: BlockState, p: number): boolean {
  const text = s.text;
  const q = text.charCodeAt(p);
  if (q !== Char.DoubleQuote && q !== Char.SingleQuote && q !== Char.LeftParen) return false;
  const close = q === Char.LeftParen ? Char.RightParen : q;
  const e = trimEnd(text, p, s.lineEnd);
  return e - p >= 2 && text.charCodeAt(e - 1) === close && text.charCodeAt(e - 2) !== Char.Backslash;
}
