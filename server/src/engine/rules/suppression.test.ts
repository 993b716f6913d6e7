import * as assert from 'node:assert/strict';
import { findings } from './testing';

describe('suppression', () => {
  it('flags a misspelt rule id and offers the one rule it is near', () => {
    const text = '<!-- factlint-disable-next-line titel -->\nPrime Minister Piotr Stanek spoke.\n';
    const [f, ...rest] = findings('suppression', text);
    assert.equal(rest.length, 0);
    assert.equal(f.text, 'titel');
    assert.equal(f.offset, text.indexOf('titel'));
    assert.equal(f.severity, 'warning');
    assert.equal(f.message, '"titel" in factlint-disable-next-line is not a rule id, so the comment suppresses nothing for it: did you mean "title"? — factlint');
    assert.deepEqual(f.fixes, [{ title: 'Replace "titel" with "title"', edits: [{ offset: f.offset, length: 5, text: 'title' }] }]);
    assert.equal(f.fixable, true);
    assert.equal(f.fact, null);
  });

  it('lists the rule ids when no one of them is near', () => {
    const [f] = findings('suppression', 'Text <!-- factlint-disable-line spelling, name --> here.');
    assert.equal(f.text, 'spelling');
    assert.match(f.message, /^"spelling" in factlint-disable-line is not a rule id, so the comment suppresses nothing for it: the rule ids are acronym, milestone, name, .*weekday — factlint$/);
    assert.deepEqual(f.fixes, []);
    assert.equal(f.fixable, false);
  });

  it('says nothing of known ids, of a comment without ids, or of the reason after --', () => {
    const text = [
      '<!-- factlint-disable name, title -->',
      'Text. <!-- factlint-enable -->',
      '<!-- factlint-disable-line -->',
      '<!-- factlint-disable-next-line title -- quotd as said -->',
      'More text.',
    ].join('\n');
    assert.deepEqual(findings('suppression', text), []);
  });

  it('says nothing of a directive written inside code', () => {
    assert.deepEqual(findings('suppression', 'Write `<!-- factlint-disable titel -->` to try it.\n'), []);
  });

  it('still lets the known ids of the same comment work', () => {
    const text = '<!-- factlint-disable-next-line titel, title -->\nPrime Minister Piotr Stanek spoke.\n';
    assert.equal(findings('title', text.replace(/^.*\n/, '')).length, 1, 'the line has a title finding to suppress');
    assert.deepEqual(findings('title', text), []);
    assert.equal(findings('suppression', text).length, 1);
  });
});
