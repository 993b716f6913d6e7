/**
 * Everything the rules read about one text, computed once: tokens, matches,
 * sentences, dates, weekdays, the article date, and helpers over them.
 */
import type { PartialDate, SourceRef } from './facts/model';
import type { CompiledFacts, EntryKind } from './match/compile';
import { scan, type Match } from './match/scan';
import type { ArticleDate } from './articleDate';
import { findArticleDate } from './articleDate';
import { attachedDate } from './attach';
import { dateSpan, formatIso, type Period } from './dates';
import { findDates, findWeekdays, type DateExpr, type WeekdayExpr } from './text/dates';
import { sentenceIndex, splitSentences, type Sentence } from './text/sentences';
import { tokenize, type Tokens } from './text/tokenize';
import type { FactRef } from './types';

/** Words that introduce a year or month as the time of a sentence ("in 2025"). */
const TIME_PREPOSITIONS = new Set(['in', 'during', 'throughout', 'early', 'late', 'mid', 'on', 'last']);

/** What rules see of one text. */
export interface Context {
  /** The original text. */
  text: string;
  /** The text with non-prose blanked out. */
  masked: string;
  /** Tokens of the masked text; their `id`s are dict ids of `facts`. */
  tokens: Tokens;
  /** Matches of surface forms, sorted by start. */
  matches: Match[];
  /** Matches by first token. */
  startingAt: Map<number, Match[]>;
  /** Matches by last token. */
  endingAt: Map<number, Match[]>;
  /** For each token, a bit set (see `kindBit`) of the kinds of the matches that cover it. */
  coverage: Uint16Array;
  /** Sentences. */
  sentences: Sentence[];
  /** Sentence index of each token. */
  sentenceOf: Int32Array;
  /** Date expressions. */
  dates: DateExpr[];
  /** Date expression by its first token. */
  dateAtToken: Map<number, DateExpr>;
  /** Date expression by its last token. */
  dateEndingAt: Map<number, DateExpr>;
  /** Weekday names. */
  weekdays: WeekdayExpr[];
  /** The article date. */
  article: ArticleDate;
  /** The compiled facts. */
  facts: CompiledFacts;
}

function byToken(matches: Match[], key: (m: Match) => number): Map<number, Match[]> {
  const map = new Map<number, Match[]>();
  for (const m of matches) {
    const k = key(m);
    const list = map.get(k);
    if (list) list.push(m);
    else map.set(k, [m]);
  }
  return map;
}

const KIND_BITS: Record<EntryKind, number> = {
  person: 1,
  surname: 2,
  title: 4,
  country: 8,
  acronym: 16,
  'acronym-variant': 32,
  expansion: 64,
  'expansion-variant': 128,
  term: 256,
  'term-variant': 512,
  milestone: 1024,
};

/** The coverage bit of a kind of match; OR several for a mask. */
export function kindBit(...kinds: EntryKind[]): number {
  let bits = 0;
  for (const k of kinds) bits |= KIND_BITS[k];
  return bits;
}

function coverageOf(matches: Match[], count: number): Uint16Array {
  const cov = new Uint16Array(count);
  for (const m of matches) {
    const bit = KIND_BITS[m.entry.kind];
    for (let k = m.first; k <= m.last; k++) cov[k] |= bit;
  }
  return cov;
}

/** Builds the context of a text. */
export function buildContext(text: string, masked: string, facts: CompiledFacts, articleDateOption: string | undefined, today: string): Context {
  const tokens = tokenize(masked, facts.lexicon);
  const matches = scan(masked, tokens, facts);
  const sentences = splitSentences(masked, tokens, text);
  const sentenceOf = sentenceIndex(sentences, tokens.count);
  const dates = findDates(tokens);
  const article = findArticleDate(text, tokens, sentences, dates, articleDateOption, today);
  const dateAtToken = new Map<number, DateExpr>();
  const dateEndingAt = new Map<number, DateExpr>();
  for (const d of dates) {
    dateAtToken.set(d.first, d);
    dateEndingAt.set(d.last, d);
  }
  return {
    text,
    masked,
    tokens,
    matches,
    startingAt: byToken(matches, (m) => m.first),
    endingAt: byToken(matches, (m) => m.last),
    coverage: coverageOf(matches, tokens.count),
    sentences,
    sentenceOf,
    dates,
    dateAtToken,
    dateEndingAt,
    weekdays: findWeekdays(tokens),
    article,
    facts,
  };
}

/**
 * A date of the text with its year filled in from the article date when it was not written
 * (contract §3); "last August" and "next May" take the nearest such month before or after it.
 */
export function resolveDate(ctx: Context, d: DateExpr): PartialDate {
  if (d.hasYear) return d.date;
  const a = ctx.article.date;
  let year = a.year;
  if (d.relative === 'last' && (d.date.month ?? 0) >= (a.month ?? 12)) year--;
  if (d.relative === 'next' && (d.date.month ?? 13) <= (a.month ?? 1)) year++;
  return { ...d.date, year };
}

/** True when every token of a range is covered by a match of one of the kinds in `mask`. */
export function covered(ctx: Context, first: number, last: number, mask: number): boolean {
  for (let k = first; k <= last; k++) if ((ctx.coverage[k] & mask) === 0) return false;
  return true;
}

/** Per sentence: the periods its own dates stand for, and how a message says them. */
export interface Governing {
  /** Periods (day numbers). */
  periods: Period[];
  /** "on 2026-03-06", "in 2025", "on 2025-05-22 or in 2024-09". */
  when: string;
}

/** Words that open a clause of their own: a date after one is not the time of the title before it. */
const CLAUSE_WORDS = new Set([
  'which', 'who', 'whom', 'whose', 'that', 'where', 'when', 'while', 'although', 'though', 'whereas', 'because', 'unless', 'if',
  'after', 'before', 'since', 'until',
]);

/** True when a clause boundary lies between tokens a and b (a < b). */
function clauseBoundary(ctx: Context, a: number, b: number): boolean {
  const t = ctx.tokens;
  for (let j = a + 1; j <= b; j++) {
    const g = t.gap[j];
    if (/[;:()\u2014\u2013]/.test(g)) return true;
    if (CLAUSE_WORDS.has(t.lower[j])) return true;
    if (g.includes(',') && (t.lower[j] === 'and' || t.lower[j] === 'but' || t.lower[j] === 'or')) return true;
  }
  return false;
}

/** Links by which a date belongs to a milestone rather than to the sentence ("the attack of April 22", "the treaty, signed in 2018"). */
const MILESTONE_OWN_LINKS = new Set(['of', 'the', '(', 'participle', 'since', 'from', 'dated']);

/**
 * The periods that govern a title at token `at` (contract §3). A date that opens the sentence
 * ("In 2025, …") or stands in the title's own clause ("… met Misri in May 2025", "In January
 * 2022 under Prime Minister …") governs. A date of the sentence that may belong to something
 * else — behind a clause boundary ("the dam, which was approved in 2019"), or a milestone's own
 * ("the treaty, signed in 2018") — only adds its period to the article date's: the title is right
 * if held in either. Dates after the article date are forecasts and never govern, and dates
 * inside names are not dates of the sentence.
 */
export function governingPeriods(ctx: Context, at: number): Governing {
  const s = ctx.sentences[ctx.sentenceOf[at]];
  const sure: DateExpr[] = [];
  const maybe: DateExpr[] = [];
  const articleDay = dateSpan(ctx.article.date)[0];
  const attached = milestoneDates(ctx);
  for (const d of datesOfSentence(ctx, ctx.sentenceOf[at])) {
    if (d.last > s.last) continue;
    if (covered(ctx, d.first, d.last, kindBit('milestone', 'term', 'person', 'title', 'acronym', 'expansion'))) continue;
    if (dateSpan(resolveDate(ctx, d))[0] > articleDay) continue;
    if (d.style === 'year' || d.style === 'month') {
      const prev = d.first > s.first ? ctx.tokens.lower[d.first - 1] : '';
      if (!TIME_PREPOSITIONS.has(prev) && d.relative === undefined) {
        // "2016: Foreign Secretary …" (a timeline's line, a table row) is the time of its line;
        // "During his 2014 visit, …" may well be.
        if (d.first === s.first) sure.push(d);
        else if (d.first <= s.first + 3) maybe.push(d);
        continue;
      }
    }
    const link = attached.get(d);
    const opening = d.first <= s.first + 2;
    const sameClause = d.first < at ? !clauseBoundary(ctx, d.last, at) : !clauseBoundary(ctx, at, d.first);
    if (opening || (sameClause && (link === undefined || !MILESTONE_OWN_LINKS.has(link)))) sure.push(d);
    else maybe.push(d);
  }
  const periods: Period[] = [];
  const labels: string[] = [];
  const add = (full: PartialDate) => {
    const label = (full.day !== undefined ? 'on ' : 'in ') + formatIso(full);
    if (labels.includes(label)) return;
    labels.push(label);
    periods.push(dateSpan(full));
  };
  for (const d of sure.length > 0 ? sure : maybe) add(resolveDate(ctx, d));
  if (sure.length === 0) {
    // "At TICAD VI, Prime Minister Shinzo Abe …": a milestone named in the sentence may be its time.
    for (const m of ctx.matches) {
      if (m.entry.kind === 'milestone' && ctx.sentenceOf[m.first] === ctx.sentenceOf[at]) add(ctx.facts.facts.milestones[m.entry.ref].date);
    }
    add(ctx.article.date);
  }
  return { periods, when: labels.join(' or ') };
}

const bySentenceCache = new WeakMap<Context, DateExpr[][]>();

/** The dates that start in a sentence, in text order. */
export function datesOfSentence(ctx: Context, sentence: number): DateExpr[] {
  let all = bySentenceCache.get(ctx);
  if (!all) {
    all = ctx.sentences.map(() => []);
    for (const d of ctx.dates) all[ctx.sentenceOf[d.first]].push(d);
    bySentenceCache.set(ctx, all);
  }
  return all[sentence];
}

const attachedCache = new WeakMap<Context, Map<DateExpr, string>>();

/** Dates attached to a milestone, with how they are linked (see `attach.ts`). */
export function milestoneDates(ctx: Context): Map<DateExpr, string> {
  let map = attachedCache.get(ctx);
  if (!map) {
    map = new Map();
    for (const m of ctx.matches) {
      if (m.entry.kind !== 'milestone') continue;
      const a = attachedDate(ctx, m);
      if (a) map.set(a.date, a.link);
    }
    attachedCache.set(ctx, map);
  }
  return map;
}

/** Names a table for a message: "default table" or its file. */
export function tableLabel(at: SourceRef): string {
  return at.file === null ? `${at.table} table` : at.file;
}

/** The `fact` of a finding from where the entry is written. */
export function factRef(at: SourceRef): FactRef {
  return { table: at.table, file: at.file, line: at.line };
}

/** Text of the document as a message quotes it: runs of white space, line breaks included, become one space. */
export function quoted(ctx: Context, start: number, end: number): string {
  return ctx.text.slice(start, end).replace(/\s+/g, ' ');
}

