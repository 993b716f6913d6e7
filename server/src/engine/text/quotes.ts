/**
 * Quotations: the spans of text between paired double quotation marks (“…” and "…"),
 * within a paragraph. A finding in a quotation may be the speaker's own words, so the engine
 * never lets `--fix` rewrite one on its own (see `index.ts`).
 */

/** What `quoteSpans` looks at: a blank line and the three double quotation marks. */
const QUOTE_EVENTS = /\n\n|["\u201c\u201d]/g;

/** What may stand before an opening straight quotation mark: white space, an opening bracket, a dash. */
const OPEN_BEFORE = /[\s([{\u2014\u2013-]/;
/** What may follow a closing straight quotation mark: white space or punctuation. */
const CLOSE_AFTER = /[\s.,;:!?)\]}\u2014\u2013-]/;

/**
 * Whether the straight mark at `i` can only close a quotation: right after a word or a stop and
 * before a space or a stop (`… partnership." `). With nothing open, such a mark ends a quotation
 * begun in an earlier paragraph; taken as an opening it would swap every pair after it.
 */
function closingOnly(masked: string, i: number): boolean {
  const before = i > 0 ? masked[i - 1] : ' ';
  const after = i + 1 < masked.length ? masked[i + 1] : ' ';
  return !OPEN_BEFORE.test(before) && CLOSE_AFTER.test(after);
}

/** Half-open [start, end) ranges of quoted text, sorted. */
export function quoteSpans(masked: string): [number, number][] {
  const spans: [number, number][] = [];
  let open = -1;
  let straight = false;
  // The regular expression skips prose far faster than a loop over every character would.
  QUOTE_EVENTS.lastIndex = 0;
  for (let m = QUOTE_EVENTS.exec(masked); m !== null; m = QUOTE_EVENTS.exec(masked)) {
    const i = m.index;
    const c = masked.charCodeAt(i);
    if (c === 10) {
      // A blank line closes nothing: an unpaired mark does not run into the next paragraph.
      open = -1;
    } else if (c === 0x201c) {
      open = i + 1;
      straight = false;
    } else if (c === 0x201d) {
      if (open >= 0 && !straight) spans.push([open, i]);
      open = -1;
    } else if (open >= 0 && straight) {
      spans.push([open, i]);
      open = -1;
    } else if (!closingOnly(masked, i)) {
      open = i + 1;
      straight = true;
    }
  }
  return spans;
}

/** True when [start, end) lies inside one of the sorted spans. */
export function insideSpan(spans: [number, number][], start: number, end: number): boolean {
  const i = spanAt(spans, start);
  return i >= 0 && end <= spans[i][1];
}

/** The index of the sorted span that holds `offset`, or -1 outside every span. */
export function spanAt(spans: [number, number][], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = spans[mid];
    if (offset < s) hi = mid - 1;
    else if (offset >= e) lo = mid + 1;
    else return mid;
  }
  return -1;
}
