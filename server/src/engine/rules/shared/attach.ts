/**
 * Which date says when a milestone happened. A date is attached to a milestone M when it is
 * written as
 *   M in|of|on|since|from|dated D          "the Strategic and Global Partnership in 2006"
 *   M (D)                                  "the Tokyo Declaration (2014)"
 *   the D M                                "the April 22 Pahalgam attack"
 *   M[,] [was] signed|established… in|on D "the treaty, signed in 2017,"
 *   M entered into force|took effect… in D "the ECTA entered into force in December 2022"
 *   M's entry into force… in D              "the ECTA's entry into force in December 2022"
 *   In|On D, … signed|launched… M          "In 2001, the two launched the Global Partnership"
 * and the date says when M *began* ("origin") when a verb of beginning governs M itself:
 * the participle form above, "elevated to M in D", "signed M in D", the opening date of a
 * sentence whose verb of beginning governs M, a later item of a list the verb governs
 * ("elevated to M1 in 2000, M2 in 2006 and M3 in 2014"), and both ends of a progression
 * ("from M1 in 2001 to M2 in 2014").
 */
import type { Context } from '../../context';
import type { Match } from '../../match/scan';
import type { DateExpr } from '../../text/dates';
import { Tok } from '../../text/tokenize';
import { stageEndingAt, stageStartingAt, type StageWords } from './stages';
import {
  AUXILIARIES, CLAUSE_WORDS, DETERMINERS, ELEVATION_VERBS, LIST_JOINERS, MILESTONE_DATE_LINKS, NOUN_PHRASE_ENDERS, ORIGIN_VERBS, type MilestoneStage,
} from './words';

/** A date attached to a milestone, and how. */
export interface Attached {
  /** The date. */
  date: DateExpr;
  /**
   * The linking word ("in", "of", "(", "the"); "origin" when a verb of beginning governs the
   * milestone ("signed M in D"), "participle" for "M, signed in D". Both say when M began.
   */
  link: string;
  /**
   * The stage of M that the words around it name ("the implementation of M", "M entered into
   * force in D", "signed M"), when they name one: which of a table's milestones of one agreement
   * the date is about (`stages.ts`).
   */
  stage?: MilestoneStage;
}

const QUOTES = /^['"’”)]*$/;

/** The comma between two items of a list, with the quotes that may open the next ("2000, 'Strategic …"). */
const LIST_COMMA = /^,['"‘“]*$/;

/** Items of a list looked back through, at most: lists of milestones are short. */
const MAX_LIST_ITEMS = 8;

/** Words of a sentence's opening clause before the verb that governs the milestone ("the two prime ministers"). */
const MAX_SUBJECT_WORDS = 6;

function sameSentence(ctx: Context, a: number, b: number): boolean {
  return a >= 0 && b < ctx.tokens.count && ctx.sentenceOf[a] === ctx.sentenceOf[b];
}

/** The token before a milestone once the determiners before it are skipped ("signed [the] M"), or -1. */
function beforeDeterminers(ctx: Context, m: Match): number {
  let k = m.first - 1;
  while (k >= 0 && sameSentence(ctx, k, m.first) && DETERMINERS.has(ctx.tokens.lower[k])) k--;
  return k >= 0 && sameSentence(ctx, k, m.first) ? k : -1;
}

/**
 * A verb of beginning that governs the milestone: "signed [the] M", "elevated [ties] to [the] M",
 * "upgraded their bilateral relationship to M", "raised to a M" — but not "created by the M".
 */
function originVerbBefore(ctx: Context, m: Match): boolean {
  const t = ctx.tokens;
  const k = beforeDeterminers(ctx, m);
  if (k < 0) return false;
  if (ORIGIN_VERBS.has(t.lower[k])) return true;
  if (t.lower[k] !== 'to' && t.lower[k] !== 'into') return false;
  // "elevated [their bilateral ties] to": up to three words between the verb and "to".
  for (let j = k - 1; j >= k - 4 && j >= 0 && sameSentence(ctx, j, m.first); j--) {
    if (ORIGIN_VERBS.has(t.lower[j]) || ELEVATION_VERBS.has(t.lower[j])) return true;
    if (t.lower[j] === 'by' || t.gap[j + 1] !== ' ') return false;
  }
  return false;
}

/** The milestone mention that ends at token k, if any. */
function milestoneEndingAt(ctx: Context, k: number): Match | undefined {
  return (ctx.endingAt.get(k) ?? []).find((x) => x.entry.kind === 'milestone');
}

/**
 * The item before a milestone in a list or a progression, with its date: "M1 in 2000, [and] [to]
 * [the] M", "from M1 in 2001 to [the] M".
 */
function previousItem(ctx: Context, m: Match): { m: Match; date: DateExpr } | undefined {
  const t = ctx.tokens;
  let k = beforeDeterminers(ctx, m);
  if (k < 0) return undefined;
  const to = t.lower[k] === 'to' || t.lower[k] === 'into';
  if (to) k--;
  const joined = k >= 0 && LIST_JOINERS.has(t.lower[k]);
  if (joined) k--;
  const d = k >= 0 ? ctx.dateEndingAt.get(k) : undefined;
  if (!d || !sameSentence(ctx, d.first, m.first) || !(to || joined || LIST_COMMA.test(t.gap[k + 1]))) return undefined;
  const link = d.first - 1;
  if (link < 1 || (t.lower[link] !== 'in' && t.lower[link] !== 'on') || t.gap[d.first] !== ' ') return undefined;
  const prev = milestoneEndingAt(ctx, link - 1);
  return prev && sameSentence(ctx, prev.first, m.first) ? { m: prev, date: d } : undefined;
}

/** Whether a milestone follows token k in its sentence, after determiners: "to [the] M" ends a climb, "to now" a span of time. */
function milestoneAfter(ctx: Context, k: number): boolean {
  const t = ctx.tokens;
  let j = k + 1;
  while (j < t.count && DETERMINERS.has(t.lower[j])) j++;
  return j < t.count && sameSentence(ctx, k, j) && (ctx.startingAt.get(j) ?? []).some((x) => x.entry.kind === 'milestone');
}

/**
 * Whether the date D of "M in|on D" says when M began: a verb of beginning governs M, or M opens a
 * progression ("from M in 2001 to M2"), or M is a later item of a list or progression whose first
 * item is so governed.
 */
function begins(ctx: Context, m: Match, d: DateExpr, items = 0): boolean {
  if (originVerbBefore(ctx, m)) return true;
  const t = ctx.tokens;
  const k = beforeDeterminers(ctx, m);
  const next = d.last + 1;
  if (k >= 0 && t.lower[k] === 'from' && next < t.count && t.lower[next] === 'to' && t.gap[next] === ' ' && milestoneAfter(ctx, next)) return true;
  if (items >= MAX_LIST_ITEMS || !itemEnds(ctx, d)) return false;
  const prev = previousItem(ctx, m);
  return prev !== undefined && begins(ctx, prev.m, prev.date, items + 1);
}

/**
 * Whether an item's date ends its item: the sentence or a punctuation mark follows, or another
 * item ("M2 in 2006 and …"). "…, and M in 2021 had paved the way" is a clause of its own.
 */
function itemEnds(ctx: Context, d: DateExpr): boolean {
  const t = ctx.tokens;
  const next = d.last + 1;
  return next >= t.count || !sameSentence(ctx, d.last, next) || t.gap[next] !== ' ' || LIST_JOINERS.has(t.lower[next]) || t.lower[next] === 'to';
}

/** A verb of beginning or a stage verb at token j ("signed", "entered into force"), with its stage when it names one. */
function verbAt(ctx: Context, j: number): { last: number; stage?: MilestoneStage } | undefined {
  const s = stageStartingAt(ctx, j, 'verbs');
  if (s) return { last: s.last, stage: s.stage };
  return j < ctx.tokens.count && ORIGIN_VERBS.has(ctx.tokens.lower[j]) ? { last: j } : undefined;
}

/** The date after "in|on" right after token `last`, in its sentence. */
function dateAfterLink(ctx: Context, last: number, links: ReadonlySet<string>): { date: DateExpr; link: string } | undefined {
  const t = ctx.tokens;
  if (last + 2 >= t.count || t.gap[last + 1] !== ' ' || t.gap[last + 2] !== ' ' || !links.has(t.lower[last + 1])) return undefined;
  const d = ctx.dateAtToken.get(last + 2);
  return d && sameSentence(ctx, last, last + 2) ? { date: d, link: t.lower[last + 1] } : undefined;
}

const IN_ON: ReadonlySet<string> = new Set(['in', 'on']);

/** A date written after the milestone. */
function dateAfter(ctx: Context, m: Match): Attached | undefined {
  const t = ctx.tokens;
  let k = m.last + 1;
  // "the Marovia-Kestria Trade Agreement (MKTA), signed in 2017": look past the acronym.
  if (k + 1 < t.count && t.gap[k] === '(' && (t.flags[k] & Tok.AllCaps) !== 0 && /^\)[,]?$/.test(t.gap[k + 1])) k++;
  if (k >= t.count || !sameSentence(ctx, m.last, k)) return undefined;
  const g = t.gap[k];
  if (g.endsWith('(') && QUOTES.test(g.slice(0, -1))) {
    const d = ctx.dateAtToken.get(k);
    if (d && (d.last + 1 >= t.count || t.gap[d.last + 1].startsWith(')'))) return { date: d, link: '(' };
  }
  const joined = g === ' ' || QUOTES.test(g) || g === ',' || QUOTES.test(g.replace(/,$/, ''));
  if (!joined) return undefined;
  // The participle form: "M, signed in 2017", "M was first announced on …", "M entered into force in …".
  let j = k;
  while (j < t.count && AUXILIARIES.has(t.lower[j]) && j - k < 3 && t.gap[j + 1] === ' ') j++;
  const verb = verbAt(ctx, j);
  const byVerb = verb && dateAfterLink(ctx, verb.last, IN_ON);
  if (byVerb) return { date: byVerb.date, link: 'participle', stage: verb.stage };
  // "M's entry into force in 2022": the stage is named, the date is the stage's.
  if (g === ' ' && (t.flags[m.last] & Tok.Possessive) !== 0) {
    const noun = stageStartingAt(ctx, k, 'nouns');
    const byNoun = noun && dateAfterLink(ctx, noun.last, MILESTONE_DATE_LINKS);
    if (byNoun) return { ...byNoun, stage: noun.stage };
  }
  if (g !== ',' && MILESTONE_DATE_LINKS.has(t.lower[k])) {
    const d = ctx.dateAtToken.get(k + 1);
    if (d && t.gap[k + 1] === ' ' && sameSentence(ctx, k, k + 1)) {
      const w = t.lower[k];
      return { date: d, link: (w === 'in' || w === 'on') && begins(ctx, m, d) ? 'origin' : w };
    }
  }
  return undefined;
}

/** "the April 22 Pahalgam attack": a date right before the milestone after "the". */
function dateBefore(ctx: Context, m: Match): Attached | undefined {
  const t = ctx.tokens;
  const before = ctx.dateEndingAt.get(m.first - 1);
  if (before && t.gap[m.first] === ' ' && before.first > 0 && t.lower[before.first - 1] === 'the' && sameSentence(ctx, before.first, m.first)) {
    return { date: before, link: 'the' };
  }
  return undefined;
}

/** Whether tokens from..to (inclusive) hold no clause boundary, no date and not too many words: one clause's subject. */
function oneClause(ctx: Context, from: number, to: number): boolean {
  if (to - from + 1 > MAX_SUBJECT_WORDS) return false;
  const t = ctx.tokens;
  for (let j = from; j <= to; j++) {
    if (j > from && t.gap[j] !== ' ') return false;
    if (CLAUSE_WORDS.has(t.lower[j]) || ctx.dateAtToken.has(j)) return false;
  }
  return true;
}

/** Whether the milestone ends its noun phrase, so a verb before it governs it ("launched M." but not "launched M's fund" or "launched M talks"). */
function endsNounPhrase(ctx: Context, m: Match): boolean {
  const t = ctx.tokens;
  const next = m.last + 1;
  if ((t.flags[m.last] & Tok.Possessive) !== 0) return false;
  return next >= t.count || !sameSentence(ctx, m.last, next) || t.gap[next] !== ' ' || NOUN_PHRASE_ENDERS.has(t.lower[next]);
}

/**
 * "In 2001, the two launched the Global Partnership", "On April 2, the ECTA was signed": the date
 * that opens the sentence, when the verb of the same clause is one of beginning or names a stage
 * and governs M.
 */
function openingDate(ctx: Context, m: Match): Attached | undefined {
  const t = ctx.tokens;
  const s = ctx.sentences[ctx.sentenceOf[m.first]];
  if (!IN_ON.has(t.lower[s.first])) return undefined;
  const d = ctx.dateAtToken.get(s.first + 1);
  if (!d || t.gap[d.first] !== ' ' || d.last >= m.first - 1) return undefined;
  const subject = d.last + 1;
  if (t.gap[subject] !== ',' && t.gap[subject] !== ' ') return undefined;
  // The verb before M: "…, the two launched [the] M".
  const k = beforeDeterminers(ctx, m);
  if (k > d.last && endsNounPhrase(ctx, m)) {
    const stage = stageEndingAt(ctx, k, 'verbs');
    const origin = ORIGIN_VERBS.has(t.lower[k]);
    if ((stage || origin) && oneClause(ctx, subject, (stage?.first ?? k) - 1)) return { date: d, link: 'origin', stage: stage?.stage };
  }
  // M is the subject, right after the date: "…, [the] M [was] signed" with no date after the verb.
  if (k === d.last) {
    let j = m.last + 1;
    while (j < t.count && AUXILIARIES.has(t.lower[j]) && t.gap[j] === ' ' && sameSentence(ctx, m.last, j)) j++;
    const verb = t.gap[j] === ' ' && sameSentence(ctx, m.last, j) ? verbAt(ctx, j) : undefined;
    if (verb && !dateAfterLink(ctx, verb.last, MILESTONE_DATE_LINKS)) return { date: d, link: 'origin', stage: verb.stage };
  }
  return undefined;
}

/** The stage that the words before M name: "the implementation of [the] M", "implemented [the] M". */
function stageBefore(ctx: Context, m: Match): StageWords | undefined {
  let k = beforeDeterminers(ctx, m);
  if (k < 0) return undefined;
  if (ctx.tokens.lower[k] === 'of') {
    k--;
    return k >= 0 && sameSentence(ctx, k, m.first) ? stageEndingAt(ctx, k, 'nouns') : undefined;
  }
  return stageEndingAt(ctx, k, 'verbs');
}

/** The date attached to a milestone mention, if any. */
export function attachedDate(ctx: Context, m: Match): Attached | undefined {
  const a = dateAfter(ctx, m) ?? dateBefore(ctx, m) ?? openingDate(ctx, m);
  if (a && a.stage === undefined) {
    const s = stageBefore(ctx, m);
    if (s) a.stage = s.stage;
  }
  return a;
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
