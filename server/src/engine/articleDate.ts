/**
 * The article date (docs/contract.md §3, step 2): the option, else a front-matter `date:`,
 * else a first line `date YYYY-MM-DD`, else a dateline with a full date, else the
 * first full date of the text, else today.
 */
import type { PartialDate } from './facts/model';
import type { DateExpr } from './text/dates';
import { parseIsoDate } from './dates';
import { findDates } from './text/dates';
import type { Sentence } from './text/sentences';
import { Tok, tokenize, type Tokens } from './text/tokenize';

/** Where the article date came from. */
export type ArticleDateSource = 'option' | 'front-matter' | 'date-line' | 'dateline' | 'first-date' | 'today';

/** The article date and where it was found. */
export interface ArticleDate {
  /** A full date. */
  date: PartialDate;
  /** Where it came from. */
  source: ArticleDateSource;
}

const FRONT_MATTER = /^(?:---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)|\+\+\+[ \t]*\r?\n([\s\S]*?)\r?\n\+\+\+)[ \t]*(?:\r?\n|$)/;
/** `date:` (YAML) or `date =` (TOML), with an ISO date or a written one ("March 6, 2026", "6 March 2026"). */
const FM_DATE = /^date[ \t]*[:=][ \t]*["']?([^"'\r\n#]+)/m;
const DATE_LINE = /^[ \t]*date:?[ \t]+(\d{4}-\d{2}-\d{2})\b/i;

/** Finds the article date of a text. */
export function findArticleDate(text: string, t: Tokens, sentences: Sentence[], dates: DateExpr[], option: string | undefined, today: string): ArticleDate {
  const forced = option ? parseIsoDate(option) : undefined;
  if (forced?.day !== undefined) return { date: forced, source: 'option' };
  const fm = FRONT_MATTER.exec(text);
  if (fm) {
    const d = FM_DATE.exec(fm[1] ?? fm[2]);
    const parsed = d ? frontMatterDate(d[1].trim()) : undefined;
    if (parsed?.day !== undefined) return { date: parsed, source: 'front-matter' };
  }
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  const dl = DATE_LINE.exec(firstLine);
  const lineDate = dl ? parseIsoDate(dl[1]) : undefined;
  if (lineDate?.day !== undefined) return { date: lineDate, source: 'date-line' };
  const full = dates.filter((d) => d.hasYear && d.date.day !== undefined);
  for (const d of full) {
    if (isDateline(t, sentences, d)) return { date: d.date, source: 'dateline' };
  }
  // A wire dateline without its year ("TOKYO, Feb. 24 (Reuters) -") dates the story better than
  // whatever full date the body mentions first: its year is the latest one not after today.
  const now = parseIsoDate(today);
  for (const d of dates) {
    if (d.hasYear || d.date.day === undefined || !now || !isDateline(t, sentences, d)) continue;
    const after = d.last + 1 < t.count ? t.gap[d.last + 1] : '';
    if (!/^[(\-\u2014]/.test(after)) continue;
    const month = d.date.month ?? 1;
    const year = month < (now.month ?? 12) || (month === now.month && d.date.day <= (now.day ?? 31)) ? now.year : now.year - 1;
    return { date: { year, month, day: d.date.day }, source: 'dateline' };
  }
  if (full.length > 0) return { date: full[0].date, source: 'first-date' };
  return { date: parseIsoDate(today) ?? { year: 1970, month: 1, day: 1 }, source: 'today' };
}

/** A front-matter date: ISO (with a time after it, or not) or written in words. */
function frontMatterDate(value: string): PartialDate | undefined {
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(value);
  if (iso) return parseIsoDate(iso[1]);
  const words = findDates(tokenize(value)).find((d) => d.hasYear && d.date.day !== undefined);
  return words?.date;
}

/** "NEW DELHI, May 22, 2025 —": a full date after a few capitalised place words at the start of a paragraph. */
function isDateline(t: Tokens, sentences: Sentence[], d: DateExpr): boolean {
  const s = sentences.find((x) => x.first <= d.first && d.first <= x.last);
  if (!s || !s.paragraphStart) return false;
  if (d.first === s.first) return true;
  if (d.first - s.first > 4 || !t.gap[d.first].startsWith(',')) return false;
  for (let k = s.first; k < d.first; k++) if ((t.flags[k] & Tok.Cap) === 0) return false;
  return true;
}
