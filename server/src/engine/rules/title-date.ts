/** `title-date`: a title the person held, but not at the governing date ("Foreign Minister Takeshi Iwaya" in 2026). */
import { factRef, tableLabel } from '../context';
import type { Fix } from '../types';
import { findBindings } from './bindings';
import type { RawFinding, Rule } from './rule';
import { describeTerms, endedBefore, formerFix, holderAt, judge, rolesAt, titleFix, withHolder, writtenTitle } from './titles';

export const titleDate: Rule = {
  id: 'title-date',
  description: 'A title the person held, but not at the governing date ("Foreign Minister Takeshi Iwaya" in 2026).',
  defaultSeverity: 'error',
  run(ctx) {
    const out: RawFinding[] = [];
    for (const b of findBindings(ctx)) {
      if (b.modifier !== null) continue;
      const v = judge(ctx, b);
      if (!v || v.kind !== 'elsewhen') continue;
      const holder = holderAt(ctx, b.title, v.periods, v.person);
      const fixes: Fix[] = [];
      if (endedBefore(v.held, v.periods)) fixes.push(formerFix(ctx, b));
      const other = rolesAt(v.person, v.periods)[0];
      if (other) fixes.push(titleFix(ctx, b, other));
      const then = holder ? `; ${holder.name} held it ${v.when}` : '';
      out.push({
        offset: b.title.start,
        length: b.title.end - b.title.start,
        message: `${v.person.name} ${describeTerms(v.held, writtenTitle(ctx, b.title))}, not ${v.when}${then} — ${tableLabel(v.held[0].at)}`,
        fixes: withHolder(fixes, b, holder),
        fact: factRef(v.held[0].at),
      });
    }
    return out;
  },
};
