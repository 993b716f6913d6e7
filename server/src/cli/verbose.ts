/** `--verbose`: the line per checked text that says what the checks skipped (docs/contract.md §4). */
import { summarizeSkipped } from '../../../common/out/skipped';
import { LineIndex, type SkippedText } from '../engine';

/**
 * "drafts/a.md: skipped front matter (lines 1-3); indented code (lines 9-12, 20)" or
 * "drafts/a.md: nothing skipped"; each kind's line ranges in order, each listed once.
 */
export function skippedLine(path: string, text: string, skipped: readonly SkippedText[]): string {
  if (skipped.length === 0) return `${path}: nothing skipped`;
  const index = new LineIndex(text);
  const lines = skipped.map((s) => ({ kind: s.kind, first: index.position(s.start).line, last: index.position(Math.max(s.start, s.end - 1)).line }));
  return `${path}: skipped ${summarizeSkipped(lines, '-', '; ')}`;
}
