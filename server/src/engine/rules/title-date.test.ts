import assert from 'node:assert/strict';
import { applyFirst, findings } from './testing';

describe('rule title-date', () => {
  it('flags a title held before the article date and offers "former" and the holder', () => {
    const text = 'Foreign Minister Piotr Stanek spoke.';
    const [f, ...rest] = findings('title-date', text, '2025-03-01');
    assert.equal(rest.length, 0);
    assert.equal(f.text, 'Foreign Minister');
    assert.match(f.message, /^Piotr Stanek was Foreign Minister 2019-05-01 to 2023-06-30, not on 2025-03-01; Lena Marchetti held it on 2025-03-01 — test\.facts\.yaml$/);
    assert.equal(applyFirst(text, f), 'Former Foreign Minister Piotr Stanek spoke.');
    assert.equal(f.fixes[1].edits[0].text, 'Lena Marchetti');
  });

  it('allows "former", "then-" and a sentence dated within the term', () => {
    assert.deepEqual(findings('title-date', 'Former Foreign Minister Piotr Stanek spoke.'), []);
    assert.deepEqual(findings('title-date', 'The then-Foreign Minister Piotr Stanek spoke.'), []);
    assert.deepEqual(findings('title-date', 'In 2022, Foreign Minister Piotr Stanek spoke.'), []);
    assert.deepEqual(findings('title-date', 'On May 2, 2023, Foreign Minister Stanek spoke.'), []);
  });

  it('flags a sentence dated outside the term', () => {
    const [f] = findings('title-date', 'In 2018, Foreign Minister Piotr Stanek spoke.', '2022-01-01');
    assert.match(f.message, /not in 2018/);
    assert.equal(f.fixes.length, 0);
  });

  it('uses the article date from the text', () => {
    assert.equal(findings('title-date', 'date 2024-02-02\nForeign Minister Stanek spoke.', '').length, 1);
    assert.equal(findings('title-date', 'date 2022-02-02\nForeign Minister Stanek spoke.', '').length, 0);
  });

  it('is not the title rule: a title never held is left to it', () => {
    assert.deepEqual(findings('title-date', 'Finance Minister Lena Marchetti spoke.'), []);
  });
});
