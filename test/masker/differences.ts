/**
 * Where factlint's masker and micromark may disagree, and why. The agreement test compares them
 * character by character and fails on any disagreement that no entry here explains; each entry
 * names the CommonMark spec examples it explains, so an entry can neither widen nor go stale
 * unnoticed.
 */
import * as path from 'node:path';
import { definitionLabel, inListMarker, lineEnd, lineStart, normalizeLabel, previousLine, unbalancedDefinition, wordAround } from './lines';
import type { Reading, SyntaxToken } from './oracle';
import type * as Indented from '../../server/src/engine/text/markdown-indented';

// The masker's compiled test, as agreement.test.ts loads the masker (test/ compiles apart from server/).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readIndented } = require(path.resolve(__dirname, '../../../server/out/engine/text/markdown-indented')) as typeof Indented;

/** One character on which the masker and micromark disagree. */
export interface Disagreement {
  /** micromark's reading of the whole text. */
  readonly reading: Reading;
  /** The masker's verdict per character: 1 = hidden from the checks. */
  readonly ours: Uint8Array;
  /** The character's offset. */
  readonly at: number;
}

/** A known way in which the masker differs from micromark. */
export interface Difference {
  /** A short name, shown in failures. */
  readonly name: string;
  /** Why the masker does this (or, for a bug, what it should do). */
  readonly reason: string;
  /** `masker`: a masker bug, kept until a change that may alter reports; `micromark`: micromark strays from CommonMark's reference implementation. */
  readonly bug?: 'masker' | 'micromark';
  /** The CommonMark spec examples (0.31.2 numbering) where it shows: exactly these, no more. */
  readonly spec: readonly number[];
  /** Whether it explains this disagreeing character. */
  readonly explains: (d: Disagreement) => boolean;
}

/** Whether micromark calls the character syntax while the masker keeps it as prose. */
function onlyTheirs(d: Disagreement): boolean {
  return d.reading.mask[d.at] === 1 && d.ours[d.at] === 0;
}

/** Whether the masker hides the character while micromark calls it prose. */
function onlyOurs(d: Disagreement): boolean {
  return d.ours[d.at] === 1 && d.reading.mask[d.at] === 0;
}

/** The micromark token that makes the character syntax, if any. */
function token(d: Disagreement): SyntaxToken | undefined {
  return d.reading.by[d.at];
}

/**
 * Whether the masker's own test reads the run of lines around `at` in micromark's indented code
 * block `t` (the lines between blank ones) as prose, in the most lenient context.
 */
function readsAsProse(text: string, t: SyntaxToken, at: number): boolean {
  const lines: number[] = [];
  for (let start = t.start; start < t.end; ) {
    const end = Math.min(lineEnd(text, start), t.end);
    let nb = start;
    while (nb < end && (text[nb] === ' ' || text[nb] === '\t')) nb++;
    if (nb < end) lines.push(nb, end);
    else if (start > at) break;
    else lines.length = 0;
    start = end + (text.startsWith('\r\n', end) ? 2 : 1);
  }
  return readIndented(text, lines, true).prose;
}

/** HTML blocks the masker models (markdown-code-html.ts): it reads every other kind as paragraphs. */
const MODELLED_HTML = /^[ \t]*(<!--|<\?|<![A-Za-z]|<!\[CDATA\[|<(script|style)([ \t>]|$))/i;

const LIST_CONTAINERS = new Set(['listOrdered', 'listUnordered', 'gfmFootnoteDefinition']);

/** Whether a micromark token that `is` accepts ends on the line before `at`, or starts on the line after it. */
function nextTo(d: Disagreement, is: (t: SyntaxToken) => boolean): boolean {
  const text = d.reading.text;
  const before = previousLine(text, d.at);
  const above = before === undefined ? undefined : d.reading.by[before.end - 1];
  if (above !== undefined && above.end === before?.end && is(above)) return true;
  const next = lineEnd(text, d.at) + (text.startsWith('\r\n', lineEnd(text, d.at)) ? 2 : 1);
  let k = next;
  while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k++;
  const below = d.reading.by[k];
  return below !== undefined && below.start <= k && below.start >= next && is(below);
}

/** Whether the line from `start` opens with container markers of which the masker hid a list marker that micromark did not. */
function unreadMarker(d: Disagreement, start: number): boolean {
  const prefix = /^(?:[ \t>]|[-+*](?=[ \t]|$)|[0-9]{1,9}[.)](?=[ \t]|$))*/m.exec(d.reading.text.slice(start, lineEnd(d.reading.text, start)));
  if (prefix === null) return false;
  for (let k = start; k < start + prefix[0].length; k++) {
    if (/[-+*.)0-9]/.test(d.reading.text[k]) && d.ours[k] === 1 && d.reading.mask[k] === 0 && inListMarker(d.reading.text, k)) return true;
  }
  return false;
}

/** The known differences, deliberate ones first. */
export const DIFFERENCES: readonly Difference[] = [
  {
    name: 'HTML blocks read as paragraphs',
    reason: 'HTML blocks other than comments, <?…?>, <!…>, CDATA, <script> and <style> are not modelled: their tags are masked and ' +
      'the words between them kept, because in a draft they are text a reader sees (docs/checking.md, "What is checked"). Read as a ' +
      'paragraph, such a block may also take the next line lazily, where CommonMark starts a new block, or end the line ' +
      'before it with a hard break.',
    spec: [148, 149, 150, 151, 155, 156, 157, 158, 159, 160, 162, 163, 164, 165, 166, 169, 171, 174, 185, 186, 189, 190],
    explains: (d) => {
      const t = token(d);
      if (onlyTheirs(d) && t?.type === 'htmlFlow') return !MODELLED_HTML.test(d.reading.text.slice(t.start, t.end));
      // Read as a paragraph, the block may take the next line lazily, or make a hard break of the line before it.
      return nextTo(d, (t) => t.type === 'htmlFlow' && !MODELLED_HTML.test(d.reading.text.slice(t.start, t.end)));
    },
  },
  {
    name: 'text after the end of an HTML block',
    reason: 'CommonMark makes the rest of the line that closes an HTML block part of it; the masker keeps what follows the ' +
      'end marker as prose, since a writer who puts words there means them to be read (and checked).',
    spec: [177, 178],
    explains: (d) => {
      const t = token(d);
      if (!onlyTheirs(d) || t?.type !== 'htmlFlow') return false;
      const text = d.reading.text;
      // On the block's last line, after a `>` that the masker hid: its end marker.
      if (lineEnd(text, d.at) !== t.end) return false;
      for (let k = d.at - 1; k >= lineStart(text, d.at); k--) if (text[k] === '>' && d.ours[k] === 1) return true;
      return false;
    },
  },
  {
    name: 'no indented code in list items',
    reason: 'Indented code is never read inside list items or footnotes: there an over-indented continuation line is far ' +
      'likelier than code, and masking it would hide its words (docs/checking.md, "What is checked"). Read as a paragraph, the line may ' +
      'also take the next line lazily, where CommonMark starts a new block.',
    spec: [5, 7, 254, 264, 270, 271, 273, 274, 278, 286, 287, 288, 290],
    explains: (d) => {
      const inList = (t: SyntaxToken): boolean => t.type === 'codeIndented' && t.within.some((w) => LIST_CONTAINERS.has(w));
      const t = token(d);
      // Read as the item's paragraph, the line may also take the next line lazily, where CommonMark starts a new block.
      return (onlyTheirs(d) && t !== undefined && inList(t)) || nextTo(d, inList);
    },
  },
  {
    name: 'indented prose',
    reason: 'A run of indented lines that reads as prose (words with sentence punctuation and no code marks, ' +
      'server/src/engine/text/markdown-indented.ts) is checked as paragraphs, not masked as code: copy pasted from the web ' +
      'often indents whole paragraphs, and masking them would hide their errors (docs/checking.md, "What is checked").',
    spec: [289],
    explains: (d) => {
      const t = token(d);
      return onlyTheirs(d) && t?.type === 'codeIndented' && readsAsProse(d.reading.text, t, d.at);
    },
  },
  {
    name: 'multi-line reference definitions',
    reason: 'A definition whose label, destination or title is split across lines (except a title alone on the next line) is ' +
      'not recognised, so it and the references to it stay text (docs/checking.md, "What is checked"): one line at a time keeps the block ' +
      'pass simple and fast, and such definitions are rare in drafts.',
    spec: [193, 195, 196, 198, 208, 541],
    explains: (d) => {
      if (!onlyTheirs(d)) return false;
      const t = token(d);
      if (t?.type === 'definition') return /[\r\n]/.test(d.reading.text.slice(t.start, t.end));
      const multiline = new Set(d.reading.definitions.filter((x) => x.multiline).map((x) => x.label));
      const single = new Set(d.reading.definitions.filter((x) => !x.multiline).map((x) => x.label));
      return d.reading.referenceLinks.some((r) => r.start <= d.at && d.at < r.end && multiline.has(r.label) && !single.has(r.label));
    },
  },
  {
    name: 'bare links by our own rule',
    reason: 'Bare URLs and e-mail addresses are masked by factlint\'s own rule (bare-links.ts) on whatever the Markdown pass ' +
      'left as prose; micromark here reads no autolink literals at all (see oracle.ts).',
    spec: [602, 606, 608, 611, 612],
    explains: (d) => onlyOurs(d) && /:\/\/|www\.|@/i.test(wordAround(d.reading.text, d.at)),
  },
  {
    name: 'an empty task item keeps its checkbox',
    reason: 'GFM reads `- [ ]` with nothing after it as a list item holding the text "[ ]"; the masker hides the box as on any ' +
      'task item: it is a checkbox to the writer, and it holds no words to check.',
    spec: [],
    explains: (d) => {
      const open = d.reading.text.lastIndexOf('[', d.at);
      return onlyOurs(d) && open >= d.at - 2 && /^\[[ xX]\][ \t]*$/.test(d.reading.text.slice(open, lineEnd(d.reading.text, d.at)));
    },
  },
  {
    name: 'front matter closed by ...',
    reason: 'YAML front matter may end with `...` (YAML\'s end of document, which Pandoc accepts); micromark\'s front matter ' +
      'extension knows only `---`.',
    spec: [],
    explains: (d) => {
      const text = d.reading.text;
      const m = /^\ufeff?---[ \t]*\r?\n(?:.*\r?\n)*?\.\.\.[ \t]*(?:\r?\n|$)/.exec(text);
      return onlyOurs(d) && m !== null && d.at < m[0].length;
    },
  },
  {
    name: 'front matter needs a line after its opening fence',
    reason: 'Front matter whose opening fence is followed by a blank line is not front matter (Pandoc\'s rule): a draft that ' +
      'opens with `---` and a blank line starts with a thematic break, and the rest is checked.',
    spec: [],
    explains: (d) => {
      const t = token(d);
      return onlyTheirs(d) && (t?.type === 'yaml' || t?.type === 'toml') && /^\ufeff?(---|\+\+\+)[ \t]*\r?\n[ \t]*\r?\n/.test(d.reading.text);
    },
  },
  {
    name: 'micromark: a list after a paragraph or indented code',
    reason: 'micromark applies the rules for a list that interrupts a paragraph (not empty, numbered 1) to a list after ' +
      'indented code, even past blank lines, and to a list in a block quote or list item opened on the line after a ' +
      'paragraph; commonmark.js, CommonMark\'s reference implementation, opens the list there, as the masker does (and ' +
      'the two then read that line and the next differently).',
    bug: 'micromark',
    spec: [],
    explains: (d) => {
      if (!onlyOurs(d)) return false;
      const text = d.reading.text;
      const before = previousLine(text, d.at);
      return unreadMarker(d, lineStart(text, d.at)) || (before !== undefined && unreadMarker(d, before.start));
    },
  },
  {
    name: 'micromark: the lines after an unclosed front matter fence',
    reason: 'When `---` or `+++` at the start of a text opens no front matter, micromark\'s front matter extension leaves the lines ' +
      'after it continuing a paragraph, so block quotes and lists there are not read; without the extension micromark reads ' +
      'them, as the masker does.',
    bug: 'micromark',
    spec: [],
    explains: (d) => {
      const text = d.reading.text;
      const fence = /^\ufeff?(---|\+\+\+)[ \t]*(\r?\n|$)/.exec(text);
      const matter = d.reading.by[fence === null ? 0 : fence.index + fence[0].indexOf(fence[1])];
      return onlyOurs(d) && fence !== null && d.at >= fence[0].length && matter?.type !== 'yaml' && matter?.type !== 'toml';
    },
  },
  {
    name: 'definition destinations with unbalanced parentheses',
    reason: 'Masker bug: a destination whose parentheses do not balance (`[id]: )`, `[id]: a(b`) makes no definition in ' +
      'CommonMark, so the line is text; the masker hides it as a definition.',
    bug: 'masker',
    spec: [],
    explains: (d) => {
      const text = d.reading.text;
      const before = previousLine(text, d.at);
      // The line itself, the line after it (which the two then read differently), and references to its label.
      if (unbalancedDefinition(text, lineStart(text, d.at)) !== undefined) return true;
      if (before !== undefined && unbalancedDefinition(text, before.start) !== undefined) return true;
      const labels = new Set<string>();
      for (let k = 0; k < text.length; k = lineEnd(text, k) + 1) {
        const label = unbalancedDefinition(text, k);
        if (label !== undefined) labels.add(label);
      }
      const open = text.lastIndexOf('[', d.at);
      const close = text.indexOf(']', open);
      return onlyOurs(d) && open !== -1 && close !== -1 && labels.has(normalizeLabel(text.slice(open + 1, close)));
    },
  },
  {
    name: 'escaped brackets in a <…> definition destination',
    reason: 'Masker bug: in a destination written `<…>`, a backslash escapes `<` or `>` (`[id]: <a\\<b>`); the masker stops ' +
      'at the escaped bracket, so the definition and the references to it stay text.',
    bug: 'masker',
    spec: [],
    explains: (d) => {
      if (!onlyTheirs(d)) return false;
      const escaped = (t: SyntaxToken): boolean => /\]:[ \t]*<(?:[^>\\\r\n]|\\.)*\\[<>]/.test(d.reading.text.slice(t.start, t.end));
      const t = token(d);
      if (t?.type === 'definition') return escaped(t);
      const labels = new Set<string>();
      for (let k = 0; k < d.reading.text.length; k++) {
        const x = d.reading.by[k];
        if (x?.type === 'definition' && x.start === k && escaped(x)) labels.add(definitionLabel(d.reading.text.slice(k, x.end)));
      }
      return d.reading.referenceLinks.some((r) => r.start <= d.at && d.at < r.end && labels.has(r.label));
    },
  },
  {
    name: 'the line after a reference definition',
    reason: 'Masker bug: CommonMark reads a definition as the start of a paragraph, so the next line cannot start indented ' +
      'code, an empty list item or a list numbered other than 1; it continues the paragraph as text. The masker treats ' +
      'the definition as a closed block and hides such a line as code or a list marker.',
    bug: 'masker',
    spec: [],
    explains: (d) => {
      const before = previousLine(d.reading.text, d.at);
      const t = before === undefined ? undefined : d.reading.by[before.end - 1];
      return onlyOurs(d) && t?.type === 'definition' && t.end === before?.end;
    },
  },
  {
    name: 'code after an empty list item and a blank line',
    reason: 'Masker bug: a list item that starts empty ends at the next blank line, so an indented line after it is code; ' +
      'the masker keeps the item open and reads the line as the item\'s text.',
    bug: 'masker',
    spec: [],
    explains: (d) => {
      const t = token(d);
      if (!onlyTheirs(d) || t?.type !== 'codeIndented' || t.within.some((w) => LIST_CONTAINERS.has(w))) return false;
      let item = previousLine(d.reading.text, t.start);
      while (item !== undefined && d.reading.text.slice(item.start, item.end).trim() === '') item = previousLine(d.reading.text, item.start);
      return item !== undefined && /^[ \t]*(?:[-+*]|[0-9]{1,9}[.)])[ \t]*$/.test(d.reading.text.slice(item.start, item.end));
    },
  },
  {
    name: 'a footnote definition after a paragraph line',
    reason: 'Masker bug: in GFM (GitHub\'s parser and micromark) a footnote definition may interrupt a paragraph, like a ' +
      'block quote; the masker reads `[^id]: …` right under a paragraph line as part of that paragraph (so emphasis or ' +
      'a comment may pair across the two).',
    bug: 'masker',
    spec: [],
    explains: (d) => {
      const text = d.reading.text;
      // The definition's line and the paragraph lines right above it.
      for (let k = lineStart(text, d.at); k < text.length; k = lineEnd(text, k) + 1) {
        if (text.slice(k, lineEnd(text, k)).trim() === '') return false;
        const t = d.reading.by[text.indexOf('[^', k)];
        const before = previousLine(text, k);
        if (t?.type === 'gfmFootnoteDefinitionLabel' && lineStart(text, t.start) === k && before !== undefined &&
          text.slice(before.start, before.end).trim() !== '') return true;
      }
      return false;
    },
  },
  {
    name: 'block syntax at the start of a footnote definition',
    reason: 'Masker bug: the text after `[^id]:`, on its line or (when that is empty) on the next, may open blocks (a list ' +
      'item, a heading, a block quote, a thematic break), as in a list item; the masker reads it as paragraph text only.',
    bug: 'masker',
    spec: [],
    explains: (d) => {
      const t = token(d);
      if (!onlyTheirs(d) || t === undefined || !t.within.includes('gfmFootnoteDefinition')) return false;
      const text = d.reading.text;
      const label = /\[\^[^\]]+\]:[ \t]*(?:\r?\n[ \t]*)?$/.exec(text.slice(0, lineStart(text, d.at)));
      return /^(?:[ \t>]|[-+*][ \t]|[0-9]{1,9}[.)][ \t])*\[\^[^\]]+\]:/.test(text.slice(lineStart(text, d.at), d.at)) ||
        (label !== null && d.reading.by[label.index]?.type === 'gfmFootnoteDefinitionLabel');
    },
  },
];
