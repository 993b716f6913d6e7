/** `title`: a title the person never held ("External Affairs Minister Vikram Misri"). */
import { datedFinding } from './shared/dated';
import type { Rule } from './shared/rule';
import { describeRole, holderAt, judge, rolesAt, titleFix, withHolder, writtenTitle } from './shared/titles';

export const title: Rule = {
  id: 'title',
  description: 'A title the person never held ("External Affairs Minister Vikram Misri").',
  defaultSeverity: 'error',
  *run(ctx) {
    for (const b of ctx.bindings) {
      const v = judge(ctx, b);
      if (!v || v.kind !== 'never') continue;
      const now = rolesAt(v.person, v.periods);
      const holder = holderAt(ctx, b.title, v.periods, v.person);
      const written = b.title.entry.country ? ctx.text.slice(b.title.start, b.title.end).replace(/\s+/g, ' ') : writtenTitle(ctx, b.title);
      const what =
        now.length > 0
          ? `${v.person.name} ${describeRole(ctx, now[0], b.title.entry.country !== undefined)}, not ${written}`
          : `${v.person.name} never held the title "${written}"`;
      const then = holder ? `; ${written} ${v.when}: ${holder.name}` : '';
      const at = now.length > 0 ? now[0].at : v.person.at;
      yield datedFinding(ctx, b.title, v, what, then, at, withHolder(now.length > 0 ? [titleFix(ctx, b, now[0])] : [], b, holder));
    }
  },
};
