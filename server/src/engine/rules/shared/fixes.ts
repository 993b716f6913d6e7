/** Fixes rules offer: replacements, keeping "a"/"an" before them in agreement. */
import type { Fix } from '../../types';
import type { Span } from './rule';

/** A fix that replaces one range with a text. */
export function replaceFix(title: string, offset: number, length: number, text: string): Fix {
  return { title, edits: [{ offset, length, text }] };
}

/** A fix that replaces a span with a text, titled as a menu shows it: Replace with "…". */
export function replaceWith(span: Span, text: string): Fix {
  return replaceFix(`Replace with "${text}"`, span.start, span.end - span.start, text);
}

/**
 * Whether English writes "an" before a word, by its sound as far as spelling tells; undefined
 * for an acronym, which may be said as letters ("an MEA") or as a word ("a NATO summit").
 */
export function takesAn(word: string): boolean | undefined {
  if (/^\p{Lu}{2,}/u.test(word)) return undefined;
  const w = word.toLowerCase();
  if (/^(eu|uni|use|usu|one|once|ur)/.test(w)) return false;
  if (/^(hour|honest|honou?r|heir)/.test(w)) return true;
  return /^[aeiou]/.test(w);
}

/**
 * A replacement that keeps "a"/"an" right before it in agreement: replacing "Open and Free
 * Indo-Pacific" in "an Open and Free Indo-Pacific" also turns "an" into "a".
 */
export function replaceWithArticle(text: string, span: Span, replacement: string): Fix {
  const title = `Replace with "${replacement}"`;
  const offset = span.start;
  const length = span.end - span.start;
  const before = /(^|[^\p{L}])(an?|An?)\s+$/u.exec(text.slice(Math.max(0, offset - 8), offset));
  if (before) {
    const article = before[2];
    const an = takesAn(replacement);
    const want = an ? 'an' : 'a';
    if (an !== undefined && article.toLowerCase() !== want) {
      const start = offset - before[0].length + before[1].length;
      const fixed = article[0] === 'A' ? want[0].toUpperCase() + want.slice(1) : want;
      // Only the article changes; the white space after it (a line break, say) stays.
      return { title, edits: [{ offset: start, length: article.length, text: fixed }, { offset, length, text: replacement }] };
    }
  }
  return replaceFix(title, offset, length, replacement);
}
