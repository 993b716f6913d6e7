import assert from 'node:assert/strict';
import { labelled } from './fix-labels';

describe('fix labels', () => {
  const text = 'Yesterday Foreign Minister Takeshi Iwaya met an Open and Free Indo-Pacific group, Dr Ann said.';
  const at = (s: string) => ({ offset: text.indexOf(s), length: s.length });

  it('name one replacement by what it replaces and with what', () => {
    const name = at('Takeshi Iwaya');
    const fix = { title: 'Replace with "Toshimitsu Motegi"', edits: [{ ...name, text: 'Toshimitsu Motegi' }] };
    assert.equal(labelled(text, fix, at('Foreign Minister')).title, 'Replace "Takeshi Iwaya" with "Toshimitsu Motegi"');
    assert.deepEqual(labelled(text, fix, at('Foreign Minister')).edits, fix.edits, 'the edits stay');
  });

  it('read an insertion, or several edits, over the flagged text', () => {
    const title = at('Foreign Minister');
    assert.equal(labelled(text, { title: 'Insert "former"', edits: [{ offset: title.offset, length: 0, text: 'former ' }] }, title).title, 'Change "Foreign Minister" to "former Foreign Minister"');
    const phrase = at('Open and Free Indo-Pacific');
    const article = { offset: phrase.offset - 3, length: 2, text: 'a' };
    const fix = { title: 'Replace with "Free and Open Indo-Pacific"', edits: [{ ...phrase, text: 'Free and Open Indo-Pacific' }, article] };
    assert.equal(labelled(text, fix, phrase).title, 'Change "an Open and Free Indo-Pacific" to "a Free and Open Indo-Pacific"');
  });

  it('name a removal, cut long pieces, and leave titles of other kinds alone', () => {
    assert.equal(labelled(text, { title: 'Replace with ""', edits: [{ ...at('Dr '), text: '' }] }, at('Dr ')).title, 'Remove "Dr "');
    const long = 'x'.repeat(100);
    const label = labelled(long, { title: 'Replace with "y"', edits: [{ offset: 0, length: 100, text: 'y' }] }, { offset: 0, length: 100 }).title;
    assert.equal(label, `Replace "${'x'.repeat(59)}…" with "y"`);
    const sic = { title: 'Keep the quotation: insert "[sic]"', edits: [{ offset: 5, length: 0, text: ' [sic]' }] };
    assert.equal(labelled(text, sic, at('Takeshi')), sic);
  });
});
