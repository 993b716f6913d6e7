/** `term`: a listed wrong form of a fixed phrase → its canonical form. */
import { factRef, quoted, tableLabel } from '../context';
import { replaceWithArticle, type RawFinding, type Rule } from './rule';

export const term: Rule = {
  id: 'term',
  description: 'A non-canonical form of a known phrase ("Special Strategic Global Partnership").',
  defaultSeverity: 'warning',
  run(ctx) {
    const out: RawFinding[] = [];
    for (const m of ctx.matches) {
      if (m.entry.kind !== 'term-variant') continue;
      const t = ctx.facts.facts.terms[m.entry.ref];
      const written = quoted(ctx, m.start, m.end);
      if (written === t.canonical) continue;
      out.push({
        offset: m.start,
        length: m.end - m.start,
        message: `"${written}" should be "${t.canonical}" — ${tableLabel(t.at)}`,
        fixes: [replaceWithArticle(ctx.text, `Replace with "${t.canonical}"`, m.start, m.end - m.start, t.canonical)],
        fact: factRef(t.at),
      });
    }
    return out;
  },
};
