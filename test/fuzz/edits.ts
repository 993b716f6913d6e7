/**
 * Generated editing sessions: a draft opened in an editor, then a sequence of `didChange`
 * notifications — typing, pasting, deleting, replacing, line breaks of every kind, whole-text
 * replacements, several changes in one notification, and now and then a range a careless
 * client sends (past the end of its line or of the text, negative, backwards, not a whole
 * number). Beside the
 * generators, an independent model of the text: how LSP positions (UTF-16, lines ended by LF,
 * CRLF or CR) resolve to offsets, as the specification and the server's guard describe it.
 */
import * as fc from 'fast-check';
import type { DraftArbitraries, DraftCase } from './drafts';

/** A position as LSP sends it. */
export interface Position {
  /** Zero-based line. */
  line: number;
  /** Zero-based UTF-16 column. */
  character: number;
}

/** One content change as a client sends it. */
export type ContentChange = { range: { start: Position; end: Position }; text: string } | { text: string };

/** How one generated change picks its range in the text it is applied to. */
export interface ChangeSpec {
  /** Start, as a fraction of the text's length (in millionths). */
  at: number;
  /** Length of the range replaced; 0 inserts. */
  length: number;
  /** The new text. */
  text: string;
  /** A range a careless client sends: none, or how it is wrong. */
  odd: 'none' | 'past-line' | 'past-end' | 'negative' | 'backwards' | 'fractional' | 'whole';
}

/** One `didChange` notification, or a run of them when typing. */
export interface Step {
  /** The changes of one notification, applied in turn. */
  changes: ChangeSpec[];
  /** Type `changes[0].text` one character per notification instead. */
  typing: boolean;
  /** Ask for the document's diagnostics after this step (a pull, as the editor does while the user pauses). */
  pull: boolean;
}

/** One editing session. */
export interface EditCase {
  /** The draft as opened, with its format and options. */
  initial: DraftCase;
  /** What happens to it. */
  steps: Step[];
}

/** Line starts of a text, lines ended by LF, CRLF or CR (LSP's rule). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    if (c === 13 || c === 10) starts.push(i + 1);
  }
  return starts;
}

/** The length of line `line` without its line break. */
function contentLength(text: string, starts: number[], line: number): number {
  const end = line + 1 < starts.length ? starts[line + 1] : text.length;
  let e = end;
  while (e > starts[line] && (text.charCodeAt(e - 1) === 10 || text.charCodeAt(e - 1) === 13)) e--;
  return e - starts[line];
}

/** The position of an offset (one between CR and LF is past its line's content). */
export function positionOf(text: string, offset: number): Position {
  const starts = lineStarts(text);
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
  return { line, character: offset - starts[line] };
}

/**
 * The offset a position stands for: a line before the first is the start, a line past the last
 * is the end, a column past its line's content is the end of that content.
 */
export function offsetOf(text: string, p: Position): number {
  const starts = lineStarts(text);
  if (p.line < 0) return 0;
  if (p.line >= starts.length) return text.length;
  return starts[p.line] + Math.min(Math.max(p.character, 0), contentLength(text, starts, p.line));
}

/**
 * Applies one change to the model text; returns the new text. A range that is not made of whole
 * numbers is no range: the change is left out.
 */
export function applyChange(text: string, change: ContentChange): string {
  if (!('range' in change)) return change.text;
  const { start, end } = change.range;
  if (![start.line, start.character, end.line, end.character].every(Number.isInteger)) return text;
  let a = offsetOf(text, change.range.start);
  let b = offsetOf(text, change.range.end);
  if (a > b) [a, b] = [b, a];
  return text.slice(0, a) + change.text + text.slice(b);
}

/** The content change a spec makes of the current text. */
export function changeFor(text: string, spec: ChangeSpec): ContentChange {
  if (spec.odd === 'whole') return { text: spec.text };
  const a = Math.floor((spec.at / 1_000_000) * (text.length + 1));
  const b = Math.min(text.length, a + spec.length);
  let start = positionOf(text, a);
  let end = positionOf(text, b);
  switch (spec.odd) {
    case 'past-line':
      end = { line: end.line, character: end.character + 1 + (spec.length % 7) };
      break;
    case 'past-end':
      end = { line: lineStarts(text).length + (spec.length % 3), character: spec.length % 5 };
      break;
    case 'negative':
      start = spec.length % 2 === 0 ? { line: -1, character: 3 } : { line: start.line, character: -2 };
      break;
    case 'backwards':
      [start, end] = [end, start];
      break;
    case 'fractional':
      start = { line: start.line, character: start.character + 0.5 };
      break;
    default:
      break;
  }
  return { range: { start, end }, text: spec.text };
}

/** Characters typed one by one in a step, at most. */
const MAX_TYPED = 40;

/** The notifications of one step, each a list of changes, with the model's text after each. */
export function notifications(text: string, step: Step): { changes: ContentChange[]; text: string }[] {
  const out: { changes: ContentChange[]; text: string }[] = [];
  if (step.typing) {
    const spec = step.changes[0];
    const at = Math.floor((spec.at / 1_000_000) * (text.length + 1));
    const typed = spec.text.slice(0, MAX_TYPED);
    // One character at a time, each after the last (a surrogate pair comes in two halves, as a client may send it).
    for (let i = 0; i < typed.length; i++) {
      const p = positionOf(text, at + i);
      const change: ContentChange = { range: { start: p, end: p }, text: typed[i] };
      text = applyChange(text, change);
      out.push({ changes: [change], text });
    }
    return out;
  }
  const changes: ContentChange[] = [];
  for (const spec of step.changes) {
    const change = changeFor(text, spec);
    changes.push(change);
    text = applyChange(text, change);
  }
  out.push({ changes, text });
  return out;
}

/** Generated editing sessions over drafts from `d`. */
export function editCase(d: DraftArbitraries, maxSteps = 12): fc.Arbitrary<EditCase> {
  const inserted = fc.oneof(
    { arbitrary: d.piece, weight: 6 },
    { arbitrary: d.inline, weight: 3 },
    { arbitrary: fc.constant(''), weight: 3 },
    { arbitrary: fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\r\n\r\n', ' ', '.'), weight: 3 },
    { arbitrary: fc.constantFrom('```\n', '~~~', '> ', '- ', '1. ', '    ', '# ', '<!-- ', ' -->', '---\n', '|', '`', '*', '"', '\u201c', '[sic]', '\\'), weight: 3 },
    { arbitrary: d.odd, weight: 1 },
    { arbitrary: d.draft.map((c) => c.text), weight: 1 },
  );
  const change: fc.Arbitrary<ChangeSpec> = fc.record({
    at: fc.nat(1_000_000),
    length: fc.oneof({ arbitrary: fc.constant(0), weight: 3 }, fc.nat(12), fc.nat(400)),
    text: inserted,
    odd: fc.oneof({ arbitrary: fc.constant('none' as const), weight: 24 }, fc.constantFrom('past-line' as const, 'past-end' as const, 'negative' as const, 'backwards' as const, 'fractional' as const, 'whole' as const)),
  });
  const step: fc.Arbitrary<Step> = fc.record({
    changes: fc.array(change, { minLength: 1, maxLength: 3 }),
    typing: fc.oneof({ arbitrary: fc.constant(false), weight: 5 }, fc.constant(true)),
    pull: fc.oneof({ arbitrary: fc.constant(false), weight: 2 }, fc.constant(true)),
  });
  return fc.record({ initial: d.draft, steps: fc.array(step, { minLength: 1, maxLength: maxSteps }) });
}
