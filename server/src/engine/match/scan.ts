/**
 * The matcher: one pass over the tokens of a text, walking the compiled trie from
 * each token, so the cost per token is a few hash look-ups whatever the table's size.
 */
import { PARAGRAPH_GAP, phraseKeys, Tok, type Tokens } from '../text/tokenize';
import { CaseMode, edgeKey, type CompiledFacts, type Entry, type EntryKind } from './compile';

/** A surface form found in the text. */
export interface Match {
  /** The form. */
  entry: Entry;
  /** First token index. */
  first: number;
  /** Last token index (inclusive). */
  last: number;
  /** Start offset. */
  start: number;
  /** End offset (before a possessive suffix on the last token). */
  end: number;
}

/** Categories within which a longer match hides a shorter one it contains, numbered. */
const CATEGORY: Record<EntryKind, number> = {
  person: 0,
  surname: 0,
  acronym: 1,
  'acronym-variant': 1,
  expansion: 2,
  'expansion-variant': 2,
  term: 3,
  'term-variant': 3,
  title: 4,
  country: 5,
  milestone: 6,
};
const CATEGORIES = 7;

function caseAgrees(e: Entry, text: string, t: Tokens, first: number): boolean {
  if (e.caseMode === CaseMode.Any) return true;
  if (e.caseMode === CaseMode.Exact) {
    if (e.words === 1) return text.slice(t.start[first], t.baseEnd[first]) === e.surface;
    const originals = (e.originals ??= phraseKeys(e.surface).originals);
    for (let i = 0; i < e.words; i++) if (text.slice(t.start[first + i], t.baseEnd[first + i]) !== originals[i]) return false;
    return true;
  }
  for (let i = 0; i < e.words && i < 31; i++) {
    if ((e.caps & (1 << i)) !== 0 && (t.flags[first + i] & Tok.Cap) === 0) return false;
  }
  return true;
}

/** Finds every surface form of the facts in the tokens; within a category, longer matches hide contained ones. */
export function scan(text: string, t: Tokens, c: CompiledFacts): Match[] {
  return pruneContained(scanRange(text, t, c, 0, t.count));
}

/** Every form starting at tokens [from, to), with nothing hidden. */
export function scanRange(text: string, t: Tokens, c: CompiledFacts, from: number, to: number): Match[] {
  const found: Match[] = [];
  // Dict ids of the tokens' words: from the tokeniser's lexicon when it is this table's.
  const ids: ArrayLike<number> = t.lexicon === c.lexicon ? t.id : t.lower.map((w) => c.wordId(w));
  const step = (node: number, j: number, suffix: string): number => {
    const g = t.gap[j];
    if (g === ' ' && suffix === '') return c.child(node, ids[j]);
    if (!c.hasEdgeGap(g)) return -1;
    return c.child(node, c.wordId(edgeKey(g, t.lower[j] + suffix)));
  };
  for (let i = from; i < to; i++) {
    let node = c.child(0, ids[i]);
    // A possessive token can only end a form, unless the form itself has the possessive.
    if ((t.flags[i] & Tok.Possessive) !== 0) {
      if (node >= 0) collect(found, c.entriesAt(node), text, t, i, i);
      node = c.child(0, c.wordId(t.lower[i] + "'s"));
    }
    let j = i;
    while (node >= 0) {
      collect(found, c.entriesAt(node), text, t, i, j);
      j++;
      if (j >= t.count || !c.hasChildren(node)) break;
      if (t.gap[j] === PARAGRAPH_GAP) break;
      if ((t.flags[j] & Tok.Possessive) !== 0) {
        const terminal = step(node, j, '');
        if (terminal >= 0) collect(found, c.entriesAt(terminal), text, t, i, j);
        node = step(node, j, "'s");
      } else {
        node = step(node, j, '');
      }
    }
  }
  return found;
}

function collect(out: Match[], entries: Entry[] | undefined, text: string, t: Tokens, first: number, last: number): void {
  if (entries === undefined) return;
  for (const e of entries) {
    if (!caseAgrees(e, text, t, first)) continue;
    // A possessive that the form does not have is not part of the match.
    const end = e.possessiveEnd ? t.end[last] : t.baseEnd[last];
    out.push({ entry: e, first, last, start: t.start[first], end });
  }
}

function pruneContained(found: Match[]): Match[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Match[] = [];
  // Per category: the end and start of the kept match that reaches furthest (-1: none yet).
  const reach = new Array<number>(CATEGORIES).fill(-1);
  const reachStart = new Array<number>(CATEGORIES).fill(-1);
  for (const m of found) {
    const cat = CATEGORY[m.entry.kind];
    const r = reach[cat];
    // Contained in a longer kept match of the same category: hidden.
    if (r >= 0 && m.end <= r && !(m.start === reachStart[cat] && m.end === r)) continue;
    kept.push(m);
    if (r < 0 || m.end > r) {
      reach[cat] = m.end;
      reachStart[cat] = m.start;
    }
  }
  return kept;
}
