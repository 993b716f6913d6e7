import assert from 'node:assert/strict';
import type { Milestone } from '../../facts/model';
import { stagesOf } from './stages';
import { MILESTONE_STAGES } from './words';

const at = { table: 'test', file: 'test.facts.yaml', line: 1, column: 1 };

function table(...names: string[][]): Milestone[] {
  return names.map(([name, ...aliases]) => ({ name, aliases, date: { year: 2020 }, at }));
}

/** The stage whose nouns hold a word, for readable expectations. */
function stage(noun: string) {
  return MILESTONE_STAGES.find((s) => s.nouns.includes(noun));
}

describe('stages of a milestone', () => {
  it('finds milestones named "<stage> of [the] M", "M\'s <stage>" and "M <stage>", through any name of M', () => {
    const ms = table(
      ['Coastal Trade Accord', 'CTA'],
      ['entry into force of the Coastal Trade Accord'],
      ["CTA's ratification"],
      ['Coastal Trade Accord signing'],
    );
    assert.deepEqual(stagesOf(ms, 0), [
      { ref: 1, stage: stage('entry into force') },
      { ref: 2, stage: stage('ratification') },
      { ref: 3, stage: stage('signing') },
    ]);
  });

  it('ignores longer names that hold M without a stage word', () => {
    const ms = table(['Harbour Partnership'], ['Special Harbour Partnership'], ['Joint Statement Towards the Harbour Partnership'], ['Harbour Partnership review']);
    assert.deepEqual(stagesOf(ms, 0), []);
  });
});
