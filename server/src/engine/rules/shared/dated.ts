/**
 * What a time-dependent finding rests on, and how that qualifies it (docs/contract.md §3):
 * a guessed article date makes it a guess, said in its message and never fixable (and an info
 * when the guess is a year the text does not give); a governing period past its table's horizon
 * (`asOf`) is beyond what the table can know, so the finding is an info that names the horizon.
 */
import type { Context } from '../../context';
import { dateSpan, formatIso, type Period } from '../../dates';
import type { SourceRef } from '../../facts/model';
import type { Fix } from '../../types';
import { finding } from './finding';
import type { RawFinding, Span } from './rule';

/** Why the article date is a guess, in a few words for a message; undefined when it is not one. */
export function guessNote(ctx: Context): string | undefined {
  if (!ctx.article.guessed) return undefined;
  if (ctx.article.source === 'today') return "no date found: judged at today's date";
  if (ctx.article.doubted) return 'the date is in doubt: its weekday does not match';
  return ctx.article.source === 'weekday' ? 'year guessed from a weekday in the text' : 'year guessed: the dateline has none';
}

/** What a title finding was judged on: its governing periods, and whether they rest on the article date. */
export interface Judged {
  /** Governing periods (day numbers). */
  periods: Period[];
  /** Whether the article date, or its year, went into them. */
  usesArticle: boolean;
}

/**
 * A title finding qualified by the date it rests on: `what` is the statement up to the governing
 * date ("… not on 2026-12-05"), `then` what follows it ("; X held it on 2026-12-05"), and `at`
 * the fact cited, whose table's horizon applies.
 */
export function datedFinding(ctx: Context, span: Span, judged: Judged, what: string, then: string, at: SourceRef, fixes: Fix[]): RawFinding {
  const note = judged.usesArticle ? guessNote(ctx) : undefined;
  const horizon = ctx.compiled.horizonOf(at);
  const past = horizon !== undefined && judged.periods.some((p) => p[0] > dateSpan(horizon)[0]);
  let message = `${what}${note ? ` (${note})` : ''}${then}`;
  if (past) message = `As of ${formatIso(horizon)}, ${at.file === null ? `the ${at.table} table` : at.file} says ${message}`;
  const f = finding(span, message, at, fixes);
  if (note !== undefined || past) f.fixable = false;
  // A year the text does not give (a weekday's, a year-less dateline's) is one guess among
  // several years a page may be from: what rests on it is said, never counted as an error.
  if (past || (note !== undefined && ctx.article.source !== 'today')) f.infoOnly = true;
  return f;
}
