/**
 * Applies findings' fixes to a text: the one function every fix path uses
 * (`factlint --fix`, the editor's fix-all and fix-on-save).
 */
import type { Edit, Finding } from './types';

/** How `applyFixes` chooses fixes. */
export interface ApplyFixesOptions {
  /**
   * Apply only findings marked `fixable` (the `--fix` and fix-all mode). Otherwise the
   * first, preferred fix of every finding that has one is applied.
   */
  onlyFixable?: boolean;
}

/** What `applyFixes` did. */
export interface ApplyFixesResult {
  /** The text with the chosen edits applied. */
  text: string;
  /** Findings whose fix was applied, in text order. */
  applied: Finding[];
  /** Findings left as they were (no fix, not fixable, or edits that clash), in text order. */
  skipped: Finding[];
}

/**
 * Applies one fix per finding, never two edits that overlap: findings are taken in text order
 * and one whose edits overlap an edit already taken, or each other, is skipped (a later pass
 * over the re-checked text can pick it up). Edits that only touch end to end are fine.
 * The result depends only on the inputs, never on the order of `findings`.
 */
export function applyFixes(text: string, findings: Finding[], opts: ApplyFixesOptions = {}): ApplyFixesResult {
  const candidates = findings
    .map((finding, index) => ({ finding, index, edits: chosenEdits(finding, opts) }))
    .sort((a, b) => compareCandidates(a.finding, a.edits, b.finding, b.edits) || a.index - b.index);

  const taken: Edit[] = [];
  const applied: Finding[] = [];
  const skipped: Finding[] = [];
  for (const { finding, edits } of candidates) {
    if (edits === null || !editsFit(text.length, edits) || edits.some((e) => taken.some((t) => editsOverlap(e, t)))) {
      skipped.push(finding);
      continue;
    }
    taken.push(...edits);
    applied.push(finding);
  }
  return { text: applyEdits(text, taken), applied, skipped };
}

/** The edits of the fix to apply for a finding, sorted, or null when it has none to apply. */
function chosenEdits(finding: Finding, opts: ApplyFixesOptions): Edit[] | null {
  const fixes = finding.fixes;
  if (fixes.length === 0 || (opts.onlyFixable && !finding.fixable)) return null;
  const edits = [...fixes[0].edits].sort(compareEdits);
  return edits.length === 0 ? null : edits;
}

/** Orders findings by where their edits start, then by the finding and its edits, so input order never matters. */
function compareCandidates(a: Finding, ae: Edit[] | null, b: Finding, be: Edit[] | null): number {
  const as = ae ? ae[0].offset : a.offset;
  const bs = be ? be[0].offset : b.offset;
  return (
    as - bs ||
    a.offset - b.offset ||
    a.length - b.length ||
    compareStrings(a.rule, b.rule) ||
    compareStrings(a.message, b.message) ||
    compareStrings(JSON.stringify(ae), JSON.stringify(be))
  );
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorts edits by offset; at one offset an insertion comes before a replacement. */
function compareEdits(a: Edit, b: Edit): number {
  return a.offset - b.offset || a.length - b.length;
}

/** Whether a finding's own edits lie inside the text and do not overlap each other. */
function editsFit(textLength: number, edits: Edit[]): boolean {
  for (let i = 0; i < edits.length; i++) {
    const e = edits[i];
    if (!Number.isInteger(e.offset) || !Number.isInteger(e.length)) return false;
    if (e.offset < 0 || e.length < 0 || e.offset + e.length > textLength) return false;
    for (let j = 0; j < i; j++) if (editsOverlap(e, edits[j])) return false;
  }
  return true;
}

/**
 * Whether two edits clash. Ranges that share code units clash; an insertion clashes with a range
 * it falls strictly inside, and with another insertion at the same place (their order would be a guess).
 */
export function editsOverlap(a: Edit, b: Edit): boolean {
  const aEnd = a.offset + a.length;
  const bEnd = b.offset + b.length;
  if (a.length === 0 && b.length === 0) return a.offset === b.offset;
  if (a.length === 0) return b.offset < a.offset && a.offset < bEnd;
  if (b.length === 0) return a.offset < b.offset && b.offset < aEnd;
  return a.offset < bEnd && b.offset < aEnd;
}

/** Applies edits that do not overlap, in one pass from the start of the text. */
function applyEdits(text: string, edits: Edit[]): string {
  const sorted = [...edits].sort(compareEdits);
  let out = '';
  let cursor = 0;
  for (const e of sorted) {
    out += text.slice(cursor, e.offset) + e.text;
    cursor = e.offset + e.length;
  }
  return out + text.slice(cursor);
}

/** Passes at most: a fix skipped for overlapping another is picked up by the next pass. */
export const MAX_FIX_PASSES = 10;

/** What `fixRepeatedly` did. */
export interface FixRepeatedlyResult<R extends { findings: Finding[] }> {
  /** The text after all passes. */
  text: string;
  /** Findings fixed over all passes. */
  fixed: number;
  /** The last check: of `text` when a pass changed it, else the first. */
  result: R;
}

/**
 * Applies unambiguous (`fixable`) fixes, re-checks, and goes on until none is left, so that a
 * second run changes nothing: what `factlint --fix` and the editor's fix-all both do, so the two
 * give the same text. `keep` narrows the findings (one rule's fix-all). Line breaks in
 * replacements follow the text's own (CRLF or LF).
 */
export function fixRepeatedly<R extends { findings: Finding[] }>(text: string, first: R, check: (text: string) => R, keep: (f: Finding) => boolean = () => true): FixRepeatedlyResult<R> {
  let result = first;
  let fixed = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const { text: next, applied } = applyFixes(text, result.findings.filter(keep).map(lineEndingsOf(text)), { onlyFixable: true });
    if (applied.length === 0 || next === text) break;
    text = next;
    fixed += applied.length;
    result = check(text);
  }
  return { text, fixed, result };
}

/** Rewrites line breaks inside a finding's edits to the text's style. */
function lineEndingsOf(text: string): (f: Finding) => Finding {
  if (!text.includes('\r\n')) return (f) => f;
  return (f) => ({
    ...f,
    fixes: f.fixes.map((fix) => ({
      ...fix,
      edits: fix.edits.map((e) => ({ ...e, text: e.text.replace(/\r?\n/g, '\r\n') })),
    })),
  });
}

/**
 * One edit that turns `before` into `after`: the span between their common start and common end
 * (none when they are the same). What an editor applies for a fix made of several passes.
 */
export function spanEdit(before: string, after: string): Edit[] {
  if (before === after) return [];
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < shorter - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  // Never split a surrogate pair or a CRLF.
  while (start > 0 && (isLowSurrogate(before.charCodeAt(start)) || (before.charCodeAt(start) === 10 && before.charCodeAt(start - 1) === 13))) start--;
  while (end > 0 && (isLowSurrogate(before.charCodeAt(before.length - end)) || (before.charCodeAt(before.length - end) === 10 && before.charCodeAt(before.length - end - 1) === 13))) end--;
  return [{ offset: start, length: before.length - end - start, text: after.slice(start, after.length - end) }];
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
