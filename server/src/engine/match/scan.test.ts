import assert from 'node:assert/strict';
import { loadTables } from '../facts/load';
import { tokenize } from '../text/tokenize';
import { compileFacts } from './compile';
import { scan } from './scan';

const TABLE = `version: 1
offices:
  - id: fm
    title: Foreign Minister
    country: Ruritania
people:
  - name: S. Rassendyll
    aliases: [Rassendyll]
acronyms:
  - short: RDB
    expansion: Ruritanian Development Bank
terms:
  - canonical: Indo-Pacific Accord
milestones:
  - name: 15th Annual Summit
    aliases: [15th annual summit]
    date: 2025-08
`;
const facts = compileFacts(loadTables([{ name: 't', file: 't.facts.yaml', text: TABLE }]).facts);

/** The matches, as a check finds them (tokens with the table's ids); tokens of another lexicon must give the same. */
function found(text: string): string[] {
  const show = (tokens: ReturnType<typeof tokenize>) => scan(text, tokens, facts).map((m) => `${m.entry.kind}:${text.slice(m.start, m.end)}`);
  const withIds = show(tokenize(text, facts.lexicon));
  assert.deepEqual(show(tokenize(text)), withIds, 'tokens from another lexicon');
  return withIds;
}

describe('scan', () => {
  it('finds a form ending in a possessive without the possessive', () => {
    assert.deepEqual(found("Rassendyll's plan"), ['person:Rassendyll', 'surname:Rassendyll']);
  });

  it('finds country forms of a title, possessive included', () => {
    assert.deepEqual(found("Ruritania's Foreign Minister spoke"), ["title:Ruritania's Foreign Minister", 'country:Ruritania']);
    assert.deepEqual(found('the Foreign Minister of Ruritania spoke'), ['title:Foreign Minister of Ruritania', 'country:Ruritania']);
  });

  it('hides a shorter form inside a longer one of the same kind', () => {
    assert.deepEqual(found('S. Rassendyll and S Rassendyll'), ['person:S. Rassendyll', 'person:S Rassendyll']);
  });

  it('tells hyphens from spaces', () => {
    assert.deepEqual(found('the Indo-Pacific Accord and the Indo Pacific Accord'), ['term:Indo-Pacific Accord']);
  });

  it('never matches across a paragraph break', () => {
    assert.deepEqual(found('the Indo-Pacific\n\nAccord'), []);
    assert.deepEqual(found('the Indo-Pacific\nAccord'), ['term:Indo-Pacific\nAccord']);
  });

  it('keeps acronyms case-exact and names capitalised', () => {
    assert.deepEqual(found('the rdb and rassendyll'), []);
  });

  it('requires a capital only where every form of an entry has one', () => {
    assert.deepEqual(found('the 15th annual summit'), ['milestone:15th annual summit']);
    assert.deepEqual(found('the 15th Annual Summit'), ['milestone:15th Annual Summit']);
  });

  it('matches expansions in any case', () => {
    assert.deepEqual(found('the Ruritanian development bank'), ['expansion:Ruritanian development bank']);
  });
});
