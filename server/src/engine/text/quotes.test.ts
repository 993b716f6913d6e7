import assert from 'node:assert/strict';
import { applyFixes } from '../fix';
import { findings } from '../rules/testing';
import { insideSpan, quoteSpans } from './quotes';

describe('quotations', () => {
  it('finds the text between paired marks, curly or straight, within a paragraph', () => {
    const text = 'He said “the RBD” and "the NCA" but "not\n\nthis.';
    const spans = quoteSpans(text);
    assert.deepEqual(spans.map(([s, e]) => text.slice(s, e)), ['the RBD', 'the NCA']);
    assert.equal(insideSpan(spans, text.indexOf('RBD'), text.indexOf('RBD') + 3), true);
    assert.equal(insideSpan(spans, text.indexOf('said'), text.indexOf('said') + 4), false);
  });

  it('spans a line break but not a blank line, and pairs straight marks in order', () => {
    const text = '“one\ntwo” “three\n\nfour” "a" "b\n\n\n"c"';
    assert.deepEqual(quoteSpans(text).map(([s, e]) => text.slice(s, e)), ['one\ntwo', 'a', 'c']);
    assert.deepEqual(quoteSpans(''), []);
  });

  it('passes over a straight closing mark with nothing open: a quotation begun in an earlier paragraph ends there', () => {
    // Real copy: a minister's post quoted over two paragraphs, the second opening mid-quotation.
    const text = 'He wrote: "We spoke at length.\n\nOn trade too." "Our ties grow," the minister added.';
    assert.deepEqual(quoteSpans(text).map(([s, e]) => text.slice(s, e)), ['Our ties grow,']);
    // Marks between letters, and a mark before a space after a space, still take turns.
    const turns = 'a "b" c 5"6" d';
    assert.deepEqual(quoteSpans(turns).map(([s, e]) => turns.slice(s, e)), ['b', '6']);
  });

  it('gives a finding in a quotation a second fix, "[sic]", so --fix leaves it to a person', () => {
    const text = 'The memo said "loans from the RBD rose".';
    const [f] = findings('acronym', text);
    assert.deepEqual(f.fixes.map((x) => x.title), ['Replace "RBD" with "RDB"', 'Keep the quotation: insert "[sic]"']);
    assert.equal(applyFixes(text, [f]).text, 'The memo said "loans from the RDB rose".');
    assert.deepEqual(f.fixes[1].edits, [{ offset: text.indexOf('RBD') + 3, length: 0, text: ' [sic]' }]);
  });

  it('says nothing about a flagged text the writer marked "[sic]"', () => {
    assert.deepEqual(findings('acronym', 'The memo said "loans from the RBD [sic] rose".'), []);
    assert.equal(findings('acronym', 'Loans from the RBD rose.').length, 1);
  });

  it('offers "[sic]" for a title in a quotation too, whatever its other fixes, and says it only as an info', () => {
    const [f] = findings('title-date', 'She said: "Foreign Minister Piotr Stanek was right."');
    assert.equal(f.fixes[f.fixes.length - 1].title, 'Keep the quotation: insert "[sic]"');
    assert.ok(f.fixes.length >= 2);
    assert.equal(f.fixable, false);
    // Real copy: a retired envoy "served Prime Minister X", in his own words, years later.
    assert.equal(f.severity, 'info');
    assert.match(f.message, /\(in a quotation: the speaker's words\) — test\.facts\.yaml$/);
    assert.equal(findings('title-date', 'She said Foreign Minister Piotr Stanek was right.')[0].severity, 'error');
    // A title after the name, in apposition, inside the quotation too.
    assert.equal(findings('title-date', 'She said: "Piotr Stanek, the Foreign Minister, was right."')[0].severity, 'info');
    assert.equal(findings('title-date', 'Piotr Stanek, the Foreign Minister, said "all is well".')[0].severity, 'error');
  });
});

