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
  let k = m.first - 1;
  while (k >= 0 && (ctx.tokens.lower[k] === 'the' || ctx.tokens.lower[k] === 'a' || (ctx.tokens.flags[k] & Tok.Possessive) !== 0)) k--;
  if (k < 0 || ctx.sentenceOf[k] !== ctx.sentenceOf[m.first] || !MILESTONE_PREPOSITIONS.has(ctx.tokens.lower[k])) return false;
  return !(ctx.tokens.lower[k] === 'to' && k > 0 && RESPONSE_NOUNS.has(ctx.tokens.lower[k - 1]));
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

function wrongDate(ctx: Context, ms: Milestone, a: Attached): RawFinding {
  const d = a.date;
  const written = quoted(ctx, d.start, d.end);
  return finding(d, `${ms.name}: ${formatIso(ms.date)}, not ${written}`, ms.at, [replaceWith(d, rightDate(d, ms.date))]);
}

export const milestone: Rule = {
  id: 'milestone',
  description: 'A wrong date for a known milestone ("the Special Strategic and Global Partnership in 2015").',
  defaultSeverity: 'error',
  *run(ctx) {
    const seen = new Set<number>();
    for (const m of ctx.matches) {
      if (m.entry.kind !== 'milestone') continue;
      const ms = ctx.compiled.facts.milestones[m.entry.ref];
      const a = attachedDate(ctx, m);
      if (!a || seen.has(a.date.start) || partOfLongerName(ctx, m)) continue;
      const d = a.date;
      // "the 2000 Pahalgam attack" may name another attack at the same place: a year alone before the name is no date of it.
      if (a.link === 'the' && d.date.month === undefined) continue;
      if (!contradicts(d.date, d.hasYear, ms.date)) continue;
      const written = dateSpan(resolveDate(ctx, d));
      const truth = dateSpan(ms.date);
      const later = written[0] > truth[1];
      if (later) {
        // "the attack of April 23" dates the attack; "condemned the attack on April 23" may date the
        // condemning, but "in the election on October 5" dates the election.
        const onLink = a.link === 'on' && objectOfPreposition(ctx, m);
        const dayLink = (a.link === 'of' || a.link === 'the' || a.link === '(' || onLink) && d.date.day !== undefined;
        if (!dayLink && a.link !== 'since' && a.link !== 'origin' && a.link !== 'participle') continue;
      }
      seen.add(d.start);
      yield wrongDate(ctx, ms, a);
    }
  },
};
