/** `title-date`: a title the person held, but not at the governing date ("Foreign Minister Takeshi Iwaya" in 2026). */
import { factRef, tableLabel } from '../context';
import { describeTerm, possibleSpan } from '../time';
import { findBindings } from './bindings';
import type { RawFinding, Rule } from './rule';
import { holderAt, holderFix, judge } from './titles';

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
      const terms = v.held.map((r) => describeTerm(r)).join(' and ');
      const holder = holderAt(ctx, b, v.periods, v.person);
      // "former" only when every term ended before the governing period began.
      const endedBefore = v.held.every((r) => r.to !== undefined && v.periods.every((p) => possibleSpan(r)[1] < p[0]));
      const fixes = [];
      if (b.before && endedBefore) {
        const atSentenceStart = ctx.sentences[ctx.sentenceOf[b.title.first]].first === b.title.first;
        fixes.push({ title: 'Insert "former"', edits: [{ offset: b.title.start, length: 0, text: atSentenceStart ? 'Former ' : 'former ' }] });
      }
      if (holder && holder !== v.person) fixes.push(holderFix(b, holder));
      const then = holder && holder !== v.person ? `; ${holder.name} held it ${v.when}` : '';
      out.push({
        offset: b.title.start,
        length: b.title.end - b.title.start,
        message: `${v.person.name} was ${v.written} ${terms}, not ${v.when}${then} — ${tableLabel(v.held[0].at)}`,
        fixes,
        fact: factRef(v.held[0].at),
      });
    }
    return out;
  },
};
