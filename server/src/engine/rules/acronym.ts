/**
 * `acronym`: a listed wrong spelling of a known acronym, a standalone all-capitals near
 * miss of one (only when unambiguous and well evidenced, see `nearMisses`), an expansion written
 * before an acronym in parentheses that is misspelt or belongs to another acronym, and a wrong
 * expansion standing alone: listed, or a near form of the right one (`shared/near-forms.ts`).
 */
import type { Context } from '../context';
import type { Acronym } from '../facts/model';
import type { Match } from '../match/scan';
import { Tok } from '../text/tokenize';
import { finding, quoted } from './shared/finding';
import { replaceFix, replaceWith, replaceWithArticle } from './shared/fixes';
import type { RawFinding, Rule, Span } from './shared/rule';
import { withinNearForm } from './shared/near-forms';
import type { RuleContext } from './shared/rule-context';
import { editDistance } from './shared/similarity';
import { EXPANSION_FUNCTION_WORDS } from './shared/words';

function variantFinding(a: Acronym, span: Span, written: string): RawFinding {
  return finding(span, `"${written}" should be "${a.short}" (${a.expansion})`, a.at, [replaceWith(span, a.short)]);
}

/**
 * True when token k is written in parentheses right after the words before it: "(FOIP)", also
 * after a closing quote. Not after a sentence's end: a wire agency's credit "… Agreement." (ANI)
 * names no expansion.
 */
function inParentheses(ctx: Context, k: number): boolean {
  const t = ctx.tokens;
  if (!/^["'\u00bb]*\($/.test(t.gap[k])) return false;
  const after = k + 1 < t.count ? t.gap[k + 1] : ctx.masked.slice(t.end[k]).trimStart();
  return after.startsWith(')');
}

/** The document mentions an acronym or its expansion somewhere. */
function documentMentions(ctx: Context, ref: number, mentioned: Set<number>): boolean {
  if (mentioned.size === 0) {
    for (const m of ctx.matches) if (m.entry.kind === 'acronym' || m.entry.kind === 'expansion') mentioned.add(m.entry.ref);
    mentioned.add(-1);
  }
  return mentioned.has(ref);
}

/** Tokens inside a known acronym or a listed misspelling of one: no near miss of another. */
function acronymTokens(ctx: Context): Set<number> {
  const covered = new Set<number>();
  for (const m of ctx.matches) {
    if (m.entry.kind === 'acronym' || m.entry.kind === 'acronym-variant') for (let k = m.first; k <= m.last; k++) covered.add(k);
  }
  return covered;
}

function* nearMisses(ctx: Context, covered: Set<number>): Iterable<RawFinding> {
  const t = ctx.tokens;
  const mentioned = new Set<number>();
  for (let k = 0; k < t.count; k++) {
    if ((t.flags[k] & Tok.AllCaps) === 0 || covered.has(k)) continue;
    const written = ctx.text.slice(t.start[k], t.baseEnd[k]);
    if (!/^\p{Lu}+$/u.test(written)) continue;
    const candidates = ctx.compiled.nearMissesOf(written);
    if (!candidates || candidates.length !== 1) continue;
    // A run of capitals is a shouted headline, not an acronym.
    const neighbourCaps = (j: number) => j >= 0 && j < t.count && (t.flags[j] & Tok.AllCaps) !== 0 && t.gap[Math.max(j, k)] === ' ' && !covered.has(j);
    if (neighbourCaps(k - 1) || neighbourCaps(k + 1)) continue;
    if (ctx.coverage[k] !== 0) continue;
    const { ref, edit } = candidates[0];
    // A dropped letter often makes another real acronym ("MOF" from "MOFA", "IPO" from "IPOI"):
    // only a swap in a long acronym stands on its own; anything else needs the document to
    // use the right acronym or its expansion too, and never leaves fewer than four letters.
    const strong = edit === 'swap' && written.length >= 4;
    if (!strong && (edit !== 'swap' && written.length < 4)) continue;
    if (!strong && !documentMentions(ctx, ref, mentioned)) continue;
    // The acronyms list is read only now: restored from the cache, it is parsed on first use.
    yield variantFinding(ctx.compiled.facts.acronyms[ref], { start: t.start[k], end: t.baseEnd[k] }, written);
  }
}

/** Checks the expansion written before "(ACR)". */
function expansionFinding(ctx: Context, m: Match): RawFinding | undefined {
  const k = m.first;
  if (!inParentheses(ctx, k)) return undefined;
  const acronyms = ctx.compiled.facts.acronyms;
  const a = acronyms[m.entry.ref];
  const before = ctx.endingAt.get(k - 1) ?? [];
  if (before.some((b) => b.entry.kind === 'expansion' && b.entry.ref === m.entry.ref)) return undefined;
  // A wrong expansion the table lists for this acronym comes first, even if it is another acronym's.
  const variant = before.find((b) => b.entry.kind === 'expansion-variant' && b.entry.ref === m.entry.ref);
  if (variant) return wrongExpansion(ctx, a, variant, true);
  // Another acronym's expansion counts only when the acronym could be its: same first letter.
  const other = before.find((b) => b.entry.kind === 'expansion' && b.entry.ref !== m.entry.ref && sameInitial(ctx, b, a.short));
  if (other) {
    const o = acronyms[other.entry.ref];
    const written = quoted(ctx, other.start, other.end);
    return finding(m, `"${written}" is the expansion of ${o.short}, not ${a.short} (${a.expansion})`, o.at, [
      replaceFix(`Replace "${a.short}" with "${o.short}"`, m.start, m.end - m.start, o.short),
      replaceFix(`Replace the expansion with "${a.expansion}"`, other.start, other.end - other.start, a.expansion),
    ]);
  }
  return fuzzyExpansion(ctx, a, k);
}

/** Whether an expansion's first content word starts with the acronym's first letter. */
function sameInitial(ctx: Context, expansion: Match, short: string): boolean {
  let k = expansion.first;
  while (k < expansion.last && EXPANSION_FUNCTION_WORDS.has(ctx.tokens.lower[k])) k++;
  return ctx.tokens.lower[k][0] === short[0].toLowerCase();
}

function wrongExpansion(ctx: Context, a: Acronym, span: Span, listed: boolean): RawFinding {
  const written = quoted(ctx, span.start, span.end);
  const known = listed ? ' (a known wrong expansion)' : '';
  return finding(span, `${a.short} stands for "${a.expansion}", not "${written}"${known}`, a.at, [replaceWith(span, a.expansion)]);
}

/** A window of words before the parenthesis that is a near spelling of the expansion. */
function fuzzyExpansion(ctx: Context, a: Acronym, k: number): RawFinding | undefined {
  const t = ctx.tokens;
  const expected = a.expansion.toLowerCase().split(/\s+/);
  const n = expected.length;
  if (n < 2) return undefined;
  let best: { start: number; dist: number } | undefined;
  for (const size of [n, n - 1, n + 1]) {
    const first = k - size;
    if (size < 2 || first < 0 || ctx.sentenceOf[first] !== ctx.sentenceOf[k]) continue;
    let ok = true;
    for (let j = first + 1; j < k; j++) if (t.gap[j] !== ' ' && t.gap[j] !== '-') ok = false;
    if (!ok) continue;
    const words: string[] = [];
    for (let j = first; j < k; j++) words.push(t.lower[j]);
    if (words[0] !== expected[0] && words[words.length - 1] !== expected[n - 1]) continue;
    // Content words must be close; only function words may be added, dropped or swapped.
    const content = (ws: string[]) => ws.filter((w) => !EXPANSION_FUNCTION_WORDS.has(w));
    const cw = content(words);
    const ce = content(expected);
    if (cw.length !== ce.length) continue;
    let far = 0;
    let exact = 0;
    for (let i = 0; i < cw.length; i++) {
      if (cw[i] === ce[i]) exact++;
      else if (cw[i][0] !== ce[i][0] || editDistance(cw[i], ce[i], 2) > (ce[i].length >= 8 ? 2 : 1)) far++;
    }
    // One word of another spelling is a wrong word only where the acronym's letter still fits it
    // and at least two others are exact ("Observer Research Forum (ORF)").
    const replaced = far === 1 && exact === cw.length - 1 && exact >= 2 && cw.every((w, i) => w[0] === ce[i][0]);
    if (far > 0 && !replaced) continue;
    const joined = words.join(' ');
    const dist = editDistance(joined, expected.join(' '), replaced ? 64 : 8);
    if (dist === 0 || (!replaced && dist > 8)) continue;
    if (!best || dist < best.dist) best = { start: first, dist };
  }
  if (!best) return undefined;
  return wrongExpansion(ctx, a, { start: t.start[best.start], end: t.baseEnd[k - 1] }, false);
}

/**
 * A wrong expansion the table lists, standing without its acronym ("Indian Council for World
 * Affairs"), capitalised as listed. Not when the same words are also something right (another
 * acronym's expansion, a milestone), a term's wrong form (the term rule says so), or followed by
 * an acronym in parentheses (checked with it).
 */
function standaloneVariant(ctx: RuleContext, m: Match): RawFinding | undefined {
  const t = ctx.tokens;
  if (withinNearForm(ctx.nearForms, m.first, m.last)) return undefined;
  for (let i = 0; i < m.entry.words && i < 31; i++) {
    if ((m.entry.caps & (1 << i)) !== 0 && (t.flags[m.first + i] & Tok.Cap) === 0) return undefined;
  }
  const next = m.last + 1;
  if (next < t.count && inParentheses(ctx, next) && ctx.startingAt.get(next)?.some((n) => n.entry.kind === 'acronym' || n.entry.kind === 'acronym-variant')) return undefined;
  for (let j = m.first; j >= 0 && j >= m.first - 12; j--) {
    for (const o of ctx.startingAt.get(j) ?? []) if (o !== m && o.last >= m.last) return undefined;
  }
  const a = ctx.compiled.facts.acronyms[m.entry.ref];
  return finding(m, `"${quoted(ctx, m.start, m.end)}" should be "${a.expansion}" (${a.short})`, a.at, [replaceWithArticle(ctx.text, m, a.expansion)]);
}

/**
 * Near forms of expansions standing alone, where no finding about an expansion already covers
 * them. A body's name made of common words is often another country's body under its own name
 * ("Ministry for Foreign Affairs" is Sweden's, "Ministry of Foreign Affairs" Japan's): a linking
 * word or an order changed counts only when the document also names the right one.
 */
function* nearExpansions(ctx: RuleContext, reported: Span[]): Iterable<RawFinding> {
  const mentioned = new Set<number>();
  for (const near of ctx.nearForms) {
    if (near.kind !== 'expansion') continue;
    if (reported.some((r) => r.start < near.end && near.start < r.end)) continue;
    if ((near.change === 'linking word' || near.change === 'order') && !documentMentions(ctx, near.ref, mentioned)) continue;
    const a = ctx.compiled.facts.acronyms[near.ref];
    yield finding(near, `"${quoted(ctx, near.start, near.end)}" should be "${near.canonical}" (${a.short})`, a.at, [replaceWithArticle(ctx.text, near, near.canonical)]);
  }
}

export const acronym: Rule = {
  id: 'acronym',
  description: 'An acronym that does not match its known spelling or its expansion ("FIOP" for FOIP, "Ministry of Foreign Affairs (MEA)").',
  defaultSeverity: 'error',
  *run(ctx) {
    const reported: Span[] = [];
    for (const m of ctx.matches) {
      if (m.entry.kind === 'acronym-variant') {
        const a = ctx.compiled.facts.acronyms[m.entry.ref];
        yield variantFinding(a, m, quoted(ctx, m.start, m.end));
      } else if (m.entry.kind === 'acronym' && m.first === m.last) {
        const f = expansionFinding(ctx, m);
        if (f) {
          reported.push({ start: f.offset, end: f.offset + f.length });
          yield f;
        }
      } else if (m.entry.kind === 'expansion-variant') {
        const f = standaloneVariant(ctx, m);
        if (f) {
          reported.push(m);
          yield f;
        }
      }
    }
    yield* nearExpansions(ctx, reported);
    yield* nearMisses(ctx, acronymTokens(ctx));
  },
};
