/** `--fix` on one text: unambiguous fixes applied with the engine's applyFixes, then re-checked. */
import { applyFixes, type CheckResult, type Finding } from '../engine';

/** Passes at most: a fix skipped for overlapping another is picked up by the next pass. */
const MAX_PASSES = 10;

/** The fixed text, how many findings were fixed, and the check of the fixed text. */
export interface FixOutcome {
  /** The text after all passes. */
  text: string;
  /** Findings fixed over all passes. */
  fixed: number;
  /** The check of `text`: the findings that remain. */
  result: CheckResult;
}

/**
 * Applies unambiguous fixes until none is left (so a second `--fix` changes nothing),
 * re-checking after each pass. Line breaks in replacements follow the text's own (CRLF or LF).
 */
export function fixText(text: string, first: CheckResult, check: (text: string) => CheckResult): FixOutcome {
  let result = first;
  let fixed = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const { text: next, applied } = applyFixes(text, result.findings.map(lineEndingsOf(text)), { onlyFixable: true });
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
