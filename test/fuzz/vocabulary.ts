/**
 * What generated drafts are written from: every surface form a facts table gives (names,
 * aliases, titles, countries, acronyms, expansions, listed wrong forms, terms, milestones and
 * their dates), read from the loaded table itself so the same code serves the default table
 * and generated ones, plus the words the rules look for (from the engine's word lists).
 */
import { words, type Engine } from './modules';

/** The loaded facts of a table set. */
export type Facts = Engine.CompiledFacts['facts'];

/** A calendar day. */
export interface Day {
  /** Four-digit year. */
  year: number;
  /** 1–12. */
  month: number;
  /** 1–31. */
  day: number;
}

/** A title a person held, with when (a title and a name that go together). */
export interface Holding {
  /** The person's name or an alias. */
  name: string;
  /** The office's title or an alias, or the one-off title. */
  title: string;
  /** The first day of the role, when the table gives it. */
  from?: Day;
  /** The last day, when the role has ended. */
  to?: Day;
}

/** The strings drafts are made of; every list has at least one entry. */
export interface Vocabulary {
  /** Full names and their aliases. */
  names: string[];
  /** The last word of each multi-word name, and each first word. */
  nameWords: string[];
  /** Office ids. */
  officeIds: string[];
  /** Office titles and aliases, one-off role titles, and titles with their country. */
  titles: string[];
  /** Countries of offices and roles. */
  countries: string[];
  /** Acronyms. */
  acronyms: string[];
  /** Acronyms' expansions. */
  expansions: string[];
  /** Terms' correct forms. */
  terms: string[];
  /** Every listed wrong form: acronyms' and terms' variants. */
  wrongForms: string[];
  /** Milestones' names and aliases. */
  milestones: string[];
  /** Days the table mentions (role starts and ends, milestone dates, asOf), at the precision written (a year alone is January 1). */
  days: Day[];
  /** Titles people held, with their names and dates. */
  holdings: Holding[];
  /** Words the rules look for: tenure phrases, past and future modifiers, stage verbs, … */
  ruleWords: string[];
}

/** A few plain words of news copy, so that generated prose is not only facts. */
const PLAIN_WORDS = [
  'the', 'a', 'said', 'met', 'talks', 'visit', 'minister', 'today', 'and', 'in', 'on', 'with', 'of', 'to', 'for', 'at',
  'government', 'statement', 'after', 'before', 'during', 'meeting', 'summit', 'agreed', 'told', 'reporters', 'officials',
  'week', 'year', 'Monday', 'last', 'next', 'new', 'former', 'who', 'which', 'was', 'is', 'has', 'been', 'as', 'by',
];

/** Every string in the engine's word lists (sets, lists, maps and the strings inside their records). */
function ruleWordList(): string[] {
  const out = new Set<string>();
  const walk = (v: unknown, depth: number): void => {
    if (depth > 4) return;
    if (typeof v === 'string') out.add(v);
    else if (v instanceof Set || Array.isArray(v)) for (const x of v) walk(x, depth + 1);
    else if (v instanceof Map) for (const entry of v) walk(entry, depth + 1);
    else if (typeof v === 'object' && v !== null) for (const x of Object.values(v)) walk(x, depth + 1);
  };
  walk(Object.values(words), 0);
  return [...out].sort();
}

let ruleWordsCache: string[] | undefined;

/** The vocabulary of a set of facts. */
export function vocabularyOf(facts: Facts): Vocabulary {
  const names = new Set<string>();
  const nameWords = new Set<string>();
  const titles = new Set<string>();
  const countries = new Set<string>();
  const days: Day[] = [];
  const holdings: Holding[] = [];
  const dayOf = (d: { year: number; month?: number; day?: number } | undefined): Day | undefined => d && { year: d.year, month: d.month ?? 1, day: d.day ?? 1 };
  const addDay = (d: { year: number; month?: number; day?: number } | undefined) => {
    const day = dayOf(d);
    if (day) days.push(day);
  };
  const officeTitles = new Map(facts.offices.map((o) => [o.id, [o.title, ...o.aliases]]));
  for (const o of facts.offices) {
    for (const t of [o.title, ...o.aliases]) {
      titles.add(t);
      if (o.country) for (const form of [`${o.country}'s ${t}`, `${t} of ${o.country}`]) titles.add(form);
    }
    if (o.country) countries.add(o.country);
  }
  for (const p of facts.people) {
    for (const n of [p.name, ...p.aliases]) {
      names.add(n);
      const parts = n.split(/\s+/).filter((w) => w.length > 0);
      if (parts.length > 1) for (const w of [parts[0], parts[parts.length - 1]]) nameWords.add(w);
    }
    for (const r of p.roles) {
      for (const title of r.office !== undefined ? (officeTitles.get(r.office) ?? []) : r.title ? [r.title] : []) {
        for (const name of [p.name, ...p.aliases]) holdings.push({ name, title, from: dayOf(r.from), to: dayOf(r.to) });
      }
      if (r.title) titles.add(r.title);
      if (r.country) countries.add(r.country);
      addDay(r.from);
      addDay(r.to);
    }
  }
  const acronyms = facts.acronyms.map((a) => a.short);
  const expansions = facts.acronyms.map((a) => a.expansion);
  const wrongForms = [...facts.acronyms.flatMap((a) => a.variants), ...facts.terms.flatMap((t) => t.variants)];
  const milestones = facts.milestones.flatMap((m) => [m.name, ...m.aliases]);
  for (const m of facts.milestones) addDay(m.date);
  for (const h of facts.horizons) addDay(h.date);
  ruleWordsCache ??= ruleWordList();
  return {
    names: nonEmpty([...names], 'Ann Example'),
    nameWords: nonEmpty([...nameWords], 'Example'),
    officeIds: nonEmpty(facts.offices.map((o) => o.id), 'example-office'),
    titles: nonEmpty([...titles], 'Minister'),
    countries: nonEmpty([...countries], 'Zenda'),
    acronyms: nonEmpty(acronyms, 'ABC'),
    expansions: nonEmpty(expansions, 'Any Big Council'),
    terms: nonEmpty(facts.terms.map((t) => t.canonical), 'Harbour Accord'),
    wrongForms: nonEmpty(wrongForms, 'Harbor Acord'),
    milestones: nonEmpty(milestones, 'Harbour Accord'),
    days: days.length > 0 ? days : [{ year: 2024, month: 3, day: 5 }],
    holdings: holdings.length > 0 ? holdings : [{ name: 'Ann Example', title: 'Minister' }],
    ruleWords: [...PLAIN_WORDS, ...ruleWordsCache],
  };
}

function nonEmpty(list: string[], fallback: string): string[] {
  const kept = [...new Set(list.filter((s) => s.length > 0))];
  return kept.length > 0 ? kept : [fallback];
}
