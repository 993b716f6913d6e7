/**
 * Inline suppression comments (docs/contract.md §1), with ESLint's meanings:
 * `<!-- factlint-disable-next-line [rule …] -->`, `<!-- factlint-disable-line [rule …] -->`,
 * `<!-- factlint-disable [rule …] -->` … `<!-- factlint-enable [rule …] -->`.
 * Rule ids are separated by spaces or commas; none means every rule; ` -- ` starts a free-text
 * reason. A directive counts only where the masker saw a real HTML comment (not in code).
 */
import { maskDocument, type DocumentFormat, type MaskedDocument } from './mask';
import { LineIndex } from './positions';

/** What a directive does. */
export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

/** One rule id written in a directive, with where it is (for "unknown rule" warnings). */
export interface DirectiveRule {
  /** The id as written. */
  id: string;
  /** Offset of its first character. */
  start: number;
  /** Offset just after it. */
  end: number;
}

/** A suppression comment found in a document. */
export interface Directive {
  /** What it does. */
  kind: DirectiveKind;
  /** Offset of its `<!--`. */
  start: number;
  /** Offset just after its `-->`. */
  end: number;
  /** The rules it names, in order; empty means every rule. */
  rules: DirectiveRule[];
  /** The reason written after ` -- `, trimmed, or '' when there is none. */
  reason: string;
}

/** Answers whether a finding is switched off by a suppression comment. */
export interface Suppressions {
  /** Whether findings of `rule` that start at `offset` are suppressed. */
  isSuppressed(rule: string, offset: number): boolean;
  /** The directives found, in document order. */
  readonly directives: readonly Directive[];
}

const KINDS: readonly DirectiveKind[] = ['disable-next-line', 'disable-line', 'disable', 'enable'];
const PREFIX = 'factlint-';

/**
 * Lists the suppression comments of a document in order. Pass `masked` when the document was
 * already masked, to avoid masking it twice.
 */
export function findDirectives(text: string, format: DocumentFormat, masked?: MaskedDocument): Directive[] {
  const doc = masked ?? maskDocument(text, format);
  const out: Directive[] = [];
  for (const c of doc.htmlComments) {
    const d = parseDirective(text, c.start, c.end);
    if (d !== null) out.push(d);
  }
  return out;
}

/** Finds the suppression comments of a document and what they cover. */
export function findSuppressions(text: string, format: DocumentFormat, masked?: MaskedDocument, known?: ReadonlySet<string>): Suppressions {
  return new SuppressionIndex(text, findDirectives(text, format, masked), known);
}

function isWhite(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12;
}

/** Reads the directive in the comment [start, end), or null if it is an ordinary comment. */
function parseDirective(text: string, start: number, end: number): Directive | null {
  const innerEnd = end - 3;
  let p = start + 4;
  while (p < innerEnd && isWhite(text.charCodeAt(p))) p++;
  if (p + PREFIX.length > innerEnd || !text.startsWith(PREFIX, p)) return null;
  p += PREFIX.length;
  const kind = KINDS.find((k) => text.startsWith(k, p) && (p + k.length === innerEnd || isWhite(text.charCodeAt(p + k.length))));
  if (kind === undefined || p + kind.length > innerEnd) return null;
  p += kind.length;
  let rulesEnd = innerEnd;
  for (let q = p; q + 1 < innerEnd; q++) {
    if (text.charCodeAt(q) === 45 && text.charCodeAt(q + 1) === 45 && isWhite(text.charCodeAt(q - 1))) {
      rulesEnd = q;
      break;
    }
  }
  const rules: DirectiveRule[] = [];
  let q = p;
  while (q < rulesEnd) {
    const c = text.charCodeAt(q);
    if (isWhite(c) || c === 44) {
      q++;
      continue;
    }
    const s = q;
    while (q < rulesEnd && !isWhite(text.charCodeAt(q)) && text.charCodeAt(q) !== 44) q++;
    rules.push({ id: text.slice(s, q), start: s, end: q });
  }
  const reason = rulesEnd < innerEnd ? text.slice(rulesEnd + 2, innerEnd).trim() : '';
  return { kind, start, end, rules, reason };
}

/** Whole lines covered by a line directive. */
interface LineCover {
  start: number;
  end: number;
  /** Its own set, which merging adds to; null for every rule. */
  rules: Set<string> | null;
}

/** The disable/enable state from `offset` on. */
interface RangeState {
  offset: number;
  /** Every rule is disabled except those in `except`. */
  all: boolean;
  except: ReadonlySet<string>;
  /** When not `all`: the disabled rules. */
  disabled: ReadonlySet<string>;
}

class SuppressionIndex implements Suppressions {
  private lines: LineCover[] = [];
  /** maxEnd[k]: the largest `end` among lines[0..k], to stop scanning back early. */
  private readonly maxEnd: number[] = [];
  private readonly states: RangeState[] = [];

  /** With `known`, ids outside it are left out of the rule sets (they match no rule), which keeps every set small. */
  constructor(text: string, readonly directives: readonly Directive[], known?: ReadonlySet<string>) {
    const byStart = new Map<number, Directive>();
    for (const d of directives) byStart.set(d.start, d);
    const nextLines = new Map<number, number>();
    // Line bounds by binary search over the line starts: walking to a line's ends from each
    // directive would be quadratic in directives on one long line.
    let index: LineIndex | undefined;
    const lineStart = (o: number): number => (index ??= new LineIndex(text)).lineStart(o);
    const lineEnd = (o: number): number => (index ??= new LineIndex(text)).lineEnd(o);
    let all = false;
    let except = new Set<string>();
    let disabled = new Set<string>();
    for (const d of directives) {
      const rules = d.rules.length === 0 ? null : d.rules.map((r) => r.id).filter((id) => known === undefined || known.has(id));
      switch (d.kind) {
        case 'disable-line':
          this.lines.push({ start: lineStart(d.start), end: lineEnd(d.end), rules: rules && new Set(rules) });
          break;
        case 'disable-next-line': {
          const target = nextContentLine(text, d.end, lineEnd, byStart, nextLines);
          if (target !== -1) this.lines.push({ start: lineStart(target), end: lineEnd(target), rules: rules && new Set(rules) });
          break;
        }
        case 'disable':
          if (rules === null) {
            all = true;
            except = new Set();
          } else if (all) {
            except = new Set(except);
            for (const r of rules) except.delete(r);
          } else {
            disabled = new Set(disabled);
            for (const r of rules) disabled.add(r);
          }
          this.states.push({ offset: d.start, all, except, disabled });
          break;
        case 'enable':
          if (rules === null) {
            all = false;
            except = new Set();
            disabled = new Set();
          } else {
            except = new Set(except);
            disabled = new Set(disabled);
            for (const r of rules) {
              if (all) except.add(r);
              disabled.delete(r);
            }
          }
          this.states.push({ offset: d.start, all, except, disabled });
          break;
      }
    }
    this.lines.sort((a, b) => a.start - b.start || a.end - b.end);
    this.lines = mergeSameLine(this.lines);
    let max = -1;
    for (const l of this.lines) {
      max = Math.max(max, l.end);
      this.maxEnd.push(max);
    }
  }

  isSuppressed(rule: string, offset: number): boolean {
    const lines = this.lines;
    for (let k = lastAtOrBefore(lines, offset, (l) => l.start); k >= 0 && this.maxEnd[k] > offset; k--) {
      const l = lines[k];
      work.covers++;
      if (offset < l.end && (l.rules === null || l.rules.has(rule))) return true;
    }
    const s = lastAtOrBefore(this.states, offset, (st) => st.offset);
    if (s === -1) return false;
    const st = this.states[s];
    return st.all ? !st.except.has(rule) : st.disabled.has(rule);
  }
}

/**
 * Joins covers of the same lines (sorted by start; a comment spanning lines covers more than one
 * that starts where it does, so start and end must both agree): a stack of directives aimed at
 * one line then costs `isSuppressed` one step, not one per directive.
 */
function mergeSameLine(sorted: LineCover[]): LineCover[] {
  const out: LineCover[] = [];
  for (const l of sorted) {
    const last = out[out.length - 1];
    if (last === undefined || last.start !== l.start || last.end !== l.end) {
      out.push(l);
      continue;
    }
    if (last.rules === null) continue;
    if (l.rules === null) last.rules = null;
    else for (const r of l.rules) last.rules.add(r);
  }
  return out;
}

/** Index of the last item whose key is <= `offset` in an array sorted by that key, or -1. */
function lastAtOrBefore<T>(items: readonly T[], offset: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Steps taken, for the tests that stacked directives cost linear time: lines `nextContentLine`
 * walked over, and line covers `isSuppressed` looked at.
 */
export const work = { lines: 0, covers: 0 };

/**
 * An offset on the first line after the one where `from` lies that has something besides white
 * space and other directives (so stacked `disable-next-line` comments all reach the text), or -1.
 * `memo` keeps the answer for every line start walked over: a stack of n directives is walked
 * once, not n times.
 */
function nextContentLine(text: string, from: number, lineEnd: (offset: number) => number, directives: ReadonlyMap<number, Directive>, memo: Map<number, number>): number {
  const n = text.length;
  const visited: number[] = [];
  let result = -1;
  let p = lineEnd(from);
  while (p < n) {
    p += text.charCodeAt(p) === 13 && text.charCodeAt(p + 1) === 10 ? 2 : 1;
    const known = memo.get(p);
    if (known !== undefined) {
      result = known;
      break;
    }
    visited.push(p);
    work.lines++;
    for (;;) {
      while (p < n && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
      const d = directives.get(p);
      if (d === undefined) break;
      p = d.end;
    }
    if (p >= n) break;
    const c = text.charCodeAt(p);
    if (c !== 10 && c !== 13) {
      result = p;
      break;
    }
  }
  for (const v of visited) memo.set(v, result);
  return result;
}
