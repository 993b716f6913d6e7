/**
 * The article date (contract §3, step 2): the option, else a front-matter `date:`,
 * else a first line `date YYYY-MM-DD`, else a dateline with a full date, else the
 * first full date of the text, else today.
 */
import type { PartialDate } from './facts/model';
import type { DateExpr } from './text/dates';
import { parseIsoDate } from './text/dates';
import type { Sentence } from './text/sentences';
import { Tok, type Tokens } from './text/tokenize';

/** Where the article date came from. */
export type ArticleDateSource = 'option' | 'front-matter' | 'date-line' | 'dateline' | 'first-date' | 'today';

/** The article date and where it was found. */
export interface ArticleDate {
  /** A full date. */
  date: PartialDate;
  /** Where it came from. */
  source: ArticleDateSource;
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const FM_DATE = /^date[ \t]*:[ \t]*["']?(\d{4}-\d{2}-\d{2})/m;
const DATE_LINE = /^[ \t]*date:?[ \t]+(\d{4}-\d{2}-\d{2})\b/i;

/** Finds the article date of a text. */
export function findArticleDate(text: string, t: Tokens, sentences: Sentence[], dates: DateExpr[], option: string | undefined, today: string): ArticleDate {
  const forced = option ? parseIsoDate(option) : undefined;
  if (forced?.day !== undefined) return { date: forced, source: 'option' };
  const fm = FRONT_MATTER.exec(text);
  if (fm) {
    const d = FM_DATE.exec(fm[1]);
    const parsed = d ? parseIsoDate(d[1]) : undefined;
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
  if (full.length > 0) return { date: full[0].date, source: 'first-date' };
  return { date: parseIsoDate(today) ?? { year: 1970, month: 1, day: 1 }, source: 'today' };
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
