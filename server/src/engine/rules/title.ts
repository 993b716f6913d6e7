/** `title`: a title the person never held ("External Affairs Minister Vikram Misri"). */
import { factRef, tableLabel } from '../context';
import { findBindings } from './bindings';
import type { RawFinding, Rule } from './rule';
import { describeRole, holderAt, holderFix, judge, rolesAt, titleFix } from './titles';

export const title: Rule = {
  id: 'title',
  description: 'A title the person never held ("External Affairs Minister Vikram Misri").',
  defaultSeverity: 'error',
  run(ctx) {
    const out: RawFinding[] = [];
    for (const b of findBindings(ctx)) {
      const v = judge(ctx, b);
      if (!v || v.kind !== 'never') continue;
      const now = rolesAt(v.person, v.periods);
      const holder = holderAt(ctx, b, v.periods, v.person);
      const fixes = now.length > 0 ? [titleFix(ctx, b, now[0])] : [];
      if (holder && holder !== v.person) fixes.push(holderFix(b, holder));
      const is = now.length > 0 && now[0].to === undefined ? 'is' : 'was';
      const what = now.length > 0 ? `${v.person.name} ${is} ${describeRole(ctx, now[0])}, not ${v.written}` : `${v.person.name} never held the title "${v.written}"`;
      const then = holder && holder !== v.person ? `; ${v.written} ${v.when}: ${holder.name}` : '';
      const at = now.length > 0 ? now[0].at : v.person.at;
      out.push({
        offset: b.title.start,
        length: b.title.end - b.title.start,
        message: `${what}${then} — ${tableLabel(at)}`,
        fixes,
        fact: factRef(at),
      });
    }
    return out;
  },
};
