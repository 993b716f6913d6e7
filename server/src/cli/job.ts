/**
 * Checking one draft: check, with --fix fix and write back, and the file's report. The same
 * function runs on the main thread and on worker threads (`worker.ts`), so the two cannot differ;
 * a job is plain data, so it crosses to a worker by structured clone.
 */
import { check, type CheckOptions, type CheckResult, type CompiledFacts } from '../engine';
import { joinBom, type Draft } from '../project/read';
import { fixText } from './fix';
import { printablePath } from './printable';
import type { RunTableSet } from './tables';
import { fileReport, type FileReport } from './report';
import { skippedLine } from './verbose';
import { notUtf8, writeDraftAtomic, WriteDamaged, WriteRefused } from './write';

/** One draft to check, with everything needed to check it except the compiled facts. */
export interface DraftJob {
  /** The path as printed (or "<stdin>"). */
  path: string;
  /** The file fixes are written to; null for standard input, whose fixed text is returned instead. */
  writeTo: string | null;
  /** The text, as read by the main thread. */
  draft: Draft;
  /** Engine options for this draft. */
  options: CheckOptions;
  /** The facts tables it is checked against: a worker compiles them itself. */
  tables: RunTableSet;
  /** Apply unambiguous fixes (`--fix`). */
  fix: boolean;
  /** Say "fixed N problems in X" on stderr (the stylish format only). */
  announceFixes: boolean;
  /** Without --fix, count what --fix would fix, passes after the first included (the stylish summary). */
  countFixes?: boolean;
  /** Say what the checks skipped (`--verbose`). */
  verbose: boolean;
}

/** What checking one draft produced, in the order the main thread uses it. */
export interface JobOutcome {
  /** The draft's report (after fixing, what remains). */
  report: FileReport;
  /** A line for stderr, without its newline: "fixed 2 problems in a.md". */
  notice?: string;
  /** Why the fixed draft could not be written (the run then ends with exit 2). */
  trouble?: string;
  /** With `--stdin --fix`: the fixed text, BOM restored, for stdout. */
  fixedText?: string;
  /** With `countFixes`: how many findings --fix would fix in this draft. */
  wouldFix?: number;
  /** With `--verbose`: a line for stderr, without its newline, saying what the checks skipped. */
  skipped?: string;
}

/** Checks one draft against `facts` (the compiled `job.tables`), fixing and writing it with --fix. */
export function checkDraft(job: DraftJob, facts: CompiledFacts): JobOutcome {
  const { draft } = job;
  const checkText = (text: string) => check(text, facts, job.options);
  // The report of the text as it now stands, and with --verbose what the checks skipped in it.
  const done = (text: string, result: CheckResult, more?: Omit<JobOutcome, 'report'>): JobOutcome => ({
    report: fileReport(job.path, text, result),
    ...more,
    ...(job.verbose ? { skipped: skippedLine(printablePath(job.path), text, result.skipped) } : {}),
  });
  let text = draft.text;
  let result = checkText(text);
  if (!job.fix) {
    // Fixing may make another finding unambiguous (a term mended, its milestone's date can be
    // read): the count comes from fixing in memory, as --fix would, when anything is fixable.
    const wouldFix = job.countFixes && result.findings.some((f) => f.fixable) ? fixText(text, result, checkText).fixed : undefined;
    return done(text, result, wouldFix === undefined ? undefined : { wouldFix });
  }

  const outcome = fixText(text, result, checkText);
  ({ text, result } = outcome);
  if (job.writeTo === null) {
    // A text with bytes that are not UTF-8 is not given back: U+FFFD would stand for them.
    // Not even unchanged: what goes out would still hold U+FFFD where the input had other bytes.
    if (draft.undecodable) return done(draft.text, text === draft.text ? result : checkText(draft.text), { trouble: `${printablePath(job.path)} was not fixed: ${notUtf8(draft.undecodable)}` });
    return done(text, result, { fixedText: joinBom({ text, bom: draft.bom }) });
  }
  if (outcome.fixed === 0 || text === draft.text) return done(text, result);
  try {
    writeDraftAtomic(job.writeTo, { ...draft, text });
  } catch (e) {
    const shown = printablePath(job.path);
    const trouble =
      e instanceof WriteRefused
        ? `${shown} was not fixed: ${e.message}`
        : e instanceof WriteDamaged
          ? `cannot write ${shown}: ${e.message}; it may be damaged: its old text is in ${printablePath(e.backup)}`
          : `cannot write ${shown} (left unchanged): ${(e as Error).message}`;
    return done(draft.text, checkText(draft.text), { trouble });
  }
  const notice = `fixed ${outcome.fixed} problem${outcome.fixed === 1 ? '' : 's'} in ${printablePath(job.path)}`;
  return done(text, result, job.announceFixes ? { notice } : {});
}
