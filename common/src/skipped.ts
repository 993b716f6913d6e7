/**
 * How the text the checks skipped is summed up, for the CLI's `--verbose` line and the editor's
 * status tooltip alike: each kind once, in one order, with its lines.
 */

/** What each kind of skipped text is called, in the order a summary lists them. */
export const SKIPPED_LABELS: Readonly<Record<string, string>> = {
  'front-matter': 'front matter',
  'fenced-code': 'fenced code',
  'indented-code': 'indented code',
  html: 'HTML',
  'code-span': 'inline code',
};

/** A skipped stretch by its kind and its first and last lines (1-based). */
export interface SkippedLines {
  /** One of the keys of `SKIPPED_LABELS`. */
  kind: string;
  /** First line, 1-based. */
  first: number;
  /** Last line, 1-based. */
  last: number;
}

/**
 * "front matter (lines 1-3), indented code (lines 8, 12-14)": each kind with its lines, each range
 * once; `dash` joins a range's ends and `separator` the kinds, as the place it is shown writes them.
 */
export function summarizeSkipped(skipped: readonly SkippedLines[], dash: string, separator: string): string {
  const parts: string[] = [];
  for (const [kind, label] of Object.entries(SKIPPED_LABELS)) {
    const ranges: string[] = [];
    for (const s of skipped) {
      if (s.kind !== kind) continue;
      const range = s.first === s.last ? `${s.first}` : `${s.first}${dash}${s.last}`;
      if (ranges[ranges.length - 1] !== range) ranges.push(range);
    }
    if (ranges.length > 0) parts.push(`${label} (line${ranges.length > 1 || ranges[0].includes(dash) ? 's' : ''} ${ranges.join(', ')})`);
  }
  return parts.join(separator);
}
