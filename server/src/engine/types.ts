/** Types shared by the engine's rules and its front ends. */

/** How serious a finding is. */
export type Severity = 'error' | 'warning' | 'info';

/** A rule's configured level: a severity, or off. */
export type RuleLevel = Severity | 'off';

/** Every rule level, from quietest to loudest. */
export const RULE_LEVELS: readonly RuleLevel[] = ['off', 'info', 'warning', 'error'];

/** Rule ids (contract §5). Ids never change meaning. */
export type RuleId = 'acronym' | 'milestone' | 'name' | 'term' | 'title' | 'title-date' | 'weekday';

/** One replacement in the checked text; offsets and lengths count UTF-16 code units. */
export interface Edit {
  /** Start of the replaced text. */
  offset: number;
  /** Length of the replaced text (0 inserts). */
  length: number;
  /** Replacement text. */
  text: string;
}

/** A named set of edits that fixes a finding. */
export interface Fix {
  /** What the fix does, for a menu ("Replace with \"FOIP\""). */
  title: string;
  /** Edits applied together. */
  edits: Edit[];
}

/** Where the fact behind a finding is written (contract §4 `fact`). */
export interface FactRef {
  /** Table name ("default" for the embedded one). */
  table: string;
  /** Table file, or null for the embedded table. */
  file: string | null;
  /** 1-based line of the fact in its table. */
  line: number;
}

/** A wrong fact found in a text. */
export interface Finding {
  /** The rule that found it. */
  rule: RuleId;
  /** Severity after configuration. */
  severity: Severity;
  /** States the fact and its source. */
  message: string;
  /** Start of the flagged text (UTF-16 units). */
  offset: number;
  /** Length of the flagged text (UTF-16 units). */
  length: number;
  /** The flagged text itself. */
  text: string;
  /**
   * Fixes, the preferred one first. A finding with exactly one fix is
   * unambiguous and `--fix` may apply it; several fixes are alternatives for a person to choose.
   */
  fixes: Fix[];
  /** The table entry the finding relies on; null for facts of the calendar (weekdays). */
  fact: FactRef | null;
}
