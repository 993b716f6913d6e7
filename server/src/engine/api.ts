/** What a check takes and gives: options in, results out (exported to front ends through `index.ts`). */
import type { SkippedText } from './text/mask';
import type { Finding, RuleId, RuleLevel } from './types';

/** What kind of document is checked: Markdown masks code, links and front matter. */
export type DocumentFormat = 'markdown' | 'plaintext';

/** How one text is checked. */
export interface CheckOptions {
  /** Markdown or plain text. */
  format: DocumentFormat;
  /** Article date forced by `--date` or the `factlint.articleDate` setting (YYYY-MM-DD). */
  articleDate?: string;
  /** Today's date (YYYY-MM-DD), the last resort for the article date; the engine never reads the clock. */
  today: string;
  /** Rule levels that override each rule's default severity. */
  rules?: Partial<Record<RuleId, RuleLevel>>;
  /** Findings to leave out: their flagged text (white space as one space), of one rule or any (`.factlint.yaml` `ignore`). */
  ignore?: readonly IgnoreEntry[];
}

/** One `ignore` entry: a flagged text, and the rule it is ignored for (any when absent). */
export interface IgnoreEntry {
  text: string;
  rule?: RuleId;
}

/** The outcome of checking one text. */
export interface CheckResult {
  /** The article date that governs the text (YYYY-MM-DD), as docs/contract.md §3 finds it. */
  articleDate: string;
  /** Where the article date was found: option, front-matter, date-line, dateline, first-date, weekday or today. */
  articleDateSource: string;
  /** Whether the article date, or its year, is a guess: today's date, or a dateline's year that nothing in the text gives. */
  articleDateGuessed: boolean;
  /** Findings sorted by offset, then rule id. */
  findings: Finding[];
  /** The code, front matter and HTML the checks did not read, sorted by start, so front ends can say so. */
  skipped: SkippedText[];
}
