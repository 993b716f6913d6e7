import * as assert from 'node:assert/strict';
import { maskDocument, type DocumentFormat } from './mask';
import { findDirectives, findSuppressions, work } from './suppress';

const lines = (...ls: string[]): string => ls.join('\n');

/** Offset of the first occurrence of `needle` (which must occur) in `text`. */
function at(text: string, needle: string): number {
  const i = text.indexOf(needle);
  assert.notEqual(i, -1, `${needle} not in text`);
  return i;
}

/** Asserts, for each word, whether findings of `rule` at that word are suppressed. */
function expectSuppressed(text: string, rule: string, words: Record<string, boolean>, format: DocumentFormat = 'markdown'): void {
  const s = findSuppressions(text, format);
  for (const [word, expected] of Object.entries(words)) {
    assert.equal(s.isSuppressed(rule, at(text, word)), expected, `${rule} at ${word}`);
  }
}

describe('findDirectives', () => {
  it('lists directives with their kind, offsets and rules', () => {
    const text = lines('Intro.', '<!-- factlint-disable-next-line name, title -->', 'Text. <!-- factlint-disable-line --> <!-- factlint-enable acronym -->');
    const ds = findDirectives(text, 'markdown');
    assert.deepEqual(ds.map((d) => d.kind), ['disable-next-line', 'disable-line', 'enable']);
    const first = ds[0];
    assert.equal(first.start, at(text, '<!-- factlint-disable-next'));
    assert.equal(text.slice(first.start, first.end), '<!-- factlint-disable-next-line name, title -->');
    assert.deepEqual(first.rules.map((r) => text.slice(r.start, r.end)), ['name', 'title']);
    assert.deepEqual(first.rules.map((r) => r.id), ['name', 'title']);
    assert.deepEqual(ds[1].rules, []);
    assert.deepEqual(ds[2].rules.map((r) => r.id), ['acronym']);
  });

  it('separates rules by spaces, commas or both and keeps unknown ids', () => {
    const [d] = findDirectives('<!-- factlint-disable name,title  ,, no-such-rule\tweekday -->', 'markdown');
    assert.deepEqual(d.rules.map((r) => r.id), ['name', 'title', 'no-such-rule', 'weekday']);
  });

  it('reads a reason after --', () => {
    const [d] = findDirectives('<!-- factlint-disable-next-line name -- the spelling is the family\'s own -->', 'markdown');
    assert.deepEqual(d.rules.map((r) => r.id), ['name']);
    assert.equal(d.reason, "the spelling is the family's own");
  });

  it('accepts comments without spaces and spanning lines', () => {
    const ds = findDirectives(lines('<!--factlint-disable-->', '<!--', '  factlint-enable', '  name', '-->'), 'markdown');
    assert.deepEqual(ds.map((d) => [d.kind, d.rules.map((r) => r.id)]), [['disable', []], ['enable', ['name']]]);
  });

  it('ignores ordinary comments and misspelt directives', () => {
    const text = lines('<!-- a note -->', '<!-- factlint-disabled -->', '<!-- eslint-disable -->', '<!-- Factlint-disable -->', '<!-- factlint- -->');
    assert.deepEqual(findDirectives(text, 'markdown'), []);
  });

  it('ignores directives inside code, front matter and link destinations', () => {
    const text = lines(
      '---',
      'note: <!-- factlint-disable -->',
      '---',
      '`<!-- factlint-disable -->`',
      '',
      '```',
      '<!-- factlint-disable -->',
      '```',
      '',
      '    <!-- factlint-disable -->',
      '',
      '[a](<!-- factlint-disable -->) <!-- factlint-enable -->',
    );
    assert.deepEqual(findDirectives(text, 'markdown').map((d) => d.kind), ['enable']);
  });

  it('finds directives in plain text anywhere, even where Markdown would see code', () => {
    const text = lines('    <!-- factlint-disable -->', '`<!-- factlint-enable -->`');
    assert.deepEqual(findDirectives(text, 'plaintext').map((d) => d.kind), ['disable', 'enable']);
  });

  it('reuses a masked document when given one', () => {
    const text = 'a <!-- factlint-disable-line --> b';
    const doc = maskDocument(text, 'markdown');
    assert.deepEqual(findDirectives(text, 'markdown', doc), findDirectives(text, 'markdown'));
    assert.equal(findSuppressions(text, 'markdown', doc).isSuppressed('name', 0), true);
  });
});

describe('findSuppressions', () => {
  it('suppresses every rule on the next line after disable-next-line', () => {
    const text = lines('Before.', '<!-- factlint-disable-next-line -->', 'Target line.', 'After.');
    expectSuppressed(text, 'name', { Before: false, Target: true, 'line.': true, After: false });
    expectSuppressed(text, 'title', { Target: true, After: false });
  });

  it('suppresses only the listed rules', () => {
    const text = lines('<!-- factlint-disable-next-line name title -->', 'Target.');
    expectSuppressed(text, 'name', { Target: true });
    expectSuppressed(text, 'title', { Target: true });
    expectSuppressed(text, 'acronym', { Target: false });
  });

  it('skips blank lines to reach the next non-blank line', () => {
    const text = lines('<!-- factlint-disable-next-line -->', '', '   ', 'Target.', 'After.');
    expectSuppressed(text, 'name', { Target: true, After: false });
  });

  it('lets stacked disable-next-line comments all reach the same line', () => {
    const text = lines('<!-- factlint-disable-next-line name -->', '<!-- factlint-disable-next-line title -->', 'Target.', 'After.');
    expectSuppressed(text, 'name', { Target: true, After: false });
    expectSuppressed(text, 'title', { Target: true, After: false });
  });

  it('counts from the line where a multi-line comment ends', () => {
    const text = lines('<!-- factlint-disable-next-line', 'name -->', 'Target.', 'After.');
    expectSuppressed(text, 'name', { Target: true, After: false });
  });

  it('covers the next line after a comment at the end of a text line', () => {
    const text = lines('First line. <!-- factlint-disable-next-line -->', 'Second.', 'Third.');
    expectSuppressed(text, 'name', { First: false, Second: true, Third: false });
  });

  it('suppresses the whole line of a disable-line comment', () => {
    const text = lines('Above.', 'Start of line <!-- factlint-disable-line name --> end of line.', 'Below.');
    expectSuppressed(text, 'name', { Above: false, Start: true, end: true, Below: false });
    expectSuppressed(text, 'title', { Start: false });
  });

  it('suppresses from disable to enable', () => {
    const text = lines('Before.', '<!-- factlint-disable -->', 'Inside one.', '', 'Inside two.', '<!-- factlint-enable -->', 'After.');
    expectSuppressed(text, 'name', { Before: false, 'Inside one': true, 'Inside two': true, After: false });
  });

  it('suppresses from disable to the end when there is no enable', () => {
    const text = lines('Before.', '<!-- factlint-disable title -->', 'Inside.', '', 'Still inside.');
    expectSuppressed(text, 'title', { Before: false, Inside: true, Still: true });
    expectSuppressed(text, 'name', { Inside: false });
  });

  it('re-enables only the named rule', () => {
    const text = lines('<!-- factlint-disable -->', 'One.', '<!-- factlint-enable name -->', 'Two.', '<!-- factlint-enable -->', 'Three.');
    expectSuppressed(text, 'name', { One: true, Two: false, Three: false });
    expectSuppressed(text, 'title', { One: true, Two: true, Three: false });
  });

  it('disables rules one by one and enables them all at once', () => {
    const text = lines('<!-- factlint-disable name -->', 'One.', '<!-- factlint-disable title -->', 'Two.', '<!-- factlint-enable -->', 'Three.');
    expectSuppressed(text, 'name', { One: true, Two: true, Three: false });
    expectSuppressed(text, 'title', { One: false, Two: true, Three: false });
  });

  it('disables a rule again after an exception to disable-all', () => {
    const text = lines('<!-- factlint-disable -->', '<!-- factlint-enable name -->', 'One.', '<!-- factlint-disable name -->', 'Two.');
    expectSuppressed(text, 'name', { One: false, Two: true });
  });

  it('starts a disable range at the comment, not at its line', () => {
    const text = 'Early words <!-- factlint-disable --> late words';
    expectSuppressed(text, 'name', { Early: false, late: true });
  });

  it('works in plain text', () => {
    const text = lines('<!-- factlint-disable-next-line -->', 'Target.', 'After. <!-- factlint-disable-line name -->');
    expectSuppressed(text, 'name', { Target: true, After: true }, 'plaintext');
    expectSuppressed(text, 'title', { Target: true, After: false }, 'plaintext');
  });

  it('ignores a directive written inside inline code', () => {
    const text = lines('`<!-- factlint-disable-next-line -->`', 'Target.');
    expectSuppressed(text, 'name', { Target: false });
  });

  it('handles CRLF line endings', () => {
    const text = 'A.\r\n<!-- factlint-disable-next-line -->\r\n\r\nTarget.\r\nAfter. <!-- factlint-disable-line -->\r\nEnd.';
    expectSuppressed(text, 'name', { 'A.': false, Target: true, After: true, End: false });
  });

  it('suppresses nothing in a document without directives', () => {
    const s = findSuppressions('Just text <!-- a comment -->.', 'markdown');
    assert.equal(s.isSuppressed('name', 0), false);
    assert.deepEqual(s.directives, []);
  });

  it('covers nothing when disable-next-line is on the last line', () => {
    const s = findSuppressions('Text.\n<!-- factlint-disable-next-line -->\n\n', 'markdown');
    assert.equal(s.isSuppressed('name', 0), false);
    assert.equal(s.isSuppressed('name', 40), false);
  });

  it('keeps the reach of a comment that spans lines when another covers its first line', () => {
    const text = lines('Intro <!-- factlint-disable-line acronym --> and <!-- factlint-disable-line name', '--> Wrong name here.', 'Next line.');
    expectSuppressed(text, 'name', { Wrong: true, Next: false });
    expectSuppressed(text, 'acronym', { Intro: true, Wrong: false });
  });

  describe('costs linear time in the number of directives', () => {
    const n = 3000;
    const rules = new Set(['name', 'title']);

    it('walks each line once for a stack of disable-next-line comments', () => {
      const text = `${'<!-- factlint-disable-next-line name -->\n'.repeat(n)}Wrong name here.\n`;
      work.lines = 0;
      const s = findSuppressions(text, 'markdown', undefined, rules);
      assert.equal(s.isSuppressed('name', at(text, 'Wrong')), true);
      assert.equal(s.isSuppressed('title', at(text, 'Wrong')), false);
      // Each of the n directives once asks for its next line; the lines below it are walked once.
      assert.ok(work.lines <= 2 * n, `${work.lines} lines walked for ${n} directives`);
    });

    it('looks at one cover for a line that many directives aim at', () => {
      const text = `${'<!-- factlint-disable-next-line name -->\n'.repeat(n)}Wrong name here.\n`;
      const s = findSuppressions(text, 'markdown', undefined, rules);
      work.covers = 0;
      for (let i = 0; i < 100; i++) assert.equal(s.isSuppressed('title', at(text, 'Wrong') + i % 10), false);
      assert.ok(work.covers <= 100, `${work.covers} covers looked at for 100 questions`);
    });

    it('leaves ids that are no rule out of its sets', () => {
      const ids = Array.from({ length: n }, (_, i) => `no-rule-${i}`);
      const text = `${ids.map((id) => `<!-- factlint-disable ${id} -->`).join('\n')}\nWrong name here.\n`;
      const s = findSuppressions(text, 'markdown', undefined, rules);
      assert.equal(s.isSuppressed('name', at(text, 'Wrong')), false);
      // Without the known ids an unknown id is kept (and every later state copies it).
      assert.equal(findSuppressions('<!-- factlint-disable no-rule -->\nText.', 'markdown').isSuppressed('no-rule', 40), true);
      assert.equal(s.isSuppressed(`no-rule-${n - 1}`, at(text, 'Wrong')), false);
    });
  });
});
