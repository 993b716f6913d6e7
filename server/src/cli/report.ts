/** The report of a run: docs/contract.md §4's JSON document, which every formatter renders. */
import { type CheckResult, type FactRef, type Finding, type Fix, LineIndex, type RuleId, type Severity } from '../engine';

/** One finding with its lines and columns (docs/contract.md §4). */
export interface ReportFinding {
  /** Rule id. */
  rule: RuleId;
  /** Severity after configuration. */
  severity: Severity;
  /** What is wrong. */
  message: string;
  /** 1-based line of the start. */
  line: number;
  /** 1-based column of the start, in UTF-16 units. */
  column: number;
  /** 1-based line of the end. */
  endLine: number;
  /** 1-based exclusive column of the end. */
  endColumn: number;
  /** Start offset in UTF-16 units (after a BOM). */
  offset: number;
  /** Length in UTF-16 units. */
  length: number;
  /** The flagged text. */
  text: string;
  /** Fixes, the preferred one first. */
  fixes: Fix[];
  /** Whether `--fix` and fix-all apply the first fix (docs/contract.md §4, added). */
  fixable: boolean;
  /** The table entry the finding relies on; null for calendar facts (weekdays). */
  fact: FactRef | null;
}

/** One checked file. */
export interface FileReport {
  /** Path relative to the working directory, forward slashes (or "<stdin>"). */
  path: string;
  /** The article date that governed the file. */
  articleDate: string;
  /** Where the article date came from (docs/contract.md §3): option, front-matter, date-line, dateline, first-date, weekday or today. */
  articleDateSource: string;
  /** Whether the article date, or its year, is a guess (today's date; a dateline's year nothing in the text gives). */
  articleDateGuessed: boolean;
  /** Findings sorted by offset, then rule id. */
  findings: ReportFinding[];
}

/** Counts over all files. */
export interface Summary {
  /** Files checked. */
  files: number;
  /** Error-level findings. */
  errors: number;
  /** Warning-level findings. */
  warnings: number;
  /** Info-level findings. */
  infos: number;
}

/** The whole run. */
export interface Report {
  /** Format version of this document. */
  version: 1;
  /** Checked files, sorted by path. */
  files: FileReport[];
  /** Counts. */
  summary: Summary;
}

/** Turns a check of `text` into a file report; positions come from LineIndex. */
export function fileReport(path: string, text: string, result: CheckResult): FileReport {
  const index = new LineIndex(text);
  const findings = [...result.findings].sort(compareFindings).map((f) => reportFinding(index, f));
  return { path, articleDate: result.articleDate, articleDateSource: result.articleDateSource, articleDateGuessed: result.articleDateGuessed, findings };
}

function reportFinding(index: LineIndex, f: Finding): ReportFinding {
  const start = index.position(f.offset);
  const end = index.position(f.offset + f.length);
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    offset: f.offset,
    length: f.length,
    text: f.text,
    fixes: f.fixes.map((fix) => ({
      title: fix.title,
      edits: fix.edits.map((e) => ({ offset: e.offset, length: e.length, text: e.text })),
    })),
    fixable: f.fixable,
    fact: f.fact && { table: f.fact.table, file: f.fact.file, line: f.fact.line },
  };
}

/** Offset, then rule id (style rule 6). */
function compareFindings(a: Finding, b: Finding): number {
  return a.offset - b.offset || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

/** The report of several files, with its summary. */
export function buildReport(files: FileReport[]): Report {
  const summary: Summary = { files: files.length, errors: 0, warnings: 0, infos: 0 };
  for (const file of files) {
    for (const f of file.findings) {
      if (f.severity === 'error') summary.errors++;
      else if (f.severity === 'warning') summary.warnings++;
      else summary.infos++;
    }
  }
  return { version: 1, files, summary };
}

/** A finding `--fix` may apply: the engine marks it (it has a fix, and nothing makes it a person's choice). */
export function isFixable(f: { fixable: boolean }): boolean {
  return f.fixable;
}
