/**
 * `title-date`: a title the person held, but not at the governing date ("Foreign Minister Takeshi
 * Iwaya" in 2026). In a quotation it is an info: the speaker's words.
 */
import { insideSpan } from '../text/quotes';
import type { Fix } from '../types';
import { finding } from './shared/finding';
import { leavesInSentence, markedPastInSentence } from './shared/past-frames';
import { datedFinding } from './shared/dated';
import type { Rule } from './shared/rule';
import { describeTerms, endedBefore, formerFix, holderAt, judge, rolesAt, startedAfter, titleFix, withHolder, writtenTitle } from './shared/titles';

export const titleDate: Rule = {
  id: 'title-date',
  description: 'A title the person held, but not at the governing date ("Foreign Minister Takeshi Iwaya" in 2026).',
  defaultSeverity: 'error',
  *run(ctx) {
    for (const b of ctx.bindings) {
      // "incoming …", and "during Prime Minister X's tenure": the title is of another time, or of the post's own.
      if (b.modifier === 'future' || b.modifier === 'period') continue;
      const v = judge(ctx, b);
      if (!v || v.kind !== 'elsewhen') continue;
      if (b.modifier === 'past') {
        // "former Home Secretary X" before X ever held it. Only on a date the text gives: an
        // article date guessed from the first date in the text may be years before the copy.
        const sure = !v.fromArticle || (!ctx.article.guessed && ctx.article.source !== 'first-date');
        if (sure && startedAfter(v.held, v.periods)) {
          const what = `${v.person.name} ${describeTerms(v.held, writtenTitle(ctx, b.title))}, only after ${v.when.replace(/^(on|in) /, '')}: not a former one then`;
          yield finding(b.title, what, v.held[0].at, []);
        }
        continue;
      }
      const ended = endedBefore(v.held, v.periods);
      // A sentence that tells of the person leaving, or marks them as past already, speaks of an earlier time.
      if (ended && v.fromArticle && (leavesInSentence(ctx, b) || markedPastInSentence(ctx, b, v.personIndex))) continue;
      const holder = holderAt(ctx, b.title, v.periods, v.person);
      const fixes: Fix[] = [];
      if (ended) fixes.push(formerFix(ctx, b));
      const other = rolesAt(v.person, v.periods)[0];
      if (other) fixes.push(titleFix(ctx, b, other));
      const then = holder ? `; ${holder.name} held it ${v.when}` : '';
      const what = `${v.person.name} ${describeTerms(v.held, writtenTitle(ctx, b.title))}, not ${v.when}`;
      const f = datedFinding(ctx, b.title, v, what, then, v.held[0].at, withHolder(fixes, b, holder));
      // A speaker who calls someone by a title of their past ("I served Prime Minister X") is
      // quoted as they spoke: an info, with the "[sic]" fix every quoted finding has.
      if (insideSpan(ctx.quotes, Math.min(b.title.start, b.personStart), Math.max(b.titleEnd, b.personEnd))) {
        f.message = f.message.replace(/ — ([^—]*)$/, ' (in a quotation: the speaker\'s words) — $1');
        f.infoOnly = true;
      }
      yield f;
    }
  },
};
