/**
 * Finds tenure claims for the `tenure` rule: a known person, a title and the date the text gives
 * for when the person took up or held it ("X became Foreign Secretary in 2023", "X, who took
 * office as Prime Minister on October 4", "X served as T from D to D", "X, T since D"). The
 * phrases are data (`TENURE_PHRASES` in words.ts); anything this cannot read for sure is no claim.
 */
import { resolveDate } from '../../context';
import { dateSpan, WEEKDAYS, type Period } from '../../dates';
import type { PartialDate } from '../../facts/model';
import { phraseKey } from '../../text/tokenize';
import type { Match } from '../../match/scan';
import type { DateExpr } from '../../text/dates';
import { PARAGRAPH_GAP, Tok } from '../../text/tokenize';
import type { RuleContext } from './rule-context';
import type { Span } from './rule';
import {
  NATIONAL_POSSESSORS, PARTICIPLE_INTRODUCERS, PASSIVE_AUXILIARIES, POST_NOUNS, RANGE_ENDS, RELATION_NOUNS, ROLE_NOUNS,
  RELATIVE_UNITS, TENURE_AUXILIARIES, TENURE_DATE_FOLLOWERS, TENURE_PHRASES, ONE_WORD_TITLE_SYNONYMS, type TenurePhrase,
} from './words';

/** A date a claim gives, as written and as the span of days it stands for. */
export interface ClaimDate {
  /** Where the text writes it. */
  span: Span;
  /** The date expression, or undefined for "last month" and "last year" (which a fix cannot rewrite in kind). */
  expr: DateExpr | undefined;
  /** The date with its year (from the text, the other end of a range, or the article date). */
  date: PartialDate;
  /** The days it stands for. */
  period: Period;
}

/** What a text says about when a person held a role. */
export interface TenureClaim {
  /** Index of the person. */
  person: number;
  /** Title group (`CompiledFacts.titles`) of the title claimed. */
  group: number;
  /** The country the title names, if any. */
  country: string | undefined;
  /** The phrase that makes the claim. */
  phrase: TenurePhrase;
  /** When the role began, as claimed. */
  start?: ClaimDate;
  /** When it ended, as claimed ("to D" in a range). */
  end?: ClaimDate;
}

/** A title read after a tenure phrase: its group and country, and the first token after it. */
interface TitleRead {
  group: number;
  country: string | undefined;
  next: number;
}

const BY_FIRST_WORD = new Map<string, { phrase: TenurePhrase; words: string[] }[]>();
for (const phrase of TENURE_PHRASES) {
  const words = phrase.words.split(' ');
  const list = BY_FIRST_WORD.get(words[0]);
  if (list) list.push({ phrase, words });
  else BY_FIRST_WORD.set(words[0], [{ phrase, words }]);
}
// Longest first, so "assumed office" is read as a whole whatever the list's order.
for (const list of BY_FIRST_WORD.values()) list.sort((a, b) => b.words.length - a.words.length);

function isPersonKind(m: Match): boolean {
  return m.entry.kind === 'person' || m.entry.kind === 'surname';
}

/** Whether token k is in the same sentence as token `of` and joined to the one before it by a space. */
function joined(ctx: RuleContext, k: number, of: number): boolean {
  return k < ctx.tokens.count && ctx.tokens.gap[k] === ' ' && ctx.sentenceOf[k] === ctx.sentenceOf[of];
}

/** The one person a name ending at token k names, when it is sure: a listed form, or a surname no one else in the tables has. */
function personEndingAt(ctx: RuleContext, k: number): number | undefined {
  const found = (ctx.endingAt.get(k) ?? []).filter(isPersonKind);
  if (found.length === 0) return undefined;
  const people = new Set(found.map((m) => m.entry.ref));
  if (people.size !== 1) return undefined;
  if (!found.some((m) => m.entry.kind === 'person')) {
    const m = found[0];
    if (ctx.compiled.surnameCount(ctx.text.slice(m.start, m.end).toLowerCase()) !== 1) return undefined;
  }
  return found[0].entry.ref;
}

/** Gaps before "who" that make its clause the name's ("X, who", "X — who", "X who"). */
const APPOSITION_GAPS: ReadonlySet<string> = new Set([' ', ',', '—', '-']);

/** The subject of a phrase starting at token `first`, by how the phrase stands to it. */
function subjectOf(ctx: RuleContext, first: number, phrase: TenurePhrase): number | undefined {
  const t = ctx.tokens;
  if (phrase.subject === 'participle') return participleSubject(ctx, first);
  let j = first - 1;
  let passive = false;
  while (j >= 0 && t.gap[j + 1] === ' ' && TENURE_AUXILIARIES.has(t.lower[j]) && ctx.sentenceOf[j] === ctx.sentenceOf[first]) {
    if (PASSIVE_AUXILIARIES.has(t.lower[j])) passive = true;
    j--;
  }
  if (j < 0 || ctx.sentenceOf[j] !== ctx.sentenceOf[first]) return undefined;
  const gap = t.gap[j + 1];
  if (phrase.subject === 'passive' && !passive) {
    // "X, appointed Foreign Secretary in 2023, …": a participle in apposition is passive too.
    if (j !== first - 1 || gap !== ',') return undefined;
  } else if (t.lower[j] === 'who' && gap === ' ') {
    // "X, who became …" and "X who became …".
    if (j === 0 || !APPOSITION_GAPS.has(t.gap[j])) return undefined;
    j--;
  } else if (gap !== ' ') return undefined;
  if ((t.flags[j] & Tok.Possessive) !== 0) return undefined;
  return personEndingAt(ctx, j);
}

/** "since assuming the post": the sentence's one person, when its name is not the possessor of someone else ("X's predecessor"). */
function participleSubject(ctx: RuleContext, first: number): number | undefined {
  const t = ctx.tokens;
  if (first === 0 || !PARTICIPLE_INTRODUCERS.has(t.lower[first - 1]) || ctx.sentenceOf[first - 1] !== ctx.sentenceOf[first]) return undefined;
  const s = ctx.sentences[ctx.sentenceOf[first]];
  let person: number | undefined;
  for (let k = s.first; k <= s.last; k++) {
    for (const m of ctx.startingAt.get(k) ?? []) {
      if (!isPersonKind(m)) continue;
      const p = personEndingAt(ctx, m.last);
      if (p === undefined || (person !== undefined && p !== person)) return undefined;
      if ((t.flags[m.last] & Tok.Possessive) !== 0 && m.last + 1 <= s.last && RELATION_NOUNS.has(t.lower[m.last + 1])) return undefined;
      person = p;
    }
  }
  return person;
}

/** The longest title match starting at token k. */
function titleStartingAt(ctx: RuleContext, k: number): Match | undefined {
  let best: Match | undefined;
  for (const m of ctx.startingAt.get(k) ?? []) if (m.entry.kind === 'title' && (!best || m.last > best.last)) best = m;
  return best;
}

/**
 * The title after a tenure phrase ending at token `last`: "as T", "T", "the T", "the country's T",
 * "the post of T", "the T's post". Undefined when no known title stands there.
 */
function titleAfter(ctx: RuleContext, last: number): TitleRead | undefined {
  const t = ctx.tokens;
  let k = last + 1;
  const ok = (j: number) => joined(ctx, j, last);
  if (ok(k) && t.lower[k] === 'as') k++;
  if (ok(k) && t.lower[k] === 'the' && ok(k + 1) && POST_NOUNS.has(t.lower[k + 1]) && ok(k + 2) && t.lower[k + 2] === 'of') k += 3;
  if (ok(k) && t.lower[k] === 'the') k++;
  if (!ok(k)) return undefined;
  let national = false;
  let country: string | undefined;
  let m = titleStartingAt(ctx, k);
  if (!m && (t.flags[k] & Tok.Possessive) !== 0 && personEndingAt(ctx, k) === undefined) {
    // "the country's premier", "Britain's Prime Minister": the possessor qualifies the title.
    const known = (ctx.endingAt.get(k) ?? []).find((x) => x.entry.kind === 'country');
    if (known) country = ctx.compiled.countries[known.entry.ref];
    // A state's or a province's name before "premier" is no nation's: only a known country or "the country's".
    national = known !== undefined || NATIONAL_POSSESSORS.has(t.lower[k]);
    k++;
    if (!ok(k)) return undefined;
    m = titleStartingAt(ctx, k);
  }
  let group: number;
  let end: number;
  if (m) {
    group = m.entry.ref;
    country = m.entry.country ?? country;
    end = m.last;
  } else {
    const key = ONE_WORD_TITLE_SYNONYMS.get(t.lower[k]);
    const g = key === undefined ? undefined : ctx.compiled.titleByKey.get(phraseKey(key));
    if (g === undefined || !national || (ok(k + 1) && t.lower[k + 1] === 'of')) return undefined;
    group = g;
    end = k;
  }
  let next = end + 1;
  if ((t.flags[end] & Tok.Possessive) !== 0) {
    // "the prime minister's post".
    if (!ok(next) || !POST_NOUNS.has(t.lower[next])) return undefined;
    next++;
  }
  return { group, country, next: coordinated(ctx, next) };
}

/**
 * Skips a role joined to the title by "and" ("Prime Minister and leader of the party on …"),
 * which the date dates too: a role noun or a title, then a few plain words, up to "in" or "on"
 * and a date. Returns `k` unchanged when that is not what follows.
 */
function coordinated(ctx: RuleContext, k: number): number {
  const t = ctx.tokens;
  if (!joined(ctx, k, k - 1) || t.lower[k] !== 'and') return k;
  let j = k + 1;
  if (joined(ctx, j, k) && (t.lower[j] === 'the' || t.lower[j] === 'a')) j++;
  if (!joined(ctx, j, k) || !(ROLE_NOUNS.has(t.lower[j]) || titleStartingAt(ctx, j))) return k;
  for (let n = 0; n < 7 && joined(ctx, j, k); n++, j++) {
    if ((t.lower[j] === 'in' || t.lower[j] === 'on') && ctx.dateAtToken.has(j + 1) && joined(ctx, j + 1, k)) return j;
    if (ctx.dateAtToken.has(j) || (ctx.startingAt.get(j) ?? []).some(isPersonKind) || BY_FIRST_WORD.has(t.lower[j])) return k;
  }
  return k;
}

/** True when the date ends its phrase: the sentence ends, punctuation follows, or a word that opens another part of it. */
function endsPhrase(ctx: RuleContext, d: DateExpr): boolean {
  const t = ctx.tokens;
  const k = d.last + 1;
  if (k >= t.count || ctx.sentenceOf[k] !== ctx.sentenceOf[d.last]) return true;
  const g = t.gap[k];
  if (g === PARAGRAPH_GAP || g !== ' ') return !g.startsWith('-');
  return TENURE_DATE_FOLLOWERS.has(t.lower[k]);
}

const WEEKDAY_NAMES: ReadonlySet<string> = new Set(WEEKDAYS.map((w) => w.toLowerCase()));

function isWeekday(ctx: RuleContext, k: number): boolean {
  return k < ctx.tokens.count && (ctx.tokens.flags[k] & Tok.Cap) !== 0 && WEEKDAY_NAMES.has(ctx.tokens.lower[k]);
}

/**
 * A date of a claim with its year; undefined when the year would be a guess or the date is after
 * the article's. A range's end without a year takes its start's, and the other way round: a start
 * that would fall after its end is in the year before ("from November 10 to October 1, 2024"), an
 * end that would fall before its start in the year after ("from September 6, 2022 to October 25").
 */
function claimDate(ctx: RuleContext, d: DateExpr, yearFrom?: DateExpr, isEnd = false): ClaimDate | undefined {
  let date: PartialDate;
  if (d.hasYear) date = d.date;
  else if (yearFrom?.hasYear) {
    date = { ...d.date, year: yearFrom.date.year };
    if (!isEnd && dateSpan(date)[0] > dateSpan(yearFrom.date)[1]) date = { ...date, year: date.year - 1 };
    if (isEnd && dateSpan(date)[1] < dateSpan(yearFrom.date)[0]) date = { ...date, year: date.year + 1 };
  } else {
    // A year taken from a guessed article date is a guess.
    if (ctx.article.guessed) return undefined;
    date = resolveDate(ctx, d);
  }
  const period = dateSpan(date);
  if (period[0] > dateSpan(ctx.article.date)[1]) return undefined;
  return { span: { start: d.start, end: d.end }, expr: d, date, period };
}

/** "last month", "last year" at token k, from an article date the text gives. */
function relativeDate(ctx: RuleContext, k: number): ClaimDate | undefined {
  const t = ctx.tokens;
  const unit = t.lower[k + 1];
  if (t.lower[k] !== 'last' || !joined(ctx, k + 1, k) || !RELATIVE_UNITS.has(unit) || ctx.article.guessed) return undefined;
  const a = ctx.article.date;
  const month = a.month ?? 1;
  const date: PartialDate = unit === 'year' ? { year: a.year - 1 } : month === 1 ? { year: a.year - 1, month: 12 } : { year: a.year, month: month - 1 };
  const claim: ClaimDate = { span: { start: t.start[k], end: t.baseEnd[k + 1] }, expr: undefined, date, period: dateSpan(date) };
  const next = k + 2;
  if (next < t.count && ctx.sentenceOf[next] === ctx.sentenceOf[k] && t.gap[next] === ' ' && !TENURE_DATE_FOLLOWERS.has(t.lower[next])) return undefined;
  return claim;
}

/** The date or dates after a title, from token k: "in D", "on D", "since D", "from D to D", "between D and D". */
function datesAt(ctx: RuleContext, k: number, phrase: TenurePhrase): Pick<TenureClaim, 'start' | 'end'> | undefined {
  const t = ctx.tokens;
  if (!joined(ctx, k, k - 1) || !joined(ctx, k + 1, k)) return undefined;
  if (phrase.claim === 'start') {
    const start = relativeDate(ctx, k);
    if (start) return { start };
  }
  const link = t.lower[k];
  let d = ctx.dateAtToken.get(k + 1);
  // "on Tuesday, September 6": a weekday before the date.
  if (!d && link === 'on' && isWeekday(ctx, k + 1) && ctx.sentenceOf[k + 2] === ctx.sentenceOf[k] && /^,?$/.test(t.gap[k + 2] ?? '')) d = ctx.dateAtToken.get(k + 2);
  if (!d) return undefined;
  // "in D", "on D", and "last October" (a month the date finder reads with its "last").
  if ((link === 'in' || link === 'on' || (link === 'last' && d.relative === 'last')) && phrase.claim === 'start') {
    if (!endsPhrase(ctx, d)) return undefined;
    const start = claimDate(ctx, d);
    return start && { start };
  }
  if (link === 'since') {
    if (!endsPhrase(ctx, d)) return undefined;
    const start = claimDate(ctx, d);
    return start && { start };
  }
  if (link === 'from' || link === 'between') {
    const j = d.last + 1;
    const ends = link === 'from' ? RANGE_ENDS.has(t.lower[j] ?? '') : t.lower[j] === 'and';
    const e = ends && joined(ctx, j, k) && joined(ctx, j + 1, k) ? ctx.dateAtToken.get(j + 1) : undefined;
    if (!e || !endsPhrase(ctx, e)) return undefined;
    const end = claimDate(ctx, e, d, true);
    const start = claimDate(ctx, d, e);
    return start && end && { start, end };
  }
  return undefined;
}

/** The title written with the person in the sentence ("Prime Minister X, who took office …"), when there is one. */
function boundTitle(ctx: RuleContext, person: number, at: number): TitleRead | undefined {
  const found = ctx.bindings.filter(
    (b) => b.modifier === null && ctx.sentenceOf[b.title.first] === ctx.sentenceOf[at] && b.people.length > 0 && b.people.every((p) => p.entry.ref === person),
  );
  if (found.length !== 1) return undefined;
  return { group: found[0].title.entry.ref, country: found[0].title.entry.country, next: -1 };
}

function claimAt(ctx: RuleContext, first: number, last: number, phrase: TenurePhrase): TenureClaim | undefined {
  // The title after the phrase is read first: it is the rarer, and cheaper, half ("was" is everywhere).
  let title = titleAfter(ctx, last);
  if (!title && !phrase.titleOptional) return undefined;
  const person = subjectOf(ctx, first, phrase);
  if (person === undefined) return undefined;
  let next = title?.next ?? -1;
  if (!title) {
    title = boundTitle(ctx, person, first);
    next = last + 1;
  }
  if (!title) return undefined;
  const dates = datesAt(ctx, next, phrase);
  if (!dates) return undefined;
  return { person, group: title.group, country: title.country, phrase, ...dates };
}

/** "X, Foreign Secretary since D,": a title in apposition with its start. */
const APPOSITION: TenurePhrase = { words: '', subject: 'active', claim: 'held', mayRepeat: true };

function appositionAt(ctx: RuleContext, m: Match): TenureClaim | undefined {
  const t = ctx.tokens;
  const after = m.last + 1;
  if (!joined(ctx, after, m.last) || t.lower[after] !== 'since' || (t.flags[m.last] & Tok.Possessive) !== 0) return undefined;
  let k = m.first;
  if (k > 0 && t.gap[k] === ' ' && t.lower[k - 1] === 'the') k--;
  if (k === 0 || t.gap[k] !== ',' || ctx.sentenceOf[k - 1] !== ctx.sentenceOf[k]) return undefined;
  const person = personEndingAt(ctx, k - 1);
  if (person === undefined || (t.flags[k - 1] & Tok.Possessive) !== 0) return undefined;
  const dates = datesAt(ctx, after, APPOSITION);
  if (!dates) return undefined;
  return { person, group: m.entry.ref, country: m.entry.country, phrase: APPOSITION, ...dates };
}

/** Every tenure claim of the text, in text order of its phrase. */
export function findClaims(ctx: RuleContext): TenureClaim[] {
  const t = ctx.tokens;
  const out: TenureClaim[] = [];
  for (let k = 0; k < t.count; k++) {
    const list = BY_FIRST_WORD.get(t.lower[k]);
    if (list === undefined) continue;
    for (const { phrase, words } of list) {
      let last = k;
      for (let w = 1; w < words.length && last !== -1; w++) last = joined(ctx, k + w, k) && t.lower[k + w] === words[w] ? k + w : -1;
      if (last === -1) continue;
      const claim = claimAt(ctx, k, last, phrase);
      if (claim) out.push(claim);
      break;
    }
  }
  for (const m of ctx.matches) {
    if (m.entry.kind !== 'title') continue;
    const claim = appositionAt(ctx, m);
    if (claim) out.push(claim);
  }
  return out;
}

