/**
 * How a rule words a finding: the fact it relies on, then where that fact is written
 * ("… — test.facts.yaml", "… — default table", "… — calendar"), with the text it quotes on one line.
 */
import type { Context } from '../../context';
import type { SourceRef } from '../../facts/model';
import type { FactRef, Fix } from '../../types';
import type { RawFinding, Span } from './rule';

/** A finding over a span: the message, then its source, the table entry at `at` or, when `at` is null, the calendar. */
export function finding(span: Span, message: string, at: SourceRef | null, fixes: Fix[]): RawFinding {
  return {
    offset: span.start,
    length: span.end - span.start,
    message: `${message} — ${at === null ? 'calendar' : tableLabel(at)}`,
    fixes,
    fact: at === null ? null : factRef(at),
  };
}

/** A finding about factlint's own markup in the text (a suppression comment): its source is "factlint". */
export function markupFinding(span: Span, message: string, fixes: Fix[]): RawFinding {
  return { offset: span.start, length: span.end - span.start, message: `${message} — factlint`, fixes, fact: null };
}

/** Names a table for a message: "default table" or its file. */
function tableLabel(at: SourceRef): string {
  return at.file === null ? `${at.table} table` : at.file;
}

/** The `fact` of a finding from where the entry is written. */
function factRef(at: SourceRef): FactRef {
  return { table: at.table, file: at.file, line: at.line };
}

/** Text of the document as a message quotes it: runs of white space, line breaks included, become one space. */
export function quoted(ctx: Context, start: number, end: number): string {
  return ctx.text.slice(start, end).replace(/\s+/g, ' ');
}
