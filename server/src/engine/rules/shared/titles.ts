/**
 * Judges a title bound to a person against the person's roles at the governing date,
 * and builds the corrections. Shared by the `title` and `title-date` rules.
 *
 * Fix policy: a fix that puts another person's name in place of the written one changes who
 * did what, so it is only ever offered beside another fix — never alone, which would let
 * `--fix` apply it.
 */
import type { Context } from '../../context';
import { certainlyHeldIn, describeTerm, possibleSpan, possiblyHeldIn, type Period } from '../../dates';
import type { Person, Role } from '../../facts/model';
import type { Match } from '../../match/scan';
import type { CompiledFacts } from '../../match/compiled';
import { phraseKey, phraseKeys } from '../../text/tokenize';
import type { Fix } from '../../types';
import { shorterTitles, type Binding } from './bindings';
import { quoted } from './finding';
import { replaceWith, replaceWithArticle } from './fixes';
import { governingPeriods } from './governing';
import { TITLE_FILLER_WORDS, TITLE_HEAD_NOUNS, TITLE_PREFIXES } from './words';
import type { RuleContext } from './rule-context';

/** The verdict on one binding. */
export interface Verdict {
  /** ok: nothing to say; never: the person never held the title; elsewhen: held it, but not at the governing date. */
  kind: 'ok' | 'never' | 'elsewhen';
  /** The person judged. */
  person: Person;
  /** Index of the person. */
  personIndex: number;
  /** The title judged (the longest, or a shorter one inside it that the person held). */
  title: Match;
  /** Roles that carry the title. */
  held: Role[];
  /** Governing periods of the sentence. */
  periods: Period[];
  /** How a message says the governing date ("on 2026-03-06", "in 2025"). */
  when: string;
  /** True when the article date is among the governing periods (see `governing.ts`). */
  fromArticle: boolean;
  /** Whether the periods rest on the article date (`Governing.usesArticle`). */
  usesArticle: boolean;
}

interface Candidates {
  offices: Set<number>;
  key: string;
  country: string | undefined;
  /** The key of the whole form read, country and all, when it names one ("zenda's special envoy"). */
  whole: string | undefined;
  /** The offices by their country, made when `holderAt` first needs them. */
  byCountry?: Map<string | undefined, number[]>;
}

/**
 * Candidates by title entry: they depend on the entry alone, and a title is judged many times.
 * Kept beside the entry rather than on it: entries belong to the compiled table (`match/`),
 * whose types know nothing of how rules judge titles, and the map goes when the table goes.
 */
const candidatesCache = new WeakMap<Match['entry'], Candidates>();

/** Offices (indices) and the one-off title key a written title may mean, within its country if it names one. */
function candidates(ctx: Context, title: Match): Candidates {
  let c = candidatesCache.get(title.entry);
  if (c === undefined) candidatesCache.set(title.entry, (c = candidatesOf(ctx, title)));
  return c;
}

function candidatesOf(ctx: Context, title: Match): Candidates {
  const group = ctx.compiled.titles[title.entry.ref];
  const country = title.entry.country;
  const offices = new Set<number>();
  for (const oi of group.offices) {
    if (!country || ctx.compiled.facts.offices[oi].country === country) offices.add(oi);
  }
  const whole = country ? phraseKey(title.entry.surface) : undefined;
  // One table's "Vice Minister of Ruritania" with its country, another's office titled exactly so:
  // the words as written are that office's title too.
  const same = whole !== undefined ? ctx.compiled.titleByKey.get(whole) : undefined;
  if (same !== undefined) for (const oi of ctx.compiled.titles[same].offices) offices.add(oi);
  return { offices, key: group.key, country, whole };
}

function carriesTitle(ctx: Context, r: Role, c: Candidates): boolean {
  if (r.office !== undefined) {
    const oi = ctx.compiled.officeById.get(r.office);
    return oi !== undefined && c.offices.has(oi);
  }
  if (r.title === undefined) return false;
  const key = phraseKey(r.title);
  // A one-off title the table writes with its country ("Zenda's Special Envoy") reads, in a text,
  // the same as an office's title with that country: the whole form is that title too.
  return (key === c.key && (!c.country || r.country === c.country)) || key === c.whole;
}

function verdictFor(ctx: Context, title: Match, pi: number, periods: Period[], when: string, fromArticle = false, usesArticle = false): Verdict {
  const person = ctx.compiled.facts.people[pi];
  const c = candidates(ctx, title);
  const held = person.roles.filter((r) => carriesTitle(ctx, r, c));
  const atDate = held.some((r) => periods.some((p) => possiblyHeldIn(r, p)));
  const kind = held.length === 0 ? 'never' : atDate ? 'ok' : 'elsewhen';
  return { kind, person, personIndex: pi, title, held, periods, when, fromArticle, usesArticle };
}

/** Judges a binding; null when it cannot be judged with confidence. */
export function judge(ctx: RuleContext, b: Binding): Verdict | null {
  // Both the `title` and the `title-date` rule ask; bindings are made once per text, so one verdict serves both.
  if (b.verdict === undefined) b.verdict = judgeNow(ctx, b) ?? null;
  return b.verdict;
}

function judgeNow(ctx: RuleContext, b: Binding): Verdict | undefined {
  const c = candidates(ctx, b.title);
  if (c.offices.size === 0 && ctx.compiled.titles[b.title.entry.ref].oneOff.length === 0) return undefined;
  const gov = governingPeriods(ctx, b.title.first);
  const persons = [...new Set(b.people.map((m) => m.entry.ref))];
  const verdicts = persons.map((pi) => verdictFor(ctx, b.title, pi, gov.periods, gov.when, gov.fromArticle, gov.usesArticle));
  // A form shared by several people is only judged when none of them fits.
  if (verdicts.some((v) => v.kind === 'ok')) return undefined;
  if (verdicts.length !== 1) return undefined;
  const v = verdicts[0];
  // "Special Advisor to Japan's Prime Minister Sanae Takaichi": the long title may be someone
  // else's in apposition, and the shorter one inside it this person's. Held at all: say nothing.
  for (const s of shorterTitles(ctx, b.title)) {
    if (verdictFor(ctx, s, v.personIndex, gov.periods, gov.when).kind !== 'never') return undefined;
  }
  if (v.kind === 'never' && (looseWording(ctx, b.title, v.person, gov.periods) || !knownTogether(ctx, c, v.person))) return undefined;
  const listed = b.people.some((m) => m.entry.ref === v.personIndex && m.entry.kind === 'person');
  if (!listed) {
    // A derived surname alone: only when no one else in the tables has it, and never for "never held".
    if (v.kind === 'never') return undefined;
    const surname = ctx.text.slice(b.personStart, b.personEnd).toLowerCase();
    if (ctx.compiled.surnameCount(surname) !== 1) return undefined;
  }
  return v;
}

/**
 * A title's words for `looseWording`: filler dropped, head nouns as one, in a fixed order. In a
 * title with a rank word the head noun is kept as written: "Minister of State" and "Secretary of
 * State" are two ranks, not two wordings.
 */
function looseKey(title: string): string {
  const words = phraseKeys(title).words.filter((w) => !TITLE_FILLER_WORDS.has(w));
  const ranked = words.some((w) => TITLE_PREFIXES.has(w));
  return words
    .map((w) => (!ranked && TITLE_HEAD_NOUNS.has(w) ? '*' : w))
    .sort()
    .join(' ');
}

/**
 * Whether the person, at the date, held a post of the same country as one the written title may
 * mean, under a loose wording of that title ("Foreign Minister" for that country's Foreign
 * Secretary): the writer named the post the person held in other words, so "never held" would be
 * a false alarm when tables list both posts.
 */
function looseWording(ctx: Context, title: Match, person: Person, periods: Period[]): boolean {
  const c = candidates(ctx, title);
  const countries = new Set<string | undefined>([...c.offices].map((oi) => ctx.compiled.facts.offices[oi].country));
  const written = looseKey(title.entry.base ?? title.entry.surface);
  for (const r of rolesAt(person, periods)) {
    if (!countries.has(countryOf(ctx, r))) continue;
    const oi = officeOf(ctx, r);
    const names = oi !== undefined ? [ctx.compiled.facts.offices[oi].title, ...ctx.compiled.facts.offices[oi].aliases] : [r.title ?? ''];
    if (names.some((n) => looseKey(n) === written)) return true;
  }
  return false;
}

/**
 * Whether "never held" may be said of a person and a title on these tables. Tables of other
 * makers (an import of one country's posts, a desk's list of the same country's cabinet) may
 * name one post twice ("Finance Minister", "Chancellor of the Exchequer"), and an office's
 * holders in one table say nothing of a person only another table lists. So when the person held
 * a post in a country of the offices the title may mean, a table must know both: it defines one
 * of those offices, or the person holds an office of a table that defines one. A person with no
 * post in those countries ("British Foreign Secretary" for India's Foreign Secretary) is judged
 * as before, and so is a title that only one-off roles carry.
 */
function knownTogether(ctx: Context, c: Candidates, person: Person): boolean {
  if (c.offices.size === 0) return true;
  const offices = ctx.compiled.facts.offices;
  const countries = new Set([...c.offices].map((oi) => offices[oi].country));
  if (!person.roles.some((r) => countries.has(countryOf(ctx, r)))) return true;
  const officeTables = new Set([...c.offices].map((oi) => tableOf(offices[oi].at)));
  if (officeTables.has(tableOf(person.at))) return true;
  for (const r of person.roles) {
    if (officeTables.has(tableOf(r.at))) return true;
    const oi = officeOf(ctx, r);
    if (oi !== undefined && officeTables.has(tableOf(offices[oi].at))) return true;
  }
  return false;
}

function tableOf(at: { table: string; file: string | null }): string {
  return `${at.table}\u0000${at.file ?? ''}`;
}

function officeOf(ctx: Context, r: Role): number | undefined {
  return r.office !== undefined ? ctx.compiled.officeById.get(r.office) : undefined;
}

function countryOf(ctx: Context, r: Role): string | undefined {
  const oi = officeOf(ctx, r);
  return oi !== undefined ? ctx.compiled.facts.offices[oi].country : r.country;
}

/**
 * Each role's written title, without and with its country, per compiled table and role object:
 * findings and hover cards ask for the same roles on every check, and the answer depends on the
 * tables alone (a role may be in several merged tables, whose offices differ).
 */
const roleTitles = new WeakMap<CompiledFacts, WeakMap<Role, [string | undefined, string | undefined]>>();

/** The title of a role as a person would write it, with its country when the title alone is ambiguous or `withCountry`. */
export function roleTitle(ctx: Context, r: Role, withCountry = false): string {
  let byRole = roleTitles.get(ctx.compiled);
  if (!byRole) roleTitles.set(ctx.compiled, (byRole = new WeakMap()));
  let memo = byRole.get(r);
  if (!memo) byRole.set(r, (memo = [undefined, undefined]));
  const at = withCountry ? 1 : 0;
  return (memo[at] ??= writeRoleTitle(ctx, r, withCountry));
}

function writeRoleTitle(ctx: Context, r: Role, withCountry: boolean): string {
  const oi = officeOf(ctx, r);
  const title = oi !== undefined ? ctx.compiled.facts.offices[oi].title : (r.title ?? '');
  const country = countryOf(ctx, r);
  // "Ambassador of India to Japan" names its country already.
  if (!country || ` ${phraseKeys(title).words.join(' ')} `.includes(` ${phraseKeys(country).words.join(' ')} `)) return title;
  const group = ctx.compiled.titleByKey.get(phraseKey(title));
  const shared = group !== undefined && new Set(ctx.compiled.titles[group].offices.map((o) => ctx.compiled.facts.offices[o].country)).size > 1;
  return withCountry || shared ? `${country}'s ${title}` : title;
}

/** The roles a person certainly held in the periods. */
export function rolesAt(person: Person, periods: Period[]): Role[] {
  return person.roles.filter((r) => periods.some((p) => certainlyHeldIn(r, p)));
}

/** "is Foreign Secretary (since 2024-07-15)", "was Japan's Prime Minister (2020-09-16 to 2021-10-04)". */
export function describeRole(ctx: Context, r: Role, withCountry: boolean): string {
  return `${r.to === undefined ? 'is' : 'was'} ${roleTitle(ctx, r, withCountry)} (${describeTerm(r)})`;
}

/** "has been Foreign Secretary since 2024-07-15", "was Foreign Minister 2019-09-11 to 2021-11-04 and since 2025-10-21". */
export function describeTerms(held: Role[], title: string): string {
  if (held.length === 1 && held[0].to === undefined && held[0].from !== undefined) return `has been ${title} ${describeTerm(held[0])}`;
  return `was ${title} ${held.map(describeTerm).join(' and ')}`;
}

/** The title as written, without a country, for messages. */
export function writtenTitle(ctx: Context, title: Match): string {
  return title.entry.base ?? quoted(ctx, title.start, title.end);
}

/** Who certainly held the written title in the periods, when that is exactly one person other than `person`. */
/**
 * The people who certainly held a written title in the periods and whose name opens with `given`
 * (lower case), of `country`'s offices when one is written: whom "Foreign Minister Yoko" may mean.
 * A one-off title is never read this way.
 */
export function holdersWithGivenName(ctx: Context, title: Match, periods: Period[], given: string, country: string | undefined): number[] {
  const found = new Set<number>();
  for (const oi of candidates(ctx, title).offices) {
    if (country !== undefined && ctx.compiled.facts.offices[oi].country !== country) continue;
    for (const h of ctx.compiled.holdersGiven(oi, given)) if (periods.some((p) => certainlyHeldIn(h, p))) found.add(h.person);
  }
  return [...found];
}

export function holderAt(ctx: Context, title: Match, periods: Period[], person: Person): Person | undefined {
  const c = candidates(ctx, title);
  let offices = [...c.offices];
  if (offices.length > 1) {
    // A title several offices share ("Foreign Minister") is narrowed to the person's countries.
    if (c.byCountry === undefined) {
      c.byCountry = new Map();
      for (const oi of offices) {
        const country = ctx.compiled.facts.offices[oi].country;
        const list = c.byCountry.get(country);
        if (list) list.push(oi);
        else c.byCountry.set(country, [oi]);
      }
    }
    offices = [];
    for (const country of new Set(person.roles.map((r) => countryOf(ctx, r)))) offices.push(...(c.byCountry.get(country) ?? []));
  }
  if (offices.length !== 1) return undefined;
  const found = new Set<number>();
  for (const h of ctx.compiled.holders(offices[0])) {
    if (periods.some((p) => possiblyHeldIn(h, p))) {
      if (!periods.some((p) => certainlyHeldIn(h, p))) return undefined;
      found.add(h.person);
    }
  }
  if (found.size !== 1) return undefined;
  const holder = ctx.compiled.facts.people[[...found][0]];
  return holder === person ? undefined : holder;
}

/** A fix that replaces the person's name with another person's. */
export function holderFix(b: Binding, holder: Person): Fix {
  return replaceWith({ start: b.personStart, end: b.personEnd }, holder.name);
}

/** A fix that replaces the written title (and an "(ACR)" after it) with the title of a role, keeping a written country. */
export function titleFix(ctx: Context, b: Binding, r: Role): Fix {
  let title = roleTitle(ctx, r);
  const country = b.title.entry.country;
  const roleCountry = countryOf(ctx, r);
  if (country && roleCountry) {
    const bare = roleTitle(ctx, r).replace(`${roleCountry}'s `, '');
    title = b.title.entry.surface.startsWith(country) ? `${roleCountry}'s ${bare}` : `${bare} of ${roleCountry}`;
  }
  return replaceWithArticle(ctx.text, { start: b.title.start, end: b.titleEnd }, title);
}

/** Inserts "former" before the title, after a country possessive ("Japan's former Foreign Minister"). */
export function formerFix(ctx: Context, b: Binding): Fix {
  const t = ctx.tokens;
  let k = b.title.first;
  const country = b.title.entry.country;
  if (country && b.title.entry.surface.startsWith(country)) k += phraseKeys(country).words.length;
  const atSentenceStart = ctx.sentences[ctx.sentenceOf[k]].first === k;
  return { title: 'Insert "former"', edits: [{ offset: t.start[k], length: 0, text: atSentenceStart ? 'Former ' : 'former ' }] };
}

/** True when every role ended before every governing period began. */
export function endedBefore(held: Role[], periods: Period[]): boolean {
  return held.every((r) => r.to !== undefined && periods.every((p) => possibleSpan(r)[1] < p[0]));
}

/** Adds the holder fix only beside another fix. */
export function withHolder(fixes: Fix[], b: Binding, holder: Person | undefined): Fix[] {
  return holder && fixes.length > 0 ? [...fixes, holderFix(b, holder)] : fixes;
}

/** True when every role began after every governing period: "former" or "then" names a title not yet held. */
export function startedAfter(held: Role[], periods: Period[]): boolean {
  return held.every((r) => r.from !== undefined && periods.every((p) => possibleSpan(r)[0] > p[1]));
}
