import assert from 'node:assert/strict';
import { assertFinding, findings, TEST_TABLE } from './testing';

describe('rule term', () => {
  it('flags a listed variant and fixes it to the canonical phrase', () => {
    assertFinding('term', 'Under the Zenda Treaty, trade grew.', {
      flagged: 'Zenda Treaty',
      message: /^"Zenda Treaty" should be "Treaty of Zenda" — test\.facts\.yaml$/,
      fixed: 'Under the Treaty of Zenda, trade grew.',
    });
  });

  it('says of a wrong form inside a quotation, the speaker\'s words, only an info with "[sic]" offered', () => {
    // Real copy quotes officials' and their posts' wording as given; the writer keeps it.
    const [f] = findings('term', 'She said: "Under the Zenda Treaty, trade grew."');
    assert.equal(f.severity, 'info');
    assert.match(f.message, /^"Zenda Treaty" is not the table's form "Treaty of Zenda", but it is quoted/);
    assert.equal(f.fixable, false);
    assert.ok(f.fixes.some((x) => x.title.includes('[sic]')));
    assert.equal(findings('term', 'She said trade grew under the Zenda Treaty.')[0].severity, 'warning');
    // Marks around the name alone set it off: the form is the writer's.
    assert.equal(findings('term', 'Since then, our "Zenda Treaty" has held.')[0].severity, 'warning');
    assert.equal(findings('term', 'Since then, our \u201cZenda Treaty,\u201d it said, has held.')[0].severity, 'warning');
  });

  it('allows the canonical phrase', () => {
    assert.deepEqual(findings('term', 'Under the Treaty of Zenda, trade grew.'), []);
  });

  it('ignores a variant split by a paragraph break or in a link target', () => {
    assert.deepEqual(findings('term', 'the Zenda\n\nTreaty'), []);
    assert.deepEqual(findings('term', 'See [the text](https://example.org/Zenda-Treaty).'), []);
  });

  it('quotes text across a line break as one line, and keeps the break out of nothing else', () => {
    assertFinding('term', 'Under the Zenda\nTreaty, trade grew.', { flagged: 'Zenda\nTreaty', message: /^"Zenda Treaty" should be/ });
  });

  it('keeps "a"/"an" in agreement with the replacement', () => {
    const table = TEST_TABLE.replace('terms:', 'terms:\n  - canonical: Free Coastal Zone\n    variants: [Open Coastal Zone]');
    assertFinding('term', 'They want an Open Coastal Zone.', { fixed: 'They want a Free Coastal Zone.' }, '2025-01-01', table);
    assertFinding('term', 'They want an\nOpen Coastal Zone.', { fixed: 'They want a\nFree Coastal Zone.' }, '2025-01-01', table);
  });
});

describe('rule term: near forms no table lists', () => {
  const table = TEST_TABLE.replace(
    'terms:',
    'terms:\n  - canonical: Open and Lasting Harbour Accord\n  - canonical: Trans-Valley Rivers Initiative',
  ).replace('milestones:', 'milestones:\n  - name: Lasting Harbour Accord\n    date: 2011-05-02');
  const flagged = (text: string) => findings('term', text, '2025-03-01', table).map((f) => f.text);

  it('flags coordinated modifiers in another order, the head noun kept last', () => {
    assertFinding('term', 'Both signed the Lasting and Open Harbour Accord.', {
      flagged: 'Lasting and Open Harbour Accord',
      message: /^"Lasting and Open Harbour Accord" should be "Open and Lasting Harbour Accord" — test\.facts\.yaml$/,
      fixed: 'Both signed the Open and Lasting Harbour Accord.',
    }, '2025-03-01', table);
  });

  it('flags a linking word dropped or swapped', () => {
    assert.deepEqual(flagged('the Open Lasting Harbour Accord'), ['Open Lasting Harbour Accord']);
    assert.deepEqual(flagged('the Open & Lasting Harbour Accord'), ['Open & Lasting Harbour Accord']);
    assert.deepEqual(flagged('under the Treaty for Zenda'), ['Treaty for Zenda']);
  });

  it('flags one punctuation mark between the words', () => {
    assert.deepEqual(flagged('the Trans Valley Rivers Initiative'), ['Trans Valley Rivers Initiative']);
    assert.deepEqual(flagged('the Open, and Lasting Harbour Accord'), ['Open, and Lasting Harbour Accord']);
  });

  it("flags an inner word's number or possessive, not the last word's", () => {
    assertFinding('term', "under the Trans-Valley River's Initiative", { fixed: 'under the Trans-Valley Rivers Initiative' }, '2025-03-01', table);
    assert.deepEqual(flagged('the Trans-Valley River Initiative'), ['Trans-Valley River Initiative']);
    assert.deepEqual(flagged("the Trans-Valley Rivers Initiatives and the Trans-Valley Rivers Initiative's budget"), []);
  });

  it('flags a listed wrong form inside a longer near form once, as the longer one', () => {
    const two = TEST_TABLE.replace('terms:', 'terms:\n  - canonical: Special Lasting and Open Accord\n  - canonical: Lasting and Open Accord\n    variants: [Open and Lasting Accord]');
    const found = findings('term', 'the Special Open and Lasting Accord', '2025-03-01', two);
    assert.deepEqual(found.map((f) => f.message.replace(/ — .*/, '')), ['"Special Open and Lasting Accord" should be "Special Lasting and Open Accord"']);
  });

  it('allows a content word dropped or added: a shorter or longer name is often right', () => {
    assert.deepEqual(flagged('the Lasting Harbour Accord, the Harbour Accord, the Open and Lasting Harbour Peace Accord'), []);
  });

  it('allows two changes, a lower-case description and a longer name running on', () => {
    assert.deepEqual(flagged('the Lasting Open Harbour Accord'), []);
    assert.deepEqual(flagged('an open and lasting harbour accord; a lasting and open harbour accord'), []);
    assert.deepEqual(flagged('the Lasting and Open Harbour Accord Commission'), []);
  });

  it('allows another order that moves the head noun or crosses a preposition', () => {
    assert.deepEqual(flagged('the Harbour Accord Open and Lasting'), []);
    assert.deepEqual(flagged('since the Zenda Treaty of 2018'), ['Zenda Treaty']);
  });

  it('allows a near form the table knows as something else', () => {
    const known = table.replace('name: Lasting Harbour Accord', 'name: Lasting and Open Harbour Accord');
    assert.deepEqual(findings('term', 'the Lasting and Open Harbour Accord', '2025-03-01', known), []);
  });
});
