/**
 * What rules read about one text: the engine's `Context`, and what the shared rule code derives
 * from it. Each derived part is made when a rule first asks and kept for the others, so a rule
 * that is off, or never asks, costs nothing (this runs on every keystroke).
 */
import { Context } from '../../context';
import type { DateExpr } from '../../text/dates';
import type { Directive } from '../../text/suppress';
import { attachedDates } from './attach';
import { findBindings, type Binding } from './bindings';
import { findNearForms, type NearForm } from './near-forms';

/** The context rules run on. */
export class RuleContext extends Context {
  /** The text's suppression comments, set by the engine before the rules run. */
  directives: readonly Directive[] = [];
  /** Every rule's id, set by the engine before the rules run (a rule cannot import the registry). */
  ruleIds: readonly string[] = [];
  private bindingList: Binding[] | undefined;
  private attached: Map<DateExpr, string> | undefined;
  private nearFormList: NearForm[] | undefined;
  private milestonesBySentence: Map<number, number[]> | undefined;

  /** Titles bound to people, sorted by the title's start (`bindings.ts`): for `title` and `title-date`. */
  get bindings(): Binding[] {
    return (this.bindingList ??= findBindings(this));
  }

  /** Dates attached to a milestone mention, with how they are linked (`attach.ts`): for the governing date of a sentence. */
  get milestoneDates(): Map<DateExpr, string> {
    return (this.attached ??= attachedDates(this));
  }

  /** Unlisted near forms of terms and expansions (`near-forms.ts`): for `term` and `acronym`. */
  get nearForms(): NearForm[] {
    return (this.nearFormList ??= findNearForms(this));
  }

  /** The milestones (their refs) named in a sentence, by sentence index: a sentence's own time when it gives no date. */
  milestonesIn(sentence: number): readonly number[] {
    if (this.milestonesBySentence === undefined) {
      const by = new Map<number, number[]>();
      for (const m of this.matches) {
        if (m.entry.kind !== 'milestone') continue;
        const s = this.sentenceOf[m.first];
        const list = by.get(s);
        if (list) list.push(m.entry.ref);
        else by.set(s, [m.entry.ref]);
      }
      this.milestonesBySentence = by;
    }
    return this.milestonesBySentence.get(sentence) ?? [];
  }
}
