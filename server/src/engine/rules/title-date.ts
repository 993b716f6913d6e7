/** `title-date`: a title the person held, but not at the governing date ("Foreign Minister Takeshi Iwaya" in 2026). */
import type { Fix } from '../types';
import { datedFinding } from './shared/dated';
import type { Rule } from './shared/rule';
import { describeTerms, endedBefore, formerFix, holderAt, judge, rolesAt, titleFix, withHolder, writtenTitle } from './shared/titles';

export const titleDate: Rule = {
  id: 'title-date',
  description: 'A title the person held, but not at the governing date ("Foreign Minister Takeshi Iwaya" in 2026).',
  defaultSeverity: 'error',
  *run(ctx) {
    for (const b of ctx.bindings) {
      if (b.modifier !== null) continue;
      const v = judge(ctx, b);
      if (!v || v.kind !== 'elsewhen') continue;
      const holder = holderAt(ctx, b.title, v.periods, v.person);
      const fixes: Fix[] = [];
      if (endedBefore(v.held, v.periods)) fixes.push(formerFix(ctx, b));
      const other = rolesAt(v.person, v.periods)[0];
      if (other) fixes.push(titleFix(ctx, b, other));
      const then = holder ? `; ${holder.name} held it ${v.when}` : '';
      const what = `${v.person.name} ${describeTerms(v.held, writtenTitle(ctx, b.title))}, not ${v.when}`;
      yield datedFinding(ctx, b.title, v, what, then, v.held[0].at, withHolder(fixes, b, holder));
    }
  },
};
