import assert from 'node:assert/strict';
import { describeAt } from './describe';
import { facts } from './rules/testing';

describe('fact cards (hover)', () => {
  const cardsAt = (text: string, word: string) => describeAt(text, facts(), { format: 'markdown', articleDate: '2025-03-01', today: '2026-11-21' }, text.indexOf(word) + 1);

  it('show, for a title written with a person, only the offices of that person\'s countries', () => {
    // Two countries have a "Foreign Minister"; Hugo Varga's roles are Graustark's.
    const withPerson = cardsAt('Foreign Minister Hugo Varga spoke.', 'Foreign');
    const title = withPerson.find((c) => c.kind === 'title');
    assert.ok(title && title.kind === 'title');
    assert.deepEqual(title.offices.map((o) => o.office.country), ['Graustark']);
    // The title alone may mean either.
    const alone = cardsAt('The Foreign Minister spoke.', 'Foreign').find((c) => c.kind === 'title');
    assert.ok(alone && alone.kind === 'title');
    assert.deepEqual(alone.offices.map((o) => o.office.country).sort(), ['Graustark', 'Ruritania']);
  });

  describe('say which date governs the sentence, and why', () => {
    const governing = (text: string, word: string, articleDate?: string) => {
      const card = describeAt(text, facts(), { format: 'markdown', articleDate, today: '2026-11-21' }, text.indexOf(word) + 1).find((c) => c.kind === 'person' || c.kind === 'title');
      assert.ok(card && (card.kind === 'person' || card.kind === 'title'), `a person or title card at "${word}"`);
      return card.governing;
    };

    it('a date of the sentence, as written with its time word', () => {
      assert.deepEqual(governing('---\ndate: 2025-03-10\n---\nForeign Minister Piotr Stanek arrived on March 9, 2023.\n', 'Stanek'), [
        { when: 'on 2023-03-09', why: 'the sentence says "on March 9, 2023"' },
      ]);
      assert.deepEqual(governing('---\ndate: 2023-03-10\n---\nPiotr Stanek arrived in Strelsau on Thursday, March 9.\n', 'Stanek'), [
        { when: 'on 2023-03-09', why: 'the sentence says "on Thursday, March 9"' },
      ]);
      assert.deepEqual(governing('---\ndate: 2025-03-10\n---\nIn 2020, Foreign Minister Piotr Stanek spoke.\n', 'Foreign'), [{ when: 'in 2020', why: 'the sentence says "In 2020"' }]);
      assert.deepEqual(governing('---\ndate: 2025-03-10\n---\nFrom 2019 to 2021 Piotr Stanek was abroad.\n', 'Stanek'), [{ when: 'from 2019 to 2021', why: 'the sentence says "From 2019 to 2021"' }]);
    });

    it('the article date, with where it was found, when the sentence has no date of its own', () => {
      assert.deepEqual(governing('---\ndate: 2025-03-10\n---\nForeign Minister Piotr Stanek spoke.\n', 'Stanek'), [{ when: 'on 2025-03-10', why: 'the article date (front matter)' }]);
      assert.deepEqual(governing('Foreign Minister Piotr Stanek spoke.\n', 'Stanek', '2024-01-02'), [
        { when: 'on 2024-01-02', why: 'the article date (the articleDate setting, --date or .factlint.yaml)' },
      ]);
      assert.deepEqual(governing('Foreign Minister Piotr Stanek spoke.\n', 'Stanek'), [{ when: 'on 2026-11-21', why: "the article date (no date found: today's date, a guess)" }]);
    });

    it('a date that may be about something else, or a milestone the sentence names, beside the article date', () => {
      assert.deepEqual(governing('---\ndate: 2025-03-10\n---\nPiotr Stanek praised the dam, which was approved in 2019.\n', 'Stanek'), [
        { when: 'in 2019', why: 'the sentence says "in 2019", which may be about something else' },
        { when: 'on 2025-03-10', why: 'the article date (front matter)' },
      ]);
      assert.deepEqual(governing('---\ndate: 2025-03-10\n---\nAt the signing of the Treaty of Zenda, Piotr Stanek spoke.\n', 'Stanek'), [
        { when: 'on 2018-06-14', why: 'the date of Treaty of Zenda, which the sentence names' },
        { when: 'on 2025-03-10', why: 'the article date (front matter)' },
      ]);
    });
  });
});
