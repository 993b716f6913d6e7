/** What every rule is: an id, a description, a default severity and a check over a context. */
import type { Context } from '../context';
import type { FactRef, Fix, RuleId, Severity } from '../types';

/** A finding before the engine adds the rule id, severity and flagged text. */
export interface RawFinding {
  /** Start offset. */
  offset: number;
  /** Length in UTF-16 units. */
  length: number;
  /** States the fact and its source. */
  message: string;
  /** Fixes, preferred first. */
  fixes: Fix[];
  /** The table entry relied on, or null for facts of the calendar. */
  fact: FactRef | null;
}

/** A check. */
export interface Rule {
  /** Kebab-case id (contract §5). */
  id: RuleId;
  /** One line for documentation and editors. */
  description: string;
  /** Severity unless configured. */
  defaultSeverity: Severity;
  /** Finds problems in a text. */
  run(ctx: Context): RawFinding[];
}

/** A fix that replaces one range with a text. */
export function replaceFix(title: string, offset: number, length: number, text: string): Fix {
  return { title, edits: [{ offset, length, text }] };
}
