/**
 * Which date says when a milestone happened. A date is attached to a milestone M when it is
 * written as
 *   M in|of|on|since|from|dated D          "the Strategic and Global Partnership in 2006"
 *   M (D)                                  "the Tokyo Declaration (2014)"
 *   the D M                                "the April 22 Pahalgam attack"
 *   M[,] [was] signed|established… in|on D "the treaty, signed in 2017,"
 * and the date says when M *began* ("origin") when a verb of beginning governs M itself:
 * the participle form above, or "elevated to M in D", "signed M in D".
 */
import type { Context } from '../../context';
import type { Match } from '../../match/scan';
import type { DateExpr } from '../../text/dates';
import { Tok } from '../../text/tokenize';
import { AUXILIARIES, DETERMINERS, MILESTONE_DATE_LINKS, ORIGIN_VERBS } from './words';

/** A date attached to a milestone, and how. */
export interface Attached {
  /** The date. */
  date: DateExpr;
  /**
   * The linking word ("in", "of", "(", "the"); "origin" when a verb of beginning governs the
   * milestone ("signed M in D"), "participle" for "M, signed in D". Both say when M began.
   */
  link: string;
}

const QUOTES = /^['"’”)]*$/;

function sameSentence(ctx: Context, a: number, b: number): boolean {
  return a >= 0 && b < ctx.tokens.count && ctx.sentenceOf[a] === ctx.sentenceOf[b];
}

/**
 * A verb of beginning that governs the milestone: "signed [the] M", "elevated [ties] to [the] M",
 * "upgraded their bilateral relationship to M" — but not "created by the M".
 */
function originVerbBefore(ctx: Context, m: Match): boolean {
  const t = ctx.tokens;
  let k = m.first - 1;
  const ok = (j: number) => j >= 0 && sameSentence(ctx, j, m.first);
  while (ok(k) && DETERMINERS.has(t.lower[k])) k--;
  if (ok(k) && ORIGIN_VERBS.has(t.lower[k])) return true;
  if (!ok(k) || (t.lower[k] !== 'to' && t.lower[k] !== 'into')) return false;
  // "elevated [their bilateral ties] to": up to three words between the verb and "to".
  for (let j = k - 1; j >= k - 4 && ok(j); j--) {
    if (ORIGIN_VERBS.has(t.lower[j])) return true;
    if (t.lower[j] === 'by' || t.gap[j + 1] !== ' ') return false;
  }
  return false;
}

/** The date attached to a milestone mention, if any. */
export function attachedDate(ctx: Context, m: Match): Attached | undefined {
  const t = ctx.tokens;
  let k = m.last + 1;
  // "the Marovia-Kestria Trade Agreement (MKTA), signed in 2017": look past the acronym.
  if (k + 1 < t.count && t.gap[k] === '(' && (t.flags[k] & Tok.AllCaps) !== 0 && /^\)[,]?$/.test(t.gap[k + 1])) k++;
  if (k < t.count && sameSentence(ctx, m.last, k)) {
    const g = t.gap[k];
    if (g.endsWith('(') && QUOTES.test(g.slice(0, -1))) {
      const d = ctx.dateAtToken.get(k);
      if (d && (d.last + 1 >= t.count || t.gap[d.last + 1].startsWith(')'))) return { date: d, link: '(' };
    }
    const joined = g === ' ' || QUOTES.test(g) || g === ',' || QUOTES.test(g.replace(/,$/, ''));
    if (joined) {
      // The participle form: "M, signed in 2017", "M was first announced on …".
      let j = k;
      while (j < t.count && AUXILIARIES.has(t.lower[j]) && j - k < 3 && t.gap[j + 1] === ' ') j++;
      if (ORIGIN_VERBS.has(t.lower[j]) && j + 1 < t.count && t.gap[j + 1] === ' ' && sameSentence(ctx, j, j + 2)) {
        const w = t.lower[j + 1];
        const d = ctx.dateAtToken.get(j + 2);
        if ((w === 'in' || w === 'on') && d && t.gap[j + 2] === ' ') return { date: d, link: 'participle' };
      }
      if (g !== ',' && MILESTONE_DATE_LINKS.has(t.lower[k])) {
        const d = ctx.dateAtToken.get(k + 1);
        if (d && t.gap[k + 1] === ' ' && sameSentence(ctx, k, k + 1)) {
          const w = t.lower[k];
          return { date: d, link: (w === 'in' || w === 'on') && originVerbBefore(ctx, m) ? 'origin' : w };
        }
      }
    }
  }
  const before = ctx.dateEndingAt.get(m.first - 1);
  if (before && t.gap[m.first] === ' ' && before.first > 0 && t.lower[before.first - 1] === 'the' && sameSentence(ctx, before.first, m.first)) {
    return { date: before, link: 'the' };
  }
  return undefined;
}

/** Every date attached to a milestone mention in the text, with how it is linked. */
export function attachedDates(ctx: Context): Map<DateExpr, string> {
  const map = new Map<DateExpr, string>();
  for (const m of ctx.matches) {
    if (m.entry.kind !== 'milestone') continue;
    const a = attachedDate(ctx, m);
    if (a) map.set(a.date, a.link);
  }
  return map;
}
