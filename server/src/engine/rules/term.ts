/**
 * `term`: a wrong form of a fixed phrase, listed or a near form of it (`shared/near-forms.ts`) →
 * its canonical form. In a quotation of someone's words the form is the speaker's wording, which
 * the writer keeps: an info that says so, with the "[sic]" fix every quoted finding has
 * (`index.ts`). Marks around the name alone only set it off: the form is the writer's.
 */
import { insideSpan, spanAt } from '../text/quotes';
import type { SourceRef } from '../facts/model';
import type { Fix } from '../types';
import { finding, quoted } from './shared/finding';
import { replaceWithArticle } from './shared/fixes';
import { withinNearForm } from './shared/near-forms';
import type { RawFinding, Rule, Span } from './shared/rule';
import type { RuleContext } from './shared/rule-context';

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
      yield termFinding(ctx, m, written, t.canonical, t.at, [replaceWithArticle(ctx.text, m, t.canonical)]);
    }
    for (const near of ctx.nearForms) {
      if (near.kind !== 'term') continue;
      const t = ctx.compiled.facts.terms[near.ref];
      yield termFinding(ctx, near, quoted(ctx, near.start, near.end), near.canonical, t.at, [replaceWithArticle(ctx.text, near, near.canonical)]);
    }
  },
};

function termFinding(ctx: RuleContext, span: Span, written: string, canonical: string, at: SourceRef, fixes: Fix[]): RawFinding {
  if (!quotedSpeech(ctx, span)) return finding(span, `"${written}" should be "${canonical}"`, at, fixes);
  const f = finding(span, `"${written}" is not the table's form "${canonical}", but it is quoted: the speaker's words may keep it`, at, fixes);
  f.infoOnly = true;
  return f;
}

/**
 * Whether a span stands inside a quotation of someone's words: marks around the name alone
 * (`our “Special, Strategic and Global Partnership” has matured`) set the name off, and the
 * writer's form is theirs to mend.
 */
function quotedSpeech(ctx: RuleContext, span: Span): boolean {
  if (!insideSpan(ctx.quotes, span.start, span.end)) return false;
  const [start, end] = ctx.quotes[spanAt(ctx.quotes, span.start)];
  const before = ctx.text.slice(start, span.start);
  const after = ctx.text.slice(span.end, end);
  return !(NOTHING_BUT_MARKS.test(before) && NOTHING_BUT_MARKS.test(after));
}

/** Space and punctuation only: what may stand between a name and the marks set around it. */
const NOTHING_BUT_MARKS = /^[\s'\u2018\u2019.,;:!?]*$/;
