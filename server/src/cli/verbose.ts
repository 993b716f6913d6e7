/** `--verbose`: the line per checked text that says what the checks skipped (docs/contract.md §4). */
import { LineIndex, type SkippedKind, type SkippedText } from '../engine';

/** What each kind is called, in the order the line lists them. */
const LABELS: Record<SkippedKind, string> = {
  'front-matter': 'front matter',
  'fenced-code': 'fenced code',
  'indented-code': 'indented code',
  html: 'HTML',
  'code-span': 'inline code',
};

/**
 * "drafts/a.md: skipped front matter (lines 1-3); indented code (lines 9-12, 20)" or
 * "drafts/a.md: nothing skipped"; each kind's line ranges in order, each listed once.
 */
export function skippedLine(path: string, text: string, skipped: readonly SkippedText[]): string {
  if (skipped.length === 0) return `${path}: nothing skipped`;
  const index = new LineIndex(text);
  const parts: string[] = [];
  for (const kind of Object.keys(LABELS) as SkippedKind[]) {
    const ranges: string[] = [];
    for (const s of skipped) {
      if (s.kind !== kind) continue;
      const first = index.position(s.start).line;
      const last = index.position(Math.max(s.start, s.end - 1)).line;
      const range = first === last ? `${first}` : `${first}-${last}`;
      if (ranges[ranges.length - 1] !== range) ranges.push(range);
    }
    if (ranges.length === 0) continue;
    const many = ranges.length > 1 || ranges[0].includes('-');
    parts.push(`${LABELS[kind]} (line${many ? 's' : ''} ${ranges.join(', ')})`);
  }
  return `${path}: skipped ${parts.join('; ')}`;
}
