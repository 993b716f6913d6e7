/** What every rule is: an id, a description, a default severity and a check over a context. */
import type { Context } from '../context';
import type { FactRef, Fix, RuleId, Severity } from '../types';

/** A finding before the engine adds the rule id, severity and flagged text. */
export interface RawFinding {
  /** Start offset. */
  offset: number;
  /** Length in UTF-16 units. */
  length: number;
  /** States the fact and its source. */
  message: string;
  /** Fixes, preferred first. */
  fixes: Fix[];
  /** The table entry relied on, or null for facts of the calendar. */
  fact: FactRef | null;
}

/** A check. */
export interface Rule {
  /** Kebab-case id (contract §5). */
  id: RuleId;
  /** One line for documentation and editors. */
  description: string;
  /** Severity unless configured. */
  defaultSeverity: Severity;
  /** Finds problems in a text. */
  run(ctx: Context): RawFinding[];
}

/** A fix that replaces one range with a text. */
export function replaceFix(title: string, offset: number, length: number, text: string): Fix {
  return { title, edits: [{ offset, length, text }] };
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
export function replaceWithArticle(text: string, title: string, offset: number, length: number, replacement: string): Fix {
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
