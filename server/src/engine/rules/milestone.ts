/**
 * `milestone`: a date attached to a known milestone (see `attach.ts`) that contradicts the
 * table ("'Strategic and Global Partnership' in 2005", "the Pahalgam attack of April 21").
 * In a list of milestones each date goes with its own. A date after the milestone is only
 * wrong if it says when the milestone began: "since", a day after "of" or in brackets, or a
 * verb of beginning that governs the milestone ("elevated to M in", "M, signed in").
 */
import type { Context } from '../context';
import { resolveDate } from '../context';
import type { Milestone, PartialDate } from '../facts/model';
import type { Match } from '../match/scan';
import { dateSpan, formatIso } from '../dates';
import { formatLike, type DateExpr } from '../text/dates';
import { Tok } from '../text/tokenize';
import { attachedDate, type Attached } from './shared/attach';
import { stagesOf } from './shared/stages';
import { finding, quoted } from './shared/finding';
import { replaceWith } from './shared/fixes';
import type { RawFinding, Rule } from './shared/rule';
import { MILESTONE_PREPOSITIONS, NAME_CONTINUING_PREPOSITIONS, RESPONSE_NOUNS } from './shared/words';

/** A short generic name such as "Global Partnership" inside a longer proper name ("G7 Global Partnership for Education") is not the milestone. */
function partOfLongerName(ctx: Context, m: Match): boolean {
  const t = ctx.tokens;
  const prev = m.first - 1;
  if (prev >= 0 && t.gap[m.first] === ' ' && (t.flags[prev] & Tok.Cap) !== 0 && ctx.sentenceOf[prev] === ctx.sentenceOf[m.first]) {
    const sentenceStart = ctx.sentences[ctx.sentenceOf[prev]].first === prev;
    const country = (ctx.endingAt.get(prev) ?? []).some((x) => x.entry.kind === 'country') || isCountryCompound(ctx, prev);
    if (!sentenceStart && !country) return true;
  }
  const next = m.last + 1;
  if (next + 1 < t.count && t.gap[next] === ' ' && NAME_CONTINUING_PREPOSITIONS.has(t.lower[next]) && (t.flags[next + 1] & Tok.Cap) !== 0 && !ctx.dateAtToken.has(next + 1)) {
    return true;
  }
  return false;
}

/** "India-Japan": a hyphenated run of country names ending at token k. */
function isCountryCompound(ctx: Context, k: number): boolean {
  const t = ctx.tokens;
  let j = k;
  while (j > 0 && t.gap[j] === '-') j--;
  if (j === k) return false;
  for (let i = j; i <= k; i++) if (!ctx.compiled.countryByKey.has(t.lower[i])) return false;
  return true;
}

/** The milestone is the object of a preposition ("in the election"), not of a verb ("condemned the attack"). */
function objectOfPreposition(ctx: Context, m: Match): boolean {
  const k = beforeArticles(ctx, m);
  if (k < 0 || !MILESTONE_PREPOSITIONS.has(ctx.tokens.lower[k])) return false;
  return !(ctx.tokens.lower[k] === 'to' && k > 0 && RESPONSE_NOUNS.has(ctx.tokens.lower[k - 1]));
}

/** The milestone opens its sentence, as its subject ("The attack in Pahalgam on April 23 killed …"). */
function opensSentence(ctx: Context, m: Match): boolean {
  return beforeArticles(ctx, m) < 0;
}

/** The token before the milestone once articles and possessives are skipped, or -1 at the start of its sentence. */
function beforeArticles(ctx: Context, m: Match): number {
  let k = m.first - 1;
  while (k >= 0 && (ctx.tokens.lower[k] === 'the' || ctx.tokens.lower[k] === 'a' || (ctx.tokens.flags[k] & Tok.Possessive) !== 0)) k--;
  return k >= 0 && ctx.sentenceOf[k] === ctx.sentenceOf[m.first] ? k : -1;
}

/** Components written in the text that disagree with the milestone's date. */
function contradicts(written: PartialDate, hasYear: boolean, truth: PartialDate): boolean {
  if (hasYear && written.year !== truth.year) return true;
  if (written.month !== undefined && truth.month !== undefined && written.month !== truth.month) return true;
  if (written.day !== undefined && truth.day !== undefined && written.day !== truth.day) return true;
  return false;
}

/** The right date written like the wrong one, never more precise than the table. */
function rightDate(d: DateExpr, truth: PartialDate): string {
  if (!d.hasYear && truth.day !== undefined) return formatLike(d, truth);
  if (!d.hasYear) return formatLike({ ...d, style: 'month-year', hasYear: true }, truth);
  return formatLike(d, truth);
}

/**
 * The milestones a date attached to a mention may be about. A table may list stages of one
 * agreement as milestones of their own (`stages.ts`): the stage the words around the mention
 * name picks one ("the implementation of X" is X's entry into force); a stage the table does not
 * list for X picks none, unless it is a beginning, which X itself stands for; no stage word
 * leaves them all. The table is only walked for a named stage or a date wrong for X itself.
 */
function meantMilestones(ctx: Context, m: Match, a: Attached): Milestone[] {
  const all = ctx.compiled.facts.milestones;
  const ref = m.entry.ref;
  if (a.stage === undefined && (a.link === 'origin' || a.link === 'participle' || !wrongFor(ctx, m, a, all[ref]))) return [all[ref]];
  const stages = stagesOf(all, ref);
  if (a.stage) {
    const s = stages.find((x) => x.stage === a.stage);
    if (s) return [all[s.ref]];
    return a.stage.begins ? [all[ref]] : [];
  }
  return [all[ref], ...stages.map((s) => all[s.ref])];
}

/**
 * Whether the date is wrong for the milestone. A date after the milestone is only wrong if it
 * says when the milestone began: "since", a day after "of" or in brackets, a verb of beginning.
 */
function wrongFor(ctx: Context, m: Match, a: Attached, ms: Milestone): boolean {
  const d = a.date;
  if (!contradicts(d.date, d.hasYear, ms.date)) return false;
  if (dateSpan(resolveDate(ctx, d))[0] <= dateSpan(ms.date)[1]) return true;
  // "the attack of April 23" dates the attack; "condemned the attack on April 23" may date the
  // condemning, but "in the election on October 5" and "The attack on April 23 killed …" date them.
  const onLink = a.link === 'on' && (objectOfPreposition(ctx, m) || opensSentence(ctx, m));
  const dayLink = (a.link === 'of' || a.link === 'the' || a.link === '(' || onLink) && d.date.day !== undefined;
  return dayLink || a.link === 'since' || a.link === 'origin' || a.link === 'participle';
}

/**
 * The milestones most like the written date first: the most components the same ("December 13,
 * 2008" is more like 2007-12-13 than 2009-12-01), then the nearest; the table's order breaks ties.
 */
function byLikeness(ctx: Context, d: DateExpr, meant: Milestone[]): Milestone[] {
  const w = d.date;
  const day = dateSpan(resolveDate(ctx, d))[0];
  const same = (t: PartialDate) => (d.hasYear && w.year === t.year ? 1 : 0) + (w.month !== undefined && w.month === t.month ? 1 : 0) + (w.day !== undefined && w.day === t.day ? 1 : 0);
  const distance = (t: PartialDate) => Math.abs(dateSpan(t)[0] - day);
  return meant
    .map((ms, i) => ({ ms, i, same: same(ms.date), distance: distance(ms.date) }))
    .sort((x, y) => y.same - x.same || x.distance - y.distance || x.i - y.i)
    .map((x) => x.ms);
}

/**
 * The finding: the right date, or with several milestones the date may be about (an agreement's
 * signing and its entry into force), each of their dates as an alternative and none applied by `--fix`.
 */
function wrongDate(ctx: Context, meant: Milestone[], a: Attached): RawFinding {
  const d = a.date;
  const written = quoted(ctx, d.start, d.end);
  if (meant.length > 1) meant = byLikeness(ctx, d, meant);
  const facts = meant.map((ms) => `${ms.name}: ${formatIso(ms.date)}`).join('; ');
  const fixes = [...new Set(meant.map((ms) => rightDate(d, ms.date)))].map((text) => replaceWith(d, text));
  return finding(d, meant.length === 1 ? `${facts}, not ${written}` : `${facts}; not ${written}`, meant[0].at, fixes);
}

export const milestone: Rule = {
  id: 'milestone',
  description: 'A wrong date for a known milestone ("the Special Strategic and Global Partnership in 2015").',
  defaultSeverity: 'error',
  *run(ctx) {
    const seen = new Set<number>();
    for (const m of ctx.matches) {
      if (m.entry.kind !== 'milestone') continue;
      const a = attachedDate(ctx, m);
      if (!a || seen.has(a.date.start) || partOfLongerName(ctx, m)) continue;
      // "the 2000 Pahalgam attack" may name another attack at the same place: a year alone before the name is no date of it.
      if (a.link === 'the' && a.date.date.month === undefined) continue;
      const meant = meantMilestones(ctx, m, a);
      // The date is right if it may be about any of them.
      if (meant.length === 0 || !meant.every((ms) => wrongFor(ctx, m, a, ms))) continue;
      seen.add(a.date.start);
      yield wrongDate(ctx, meant, a);
    }
  },
};
