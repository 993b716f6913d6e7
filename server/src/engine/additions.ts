/**
 * What a text suggests adding to the facts tables: the data behind the editor's "Add … to a facts
 * table" quick fixes. Pure, like the rest of the engine; front ends write the tables.
 *
 * A new person is a personal name written right next to a title the tables know, after it
 * ("Foreign Minister Ada Quill", "the Foreign Minister, Ada Quill,") or before it in apposition
 * ("Ada Quill, Examplia's Foreign Minister,"),
 * that no table knows. The name is two to four capitalised words, none of them a known person,
 * alias, surname, country or title, none a word of a place, a body or another title, none all
 * capitals, in a sentence that is not a headline in title case, and not a misspelling the `name`
 * rule reports. The title must say which office it is (one office, or one one-off title), and
 * nothing may move it to another time ("former", "incoming") or make it another office ("Deputy").
 */
import type { CheckOptions } from './api';
import { formatIso, dateSpan } from './dates';
import type { PartialDate, Role } from './facts/model';
import type { CompiledFacts } from './match/compile';
import type { Match } from './match/scan';
import { name as nameRule } from './rules/name';
import { beforeTitle, isTimeOfDay, titleEndingAt } from './rules/shared/bindings';
import { governingPeriods } from './rules/shared/governing';
import { capWord, continuesRun } from './rules/shared/name-runs';
import { RuleContext } from './rules/shared/rule-context';
import { NOT_NAME_WORDS, SENTENCE_OPENERS, TITLE_CASE_SMALL_WORDS } from './rules/shared/words';
import { maskText } from './text/mask';
import { PARAGRAPH_GAP, phraseKey, Tok } from './text/tokenize';
import type { Finding } from './types';

/** The role a new person is written with, in the table's own fields. */
export interface NewRole {
  /** The office the title resolves to, by id. */
  office?: string;
  /** A one-off title, when the title is no office's. */
  title?: string;
  /** The one-off title's country. */
  country?: string;
}

/** A person the text names with a known title whom no table knows. */
export interface NewPerson {
  /** The name as written, white space folded to single spaces. */
  name: string;
  /** Start offset of the name. */
  start: number;
  /** End offset of the name (before a possessive "'s"). */
  end: number;
  /** Start offset of the title, with a country written before it. */
  titleStart: number;
  /** End offset of the title. */
  titleEnd: number;
  /** The role to add. */
  role: NewRole;
  /** The role as a menu names it: "Minister for Foreign Affairs (Examplia)". */
  label: string;
  /** When the text has the person in the role: the sentence's own date, else the article date (YYYY, YYYY-MM or YYYY-MM-DD). */
  from: string;
}

/** A spelling to add to a known person's aliases. */
export interface AliasSuggestion {
  /** The person's name as the tables write it. */
  person: string;
  /** The person's Wikidata item, when the tables give one. */
  wikidata?: string;
  /** The spelling as the text writes it, white space folded. */
  alias: string;
}

/** Names of more words than this are some other kind of name ("Ada Quill Visits Tokyo Today"). */
const MAX_NAME_WORDS = 4;

/** The people the text names with a known title and no table knows, in text order. */
export function findNewPeople(text: string, compiled: CompiledFacts, options: CheckOptions): NewPerson[] {
  const ctx = new RuleContext(text, maskText(text, options.format), compiled, options.articleDate, options.today);
  // A near miss of a known name is a misspelling, which the `name` rule reports and fixes.
  const misspelt = [...nameRule.run(ctx)].map((f) => [f.offset, f.offset + f.length]);
  const dated = new Set<number>();
  for (const d of ctx.dates) for (let k = d.first; k <= d.last; k++) dated.add(k);
  for (const w of ctx.weekdays) dated.add(w.token);
  const out: NewPerson[] = [];
  const seen = new Set<number>();
  for (const m of ctx.matches) {
    if (m.entry.kind !== 'title' || titleEndingAt(ctx, m.last) !== m || isTimeOfDay(ctx, m)) continue;
    for (const found of [nameAfter(ctx, m, dated), nameBefore(ctx, m, dated)]) {
      if (!found) continue;
      const t = ctx.tokens;
      const start = t.start[found.first];
      const end = t.baseEnd[found.last];
      if (seen.has(start) || misspelt.some(([a, b]) => a < end && start < b) || titleCased(ctx, found.first)) continue;
      const role = roleOf(ctx, m, found.country);
      if (!role) continue;
      seen.add(start);
      out.push({
        name: text.slice(start, end).replace(/\s+/g, ' '),
        start,
        end,
        titleStart: found.titleStart,
        titleEnd: m.end,
        role: role.role,
        label: role.label,
        from: fromDate(ctx, m),
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Where a name was found beside a title. */
interface Found {
  /** First and last token of the name. */
  first: number;
  last: number;
  /** The country written before the title ("Examplia Foreign Minister"), if any. */
  country?: string;
  /** Start offset of the title with that country. */
  titleStart: number;
}

/** The country written right before a title ("Examplia Foreign Minister", "Examplia's Foreign Minister"), if any. */
function countryBefore(ctx: RuleContext, m: Match): Match | undefined {
  if (m.first === 0 || ctx.tokens.gap[m.first] !== ' ') return undefined;
  return (ctx.endingAt.get(m.first - 1) ?? []).find((x) => x.entry.kind === 'country');
}

/**
 * "Foreign Minister Ada Quill", "the Foreign Minister, Ada Quill, said": the name right after the
 * title (set off by commas, it must end its phrase), which nothing before the title moves or qualifies.
 */
function nameAfter(ctx: RuleContext, m: Match, dated: ReadonlySet<number>): Found | undefined {
  const t = ctx.tokens;
  const k = m.last + 1;
  if ((t.flags[m.last] & Tok.Possessive) !== 0 || k >= t.count || ctx.sentenceOf[k] !== ctx.sentenceOf[m.last]) return undefined;
  if ((t.gap[k] !== ' ' && t.gap[k] !== ',') || beforeTitle(ctx, m.first) !== null) return undefined;
  const last = runForward(ctx, k, dated);
  if (last === undefined) return undefined;
  if (t.gap[k] === ',') {
    const after = last + 1 < t.count && ctx.sentenceOf[last + 1] === ctx.sentenceOf[last] ? t.gap[last + 1] : '.';
    if (after !== PARAGRAPH_GAP && !/^[,.;:)]/.test(after)) return undefined;
  }
  const qualifier = countryBefore(ctx, m);
  return { first: k, last, country: qualifier && ctx.compiled.countries[qualifier.entry.ref], titleStart: qualifier?.start ?? m.start };
}

/** "Ada Quill, [the] [Examplia] Foreign Minister,": the name before a comma, with the title ending its phrase. */
function nameBefore(ctx: RuleContext, m: Match, dated: ReadonlySet<number>): Found | undefined {
  const t = ctx.tokens;
  if ((t.flags[m.last] & Tok.Possessive) !== 0) return undefined;
  const after = m.last + 1 < t.count ? t.gap[m.last + 1] : '.';
  if (after !== PARAGRAPH_GAP && !/^[,.;:)!?"'—–]/.test(after)) return undefined;
  let k = m.first;
  const qualifier = countryBefore(ctx, m);
  if (qualifier) k = qualifier.first;
  while (k > 0 && t.gap[k] === ' ' && t.lower[k - 1] === 'the' && ctx.sentenceOf[k - 1] === ctx.sentenceOf[k]) k--;
  if (k === 0 || t.gap[k] !== ',' || ctx.sentenceOf[k - 1] !== ctx.sentenceOf[k]) return undefined;
  const first = runBackward(ctx, k - 1, dated);
  if (first === undefined) return undefined;
  return { first, last: k - 1, country: qualifier && ctx.compiled.countries[qualifier.entry.ref], titleStart: qualifier?.start ?? m.start };
}

/** Whether token j may be a word of a new person's name. */
function nameWord(ctx: RuleContext, j: number, dated: ReadonlySet<number>): boolean {
  const t = ctx.tokens;
  return capWord(ctx, j) && (t.flags[j] & Tok.AllCaps) === 0 && ctx.coverage[j] === 0 && !dated.has(j) && !NOT_NAME_WORDS.has(t.lower[j]);
}

/** Whether token j + 1 is glued to token j by a hyphen ("Jean-Luc"), as one word. */
function hyphenated(ctx: RuleContext, j: number): boolean {
  const t = ctx.tokens;
  return j + 1 < t.count && t.gap[j + 1] === '-' && t.start[j + 1] === t.end[j] + 1 && ctx.sentenceOf[j] === ctx.sentenceOf[j + 1];
}

/** Whether token j is an initial with its full stop and token j + 1 follows after one space ("S. Quill"). */
function initialBefore(ctx: RuleContext, j: number): boolean {
  const t = ctx.tokens;
  return j + 1 < t.count && t.end[j] - t.start[j] === 1 && t.gap[j + 1] === '.' && t.start[j + 1] === t.end[j] + 2 && ctx.text[t.end[j] + 1] === ' ';
}

/** The last token of a name that starts at token k, or undefined when the words there are no new person's name. */
function runForward(ctx: RuleContext, k: number, dated: ReadonlySet<number>): number | undefined {
  const t = ctx.tokens;
  if (!nameWord(ctx, k, dated)) return undefined;
  let j = k;
  let words = 1;
  for (;;) {
    if ((t.flags[j] & Tok.Possessive) !== 0) break;
    if (hyphenated(ctx, j) || initialBefore(ctx, j)) {
      // A lower-case part ("Kim Jong-un") or another word glued on: not a name to guess the end of.
      if (!nameWord(ctx, j + 1, dated)) return undefined;
      if (!hyphenated(ctx, j)) words++;
      j++;
      continue;
    }
    if (!continuesRun(ctx, j) || dated.has(j + 1)) break;
    // A longer name ("Ada Quill Foundation"), or one running into a known one.
    if (!nameWord(ctx, j + 1, dated)) return undefined;
    j++;
    words++;
  }
  if (j + 1 < t.count && t.gap[j + 1] === '-' && t.start[j + 1] === t.end[j] + 1) return undefined;
  return words >= 2 && words <= MAX_NAME_WORDS ? j : undefined;
}

/** The first token of a name that ends at token k (before a comma), or undefined. */
function runBackward(ctx: RuleContext, k: number, dated: ReadonlySet<number>): number | undefined {
  const t = ctx.tokens;
  if (!nameWord(ctx, k, dated) || (t.flags[k] & Tok.Possessive) !== 0) return undefined;
  let j = k;
  let words = 1;
  while (j > 0 && ctx.sentenceOf[j - 1] === ctx.sentenceOf[j]) {
    const p = j - 1;
    if (hyphenated(ctx, p) || initialBefore(ctx, p)) {
      if (!nameWord(ctx, p, dated)) return undefined;
      if (!hyphenated(ctx, p)) words++;
      j = p;
      continue;
    }
    if (!continuesRun(ctx, p) || dated.has(p)) break;
    // "Yesterday Ada Quill, …": a word that opens the sentence is no part of the name.
    if (ctx.sentences[ctx.sentenceOf[p]].first === p && SENTENCE_OPENERS.has(t.lower[p])) break;
    if (!nameWord(ctx, p, dated)) return undefined;
    j = p;
    words++;
  }
  return words >= 2 && words <= MAX_NAME_WORDS ? j : undefined;
}

/** Whether the sentence of token k is a headline in title case: no lower-case word but the small ones. */
function titleCased(ctx: RuleContext, k: number): boolean {
  const t = ctx.tokens;
  const s = ctx.sentences[ctx.sentenceOf[k]];
  for (let j = s.first; j <= s.last; j++) {
    if ((t.flags[j] & Tok.Alpha) !== 0 && (t.flags[j] & Tok.Cap) === 0 && !TITLE_CASE_SMALL_WORDS.has(t.lower[j])) return false;
  }
  return true;
}

/** The one office or one-off title a written title stands for, within its country when one is written; undefined when it is not one. */
function roleOf(ctx: RuleContext, m: Match, qualifier: string | undefined): { role: NewRole; label: string } | undefined {
  const facts = ctx.compiled.facts;
  const group = ctx.compiled.titles[m.entry.ref];
  const country = m.entry.country ?? qualifier;
  const offices = group.offices.filter((oi) => country === undefined || facts.offices[oi].country === country);
  if (offices.length === 1) {
    const o = facts.offices[offices[0]];
    return { role: { office: o.id }, label: o.country ? `${o.title} (${o.country})` : o.title };
  }
  if (offices.length > 1 || group.offices.length > 0) return undefined;
  // A one-off title: the table's own words for it, with the one country its holders have or the one written.
  const roles: Role[] = group.oneOff.map((o) => facts.people[o.person].roles[o.role]);
  const countries = new Set(roles.map((r) => r.country));
  const titles = new Set(roles.map((r) => r.title));
  if (roles.length === 0 || titles.size !== 1) return undefined;
  const within = country ?? (countries.size === 1 ? [...countries][0] : undefined);
  if (country === undefined && countries.size !== 1) return undefined;
  const title = roles[0].title!;
  return { role: within === undefined ? { title } : { title, country: within }, label: within ? `${title} (${within})` : title };
}

/** The date the text has the person in the role: the sentence's own (the earliest, when it gives several), else the article date. */
function fromDate(ctx: RuleContext, m: Match): string {
  const gov = governingPeriods(ctx, m.first);
  if (gov.fromArticle || gov.dates.length === 0) return formatIso(ctx.article.date);
  const earliest = gov.dates.reduce((a: PartialDate, b: PartialDate) => (dateSpan(b)[0] < dateSpan(a)[0] ? b : a));
  return formatIso(earliest);
}

/**
 * The spelling a `name` finding flags, as an alias of the person its fix names, for a writer who
 * knows it is right ("Add 'Vikram Misry' as an alias"); null for another finding, or a spelling
 * that is only part of the person's name ("Foreign Minister Lena" for Lena Marchetti).
 */
export function suggestAlias(compiled: CompiledFacts, finding: Finding): AliasSuggestion | null {
  const fact = finding.fact;
  if (finding.rule !== 'name' || fact === null) return null;
  const person = compiled.facts.people.find((p) => p.at.table === fact.table && p.at.line === fact.line);
  if (!person) return null;
  const alias = finding.text.replace(/\s+/g, ' ').trim();
  const key = phraseKey(alias);
  if (` ${phraseKey(person.name)} `.includes(` ${key} `) || person.aliases.some((a) => phraseKey(a) === key)) return null;
  return person.wikidata === undefined ? { person: person.name, alias } : { person: person.name, wikidata: person.wikidata, alias };
}
