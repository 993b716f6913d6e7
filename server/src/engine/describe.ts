/**
 * What the facts say about the thing at an offset of a text: the data behind an editor's
 * hover card. Pure, like the rest of the engine; front ends turn it into Markdown.
 */
import type { CheckOptions } from './api';
import type { Acronym, Milestone, Office, PartialDate, Person, SourceRef, Term } from './facts/model';
import type { CompiledFacts } from './match/compile';
import type { Match } from './match/scan';
import { certainlyHeldIn, formatIso, possiblyHeldIn } from './dates';
import { ARTICLE_DATE_ORIGINS, type ArticleDateSource } from './articleDate';
import { governingPeriods, type Governing } from './rules/shared/governing';
import { RANGE_OPENERS, TIME_PREPOSITIONS } from './rules/shared/words';
import { RuleContext } from './rules/shared/rule-context';
import { maskText } from './text/mask';

/** A role as a card shows it. */
export interface CardRole {
  /** The title (the office's canonical title, or the one-off title). */
  title: string;
  /** Its country, if any. */
  country?: string;
  /** First day (YYYY, YYYY-MM or YYYY-MM-DD), if known. */
  from?: string;
  /** Last day, if it ended. */
  to?: string;
  /** Where the fact comes from. */
  source?: string;
  /** Whether it was held at the governing date. */
  current: boolean;
}

/** A date a person's or a title's card is judged at, and why it governs the sentence. */
export interface CardDate {
  /** "on 2026-03-09", "in 2019", "from 2012 to 2014". */
  when: string;
  /** 'the sentence says "on March 9"', "the article date (front matter)". */
  why: string;
}

/** The facts about one recognised thing. */
export type FactCard =
  | { kind: 'person'; text: string; person: Person; roles: CardRole[]; governing: CardDate[]; at: SourceRef }
  | { kind: 'title'; text: string; offices: { office: Office; holders: string[] }[]; when: string; governing: CardDate[]; at: SourceRef }
  | { kind: 'acronym'; text: string; acronym: Acronym; at: SourceRef }
  | { kind: 'term'; text: string; term: Term; at: SourceRef }
  | { kind: 'milestone'; text: string; milestone: Milestone; date: string; at: SourceRef };

const iso = (d: PartialDate | undefined) => (d ? formatIso(d) : undefined);

/** Where an article date came from, in words ("front matter", "a dateline"); unknown sources as given. */
export function articleDateOrigin(source: string): string {
  return Object.hasOwn(ARTICLE_DATE_ORIGINS, source) ? ARTICLE_DATE_ORIGINS[source as ArticleDateSource] : source;
}

/** The words of a date as the sentence writes them, with its weekday and the time word before it ("on Monday, March 9", "from 2019 to 2021"). */
function written(ctx: RuleContext, first: number, last: number): string {
  const t = ctx.tokens;
  // "on Monday, March 9": the weekday written before the date belongs to it.
  let from = first > 0 && ctx.weekdays.some((w) => w.token === first - 1) ? first - 1 : first;
  const before = from > 0 ? t.lower[from - 1] : '';
  if (TIME_PREPOSITIONS.has(before) || (last > first + 1 && RANGE_OPENERS.has(before))) from--;
  return ctx.text.slice(t.start[from], t.end[last]).replace(/\s+/g, ' ');
}

/** Each period that governs a sentence, with why (docs/contract.md §3). */
function explainGoverning(ctx: RuleContext, gov: Governing): CardDate[] {
  const labels = gov.when.split(' or ');
  return gov.reasons.map((r, i): CardDate => {
    const when = labels[i];
    switch (r.kind) {
      case 'sure':
        return { when, why: `the sentence says "${written(ctx, r.date.first, (r.to ?? r.date).last)}"` };
      case 'maybe':
        return { when, why: `the sentence says "${written(ctx, r.date.first, (r.to ?? r.date).last)}", which may be about something else` };
      case 'milestone':
        return { when, why: `the date of ${ctx.compiled.facts.milestones[r.milestone].name}, which the sentence names` };
      case 'article': {
        const a = ctx.article;
        return { when, why: `the article date (${articleDateOrigin(a.source)}${a.guessed ? ', a guess' : ''})` };
      }
    }
  });
}

function personCard(ctx: RuleContext, m: Match, text: string): FactCard {
  const person = ctx.compiled.facts.people[m.entry.ref];
  const gov = governingPeriods(ctx, m.first);
  const roles = person.roles.map((r): CardRole => {
    const oi = r.office !== undefined ? ctx.compiled.officeById.get(r.office) : undefined;
    const office = oi !== undefined ? ctx.compiled.facts.offices[oi] : undefined;
    return {
      title: office?.title ?? r.title ?? '',
      country: office?.country ?? r.country,
      from: iso(r.from),
      to: iso(r.to),
      source: r.source ?? office?.source,
      current: gov.periods.some((p) => possiblyHeldIn(r, p)),
    };
  });
  return { kind: 'person', text, person, roles, governing: explainGoverning(ctx, gov), at: person.at };
}

function titleCard(ctx: RuleContext, m: Match, text: string): FactCard | undefined {
  const group = ctx.compiled.titles[m.entry.ref];
  const gov = governingPeriods(ctx, m.first);
  const f = ctx.compiled.facts;
  let candidates = group.offices.filter((oi) => !m.entry.country || f.offices[oi].country === m.entry.country);
  // A title written with a person ("Foreign Minister Takeshi Iwaya") means that person's
  // country's office when the tables give the person one there: the card shows that office alone.
  const bound = ctx.bindings.find((b) => b.title === m);
  if (bound && candidates.length > 1) {
    const countries = new Set<string | undefined>();
    for (const p of bound.people) {
      for (const r of f.people[p.entry.ref].roles) {
        const oi = r.office !== undefined ? ctx.compiled.officeById.get(r.office) : undefined;
        countries.add(oi !== undefined ? f.offices[oi].country : r.country);
      }
    }
    const theirs = candidates.filter((oi) => countries.has(f.offices[oi].country));
    if (theirs.length > 0) candidates = theirs;
  }
  const offices = candidates
    .map((oi) => {
      const holders = new Set<string>();
      for (const h of ctx.compiled.holders(oi)) {
        if (gov.periods.some((p) => certainlyHeldIn(h, p))) holders.add(ctx.compiled.facts.people[h.person].name);
      }
      return { office: ctx.compiled.facts.offices[oi], holders: [...holders] };
    });
  if (offices.length === 0) return undefined;
  return { kind: 'title', text, offices, when: gov.when, governing: explainGoverning(ctx, gov), at: offices[0].office.at };
}

/** Cards for what is written at `offset`, most specific first (people before titles before the rest). */
export function describeAt(text: string, compiled: CompiledFacts, options: CheckOptions, offset: number): FactCard[] {
  const ctx = new RuleContext(text, maskText(text, options.format), compiled, options.articleDate, options.today);
  const cards: FactCard[] = [];
  const seen = new Set<string>();
  const order = ['person', 'surname', 'title', 'acronym', 'acronym-variant', 'expansion', 'expansion-variant', 'term', 'term-variant', 'milestone'];
  const here = ctx.matches
    .filter((m) => m.start <= offset && offset <= m.end && order.includes(m.entry.kind))
    .sort((a, b) => order.indexOf(a.entry.kind) - order.indexOf(b.entry.kind) || a.end - a.start - (b.end - b.start));
  for (const m of here) {
    const key = `${m.entry.kind === 'surname' ? 'person' : m.entry.kind}:${m.entry.ref}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const written = text.slice(m.start, m.end);
    const f = ctx.compiled.facts;
    switch (m.entry.kind) {
      case 'person':
      case 'surname':
        seen.add(`person:${m.entry.ref}`);
        cards.push(personCard(ctx, m, written));
        break;
      case 'title': {
        const card = titleCard(ctx, m, written);
        if (card) cards.push(card);
        break;
      }
      case 'acronym':
      case 'acronym-variant':
      case 'expansion':
      case 'expansion-variant':
        if (seen.has(`acronym:${m.entry.ref}`) && m.entry.kind !== 'acronym') break;
        seen.add(`acronym:${m.entry.ref}`);
        cards.push({ kind: 'acronym', text: written, acronym: f.acronyms[m.entry.ref], at: f.acronyms[m.entry.ref].at });
        break;
      case 'term':
      case 'term-variant':
        if (seen.has(`term:${m.entry.ref}`) && m.entry.kind !== 'term') break;
        seen.add(`term:${m.entry.ref}`);
        cards.push({ kind: 'term', text: written, term: f.terms[m.entry.ref], at: f.terms[m.entry.ref].at });
        break;
      case 'milestone': {
        const ms = f.milestones[m.entry.ref];
        cards.push({ kind: 'milestone', text: written, milestone: ms, date: formatIso(ms.date), at: ms.at });
        break;
      }
    }
  }
  return cards;
}
