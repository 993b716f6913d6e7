/**
 * What a fix is called in a menu: the change it makes, in the text's own words, so a writer can
 * tell two fixes of one finding apart without trying them: `Replace "Takeshi Iwaya" with
 * "Toshimitsu Motegi"`, `Change "Foreign Minister" to "former Foreign Minister"`, `Remove "Dr"`.
 * Rules title their fixes by kind (`Replace with "…"`, `Insert "former"`); the engine names the
 * change from the edits, once the text is at hand. Titles of another kind (the "[sic]" fix) stay.
 */
import type { Fix } from './types';

/** The longest a quoted piece of the text gets in a label before it is cut with "…". */
const MAX_QUOTED = 60;

/** The fix with its title naming its change; `span` is the finding's range, for an insertion to be read in. */
export function labelled(text: string, fix: Fix, span: { offset: number; length: number }): Fix {
  if (!/^(Replace with|Insert) "/.test(fix.title) || fix.edits.length === 0) return fix;
  const edits = [...fix.edits].sort((a, b) => a.offset - b.offset);
  if (edits.length === 1 && edits[0].length > 0) {
    const [e] = edits;
    const old = text.slice(e.offset, e.offset + e.length);
    return { ...fix, title: e.text === '' ? `Remove ${quote(old)}` : `Replace ${quote(old)} with ${quote(e.text)}` };
  }
  // An insertion, or several edits: the change over the finding and the edits together.
  const start = Math.min(span.offset, edits[0].offset);
  const end = Math.max(span.offset + span.length, ...edits.map((e) => e.offset + e.length));
  let after = '';
  let at = start;
  for (const e of edits) {
    after += text.slice(at, e.offset) + e.text;
    at = e.offset + e.length;
  }
  after += text.slice(at, end);
  return { ...fix, title: `Change ${quote(text.slice(start, end))} to ${quote(after)}` };
}

/** A piece of text as a label quotes it: on one line, cut when long. */
function quote(s: string): string {
  const flat = s.replace(/\s+/g, ' ');
  return `"${flat.length > MAX_QUOTED ? flat.slice(0, MAX_QUOTED - 1) + '…' : flat}"`;
}
