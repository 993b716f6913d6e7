/**
 * Everything the rules read about one text, computed once: tokens, matches,
 * sentences, dates, weekdays, the article date, and helpers over them.
 */
import type { PartialDate } from './facts/model';
import type { CompiledFacts, EntryKind } from './match/compile';
import { scan, type Match } from './match/scan';
import type { ArticleDate } from './articleDate';
import { findArticleDate } from './articleDate';
import { contradictedDates, findDates, findWeekdays, type DateExpr, type WeekdayExpr } from './text/dates';
import { quoteSpans } from './text/quotes';
import { sentenceIndex, splitSentences, type Sentence } from './text/sentences';
import { tokenize, type Tokens } from './text/tokenize';

/** What rules see of one text. Parts few rules need are getters, made on first use. */
export class Context {
  /** The original text. */
  readonly text: string;
  /** The text with non-prose blanked out. */
  readonly masked: string;
  /** Tokens of the masked text; their `id`s are dict ids of `compiled`. */
  readonly tokens: Tokens;
  /** Matches of surface forms, sorted by start. */
  readonly matches: Match[];
  /** Matches by first token. */
  readonly startingAt: Map<number, Match[]>;
  /** Matches by last token. */
  readonly endingAt: Map<number, Match[]>;
  /** For each token, a bit set (see `kindBit`) of the kinds of the matches that cover it. */
  readonly coverage: Uint16Array;
  /** Sentences. */
  readonly sentences: Sentence[];
  /** Sentence index of each token. */
  readonly sentenceOf: Int32Array;
  /** Date expressions. */
  readonly dates: DateExpr[];
  /** Date expression by its first token. */
  readonly dateAtToken: Map<number, DateExpr>;
  /** Date expression by its last token. */
  readonly dateEndingAt: Map<number, DateExpr>;
  /** Weekday names. */
  readonly weekdays: WeekdayExpr[];
  /** The article date. */
  readonly article: ArticleDate;
  /** The compiled facts tables the text is checked against (`compiled.facts` is their model). */
  readonly compiled: CompiledFacts;
  private bySentence: DateExpr[][] | undefined;
  private quoteList: [number, number][] | undefined;

  /** Reads a text (`masked` is it with non-prose blanked out) against compiled facts. */
  constructor(text: string, masked: string, compiled: CompiledFacts, articleDateOption: string | undefined, today: string) {
    const tokens = tokenize(masked, compiled.lexicon);
    const matches = scan(masked, tokens, compiled);
    const sentences = splitSentences(masked, tokens, text);
    const sentenceOf = sentenceIndex(sentences, tokens.count);
    const dates = findDates(tokens);
    this.text = text;
    this.masked = masked;
    this.tokens = tokens;
    this.matches = matches;
    this.sentences = sentences;
    this.sentenceOf = sentenceOf;
    this.dates = dates;
    const weekdays = findWeekdays(tokens);
    this.article = findArticleDate(text, tokens, sentences, dates, weekdays, articleDateOption, today);
    this.dateAtToken = new Map();
    this.dateEndingAt = new Map();
    for (const d of dates) {
      this.dateAtToken.set(d.first, d);
      this.dateEndingAt.set(d.last, d);
    }
    this.startingAt = byToken(matches, (m) => m.first);
    this.endingAt = byToken(matches, (m) => m.last);
    this.coverage = coverageOf(matches, tokens.count);
    this.weekdays = weekdays;
    this.compiled = compiled;
  }

  /** Dates with their year beside a weekday they do not fall on (`text/dates.ts`): in doubt until the `weekday` finding is mended. */
  get doubtfulDates(): ReadonlySet<DateExpr> {
    return (this.doubtful ??= contradictedDates(this.tokens, this.dates, this.weekdays));
  }

  private doubtful?: ReadonlySet<DateExpr>;

  /** The dates that start in each sentence, in text order, by sentence index. */
  get datesBySentence(): DateExpr[][] {
    if (this.bySentence === undefined) {
      const all: DateExpr[][] = this.sentences.map(() => []);
      for (const d of this.dates) all[this.sentenceOf[d.first]].push(d);
      this.bySentence = all;
    }
    return this.bySentence;
  }

  /** Quotations of the text (`text/quotes.ts`): a finding in one may be the speaker's words, and a date in one speaks of the quotation alone. */
  get quotes(): [number, number][] {
    return (this.quoteList ??= quoteSpans(this.masked));
  }
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

/**
 * A date of the text with its year filled in from the article date when it was not written
 * (docs/contract.md §3); "last August" and "next May" take the nearest such month before or after it.
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
