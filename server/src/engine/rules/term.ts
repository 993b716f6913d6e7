/** `term`: a wrong form of a fixed phrase, listed or a near form of it (`shared/near-forms.ts`) → its canonical form. */
import { finding, quoted } from './shared/finding';
import { replaceWithArticle } from './shared/fixes';
import { withinNearForm } from './shared/near-forms';
import type { Rule } from './shared/rule';

export const term: Rule = {
  id: 'term',
  description: 'A non-canonical form of a known phrase ("Special Strategic Global Partnership").',
  defaultSeverity: 'warning',
  *run(ctx) {
    for (const m of ctx.matches) {
      if (m.entry.kind !== 'term-variant' || withinNearForm(ctx.nearForms, m.first, m.last)) continue;
      const t = ctx.compiled.facts.terms[m.entry.ref];
      const written = quoted(ctx, m.start, m.end);
      if (written === t.canonical) continue;
      yield finding(m, `"${written}" should be "${t.canonical}"`, t.at, [replaceWithArticle(ctx.text, m, t.canonical)]);
    }
    for (const near of ctx.nearForms) {
      if (near.kind !== 'term') continue;
      const t = ctx.compiled.facts.terms[near.ref];
      yield finding(near, `"${quoted(ctx, near.start, near.end)}" should be "${near.canonical}"`, t.at, [replaceWithArticle(ctx.text, near, near.canonical)]);
    }
  },
};
