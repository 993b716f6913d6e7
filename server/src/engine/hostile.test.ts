/**
 * Checking costs time in proportion to the text, whatever the text (issue 15's budget): a
 * "sentence" of a whole document, thousands of findings, a list nested thousands deep. Time is
 * never asserted; the work is. The rules' reads of the document-wide lists (dates, weekdays,
 * matches, bindings) are counted through proxies, and must grow with the text, not its square.
 */
import * as assert from 'node:assert/strict';
import { ALL_RULES } from './rules';
import { RuleContext } from './rules/shared/rule-context';
import { facts } from './rules/testing';
import { maskDocument } from './text/mask';
import { indentWork } from './text/markdown-block-state';
import { MAX_SENTENCE_TOKENS, splitSentences } from './text/sentences';
import { tokenize } from './text/tokenize';

/** An array whose element reads add to `count.reads`. */
function counted<T>(items: T[], count: { reads: number }): T[] {
  return new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === 'string' && key.length > 0 && key.charCodeAt(0) >= 48 && key.charCodeAt(0) <= 57) count.reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

/** Runs every rule over `text` and returns the findings and the reads of the document-wide lists. */
function readsOfRules(text: string): { findings: number; reads: number } {
  const compiled = facts();
  const masked = maskDocument(text, 'markdown').masked;
  const ctx = new RuleContext(text, masked, compiled, '2026-03-06', '2026-11-21');
  const count = { reads: 0 };
  const writable = ctx as unknown as Record<string, unknown>;
  for (const key of ['dates', 'weekdays', 'matches', 'sentences']) writable[key] = counted(writable[key] as unknown[], count);
  writable.bindingList = counted(ctx.bindings, count);
  let findings = 0;
  for (const rule of ALL_RULES) for (const f of rule.run(ctx)) findings += f.length > 0 ? 1 : 0;
  return { findings, reads: count.reads };
}

/** Reads per repeated unit, for `n` and for `4n` units: linear work reads about the same per unit. */
function perUnit(unit: string, n: number): { small: number; large: number } {
  const a = readsOfRules(unit.repeat(n));
  const b = readsOfRules(unit.repeat(4 * n));
  return { small: a.reads / n, large: b.reads / (4 * n) };
}

describe('hostile texts: checking work grows linearly', () => {
  // Each unit repeats without a full stop: the whole text is one run of words, so any rule that
  // looks over "its sentence" or over the whole text for each finding would read n² items.
  const units: Record<string, string> = {
    'an unclosed quotation full of titles': '"Foreign Minister Lena Marchetti said ',
    'dates with wrong weekdays': 'on Friday, March 5, 2026 and on 5 March 2026 ',
    'titles the people never held': 'Prime Minister Piotr Stanek, ',
    'past frames and departures': 'former Foreign Minister Lena Marchetti and Foreign Minister Lena Marchetti quit ',
  };
  for (const [what, unit] of Object.entries(units)) {
    it(`reads a bounded number of items per unit: ${what}`, () => {
      const { small, large } = perUnit(unit, 600);
      assert.ok(large <= small * 1.5 + 5, `${small.toFixed(1)} reads per unit at 600 units, ${large.toFixed(1)} at 2,400`);
    });
  }

  it('still finds what it finds in a long run: the findings grow with it', () => {
    const unit = 'Prime Minister Piotr Stanek, ';
    const one = readsOfRules(unit.repeat(10)).findings;
    const many = readsOfRules(unit.repeat(1000)).findings;
    assert.ok(one > 0, 'the unit has a finding');
    assert.equal(many, one * 100);
  });

  it(`cuts a run of words into sentences of at most ${MAX_SENTENCE_TOKENS} tokens`, () => {
    const text = 'word '.repeat(MAX_SENTENCE_TOKENS * 3 + 7);
    const t = tokenize(text, facts().lexicon);
    const sentences = splitSentences(text, t, text);
    assert.deepEqual(
      sentences.map((s) => s.last - s.first + 1),
      [MAX_SENTENCE_TOKENS, MAX_SENTENCE_TOKENS, MAX_SENTENCE_TOKENS, 7],
    );
  });

  it('cuts a long run between lower-case words, not inside a title and a name', () => {
    const text = `${'word '.repeat(MAX_SENTENCE_TOKENS - 2)}former Prime Minister Anna Kovalenko spoke`;
    const t = tokenize(text, facts().lexicon);
    const [first, second] = splitSentences(text, t, text);
    assert.equal(text.slice(t.start[second.first], t.end[second.last]), 'former Prime Minister Anna Kovalenko spoke');
    assert.equal(first.last, MAX_SENTENCE_TOKENS - 3);
  });

  it('scans the white space of a deeply nested list once per line, not once per level', () => {
    const depth = 1500;
    let text = '';
    for (let k = 0; k < depth; k++) text += `${' '.repeat(2 * k)}- item ${k}\n`;
    indentWork.columns = 0;
    const masked = maskDocument(text, 'markdown');
    // The markers are masked at every level: the structure is read, not given up on.
    assert.equal(masked.masked.split('\n')[depth - 1].trim(), `item ${depth - 1}`);
    // The lines' white space, 2 × (0 + 1 + … + depth-1) columns, read a small number of times.
    const whiteSpace = depth * (depth - 1);
    assert.ok(indentWork.columns <= 3 * whiteSpace, `${indentWork.columns} columns scanned for ${whiteSpace} of white space`);
  });
});
