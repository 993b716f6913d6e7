/** `--fix` on one text: unambiguous fixes applied with the engine's applyFixes, re-checked until none is left. */
import { fixRepeatedly, type CheckResult } from '../engine';

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
 * re-checking after each pass (`fixRepeatedly`, which the editor's fix-all uses too).
 */
export function fixText(text: string, first: CheckResult, check: (text: string) => CheckResult): FixOutcome {
  return fixRepeatedly(text, first, check);
}
