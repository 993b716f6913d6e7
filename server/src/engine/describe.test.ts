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
});
