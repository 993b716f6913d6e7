/** Edit distances used to recognise misspellings. */

/** Rows of `editDistance`, kept between calls (it runs for many word pairs per text). */
let rows = new Int32Array(3 * 64);

/** Optimal-string-alignment distance (Levenshtein plus adjacent transposition), stopping early past `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = a.length;
  const m = b.length;
  const w = m + 1;
  if (rows.length < 3 * w) rows = new Int32Array(3 * w);
  // Three rows in one array, rotated by offset: two back, one back, current.
  let prev2 = 0;
  let prev = w;
  let cur = 2 * w;
  const r = rows;
  for (let j = 0; j <= m; j++) {
    r[prev2 + j] = 0;
    r[prev + j] = j;
  }
  for (let i = 1; i <= n; i++) {
    r[cur] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let v = Math.min(r[prev + j] + 1, r[cur + j - 1] + 1, r[prev + j - 1] + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) v = Math.min(v, r[prev2 + j - 2] + 1);
      r[cur + j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return r[prev + m];
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

/** A slip of the first letter counts only in words this long: shorter given names one first letter apart are often two real names ("Harry", "Larry"). */
const FIRST_LETTER_SLIP_MIN = 7;

/**
 * True when `written` is `known` with only its first letter wrong ("galentina" for "valentina"):
 * `isNearMissWord` never allows this, so a caller asks for it only where other evidence (the rest
 * of the name written exactly) makes up for it.
 */
export function isFirstLetterSlip(written: string, known: string): boolean {
  if (written.length !== known.length || written.length < FIRST_LETTER_SLIP_MIN || written[0] === known[0]) return false;
  for (let i = 1; i < written.length; i++) if (written.charCodeAt(i) !== known.charCodeAt(i)) return false;
  return true;
}

/**
 * The same name written with and without diacritics ("Shinzō", "Shinzo"): one side has none and
 * the other folds to it. A word with some of its accents ("Kováčova" for "Kováčová") is a misspelling.
 */
export function sameButDiacritics(a: string, b: string): boolean {
  const ascii = (w: string) => !/[\u0080-\uffff]/.test(w);
  const fold = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '');
  return ascii(a) !== ascii(b) && fold(a) === fold(b);
}
