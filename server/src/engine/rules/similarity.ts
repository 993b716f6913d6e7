/** Edit distances used to recognise misspellings. */

/** Optimal-string-alignment distance (Levenshtein plus adjacent transposition), stopping early past `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = a.length;
  const m = b.length;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let cur = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m];
}

/**
 * True when `written` looks like a misspelling of the word `known`: same first letter,
 * one edit for words of 4 to 8 letters, two for longer words; never for shorter words.
 */
export function isNearMissWord(written: string, known: string): boolean {
  if (written === known) return false;
  const len = Math.min(written.length, known.length);
  if (len < 4 || written[0] !== known[0]) return false;
  const allowed = len >= 9 ? 2 : 1;
  return editDistance(written, known, allowed) <= allowed;
}
