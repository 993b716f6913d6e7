/** `title`: a title the person never held ("External Affairs Minister Vikram Misri"). */
import { datedFinding } from './shared/dated';
import { finding, quoted } from './shared/finding';
import { replaceFix, replaceWith } from './shared/fixes';
import { garbleBefore } from './shared/garbled';
import type { Rule } from './shared/rule';
import { describeRole, holderAt, judge, rolesAt, titleFix, withHolder, writtenTitle } from './shared/titles';

export const title: Rule = {
  id: 'title',
  description: 'A title the person never held ("External Affairs Minister Vikram Misri").',
  defaultSeverity: 'error',
  *run(ctx) {
    for (const b of ctx.bindings) {
      const g = garbleBefore(ctx, b);
      if (g) {
        // Dropping the stray words leaves the title as written, which the checks below then judge.
        const written = quoted(ctx, g.start, b.title.end);
        const title = quoted(ctx, g.titleStart, b.title.end);
        // The first fix only removes the stray words, so it never overlaps a fix of the title itself.
        const stray = quoted(ctx, g.start, g.titleStart).trimEnd();
        const fixes = [replaceFix(`Remove "${stray}"`, g.start, g.titleStart - g.start, ''), replaceWith({ start: g.start, end: b.title.end }, g.fullForm)];
        const f = finding({ start: g.start, end: b.title.end }, `"${written}" mixes two forms of one title: "${title}" or "${g.fullForm}"`, g.office.at, fixes);
        f.fixable = true;
        yield f;
      }
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
