/**
 * `suppression`: a suppression comment (`<!-- factlint-disable… -->`) that names an id that is
 * no rule. The comment then silences nothing it was meant to: a typo such as `titel` would leave
 * the finding in place and the writer puzzled, or, worse, a rule renamed in a later version would
 * quietly stop being suppressed. Ids are compared exactly, as the engine does.
 *
 * Fix policy: when exactly one rule id is within two edits of the written one, replacing it is
 * the fix; otherwise the message lists the rule ids and there is no fix.
 */
import { markupFinding } from './shared/finding';
import { replaceWith } from './shared/fixes';
import type { Rule } from './shared/rule';
import { editDistance } from './shared/similarity';

export const suppression: Rule = {
  id: 'suppression',
  description: 'A suppression comment that names no rule ("<!-- factlint-disable-next-line titel -->").',
  defaultSeverity: 'warning',
  *run(ctx) {
    const ids = ctx.ruleIds;
    if (ids.length === 0) return;
    for (const d of ctx.directives) {
      for (const r of d.rules) {
        if (ids.includes(r.id)) continue;
        const near = ids.filter((id) => editDistance(id, r.id, 2) <= 2);
        const span = { start: r.start, end: r.end };
        const hint = near.length === 1 ? `did you mean "${near[0]}"?` : `the rule ids are ${ids.join(', ')}`;
        yield markupFinding(span, `"${r.id}" in factlint-${d.kind} is not a rule id, so the comment suppresses nothing for it: ${hint}`, near.length === 1 ? [replaceWith(span, near[0])] : []);
      }
    }
  },
};
