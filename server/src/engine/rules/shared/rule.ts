/** What every rule is: an id, a description, a default severity and a check over a context. */
import type { FactRef, Fix, RuleId, Severity } from '../../types';
import type { RuleContext } from './rule-context';

/** A range of the text that a finding or a fix covers: a match, a date and a weekday are each one. */
export interface Span {
  /** Start offset. */
  start: number;
  /** End offset (exclusive). */
  end: number;
}

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
  /** Whether `--fix` may apply the first fix; unset, a finding with exactly one fix is (docs/contract.md §4). */
  fixable?: boolean;
  /** Set when the table cannot know (past its horizon): the finding is an info whatever the rule's level. */
  infoOnly?: boolean;
  /** The table entry relied on, or null for facts of the calendar. */
  fact: FactRef | null;
}

/** A check. */
export interface Rule {
  /** Kebab-case id (docs/contract.md §5). */
  id: RuleId;
  /** One line for documentation and editors. */
  description: string;
  /** Severity unless configured. */
  defaultSeverity: Severity;
  /** Finds problems in a text, yielding each as it is found. */
  run(ctx: RuleContext): Iterable<RawFinding>;
}
